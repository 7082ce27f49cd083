"""What Gmail's labels say of a message in a Takeout mbox ("All mail Including Spam and
Trash"): spam is nobody's message, and a French account's "Messages envoyés" is the user's
mail from whichever address; on a real SQLite file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tests.email_side import real_headers as mail
from tests.helpers import cli, query

START = mail.mailbox()[0].when
ALIAS = "alex.perso@exemple-perso.example"  # a send-as address the user never named


def _relabelled(message: mail.Message, labels: str, sender: str | None = None) -> mail.Message:
    """``message`` with other Gmail labels and, when given, another ``From`` field."""
    headers = []
    for header in message.headers:
        if header.startswith("X-Gmail-Labels:"):
            header = f"X-Gmail-Labels: {labels}"
        elif sender is not None and header.startswith("From:"):
            header = f"From: {sender}"
        headers.append(header)
    return mail.Message(tuple(headers), message.body, message.when)


def test_spam_is_nobodys_message(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    stranger = _relabelled(
        mail.prospect_mail(5, START), "Spam,Non lus", "Lucky Winner <winner@prize-exemple.example>"
    )
    messages = [
        mail.prospect_mail(1, START),
        mail.my_reply(1, START + timedelta(hours=1)),
        # A spoof of the prospect's address, filed as spam by Gmail.
        _relabelled(mail.prospect_mail(2, START + timedelta(days=400)), "Spam"),
        stranger,
    ]
    mbox = mail.write_mbox(tmp_path / "All mail Including Spam and Trash.mbox", messages)
    result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME)
    assert result.code == 0, result.err
    assert "2 junk" in result.out
    # No person made of the stranger; the spoof is no exchange, no sign.
    assert query(db_path, "SELECT email FROM person_email") == [(mail.PROSPECT,)]
    assert query(db_path, "SELECT direction FROM exchange ORDER BY occurred_at") == [
        ("in",),
        ("out",),
    ]
    assert query(db_path, "SELECT count(*) FROM signal") == [(0,)]


def test_a_french_accounts_sent_label_is_the_users_mail(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Sent from a send-as address the user did not name, filed as "Messages envoyés".
    from_alias = _relabelled(
        mail.my_reply(1, START + timedelta(hours=1)),
        "Messages envoyés,Ouvert",
        f"Alex Martin <{ALIAS}>",
    )
    mbox = mail.write_mbox(tmp_path / "mail.mbox", [mail.prospect_mail(1, START), from_alias])
    result = cli(capsys, db_path, "import", "contacts", str(mbox), "--me", mail.ME)
    assert result.code == 0, result.err
    assert query(db_path, "SELECT email FROM person_email") == [(mail.PROSPECT,)]
    assert query(db_path, "SELECT counterpart, direction FROM exchange ORDER BY occurred_at") == [
        (mail.PROSPECT, "in"),
        (mail.PROSPECT, "out"),
    ]


def test_a_spam_folder_file_is_spam(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Thunderbird's Local Folders keep spam in a file named Junk (no Gmail label).
    junk = mail.write_mbox(tmp_path / "Junk", [mail.prospect_mail(3, START)])
    result = cli(capsys, db_path, "import", "contacts", str(junk), "--me", mail.ME)
    assert result.code == 0, result.err
    assert "1 junk" in result.out
    assert query(db_path, "SELECT count(*) FROM person") == [(0,)]
