"""Splitting an IMAP FETCH answer as imaplib returns it: UID, header block, calendar parts,
arrival."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from linkrevive.importers.imap import HEADER_FIELDS, _fetched_messages

HEADER = f"BODY[HEADER.FIELDS ({HEADER_FIELDS})]".encode()


def test_one_tuple_per_message() -> None:
    data = [
        (b"1 (UID 7 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 5 1) "
         + HEADER + b" {9}", b"From: a\r\n"),
        b")",
        (b"2 (UID 9 BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 5 1)"
         b"(\"TEXT\" \"CALENDAR\" (\"method\" \"REQUEST\") NIL NIL \"7bit\" 9 1) \"alternative\") "
         + HEADER + b" {9}", b"From: b\r\n"),
        b")",
    ]  # fmt: skip
    assert list(_fetched_messages(data)) == [
        (7, b"From: a\r\n", (), None),
        (9, b"From: b\r\n", ("text/calendar",), None),
    ]


def test_a_literal_inside_bodystructure_is_not_the_header() -> None:
    # A part whose file name the server sends as a literal splits the answer once more.
    data = [
        (b"3 (UID 12 BODYSTRUCTURE ((\"application\" \"ics\" (\"name\" {8}", b"inv\xc3\xa9.ics"),
        (b") NIL NIL \"base64\" 10 NIL) \"mixed\") " + HEADER + b" {9}", b"From: c\r\n"),
        b")",
        (b"4 (UID 13 " + HEADER + b" {9}", b"From: d\r\n"),
        b")",
    ]  # fmt: skip
    assert list(_fetched_messages(data)) == [
        (12, b"From: c\r\n", ("text/calendar",), None),
        (13, b"From: d\r\n", (), None),
    ]


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        (b"13-May-2024 09:12:00 +0200", datetime(2024, 5, 13, 7, 12, tzinfo=UTC)),
        (b" 3-Jan-2024 23:12:00 -0500", datetime(2024, 1, 4, 4, 12, tzinfo=UTC)),
        (b"13-may-2024 09:12:00 +0000", datetime(2024, 5, 13, 9, 12, tzinfo=UTC)),
        (b"31-Feb-2024 09:12:00 +0000", None),
        (b"13-Mai-2024 09:12:00 +0000", None),
    ],
)
def test_internaldate_is_the_arrival_in_utc(stamp: bytes, expected: datetime | None) -> None:
    data = [(b'5 (UID 21 INTERNALDATE "' + stamp + b'" ' + HEADER + b" {9}", b"From: e\r\n"), b")"]
    assert list(_fetched_messages(data)) == [(21, b"From: e\r\n", (), expected)]
