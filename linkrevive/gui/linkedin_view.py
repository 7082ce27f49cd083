"""LinkedIn: every connection with current company and title, job history and signals."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.filters import ProfileFilter, query_terms
from linkrevive.domain.models import Profile
from linkrevive.domain.models import Signal as DomainSignal
from linkrevive.domain.phrases import signal_detail
from linkrevive.gui.backend import Backend
from linkrevive.gui.connections_table_model import ConnectionsTableModel
from linkrevive.gui.empty_state import EmptyState
from linkrevive.gui.i18n import error_text, format_date, language, position_line
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.table_state import restore_header, save_header
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.today_view import make_table, set_widths
from linkrevive.gui.view_loader import LoadingOverlay, ViewLoader

SEARCH_DEBOUNCE_MS = 120


class LinkedInView(QWidget):
    """Connections table; below it the selected profile's history and signals."""

    error_raised = Signal(str)
    loaded = Signal()  # the connections are on screen

    def __init__(
        self,
        backend: Backend,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.loader = ViewLoader(runner, self)
        self.model = ConnectionsTableModel(self)
        self.proxy, self.table = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_widths(self.table, [180, 200, 240, 110, 100])
        self.table.doubleClicked.connect(self.open_profile)
        self._signals: dict[int, list[DomainSignal]] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, company, title…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.show_removed = QCheckBox(self.tr("Show removed connections"))
        self.show_removed.setChecked(True)
        self.show_removed.toggled.connect(self.apply_filter)
        self.signals_only = QCheckBox(self.tr("Only with signals"))
        self.signals_only.toggled.connect(self.apply_filter)
        self.count = QLabel()

        self.history = QListWidget()
        self.signal_list = QListWidget()
        details = QWidget()
        details_layout = QHBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>" + self.tr("Job history") + "</b>"))
        left.addWidget(self.history)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("Signals") + "</b>"))
        right.addWidget(self.signal_list)
        details_layout.addLayout(left)
        details_layout.addLayout(right)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.show_removed)
        top.addWidget(self.signals_only)
        top.addWidget(self.count)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        restore_header(self.settings, "linkedin/header", self.table.horizontalHeader())
        self.overlay = LoadingOverlay(self.table)
        self.is_loaded = False
        self.empty_state = EmptyState(
            self.table,
            ready=lambda: self.is_loaded,
            total=self.model.rowCount,
            nothing=lambda: self.tr(
                "No LinkedIn connections yet. Import your LinkedIn export (File ▸ Import "
                "LinkedIn export…); LinkedIn sends it a few minutes after you ask for it."
            ),
            no_match=lambda: self.tr("No connection matches this search."),
        )

    def refresh(self) -> None:
        """Fetch the connections and signals on the worker; show them on arrival."""
        backend = self.backend

        def fetch() -> tuple[list[Profile], list[DomainSignal]]:
            return backend.connections(), backend.signals()

        self.overlay.set_active(True)
        if not self.model.rowCount():
            self.count.setText(self.tr("Loading…"))
        self.loader.load(fetch, lambda data: self.set_data(*data), self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.overlay.set_active(False)
        self.error_raised.emit(error_text(exc))

    def set_data(self, profiles: list[Profile], signals: list[DomainSignal]) -> None:
        self.overlay.set_active(False)
        by_profile: dict[int, list[DomainSignal]] = {}
        for signal in signals:
            if signal.profile_id is not None:
                by_profile.setdefault(signal.profile_id, []).append(signal)
        self._signals = by_profile
        self.model.set_signal_counts(dict(Counter({k: len(v) for k, v in by_profile.items()})))
        self.model.set_rows(profiles)
        self.is_loaded = True
        self.apply_filter()
        self.loaded.emit()

    def apply_filter(self) -> None:
        self._timer.stop()
        flt = ProfileFilter(
            terms=query_terms(self.search.text()),
            show_removed=self.show_removed.isChecked(),
            with_signals_only=self.signals_only.isChecked(),
        )
        self.proxy.set_mask(self.model.filter_mask(flt))
        self.count.setText(self.tr("%n connection(s)", "", self.proxy.rowCount()))

    def current_profile(self) -> Profile | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, Profile) else None

    def _selection_changed(self) -> None:
        profile = self.current_profile()
        self.history.clear()
        self.signal_list.clear()
        if profile is None:
            return
        for span in sorted(profile.history, key=lambda s: s.first_seen, reverse=True):
            self.history.addItem(
                position_line(span.first_seen, span.last_seen, span.position, span.company)
            )
        for signal in self._signals.get(profile.id, []):
            self.signal_list.addItem(
                f"{format_date(signal.occurred_at)}  "
                + signal_detail(signal.kind, signal.params, language())
            )

    def open_profile(self) -> None:
        profile = self.current_profile()
        if profile is not None and profile.url.startswith("http"):
            QDesktopServices.openUrl(QUrl(profile.url))

    def save_state(self) -> None:
        save_header(self.settings, "linkedin/header", self.table.horizontalHeader())
