"""Mailboxes as mail clients export them: Apple Mail's ``Inbox.mbox`` folder, a folder of
several mailboxes, an Outlook ``.pst``; each read, or refused in one sentence that says what
to do, on a real SQLite file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from linkrevive.importers.contacts_formats import detect_contacts_format
from tests.email_side import real_headers as mail
from tests.helpers import cli, dump, query

START = mail.mailbox()[0].when


def _apple_bundle(folder: Path, name: str, messages: list[mail.Message]) -> Path:
    """A mailbox as Apple Mail's Export Mailbox… writes it: a folder ``name`` holding the
    messages in a file named ``mbox`` beside an ``Info.plist``."""
    bundle = folder / name
    bundle.mkdir(parents=True)
    mail.write_mbox(bundle / "mbox", messages)
    (bundle / "Info.plist").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
        "<key>Name</key><string>Inbox</string></dict></plist>\n",
        encoding="utf-8",
    )
    return bundle


def test_apple_mail_exported_mailboxes_are_read(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    inbox = _apple_bundle(tmp_path, "Inbox.mbox", [mail.prospect_mail(1, START)])
    # Sent Messages.mbox: the user's mail, known as theirs by the folder's name alone.
    sent = _apple_bundle(
        tmp_path, "Sent Messages.mbox", [mail.my_reply(1, START + timedelta(hours=2))]
    )
    assert detect_contacts_format(inbox) == "mbox"
    for bundle in (inbox, sent):
        result = cli(capsys, db_path, "import", "contacts", str(bundle))
        assert result.code == 0, result.err
        assert "1 messages" in result.out
    assert query(db_path, "SELECT counterpart, direction FROM exchange ORDER BY occurred_at") == [
        (mail.PROSPECT, "in"),
        (mail.PROSPECT, "out"),
    ]


def test_a_folder_of_mailboxes_names_them(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Apple Mail exporting two mailboxes at once, then Thunderbird's Local Folders.
    apple = tmp_path / "Export"
    _apple_bundle(apple, "Inbox.mbox", [mail.prospect_mail(1, START)])
    _apple_bundle(apple, "Sent Messages.mbox", [mail.my_reply(1, START)])
    local = tmp_path / "Local Folders"
    local.mkdir()
    for name in ("Inbox", "Sent"):
        mail.write_mbox(local / name, [mail.prospect_mail(2, START)])
        (local / f"{name}.msf").write_text('// <!-- <mdb:mork:z v="1.4"/> -->\n')
    cli(capsys, db_path, "demo")
    before = dump(db_path)
    for folder, names in ((apple, "Inbox.mbox, Sent Messages.mbox"), (local, "Inbox, Sent")):
        result = cli(capsys, db_path, "import", "contacts", str(folder))
        assert result.code == 1
        assert result.err.strip() == (
            f"linkrevive: {folder} holds several mailboxes ({names}): import them one by one "
            "(select them together in the window)."
        )
    assert dump(db_path) == before


def test_an_outlook_data_file_says_what_to_do(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    pst = tmp_path / "Outlook.pst"
    pst.write_bytes(b"!BDN" + bytes(range(256)) * 8)  # a PST's own first bytes
    result = cli(capsys, db_path, "import", "contacts", str(pst))
    assert result.code == 1
    assert result.err.strip() == (
        f"linkrevive: {pst} is an Outlook file (.pst), which LinkRevive cannot read: import "
        "that mailbox from its server instead (Import from IMAP), or export it as an mbox file "
        "from a mail program that reads it (Thunderbird reads .pst files)."
    )
    assert not db_path.exists() or query(db_path, "SELECT count(*) FROM person") == [(0,)]
