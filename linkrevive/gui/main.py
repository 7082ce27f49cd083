"""Start the desktop app: ``run_gui(db)`` opens the main window on a database."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.collector import GuiThreadCollector
from linkrevive.gui.main_window import ICON, MainWindow
from linkrevive.gui.task_runner import TaskRunner

ORGANIZATION = "LinkRevive"
APPLICATION = "LinkRevive"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with LinkRevive's names and icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setDesktopFileName("linkrevive")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    return app


def open_window(
    backend: Backend,
    settings: QSettings,
    runner: TaskRunner,
    *,
    language: str,
    as_of: date | None = None,
    database: str | None = None,
) -> MainWindow:
    """Build and show the main window; its data follows from the background worker.

    With ``as_of`` the window ranks as of that day, and its title says so; ``database``
    (the name of a database that is not the default one) shows in the title too.
    """
    window = MainWindow(backend, settings, runner, as_of=as_of, language=language)
    if as_of is not None or database:
        window.setWindowTitle(window_title(as_of, database))
    window.show()
    window.reload()
    return window


def window_title(as_of: date | None, database: str | None = None) -> str:
    """The main window's title: the database when not the default one, the fixed day."""
    if as_of is None and not database:
        return "LinkRevive"
    if as_of is None:
        return QCoreApplication.translate("LinkRevive", "LinkRevive — {0}").format(database)
    day = i18n.format_date(as_of)
    if not database:
        return QCoreApplication.translate("LinkRevive", "LinkRevive — as of {0}").format(day)
    text = QCoreApplication.translate("LinkRevive", "LinkRevive — {0} — as of {1}")
    return text.format(database, day)


def database_label(db: str | None) -> str | None:
    """How the title names the database; None for the default one (no ``--db``, no
    ``LINKREVIVE_DB``). A file by its name, a server by host and database, never a password.
    """
    from linkrevive.services.workspace import DB_ENV

    location = db or os.environ.get(DB_ENV, "").strip()
    if not location:
        return None
    if location.startswith("sqlite:///"):
        location = location.removeprefix("sqlite:///")
    elif "://" in location:
        parts = urlsplit(location)
        return f"{parts.hostname or ''}{parts.path}" or parts.scheme
    return Path(location).name


def run_gui(db: str | None, *, as_of: date | None = None) -> int:
    """Open the main window on ``db`` (default database when None); returns the exit code.

    ``as_of`` fixes "today" as ``today --as-of`` does on the command line.
    """
    from linkrevive.domain.errors import InputError
    from linkrevive.services.workspace import Workspace

    app = application()
    settings = QSettings()
    language = i18n.chosen_language(settings)
    translators = i18n.install(app, language)
    try:
        workspace = Workspace.open(db)
    except InputError as exc:
        QMessageBox.critical(None, "LinkRevive", i18n.error_text(exc))
        return 1
    label = database_label(db)
    backend = Backend(workspace, lang=language)
    collector = GuiThreadCollector(app)  # garbage holding Qt objects dies on this thread
    runner = TaskRunner(app)
    state: dict[str, MainWindow] = {}

    def restart() -> None:
        # A language switch: rebuild the window under the new translators.
        nonlocal translators
        old = state["window"]
        old.save_state()
        i18n.remove(app, translators)
        new_language = i18n.chosen_language(settings)
        translators = i18n.install(app, new_language)
        backend.lang = new_language
        window = open_window(
            backend, settings, runner, language=new_language, as_of=as_of, database=label
        )
        window.restart_requested.connect(lambda: QTimer.singleShot(0, restart))
        state["window"] = window
        old.deleteLater()

    window = open_window(backend, settings, runner, language=language, as_of=as_of, database=label)
    window.restart_requested.connect(lambda: QTimer.singleShot(0, restart))
    state["window"] = window
    try:
        return app.exec()
    finally:
        runner.discard_queued()
        runner.cancel()
        runner.wait(10000)
        collector.stop()
        workspace.close()


__all__ = ["database_label", "run_gui", "window_title"]
