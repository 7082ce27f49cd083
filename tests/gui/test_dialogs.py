"""The IMAP, Export, Settings and Snooze dialogs: what they read, validate, store and return."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from linkrevive.domain.enums import LeadState, SignalKind, StallReason
from linkrevive.gui import export_dialog as export_module
from linkrevive.gui import today_view as today_module
from linkrevive.gui.backend import Backend
from linkrevive.gui.export_dialog import REACTIVATION, TO_CONNECT, ExportDialog
from linkrevive.gui.imap_dialog import ImapAccount, ImapDialog
from linkrevive.gui.settings_dialog import UNKNOWN_REASON, SettingsDialog
from linkrevive.gui.task_runner import TaskRunner
from linkrevive.gui.today_view import SnoozeDialog, TodayView
from linkrevive.revival.settings import RevivalSettings
from tests.gui.conftest import AS_OF

pytestmark = pytest.mark.gui


def ok_button(dialog: Any) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def click_ok(qtbot: Any, dialog: QDialog) -> None:
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)


# -- IMAP ------------------------------------------------------------------------------------


class FakeKeyring:
    """The dialog's password callback: records what it was asked, answers from a set."""

    def __init__(self, stored: set[tuple[str, str]] | None = None, broken: bool = False) -> None:
        self.stored = stored or set()
        self.broken = broken
        self.asked: list[tuple[str, str]] = []

    def __call__(self, user: str, host: str) -> bool:
        self.asked.append((user, host))
        if self.broken:
            raise RuntimeError("no keyring backend")
        return (user, host) in self.stored


def imap_dialog(qtbot: Any, settings: QSettings, keyring: FakeKeyring | None) -> ImapDialog:
    dialog = ImapDialog(settings, password_stored=keyring)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_imap_dialog_needs_server_and_user(qtbot: Any, settings: QSettings) -> None:
    keyring = FakeKeyring()
    dialog = imap_dialog(qtbot, settings, keyring)
    assert dialog.folder.text() == "INBOX" and dialog.port.value() == 0
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.host, "imap.example.org")
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.user, "claire@example.org")
    assert ok_button(dialog).isEnabled()
    dialog.host.setText("imap example.org")  # a space: not a server name
    assert not ok_button(dialog).isEnabled()
    assert keyring.asked == []  # never while typing, never while being built


def test_imap_dialog_returns_the_account_and_remembers_all_but_the_password(
    qtbot: Any, settings: QSettings
) -> None:
    dialog = imap_dialog(qtbot, settings, FakeKeyring())
    dialog.host.setText("  imap.example.org ")
    dialog.port.setValue(993)
    dialog.user.setText("claire@example.org")
    dialog.password.setText("s3cret")
    dialog.folder.setText("")
    assert not dialog.since.isEnabled()
    dialog.use_since.setChecked(True)
    assert dialog.since.isEnabled()
    dialog.since.setDate(QDate(2021, 6, 1))
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.account() == ImapAccount(
        host="imap.example.org",
        port=993,
        user="claire@example.org",
        folder="INBOX",
        since=date(2021, 6, 1),
        password="s3cret",
    )
    assert settings.value("imap/host") == "imap.example.org"
    assert int(settings.value("imap/port")) == 993  # type: ignore[call-overload]
    assert settings.value("imap/user") == "claire@example.org"
    assert "s3cret" not in {str(settings.value(k)) for k in settings.allKeys()}
    again = imap_dialog(qtbot, settings, FakeKeyring())
    assert (again.host.text(), again.port.value(), again.user.text()) == (
        "imap.example.org",
        993,
        "claire@example.org",
    )
    assert again.password.text() == "" and again.account().since is None
    # The sent folder is read too unless the box is unticked, which is remembered.
    assert again.sent.isChecked() and again.account().sent
    again.password.setText("s3cret")
    qtbot.mouseClick(again.sent, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(again.accepted):
        click_ok(qtbot, again)
    assert not again.account().sent
    assert not imap_dialog(qtbot, settings, FakeKeyring()).sent.isChecked()


def test_imap_dialog_asks_for_a_password_the_keyring_lacks(qtbot: Any, settings: QSettings) -> None:
    keyring = FakeKeyring()
    dialog = imap_dialog(qtbot, settings, keyring)
    dialog.host.setText("imap.example.org")
    dialog.user.setText("claire@example.org")
    click_ok(qtbot, dialog)
    assert keyring.asked == [("claire@example.org", "imap.example.org")]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.problem.isVisible() and "claire@example.org" in dialog.problem.text()
    assert settings.value("imap/host") is None  # nothing saved on a refused OK
    dialog.user.setText("claire@example.org ")  # editing clears the message
    assert not dialog.problem.isVisible()
    qtbot.keyClicks(dialog.password, "typed-once")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.account().password == "typed-once"


def test_imap_dialog_uses_the_stored_password(qtbot: Any, settings: QSettings) -> None:
    keyring = FakeKeyring({("claire@example.org", "imap.example.org")})
    dialog = imap_dialog(qtbot, settings, keyring)
    dialog.host.setText("imap.example.org")
    dialog.user.setText("claire@example.org")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.account().password is None  # the import takes it from the keyring


def test_imap_dialog_with_a_broken_keyring_wants_the_password_typed(
    qtbot: Any, settings: QSettings
) -> None:
    dialog = imap_dialog(qtbot, settings, FakeKeyring(broken=True))
    dialog.host.setText("imap.example.org")
    dialog.user.setText("claire@example.org")
    click_ok(qtbot, dialog)
    assert dialog.problem.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


# -- Export ----------------------------------------------------------------------------------


def export_dialog(qtbot: Any, settings: QSettings) -> ExportDialog:
    dialog = ExportDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_dialog_choices_and_what_they_enable(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, settings)
    assert dialog.what.currentData() == REACTIVATION and dialog.fmt.currentData() == "xlsx"
    assert not dialog.delimiter.isEnabled()  # no delimiter in a workbook
    assert not ok_button(dialog).isEnabled()  # no file yet
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("csv"))
    assert dialog.delimiter.isEnabled() and dialog.delimiter.currentData() == ";"
    dialog.what.setCurrentIndex(dialog.what.findData(TO_CONNECT))
    assert not dialog.fmt.isEnabled() and not dialog.delimiter.isEnabled()
    dialog.path.setText(str(tmp_path / "to-connect"))
    assert ok_button(dialog).isEnabled()
    choice = dialog.choice()
    assert (choice.what, choice.fmt, choice.delimiter) == (TO_CONNECT, "csv", ",")
    assert choice.path == tmp_path / "to-connect.csv"


