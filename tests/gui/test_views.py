"""Each view's widgets, driven with qtbot on a demo database."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from linkrevive.domain.enums import PairStatus, Stage
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.phrases import evidence_text
from linkrevive.gui import pairs_view
from linkrevive.gui.backend import Backend, PairRow
from linkrevive.gui.detail_pane import DetailPane
from linkrevive.gui.insights_view import InsightsView
from linkrevive.gui.linkedin_view import LinkedInView
from linkrevive.gui.pairs_view import PairsView
from linkrevive.gui.prospects_view import ProspectsView
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.today_view import TodayView
from linkrevive.gui.view_loader import ViewLoader
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui


def test_today_lists_candidates_and_copies_the_opener(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    assert view.proxy.rowCount() > 0
    assert not view.copy_button.isEnabled()
    with qtbot.waitSignal(view.person_selected) as selected:
        view.table.selectRow(0)
    row = view.current_row()
    assert row is not None and selected.args == [row.person_id]
    assert row.reasons and view.reasons.text().startswith("• ")
    view.opener_lang.setCurrentIndex(view.opener_lang.findData("fr"))
    assert view.opener.toPlainText() == row.opener["fr"]
    view.opener_lang.setCurrentIndex(view.opener_lang.findData("en"))
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == row.opener["en"]
    assert view.connect_model.rowCount() > 0


def test_today_dismiss_removes_the_lead(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    before = view.model.rowCount()
    view.table.selectRow(0)
    gone = view.current_row()
    assert gone is not None
    with qtbot.waitSignal(view.person_changed):
        qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == before - 1
    assert gone.person_id not in {r.person_id for r in view.model.rows()}


def test_prospects_search_as_you_type_ignores_accents(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(view)
    view.refresh()
    total = view.proxy.rowCount()
    accented = next(p for p in view.model.rows() if any(ord(c) > 127 for c in p.name))
    plain = accented.name.split()[0].encode("ascii", "ignore").decode().lower()
    query = "".join(
        c for c in __import__("unicodedata").normalize("NFKD", accented.name) if ord(c) < 128
    )
    with qtbot.waitSignal(view.filter_applied, timeout=2000):
        qtbot.keyClicks(view.search, query.upper())
    shown = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert accented.name in shown and 0 < len(shown) < total
    assert plain
    view.search.clear()
    view.apply_filter()
    assert view.proxy.rowCount() == total


def test_prospects_filters_and_bulk_stage_edit(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(view)
    view.refresh()
    view.stage_filter.setCurrentIndex(view.stage_filter.findData(Stage.INFO_SENT.value))
    rows = [
        view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        for r in range(view.proxy.rowCount())
    ]
    assert rows and all(p.stage is Stage.INFO_SENT for p in rows)
    view.stage_filter.setCurrentIndex(0)
    view.linkedin_filter.setCurrentIndex(view.linkedin_filter.findData(False))
    assert all(
        not p.linkedin_url
        for p in (
            view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
            for r in range(view.proxy.rowCount())
        )
    )
    view.linkedin_filter.setCurrentIndex(0)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.proxy.index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    ids = view.selected_ids()
    assert len(ids) == 2 and view.bulk_apply.isEnabled()
    view.bulk_stage.setCurrentIndex(view.bulk_stage.findData(Stage.VISIT))
    view.apply_bulk()
    people = {p.id: p for p in demo_backend.people()}
    assert all(people[i].stage is Stage.VISIT for i in ids)
    view.save_state()
    again = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(again)
    assert again.linkedin_filter.currentIndex() == 0


def test_prospects_filters_persist_but_never_the_typed_search(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(view)
    settings.setValue("prospects/search", "old version's text")
    view.search.setText("Agence Lefèvre")
    view.dormant_filter.setCurrentIndex(1)
    view.save_state()
    again = ProspectsView(demo_backend, settings, as_of=AS_OF)
    qtbot.addWidget(again)
    assert again.dormant_filter.currentIndex() == 1
    # The typed search (names, addresses: personal data) is never kept in the settings.
    assert again.search.text() == ""
    settings.sync()
    kept = Path(settings.fileName()).read_bytes()
    assert b"Agence" not in kept and b"old version" not in kept


def test_detail_pane_edits_stage_and_saves_notes_debounced(
    qtbot: Any, demo_backend: Backend
) -> None:
    pane = DetailPane(demo_backend)
    qtbot.addWidget(pane)
    person = demo_backend.people()[0]
    pane.show_person(person.id)
    assert pane.name.text() == person.name
    assert pane.timeline.count() > 0
    with qtbot.waitSignal(pane.person_changed):
        pane.stage.setCurrentIndex(pane.stage.findData(Stage.TEST_PROJECT))
    detail = demo_backend.detail(person.id)
    assert detail is not None and detail.person.stage is Stage.TEST_PROJECT
    pane.notes.setPlainText("Rappeler en septembre")
    assert demo_backend.detail(person.id).person.notes != "Rappeler en septembre"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: not pane._notes_timer.isActive(), timeout=3000)
    assert demo_backend.detail(person.id).person.notes == "Rappeler en septembre"  # type: ignore[union-attr]


def test_detail_pane_logs_an_exchange_and_a_signal(
    qtbot: Any, demo_backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linkrevive.domain.enums import Channel, Direction
    from linkrevive.gui import detail_pane

    pane = DetailPane(demo_backend)
    qtbot.addWidget(pane)
    person = demo_backend.people()[0]
    pane.show_person(person.id)
    before = pane.timeline.count()
    when = datetime(2025, 3, 1, 10, tzinfo=UTC)
    monkeypatch.setattr(detail_pane.LogExchangeDialog, "exec", lambda self: 1)
    monkeypatch.setattr(
        detail_pane.LogExchangeDialog,
        "values",
        lambda self: (when, Direction.OUT, Channel.CALL, "Point projet"),
    )
    pane.log_exchange()
    monkeypatch.setattr(
        detail_pane.QInputDialog, "getText", lambda *a, **k: ("Viewed my profile", True)
    )
    pane.add_signal()
    assert pane.timeline.count() == before + 2
    texts = [pane.timeline.item(i).text() for i in range(pane.timeline.count())]
    assert any("Point projet" in t for t in texts)
    assert any("Viewed my profile" in t for t in texts)


class FakePairs:
    """Backend stand-in for the pairs view: two suggestions, records decisions."""

    def __init__(self) -> None:
        base = dict(
            person_emails=("a@x.fr",), person_company="X", profile_company="X",
            profile_position="CTO", profile_url="https://www.linkedin.com/in/a",
            status=PairStatus.SUGGESTED, evidence=({"code": "same_name"},),
        )  # fmt: skip
        self.rows = [
            PairRow(
                person_id=1, profile_id=11, person_name="A", profile_name="A", score=0.9, **base
            ),  # type: ignore[arg-type]
            PairRow(
                person_id=2, profile_id=12, person_name="B", profile_name="B", score=0.6, **base
            ),  # type: ignore[arg-type]
        ]
        self.decisions: list[tuple[int, int, bool]] = []

    def pairs(self, status: PairStatus | None = None) -> list[PairRow]:
        return list(self.rows)

    def decide(self, person_id: int, profile_id: int, confirm: bool) -> None:
        self.decisions.append((person_id, profile_id, confirm))
        # As in the store: a decided pair is no longer a suggestion.
        self.rows = [r for r in self.rows if (r.person_id, r.profile_id) != (person_id, profile_id)]


def open_pairs(qtbot: Any, settings: QSettings) -> tuple[PairsView, FakePairs]:
    """Review pairs on two suggested pairs, the table focused as when reviewing."""
    backend = FakePairs()
    view = PairsView(backend, settings)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    view.table.setFocus()
    return view, backend


def test_pairs_confirm_and_reject_by_keyboard(qtbot: Any, settings: QSettings) -> None:
    view, backend = open_pairs(qtbot, settings)
    assert "2" in view.remaining.text()
    assert "A" in view.contact.text()
    assert view.evidence.text() == "• same name"
    qtbot.keyClick(view.table, Qt.Key.Key_Y)
    qtbot.keyClick(view.table, Qt.Key.Key_N)
    assert backend.decisions == [(1, 11, True), (2, 12, False)]
    assert "0" in view.remaining.text()
    assert not view.confirm_button.isEnabled()


def test_pairs_evidence_reads_in_the_interface_language(
    qtbot: Any, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pairs_view, "language", lambda: "fr")
    view = PairsView(FakePairs(), settings)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.refresh()
    assert view.evidence.text() == "• même nom"


def test_linkedin_view_shows_history_and_signals(
    qtbot: Any, demo_backend: Backend, settings: QSettings
) -> None:
    view = LinkedInView(demo_backend, settings)
    qtbot.addWidget(view)
    view.refresh()
    assert view.proxy.rowCount() > 0
    view.signals_only.setChecked(True)
    assert view.proxy.rowCount() > 0
    view.table.selectRow(0)
    assert view.signal_list.count() > 0
    assert view.history.count() > 0


def test_insights_view_builds_four_charts(qtbot: Any, demo_backend: Backend) -> None:
    view = InsightsView(demo_backend)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    for chart in (view.stall_chart, view.dormant_chart, view.signal_chart, view.revival_chart):
        assert chart.series() and chart.categories()
        assert chart.accessibleName() == chart.title() and chart.accessibleDescription()
    assert len(view.stall_chart.series()) == 8  # seven stall reasons and "Unknown"


def test_task_runner_reports_progress_result_and_cancel(qtbot: Any) -> None:
    runner = TaskRunner()
    with qtbot.waitSignal(runner.finished, timeout=5000) as done:
        runner.run("sum", lambda progress, cancelled: (progress(1, 2), progress(2, 2), 42)[-1])
    assert done.args == ["sum", 42]
    release = threading.Event()

    def blocking(progress: Any, cancelled: Any) -> None:
        progress(0, 0)
        while not cancelled():
            release.wait(0.01)
        raise Cancelled()

    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        assert runner.run("block", blocking)
        assert not runner.run("second", blocking)  # one task at a time
        runner.cancel()
    assert not runner.busy
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.run("boom", lambda p, c: 1 / 0)
    assert isinstance(failed.args[1], ZeroDivisionError)
    runner.wait()


def test_view_loader_applies_only_the_latest_answer(qtbot: Any, runner: TaskRunner) -> None:
    parent = QObject()
    loader = ViewLoader(runner, parent)
    release = threading.Event()
    assert runner.run("hold", lambda progress, cancelled: release.wait(30))
    fetched: list[str] = []
    applied: list[object] = []
    failures: list[BaseException] = []

    def fetch(name: str) -> Any:
        return lambda: (fetched.append(name), name)[1]

    loader.load(fetch("old"), applied.append, failures.append)
    loader.load(fetch("new"), applied.append, failures.append)
    assert loader.loading and not fetched  # both queued behind the held worker
    with qtbot.waitSignals([runner.loaded, runner.loaded], timeout=10000):
        release.set()
    assert fetched == ["old", "new"]  # both ran, in order…
    assert applied == ["new"] and not failures  # …but only the newer answer counts
    assert not loader.loading
    with qtbot.waitSignal(runner.load_failed, timeout=10000):
        loader.load(lambda: 1 / 0, applied.append, failures.append)
    assert len(failures) == 1 and isinstance(failures[0], ZeroDivisionError)


def test_today_view_loads_in_the_background(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    view = TodayView(demo_backend, settings, runner=runner)
    qtbot.addWidget(view)
    view.show()
    view.as_of = AS_OF
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.refresh()
        assert view.overlay.isVisible() and view.model.rowCount() == 0
    assert not view.overlay.isVisible()
    rows = demo_backend.today(as_of=AS_OF)
    # The ranked leads in the main table, the "new in your network" rows in their own block.
    assert view.model.rowCount() == sum(1 for r in rows if r.section != "network")
    assert view.model.rowCount() + view.network_model.rowCount() == len(rows)
    assert view.connect_model.rowCount() > 0


def test_demo_has_pairs_to_review(qtbot: Any, demo_backend: Backend, settings: QSettings) -> None:
    view = PairsView(demo_backend, settings)
    qtbot.addWidget(view)
    view.refresh()
    rows = view.model.rows()
    assert len(rows) >= 2 and all(r.status is PairStatus.SUGGESTED for r in rows)
    evidence = " ".join(evidence_text(e) for r in rows for e in r.evidence)
    assert "accents" in evidence and "free-mail" in evidence
    assert view.current() is not None and view.confirm_button.isEnabled()


def test_insights_counts_the_demo_revivals(qtbot: Any, demo_backend: Backend) -> None:
    view = InsightsView(demo_backend)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    assert sum(view.revival_chart.series()[0].values) == 2
