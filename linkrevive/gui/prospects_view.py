"""Prospects: every person, searched as you type, filtered, sorted, edited in bulk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import LeadState, Stage, StallReason
from linkrevive.domain.filters import (
    SHOW_ALL,
    SHOW_AUTOMATED,
    SHOW_PEOPLE,
    SHOW_PERSONS,
    SHOW_SHARED,
    UNKNOWN,
    PersonFilter,
    kind_of,
    query_terms,
)
from linkrevive.domain.models import Person
from linkrevive.domain.text import fold
from linkrevive.gui.backend import Backend
from linkrevive.gui.empty_state import EmptyState
from linkrevive.gui.flow_layout import FlowLayout
from linkrevive.gui.i18n import error_text, stage_label, stall_label
from linkrevive.gui.lead_actions import LeadActions, LeadTarget
from linkrevive.gui.own_addresses_dialog import OwnAddressesDialog
from linkrevive.gui.people_table_model import PeopleTableModel, SearchIndex, lead_state_label
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.table_state import (
    fit_columns,
    make_table,
    restore_header,
    save_header,
    set_widths,
)
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.view_loader import LoadingOverlay, ViewLoader

# Short pause after a keystroke before filtering, so fast typing filters once.
SEARCH_DEBOUNCE_MS = 120
_ANY = "__any__"


class ProspectsView(QWidget):
    """All people of the email side."""

    person_selected = Signal(int)
    person_changed = Signal(int)
    # The user's word on these people (ids): automated senders (True) or persons. Saving it
    # pairs them again, seconds in a large database: the window runs it as a task.
    sender_kind_requested = Signal(list, bool)
    error_raised = Signal(str)
    filter_applied = Signal(int)  # rows shown
    loaded = Signal()  # the people are on screen

    def __init__(
        self,
        backend: Backend,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        as_of: date | None = None,
        dormancy_months: int = 12,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.settings = settings
        self.loader = ViewLoader(runner, self)
        self.model = PeopleTableModel(self, as_of=as_of, dormancy_months=dormancy_months)
        self.proxy, self.table = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_widths(self.table, [145, 160, 165, 85, 105, 125, 90, 50, 110, 140])
        fit_columns(self.table, first=(0, 2))  # names and emails first

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, company, email…"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)

        self.stage_filter = self._combo(
            self.tr("Any stage"), [(s.value, stage_label(s)) for s in Stage]
        )
        self.stall_filter = self._combo(
            self.tr("Any stall reason"), [(r.value, stall_label(r)) for r in StallReason]
        )
        self.country_filter = self._combo(self.tr("Any country"), [])
        self.dormant_filter = QComboBox()
        self.dormant_filter.addItem(self.tr("Dormant or active"), _ANY)
        self.dormant_filter.addItem(self.tr("Dormant"), True)
        self.dormant_filter.addItem(self.tr("Active"), False)
        self.dormant_filter.currentIndexChanged.connect(self.apply_filter)
        self.linkedin_filter = QComboBox()
        self.linkedin_filter.addItem(self.tr("With or without LinkedIn"), _ANY)
        self.linkedin_filter.addItem(self.tr("On LinkedIn"), True)
        self.linkedin_filter.addItem(self.tr("Not on LinkedIn"), False)
        self.linkedin_filter.currentIndexChanged.connect(self.apply_filter)
        # Automated senders (newsletters, notifications, robots) are never people: hidden
        # unless asked for, with the company boxes shown as such.
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("People and shared boxes"), SHOW_PEOPLE)
        self.kind_filter.addItem(self.tr("People only"), SHOW_PERSONS)
        self.kind_filter.addItem(self.tr("Shared boxes"), SHOW_SHARED)
        self.kind_filter.addItem(self.tr("Automated senders"), SHOW_AUTOMATED)
        self.kind_filter.addItem(self.tr("Everyone"), SHOW_ALL)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.lead_state_filter = QComboBox()
        self.lead_state_filter.addItem(self.tr("Any lead state"), _ANY)
        for state in LeadState:
            self.lead_state_filter.addItem(lead_state_label(state), state.value)
        self.lead_state_filter.currentIndexChanged.connect(self.apply_filter)
        self._lead_actions: LeadActions | None = None

        self.count = QLabel()
        self.mark_person = QPushButton(self.tr("This is a person"))
        self.mark_person.setToolTip(
            self.tr("Not an automated sender: count their emails (at the next mailbox import)")
        )
        self.mark_person.clicked.connect(lambda: self.set_sender_kind(automated=False))
        self.mark_automated = QPushButton(self.tr("Automated sender"))
        self.mark_automated.setToolTip(
            self.tr("A newsletter, a notification or a robot: never a lead, never paired")
        )
        self.mark_automated.clicked.connect(lambda: self.set_sender_kind(automated=True))
        # In the table's context menu (the row of buttons below is full at 1280 pixels).
        self.mark_me = QAction(self.tr("This is me…"), self)
        self.mark_me.setToolTip(
            self.tr("One of your own addresses: your mail, never a lead (asks first)")
        )
        self.mark_me.triggered.connect(self.mark_as_me)
        self.mark_person.setEnabled(False)
        self.mark_automated.setEnabled(False)
        self.mark_me.setEnabled(False)
        self.bulk_stage = QComboBox()
        self.bulk_stage.addItem(self.tr("(unknown stage)"), None)
        for stage in Stage:
            self.bulk_stage.addItem(stage_label(stage), stage)
        self.bulk_stall = QComboBox()
        self.bulk_stall.addItem(self.tr("(unknown reason)"), None)
        for reason in StallReason:
            self.bulk_stall.addItem(stall_label(reason), reason)
        self.bulk_apply = QPushButton(self.tr("Apply to selection"))
        self.bulk_apply.clicked.connect(self.apply_bulk)
        self.bulk_apply.setEnabled(False)

        # Seven filters, each shown whole: on one row in a wide window, wrapping onto a
        # second in a 1280-pixel one (cut short to fit one row, none could be read).
        filters = FlowLayout()
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 28)
        filters.addWidget(self.search, 1)
        for combo in (
            self.stage_filter,
            self.stall_filter,
            self.country_filter,
            self.dormant_filter,
            self.linkedin_filter,
            self.kind_filter,
            self.lead_state_filter,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        bulk = QHBoxLayout()
        bulk.addStretch(1)
        bulk.addWidget(self.mark_person)
        bulk.addWidget(self.mark_automated)
        bulk.addWidget(QLabel(self.tr("Set for selection:")))
        bulk.addWidget(self.bulk_stage)
        bulk.addWidget(self.bulk_stall)
        bulk.addWidget(self.bulk_apply)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        # The count on a line of its own: beside the bulk controls it made the view (and the
        # window) wider than 1280 pixels, squeezing the detail pane.
        layout.addWidget(self.count)
        layout.addLayout(bulk)
        restore_header(self.settings, "prospects/header", self.table.horizontalHeader())
        self._restore_filters()
        self.overlay = LoadingOverlay(self.table)
        self.is_loaded = False
        self.empty_state = EmptyState(
            self.table,
            ready=lambda: self.is_loaded,
            total=self.model.rowCount,
            nothing=lambda: self.tr(
                "No prospects yet. Import your contacts, a mailbox or your LinkedIn export "
                "(File menu)."
            ),
            no_match=lambda: self.tr(
                "No one matches this search and these filters. Clear the search or set a "
                "filter back to “Any”."
            ),
        )

    def _combo(self, any_label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_label, _ANY)
        combo.addItem(self.tr("(unknown)"), UNKNOWN)
        for value, label in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch every person on the worker; show them (filter re-applied) on arrival."""
        self.set_loading(True)
        self.loader.load(self.fetcher(), lambda data: self.set_people(*data), self.load_failed)

    def fetcher(self) -> Callable[[], tuple[list[Person], SearchIndex]]:
        """The read this view needs, as a function for the worker (it touches no widget)."""
        backend = self.backend
        index = self.model.indexer()  # sorted and folded there, not on arrival

        def fetch() -> tuple[list[Person], SearchIndex]:
            people = backend.people()
            return people, index(people)

        return fetch

    def set_loading(self, loading: bool) -> None:
        """Show or hide the "Loading…" sign (the window feeds this view from its own read)."""
        self.overlay.set_active(loading)
        if loading and not self.model.rowCount():
            self.count.setText(self.tr("Loading…"))

    def load_failed(self, exc: BaseException) -> None:
        self.set_loading(False)
        self.error_raised.emit(error_text(exc))

    def set_people(self, people: list[Person], search_index: SearchIndex | None = None) -> None:
        selected = self.selected_ids()
        self.set_loading(False)
        index = self.model.index_for(people, search_index)
        current = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        while self.country_filter.count() > 2:
            self.country_filter.removeItem(2)
        for country in index.countries:
            self.country_filter.addItem(country, fold(country))
        found = self.country_filter.findData(current)
        self.country_filter.setCurrentIndex(max(found, 0))
        self.country_filter.blockSignals(False)
        # The new rows go through the filter once, as they come in (20,000 calls from C++
        # at real size); apply_filter then finds the same mask and counts.
        self.proxy.expect_mask(index.mask(self.current_filter()))
        self.model.set_people(people, index)
        self.is_loaded = True
        self.apply_filter()
        if selected:
            self.select_person(selected[0])
        self.loaded.emit()

    def current_filter(self) -> PersonFilter:
        def value(combo: QComboBox) -> object:
            data = combo.currentData()
            return None if data == _ANY else data

        dormant = value(self.dormant_filter)
        linked = value(self.linkedin_filter)
        return PersonFilter(
            terms=query_terms(self.search.text()),
            stage=value(self.stage_filter),  # type: ignore[arg-type]
            stall_reason=value(self.stall_filter),  # type: ignore[arg-type]
            country=value(self.country_filter),  # type: ignore[arg-type]
            dormant=dormant if isinstance(dormant, bool) else None,
            has_linkedin=linked if isinstance(linked, bool) else None,
            show=str(self.kind_filter.currentData() or SHOW_PEOPLE),
            lead_state=value(self.lead_state_filter),  # type: ignore[arg-type]
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        flt = self.current_filter()
        self.proxy.set_mask(self.model.filter_mask(flt))
        shown = self.proxy.rowCount()
        text = (
            self.tr("%n person(s) shown", "", shown)
            + " / "
            + self.tr("%n in total", "", self.model.rowCount())
        )
        hidden = self.model.automated_count()
        if hidden and flt.show in (SHOW_PEOPLE, SHOW_PERSONS, SHOW_SHARED):
            text += " · " + self.tr("%n automated sender(s) hidden", "", hidden)
        self.count.setText(text)
        self.filter_applied.emit(shown)

    def selected_people(self) -> list[Person]:
        people = []
        for index in self.table.selectionModel().selectedRows():
            row = index.data(ROW_ROLE)
            if isinstance(row, Person):
                people.append(row)
        return people

    def selected_ids(self) -> list[int]:
        return [p.id for p in self.selected_people()]

    def select_person(self, person_id: int) -> bool:
        source_row = self.model.row_of(person_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        people = self.selected_people()
        ids = [p.id for p in people]
        self.bulk_apply.setEnabled(bool(ids))
        kinds = {kind_of(p) for p in people}
        self.mark_person.setEnabled(SHOW_AUTOMATED in kinds)
        self.mark_automated.setEnabled(bool(kinds - {SHOW_AUTOMATED}))
        self.mark_me.setEnabled(any(p.emails for p in people))
        if len(ids) == 1:
            self.person_selected.emit(ids[0])
        if self._lead_actions is not None:
            self._lead_actions.sync()

    # -- lead actions ----------------------------------------------------------------------

    def use_lead_actions(self, actions: LeadActions) -> None:
        """The window's lead actions on the selected person: shortcuts while the table has
        the focus, and its context menu."""
        self._lead_actions = actions
        actions.attach(self.table)
        self.table.addAction(actions.reactivate_action)
        separator = QAction(self)
        separator.setSeparator(True)
        self.table.addActions([separator, self.mark_me])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def lead_target(self) -> LeadTarget | None:
        """The one selected person (None for none or several)."""
        people = self.selected_people()
        if len(people) != 1:
            return None
        person = people[0]
        return LeadTarget(person.id, person.name or ", ".join(person.emails), person.lead_state)

    def set_sender_kind(self, *, automated: bool) -> None:
        """The user's word on the selected people: persons, or automated senders (asked of
        the window, see :attr:`sender_kind_requested`)."""
        ids = [p.id for p in self.selected_people() if (kind_of(p) == SHOW_AUTOMATED) != automated]
        if ids:
            self.sender_kind_requested.emit(ids, automated)

    def mark_as_me(self) -> None:
        """The selected people's addresses are the user's own: after the user confirms, they
        join the own addresses and are taken back from those people (their mail goes, and so
        do they unless something else is theirs)."""
        people = [p for p in self.selected_people() if p.emails]
        emails = sorted({e for p in people for e in p.emails})
        if not emails:
            return
        try:
            held = self.backend.addresses_held(emails)
            if not held or not OwnAddressesDialog(held, self).confirmed():
                return
            self.backend.set_me([*self.backend.get_me(), *emails])
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self.refresh()
        for person in people:
            self.person_changed.emit(person.id)

    def apply_bulk(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            self.backend.set_stage(
                ids, self.bulk_stage.currentData(), self.bulk_stall.currentData()
            )
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self.refresh()
        for person_id in ids:
            self.person_changed.emit(person_id)

    # -- persistence -----------------------------------------------------------------------

    def save_state(self) -> None:
        save_header(self.settings, "prospects/header", self.table.horizontalHeader())
        # The search box holds typed names and addresses: personal data never kept in the
        # settings file (a forgotten person must not survive there); older versions kept it.
        self.settings.remove("prospects/search")
        for key, combo in self._filter_combos().items():
            self.settings.setValue(f"prospects/{key}", combo.currentIndex())

    def _filter_combos(self) -> dict[str, QComboBox]:
        return {
            "stage": self.stage_filter,
            "stall": self.stall_filter,
            "dormant": self.dormant_filter,
            "linkedin": self.linkedin_filter,
            "kind": self.kind_filter,
            "lead_state": self.lead_state_filter,
        }

    def _restore_filters(self) -> None:
        for key, combo in self._filter_combos().items():
            try:
                index = int(self.settings.value(f"prospects/{key}", 0) or 0)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                index = 0
            combo.blockSignals(True)
            combo.setCurrentIndex(index if 0 <= index < combo.count() else 0)
            combo.blockSignals(False)


__all__ = ["ProspectsView"]
