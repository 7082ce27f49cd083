"""Headers-only mailbox readers: mbox (Gmail Takeout, Thunderbird) and .eml folders."""

from __future__ import annotations

import hashlib
import itertools
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

import pytest

from linkrevive.domain.errors import InputError
from linkrevive.domain.records import MailAddress, MailRecord
from linkrevive.importers import mailbox
from linkrevive.importers.mailbox import iter_eml_folder, iter_mbox, parse_headers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "email_side"
MBOX = FIXTURES / "takeout_small.mbox"
ME = MailAddress("Alex Martin", "alex.martin@nearshore-exemple.example")
ME_BARE = MailAddress("", "alex.martin@nearshore-exemple.example")


def _records() -> list[MailRecord]:
    return list(iter_mbox(MBOX, "takeout_small.mbox"))


def test_mbox_splits_on_separators_only() -> None:
    records = _records()
    # 7 messages: the body lines ">From our..." and "From here on..." are not separators.
    assert [r.line for r in records] == [1, 22, 35, 47, 57, 67, 80]


def test_gmail_inbound_message_with_rfc2047_name() -> None:
    first = _records()[0]
    assert first == MailRecord(
        message_id="CAF1-first@mail.example",
        sent_at=datetime(2025, 3, 11, 8, 31, 20, tzinfo=UTC),
        sender=MailAddress("Élodie Bérard", "elodie.berard@agence-lumen.example"),
        recipients=(ME, MailAddress("Guérin, Hugo", "hugo.guerin@agence-lumen.example")),
        subject="Nouveau projet à lancer",
        is_bulk=False,
        labels=("Inbox", "Important", "Opened", "Category Personal"),
        line=1,
    )


def test_sent_message_latin1_q_encoding_folded_headers_and_bcc() -> None:
    sent = _records()[1]
    assert sent.sender == ME
    assert sent.recipients == (
        MailAddress("François Noël", "francois.noel@studio-pixelle.example"),
        MailAddress("Inès Imbert", "ines.imbert@studio-pixelle.example"),
        MailAddress("", "archive@nearshore-exemple.example"),
    )
    assert sent.subject == "Re: Devis développement"
    assert sent.labels == ("Sent", "Opened")
    assert sent.sent_at == datetime(2025, 3, 12, 10, 0, tzinfo=UTC)


def test_bulk_detection() -> None:
    flags = [(r.subject, r.is_bulk) for r in _records()]
    assert flags == [
        ("Nouveau projet à lancer", False),
        ("Re: Devis développement", False),
        ("This week in web agencies", True),  # List-Id
        ("Your invoice", True),  # no-reply sender
        ("Nouveau projet à lancer", False),
        ("Relance", False),
        ("No date and no id", False),
    ]


def test_duplicate_message_id_is_yielded_as_found() -> None:
    records = _records()
    assert records[4].message_id == records[0].message_id == "CAF1-first@mail.example"


def test_broken_date_falls_back_to_topmost_received() -> None:
    relance = _records()[5]
    assert relance.sent_at == datetime(2024, 11, 28, 13, 3, 20, tzinfo=UTC)
    assert relance.sender == MailAddress("Gérard Pâquet", "gerard.paquet@agence-sud.example")


def test_missing_date_and_message_id() -> None:
    last = _records()[6]
    assert last.sent_at is None
    basis = "\x00".join(
        (
            "",
            "Karine Joubert <karine.joubert@bleu-citron.example>",
            "alex.martin@nearshore-exemple.example",
            "No date and no id",
        )
    )
    assert last.message_id == "sha1:" + hashlib.sha1(basis.encode()).hexdigest()
    assert last.recipients == (ME_BARE,)


def test_progress_reports_bytes() -> None:
    calls: list[tuple[int, int]] = []
    list(iter_mbox(MBOX, "m", progress=lambda done, total: calls.append((done, total))))
    size = MBOX.stat().st_size
    assert calls[0] == (0, size)
    assert calls[-1] == (size, size)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))