@pytest.mark.parametrize(
    ("typed", "fmt", "expected"),
    [
        ("leads", "xlsx", "leads.xlsx"),
        ("leads.csv", "xlsx", "leads.xlsx"),  # the suffix follows the format
        ("leads.xlsx", "csv", "leads.csv"),
        ("leads.2025", "csv", "leads.2025"),  # a suffix that is not a format is kept
    ],
)
def test_export_dialog_file_suffix_follows_the_format(
    qtbot: Any, settings: QSettings, tmp_path: Path, typed: str, fmt: str, expected: str
) -> None:
    dialog = export_dialog(qtbot, settings)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData(fmt))
    dialog.path.setText(str(tmp_path / typed))
    choice = dialog.choice()
    assert choice.path == tmp_path / expected and choice.fmt == fmt


def test_export_dialog_remembers_its_choices(
    qtbot: Any, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = export_dialog(qtbot, settings)
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("csv"))
    dialog.delimiter.setCurrentIndex(dialog.delimiter.findData("\t"))
    picked = str(tmp_path / "picked.csv")
    asked: list[tuple[Any, ...]] = []
    monkeypatch.setattr(
        export_module.QFileDialog,
        "getSaveFileName",
        lambda *args: (asked.append(args), (picked, "*.csv"))[1],
    )
    dialog.browse()
    assert dialog.path.text() == picked and asked[-1][-1] == "*.csv"
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)
    choice = dialog.choice()
    assert (choice.what, choice.fmt, choice.delimiter) == (REACTIVATION, "csv", "\t")
    again = export_dialog(qtbot, settings)
    assert again.path.text() == picked
    assert again.fmt.currentData() == "csv" and again.delimiter.currentData() == "\t"


# -- Settings --------------------------------------------------------------------------------


