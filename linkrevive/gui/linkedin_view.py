"""LinkedIn: every connection with current company and title, job history and signals.

Selecting a connection selects its paired person in the whole window (the detail pane shows
them), or, for a profile paired with nobody, the profile itself.
"""

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

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.filters import ProfileFilter, query_terms
from linkrevive.domain.models import Profile
from linkrevive.domain.models import Signal as DomainSignal
from linkrevive.domain.phrases import signal_detail
from linkrevive.exporters import profile_link
from linkrevive.gui.backend import Backend
from linkrevive.gui.connections_table_model import NAME_COLUMN, ConnectionsTableModel
from linkrevive.gui.current_person import CurrentPerson
from linkrevive.gui.empty_state import EmptyState
from linkrevive.gui.i18n import (
    error_text,
    format_date,
    language,
    position_dates_tip,
    position_line,
)
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.table_state import fit_columns, make_table, restore_header, save_header
from linkrevive.gui.task_runner import TaskRunner
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
        current: CurrentPerson | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        # The window's selected person (None: this view alone).
        self.current = current
        self.loader = ViewLoader(runner, self)
        self.model = ConnectionsTableModel(self)
        self.proxy, self.table = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, first=(NAME_COLUMN,), flexible=2)
        self.table.doubleClicked.connect(self.open_profile)
        self._signals: dict[int, list[DomainSignal]] = {}
        # Profile id -> its paired person's id, and back (pairs the user or the matcher made).
        self._person_of: dict[int, int] = {}
        self._profile_of: dict[int, int] = {}
        # Profile id -> its row in the model.
        self._row_of: dict[int, int] = {}

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
        history_title = QLabel("<b>" + self.tr("Job history") + "</b>")
        for widget in (history_title, self.history):
            widget.setToolTip(position_dates_tip())
        left.addWidget(history_title)
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
        if current is not None:
            current.changed.connect(self._current_changed)

    def refresh(self) -> None:
        """Fetch the connections and signals on the worker; show them on arrival."""
        backend = self.backend

        def fetch() -> tuple[list[Profile], list[DomainSignal], dict[int, int]]:
            paired = {
                pair.profile_id: pair.person_id
                for status in (PairStatus.AUTO, PairStatus.CONFIRMED)
                for pair in backend.pairs(status)
            }
            return backend.connections(), backend.signals(), paired

        self.overlay.set_active(True)
        if not self.model.rowCount():
            self.count.setText(self.tr("Loading…"))
        self.loader.load(fetch, lambda data: self.set_data(*data), self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.overlay.set_active(False)
        self.error_raised.emit(error_text(exc))

    def set_data(
        self,
        profiles: list[Profile],
        signals: list[DomainSignal],
        paired: dict[int, int] | None = None,
    ) -> None:
        self.overlay.set_active(False)
        self._person_of = dict(paired or {})
        self._profile_of = {person: profile for profile, person in self._person_of.items()}
        by_profile: dict[int, list[DomainSignal]] = {}
        for signal in signals:
            if signal.profile_id is not None:
                by_profile.setdefault(signal.profile_id, []).append(signal)
        self._signals = by_profile
        self.model.set_signal_counts(dict(Counter({k: len(v) for k, v in by_profile.items()})))
        self.model.set_rows(profiles)
        self._row_of = {p.id: r for r, p in enumerate(self.model.rows())}
        self.is_loaded = True
        self.apply_filter()
        self._follow_current()
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

    def person_of(self, profile_id: int) -> int | None:
        """The person paired with a profile, if any."""
        return self._person_of.get(profile_id)

    def _current_changed(self, source: object) -> None:
        if source is not self:
            self._follow_current()

    def _follow_current(self) -> None:
        """Select the current person's profile (or the current profile), or nothing."""
        if self.current is None:
            return
        if self.current.profile is not None:
            profile_id: int | None = self.current.profile.id
        elif self.current.person_id is not None:
            profile_id = self._profile_of.get(self.current.person_id)
        else:
            profile_id = None
        row = self._row_of.get(profile_id, -1) if profile_id is not None else -1
        if 0 <= row < self.model.rowCount() and self.model.row_at(row).id == profile_id:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)  # on screen when the tab is opened
                return
        self.table.clearSelection()

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
        self._select_in_window(profile)

    def _select_in_window(self, profile: Profile) -> None:
        """The window's current person becomes the profile's paired person, or the profile."""
        current = self.current
        if current is None:
            return
        person = self._person_of.get(profile.id)
        mine = self._profile_of.get(current.person_id) if current.person_id is not None else None
        if mine == profile.id:
            return  # already the current person's profile (two people may share one)
        if person is not None:
            current.set_person(person, self)
        else:
            current.set_profile(profile, self)

    def open_profile(self) -> None:
        profile = self.current_profile()
        if profile is None:
            return
        QDesktopServices.openUrl(QUrl(profile_link(profile.url, profile.name, profile.company)))

    def save_state(self) -> None:
        save_header(self.settings, "linkedin/header", self.table.horizontalHeader())