def test_thunderbird_and_mboxrd_crlf(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"
    path.write_bytes(
        b"From - Tue Nov 26 14:03:22 2024\r\n"
        b"X-Mozilla-Status: 0001\r\n"
        b"Message-ID: <tb-1@x.example>\r\n"
        b"Date: Tue, 26 Nov 2024 14:03:22 -0000\r\n"
        b"From: Damien Delorme <damien@delorme.example>\r\n"
        b"To: me@nearshore-exemple.example\r\n"
        b"Subject: A\r\n"
        b"\r\n"
        b"body\r\n"
        b">From quoted\r\n"
        b"\r\n"
        b"From MAILER-DAEMON Wed Nov 27 10:00:00 2024\r\n"
        b"Message-ID: <tb-2@x.example>\r\n"
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example>\r\n"
        b"Date: Wed, 27 Nov 2024 10:00:00 +0000\r\n"
        b"Subject: Undelivered\r\n"
        b"\r\n"
    )
    one, two = iter_mbox(path, "Inbox")
    # "-0000" means the zone is unknown: read as UTC.
    assert one.sent_at == datetime(2024, 11, 26, 14, 3, 22, tzinfo=UTC)
    assert (one.message_id, one.is_bulk) == ("tb-1@x.example", False)
    assert (two.message_id, two.is_bulk, two.recipients) == ("tb-2@x.example", True, ())


def test_huge_header_block_is_capped_and_next_message_found(tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    filler = b"".join(b"X-Filler-%d: %s\n" % (i, b"y" * 70) for i in range(8000))
    path.write_bytes(
        b"From a@b.example Mon Jan  6 10:00:00 2025\n"
        b"Subject: first\nFrom: a@b.example\n" + filler + b"\nbody\n\n"
        b"From a@b.example Mon Jan  6 11:00:00 2025\nSubject: second\nFrom: a@b.example\n\n"
    )
    subjects = [r.subject for r in iter_mbox(path, "big")]
    assert subjects == ["first", "second"]


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"Name,Email\nA,a@b.example\n", "bad_mbox"),
        (b"\n\nReturn-Path: <a@b.example>\nFrom: a@b.example\n\n", "bad_mbox"),
        (b"", "empty_file"),
        (b"\x00\x01\x02\x03" * 100, "binary_file"),
    ],
)
def test_not_an_mbox_fails_at_call_time(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "x.mbox"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        iter_mbox(path, "x.mbox")  # no iteration: the check is eager
    assert (caught.value.code, caught.value.file) == (code, "x.mbox")


def test_missing_mbox(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        iter_mbox(tmp_path / "nope.mbox", "nope.mbox")
    assert caught.value.code == "not_found"


def test_eml_folder_recursive_sorted_and_non_mail_ignored() -> None:
    calls: list[tuple[int, int]] = []
    records = list(iter_eml_folder(FIXTURES / "eml", "eml", lambda d, t: calls.append((d, t))))
    assert [(r.message_id, r.sender) for r in records] == [
        ("eml-1@kodama.example", MailAddress("Loïc Orsini", "loic.orsini@kodama.example")),
        ("eml-2@nordweb.example", MailAddress("Chloe Cazenave", "chloe.cazenave@nordweb.example")),
    ]
    assert records[1].sent_at == datetime(2025, 1, 7, 11, 0, tzinfo=UTC)
    assert records[0].line is None
    # 4 .eml files (2 mails, a text note, a binary); readme.txt is not counted.
    assert calls[0] == (0, 4)
    assert calls[-1] == (4, 4)


def test_single_eml_file() -> None:
    (record,) = iter_eml_folder(FIXTURES / "eml" / "b.eml", "b.eml")
    assert record.subject == "Re: Visite"


def test_folder_without_eml(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(InputError) as caught:
        iter_eml_folder(tmp_path, "folder")
    assert caught.value.code == "unknown_format"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"Precedence: bulk\n", True),
        (b"Precedence: list\n", True),
        (b"Precedence: junk\n", True),
        (b"Precedence: first-class\n", False),
        (b"Auto-Submitted: auto-replied\n", True),
        (b"Auto-Submitted: no\n", False),
        (b"List-Unsubscribe: <mailto:u@x.example>\n", True),
        (b"X-Other: 1\n", False),
    ],
)
def test_bulk_headers(header: bytes, expected: bool) -> None:
    raw = b"From: Person <person@x.example>\nSubject: s\n" + header + b"\n"
    assert parse_headers(raw).is_bulk is expected


