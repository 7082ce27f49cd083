"""Today in the window: the short list, its header, the network block, and ``--as-of``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from benchmarks.bench_today_service import fill, store_knows_kinds
from benchmarks.revival_world import World, build_world
from linkrevive import __main__ as entry
from linkrevive.gui.backend import Backend
from linkrevive.gui.i18n import format_date
from linkrevive.gui.main import open_window, window_title
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.today_view import TodayView
from linkrevive.services import revival
from linkrevive.services.workspace import Workspace
from tests.revival_service import world as cli_world

pytestmark = pytest.mark.gui


@pytest.fixture
def world_backend(tmp_path: Path) -> Iterator[tuple[Backend, World]]:
    world = build_world(5, 400, exchanges_per_lead=5, contacts=100, automated=store_knows_kinds())
    workspace = Workspace.open(str(tmp_path / "world.sqlite3"))
    fill(workspace, world, 500)
    yield Backend(workspace), world
    workspace.close()


def _loaded(qtbot: Any, view: TodayView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.refresh()


def test_header_says_how_many_more_are_due_and_network_has_its_own_block(
    qtbot: Any, world_backend: tuple[Backend, World], settings: QSettings
) -> None:
    backend, world = world_backend
    view = TodayView(backend, settings)
    qtbot.addWidget(view)
    view.as_of = world.as_of
    _loaded(qtbot, view)
    found = revival.morning(backend.workspace, as_of=world.as_of)
    leads = [i for i in found.items if i.section != revival.NETWORK]
    network = [i for i in found.items if i.section == revival.NETWORK]
    assert found.more_due > 0 and network  # the world has both
    due = [i for i in leads if i.section == revival.DUE]
    assert 0 < len(due) <= revival.get_settings(backend.workspace).due_block
    # The list: every fresh sign, then the short due block; nothing else.
    assert view.model.rowCount() == len(leads)
    assert {r.person_id for r in view.model.rows()} == {i.person_id for i in leads}
    header = view.count.text()
    assert f"{len(leads)} lead(s) to revive today" in header
    assert f"{found.more_due} more due — see Prospects, filter Dormant" in header
    assert header.startswith(f"As of {format_date(world.as_of)}")
    # Non-prospects only in their own, labelled block.
    # (collapsed to a count on the header line, so that the ranked list keeps the height)
    assert view.network_button.text() == f"{len(network)} new in your network ›"
    view.network_button.click()
    assert not view.network_box.isHidden()
    assert view.network_box.title().startswith("New in your network")
    assert {r.person_id for r in view.network_model.rows()} == {i.person_id for i in network}
    assert all(world.labels[r.person_id] in {"network", "never_linkedin_only"} for r in network)
    # A network row is selected like a lead; one selection at a time.
    view.table.selectRow(0)
    view.network_table.selectRow(0)
    assert not view.table.selectionModel().hasSelection()
    row = view.current_row()
    assert row is not None and row.section == revival.NETWORK
    assert view.reasons.text().startswith("• " + row.reasons[0])


def test_texts_of_the_window_agree_with_the_cli_json_and_the_export(
    qtbot: Any, world_backend: tuple[Backend, World], settings: QSettings
) -> None:
    backend, world = world_backend
    view = TodayView(backend, settings)
    qtbot.addWidget(view)
    view.as_of = world.as_of
    _loaded(qtbot, view)
    listed = revival.today(backend.workspace, as_of=world.as_of)
    items = {i.person_id: i for i in listed}
    rows = revival.reactivation_rows(listed, as_of=world.as_of)
    export = {i.person_id: row for i, row in zip(listed, rows, strict=True)}
    why_column = view.model.columnCount() - 1
    for r in range(view.model.rowCount()):
        shown = view.model.rows()[r]
        item = items[shown.person_id]
        # The Why now column, the JSON's why_now and reasons, the export: the same lines.
        assert view.model.index(r, why_column).data() == item.why_now == item.reasons[0]
        assert shown.reasons == tuple(item.reasons)
        assert shown.company == item.company and shown.opener == item.opener
        line = export[item.person_id]
        assert (line.why_now, line.company, line.opener) == (
            item.why_now,
            item.company,
            item.opener["en"],
        )
        assert line.last_exchange == (item.last_exchange.date() if item.last_exchange else None)


def test_as_of_before_any_command_is_the_window_s_day() -> None:
    assert entry.split_as_of(["--as-of", "2026-01-01"]) == ([], date(2026, 1, 1))
    assert entry.split_as_of(["--db", "x.db", "--as-of=2026-01-01"]) == (
        ["--db", "x.db"],
        date(2026, 1, 1),
    )
    # After a command, the option is the command's own.
    args = ["today", "--as-of", "2026-01-01"]
    assert entry.split_as_of(args) == (args, None)
    with pytest.raises(ValueError, match="is not a date"):
        entry.split_as_of(["--as-of", "soon"])
    with pytest.raises(ValueError, match="after the command"):
        entry.split_as_of(["--as-of", "2026-01-01", "today"])


def test_main_opens_the_window_as_of_the_day_given(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    opened: list[tuple[str | None, date | None]] = []

    # The window itself is tested below; here, what the entry point hands it.
    def open_app(db: str | None, as_of: date | None = None) -> int:
        opened.append((db, as_of))
        return 0

    monkeypatch.setattr(entry, "_open_app", open_app)
    db = str(tmp_path / "x.sqlite3")
    assert entry.main(["--db", db, "--as-of", "2026-01-01"]) == 0
    assert opened == [(db, date(2026, 1, 1))]
    assert entry.main(["--as-of", "2026-13-01"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "linkrevive: '2026-13-01' is not a date (expected YYYY-MM-DD)."
    assert "unknown command" not in err


def test_window_as_of_ranks_that_day_and_says_so(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    day = date(2025, 3, 3)
    window = open_window(demo_backend, settings, runner, language="en", as_of=day)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.today.model.rowCount() > 0, timeout=30000)
    assert window.windowTitle() == window_title(day)
    assert format_date(day) in window.windowTitle()
    assert window.today.as_of == day and window.today.count.text().startswith("As of ")
    expected = {i.person_id for i in revival.today(demo_backend.workspace, as_of=day)}
    shown = {r.person_id for r in window.today.model.rows()}
    shown |= {r.person_id for r in window.today.network_model.rows()}
    assert shown == expected


def test_a_stranger_s_invitation_is_shown_without_lead_actions(
    qtbot: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path, settings: QSettings
) -> None:
    db = tmp_path / "world.sqlite3"
    cli_world.build_world(capsys, db, tmp_path)
    workspace = Workspace.open(str(db))
    try:
        view = TodayView(Backend(workspace), settings)
        qtbot.addWidget(view)
        view.as_of = date.fromisoformat(cli_world.AS_OF)
        _loaded(qtbot, view)
        [stranger] = view.network_model.rows()
        assert stranger.name == "Émile Van den Berghe" and stranger.person_id < 0
        assert stranger.person_id not in {r.person_id for r in view.model.rows()}
        with qtbot.assertNotEmitted(view.person_selected):
            view.network_table.selectRow(0)
        assert view.copy_button.isEnabled()  # the opener is there to copy
        assert not view.dismiss_button.isEnabled() and not view.snooze_button.isEnabled()
        assert view.opener.toPlainText().startswith(("Hello Émile", "Bonjour Émile"))
        view.table.selectRow(0)
        assert view.dismiss_button.isEnabled()
    finally:
        workspace.close()


def test_an_empty_list_says_why_and_what_brings_leads(
    qtbot: Any, world_backend: tuple[Backend, World], settings: QSettings
) -> None:
    backend, _world = world_backend
    view = TodayView(backend, settings)
    qtbot.addWidget(view)
    view.as_of = date(2001, 1, 1)  # before every exchange and sign of the world
    _loaded(qtbot, view)
    assert view.model.rowCount() == 0
    assert view.count.text() == (
        f"As of {format_date(date(2001, 1, 1))}: nothing to revive today — no dormant lead shows "
        "a new sign, and none is due for a revisit"
    )
    assert view.candidate_box.reasons.text().startswith("New mail, a newer LinkedIn export")
    # A day with leads: the box asks for a selection again.
    view.as_of = _world.as_of
    _loaded(qtbot, view)
    view.table.clearSelection()
    assert view.model.rowCount() > 0
    assert view.candidate_box.reasons.text() == "Select a lead to see why now is a good time."
