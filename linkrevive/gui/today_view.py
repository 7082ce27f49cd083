"""Today: ranked revival candidates with why-now, opener and actions; contacts to connect.

The list holds the leads with a fresh sign, then a few whose revisit window came due; the
header says how many more are due. The list gets the height: the selected lead's first
reason is shown whole in its row, all its reasons beside the opener below; the
non-prospects with a strong fresh sign ("New in your network") and the contacts to connect
with are counts on the header line, opening their own list. The box of the selected lead
and the fitting of its row are in :mod:`linkrevive.gui.selected_lead`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QItemSelection,
    QLocale,
    QSettings,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import LeadState
from linkrevive.gui.backend import Backend
from linkrevive.gui.backend_rows import ToConnectRow, TodayRow
from linkrevive.gui.current_person import CurrentPerson
from linkrevive.gui.i18n import error_text, format_date, language
from linkrevive.gui.lead_actions import (
    DISMISS,
    DO_NOT_CONTACT,
    REVIVED,
    SNOOZE,
    LeadActions,
    LeadTarget,
    SnoozeDialog,
)
from linkrevive.gui.mask_proxy import MaskFilterProxy
from linkrevive.gui.score_delegate import ScoreBarDelegate
from linkrevive.gui.selected_lead import ROW_HEIGHT, WhyNowBox, fit_selected_row, stranger_profile
from linkrevive.gui.table_model_base import ROW_ROLE, OrderedRows
from linkrevive.gui.table_state import (
    fit_columns,
    make_table,
    restore_header,
    save_header,
    set_widths,
)
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.to_connect_dialog import ToConnectDialog
from linkrevive.gui.to_connect_table_model import ToConnectTableModel
from linkrevive.gui.today_table_model import (
    NAME_COLUMN,
    SCORE_COLUMN,
    STALL_COLUMN,
    WHY_COLUMN,
    TodayTableModel,
)
from linkrevive.gui.view_loader import LoadingOverlay, ViewLoader
from linkrevive.gui.why_now_delegate import WhyNowDelegate

# Rows of "New in your network" shown when it is opened, before it scrolls.
NETWORK_ROWS = 4


class TodayView(QWidget):
    """The morning list: who to write to today, why, and with which opening line."""

    person_selected = Signal(int)
    person_changed = Signal(int)
    error_raised = Signal(str)
    status_message = Signal(str)
    loaded = Signal()  # the lists are on screen
    leads_shown = Signal()  # the ranked leads are on screen (the to-connect list follows)

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
        # The window's selected person (None: this view alone, as in single-widget tests).
        self.current = current
        self.as_of: date | None = None
        # The day of the last look at Today before this one (None: no earlier look).
        self.since: date | None = None
        self._unseen = False  # loaded, and that look not recorded yet
        self.loader = ViewLoader(runner, self)
        self.seen_loader = ViewLoader(runner, self)
        self.connect_loader = ViewLoader(runner, self)
        self.model = TodayTableModel(self)
        self.proxy, self.table = self._candidate_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._lead_selected)
        self.count = QLabel()
        self.count.setWordWrap(True)  # a long header takes two lines, not the pane's width

        # Not prospects, but a strong fresh sign: a stranger's invitation, a friend's new job.
        self.network_model = TodayTableModel(self)
        self.network_proxy, self.network_table = self._candidate_table(self.network_model)
        self.network_table.selectionModel().selectionChanged.connect(self._network_selected)
        self.network_table.setMaximumHeight(ROW_HEIGHT * (NETWORK_ROWS + 1) + 4)
        self.network_box = QGroupBox(self.tr("New in your network (not prospects yet)"))
        network_layout = QVBoxLayout(self.network_box)
        network_layout.setContentsMargins(4, 4, 4, 4)
        network_layout.addWidget(self.network_table)
        self.network_box.setVisible(False)
        # Collapsed to a count on the header line: the ranked list keeps the height.
        self.network_button = QPushButton()
        self.network_button.setCheckable(True)
        self.network_button.setFlat(True)
        self.network_button.setVisible(False)
        self.network_button.toggled.connect(self._network_toggled)

        # The selected candidate: reasons, opener, actions.
        candidate = self.candidate_box = WhyNowBox()
        self.reasons = candidate.reasons
        self.opener_lang = candidate.opener_lang
        self.opener_lang.currentIndexChanged.connect(self._show_opener)
        self.opener = candidate.opener
        # The buttons run the window's lead actions (undoable; shortcuts in their tooltips).
        self._lead_actions: LeadActions | None = None
        self._select_after_load: int | None = None
        self.copy_button = candidate.copy_button
        self.copy_button.clicked.connect(self.copy_opener)
        self.snooze_button = candidate.snooze_button
        self.snooze_button.clicked.connect(self.snooze)
        self.dismiss_button = candidate.dismiss_button
        self.dismiss_button.clicked.connect(self.dismiss)
        self.revived_button = candidate.revived_button
        self.revived_button.clicked.connect(self.mark_revived)
        self.dnc_button = candidate.dnc_button
        self.dnc_button.clicked.connect(self.do_not_contact)

        # To connect: email contacts with no LinkedIn connection yet, a count that opens
        # their own list.
        self.connect_model = ToConnectTableModel(self)
        self.connect_dialog = ToConnectDialog(self.connect_model, self)
        self.connect_proxy = self.connect_dialog.proxy
        self.connect_table = self.connect_dialog.table
        self.connect_table.doubleClicked.connect(self.open_search)
        self.connect_table.selectionModel().selectionChanged.connect(self._connect_selected)
        self.search_button = self.connect_dialog.search_button
        self.search_button.clicked.connect(self.open_search)
        self.connect_count = self.connect_dialog.count
        self.connect_button = QPushButton()
        self.connect_button.setFlat(True)
        self.connect_button.clicked.connect(self.open_to_connect)

        header = QHBoxLayout()
        header.addWidget(self.count, 1)
        header.addWidget(self.network_button)
        header.addWidget(self.connect_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.network_box)
        layout.addWidget(candidate)
        restore_header(self.settings, "today/header", self.table.horizontalHeader())
        self.overlay = LoadingOverlay(self.table)
        self.connect_overlay = LoadingOverlay(self.connect_table)
        if current is not None:
            current.changed.connect(self._current_changed)
        self._update_candidate(None)

    # -- data ------------------------------------------------------------------------------

    def _candidate_table(self, model: TodayTableModel) -> tuple[MaskFilterProxy, QTableView]:
        """A single-selection table of candidates, by score, with the score bar."""
        proxy, table = make_table(model, self)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        table.setItemDelegateForColumn(SCORE_COLUMN, ScoreBarDelegate(table))
        table.setItemDelegateForColumn(WHY_COLUMN, WhyNowDelegate(table))
        set_widths(table, [70, 160, 140, 95, 100, 120])
        # The why-now column gets the room the stall reason took (the reasons and the pane
        # say it already).
        table.setColumnHidden(STALL_COLUMN, True)
        fit_columns(table, first=(NAME_COLUMN,), flexible=WHY_COLUMN, widest={SCORE_COLUMN: 72})
        table.sortByColumn(SCORE_COLUMN, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().sectionResized.connect(self._fit_selected_row)
        return proxy, table

    def refresh(self) -> None:
        """Fetch the ranked list, then the to-connect list, on the worker; show each on
        arrival (the leads first: the to-connect list is long and folded away)."""
        backend, as_of = self.backend, self.as_of

        def fetch() -> tuple[list[TodayRow], int]:
            return backend.morning(as_of=as_of)

        self._set_loading(True)
        self.loader.load(fetch, self._show, self._load_failed)
        order = self.connect_model.orderer()  # 20,000 rows at real size: sorted there

        def fetch_connect() -> OrderedRows[ToConnectRow]:
            return order(backend.to_connect())

        self.connect_loader.load(fetch_connect, self._show_connect, self._connect_failed)

    def _set_loading(self, loading: bool) -> None:
        self.overlay.set_active(loading)
        self.connect_overlay.set_active(loading)
        if loading and not self.model.rowCount():
            self.count.setText(self.tr("Loading…"))
            self.connect_count.clear()

    def _load_failed(self, exc: BaseException) -> None:
        self._set_loading(False)
        self.count.clear()
        self.error_raised.emit(error_text(exc))

    def _connect_failed(self, exc: BaseException) -> None:
        """The to-connect list could not be read: say so there; the leads already shown and
        their count stay."""
        self.connect_overlay.set_active(False)
        self.connect_model.set_rows([])
        self.connect_count.setText(self.tr("The contacts to connect with could not be read."))
        self.connect_button.setEnabled(False)
        self.error_raised.emit(error_text(exc))

    def _record_failed(self, exc: BaseException) -> None:
        """The look could not be recorded: the list on screen stays as it is."""
        self.error_raised.emit(error_text(exc))

    def _show(self, data: tuple[list[TodayRow], int]) -> None:
        rows, more_due = data
        selected = self.current_row()
        self._set_loading(False)
        leads = [r for r in rows if r.section != "network"]
        network = [r for r in rows if r.section == "network"]
        self.model.set_rows(leads)
        self.network_model.set_rows(network)
        self.network_button.setVisible(bool(network))
        self.network_button.setText(
            self.tr("%n new in your network ›", "", len(network))
            if not self.network_button.isChecked()
            else self.tr("Hide new in your network")
        )
        self.network_box.setVisible(bool(network) and self.network_button.isChecked())
        self.since = getattr(self.backend, "today_since", None)
        self.count.setText(
            self.header_text(len(leads), more_due, new=sum(1 for r in rows if r.new))
        )
        self.candidate_box.list_empty = not leads
        self._reselect(selected)
        if self.current_row() is None:
            self._update_candidate(None)
        self._unseen = True
        if self.isVisible():
            self._record_look()
        self.leads_shown.emit()

    def _show_connect(self, to_connect: OrderedRows[ToConnectRow]) -> None:
        self.connect_model.set_rows(to_connect)
        count = self.connect_model.rowCount()
        self.connect_count.setText(self.tr("%n contact(s) to connect with", "", count))
        self.connect_button.setText(
            self.tr("%n contact(s) to connect with on LinkedIn ›", "", count)
        )
        self.connect_button.setEnabled(bool(count))
        self.loaded.emit()

    def _record_look(self) -> None:
        """The list on screen is the day's look at Today: what is new tomorrow is what it
        did not show. Loaded while hidden (the app started in the tray), the look is
        recorded when the view is first shown."""
        record = getattr(self.backend, "mark_today_seen", None)
        if not self._unseen or record is None:
            return
        self._unseen = False
        self.seen_loader.load(record, lambda _: None, self._record_failed)

    def _reselect(self, selected: TodayRow | None) -> None:
        """After a reload: select the window's current person again, or nobody.

        Alone (no window), the lead selected before the reload is selected again. In the
        window, the current person is; when it was this view's lead and it left the list,
        the selection is cleared and the pane follows.
        """
        if self.current is None:
            if selected is not None:
                self.select_person(selected.person_id)
            else:
                self._update_candidate(None)
            return
        target = self.current.person_id
        if target is not None and self.select_person(target):
            return
        self._update_candidate(None)
        if selected is not None and target == selected.person_id:
            self.current.clear(self)

    def _current_changed(self, source: object) -> None:
        """Another view selected someone: show the same lead, or no selection."""
        if source is self or self.current is None:
            return
        target = self.current.person_id
        if target is None or not self.select_person(target):
            self.table.clearSelection()
            self.network_table.clearSelection()
            self._update_candidate(None)

    def _network_toggled(self, shown: bool) -> None:
        rows = self.network_model.rowCount()
        self.network_box.setVisible(shown and rows > 0)
        self.network_button.setText(
            self.tr("Hide new in your network")
            if shown
            else self.tr("%n new in your network ›", "", rows)
        )

    def open_to_connect(self) -> None:
        """Open the list of contacts to connect with (beside the window, not modal)."""
        self.connect_dialog.show()
        self.connect_dialog.raise_()
        self.connect_dialog.activateWindow()

    def _fit_selected_row(self) -> None:
        """The selected lead's row as tall as its first reason needs; the others compact."""
        for table in (self.table, self.network_table):
            fit_selected_row(table)

    def showEvent(self, event: QShowEvent) -> None:
        """Shown after a load made while hidden: the look is recorded now."""
        super().showEvent(event)
        self._record_look()

    def since_text(self, new: int) -> str:
        """'3 new since Tuesday': the new leads and the day of the last look (the weekday
        within a week, 'yesterday', else the date); empty without an earlier look."""
        since = self.since
        if since is None:
            return ""
        today = self.as_of or date.today()
        days = (today - since).days
        if days == 1:
            return self.tr("%n new since yesterday", "", new)
        if 1 < days < 7:
            day = QLocale(language()).standaloneDayName(since.isoweekday())
            return self.tr("%n new since {0}", "", new).format(day)
        return self.tr("%n new since your look of {0}", "", new).format(format_date(since))

    def header_text(self, leads: int, more_due: int, new: int = 0) -> str:
        """The list's header: how many leads, how many are new since the last look, how
        many more are due and where they are."""
        text = (
            self.tr("%n lead(s) to revive today", "", leads)
            if leads
            else self.tr(
                "nothing to revive today — no dormant lead shows a new sign, and none is due "
                "for a revisit"
            )
        )
        news = self.since_text(new)
        if news:
            text += " · " + news
        if more_due:
            text += " · " + self.tr("%n more due — see Prospects, filter Dormant", "", more_due)
        if self.as_of is not None:
            text = self.tr("As of {0}: {1}").format(format_date(self.as_of), text)
        return text

    def current_row(self) -> TodayRow | None:
        for table in (self.table, self.network_table):
            indexes = table.selectionModel().selectedRows()
            if indexes:
                row = indexes[0].data(ROW_ROLE)
                return row if isinstance(row, TodayRow) else None
        return None

    def select_person(self, person_id: int) -> bool:
        for table, proxy, other in (
            (self.table, self.proxy, self.network_table),
            (self.network_table, self.network_proxy, self.table),
        ):
            for r in range(proxy.rowCount()):
                row = proxy.index(r, 0).data(ROW_ROLE)
                if isinstance(row, TodayRow) and row.person_id == person_id:
                    other.clearSelection()
                    table.selectRow(r)
                    table.scrollTo(proxy.index(r, 0))
                    return True
        self.table.clearSelection()
        self.network_table.clearSelection()
        self._update_candidate(None)
        return False

    def _network_selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self.network_table.selectionModel().hasSelection():
            self.table.clearSelection()  # one selected row at a time, in either list
        self._selection_changed(selected, deselected)

    def _lead_selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self.table.selectionModel().hasSelection():
            self.network_table.clearSelection()
        self._selection_changed(selected, deselected)

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        row = self.current_row()
        self._update_candidate(row)
        self._fit_selected_row()
        if row is not None and row.person_id > 0:
            self.person_selected.emit(row.person_id)
            if self.current is not None:
                self.current.set_person(row.person_id, self)
        elif row is not None and self.current is not None:
            # A stranger known only from LinkedIn (a negated profile id): no person, so the
            # pane shows what the list knows of the profile.
            self.current.set_profile(stranger_profile(row), self)

    def _update_candidate(self, row: TodayRow | None) -> None:
        self.candidate_box.show_row(row)
        if self._lead_actions is not None:
            self._lead_actions.sync()

    def _show_opener(self) -> None:
        self.candidate_box.show_opener(self.current_row())

    # -- actions ---------------------------------------------------------------------------

    @property
    def lead_actions(self) -> LeadActions:
        """The window's lead actions; alone (single-widget tests), this view's own."""
        if self._lead_actions is None:
            actions = LeadActions(self.backend, self, as_of=lambda: self.as_of)
            actions.target = self.lead_target
            actions.can_copy_opener = self.can_copy_opener
            actions.error_raised.connect(self.error_raised)
            self.use_lead_actions(actions)
        assert self._lead_actions is not None
        return self._lead_actions

    def use_lead_actions(self, actions: LeadActions) -> None:
        """Act through ``actions``: the buttons, and the shortcuts while the focus is in the
        lists or the why-now box."""
        self._lead_actions = actions
        for widget in (self.table, self.network_table):
            actions.attach(widget, with_copy=True)
        actions.attach(self.candidate_box, with_copy=True)
        actions.copy_opener_action.triggered.connect(self.copy_opener)
        actions.lead_changed.connect(self._lead_changed)
        self.loaded.connect(self._select_pending)
        self.candidate_box.show_tooltips(actions)
        actions.sync()

    def lead_target(self) -> LeadTarget | None:
        """The selected lead, when it is a person (a stranger's invitation has none yet)."""
        row = self.current_row()
        if row is None or row.person_id <= 0:
            return None
        return LeadTarget(row.person_id, row.name, LeadState.ACTIVE)

    def can_copy_opener(self) -> bool:
        return self.current_row() is not None

    def copy_opener(self) -> None:
        text = self.opener.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.lead_actions.opener_copied(self.lead_target())
            self.status_message.emit(self.tr("Opener copied to the clipboard."))

    def _act(self, action: str) -> None:
        target = self.lead_target()
        if target is not None:
            self.lead_actions.act(action, target)

    def _lead_changed(self, person_id: int, state: str) -> None:
        """A lead action, its undo or its redo: show the list as it now is."""
        if state == LeadState.ACTIVE.value:
            if self.isVisible():  # back in the list at its place, selected
                self._select_after_load = person_id
        else:
            self._settled(person_id)
            return
        self.person_changed.emit(person_id)
        self.refresh()

    def _settled(self, person_id: int) -> None:
        # The lead leaves the list at once; the refresh that follows confirms the new order.
        if not self.isVisible():
            # Acted on from another view: a hidden list must not select the next lead in
            # its place (a single-selection table does), which would move the pane.
            self.table.selectionModel().clear()  # selection and current row both
            self.network_table.selectionModel().clear()
        self.model.remove_where(lambda r: r.person_id == person_id)
        self.network_model.remove_where(lambda r: r.person_id == person_id)
        self._update_candidate(None)
        self.person_changed.emit(person_id)
        self.refresh()

    def _select_pending(self) -> None:
        person_id, self._select_after_load = self._select_after_load, None
        if person_id is not None:
            self.select_person(person_id)

    def snooze(self) -> None:
        self._act(SNOOZE)

    def dismiss(self) -> None:
        self._act(DISMISS)

    def mark_revived(self) -> None:
        self._act(REVIVED)

    def do_not_contact(self) -> None:
        self._act(DO_NOT_CONTACT)

    def _connect_selected(self) -> None:
        indexes = self.connect_table.selectionModel().selectedRows()
        if indexes:
            row = indexes[0].data(ROW_ROLE)
            if isinstance(row, ToConnectRow):
                self.person_selected.emit(row.person_id)
                if self.current is not None:
                    self.current.set_person(row.person_id, self.connect_dialog)

    def open_search(self) -> None:
        indexes = self.connect_table.selectionModel().selectedRows()
        if not indexes:
            return
        row = indexes[0].data(ROW_ROLE)
        if isinstance(row, ToConnectRow) and row.search_url:
            QDesktopServices.openUrl(QUrl(row.search_url))

    def save_state(self) -> None:
        save_header(self.settings, "today/header", self.table.horizontalHeader())
        self.settings.setValue("today/network_open", self.network_button.isChecked())

    def restore_state(self) -> None:
        self.network_button.setChecked(
            self.settings.value("today/network_open", False, type=bool) is True
        )


# SnoozeDialog lives with the lead actions; importable from here as before.
__all__ = ["SnoozeDialog", "TodayView", "make_table", "set_widths"]
