"""Insights ▸ What works: the revival funnel of a short history, its table, chart, summary
and CSV export, in English and French; Copy opener is remembered."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from linkrevive.domain.enums import Channel, Direction, Stage
from linkrevive.gui.backend import Backend
from linkrevive.gui.insights_view import InsightsView
from linkrevive.gui.today_view import TodayView
from linkrevive.services import leads
from linkrevive.storage import outcome_repo
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui
LATER = AS_OF + timedelta(days=120)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


def history(backend: Backend) -> list[int]:
    """The demo's morning shown, then: the first lead revived, answered, a call agreed; the
    second written to by email and never answered. Returns the leads shown."""
    rows, _more = backend.morning(as_of=AS_OF)
    assert backend.funnel(as_of=AS_OF).total.proposed == 0  # loaded, not yet seen
    backend.mark_today_seen()  # what Today does once on screen
    shown = [r.person_id for r in rows if r.person_id > 0]
    ws = backend.workspace
    first, second = shown[:2]
    leads.mark_revived(ws, first, at(AS_OF + timedelta(days=1)))
    leads.log_exchange(
        ws, first, when=at(AS_OF + timedelta(days=3)), direction=Direction.IN, channel=Channel.EMAIL
    )
    leads.set_stage(ws, [first], stage=Stage.CALL_AGREED, when=at(AS_OF + timedelta(days=8)))
    leads.log_exchange(
        ws,
        second,
        when=at(AS_OF + timedelta(days=2)),
        direction=Direction.OUT,
        channel=Channel.EMAIL,
    )
    return shown


def insights(qtbot: Any, backend: Backend) -> InsightsView:
    view = InsightsView(backend)
    qtbot.addWidget(view)
    view.as_of = LATER
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.refresh()
    return view


def test_the_funnel_shows_the_history(
    qtbot: Any, qtmodeltester: Any, demo_backend: Backend
) -> None:
    shown = history(demo_backend)
    view = insights(qtbot, demo_backend)
    pane = view.funnel
    assert view.pages.tabText(1) == "What works"
    qtmodeltester.check(pane.model)
    assert pane.dimension == "sign"
    proposed = sum(r.counts[0] for r in pane.model.rows())
    assert proposed == len(shown)
    assert pane.summary.text().startswith(
        f"Proposed {len(shown)} → Acted on 2 → Answered 1 → Advanced 1 → Client 0"
    )
    assert "median" in pane.summary.text()
    assert pane.chart.categories() == [
        pane.model.index(n, 0).data() for n in range(pane.model.rowCount())
    ]
    assert [s.name for s in pane.chart.series()] == [
        "Proposed",
        "Acted on",
        "Answered",
        "Advanced",
        "Client",
    ]
    pane.group_by.setCurrentIndex(pane.group_by.findData("year"))
    qtmodeltester.check(pane.model)
    assert all(
        pane.model.index(n, 0).data()[:2] in ("19", "20", "Un")
        for n in range(pane.model.rowCount())
    )
    headers = [
        pane.model.headerData(c, Qt.Orientation.Horizontal) for c in range(pane.model.columnCount())
    ]
    assert headers[:3] == ["Group", "Proposed", "Acted on"] and headers[-2] == "Answer rate"


def test_the_funnel_exports_as_csv(qtbot: Any, demo_backend: Backend, tmp_path: Path) -> None:
    shown = history(demo_backend)
    view = insights(qtbot, demo_backend)
    path = tmp_path / "funnel.csv"
    count = view.export_funnel_to(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert count == len(rows) - 1
    assert rows[0][:3] == ["Grouped by", "Group", "Proposed"]
    assert rows[1][:7] == ["All proposals", "All proposals", str(len(shown)), "2", "1", "1", "0"]
    assert any(r[0] == "Sign" for r in rows[1:])


def test_the_funnel_in_french(
    qtbot: Any, demo_backend: Backend, tmp_path: Path, french: None
) -> None:
    history(demo_backend)
    view = insights(qtbot, demo_backend)
    assert view.pages.tabText(1) == "Ce qui marche"
    assert view.funnel.summary.text().startswith("Proposés")
    path = tmp_path / "entonnoir.csv"
    view.export_funnel_to(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Regroupé par", "Groupe", "Proposés"]
    assert any(r[0] == "Signe" for r in rows[1:])


def test_an_empty_store_says_what_the_funnel_will_show(qtbot: Any, empty_backend: Backend) -> None:
    view = insights(qtbot, empty_backend)
    assert view.funnel.chart.is_empty()
    assert "Nothing proposed yet" in view.funnel.chart.empty_text()
    assert not view.funnel.export_button.isEnabled()


def test_copying_the_opener_is_remembered(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    view.table.selectRow(0)
    row = view.current_row()
    assert row is not None
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    with demo_backend.workspace.database.session() as session:
        copied = outcome_repo.events(session, outcome_repo.OPENER_COPIED, [row.person_id])
    assert [e.person_id for e in copied] == [row.person_id]
