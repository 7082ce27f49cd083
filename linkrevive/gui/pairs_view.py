"""Review pairs: a suggested pair side by side with its evidence; confirm or reject by key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from linkrevive.exporters import profile_link
from linkrevive.gui.backend import Backend
from linkrevive.gui.backend_rows import PairRow
from linkrevive.gui.i18n import error_text, language
from linkrevive.gui.pairs_table_model import PairsTableModel
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


class PairsView(QWidget):
    """Suggested pairs to confirm (Y / Enter) or reject (N / Delete)."""

    pair_decided = Signal(int, int, bool)
    person_selected = Signal(int)
    error_raised = Signal(str)
    loaded = Signal()  # the suggested pairs are on screen

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
        self.model = PairsTableModel(self)
        self.proxy, self.table = make_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # most likely pairs first
        set_widths(self.table, [125, 165, 160, 125, 130, 150])
        # Names and the address first; the companies next (the evidence), the title last.
        fit_columns(self.table, first=(0, 1, 3), widest={1: 200})
        self.table.selectionModel().selectionChanged.connect(self._show_current)
        self.remaining = QLabel()

        self.contact = QLabel()
        self.profile = QLabel()
        for label in (self.contact, self.profile):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        # The letters of yes and no in the interface language (O and N in French); Y, N,
        # Enter and Delete work in every language.
        self.confirm_key = self.tr("Y", "key that confirms a pair (yes)")
        self.reject_key = self.tr("N", "key that rejects a pair (no)")
        self.confirm_button = QPushButton(self.tr("Confirm ({key})").format(key=self.confirm_key))
        self.confirm_button.clicked.connect(lambda: self.decide(True))
        self.reject_button = QPushButton(self.tr("Reject ({key})").format(key=self.reject_key))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        # Keys go through an event filter on the table (where the focus is while reviewing)
        # rather than window shortcuts, so they work whatever window is active.
        self.table.installEventFilter(self)

        side = QGroupBox(self.tr("Side by side"))
        grid = QGridLayout(side)
        grid.addWidget(QLabel("<b>" + self.tr("Email contact") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("LinkedIn connection") + "</b>"), 0, 1)
        grid.addWidget(self.contact, 1, 0)
        grid.addWidget(self.profile, 1, 1)
        grid.addWidget(QLabel("<b>" + self.tr("Evidence") + "</b>"), 2, 0, 1, 2)
        grid.addWidget(self.evidence, 3, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remaining)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.reject_button)
        grid.addLayout(buttons, 4, 0, 1, 2)

        # Said in place of an empty table: what happened and what comes next.
        self.empty = QLabel(
            self.tr("All pairs reviewed. New suggestions appear after each import.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.side = side

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(side, 0)  # its natural height; the table takes the rest
        restore_header(self.settings, "pairs/header", self.table.horizontalHeader())
        self.overlay = LoadingOverlay(self.table)
        self.is_loaded = False
        self._show_current()

    def refresh(self) -> None:
        """Fetch the suggested pairs on the worker; show them on arrival."""
        backend = self.backend
        self.overlay.set_active(True)
        if not self.model.rowCount():
            self.remaining.setText(self.tr("Loading…"))
        self.loader.load(
            lambda: backend.pairs(PairStatus.SUGGESTED), self.set_rows, self._load_failed
        )

    def _load_failed(self, exc: BaseException) -> None:
        self.overlay.set_active(False)
        self.error_raised.emit(error_text(exc))

    def set_rows(self, rows: list[PairRow]) -> None:
        self.overlay.set_active(False)
        self.model.set_rows(rows)
        self.is_loaded = True
        self._update_count()
        if rows:
            self.table.selectRow(0)
        self._show_current()
        self.loaded.emit()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.remaining.setText(self.tr("%n pair(s) left to review", "", count))
        nothing_left = self.is_loaded and count == 0
        self.empty.setVisible(nothing_left)
        self.table.setVisible(not nothing_left)
        self.side.setVisible(not nothing_left)

    def current(self) -> PairRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, PairRow) else None

    def _show_current(self) -> None:
        row = self.current()
        self.confirm_button.setEnabled(row is not None)
        self.reject_button.setEnabled(row is not None)
        if row is None:
            self.contact.clear()
            self.profile.clear()
            self.evidence.setText(self.tr("Nothing to review."))
            return
        self.person_selected.emit(row.person_id)
        self.contact.setText(
            f"<big>{_esc(row.person_name)}</big><br>{_esc(', '.join(row.person_emails))}"
            f"<br>{_esc(row.person_company)}"
        )
        url = profile_link(row.profile_url, row.profile_name, row.profile_company)
        self.profile.setText(
            f"<big>{_esc(row.profile_name)}</big><br>{_esc(row.profile_position)}"
            f"<br>{_esc(row.profile_company)}<br><a href='{_esc(url)}'>{_esc(url)}</a>"
        )
        self.profile.setOpenExternalLinks(True)
        lang = language()
        self.evidence.setText("\n".join("• " + evidence_text(e, lang) for e in row.evidence) or "—")

    def decide(self, confirm: bool) -> None:
        row = self.current()
        if row is None:
            return
        current_row = self.table.selectionModel().selectedRows()[0].row()
        try:
            self.backend.decide(row.person_id, row.profile_id, confirm)
            # What the decision did to the other suggestions (the competing ones of the
            # contact and of the profile go; a confirmation may merge two records) is the
            # service's to say: ask it now, in this thread, so that the next key pressed
            # never acts on a suggestion that is no longer one.
            fresh = self.backend.pairs(PairStatus.SUGGESTED)
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self.model.remove_pair(row.person_id, row.profile_id)
        self.model.reconcile(fresh)
        self._update_count()
        if self.proxy.rowCount():
            self.table.selectRow(min(current_row, self.proxy.rowCount() - 1))
        self._show_current()
        self.pair_decided.emit(row.person_id, row.profile_id, confirm)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, letter = event.key(), event.text().casefold()
            if key in _CONFIRM_KEYS or (letter and letter == self.confirm_key.casefold()):
                self.decide(True)
                return True
            if key in _REJECT_KEYS or (letter and letter == self.reject_key.casefold()):
                self.decide(False)
                return True
        return super().eventFilter(watched, event)

    def key_hints(self) -> list[tuple[str, str]]:
        """The keys of this view's table, for Help ▸ Keyboard shortcuts."""
        native = QKeySequence.SequenceFormat.NativeText
        enter = QKeySequence(Qt.Key.Key_Return).toString(native)
        delete = QKeySequence(Qt.Key.Key_Delete).toString(native)
        return [
            (self.tr("Confirm a pair"), f"{self.confirm_key}, {enter}"),
            (self.tr("Reject a pair"), f"{self.reject_key}, {delete}"),
        ]

    def save_state(self) -> None:
        save_header(self.settings, "pairs/header", self.table.horizontalHeader())


_CONFIRM_KEYS = frozenset({Qt.Key.Key_Y, Qt.Key.Key_Return, Qt.Key.Key_Enter})
_REJECT_KEYS = frozenset({Qt.Key.Key_N, Qt.Key.Key_Delete})


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
    )
