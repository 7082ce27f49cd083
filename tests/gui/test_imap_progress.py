"""An IMAP import from the window says which folder its progress counts: the inbox, then the
sent folder, each counted from zero (real Dovecot server, real SQLite file)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from benchmarks.mail_dates import header_date
from linkrevive.gui.backend import Backend
from linkrevive.gui.imap_dialog import ImapAccount
from linkrevive.gui.task_runner import TaskRunner
from tests.gui.test_main_window import make_window
from tests.services import DovecotServer

pytestmark = [pytest.mark.gui, pytest.mark.services]


def _mail(sender: str, to: str, when: datetime) -> bytes:
    return (
        f"Message-ID: <{uuid.uuid4().hex}@mail.example>\r\nDate: {header_date(when)}\r\n"
        f"From: {sender}\r\nTo: {to}\r\nSubject: Devis\r\n\r\nbody\r\n"
    ).encode()


def test_the_status_bar_names_the_folder_being_read(
    qtbot: Any,
    empty_backend: Backend,
    settings: QSettings,
    runner: TaskRunner,
    dovecot: DovecotServer,
) -> None:
    user = dovecot.add_user()
    day = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    dovecot.append("INBOX", _mail("paul@atelier-roy.example", "alex@agency.example", day),
                   day, user)  # fmt: skip
    for n in range(3):
        dovecot.append("Sent", _mail("alex@agency.example", f"p{n}@client.example", day),
                       day, user)  # fmt: skip
    window = make_window(qtbot, empty_backend, settings, runner)
    shown: list[tuple[str, int, int]] = []  # the status bar's label and bar at each step
    runner.progressed.connect(
        lambda done, total: shown.append((window.task_label.text(), done, total))
    )
    account = ImapAccount(dovecot.host, dovecot.port, user, "INBOX", None, dovecot.password)
    with qtbot.waitSignals([runner.finished, window.imports.results_shown], timeout=60000):
        assert window.imports.import_imap(account)

    where = dovecot.host
    inbox = [(done, total) for label, done, total in shown if label == f"Reading INBOX on {where}"]
    sent = [
        (done, total)
        for label, done, total in shown
        if label == f"Reading the sent folder on {where}"
    ]
    assert (1, 1) in inbox and (3, 3) in sent
    # Once the sent folder is read, the bar never says the inbox again.
    labels = [label for label, _done, _total in shown]
    assert labels.index(f"Reading the sent folder on {where}") > max(
        i for i, label in enumerate(labels) if label == f"Reading INBOX on {where}"
    )