@pytest.mark.parametrize(
    "sender",
    [
        "noreply@x.example",
        "No-Reply@x.example",
        "donotreply@x.example",
        "mailer-daemon@x.example",
        "no_reply.notifications@x.example",
    ],
)
def test_robot_senders_are_bulk(sender: str) -> None:
    raw = f"From: Robot <{sender}>\nDate: Mon, 6 Jan 2025 10:00:00 +0000\n\n".encode()
    assert parse_headers(raw).is_bulk is True


def test_parse_headers_edge_cases() -> None:
    raw = (
        b"Received: from a by b; Mon, 6 Jan 2025 10:00:00 +0200\n"
        b"Received: from c by a; Mon, 6 Jan 2025 07:00:00 +0000\n"
        b"Date: Thu, 31 Feb 2025 25:61:00 +0000\n"
        b"From: =?utf-8?q?Ma=C3=ABlle_No=C3=ABl?= <MAELLE@Studio.example>\n"
        b"To: undisclosed-recipients:;\n"
        b'Cc: "Perrin, Oc\xc3\xa9ane" <oceane@x.example>, bad-address, oceane@x.example\n'
        b"Message-ID:\n  <folded-id@x.example>\n"
        b"Subject: =?UTF-8?B?bm90IGJhc2U2NA?=\n"
        b"X-Gmail-Labels: =?UTF-8?Q?Bo=C3=AEte_de_r=C3=A9ception?=,Ouvert\n"
        b"\n"
        b"From: body@x.example\n"
    )
    record = parse_headers(raw, line=12)
    # Invalid Date: the topmost Received wins (08:00 UTC), not the lower one.
    assert record.sent_at == datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
    assert record.sender == MailAddress("Maëlle Noël", "maelle@studio.example")
    assert record.recipients == (MailAddress("Perrin, Océane", "oceane@x.example"),)
    assert record.message_id == "folded-id@x.example"
    assert record.labels == ("Boîte de réception", "Ouvert")
    assert record.line == 12
    assert record.subject  # a malformed encoded word never raises


@pytest.mark.parametrize(
    "value",
    [
        "Alex Martin <alex@example.com>",
        '"Doe, Jane" <jane@example.com>, bob@example.org',
        "=?UTF-8?B?w4lsb2RpZQ==?= <e@example.fr>",
        "  Spaced \t  Name   <s@example.com> ,, ,<bare@example.com>",
        "Jr. Smith <j@example.com>",
        "A\xa0B <ab@example.com>",
        "a@b.c (Comment Name)",
        "undisclosed-recipients:;",
        "team: a@example.com, b@example.com;",
        '"q\\"x" <q@example.com>',
        "<a@b.c> trailing",
        "a@b@c.d",
        "Name<n@example.com>",
        "<>",
        "x..y@example.com",
        '"" <empty@example.com>',
        "",
    ],
)
def test_simple_address_lists_read_as_getaddresses(value: str) -> None:
    expected = [pair for pair in getaddresses([value]) if pair != ("", "")]
    found = [pair for pair in mailbox._address_pairs(value) if pair != ("", "")]
    assert found == expected


def _date_by_email_utils(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC) if 1971 <= parsed.year <= 2200 else None


@pytest.mark.parametrize(
    "value",
    [
        "Tue, 11 Mar 2025 01:31:25 +0000",
        " 1 Jan 2025 00:30:00 +0130",
        "Wed, 1 Jan 2025 00:30:00 -0000",
        "Wed, 31 Dec 2025 23:59:59 -1200",
        "Thu, 1 Jan 1970 23:00:00 -0100",
        "Fri, 30 Feb 2024 10:00:00 +0000",
        "Fri, 1 Mar 2024 24:00:00 +0000",
        "Fri, 1 Mar 2024 10:00:00 +2399",
        "Fri, 1 Mar 2024 10:00:00 +0099",
        "Sat, 1 Mar 2201 10:00:00 +0000",
        "Tue, 11 Mar 2025 01:31 +0000",
        "11 mar 2025 01:31:25 GMT",
    ],
)
def test_usual_dates_read_as_email_utils(value: str) -> None:
    assert mailbox.parse_date(value) == _date_by_email_utils(value)
