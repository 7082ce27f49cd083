"""A big IMAP first sync is stored as it arrives, in bounded transactions that each save
the UID they reach: an interrupted sync keeps what it committed and the next goes on from
there (real Dovecot server, real SQLite file)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from benchmarks.mail_dates import header_date
from linkrevive.domain.errors import Cancelled, InputError
from tests.imap_reading import import_into
from tests.services import DovecotServer

pytestmark = pytest.mark.services

ME = "me@nearshore.example"


def _fill(server: DovecotServer, folder: str, count: int) -> list[int]:
    uids = []
    for n in range(1, count + 1):
        when = datetime(2024, 1, n, 9, 30, tzinfo=UTC)
        raw = (
            f"From: Claire Martin <claire.martin@agence-{n}.example>\n"
            f"To: Me <{ME}>\n"
            f"Subject: Projet {n}\n"
            f"Date: {header_date(when)}\n"
            f"Message-ID: <m{n}.{uuid.uuid4().hex}@agence.example>\n"
            "\n"
            "body\n"
        ).encode()
        uids.append(server.append(folder, raw, when))
    return uids


def _sync(server: DovecotServer, db: Path, folder: str, **kw: Any) -> dict[str, int]:
    report = import_into(db, server, me=ME, folder=folder, **kw)
    return dict(report.counts)


def _subjects(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT subject FROM exchange ORDER BY occurred_at").fetchall()
    return [subject for (subject,) in rows]


def _last_uid(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        (value,) = connection.execute(
            "SELECT value FROM setting WHERE key LIKE 'imap_state:%'"
        ).fetchone()
    return int(json.loads(value)["last_uid"])


def _stopping_after(read: int) -> tuple[list[int], Any]:
    """A progress callback recording how many messages were read, and a ``cancelled``
    that says stop once ``read`` were."""
    seen: list[int] = []
    return seen, lambda: bool(seen) and seen[-1] >= read


def test_each_step_is_its_own_bounded_transaction(dovecot: DovecotServer, tmp_path: Path) -> None:
    folder = "S" + uuid.uuid4().hex[:10]
    uids = _fill(dovecot, folder, 7)
    db = tmp_path / "steps.sqlite3"

    counts = _sync(dovecot, db, folder, batch=2, store_batch=3)

    assert counts["fetched"] == counts["messages"] == counts["exchanges"] == 7
    with sqlite3.connect(db) as connection:
        runs = [json.loads(c) for (c,) in connection.execute("SELECT counts FROM import_run")]
    # Two FETCHes of two messages make the first step, then two and one the second.
    assert [run["messages"] for run in runs] == [4, 3]
    assert _last_uid(db) == uids[-1]
    assert _subjects(db) == [f"Projet {n}" for n in range(1, 8)]


def test_cancelled_sync_keeps_its_committed_steps_and_the_next_one_goes_on(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    folder = "S" + uuid.uuid4().hex[:10]
    uids = _fill(dovecot, folder, 7)
    db = tmp_path / "cancelled.sqlite3"
    seen, cancelled = _stopping_after(6)

    with pytest.raises(Cancelled):
        _sync(
            dovecot,
            db,
            folder,
            batch=2,
            store_batch=3,
            progress=lambda done, total: seen.append(done),
            cancelled=cancelled,
        )

    # Messages 1-4 made the first step, committed with the UID they reach; 5-6 were read
    # but their step never ended.
    assert _subjects(db) == [f"Projet {n}" for n in range(1, 5)]
    assert _last_uid(db) == uids[3]

    counts = _sync(dovecot, db, folder, batch=2, store_batch=3)

    assert counts["fetched"] == 3
    assert _subjects(db) == [f"Projet {n}" for n in range(1, 8)]
    assert _last_uid(db) == uids[-1]
    whole = tmp_path / "whole.sqlite3"
    _sync(dovecot, whole, folder)
    assert _subjects(whole) == _subjects(db)


def test_connection_lost_mid_sync_keeps_the_committed_steps(
    dovecot: DovecotServer, tmp_path: Path
) -> None:
    folder = "S" + uuid.uuid4().hex[:10]
    uids = _fill(dovecot, folder, 5)
    db = tmp_path / "dropped.sqlite3"

    def stop_server_after_four(done: int, _total: int) -> None:
        if done >= 4:
            dovecot.stop()

    try:
        with pytest.raises(InputError) as caught:
            _sync(dovecot, db, folder, batch=2, store_batch=2, progress=stop_server_after_four)
    finally:
        dovecot.start()

    assert caught.value.code == "imap_failed"
    # The two steps read before the server went away (messages 1-4) were committed.
    assert _subjects(db) == [f"Projet {n}" for n in range(1, 5)]
    assert _last_uid(db) == uids[3]
    counts = _sync(dovecot, db, folder, batch=2, store_batch=2)
    assert counts["fetched"] == 1
    assert _subjects(db) == [f"Projet {n}" for n in range(1, 6)]
