"""Today: ranked revival candidates with why-now, opener and actions; contacts to connect.

The list holds the leads with a fresh sign, then a few whose revisit window came due; the
header says how many more are due. Non-prospects with a strong fresh sign come in their own
labelled block, "New in your network".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QItemSelection,
    QObject,
    QSettings,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkrevive.gui.backend import Backend, ToConnectRow, TodayRow
from linkrevive.gui.i18n import error_text, format_date, language
from linkrevive.gui.mask_proxy import MaskFilterProxy
from linkrevive.gui.score_delegate import ScoreBarDelegate
from linkrevive.gui.table_model_base import ROW_ROLE
from linkrevive.gui.table_state import restore_header, save_header
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.to_connect_table_model import ToConnectTableModel
from linkrevive.gui.today_table_model import SCORE_COLUMN, TodayTableModel
from linkrevive.gui.view_loader import LoadingOverlay, ViewLoader


def make_table(source: QAbstractItemModel, parent: QObject) -> tuple[MaskFilterProxy, QTableView]:
    """A filter proxy over ``source`` and a sortable, row-selecting table view over it."""
    proxy = MaskFilterProxy(parent)
    proxy.setSourceModel(source)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return proxy, table


def set_widths(table: QTableView, widths: list[int]) -> None:
    """Default column widths, never narrower than the (translated) header; saved widths win."""
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


class SnoozeDialog(QDialog):
    """Asks until when a lead is snoozed: a day after ``today``, in a month by default."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        layout = QVBoxLayout(self)
        start = QDate(today) if today is not None else QDate.currentDate()
        self.until = QDateEdit(start.addDays(30))
        self.until.setMinimumDate(start.addDays(1))
        self.until.setCalendarPopup(True)
        layout.addWidget(QLabel(self.tr("The lead leaves the list until this day.")))
        layout.addWidget(self.until)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> date:
        result = self.until.date().toPython()
        assert isinstance(result, date)
        return result


