"""The IMAP dialog without a keyring, and the window title naming a non-default database."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from linkrevive.gui.backend import Backend
from linkrevive.gui.imap_dialog import ImapDialog
from linkrevive.gui.main import database_label, open_window, window_title
from linkrevive.gui.task_runner import TaskRunner

pytestmark = pytest.mark.gui


def _ok(qtbot: Any, dialog: ImapDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_without_keyring_the_password_is_typed_for_this_run(
    qtbot: Any, settings: QSettings
) -> None:
    asked: list[tuple[str, str]] = []

    def stored(user: str, host: str) -> bool:
        asked.append((user, host))
        return True

    dialog = ImapDialog(settings, password_stored=stored, keyring_available=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "will not be remembered" in dialog.note.text()
    assert "not remembered" in dialog.password.placeholderText()
    dialog.host.setText("imap.example.org")
    dialog.user.setText("claire@example.org")
    _ok(qtbot, dialog)  # no password typed: it cannot come from a keyring
    assert dialog.problem.isVisible() and "not remembered" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert asked == []  # no keyring to ask
    qtbot.keyClicks(dialog.password, "this-run")
    with qtbot.waitSignal(dialog.accepted):
        _ok(qtbot, dialog)
    assert dialog.account().password == "this-run"
    assert settings.value("imap/user") == "claire@example.org"
    assert not any("this-run" in str(settings.value(k)) for k in settings.allKeys())


def test_with_a_keyring_the_dialog_says_it_keeps_the_password(
    qtbot: Any, settings: QSettings
) -> None:
    dialog = ImapDialog(settings, keyring_available=True)
    qtbot.addWidget(dialog)
    assert "keyring" in dialog.note.text() and "never in a file" in dialog.note.text()


def test_database_label_names_a_database_that_is_not_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LINKREVIVE_DB", raising=False)
    assert database_label(None) is None
    assert database_label("/home/me/leads/team.sqlite3") == "team.sqlite3"
    assert database_label("sqlite:////srv/x/shared.sqlite3") == "shared.sqlite3"
    label = database_label("postgresql+psycopg://bob:s3cret@db.example:5432/leads")
    assert label == "db.example/leads"
    monkeypatch.setenv("LINKREVIVE_DB", "/tmp/env.sqlite3")
    assert database_label(None) == "env.sqlite3"


def test_the_window_title_names_the_database(
    qtbot: Any, demo_backend: Backend, settings: QSettings, runner: TaskRunner
) -> None:
    window = open_window(demo_backend, settings, runner, language="en", database="team.sqlite3")
    qtbot.addWidget(window)
    assert window.windowTitle() == "LinkRevive — team.sqlite3"
    day = date(2025, 3, 3)
    assert window_title(day, "team.sqlite3").startswith("LinkRevive — team.sqlite3 — as of ")
    assert window_title(None) == "LinkRevive"
