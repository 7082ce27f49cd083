"""Exchanges, signals, import runs and settings: the store's dated facts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import Channel, Direction
from linkrevive.domain.models import Exchange, Signal
from linkrevive.domain.records import Batch
from linkrevive.storage.bulk import bulk_insert, stored_values

# The listing of signals reads on Core, without the ORM: it lives with the other listings.
from linkrevive.storage.listings import list_signals as list_signals
from linkrevive.storage.listings import raw_text, utc

# Preferences are read on Core (Today loads no ORM): read there, written here.
from linkrevive.storage.preferences import ME_ADDRESSES as ME_ADDRESSES
from linkrevive.storage.preferences import ME_COMPANIES as ME_COMPANIES
from linkrevive.storage.preferences import get_setting as get_setting
from linkrevive.storage.tables import (
    ExchangeRow,
    ImportRunRow,
    PersonEmailRow,
    PersonRow,
    ProfileRow,
    SettingRow,
    SignalRow,
)

_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
_signal = SignalRow.__table__  # type: ignore[attr-defined]
_run = ImportRunRow.__table__  # type: ignore[attr-defined]
_setting = SettingRow.__table__  # type: ignore[attr-defined]
_profile = ProfileRow.__table__  # type: ignore[attr-defined]
_person = PersonRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]


def start_run(session: Session, *, kind: str, source: str, file_hash: str) -> int:
    """Record the start of an import inside its transaction; returns the run id."""
    result: sa.CursorResult[Any] = session.execute(  # type: ignore[assignment]
        sa.insert(_run).values(
            kind=kind,
            source=source,
            file_hash=file_hash,
            started_at=datetime.now(UTC),
            outcome="running",
            counts="{}",
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def finish_run(
    session: Session, run_id: int, counts: dict[str, int], *, file_hash: str | None = None
) -> None:
    """Mark an import as done with its counts (committed with the imported rows), and its
    file's hash when it was read during the import."""
    values: dict[str, Any] = {"finished_at": datetime.now(UTC), "outcome": "ok"}
    values["counts"] = json.dumps(counts)
    if file_hash is not None:
        values["file_hash"] = file_hash
    session.execute(sa.update(_run).where(_run.c.id == run_id).values(**values))


_SIGNAL_COLUMNS = (
    "kind",
    "occurred_at",
    "person_id",
    "profile_id",
    "params",
    "source_key",
    "import_run_id",
)


def _unseen(
    table: sa.Table, session: Session, rows: Sequence[dict[str, Any]] | Batch
) -> Sequence[dict[str, Any]] | Batch:
    """The rows whose ``source_key`` is not stored yet.

    Re-importing an export repeats thousands of messages; asking the unique index which
    keys exist is much cheaper than sending every row for the database to refuse.
    """
    if isinstance(rows, Batch):
        if rows.checked:
            return rows
        at = rows.columns.index("source_key")
        known = stored_values(session, table.c.source_key, [r[at] for r in rows.rows if r[at]])
        if not known:
            return rows
        fresh = [r for r in rows.rows if r[at] not in known]
        return Batch(rows.columns, fresh, rows.constants, checked=True)
    known = stored_values(
        session, table.c.source_key, [row["source_key"] for row in rows if row.get("source_key")]
    )
    if not known:
        return rows
    return [row for row in rows if row.get("source_key") not in known]