class TodayView(QWidget):
    """The morning list: who to write to today, why, and with which opening line."""

    person_selected = Signal(int)
    person_changed = Signal(int)
    error_raised = Signal(str)
    status_message = Signal(str)
    loaded = Signal()  # the lists are on screen

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
        self.as_of: date | None = None
        self.loader = ViewLoader(runner, self)
        self.model = TodayTableModel(self)
        self.proxy, self.table = self._candidate_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._lead_selected)
        self.count = QLabel()

        # Not prospects, but a strong fresh sign: a stranger's invitation, a friend's new job.
        self.network_model = TodayTableModel(self)
        self.network_proxy, self.network_table = self._candidate_table(self.network_model)
        self.network_table.selectionModel().selectionChanged.connect(self._network_selected)
        self.network_box = QGroupBox(self.tr("New in your network (not prospects yet)"))
        network_layout = QVBoxLayout(self.network_box)
        network_layout.addWidget(self.network_table)
        self.network_box.setVisible(False)

        # The selected candidate: reasons, opener, actions.
        # Read-only text rather than a word-wrapped label: a splitter does not grow a label
        # to its wrapped height, and five reasons would be cut.
        self.reasons = QPlainTextEdit()
        self.reasons.setReadOnly(True)
        self.reasons.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.reasons.viewport().setAutoFillBackground(False)
        self.reasons.setFixedHeight(self.reasons.fontMetrics().lineSpacing() * 5 + 10)
        self.opener_lang = QComboBox()
        self.opener_lang.addItem(self.tr("French"), "fr")
        self.opener_lang.addItem(self.tr("English"), "en")
        self.opener_lang.setCurrentIndex(0 if language() == "fr" else 1)
        self.opener_lang.currentIndexChanged.connect(self._show_opener)
        self.opener = QPlainTextEdit()
        self.opener.setReadOnly(True)
        self.opener.setMaximumHeight(72)
        self.copy_button = QPushButton(self.tr("Copy opener"))
        self.copy_button.clicked.connect(self.copy_opener)
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.snooze_button.clicked.connect(self.snooze)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.revived_button = QPushButton(self.tr("Mark revived"))
        self.revived_button.clicked.connect(self.mark_revived)
        self.dnc_button = QPushButton(self.tr("Do not contact"))
        self.dnc_button.clicked.connect(self.do_not_contact)

        candidate = QGroupBox(self.tr("Why now"))
        box = QVBoxLayout(candidate)
        box.addWidget(self.reasons)
        opener_row = QHBoxLayout()
        opener_row.addWidget(QLabel(self.tr("Suggested opener")))
        opener_row.addStretch(1)
        opener_row.addWidget(self.opener_lang)
        opener_row.addWidget(self.copy_button)
        box.addLayout(opener_row)
        box.addWidget(self.opener)
        actions = QHBoxLayout()
        for button in (
            self.snooze_button,
            self.dismiss_button,
            self.revived_button,
            self.dnc_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        box.addLayout(actions)
        self.candidate_box = candidate

        # To connect: email contacts with no LinkedIn connection yet.
        self.connect_model = ToConnectTableModel(self)
        self.connect_proxy, self.connect_table = make_table(self.connect_model, self)
        self.connect_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        set_widths(self.connect_table, [180, 260, 180])
        self.connect_table.doubleClicked.connect(self.open_search)
        self.connect_table.selectionModel().selectionChanged.connect(self._connect_selected)
        self.search_button = QPushButton(self.tr("Find on LinkedIn"))
        self.search_button.clicked.connect(self.open_search)
        connect_box = QGroupBox(self.tr("To connect on LinkedIn"))
        connect_layout = QVBoxLayout(connect_box)
        connect_layout.addWidget(self.connect_table)
        connect_row = QHBoxLayout()
        self.connect_count = QLabel()
        connect_row.addWidget(self.connect_count)
        connect_row.addStretch(1)
        connect_row.addWidget(self.search_button)
        connect_layout.addLayout(connect_row)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.count)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.network_box)
        top_layout.addWidget(candidate)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(connect_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        restore_header(self.settings, "today/header", self.table.horizontalHeader())
        self.overlay = LoadingOverlay(self.table)
        self.connect_overlay = LoadingOverlay(self.connect_table)
        self._update_candidate(None)

    # -- data ------------------------------------------------------------------------------

    def _candidate_table(self, model: TodayTableModel) -> tuple[MaskFilterProxy, QTableView]:
        """A single-selection table of candidates, by score, with the score bar."""
        proxy, table = make_table(model, self)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setItemDelegateForColumn(SCORE_COLUMN, ScoreBarDelegate(table))
        set_widths(table, [110, 160, 160, 105, 120, 140])
        table.sortByColumn(SCORE_COLUMN, Qt.SortOrder.DescendingOrder)
        return proxy, table

    def refresh(self) -> None:
        """Fetch the ranked list and the to-connect list on the worker; show them on arrival."""
        backend, as_of = self.backend, self.as_of

        def fetch() -> tuple[tuple[list[TodayRow], int], list[ToConnectRow]]:
            return backend.morning(as_of=as_of), backend.to_connect()

        self._set_loading(True)
        self.loader.load(fetch, self._show, self._load_failed)

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

    def _show(self, data: tuple[tuple[list[TodayRow], int], list[ToConnectRow]]) -> None:
        (rows, more_due), to_connect = data
        selected = self.current_row()
        self._set_loading(False)
        leads = [r for r in rows if r.section != "network"]
        network = [r for r in rows if r.section == "network"]
        self.model.set_rows(leads)
        self.network_model.set_rows(network)
        self.network_box.setVisible(bool(network))
        self.connect_model.set_rows(to_connect)
        self.count.setText(self.header_text(len(leads), more_due))
        self.connect_count.setText(self.tr("%n contact(s) to connect with", "", len(to_connect)))
        if selected is not None:
            self.select_person(selected.person_id)
        else:
            self._update_candidate(None)
        self.loaded.emit()

    def header_text(self, leads: int, more_due: int) -> str:
        """The list's header: how many leads, how many more are due and where they are."""
        text = self.tr("%n lead(s) to revive today", "", leads)
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
        # A stranger known only from LinkedIn (a negated profile id) has no person to show.
        if row is not None and row.person_id > 0:
            self.person_selected.emit(row.person_id)

    def _update_candidate(self, row: TodayRow | None) -> None:
        enabled = row is not None
        for widget in (self.copy_button, self.opener_lang):
            widget.setEnabled(enabled)
        # Lead actions need a person: a stranger's invitation has none yet.
        person = row is not None and row.person_id > 0
        for widget in (
            self.snooze_button,
            self.dismiss_button,
            self.revived_button,
            self.dnc_button,
        ):
            widget.setEnabled(person)
        if row is None:
            self.reasons.setPlainText(self.tr("Select a lead to see why now is a good time."))
            self.opener.clear()
            return
        self.reasons.setPlainText("\n".join("• " + r for r in row.reasons))
        self._show_opener()

    def _show_opener(self) -> None:
        row = self.current_row()
        if row is None:
            return
        lang = self.opener_lang.currentData()
        self.opener.setPlainText(row.opener.get(lang) or row.opener.get("en", ""))

    # -- actions ---------------------------------------------------------------------------

    def copy_opener(self) -> None:
        text = self.opener.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.status_message.emit(self.tr("Opener copied to the clipboard."))

    def _act(self, action: str) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            if action == "dismiss":
                self.backend.dismiss(row.person_id, "")
            elif action == "revived":
                self.backend.mark_revived(row.person_id)
            elif action == "dnc":
                self.backend.do_not_contact(row.person_id)
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self._settled(row.person_id)

    def _settled(self, person_id: int) -> None:
        # The lead leaves the list at once; the refresh that follows confirms the new order.
        self.model.remove_where(lambda r: r.person_id == person_id)
        self.network_model.remove_where(lambda r: r.person_id == person_id)
        self._update_candidate(None)
        self.person_changed.emit(person_id)
        self.refresh()

    def snooze(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = SnoozeDialog(self, today=self.as_of)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.backend.snooze(row.person_id, dialog.value())
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self._settled(row.person_id)

    def dismiss(self) -> None:
        self._act("dismiss")

    def mark_revived(self) -> None:
        self._act("revived")

    def do_not_contact(self) -> None:
        self._act("dnc")

    def _connect_selected(self) -> None:
        indexes = self.connect_table.selectionModel().selectedRows()
        if indexes:
            row = indexes[0].data(ROW_ROLE)
            if isinstance(row, ToConnectRow):
                self.person_selected.emit(row.person_id)

    def open_search(self) -> None:
        indexes = self.connect_table.selectionModel().selectedRows()
        if not indexes:
            return
        row = indexes[0].data(ROW_ROLE)
        if isinstance(row, ToConnectRow) and row.search_url:
            QDesktopServices.openUrl(QUrl(row.search_url))

    def save_state(self) -> None:
        save_header(self.settings, "today/header", self.table.horizontalHeader())
        self.settings.setValue("today/splitter", self.splitter.saveState())

    def restore_state(self) -> None:
        state = self.settings.value("today/splitter")
        if state is not None:
            self.splitter.restoreState(state)


__all__ = ["TodayView"]
