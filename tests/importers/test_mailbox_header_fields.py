"""The Received fields of a header block: left out of the fields read for every message, the
topmost one read on demand (when a message's Date is missing or unusable)."""

from __future__ import annotations

import pytest

from linkrevive.importers.header_fields import block_fields, header_fields, topmost_received

ROUTED = (
    b"Received: by 2002:a05:6520:1c8:b0:2a1 with SMTP id\n"
    b"        x8csp123456lkq;\n"
    b"        Mon, 6 Jan 2025 10:00:00 +0200\n"
    b"From: Paul <paul@ferrand-web.fr>\n"
    b"Received: from mx.example by relay.example; Mon, 6 Jan 2025 07:00:00 +0000\n"
    b"Date: Mon, 6 Jan 2025 09:59:00 +0200\n"
)


def test_received_fields_are_not_read_with_the_others() -> None:
    assert header_fields(ROUTED) == {
        "from": ["Paul <paul@ferrand-web.fr>"],
        "date": ["Mon, 6 Jan 2025 09:59:00 +0200"],
    }


TOPMOST = "by 2002:a05:6520:1c8:b0:2a1 with SMTP id x8csp123456lkq; Mon, 6 Jan 2025 10:00:00 +0200"


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (b"\n" + ROUTED, TOPMOST),
        (b"\n" + ROUTED.replace(b"\n", b"\r\n"), TOPMOST),
        (
            b"\nreceived:  from a\xe9 by b; Tue, 7 Jan 2025 08:00:00 +0000\n",  # not UTF-8
            "from a\xe9 by b; Tue, 7 Jan 2025 08:00:00 +0000",
        ),
        (b"\nFrom: a@b.example\nSubject: no Received field\n", None),
        (b"\nSubject: x\n\nReceived: after the blank line, in the body\n", None),
    ],
)
def test_topmost_received_is_the_first_one_unfolded(block: bytes, expected: str | None) -> None:
    assert topmost_received(block) == expected
    assert "received" not in block_fields(block)
