"""Start the desktop app: ``run_gui(db)`` opens the main window on a database."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from linkrevive.gui import i18n
from linkrevive.gui.backend import Backend
from linkrevive.gui.collector import GuiThreadCollector
from linkrevive.gui.demo_banner import DemoBanner, show_as_demo
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


class Session(QObject):
    """The window and the database it shows: the user's own, or the demo beside it.

    File ▸ Open demo (or the welcome page's button) builds the demo in its own database
    (``demo_path``; by default the ``demo`` folder of the user data folder) and opens a
    window on it titled as the demo, with a banner; File ▸ Open your database (or the
    banner's button) opens the user's database again. The demo never writes to it.
    """

    window_opened = Signal(object)  # the MainWindow now shown

    def __init__(
        self,
        app: QApplication,
        settings: QSettings,
        runner: TaskRunner,
        workspace: Any,
        *,
        language: str,
        translators: list[QTranslator] | None = None,
        as_of: date | None = None,
        label: str | None = None,
        demo_path: Path | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.runner = runner
        self.language = language
        self.translators = translators or []
        self.as_of = as_of
        self.label = label
        self.demo_path = demo_path
        self.own = Backend(workspace, lang=language)
        self.demo: Backend | None = None
        self.window: MainWindow | None = None
        self.banner: DemoBanner | None = None

    @property
    def in_demo(self) -> bool:
        return self.banner is not None

    def open(self, *, demo: bool = False) -> MainWindow:
        """Show a new window on the user's database (or the demo's), replacing the
        current one."""
        backend = self.demo if demo and self.demo is not None else self.own
        backend.lang = self.language
        name = QCoreApplication.translate("LinkRevive", "Demo") if demo else self.label
        window = open_window(
            backend,
            self.settings,
            self.runner,
            language=self.language,
            as_of=self.as_of,
            database=name,
        )
        window.imports.demo_path = self.demo_path
        window.restart_requested.connect(lambda: QTimer.singleShot(0, self.restart))
        window.imports.demo_built.connect(
            lambda path: QTimer.singleShot(0, lambda: self.open_demo(path))
        )
        self.banner = show_as_demo(window) if demo else None
        if self.banner is not None:
            self.banner.back_requested.connect(lambda: QTimer.singleShot(0, self.open_own))
        old, self.window = self.window, window
        if old is not None:
            old.close()  # its notes flushed and its state saved; the new one is shown
            old.deleteLater()
        self.window_opened.emit(window)
        return window

    def open_demo(self, path: Path) -> None:
        """Open a window on the demo database just built at ``path``."""
        from linkrevive.domain.errors import InputError
        from linkrevive.services.workspace import Workspace

        self._close_demo()
        try:
            workspace = Workspace.open(str(path))
        except InputError as exc:
            if self.window is not None:
                self.window.show_error(i18n.error_text(exc))
            return
        self.demo = Backend(workspace, lang=self.language)
        self.open(demo=True)

    def open_own(self) -> None:
        """Back from the demo to the user's own database."""
        self.open(demo=False)
        self._close_demo()

    def restart(self) -> None:
        """A language switch: rebuild the window under the new translators."""
        i18n.remove(self.app, self.translators)
        self.language = i18n.chosen_language(self.settings)
        self.translators = i18n.install(self.app, self.language)
        self.open(demo=self.in_demo)

    def _close_demo(self) -> None:
        demo, self.demo = self.demo, None
        if demo is not None:
            # On the worker, after the reads the demo window left queued.
            self.runner.load(demo.workspace.close)

    def close(self) -> None:
        """Release the demo database (the caller closes the user's workspace)."""
        demo, self.demo = self.demo, None
        if demo is not None:
            demo.workspace.close()


def run_gui(db: str | None, *, as_of: date | None = None, minimized: bool = False) -> int:
    """Open the main window on ``db`` (default database when None); returns the exit code.

    ``as_of`` fixes "today" as ``today --as-of`` does on the command line; ``minimized``
    starts in the system tray with the morning's notification (see ``gui.nudge``).
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
    collector = GuiThreadCollector(app)  # garbage holding Qt objects dies on this thread
    runner = TaskRunner(app)
    session = Session(
        app,
        settings,
        runner,
        workspace,
        language=language,
        translators=translators,
        as_of=as_of,
        label=database_label(db),
    )
    nudge = None
    if minimized:
        from linkrevive.gui.nudge import start_in_tray

        nudge = start_in_tray(app, session, runner, as_of=as_of)
    else:
        session.open()
    try:
        return app.exec()
    finally:
        runner.discard_queued()
        runner.cancel()
        runner.wait(10000)
        collector.stop()
        del nudge
        session.close()
        workspace.close()


__all__ = ["Session", "database_label", "run_gui", "window_title"]
