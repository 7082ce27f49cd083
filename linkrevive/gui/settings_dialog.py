"""Settings: dormancy, cool-down, revisit windows, score weights, own addresses, language."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linkrevive.domain.enums import SignalKind, StallReason
from linkrevive.domain.text import normalize_email
from linkrevive.gui.autostart import Autostart
from linkrevive.gui.i18n import stall_label

UNKNOWN_REASON = "unknown"


def _spin(value: int, maximum: int = 120) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(int(value))
    return spin


class SettingsDialog(QDialog):
    """Edits the revival settings (stored in the database) and the UI language (QSettings)."""

    def _months(self, value: int) -> QSpinBox:
        """A number of months whose unit agrees with it ("1 month", "12 months")."""
        spin = _spin(value)

        def unit(n: int) -> None:
            # The plural form of the language; the spin box shows the number itself.
            text = self.tr("%n month(s)", "", n)
            number = str(n)
            spin.setSuffix(text[len(number) :] if text.startswith(number) else " " + text)

        spin.valueChanged.connect(unit)
        unit(spin.value())
        return spin

    def __init__(
        self,
        revival_settings: Any,
        language: str,
        me: list[str],
        parent: QWidget | None = None,
        *,
        autostart: Autostart | None = None,
        user_name: str = "",
    ) -> None:
        super().__init__(parent)
        # The login entry ("Start LinkRevive at login"); None: the setting is not offered.
        self.autostart = autostart
        self.setWindowTitle(self.tr("Settings"))
        self.original = revival_settings
        self.dormancy = self._months(revival_settings.dormancy_months)
        self.cooldown = self._months(revival_settings.lost_cooldown_months)
        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.me = QLineEdit(", ".join(me))
        self.me.setPlaceholderText(self.tr("you@company.com, you@gmail.com"))
        self.me_problem = QLabel()
        self.me_problem.setWordWrap(True)
        self.me_problem.setStyleSheet("color: palette(highlight); font-weight: bold;")
        self.me_problem.hide()

        # Saved on this computer, not in the database: teammates share the database.
        self.user_name = QLineEdit(user_name)
        self.user_name.setPlaceholderText(
            self.tr("e.g. Ioana (empty: the database is yours alone)")
        )
        self.user_name.setToolTip(
            self.tr(
                "In a database shared by a team, your LinkedIn imports are your own network "
                "and each person shows which teammates are also connected."
            )
        )

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        form.addRow(self.tr("Dormant after"), self.dormancy)
        form.addRow(self.tr("Cool-down of lost leads"), self.cooldown)
        form.addRow(self.tr("My email addresses"), self.me)
        form.addRow(self.me_problem)
        form.addRow(self.tr("Language (applies after restart)"), self.language)
        form.addRow(self.tr("Your name in a shared database"), self.user_name)
        # The morning nudge: started at login in the tray, one notification when news.
        self.start_at_login = QCheckBox(self.tr("Start LinkRevive at login"))
        self.start_at_login.setToolTip(
            self.tr(
                "Opens minimised in the system tray when you log in, and shows one "
                "notification in the morning when there are new leads to revive."
            )
        )
        if autostart is not None and autostart.supported():
            self.start_at_login.setChecked(autostart.enabled())
        else:
            self.start_at_login.setEnabled(False)
            self.start_at_login.setToolTip(
                self.tr("On this system, see the README to start LinkRevive at login.")
            )
        form.addRow(self.start_at_login)

        revisit = QGroupBox(self.tr("Revisit window per stall reason"))
        revisit_form = QFormLayout(revisit)
        self.revisit: dict[str, QSpinBox] = {}
        for reason in [*StallReason, None]:
            key = reason.value if reason else UNKNOWN_REASON
            spin = self._months(revival_settings.revisit_months.get(key, 12))
            self.revisit[key] = spin
            revisit_form.addRow(stall_label(reason) if reason else self.tr("Unknown"), spin)

        weights = QGroupBox(self.tr("Score weights per signal"))
        weights_form = QFormLayout(weights)
        labels = {
            SignalKind.JOB_CHANGE: self.tr("Job change"),
            SignalKind.TITLE_CHANGE: self.tr("Title change"),
            SignalKind.RECONNECTED: self.tr("Reconnected"),
            SignalKind.LINKEDIN_MESSAGE: self.tr("LinkedIn message"),
            SignalKind.LINKEDIN_INVITATION: self.tr("LinkedIn invitation"),
            SignalKind.EMAIL_INBOUND: self.tr("Incoming email"),
            SignalKind.MANUAL: self.tr("Manual signal"),
        }
        self.weights: dict[str, QSpinBox] = {}
        for kind, label in labels.items():
            spin = _spin(revival_settings.signal_weights.get(kind.value, 0), maximum=100)
            self.weights[kind.value] = spin
            weights_form.addRow(label, spin)
        # Learned weights: Today adjusts these by the user's own outcomes (the window sets
        # the box from the database and stores it; unticked, Today uses the weights above).
        self.learn = QCheckBox(self.tr("Adjust them by my results (what led to answers)"))
        self.learn.setChecked(True)
        self.learn.setToolTip(
            self.tr(
                "Today raises the weight of the signals that led to answers for you and "
                "lowers the others, a little at a time and within bounds. Untick to use the "
                "weights above as they are."
            )
        )
        weights_form.addRow(self.learn)

        body = QWidget()
        columns = QHBoxLayout(body)
        left = QVBoxLayout()
        left.addWidget(general)
        left.addWidget(weights)
        left.addStretch(1)
        columns.addLayout(left)
        columns.addWidget(revisit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)
        self.me.textChanged.connect(self._validate)
        self._validate()
        self.resize(820, 560)

    def accept(self) -> None:
        """Apply "Start at login" (write or remove the login entry), then close."""
        wanted = self.start_at_login.isChecked()
        entry = self.autostart
        if entry is not None and self.start_at_login.isEnabled() and wanted != entry.enabled():
            try:
                entry.set_enabled(wanted, self.tr("Leads to revive this morning"))
            except OSError as exc:
                self.me_problem.setText(
                    self.tr("Could not change the login entry: {0}").format(exc.strerror or exc)
                )
                self.me_problem.show()
                return
        super().accept()

    def _validate(self) -> None:
        wrong = [a for a in self._typed_addresses() if normalize_email(a) is None]
        self.me_problem.setText(
            self.tr("Not an email address: {0}").format(", ".join(wrong)) if wrong else ""
        )
        self.me_problem.setVisible(bool(wrong))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not wrong)

    def _typed_addresses(self) -> list[str]:
        return [a.strip() for a in self.me.text().replace(";", ",").split(",") if a.strip()]

    def revival_settings(self) -> Any:
        return replace(
            self.original,
            dormancy_months=self.dormancy.value(),
            lost_cooldown_months=self.cooldown.value(),
            revisit_months={
                **self.original.revisit_months,
                **{k: s.value() for k, s in self.revisit.items()},
            },
            signal_weights={
                **self.original.signal_weights,
                **{k: s.value() for k, s in self.weights.items()},
            },
        )

    def chosen_user_name(self) -> str:
        """The name typed for shared databases ("" for none)."""
        return self.user_name.text().strip()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def my_addresses(self) -> list[str]:
        """The user's own addresses, normalised, without repeats (invalid ones left out)."""
        found = (normalize_email(a) for a in self._typed_addresses())
        return list(dict.fromkeys(a for a in found if a is not None))
