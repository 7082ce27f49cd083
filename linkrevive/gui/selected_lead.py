"""What Today shows of its selected lead: the "Why now" box (its reasons, its opener in
French or English, the buttons that copy the opener or act on the lead, wired by the Today
view), its row grown to its first reason's lines, and a stranger's profile for the pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import ProfileStatus
from linkrevive.domain.models import Profile
from linkrevive.gui.backend_rows import TodayRow
from linkrevive.gui.i18n import language
from linkrevive.gui.lead_actions import LeadActions
from linkrevive.gui.today_table_model import WHY_COLUMN
from linkrevive.gui.why_now_delegate import wrapped_height

# Height of a row of the candidate tables (the selected one grows to its reason's lines).
ROW_HEIGHT = 26


class WhyNowBox(QGroupBox):
    """The selected candidate: reasons, opener, actions. The reasons are a word-wrapped
    label in a plain layout, which grows it to all its lines (no scroll bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Why now"))
        # The list holds no lead: with none selected, the box says what brings some.
        self.list_empty = False
        # The children are made parentless and adopted by the layouts below, in this order:
        # the order of the focus chain (Tab) through the box.
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.opener_lang = QComboBox()
        self.opener_lang.addItem(self.tr("French"), "fr")
        self.opener_lang.addItem(self.tr("English"), "en")
        self.opener_lang.setCurrentIndex(0 if language() == "fr" else 1)
        self.opener = QPlainTextEdit()
        self.opener.setReadOnly(True)
        self.opener.setFixedHeight(self.opener.fontMetrics().lineSpacing() * 4 + 12)
        self.copy_button = QPushButton(self.tr("Copy opener"))
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.revived_button = QPushButton(self.tr("Mark revived"))
        self.dnc_button = QPushButton(self.tr("Do not contact…"))  # it asks first

        columns = QHBoxLayout(self)
        columns.addWidget(self.reasons, 1)
        box = QVBoxLayout()
        columns.addLayout(box, 1)
        opener_row = QHBoxLayout()
        opener_row.addWidget(QLabel(self.tr("Suggested opener")))
        opener_row.addStretch(1)
        opener_row.addWidget(self.opener_lang)
        opener_row.addWidget(self.copy_button)
        box.addLayout(opener_row)
        box.addWidget(self.opener)
        actions = QHBoxLayout()
        for button in self.lead_buttons():
            actions.addWidget(button)
        actions.addStretch(1)
        box.addLayout(actions)

    def lead_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons of the lead actions, in their row's order."""
        return (self.snooze_button, self.dismiss_button, self.revived_button, self.dnc_button)

    def show_tooltips(self, actions: LeadActions) -> None:
        """Each button's tooltip is its action's (which names the shortcut)."""
        for button, action in (
            (self.copy_button, actions.copy_opener_action),
            (self.snooze_button, actions.snooze_action),
            (self.dismiss_button, actions.dismiss_action),
            (self.revived_button, actions.revived_action),
            (self.dnc_button, actions.do_not_contact_action),
        ):
            button.setToolTip(action.toolTip())

    def show_row(self, row: TodayRow | None) -> None:
        """Show ``row``'s reasons and opener, or what to do when no lead is selected."""
        enabled = row is not None
        for widget in (self.copy_button, self.opener_lang):
            widget.setEnabled(enabled)
        # Lead actions need a person: a stranger's invitation has none yet.
        person = row is not None and row.person_id > 0
        for button in self.lead_buttons():
            button.setEnabled(person)
        if row is None:
            self.reasons.setText(
                self.tr(
                    "New mail, a newer LinkedIn export or a revisit coming due will bring "
                    "leads here: import them as they come."
                )
                if self.list_empty
                else self.tr("Select a lead to see why now is a good time.")
            )
            self.opener.clear()
            return
        self.reasons.setText("\n".join("• " + r for r in row.reasons))
        self.show_opener(row)

    def show_opener(self, row: TodayRow | None) -> None:
        """``row``'s opener in the chosen language (English when it has none in that one)."""
        if row is None:
            return
        lang = self.opener_lang.currentData()
        self.opener.setPlainText(row.opener.get(lang) or row.opener.get("en", ""))


def fit_selected_row(table: QTableView) -> None:
    """The selected lead's row as tall as its first reason needs; the others compact."""
    header = table.verticalHeader()
    rows = table.selectionModel().selectedRows()
    selected = rows[0].row() if rows else -1
    for r in range(table.model().rowCount()):
        if r != selected and header.sectionSize(r) != ROW_HEIGHT:
            header.resizeSection(r, ROW_HEIGHT)
    if selected < 0:
        return
    index = table.model().index(selected, WHY_COLUMN)
    text = str(index.data() or "")
    width = table.visualRect(index).width()  # the cell, without the grid line
    needed = wrapped_height(table.font(), width, text) + 6
    header.resizeSection(selected, max(ROW_HEIGHT, needed))


def stranger_profile(row: TodayRow) -> Profile:
    """What the list knows of a stranger's LinkedIn profile (a network row with no person):
    its id is the row's negated one; the pane shows the name, company and URL."""
    return Profile(
        id=-row.person_id,
        url=row.linkedin_url or "",
        first_name=row.name,
        last_name="",
        email=None,
        company=row.company,
        position="",
        connected_on=None,
        status=ProfileStatus.INVITATION,
    )
