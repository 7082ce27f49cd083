"""A sender's clock set wrong: a message cannot be written after it arrived.

A ``Date`` more than a day after the message's arrival (the topmost ``Received`` field, IMAP's
``INTERNALDATE``) is replaced by the arrival; a message with nothing to check it against keeps
its ``Date``; an mbox separator's date only spares the check, it never dates a message.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from linkrevive.importers.mailbox import iter_eml_folder, iter_mbox, parse_headers
from tests.helpers import cli

ME = "alex.martin@nearshore-exemple.example"
CLAIRE = "Claire Vasseur <claire@studio-ocre.example>"
RECEIVED_2024 = (
    "Received: from mx.studio-ocre.example by mx.nearshore-exemple.example with ESMTPS;\n"
    "        Mon, 13 May 2024 09:12:00 +0200\n"
)


def _message(
    separator: str, date: str, subject: str, *, received: str = "", sender: str = CLAIRE
) -> str:
    return (
        f"From {separator}\n{received}From: {sender}\nTo: Alex <{ME}>\nDate: {date}\n"
        f"Subject: {subject}\nMessage-ID: <{subject.replace(' ', '-')}@studio-ocre.example>\n"
        "\nbody\n\n"
    )


def _dates(tmp_path: Path, *messages: str) -> dict[str, datetime | None]:
    mbox = tmp_path / "box.mbox"
    mbox.write_text("".join(messages), encoding="utf-8")
    return {r.subject: r.sent_at for r in iter_mbox(mbox, "box.mbox")}


GMAIL = "1799@xxx Mon May 13 07:12:00 +0000 2024"
MADE_UP = "- Mon Jan  1 00:00:00 1990"


def test_a_date_after_the_arrival_is_the_senders_clock(tmp_path: Path) -> None:
    dates = _dates(
        tmp_path,
        _message(GMAIL, "Fri, 01 Jan 2099 10:00:00 +0100", "year 2099", received=RECEIVED_2024),
        _message(GMAIL, "Thu, 13 Jun 2024 09:00:00 +0200", "a month ahead", received=RECEIVED_2024),
    )
    arrival = datetime(2024, 5, 13, 7, 12, tzinfo=UTC)
    assert dates == {"year 2099": arrival, "a month ahead": arrival}


def test_a_date_within_a_day_of_the_arrival_or_before_it_is_kept(tmp_path: Path) -> None:
    dates = _dates(
        tmp_path,
        # A clock a few hours fast, a zone written wrong: within the slack.
        _message(GMAIL, "Mon, 13 May 2024 22:40:00 +0200", "hours ahead", received=RECEIVED_2024),
        # Mail moved into the mailbox years after it was written (a migration): its Date.
        _message(GMAIL, "Tue, 02 Feb 2016 10:00:00 +0100", "migrated", received=RECEIVED_2024),
    )
    assert dates == {
        "hours ahead": datetime(2024, 5, 13, 20, 40, tzinfo=UTC),
        "migrated": datetime(2016, 2, 2, 9, 0, tzinfo=UTC),
    }


def test_nothing_to_check_against_keeps_the_date(tmp_path: Path) -> None:
    dates = _dates(
        tmp_path,
        # A sent message has no Received field; its separator's date does not re-date it.
        _message(GMAIL, "Fri, 01 Jan 2099 10:00:00 +0100", "sent", sender=f"Alex <{ME}>"),
        # A Received field dated 1970 is no arrival either.
        _message(
            GMAIL,
            "Fri, 01 Jan 2099 10:00:00 +0100",
            "epoch stamp",
            received="Received: by mx.example; Thu, 01 Jan 1970 00:00:00 +0000\n",
        ),
    )
    assert dates == {
        "sent": datetime(2099, 1, 1, 9, 0, tzinfo=UTC),
        "epoch stamp": datetime(2099, 1, 1, 9, 0, tzinfo=UTC),
    }


def test_a_separator_with_a_made_up_date_changes_nothing(tmp_path: Path) -> None:
    # Some converters write one fixed date on every separator: the message's own fields
    # still decide.
    dates = _dates(
        tmp_path,
        _message(MADE_UP, "Mon, 13 May 2024 09:00:00 +0200", "fine", received=RECEIVED_2024),
        _message(MADE_UP, "Fri, 01 Jan 2099 10:00:00 +0100", "wrong", received=RECEIVED_2024),
        _message(MADE_UP, "Mon, 13 May 2024 09:00:00 +0200", "no stamp"),
    )
    assert dates == {
        "fine": datetime(2024, 5, 13, 7, 0, tzinfo=UTC),
        "wrong": datetime(2024, 5, 13, 7, 12, tzinfo=UTC),
        "no stamp": datetime(2024, 5, 13, 7, 0, tzinfo=UTC),
    }


def test_an_eml_file_is_checked_against_its_received_field(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    text = _message(GMAIL, "Fri, 01 Jan 2099 10:00:00 +0100", "eml", received=RECEIVED_2024)
    (folder / "one.eml").write_text(text.split("\n", 1)[1], encoding="utf-8")
    [record] = iter_eml_folder(folder, "mail")
    assert record.sent_at == datetime(2024, 5, 13, 7, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Date: Fri, 01 Jan 2099 10:00:00 +0100\n", datetime(2024, 5, 13, 7, 12, tzinfo=UTC)),
        ("", datetime(2024, 5, 13, 7, 12, tzinfo=UTC)),  # no Date: the arrival
        ("Date: Mon, 13 May 2024 08:00:00 +0200\n", datetime(2024, 5, 13, 6, 0, tzinfo=UTC)),
    ],
)
def test_a_known_arrival_checks_the_date(date: str, expected: datetime) -> None:
    raw = f"From: {CLAIRE}\n{date}Subject: imap\n".encode()
    record = parse_headers(raw, 7, (), datetime(2024, 5, 13, 7, 12, tzinfo=UTC))
    assert record.sent_at == expected


def test_a_prospect_writing_again_with_a_wrong_clock_reaches_today(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Alex proposed in March 2023, Claire answered, Alex followed up, then silence; Claire
    # writes again in May 2024 from a computer whose clock says 2099.
    mbox = tmp_path / "box.mbox"
    mbox.write_text(
        _message("x@y Tue Mar 14 09:00:00 2023", "Tue, 14 Mar 2023 10:00:00 +0100",
                 "Proposition", sender=f"Alex <{ME}>")
        + _message("x@y Wed Mar 15 09:00:00 2023", "Wed, 15 Mar 2023 10:00:00 +0100",
                   "Re Proposition")
        + _message("x@y Thu Mar 16 09:00:00 2023", "Thu, 16 Mar 2023 10:00:00 +0100",
                   "Re Re Proposition", sender=f"Alex <{ME}>")
        + _message(GMAIL, "Fri, 01 Jan 2099 10:00:00 +0100", "Nouveau projet",
                   received=RECEIVED_2024),
        encoding="utf-8",
    )  # fmt: skip
    assert cli(capsys, db_path, "import", "contacts", str(mbox), "--me", ME).code == 0

    [signal] = cli(capsys, db_path, "signals", "--format", "json").json()
    assert (signal["date"], signal["kind"]) == ("2024-05-13T07:12:00+00:00", "email_inbound")
    [person] = cli(capsys, db_path, "people", "--format", "json").json()
    assert person["last_exchange"].startswith("2024-05-13")
    [lead] = cli(capsys, db_path, "today", "--as-of", "2024-06-01", "--format", "json").json()
    assert lead["name"] == "Claire Vasseur"
    assert lead["section"] == "fresh"
    assert "Nouveau projet" in lead["reasons"][0]
