"""The demo opens in its own database and window, titled and marked as the demo, and never
touches the user's database (byte for byte); File ▸ Open your database goes back."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from linkrevive.gui import i18n
from linkrevive.gui.main import Session
from linkrevive.gui.main_window import MainWindow
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.services import contacts_import, linkedin_import, queries
from linkrevive.services.workspace import Workspace
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui


def _digest(path: Path) -> str:
    """The database file and its WAL, if any: what 'unchanged' means for SQLite."""
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def own_db(tmp_path: Path, samples: Path) -> Path:
    """The user's database, holding real imports (a LinkedIn export and an address book)."""
    path = tmp_path / "mine" / "linkrevive.sqlite3"
    path.parent.mkdir()
    workspace = Workspace.open(str(path))
    linkedin_import.import_linkedin(
        workspace, samples / "linkedin_Connections_2023plus_SYNTHETIC.csv"
    )
    contacts_import.import_contacts(workspace, samples / "google_csv_new_2024_escalate.csv")
    workspace.close()
    return path


@pytest.fixture
def open_session(qapp: Any, qtbot: Any, settings: QSettings, tmp_path: Path) -> Iterator[Any]:
    """Opens a Session on a database; at teardown its windows, worker and files are closed."""
    opened: list[tuple[Session, Workspace, TaskRunner]] = []

    def start(db: Path, language: str = "en") -> Session:
        workspace = Workspace.open(str(db))
        runner = TaskRunner()
        session = Session(
            qapp,
            settings,
            runner,
            workspace,
            language=language,
            as_of=AS_OF,
            demo_path=tmp_path / "app-data" / "demo" / "demo.sqlite3",
        )
        opened.append((session, workspace, runner))
        with qtbot.waitSignal(session.window_opened, timeout=30000):
            window = session.open()
        with qtbot.waitSignal(window.store_checked, timeout=30000):
            pass
        return session

    yield start
    for session, workspace, runner in opened:
        if session.window is not None:  # the earlier ones were deleted by the session
            session.window.close()
            session.window.deleteLater()
        runner.discard_queued()
        runner.cancel()
        assert runner.wait(30000)
        session.close()
        workspace.close()
        i18n.remove(qapp, session.translators)  # a language switch installed them


def _open_demo(qtbot: Any, session: Session, click: Any) -> MainWindow:
    with qtbot.waitSignal(session.window_opened, timeout=60000) as opened:
        click()
    window: MainWindow = opened.args[0]
    with qtbot.waitSignal(window.store_checked, timeout=30000):
        pass
    return window


def test_demo_opens_beside_the_users_database_and_leaves_it_unchanged(
    qtbot: Any, open_session: Any, own_db: Path, tmp_path: Path
) -> None:
    before = _digest(own_db)
    session = open_session(own_db)
    mine = session.window
    assert mine is not None and mine.windowTitle() == "LinkRevive — as of 3 Mar 2025"
    people = len(queries.people(session.own.workspace))

    demo = _open_demo(qtbot, session, mine.demo_action.trigger)
    assert session.window is demo and demo is not mine
    assert demo.windowTitle().startswith("LinkRevive — Demo")
    banner = session.banner
    assert banner is not None and banner.isVisible()
    assert "This is the demo: sample data" in banner.label.text()
    assert not demo.demo_action.isVisible()
    assert demo.file_menu.actions()[0].text() == "Open your database"
    # The demo is its own file in the demo folder, with its own people.
    demo_file = tmp_path / "app-data" / "demo" / "demo.sqlite3"
    assert demo.backend.location == str(demo_file) and demo_file.exists()
    assert demo.stack.currentWidget() is demo.splitter
    with qtbot.waitSignal(demo.today.loaded, timeout=30000):
        demo.reload()
    assert demo.today.model.rowCount() > 0

    # Back to the user's database: File ▸ Open your database.
    with qtbot.waitSignal(session.window_opened, timeout=30000) as opened:
        demo.file_menu.actions()[0].trigger()
    back: MainWindow = opened.args[0]
    with qtbot.waitSignal(back.store_checked, timeout=30000):
        pass
    assert back.backend is session.own and session.banner is None
    assert back.windowTitle() == "LinkRevive — as of 3 Mar 2025"
    assert back.demo_action.isVisible()
    assert len(queries.people(session.own.workspace)) == people
    session.own.workspace.close()
    assert _digest(own_db) == before


def test_welcome_page_opens_the_demo_and_the_empty_database_stays_empty(
    qtbot: Any, open_session: Any, db_path: Path
) -> None:
    Workspace.open(str(db_path)).close()
    before = _digest(db_path)
    session = open_session(db_path)
    mine = session.window
    assert mine.stack.currentWidget() is mine.welcome
    demo = _open_demo(
        qtbot,
        session,
        lambda: qtbot.mouseClick(mine.welcome.demo_button, Qt.MouseButton.LeftButton),
    )
    assert demo.windowTitle().startswith("LinkRevive — Demo")
    assert demo.stack.currentWidget() is demo.splitter
    # The banner's own button goes back too; the user's database is still empty.
    with qtbot.waitSignal(session.window_opened, timeout=30000) as opened:
        qtbot.mouseClick(session.banner.back_button, Qt.MouseButton.LeftButton)
    back: MainWindow = opened.args[0]
    with qtbot.waitSignal(back.store_checked, timeout=30000) as checked:
        pass
    assert checked.args == [True] and back.stack.currentWidget() is back.welcome
    session.own.workspace.close()
    assert _digest(db_path) == before


def test_a_database_kept_where_the_demo_goes_is_not_rebuilt_over(
    qtbot: Any, open_session: Any, own_db: Path, tmp_path: Path
) -> None:
    """``--db`` pointed at the demo's own file: the demo is built beside it."""
    mine = tmp_path / "app-data" / "demo" / "demo.sqlite3"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(own_db.read_bytes())
    before = _digest(mine)
    session = open_session(mine)
    demo = _open_demo(qtbot, session, session.window.demo_action.trigger)
    assert demo.backend.location == str(mine.with_name("demo-demo.sqlite3"))
    session.own.workspace.close()
    assert _digest(mine) == before


def test_a_language_switch_in_the_demo_stays_in_the_demo(
    qtbot: Any, open_session: Any, own_db: Path, settings: QSettings
) -> None:
    session = open_session(own_db)
    demo = _open_demo(qtbot, session, session.window.demo_action.trigger)
    settings.setValue("ui/language", "en")
    with qtbot.waitSignal(session.window_opened, timeout=30000) as opened:
        demo.restart_requested.emit()
    again: MainWindow = opened.args[0]
    assert again is not demo and again.backend is session.demo
    assert again.windowTitle().startswith("LinkRevive — Demo")
    assert session.banner is not None and not again.demo_action.isVisible()


def test_the_demo_window_says_so_in_french(
    qtbot: Any, french: None, open_session: Any, own_db: Path
) -> None:
    session = open_session(own_db, "fr")
    demo = _open_demo(qtbot, session, session.window.demo_action.trigger)
    assert demo.windowTitle().startswith("LinkRevive — Démo")
    assert session.banner is not None
    assert session.banner.label.text().startswith("Ceci est la démo : des données d'exemple.")
    assert demo.file_menu.actions()[0].text() == "Ouvrir votre base de données"
