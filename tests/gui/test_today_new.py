"""Today in the window marks what is new since the last look: rows, header, timeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from linkrevive.gui.backend import Backend
from linkrevive.gui.detail_pane import NEW_SIGN_ROLE, DetailPane
from linkrevive.gui.i18n import format_date
from linkrevive.gui.today_table_model import NAME_COLUMN, NEW_MARK, NEW_ROLE
from linkrevive.gui.today_view import TodayView
from linkrevive.services import morning
from linkrevive.services.workspace import Workspace
from tests.helpers import cli
from tests.revival_service.world import build_world

pytestmark = pytest.mark.gui

MORNING = date(2026, 3, 16)  # the March export (Anne's new job, Bruno's new title) is known


@pytest.fixture
def world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Path:
    build_world(capsys, db_path, tmp_path)
    return db_path


@pytest.fixture
def backend(world: Path) -> Iterator[Backend]:
    workspace = Workspace.open(str(world))
    yield Backend(workspace)
    workspace.close()


def _look(capsys: pytest.CaptureFixture[str], db: Path, day: str) -> None:
    assert cli(capsys, db, "today", "--as-of", day, "--mark-seen").code == 0


def _view(qtbot: Any, backend: Backend, settings: QSettings, day: date = MORNING) -> TodayView:
    view = TodayView(backend, settings)
    qtbot.addWidget(view)
    view.as_of = day
    view.refresh()  # without a runner: loaded at once
    return view


def _names(view: TodayView) -> dict[str, bool]:
    return {r.name: r.new for r in view.model.rows()}


def test_new_leads_are_marked_and_counted_in_the_header(
    qtbot: Any,
    qtmodeltester: Any,
    capsys: pytest.CaptureFixture[str],
    world: Path,
    backend: Backend,
    settings: QSettings,
) -> None:
    _look(capsys, world, "2026-03-02")  # Anne's message already seen, Émile's invitation too
    view = _view(qtbot, backend, settings)
    assert _names(view) == {"Anne Lefèvre": True, "Bruno Marchal": True, "Gaston Roux": False}
    qtmodeltester.check(view.model)
    model = view.model
    for row in range(model.rowCount()):
        index = model.index(row, NAME_COLUMN)
        new = model.row_at(row).new
        assert index.data(NEW_ROLE) is new
        assert str(index.data()).startswith(NEW_MARK) is new
        font = index.data(Qt.ItemDataRole.FontRole)
        assert (font is not None and font.bold()) is new
        if new:
            assert "New since your last look at Today" in index.data(Qt.ItemDataRole.ToolTipRole)
    # Over a week since the last look: the header names its date.
    header = view.count.text()
    assert f"2 new since your look of {format_date(date(2026, 3, 2))}" in header, header
    assert "3 lead(s) to revive today" in header
    # Hidden, the view did not record the look; shown, it does (once).
    workspace = backend.workspace
    assert [v.as_of for v in morning.visits(workspace)] == [date(2026, 3, 2)]
    view.show()
    qtbot.waitUntil(lambda: len(morning.visits(workspace)) == 2)
    assert morning.visits(workspace)[-1].as_of == MORNING
    # The same morning again: the same news (the look of the day is no "since").
    view.refresh()
    assert _names(view)["Bruno Marchal"] is True


def test_header_names_yesterday_or_the_weekday(
    qtbot: Any,
    capsys: pytest.CaptureFixture[str],
    world: Path,
    backend: Backend,
    settings: QSettings,
) -> None:
    view = _view(qtbot, backend, settings)
    assert " new since" not in view.count.text()  # no earlier look: nothing to say
    _look(capsys, world, "2026-03-12")  # a Thursday
    view.refresh()
    assert "2 new since Thursday" in view.count.text(), view.count.text()
    _look(capsys, world, "2026-03-15")  # the day of the export: its signs were seen
    view.refresh()
    assert "0 new since yesterday" in view.count.text(), view.count.text()
    assert not any(_names(view).values())


@pytest.mark.usefixtures("french")
def test_header_in_french(
    qtbot: Any,
    capsys: pytest.CaptureFixture[str],
    world: Path,
    backend: Backend,
    settings: QSettings,
) -> None:
    _look(capsys, world, "2026-03-10")  # a Tuesday
    view = _view(qtbot, backend, settings)
    assert "2 nouveaux depuis mardi" in view.count.text(), view.count.text()
    _look(capsys, world, "2026-03-15")
    view.refresh()
    assert "0 nouveau depuis hier" in view.count.text(), view.count.text()


def test_the_timeline_marks_the_new_signs(
    qtbot: Any,
    capsys: pytest.CaptureFixture[str],
    world: Path,
    backend: Backend,
    settings: QSettings,
) -> None:
    _look(capsys, world, "2026-03-02")
    view = _view(qtbot, backend, settings)
    anne = next(r for r in view.model.rows() if r.name == "Anne Lefèvre")
    pane = DetailPane(backend)
    qtbot.addWidget(pane)
    pane.show_person(anne.person_id)
    items = [pane.timeline.item(i) for i in range(pane.timeline.count())]
    marked = [i.text() for i in items if i.data(NEW_SIGN_ROLE)]
    # Her new job is new; her LinkedIn message was shown on the 2nd.
    assert len(marked) == 1 and "new since your last look" in marked[0], marked
    assert all(i.font().bold() == bool(i.data(NEW_SIGN_ROLE)) for i in items)
    assert any("★" in i.text() and not i.data(NEW_SIGN_ROLE) for i in items)
