"""IMAP account dialog: server, user, folder, since; the password goes to the keyring.

Without a keyring the password is typed for this run only and said not to be remembered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from linkrevive.gui.i18n import date_edit_format


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """What an IMAP import needs; the password only travels to the keyring."""

    host: str
    port: int | None
    user: str
    folder: str
    since: date | None
    password: str | None
    # Also read the account's sent folder (the user's replies).
    sent: bool = True


# ``(user, host) -> bool``: is a password already in the keyring for this account?
PasswordStored = Callable[[str, str], bool]


class ImapDialog(QDialog):
    """Asks for the IMAP account; remembers everything but the password in QSettings.

    ``password_stored`` is asked (only when OK is pressed with an empty password field)
    whether the keyring already holds the account's password; without it the dialog
    cannot tell, and lets the import ask. With ``keyring_available=False`` (no password
    store on this computer) the password must be typed, and serves this run only.
    """

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        password_stored: PasswordStored | None = None,
        keyring_available: bool = True,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._password_stored = password_stored
        self.keyring_available = keyring_available
        self.setWindowTitle(self.tr("Import from an IMAP account"))
        self.host = QLineEdit(str(settings.value("imap/host", "") or ""))
        self.port = QSpinBox()
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("default"))
        self.port.setValue(int(settings.value("imap/port", 0) or 0))  # type: ignore[call-overload]
        self.user = QLineEdit(str(settings.value("imap/user", "") or ""))
        self.folder = QLineEdit(str(settings.value("imap/folder", "INBOX") or "INBOX"))
        self.sent = QCheckBox(self.tr("Also read the sent folder (your replies)"))
        self.sent.setChecked(str(settings.value("imap/sent", "true")).lower() != "false")
        self.use_since = QCheckBox(self.tr("Only messages since"))
        self.since = QDateEdit(QDate.currentDate().addYears(-5))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(date_edit_format())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if keyring_available:
            self.password.setPlaceholderText(self.tr("leave empty to use the stored password"))
            note = QLabel(
                self.tr("The password is kept in your system's keyring, never in a file.")
            )
        else:
            self.password.setPlaceholderText(self.tr("needed each time (not remembered)"))
            note = QLabel(
                self.tr(
                    "No password store (keyring) is available on this computer: the password "
                    "is used for this import only and will not be remembered."
                )
            )
        self.note = note
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow("", self.sent)
        form.addRow(self.use_since, self.since)
        form.addRow(note)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.since.setEnabled(False)
        self.host.textChanged.connect(self._validate)
        self.user.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        host = self.host.text().strip()
        ok = bool(host and self.user.text().strip()) and not any(c.isspace() for c in host)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.problem.hide()

    def _has_stored_password(self, account: ImapAccount) -> bool:
        if not self.keyring_available:
            return False
        if self._password_stored is None:
            return True  # cannot tell: the import asks when it needs to
        try:
            return self._password_stored(account.user, account.host)
        except Exception:  # an unusable keyring: the typed password is the only way
            return False

    def account(self) -> ImapAccount:
        since = self.since.date().toPython() if self.use_since.isChecked() else None
        return ImapAccount(
            host=self.host.text().strip(),
            port=self.port.value() or None,
            user=self.user.text().strip(),
            folder=self.folder.text().strip() or "INBOX",
            since=since if isinstance(since, date) else None,
            password=self.password.text() or None,
            sent=self.sent.isChecked(),
        )

    def accept(self) -> None:
        account = self.account()
        if account.password is None and not self._has_stored_password(account):
            if self.keyring_available:
                problem = self.tr("No password is stored for {0} yet: type it once.")
            else:
                problem = self.tr(
                    "Type the password of {0}: without a keyring it is not remembered."
                )
            self.problem.setText(problem.format(account.user))
            self.problem.show()
            self.password.setFocus()
            return
        self.settings.setValue("imap/host", account.host)
        self.settings.setValue("imap/port", account.port or 0)
        self.settings.setValue("imap/user", account.user)
        self.settings.setValue("imap/folder", account.folder)
        self.settings.setValue("imap/sent", "true" if account.sent else "false")
        super().accept()
