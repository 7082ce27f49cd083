"""Detail pane of the selected person: identity, stage editors, timeline, history, notes."""

from __future__ import annotations

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
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import Channel, Direction, Stage, StallReason
from linkrevive.domain.phrases import signal_detail
from linkrevive.gui.backend import Backend, Detail
from linkrevive.gui.i18n import (
    error_text,
    format_date,
    language,
    position_line,
    stage_label,
    stall_label,
)

NOTES_DEBOUNCE_MS = 600


class LogExchangeDialog(QDialog):
    """Asks when, which way, by which channel and about what an exchange happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log an exchange"))
        form = QFormLayout(self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
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
        layout.addWidget(self.emails)
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
        layout.addWidget(QLabel("<b>" + self.tr("Position history") + "</b>"))
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
        self.name.setText(person.name or ", ".join(person.emails))
        where = " · ".join(x for x in (person.position, person.company, person.country) if x)
        self.company.setText(where)
        self.emails.setText("\n".join(person.emails))
        url = person.linkedin_url or (detail.profile.url if detail.profile else None)
        self._linkedin_url = url
        self.linkedin.setEnabled(bool(url))
        self.linkedin.setToolTip(url or self.tr("Not paired with a LinkedIn connection"))
        self.stage.setCurrentIndex(max(self.stage.findData(person.stage), 0))
        self.stall.setCurrentIndex(max(self.stall.findData(person.stall_reason), 0))
        self.notes.setPlainText(person.notes)
        self._loading = False

        events: list[tuple[datetime, str]] = []
        for exchange in detail.exchanges:
            arrow = "→" if exchange.direction == Direction.OUT else "←"
            channel = self.channel_label(exchange.channel)
            text = f"{arrow} {channel}  {exchange.subject}".rstrip()
            events.append((exchange.occurred_at, text))
        for signal in detail.signals:
            text = "★ " + signal_detail(signal.kind, signal.params, language())
            events.append((signal.occurred_at, text))
        events.sort(key=lambda e: e[0].replace(tzinfo=None), reverse=True)
        self.timeline.clear()
        for when, text in events:
            self.timeline.addItem(f"{format_date(when)}  {text}")
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
