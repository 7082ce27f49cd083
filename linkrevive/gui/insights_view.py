"""Insights: where conversations stall, dormancy by year, signals per month, revivals, and
what works: the revival funnel (proposed → acted on → answered → advanced → client).

The charts are drawn by our own ChartWidget (QPainter), so the app needs no QtCharts.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import LeadState, Stage, StallReason
from linkrevive.domain.filters import is_dormant
from linkrevive.domain.models import Person
from linkrevive.domain.models import Signal as DomainSignal
from linkrevive.gui.backend import Backend
from linkrevive.gui.chart_widget import ChartKind, ChartSeries, ChartWidget
from linkrevive.gui.funnel_table_model import (
    FunnelTableModel,
    dimension_label,
    group_label,
    step_label,
)
from linkrevive.gui.i18n import error_text, format_month, format_number, stage_label, stall_label
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.view_loader import LoadingOverlay, ViewLoader
from linkrevive.revival.learning import BY_SIGN, BY_STALL, BY_YEAR, FunnelRow
from linkrevive.revival.outcomes import STEP_CODES, Step


def stall_matrix(people: list[Person]) -> dict[Stage, Counter[StallReason | None]]:
    """Count of leads per stage and stall reason."""
    out: dict[Stage, Counter[StallReason | None]] = {s: Counter() for s in Stage}
    for person in people:
        if person.stage is not None:
            out[person.stage][person.stall_reason] += 1
    return out


def dormant_by_year(people: list[Person], as_of: date, months: int) -> dict[int, int]:
    counts: Counter[int] = Counter()
    for person in people:
        if person.last_exchange and is_dormant(person.stage, person.last_exchange, as_of, months):
            counts[person.last_exchange.year] += 1
    if not counts:
        return {}
    # Every year between the first and the last, so that a quiet year shows as a gap.
    return {year: counts.get(year, 0) for year in range(min(counts), max(counts) + 1)}


def per_month(days: list[date], as_of: date, months: int = 12) -> list[tuple[str, int]]:
    counts = Counter(f"{d.year:04d}-{d.month:02d}" for d in days)
    labels = []
    year, month = as_of.year, as_of.month
    for _ in range(months):
        labels.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return [(label, counts.get(label, 0)) for label in reversed(labels)]


def month_label(key: str) -> str:
    """The axis label of a ``YYYY-MM`` key of :func:`per_month`."""
    return format_month(int(key[:4]), int(key[5:7]))


def revival_days(people: list[Person]) -> list[date]:
    """When each revived lead came back.

    The store keeps no revival date (``state_until`` stays empty for a revival); marking a
    lead revived logs an exchange, so its last exchange is the revival or a later one.
    """
    days = []
    for person in people:
        if person.lead_state is not LeadState.REVIVED:
            continue
        if person.state_until is not None:
            days.append(person.state_until)
        elif person.last_exchange is not None:
            days.append(person.last_exchange.date())
    return days


class FunnelPane(QWidget):
    """What works: the revival funnel by sign, stall reason or year, as bars and a table,
    with the overall line and an Export CSV button."""

    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Any = None
        self.group_by = QComboBox()
        for dimension in (BY_SIGN, BY_STALL, BY_YEAR):
            self.group_by.addItem(dimension_label(dimension), dimension)
        self.group_by.setAccessibleName(self.tr("Group the funnel by"))
        self.group_by.currentIndexChanged.connect(lambda _i: self._show())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export_requested)
        self.chart = ChartWidget(ChartKind.BARS)
        self.model = FunnelTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group by:")))
        top.addWidget(self.group_by)
        top.addWidget(self.summary, 1)
        top.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        # The table shows its six signs whole at 1280 × 800; the chart takes the rest.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 7 + 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    @property
    def dimension(self) -> str:
        """How the funnel is grouped now (``sign``, ``stall_reason`` or ``year``)."""
        return str(self.group_by.currentData())

    def set_report(self, report: Any) -> None:
        """Show ``report`` (a ``services.outcomes.FunnelReport``)."""
        self.report = report
        self._show()

    def _show(self) -> None:
        if self.report is None:
            return
        rows: list[FunnelRow] = list(self.report.rows.get(self.dimension, []))
        self.model.set_rows(rows)
        total: FunnelRow = self.report.total
        self.summary.setText(self.summary_text(total))
        self.export_button.setEnabled(total.proposed > 0)
        self.chart.set_data(
            self.tr("Revival funnel by %1").replace("%1", dimension_label(self.dimension).lower()),
            [group_label(r.dimension, r.key) for r in rows],
            [
                ChartSeries(step_label(step), tuple(float(r.counts[step]) for r in rows))
                for step in Step
            ],
            legend=True,
            empty_text=self.tr(
                "Nothing proposed yet. Each lead Today shows you is counted here, then whether "
                "you wrote to them, they answered, and the stage moved forward."
            ),
        )

    def summary_text(self, total: FunnelRow) -> str:
        """The whole funnel in one line, with the median time from sign to answer."""
        steps = " → ".join(
            f"{step_label(step)} {format_number(total.counts[step], 0)}" for step in Step
        )
        if total.median_days_to_answer is None:
            return steps
        days = round(total.median_days_to_answer)
        return steps + " · " + self.tr("median %n day(s) from sign to answer", "", days)

    def csv_header(self) -> list[str]:
        """The export's header in the interface language."""
        return [
            self.tr("Grouped by"),
            self.tr("Group"),
            *(step_label(Step[code.upper()]) for code in STEP_CODES),
            self.tr("Median days from sign to answer"),
        ]


