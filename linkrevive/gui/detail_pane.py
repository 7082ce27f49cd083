"""Detail pane of the selected person: identity, stage editors, timeline, history, notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import Channel, Direction, LeadState, Stage, StallReason
from linkrevive.domain.models import Person, Profile, Tie
from linkrevive.domain.morning import sign_key
from linkrevive.domain.phrases import signal_detail
from linkrevive.exporters import profile_link
from linkrevive.gui.backend import Backend
from linkrevive.gui.backend_rows import Detail
from linkrevive.gui.i18n import (
    date_edit_format,
    error_text,
    format_date,
    language,
    position_dates_tip,
    position_line,
    stage_label,
    stall_label,
)
from linkrevive.gui.lead_actions import LeadActions, LeadTarget
from linkrevive.gui.pictographs import shown

NOTES_DEBOUNCE_MS = 600

# On a timeline item: the sign is new since the user's last look at Today.
NEW_SIGN_ROLE = Qt.ItemDataRole.UserRole + 10


class LogExchangeDialog(QDialog):
    """Asks when, which way, by which channel and about what an exchange happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an exchange"))
        form = QFormLayout(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_edit_format() + " HH:mm")
        self.direction = QComboBox()
        self.direction.addItem(self.tr("I wrote / called"), Direction.OUT)
        self.direction.addItem(self.tr("They wrote / called"), Direction.IN)
        self.channel = QComboBox()
        for channel, label in (
            (Channel.EMAIL, self.tr("Email")),
            (Channel.LINKEDIN, self.tr("LinkedIn")),
            (Channel.CALL, self.tr("Call")),
            (Channel.MEETING, self.tr("Meeting")),
            (Channel.VISIT, self.tr("Visit")),
        ):
            self.channel.addItem(label, channel)
        self.subject = QLineEdit()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Subject"), self.subject)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[datetime, Direction, Channel, str]:
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        return (
            when.astimezone(UTC),
            self.direction.currentData(),
            self.channel.currentData(),
            self.subject.text().strip(),
        )


