"""The morning nudge: its text, 'nothing new, nothing shown', once a morning, a click opens
Today; and the login entry that the setting writes and removes (XDG, Linux)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from linkrevive import __main__ as entry
from linkrevive.gui import i18n
from linkrevive.gui.autostart import MINIMIZED, Autostart, desktop_entry, launch_command
from linkrevive.gui.backend import Backend, NewsLine
from linkrevive.gui.nudge import MorningNudge, compose
from linkrevive.gui.settings_dialog import SettingsDialog
from linkrevive.revival import RevivalSettings
from linkrevive.services import morning
from linkrevive.services.workspace import Workspace
from tests.helpers import cli
from tests.revival_service.world import build_world

pytestmark = pytest.mark.gui


class FakeTray(QObject):
    """A system tray that records what it was asked to show (offscreen has no tray)."""

    messageClicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, body: str, icon: Any, msecs: int) -> None:
        self.messages.append((title, body))


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The English plurals, as the app installs them ("1 lead", "2 leads")."""
    translators = i18n.install(qapp, "en")
    yield
    i18n.remove(qapp, translators)


@pytest.fixture
def world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Path:
    build_world(capsys, db_path, tmp_path)
    return db_path


@pytest.fixture
def backend(world: Path) -> Iterator[Backend]:
    workspace = Workspace.open(str(world))
    yield Backend(workspace)
    workspace.close()


LINES = [
    NewsLine(1, "Anne Martin", "email_inbound"),
    NewsLine(2, "Bruno Marchal", "job_change"),
    NewsLine(3, "Gaston Roux", "snooze_ended"),
    NewsLine(4, "Émile Van den Berghe", "linkedin_invitation"),
    NewsLine(5, "Julie Petit", "something_else"),
]


@pytest.mark.usefixtures("english")
def test_the_text_names_the_first_leads_and_counts_the_rest(qapp: Any) -> None:
    nudge = MorningNudge(None, None)
    assert nudge.message([]) is None  # nothing new, nothing to say
    title, body = nudge.message(LINES[:1]) or ("", "")
    assert (title, body) == ("1 lead to revive", "Anne Martin wrote again")
    title, body = nudge.message(LINES) or ("", "")
    assert title == "5 leads to revive"
    assert body == (
        "Anne Martin wrote again, Bruno Marchal changed jobs, Gaston Roux is back from "
        "snooze, and 2 more"
    )
    phrases = {"": "{0} is new", "due": "{0} is due"}
    assert compose([NewsLine(9, "Zoé", "due")], phrases, str) == "Zoé is due"
    assert compose(LINES[4:], phrases, str) == "Julie Petit is new"


@pytest.mark.usefixtures("french")
def test_the_text_in_french(qapp: Any) -> None:
    title, body = MorningNudge(None, None).message(LINES) or ("", "")
    assert title == "5 prospects à relancer"
    assert body.startswith("Anne Martin a réécrit, Bruno Marchal a changé de poste")
    assert body.endswith("et 2 autres")


@pytest.mark.usefixtures("english")
def test_one_notification_per_morning_only_when_something_is_new(
    qtbot: Any, capsys: pytest.CaptureFixture[str], world: Path, backend: Backend
) -> None:
    tray = FakeTray()
    day = date(2026, 3, 16)
    nudge = MorningNudge(backend, tray, today=lambda: day)
    # No look at Today yet: nothing is new, nothing is shown.
    nudge.check()
    assert tray.messages == [] and morning.nudged_on(backend.workspace) is None
    assert cli(capsys, world, "today", "--as-of", "2026-03-02", "--mark-seen").code == 0
    nudge.check()
    assert len(tray.messages) == 1
    title, body = tray.messages[0]
    assert title == "2 leads to revive"
    assert "Anne Lefèvre changed jobs" in body and "Bruno Marchal" in body
    assert morning.nudged_on(backend.workspace) == day
    # Not twice the same morning; the next morning, only if something is new again.
    nudge.check()
    assert len(tray.messages) == 1
    assert cli(capsys, world, "today", "--as-of", "2026-03-16", "--mark-seen").code == 0
    nudge.today = lambda: date(2026, 3, 17)
    nudge.check()
    assert len(tray.messages) == 1
    # Clicking the notification asks for Today.
    with qtbot.waitSignal(nudge.today_requested, timeout=1000):
        tray.messageClicked.emit()