class InsightsView(QWidget):
    """Four charts over the whole store, and the revival funnel."""

    error_raised = Signal(str)
    loaded = Signal()  # the charts are drawn

    def __init__(
        self,
        backend: Backend,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.loader = ViewLoader(runner, self)
        self.as_of: date | None = None
        self.dormancy_months = 12
        # Horizontal bars: the stage names stay readable on the left axis.
        self.stall_chart = ChartWidget(ChartKind.STACKED_HBARS)
        self.dormant_chart = ChartWidget(ChartKind.BARS)
        self.signal_chart = ChartWidget(ChartKind.BARS)
        self.revival_chart = ChartWidget(ChartKind.LINE)
        overview = QWidget()
        grid = QGridLayout(overview)
        grid.addWidget(self.stall_chart, 0, 0)
        grid.addWidget(self.dormant_chart, 0, 1)
        grid.addWidget(self.signal_chart, 1, 0)
        grid.addWidget(self.revival_chart, 1, 1)
        self.funnel = FunnelPane()
        self.funnel.export_requested.connect(self.export_funnel)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(overview, self.tr("Overview"))
        self.pages.addTab(self.funnel, self.tr("What works"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.overlay = LoadingOverlay(self)
        self.is_loaded = False

    def refresh(self) -> None:
        """Fetch people and signals on the worker; draw the charts on arrival."""
        backend = self.backend

        as_of = self.as_of

        def fetch() -> tuple[list[Person], list[DomainSignal], Any]:
            return backend.people(), backend.signals(), backend.funnel(as_of=as_of)

        self.overlay.set_active(True)
        self.loader.load(fetch, self._arrived, self._load_failed)

    def _arrived(self, data: tuple[list[Person], list[DomainSignal], Any]) -> None:
        people, signals, report = data
        self.funnel.set_report(report)
        self.set_data(people, signals)

    def export_funnel(self) -> None:
        """Ask where, then write the funnel as CSV."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the revival funnel"), "funnel.csv", self.tr("CSV (*.csv)")
        )
        if name:
            self.export_funnel_to(Path(name))

    def export_funnel_to(self, path: Path) -> int | None:
        """Write the funnel to ``path`` (headers and groups in the interface language)."""
        try:
            return int(
                self.backend.export_funnel(
                    path, as_of=self.as_of, header=self.funnel.csv_header(), label=group_label
                )
            )
        except Exception as exc:  # shown to the user; the view stays usable
            self.error_raised.emit(error_text(exc))
            return None

    def _load_failed(self, exc: BaseException) -> None:
        self.overlay.set_active(False)
        self.error_raised.emit(error_text(exc))

    def set_data(self, people: list[Person], signals: list[DomainSignal]) -> None:
        as_of = self.as_of or date.today()
        self.overlay.set_active(False)
        self.is_loaded = True
        self._stall(people)
        dormant = dormant_by_year(people, as_of, self.dormancy_months)
        self.dormant_chart.set_data(
            self.tr("Dormant leads by year of last exchange"),
            [str(y) for y in dormant],
            [ChartSeries(self.tr("Dormant leads"), tuple(float(v) for v in dormant.values()))],
            empty_text=self.tr(
                "No dormant lead: every lead had an exchange within the dormancy period."
            ),
        )
        months = per_month([s.occurred_at.date() for s in signals], as_of)
        self.signal_chart.set_data(
            self.tr("Signals per month"),
            [month_label(m[0]) for m in months],
            [ChartSeries(self.tr("Signals"), tuple(float(m[1]) for m in months))],
            empty_text=self.tr(
                "No LinkedIn signal in the last 12 months. Signals come with each LinkedIn "
                "import (messages, invitations, endorsements)."
            ),
        )
        rmonths = per_month(revival_days(people), as_of)
        self.revival_chart.set_data(
            self.tr("Revivals over time"),
            [month_label(m[0]) for m in rmonths],
            [ChartSeries(self.tr("Revived leads"), tuple(float(m[1]) for m in rmonths))],
            empty_text=self.tr(
                "No lead revived in the last 12 months. Mark a lead revived in Today when the "
                "conversation starts again: it shows here."
            ),
        )
        self.loaded.emit()

    def _stall(self, people: list[Person]) -> None:
        matrix = stall_matrix(people)
        stages = [s for s in Stage if s is not Stage.CLIENT]
        reasons: list[StallReason | None] = [*StallReason, None]
        series = [
            ChartSeries(
                stall_label(reason) if reason else self.tr("Unknown"),
                tuple(float(matrix[s][reason]) for s in stages),
            )
            for reason in reasons
        ]
        self.stall_chart.set_data(
            self.tr("Where conversations stall (stage × stall reason)"),
            [stage_label(s) for s in stages],
            series,
            legend=True,
            empty_text=self.tr(
                "No lead has a stage yet. Set the stage and stall reason of your leads in "
                "Prospects or in the detail pane."
            ),
        )