class DetailPane(QWidget):
    """Shows and edits one person; emits ``person_changed`` after every saved edit."""

    person_changed = Signal(int)
    error_raised = Signal(str)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.person_id: int | None = None
        self._loading = False
        self._linkedin_url: str | None = None
        self._person: Person | None = None
        self._lead_actions: LeadActions | None = None

        self.name = QLabel()
        self.name.setObjectName("detailName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.company = QLabel()
        self.company.setWordWrap(True)
        self.emails = QLabel()
        self.emails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.emails.setWordWrap(True)
        # Teammates connected to the person, and the warmest path when the user is not.
        self.also = QLabel()
        self.also.setObjectName("alsoConnected")
        self.also.setWordWrap(True)
        self.also.setVisible(False)
        self.linkedin = QPushButton(self.tr("Open LinkedIn profile"))
        self.linkedin.clicked.connect(self.open_linkedin)

        self.stage = QComboBox()
        self.stage.addItem(self.tr("(unknown)"), None)
        for stage in Stage:
            self.stage.addItem(stage_label(stage), stage)
        self.stall = QComboBox()
        self.stall.addItem(self.tr("(unknown)"), None)
        for reason in StallReason:
            self.stall.addItem(stall_label(reason), reason)
        self.stage.currentIndexChanged.connect(self._stage_edited)
        self.stall.currentIndexChanged.connect(self._stage_edited)

        self.timeline = QListWidget()
        self.timeline.setMinimumHeight(140)
        self.timeline.setWordWrap(True)
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes (saved as you type)"))
        self.notes.setMaximumHeight(120)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DEBOUNCE_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_edited)

        self.log_button = QPushButton(self.tr("Log an exchange…"))
        self.log_button.clicked.connect(self.log_exchange)
        self.signal_button = QPushButton(self.tr("Add a signal…"))
        self.signal_button.clicked.connect(self.add_signal)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.name)
        layout.addWidget(self.company)
        layout.addWidget(self._state_row())
        layout.addWidget(self.emails)
        layout.addWidget(self.also)
        layout.addWidget(self.linkedin)
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Stall reason"), self.stall)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Timeline") + "</b>"))
        layout.addWidget(self.timeline, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.log_button)
        actions.addWidget(self.signal_button)
        layout.addLayout(actions)
        history_title = QLabel("<b>" + self.tr("Position history") + "</b>")
        for label in (history_title, self.history):
            label.setToolTip(position_dates_tip())
        layout.addWidget(history_title)
        layout.addWidget(self.history)
        layout.addWidget(QLabel("<b>" + self.tr("Notes") + "</b>"))
        layout.addWidget(self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._body = body
        self.show_person(None)

    # -- showing ---------------------------------------------------------------------------

    def show_person(self, person_id: int | None) -> None:
        """Load and show ``person_id`` (None: the empty state)."""
        self.flush_notes()
        self.person_id = person_id
        self._person = None
        self.state_row.setVisible(False)
        self._show_also((), connected=True)
        self._set_editable(True)
        if person_id is None:
            self._body.setEnabled(False)
            self.name.setText(self.tr("Select a person"))
            for label in (self.company, self.emails, self.history):
                label.clear()
            self.timeline.clear()
            self._loading = True
            self.notes.clear()
            self._loading = False
            self.linkedin.setEnabled(False)
            return
        try:
            detail = self.backend.detail(person_id)
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        if detail is None:  # forgotten or deleted meanwhile
            self.show_person(None)
            return
        self._body.setEnabled(True)
        self._fill(detail)

    def _fill(self, detail: Detail) -> None:
        person = detail.person
        self._loading = True
        self.name.setText(shown(person.name) or ", ".join(person.emails))
        where = " · ".join(x for x in (person.position, person.company, person.country) if x)
        self.company.setText(where)
        self._show_state(person)
        self.emails.setText("\n".join(person.emails))
        url = person.linkedin_url or (detail.profile.url if detail.profile else None)
        tip = url
        if url and not url.startswith("http"):  # a connection known by name only
            profile = detail.profile
            name, company = (profile.name, profile.company) if profile else (person.name, "")
            url = profile_link(url, name, company)
            tip = self.tr("Search LinkedIn for {0}").format(name)
        self._linkedin_url = url
        self.linkedin.setEnabled(bool(url))
        self.linkedin.setToolTip(tip or self.tr("Not paired with a LinkedIn connection"))
        self._show_also(detail.also_connected, connected=detail.connected)
        self.stage.setCurrentIndex(max(self.stage.findData(person.stage), 0))
        self.stall.setCurrentIndex(max(self.stall.findData(person.stall_reason), 0))
        self.notes.setPlainText(person.notes)
        self._loading = False

        events: list[tuple[datetime, str, bool]] = []
        for exchange in detail.exchanges:
            arrow = "→" if exchange.direction == Direction.OUT else "←"
            channel = self.channel_label(exchange.channel)
            text = f"{arrow} {channel}  {exchange.subject}".rstrip()
            events.append((exchange.occurred_at, text, False))
        # Signs new since the user's last look at Today (known once Today has loaded).
        new_signs = getattr(self.backend, "new_signs", None)
        fresh = new_signs(person.id) if new_signs is not None and person.id else frozenset()
        for signal in detail.signals:
            text = "★ " + signal_detail(signal.kind, signal.params, language())
            kind = getattr(signal.kind, "value", str(signal.kind))
            is_new = sign_key(kind, signal.occurred_at) in fresh
            if is_new:
                text += "  — " + self.tr("new since your last look")
            events.append((signal.occurred_at, text, is_new))
        events.sort(key=lambda e: e[0].replace(tzinfo=None), reverse=True)
        self.timeline.clear()
        for when, text, is_new in events:
            item = QListWidgetItem(f"{format_date(when)}  {text}")
            if is_new:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setData(NEW_SIGN_ROLE, True)
            self.timeline.addItem(item)
        if detail.profile and detail.profile.history:
            lines = [
                position_line(span.first_seen, span.last_seen, span.position, span.company)
                for span in sorted(detail.profile.history, key=lambda s: s.first_seen, reverse=True)
            ]
            self.history.setText("\n".join(lines))
        elif detail.profile:
            self.history.setText(f"{detail.profile.position} · {detail.profile.company}")
        else:
            self.history.setText(self.tr("No LinkedIn connection paired yet."))

    def show_profile(self, profile: Profile) -> None:
        """Show a LinkedIn profile paired with no person: its own details, nothing to edit
        (stage, notes and exchanges belong to a person)."""
        self.show_person(None)
        self._body.setEnabled(True)
        self._set_editable(False)
        self.name.setText(shown(profile.name) or profile.url)
        self.company.setText(" · ".join(x for x in (profile.position, profile.company) if x))
        connected = (
            self.tr("Connected on {0}").format(format_date(profile.connected_on))
            if profile.connected_on
            else ""
        )
        # A connection known by name only has no URL to show (its key is the store's own).
        url = profile.url if profile.url.startswith("http") else ""
        self.emails.setText("\n".join(x for x in (connected, url) if x))
        self._linkedin_url = profile_link(profile.url, profile.name, profile.company)
        self.linkedin.setToolTip(url or self.tr("Search LinkedIn for {0}").format(profile.name))
        self.linkedin.setEnabled(True)
        try:
            ties, mine = self.backend.circle(profile.url)
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            ties, mine = (), True
        self._show_also(ties, connected=mine)
        spans = sorted(profile.history, key=lambda s: s.first_seen, reverse=True)
        lines = [position_line(s.first_seen, s.last_seen, s.position, s.company) for s in spans]
        lines.append(self.tr("Not paired with any of your contacts yet."))
        self.history.setText("\n".join(lines))

    def also_connected_text(self, ties: Sequence[Tie], *, connected: bool) -> str:
        """ "Also connected: Ioana (since 2019)", and when the user is not connected
        themselves, whom to ask for an introduction (the earliest connection)."""
        if not ties:
            return ""
        names = [
            self.tr("{0} (since {1})").format(self._teammate(t), t.connected_on.year)
            if t.connected_on
            else self._teammate(t)
            for t in ties
        ]
        text = self.tr("Also connected: {0}").format(", ".join(names))
        if not connected:
            text += "\n" + self.tr("Ask {0} to introduce you").format(self._teammate(ties[0]))
        return text

    def _teammate(self, tie: Tie) -> str:
        return tie.name or self.tr("a teammate")

    def _show_also(self, ties: Sequence[Tie], *, connected: bool) -> None:
        text = self.also_connected_text(ties, connected=connected)
        self.also.setText(text)
        self.also.setVisible(bool(text))

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.stage,
            self.stall,
            self.timeline,
            self.log_button,
            self.signal_button,
            self.notes,
        ):
            widget.setEnabled(editable)

    # -- the lead's state and its way back ----------------------------------------------------

    def _state_row(self) -> QWidget:
        """The lead's state and a button back ("Snoozed until 3 March 2026 — Wake now")."""
        self.state_label = QLabel()
        self.state_label.setObjectName("leadState")
        self.state_label.setWordWrap(True)
        self.state_button = QPushButton()
        self.state_button.clicked.connect(self.reactivate)
        self.state_row = QWidget()
        row = QHBoxLayout(self.state_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state_label, 1)
        row.addWidget(self.state_button)
        self.state_row.setVisible(False)
        return self.state_row

    def state_texts(self, person: Person) -> tuple[str, str] | None:
        """What the pane says of the lead's state and what its button says (None: active)."""
        state, until = person.lead_state, person.state_until
        if state is LeadState.SNOOZED:
            if until is None:
                return self.tr("Snoozed"), self.tr("Wake now")
            return self.tr("Snoozed until {0}").format(format_date(until)), self.tr("Wake now")
        if state is LeadState.DISMISSED:
            return self.tr("Dismissed"), self.tr("Restore")
        if state is LeadState.REVIVED:
            if until is None:
                return self.tr("Marked revived"), self.tr("Undo")
            return self.tr("Marked revived on {0}").format(format_date(until)), self.tr("Undo")
        if state is LeadState.DO_NOT_CONTACT:
            return self.tr("Do not contact"), self.tr("Restore")
        return None

    def _show_state(self, person: Person) -> None:
        self._person = person
        texts = self.state_texts(person)
        self.state_row.setVisible(texts is not None)
        if texts is None:
            return
        self.state_label.setText(texts[0] + " —")
        self.state_button.setText(texts[1])
        self.state_button.setToolTip(self.tr("Make this lead active again (undoable)"))

    def lead_target(self) -> LeadTarget | None:
        """The person shown, as the lead actions' target."""
        person = self._person
        if person is None:
            return None
        return LeadTarget(person.id, person.name or ", ".join(person.emails), person.lead_state)

    @property
    def lead_actions(self) -> LeadActions:
        """The window's lead actions; alone (single-widget tests), this pane's own."""
        if self._lead_actions is None:
            actions = LeadActions(self.backend, self)
            actions.target = self.lead_target
            actions.error_raised.connect(self.error_raised)
            self.use_lead_actions(actions)
        assert self._lead_actions is not None
        return self._lead_actions

    def use_lead_actions(self, actions: LeadActions) -> None:
        self._lead_actions = actions
        actions.lead_changed.connect(self._lead_changed)

    def reactivate(self) -> None:
        """The way back: the lead is active again (undoing the action that set its state
        when it is the last one; else a reactivation, itself undoable)."""
        target = self.lead_target()
        if target is not None:
            self.lead_actions.undo_or_reactivate(target)

    def _lead_changed(self, person_id: int, _state: str) -> None:
        if person_id == self.person_id:
            self.show_person(person_id)

    def channel_label(self, channel: Channel | str) -> str:
        labels = {
            Channel.EMAIL: self.tr("Email"),
            Channel.LINKEDIN: self.tr("LinkedIn"),
            Channel.CALL: self.tr("Call"),
            Channel.MEETING: self.tr("Meeting"),
            Channel.VISIT: self.tr("Visit"),
            Channel.NOTE: self.tr("Note"),
            Channel.ENDORSEMENT: self.tr("Endorsement"),
            Channel.RECOMMENDATION: self.tr("Recommendation"),
        }
        try:
            return labels[Channel(channel)]
        except ValueError:
            return str(channel)

    # -- editing ---------------------------------------------------------------------------

    def open_linkedin(self) -> None:
        if self._linkedin_url:
            QDesktopServices.openUrl(QUrl(self._linkedin_url))

    def _stage_edited(self) -> None:
        if self._loading or self.person_id is None:
            return
        try:
            self.backend.set_stage(
                [self.person_id], self.stage.currentData(), self.stall.currentData()
            )
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self.person_changed.emit(self.person_id)

    def _notes_edited(self) -> None:
        if not self._loading and self.person_id is not None:
            self._notes_timer.start()

    def save_notes(self) -> None:
        if self.person_id is None:
            return
        try:
            self.backend.set_notes(self.person_id, self.notes.toPlainText())
        except Exception as exc:
            self.error_raised.emit(error_text(exc))

    def flush_notes(self) -> None:
        """Save pending notes now (before switching person or closing)."""
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self.save_notes()

    def log_exchange(self) -> None:
        if self.person_id is None:
            return
        dialog = LogExchangeDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        when, direction, channel, subject = dialog.values()
        try:
            self.backend.log_exchange(self.person_id, when, direction, channel, subject)
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self.person_changed.emit(self.person_id)
        self.show_person(self.person_id)

    def add_signal(self) -> None:
        if self.person_id is None:
            return
        note, ok = QInputDialog.getText(
            self,
            self.tr("Add a signal"),
            self.tr("What happened (e.g. viewed my profile, posted about a new project)?"),
        )
        if not ok or not note.strip():
            return
        try:
            self.backend.add_signal(self.person_id, note.strip(), datetime.now(UTC))
        except Exception as exc:
            self.error_raised.emit(error_text(exc))
            return
        self.person_changed.emit(self.person_id)
        self.show_person(self.person_id)
