"""Splitting an IMAP FETCH answer as imaplib returns it: UID, header block, calendar parts."""

from __future__ import annotations

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
        (7, b"From: a\r\n", ()),
        (9, b"From: b\r\n", ("text/calendar",)),
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
        (12, b"From: c\r\n", ("text/calendar",)),
        (13, b"From: d\r\n", ()),
    ]
