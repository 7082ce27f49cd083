"""One selected person for the whole window: every view sets it, the detail pane follows it,
and after a reload the views and the pane still agree."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from benchmarks.gen_linkedin import make_rows, write_zip
from linkrevive.domain.enums import Channel, Direction, PairStatus
from linkrevive.domain.models import Profile
from linkrevive.gui.backend import Backend
from linkrevive.gui.current_person import CurrentPerson
from linkrevive.gui.main_window import LINKEDIN, PAIRS, PROSPECTS, TODAY, MainWindow
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.services.workspace import Workspace
from tests.gui.conftest import AS_OF
from tests.revival_service import world as cli_world

pytestmark = pytest.mark.gui


def make_window(
    qtbot: Any, backend: Backend, settings: QSettings, runner: TaskRunner
) -> MainWindow:
    window = MainWindow(backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=60000):
        window.reload()
    return window


def show_linkedin(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.linkedin.loaded, timeout=30000):
        window.tabs.setCurrentIndex(LINKEDIN)


def linkedin_row(window: MainWindow, profile_id: int) -> int:
    proxy = window.linkedin.proxy
    for r in range(proxy.rowCount()):
        profile = proxy.index(r, 0).data(ROW_ROLE)
        if isinstance(profile, Profile) and profile.id == profile_id:
            return r
    raise AssertionError(f"profile {profile_id} not listed")


def test_current_person_says_each_change_once() -> None:
    current = CurrentPerson()
    seen: list[object] = []
    current.changed.connect(seen.append)
    current.set_person(3, "today")
    current.set_person(3, "prospects")  # the same person: no change
    current.clear("linkedin")
    assert seen == ["today", "linkedin"] and current.person_id is None


def test_the_pane_follows_the_linkedin_view(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    paired = {
        p.profile_id: p
        for status in (PairStatus.AUTO, PairStatus.CONFIRMED)
        for p in demo_backend.pairs(status)
    }
    assert paired
    window = make_window(qtbot, demo_backend, settings, runner)
    show_linkedin(qtbot, window)
    # A connection paired with a person: the pane shows that person.
    profile_id, pair = next(iter(paired.items()))
    window.linkedin.table.selectRow(linkedin_row(window, profile_id))
    assert window.current.person_id == pair.person_id
    assert window.detail.person_id == pair.person_id
    assert window.detail.name.text() == pair.person_name
    # A connection paired with nobody: the pane shows the profile's own details.
    unpaired = next(p for p in demo_backend.connections() if p.id not in paired)
    window.linkedin.table.selectRow(linkedin_row(window, unpaired.id))
    assert window.current.person_id is None and window.current.profile == unpaired
    assert window.linkedin.history.count() == len(unpaired.history)  # the view's own lists
    assert window.detail.person_id is None
    assert window.detail.name.text() == unpaired.name
    assert unpaired.company in window.detail.company.text()
    # Its URL, when it has one (a connection known by name only has a key of the store's).
    assert (unpaired.url in window.detail.emails.text()) == unpaired.url.startswith("http")
    # A profile known by name only opens a LinkedIn search for it, never its internal key.
    assert window.detail.linkedin.isEnabled()
    opened = window.detail._linkedin_url or ""
    assert (
        opened == unpaired.url
        if unpaired.url.startswith("http")
        else (opened.startswith("https://www.linkedin.com/search/results/people/?keywords="))
    )
    assert not window.detail.stage.isEnabled() and not window.detail.notes.isEnabled()
    # Back to the paired one: a person again, editable.
    window.linkedin.table.selectRow(linkedin_row(window, profile_id))
    assert window.detail.person_id == pair.person_id and window.detail.stage.isEnabled()


def test_every_view_shows_the_one_selected_person(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = make_window(qtbot, demo_backend, settings, runner)
    today = window.today
    today.table.selectRow(0)
    lead = today.current_row()
    assert lead is not None and window.detail.person_id == lead.person_id
    # Someone who is not on Today's list, selected in Prospects: Today shows no selection
    # rather than another lead, and the pane shows them.
    listed = {r.person_id for r in today.model.rows()}
    window.tabs.setCurrentIndex(PROSPECTS)
    prospects = window.prospects
    other = next(
        r
        for r in range(prospects.proxy.rowCount())
        if prospects.proxy.index(r, 0).data(ROW_ROLE).id not in listed
    )
    prospects.table.selectRow(other)
    chosen = prospects.proxy.index(other, 0).data(ROW_ROLE).id
    assert window.current.person_id == chosen == window.detail.person_id
    assert today.current_row() is None and not today.table.selectionModel().hasSelection()
    # A lead of Today selected elsewhere: Today selects it too.
    backend = window.backend
    paired = {p.person_id: p.profile_id for p in backend.pairs(PairStatus.AUTO)}
    paired.update({p.person_id: p.profile_id for p in backend.pairs(PairStatus.CONFIRMED)})
    target = next(r.person_id for r in today.model.rows()[1:] if r.person_id in paired)
    window.current.set_person(target, prospects)
    row = today.current_row()
    assert row is not None and row.person_id == target == window.detail.person_id
    # LinkedIn too: the person's profile, selected and on screen.
    show_linkedin(qtbot, window)
    profile = window.linkedin.current_profile()
    assert profile is not None and profile.id == paired[target]
    [index] = window.linkedin.table.selectionModel().selectedRows()
    rect = window.linkedin.table.visualRect(index)
    assert window.linkedin.table.viewport().rect().intersects(rect)
    assert window.detail.person_id == target


def test_after_a_dropped_import_today_and_the_pane_agree(
    qtbot: Any,
    demo_backend: Backend,
    settings: QSettings,
    tmp_path: Path,
    runner: TaskRunner,
) -> None:
    window = make_window(qtbot, demo_backend, settings, runner)
    today = window.today
    window.tabs.setCurrentIndex(TODAY)
    today.table.selectRow(2)
    lead = today.current_row()
    assert lead is not None and window.detail.person_id == lead.person_id
    export = write_zip(
        tmp_path / "Complete_LinkedInDataExport_01-02-2025.zip", make_rows(30, 4), 3, 4
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignals([window.runner.finished, today.loaded], timeout=60000):
        window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.loader.loading and not today.loader.loading)
    row = today.current_row()
    assert row is not None and row.person_id == lead.person_id
    assert window.detail.person_id == lead.person_id == window.current.person_id
    [selected] = today.table.selectionModel().selectedRows()
    assert selected.data(ROW_ROLE).person_id == lead.person_id  # one row: the pane's person


def test_a_lead_gone_after_a_reload_leaves_no_selection_and_an_empty_pane(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = make_window(qtbot, demo_backend, settings, runner)
    today = window.today
    today.table.selectRow(0)
    lead = today.current_row()
    assert lead is not None and window.detail.person_id == lead.person_id
    demo_backend.mark_revived(lead.person_id)  # done elsewhere (the CLI, another window)
    with qtbot.waitSignals([window.store_checked, today.loaded], timeout=60000):
        window.reload()
    assert lead.person_id not in {r.person_id for r in today.model.rows()}
    assert today.current_row() is None
    assert window.current.person_id is None and window.detail.person_id is None


def test_a_stranger_of_today_shows_what_the_list_knows_in_the_pane(
    qtbot: Any,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    settings: QSettings,
    runner: TaskRunner,
) -> None:
    db = tmp_path / "world.sqlite3"
    cli_world.build_world(capsys, db, tmp_path)
    workspace = Workspace.open(str(db))
    try:
        window = MainWindow(
            Backend(workspace), settings, runner, as_of=date.fromisoformat(cli_world.AS_OF)
        )
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=60000):
            window.reload()
        today = window.today
        today.table.selectRow(0)
        assert window.detail.person_id is not None
        [stranger] = today.network_model.rows()
        today.network_table.selectRow(0)
        # No person yet: the pane shows the profile the list knows, nothing to edit.
        assert window.current.person_id is None and window.current.profile is not None
        assert window.current.profile.id == -stranger.person_id
        assert window.detail.person_id is None
        assert window.detail.name.text() == stranger.name
        assert not window.detail.stage.isEnabled()
    finally:
        runner.discard_queued()
        runner.cancel()
        assert runner.wait(30000)
        workspace.close()


def test_after_a_reload_the_pane_shows_the_person_as_the_store_now_has_them(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = make_window(qtbot, demo_backend, settings, runner)
    window.today.table.selectRow(0)
    person_id = window.detail.person_id
    assert person_id is not None
    before = window.detail.timeline.count()
    # Written elsewhere (an import, the CLI): the pane shows it after the reload.
    when = datetime(2025, 3, 2, 10, 0, tzinfo=UTC)
    demo_backend.log_exchange(person_id, when, Direction.IN, Channel.CALL, "Called back")
    with qtbot.waitSignals([window.store_checked, window.today.loaded], timeout=60000):
        window.reload()
    assert window.detail.person_id == person_id == window.current.person_id
    assert window.detail.timeline.count() == before + 1


def test_a_view_brought_to_the_front_puts_its_selection_in_the_pane(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    """Review pairs keeps its selected suggestion while another view chooses someone else;
    coming back to it, the pane shows the suggestion's person again, not the other one."""
    window = make_window(qtbot, demo_backend, settings, runner)
    with qtbot.waitSignal(window.pairs.loaded, timeout=30000):
        window.tabs.setCurrentIndex(PAIRS)
    window.pairs.table.selectRow(0)
    pair = window.pairs.current()
    assert pair is not None and window.detail.person_id == pair.person_id
    show_linkedin(qtbot, window)
    elsewhere = next(
        r
        for r in range(window.linkedin.proxy.rowCount())
        if window.linkedin.proxy.index(r, 0).data(ROW_ROLE).id != pair.profile_id
    )
    window.linkedin.table.selectRow(elsewhere)
    assert window.detail.person_id != pair.person_id
    window.tabs.setCurrentIndex(PAIRS)
    assert window.pairs.current() == pair
    assert window.current.person_id == pair.person_id == window.detail.person_id
    # The same for Prospects' own selection.
    window.tabs.setCurrentIndex(PROSPECTS)
    window.prospects.table.selectRow(0)
    chosen = window.prospects.selected_ids()
    window.tabs.setCurrentIndex(PAIRS)
    window.tabs.setCurrentIndex(PROSPECTS)
    assert window.detail.person_id == chosen[0]
