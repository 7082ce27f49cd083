"""Finding the sent folder: of an IMAP account in a LIST answer (as imaplib hands it over),
or an mbox file by its name."""

from __future__ import annotations

from pathlib import PurePath

import pytest

from linkrevive.importers.sent_folders import (
    JUNK_LABEL,
    SENT_LABEL,
    decode_name,
    folder_label,
    sent_folder,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("INBOX", "INBOX"),
        ("&AMk-l&AOk-ments envoy&AOk-s", "Éléments envoyés"),
        ("INBOX.Envoy&AOk-s", "INBOX.Envoyés"),
        ("Devis &- factures", "Devis & factures"),
        ("&ZeVnLIqe-", "日本語"),
        ("Broken &AMk", "Broken &AMk"),  # never closed: kept as written
        ("Bad &!!!-", "Bad &!!!-"),  # not base64: kept as written
    ],
)
def test_modified_utf7_names(raw: str, expected: str) -> None:
    assert decode_name(raw) == expected


def test_the_sent_mark_wins_over_a_name() -> None:
    lines = [
        b'(\\HasNoChildren) "/" "INBOX"',
        b'(\\HasNoChildren) "/" "Sent"',  # a folder of the user's named so
        b'(\\HasChildren \\Noselect) "/" "[Gmail]"',
        b'(\\HasNoChildren \\Sent) "/" "[Gmail]/Sent Mail"',
    ]
    assert sent_folder(lines) == "[Gmail]/Sent Mail"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([b'(\\HasNoChildren) "." "INBOX"', b'(\\HasNoChildren) "." "INBOX.Sent Items"'],
         "INBOX.Sent Items"),
        ([b'(\\HasNoChildren) "/" INBOX', b'(\\HasNoChildren) "/" "&AMk-l&AOk-ments envoy&AOk-s"'],
         "&AMk-l&AOk-ments envoy&AOk-s"),
        ([b'(\\HasNoChildren) "/" "Mesaje trimise"'], "Mesaje trimise"),
        ([b'(\\HasNoChildren) "/" "Sent Messages"'], "Sent Messages"),
        # Not selectable, or only a part of the name: not the sent folder.
        ([b'(\\Noselect) "/" "Sent"', b'(\\HasNoChildren) "/" "Sent to clients"'], None),
        ([b'(\\HasNoChildren) "/" "Drafts"', (b'(\\HasNoChildren) "/" {4}', b"Sent")], None),
        ([], None),
    ],
)  # fmt: skip
def test_a_sent_folder_is_found_by_its_usual_name(
    lines: list[object], expected: str | None
) -> None:
    assert sent_folder(lines) == expected


def test_a_quoted_name_with_escapes_and_no_separator() -> None:
    assert sent_folder([b'(\\Sent) NIL "Mes \\"envoy\\\\s\\""']) == 'Mes "envoy\\s"'


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("Mail/Local Folders/Sent", SENT_LABEL),  # Thunderbird
        ("export/Sent.mbox", SENT_LABEL),
        ("export/Sent Messages.mbox/mbox", SENT_LABEL),  # Apple Mail
        ("export/Envoyés.mbox", SENT_LABEL),
        ("export/INBOX.mbox/mbox", None),
        ("export/Sent to clients.mbox", None),
        ("All mail Including Spam and Trash.mbox", None),  # Gmail: its labels say
        ("Outlook/Sent Items/Re devis.eml", SENT_LABEL),
        ("Outlook/Inbox/Sent.eml", None),
        ("Mail/Local Folders/Junk", JUNK_LABEL),
        ("export/Junk.mbox/mbox", JUNK_LABEL),
        ("Outlook/Courrier indésirable/Gagnez.eml", JUNK_LABEL),
        ("Outlook/Inbox/Spam.eml", None),
    ],
)
def test_the_folder_a_mailbox_file_is_kept_in_labels_its_messages(
    path: str, expected: str | None
) -> None:
    assert folder_label(PurePath(path)) == expected