def settings_dialog(qtbot: Any, current: RevivalSettings, me: list[str]) -> SettingsDialog:
    dialog = SettingsDialog(current, "en", me)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settings_dialog_shows_and_returns_the_revival_settings(qtbot: Any) -> None:
    current = RevivalSettings()
    dialog = settings_dialog(qtbot, current, ["claire@example.org"])
    assert dialog.dormancy.value() == current.dormancy_months
    assert dialog.cooldown.value() == current.lost_cooldown_months
    assert dialog.me.text() == "claire@example.org"
    assert dialog.chosen_language() == "en"
    assert dialog.revival_settings() == current  # nothing edited, nothing changed
    dialog.dormancy.setValue(18)
    dialog.cooldown.setValue(9)
    dialog.revisit[StallReason.NO_TIME.value].setValue(4)
    dialog.revisit[UNKNOWN_REASON].setValue(30)
    dialog.weights[SignalKind.JOB_CHANGE.value].setValue(77)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    edited = dialog.revival_settings()
    assert edited == replace(
        current,
        dormancy_months=18,
        lost_cooldown_months=9,
        revisit_months={
            **current.revisit_months,
            **{k: s.value() for k, s in dialog.revisit.items()},
        },
        signal_weights={
            **current.signal_weights,
            **{k: s.value() for k, s in dialog.weights.items()},
        },
    )
    assert edited.revisit_months[StallReason.NO_TIME.value] == 4
    assert edited.revisit_months[UNKNOWN_REASON] == 30
    assert edited.signal_weights[SignalKind.JOB_CHANGE.value] == 77
    assert dialog.chosen_language() == "fr"
    assert current.dormancy_months != 18  # the original is left alone


def test_settings_dialog_checks_my_addresses(qtbot: Any) -> None:
    dialog = settings_dialog(qtbot, RevivalSettings(), [])
    assert ok_button(dialog).isEnabled() and dialog.my_addresses() == []
    dialog.me.setText(" Claire@Example.org ; claire@gmail.com, claire@example.org,")
    assert ok_button(dialog).isEnabled() and not dialog.me_problem.isVisible()
    assert dialog.my_addresses() == ["claire@example.org", "claire@gmail.com"]
    dialog.me.setText("claire@example.org, claire at gmail")
    assert not ok_button(dialog).isEnabled()
    assert dialog.me_problem.isVisible() and "claire at gmail" in dialog.me_problem.text()
    dialog.me.setText("claire@example.org")
    with qtbot.waitSignal(dialog.accepted):
        click_ok(qtbot, dialog)


def test_settings_saved_from_the_window_reach_the_database(
    qtbot: Any,
    demo_backend: Backend,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    runner: TaskRunner,
) -> None:
    from linkrevive.gui import main_window
    from linkrevive.gui.main_window import MainWindow

    def edit(dialog: SettingsDialog) -> int:
        dialog.dormancy.setValue(30)
        dialog.me.setText("claire.moreau@nearshore-demo.example, claire@gmail.com")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(main_window.SettingsDialog, "exec", edit)
    window = MainWindow(demo_backend, settings, runner, as_of=AS_OF)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.today.loaded, timeout=30000):
        window.settings_dialog()  # Today is read again under the new settings
    assert demo_backend.get_settings().dormancy_months == 30
    assert "claire@gmail.com" in demo_backend.get_me()


# -- Snooze ----------------------------------------------------------------------------------


def test_snooze_dialog_defaults_to_a_month_and_refuses_the_past(qtbot: Any) -> None:
    dialog = SnoozeDialog(today=AS_OF)
    qtbot.addWidget(dialog)
    assert dialog.value() == AS_OF + timedelta(days=30)
    dialog.until.setDate(QDate(2020, 1, 1))  # clamped to the earliest allowed day
    assert dialog.value() == AS_OF + timedelta(days=1)
    dialog.until.setDate(QDate(2025, 9, 1))
    assert dialog.value() == date(2025, 9, 1)


def test_snoozing_from_today_hides_the_lead_until_the_chosen_day(
    qtbot: Any, demo_backend: Backend, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    view.table.selectRow(0)
    lead = view.current_row()
    assert lead is not None
    chosen = date(2025, 6, 15)

    def pick(dialog: SnoozeDialog) -> int:
        assert dialog.value() == AS_OF + timedelta(days=30)  # the view's day, not the clock's
        dialog.until.setDate(QDate(chosen))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(today_module.SnoozeDialog, "exec", pick)
    with qtbot.waitSignal(view.person_changed) as changed:
        qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    assert changed.args == [lead.person_id]
    assert lead.person_id not in {r.person_id for r in view.model.rows()}
    person = {p.id: p for p in demo_backend.people()}[lead.person_id]
    assert person.lead_state is LeadState.SNOOZED and person.state_until == chosen


def test_cancelled_snooze_changes_nothing(
    qtbot: Any, demo_backend: Backend, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = TodayView(demo_backend, settings)
    qtbot.addWidget(view)
    view.as_of = AS_OF
    view.refresh()
    view.table.selectRow(0)
    before = view.model.rowCount()
    monkeypatch.setattr(
        today_module.SnoozeDialog, "exec", lambda self: QDialog.DialogCode.Rejected.value
    )
    lead = view.current_row()
    assert lead is not None
    qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == before and view.current_row() == lead
    person = {p.id: p for p in demo_backend.people()}[lead.person_id]
    assert person.lead_state is LeadState.ACTIVE