def test_without_a_tray_nothing_is_shown_nor_remembered(
    capsys: pytest.CaptureFixture[str], world: Path, backend: Backend
) -> None:
    assert cli(capsys, world, "today", "--as-of", "2026-03-02", "--mark-seen").code == 0
    nudge = MorningNudge(backend, None, today=lambda: date(2026, 3, 16))
    assert nudge.notify(backend.nudge_news(as_of=date(2026, 3, 16)), date(2026, 3, 16)) is False
    assert morning.nudged_on(backend.workspace) is None


# -- start at login ------------------------------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux's")
def test_the_setting_writes_and_removes_the_login_entry(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "config" / "autostart"
    autostart = Autostart(folder, database=str(tmp_path / "my db.sqlite3"))
    dialog = SettingsDialog(RevivalSettings(), "en", [], autostart=autostart)
    qtbot.addWidget(dialog)
    assert dialog.start_at_login.isEnabled() and not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    entry_file = folder / "linkrevive.desktop"
    text = entry_file.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\nName=LinkRevive\n")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert (
        exec_line.endswith(" --minimized")
        and "'" + str(tmp_path / "my db.sqlite3") + "'" in exec_line
    )
    # Opened again, the dialog shows the setting on; unticked, the entry is removed.
    again = SettingsDialog(RevivalSettings(), "en", [], autostart=autostart)
    qtbot.addWidget(again)
    assert again.start_at_login.isChecked()
    again.start_at_login.setChecked(False)
    again.accept()
    assert not entry_file.exists() and folder.is_dir()
    # Without an entry to manage (another system), the box is there but disabled.
    other = SettingsDialog(RevivalSettings(), "en", [])
    qtbot.addWidget(other)
    assert not other.start_at_login.isEnabled()


def test_the_entry_runs_the_app_minimised(tmp_path: Path) -> None:
    command = launch_command(str(tmp_path / "x.sqlite3"))
    assert command[-1] == MINIMIZED and "--db" in command
    assert "--db" not in launch_command("postgresql+psycopg://u:secret@host/db")
    text = desktop_entry(["/opt/link revive/bin/linkrevive", "--minimized"], "Morning")
    assert "Exec='/opt/link revive/bin/linkrevive' --minimized\n" in text


def test_minimized_reaches_the_window_and_not_a_command(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Any, ...]] = []

    def open_app(db: str | None, as_of: date | None = None, *, minimized: bool = False) -> int:
        opened.append((db, as_of, minimized))
        return 0

    monkeypatch.setattr(entry, "_open_app", open_app)
    assert entry.main(["--db", "x.sqlite3", "--minimized"]) == 0
    assert entry.main(["--db", "x.sqlite3"]) == 0
    assert opened == [("x.sqlite3", None, True), ("x.sqlite3", None, False)]


def test_without_a_system_tray_the_window_opens_minimised(
    qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon, QTabWidget

    from linkrevive.gui import nudge as module

    class Window(QTabWidget):
        @property
        def tabs(self) -> QTabWidget:
            return self

    class FakeSession:
        def __init__(self) -> None:
            self.window: Window | None = None
            self.own = None

        def open(self) -> Window:
            self.window = Window()
            qtbot.addWidget(self.window)
            self.window.show()
            return self.window

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    session = FakeSession()
    assert module.start_in_tray(qapp, session, None) is None  # type: ignore[arg-type]
    assert session.window is not None and session.window.isMinimized()