def _keyed(prefix: str) -> sa.ColumnElement[bool]:
    """Exchanges whose ``source_key`` starts with ``prefix`` (a stretch of its index)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return sa.and_(_exchange.c.source_key >= prefix, _exchange.c.source_key < upper)


def keyed_exchanges(
    session: Session, prefix: str, profile_ids: set[int], consultant: int
) -> list[tuple[str, int, str, datetime]]:
    """``(key, profile id, direction, time)`` of the exchanges of ``consultant`` on these
    profiles whose ``source_key`` starts with ``prefix``."""
    wanted = sorted(profile_ids)
    found: list[tuple[str, int, str, datetime]] = []
    for start in range(0, len(wanted), 900):
        rows = session.execute(
            sa.select(
                _exchange.c.source_key,
                _exchange.c.profile_id,
                _exchange.c.direction,
                _exchange.c.occurred_at,
            ).where(
                # LIKE, not a stretch of the index: a server's collation may order "lin:"
                # among "li:" keys; the profiles' index does the narrowing.
                _exchange.c.source_key.startswith(prefix, autoescape=True),
                _exchange.c.consultant_id == consultant,
                _exchange.c.profile_id.in_(wanted[start : start + 900]),
            )
        ).all()
        found += [(key, pid, str(direction), utc(when)) for key, pid, direction, when in rows]
    return found


def delete_exchanges(session: Session, keys: Sequence[str]) -> None:
    """Delete the exchanges of these ``source_key`` values, and the signals keyed after
    them (``sig:`` and their key)."""
    for start in range(0, len(keys), 900):
        chunk = list(keys[start : start + 900])
        signals = ["sig:" + key for key in chunk]
        session.execute(sa.delete(_signal).where(_signal.c.source_key.in_(signals)))
        session.execute(sa.delete(_exchange).where(_exchange.c.source_key.in_(chunk)))


def exchange_keys_stored(session: Session, prefix: str) -> bool:
    """Whether an exchange whose ``source_key`` starts with ``prefix`` is stored (one look
    at the stretch of the unique index where such keys sit). A server collation that orders
    punctuation otherwise may answer False wrongly: an import then sends keys the database
    refuses (``ON CONFLICT``), as it would anyway for a message met twice."""
    found = session.execute(sa.select(_exchange.c.id).where(_keyed(prefix)).limit(1)).first()
    return found is not None


def known_exchange_keys(session: Session, keys: Sequence[str]) -> set[str]:
    """Which of these exchange ``source_key`` values are stored already."""
    return stored_values(session, _exchange.c.source_key, keys)


def insert_exchanges(session: Session, rows: Sequence[dict[str, Any]] | Batch) -> int:
    """Insert exchanges, ignoring those already stored (same ``source_key``)."""
    fresh = _unseen(_exchange, session, rows)
    return bulk_insert(session, _exchange, fresh, skip_duplicates_of="source_key")


def insert_signals(session: Session, rows: Sequence[dict[str, Any]] | Batch) -> int:
    """Insert signals, ignoring those already stored (same ``source_key``).

    As dicts, ``params`` is a dict (stored as JSON) and ``person_id``, ``profile_id``,
    ``import_run_id`` may be left out; in a :class:`Batch`, ``params`` is JSON text
    already. ``created_at`` is now.
    """
    fresh = _unseen(_signal, session, rows)
    now = datetime.now(UTC)
    if isinstance(fresh, Batch):
        batch = Batch(fresh.columns, fresh.rows, {**fresh.constants, "created_at": now}, True)
    else:
        batch = Batch(
            _SIGNAL_COLUMNS,
            [
                (
                    row["kind"],
                    row["occurred_at"],
                    row.get("person_id"),
                    row.get("profile_id"),
                    json.dumps(row.get("params", {})),
                    row.get("source_key"),
                    row.get("import_run_id"),
                )
                for row in fresh
            ],
            {"created_at": now},
        )
    return bulk_insert(session, _signal, batch, skip_duplicates_of="source_key")


def list_exchanges(
    session: Session, *, person_id: int | None, profile_id: int | None
) -> list[Exchange]:
    """Exchanges with a person and with their paired profile, newest first."""
    conditions = []
    if person_id is not None:
        conditions.append(_exchange.c.person_id == person_id)
    if profile_id is not None:
        conditions.append(_exchange.c.profile_id == profile_id)
    if not conditions:
        return []
    rows = session.execute(
        sa.select(_exchange)
        .where(sa.or_(*conditions))
        .order_by(_exchange.c.occurred_at.desc(), _exchange.c.id.desc())
    ).mappings()
    return [
        Exchange(
            id=r["id"],
            occurred_at=r["occurred_at"],
            direction=Direction(r["direction"]),
            channel=Channel(r["channel"]),
            subject=r["subject"],
            person_id=r["person_id"],
            profile_id=r["profile_id"],
        )
        for r in rows
    ]


def exchange_dates(
    session: Session, person_ids: Sequence[int], *, excluding_run: int | None = None
) -> dict[int, list[datetime]]:
    """Dates of every exchange of the given people (their own, not via LinkedIn), but
    those stored by the import ``excluding_run`` (which knows its own)."""
    found: dict[int, list[datetime]] = {}
    ids = list(person_ids)
    occurred = raw_text(_exchange.c.occurred_at)  # parsed below: cheaper than the ORM's
    for start in range(0, len(ids), 900):
        query = sa.select(_exchange.c.person_id, occurred).where(
            _exchange.c.person_id.in_(ids[start : start + 900])
        )
        if excluding_run is not None:
            run = _exchange.c.import_run_id
            query = query.where(sa.or_(run.is_(None), run != excluding_run))
        result = session.execute(query)
        # Fetched by thousands: one fetchone per row costs more than the query, all rows
        # at once hold a big mailbox's history twice.
        for rows in result.partitions(5000):
            for person_id, when in rows:
                found.setdefault(person_id, []).append(utc(when))
    return found


def signals_of_run(session: Session, run_id: int, limit: int = 200) -> list[Signal]:
    """The newest signals an import created (at most ``limit``)."""
    return list_signals(session, run_id=run_id, limit=limit)


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store a domain preference as JSON (insert or replace)."""
    payload = json.dumps(value)
    updated: sa.CursorResult[Any] = session.execute(  # type: ignore[assignment]
        sa.update(_setting).where(_setting.c.key == key).values(value=payload)
    )
    if not updated.rowcount:
        session.execute(sa.insert(_setting).values(key=key, value=payload))
