"""An IMAP import reads the sent folder too: the user's replies, from whichever address (real
Dovecot server, a mail user of each test's own, real SQLite file)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from benchmarks.mail_dates import header_date
from tests.helpers import query
from tests.imap_reading import import_into
from tests.services import DovecotServer

pytestmark = pytest.mark.services

ME = "alex.martin@nearshore.example"
OLD = "alex@oldagency.example"  # the user's address at a former job, in the sent folder only


def _mail(n: int, sender: str, to: str, when: datetime, subject: str) -> bytes:
    return (
        f"Message-ID: <s{n}.{uuid.uuid4().hex}@mail.example>\r\n"
        f"Date: {header_date(when)}\r\n"
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n\r\nbody\r\n"
    ).encode()


def _import(server: DovecotServer, user: str, db: Path, **options: object) -> dict[str, object]:
    report = import_into(db, server, me=ME, user=user, **options)
    return {**report.counts, "source": report.source, "issues": [i.code for i in report.issues]}


def _exchanges(db: Path) -> list[tuple[Any, ...]]:
    return query(db, "SELECT counterpart, direction, subject FROM exchange ORDER BY occurred_at")


@pytest.fixture
def account(dovecot: DovecotServer) -> str:
    """A mail user whose INBOX holds two prospects' mail and whose Sent (marked ``\\Sent``
    by the server) holds the user's, part of it from a former job's address."""
    user = dovecot.add_user()
    day = datetime(2023, 3, 14, 9, 0, tzinfo=UTC)
    claire = "Claire Vasseur <claire@studio-ocre.example>"
    paul = "Paul Roy <paul@atelier-roy.example>"
    dovecot.append("INBOX", _mail(1, claire, f"Alex <{OLD}>", day, "Re: Proposition"), day, user)
    sent = [
        _mail(2, f"Alex Martin <{OLD}>", claire, day.replace(day=13), "Proposition"),
        _mail(3, f"Alex Martin <{OLD}>", claire, day.replace(day=16), "Re: Re: Proposition"),
        _mail(4, f"Alex Martin <{OLD}>", paul, day.replace(day=17), "Devis"),
        _mail(5, f"Alex Martin <{ME}>", paul, day.replace(year=2024), "Relance"),
    ]
    for raw in sent:
        dovecot.append("Sent", raw, day, user)
    return user


def test_the_sent_folder_is_read_after_the_inbox_as_the_users_mail(
    dovecot: DovecotServer, account: str, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    first = _import(dovecot, account, db)
    assert first["fetched"] == 5
    assert first["source"].endswith("/INBOX + Sent")
    assert first["issues"] == []
    claire, paul = "claire@studio-ocre.example", "paul@atelier-roy.example"
    # Every message of the sent folder went out, from the former address too: nobody is
    # made of it, and both prospects have their whole conversation.
    assert _exchanges(db) == [
        (claire, "out", "Proposition"),
        (claire, "in", "Re: Proposition"),
        (claire, "out", "Re: Re: Proposition"),
        (paul, "out", "Devis"),
        (paul, "out", "Relance"),
    ]
    # Each folder goes on from where it stopped.
    again = _import(dovecot, account, db)
    assert again["fetched"] == 0
    later = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    dovecot.append("Sent", _mail(6, f"Alex <{ME}>", "paul@atelier-roy.example", later, "Voeux"),
                   later, account)  # fmt: skip
    third = _import(dovecot, account, db)
    assert third["fetched"] == 1 and third["exchanges"] == 1


def test_without_the_sent_folder_only_the_inbox_is_read(
    dovecot: DovecotServer, account: str, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    report = _import(dovecot, account, db, sent=False)
    assert report["fetched"] == 1 and report["source"].endswith("/INBOX")
    assert _exchanges(db) == [("claire@studio-ocre.example", "in", "Re: Proposition")]


def test_naming_the_sent_folder_reads_it_once_as_the_users(
    dovecot: DovecotServer, account: str, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    report = _import(dovecot, account, db, folder="Sent")
    assert report["fetched"] == 4 and report["source"].endswith("/Sent")
    assert {direction for _who, direction, _s in _exchanges(db)} == {"out"}


def test_a_sent_folder_found_by_its_name_or_none_at_all(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    # No server mark on these: French Outlook's name is enough; an account without any
    # sent folder is imported and says so.
    user = dovecot.add_user()
    day = datetime(2024, 5, 2, 9, 0, tzinfo=UTC)
    dovecot.append("INBOX", _mail(1, "Jeanne <jeanne@pixel.example>", ME, day, "Bonjour"),
                   day, user)  # fmt: skip
    bare = tmp_path / "bare.sqlite3"
    alone = _import(dovecot, user, bare)
    assert alone["fetched"] == 1 and alone["issues"] == ["no_sent_folder"]
    dovecot.append("&AMk-l&AOk-ments envoy&AOk-s",
                   _mail(2, f"Alex <{OLD}>", "jeanne@pixel.example", day, "Re: Bonjour"),
                   day, user)  # fmt: skip
    db = tmp_path / "db.sqlite3"
    report = _import(dovecot, user, db)
    assert report["fetched"] == 2 and report["issues"] == []
    assert report["source"].endswith("/INBOX + &AMk-l&AOk-ments envoy&AOk-s")
    assert _exchanges(db) == [
        ("jeanne@pixel.example", "in", "Bonjour"),
        ("jeanne@pixel.example", "out", "Re: Bonjour"),
    ]


def test_the_progress_says_which_folder_it_counts(
    dovecot: DovecotServer, account: str, tmp_path: Path
) -> None:
    # Each folder is counted from zero: the faces are told which one before it starts.
    said: list[object] = []
    _import(
        dovecot,
        account,
        tmp_path / "db.sqlite3",
        on_folder=said.append,
        progress=lambda done, total: said.append((done, total)),
        batch=2,
    )
    inbox_at, sent_at = said.index("INBOX"), said.index(None)
    assert inbox_at == 0 < sent_at
    assert said[inbox_at + 1 : sent_at] == [(0, 1), (1, 1)]
    assert said[sent_at + 1 :] == [(0, 4), (2, 4), (4, 4)]
