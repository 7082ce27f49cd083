"""Exchanges, signals, import runs and settings: the store's dated facts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import SignalKind
from linkrevive.domain.models import Signal
from linkrevive.storage.database import insert_ignoring_duplicates
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
    result = session.execute(
        sa.insert(_run).values(
            kind=kind,
            source=source,
            file_hash=file_hash,
            started_at=datetime.now(UTC),
            outcome="running",
            counts="{}",
        )
    )
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def finish_run(session: Session, run_id: int, counts: dict[str, int]) -> None:
    """Mark an import as done with its counts (committed with the imported rows)."""
    session.execute(
        sa.update(_run)
        .where(_run.c.id == run_id)
        .values(finished_at=datetime.now(UTC), outcome="ok", counts=json.dumps(counts))
    )


def insert_exchanges(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    """Insert exchanges, ignoring those already stored (same ``source_key``)."""
    before = _count(session, _exchange)
    insert_ignoring_duplicates(session, _exchange, rows, "source_key")
    return _count(session, _exchange) - before


def insert_signals(session: Session, rows: Sequence[dict[str, Any]]) -> int:
    """Insert signals, ignoring those already stored (same ``source_key``)."""
    prepared = [{**row, "params": json.dumps(row.get("params", {}))} for row in rows]
    before = _count(session, _signal)
    insert_ignoring_duplicates(session, _signal, prepared, "source_key")
    return _count(session, _signal) - before


def _count(session: Session, table: sa.Table) -> int:
    return int(session.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def signals_of_run(session: Session, run_id: int) -> list[Signal]:
    """The signals an import created."""
    return list_signals(session, run_id=run_id)


def list_signals(
    session: Session,
    *,
    since: datetime | None = None,
    kind: SignalKind | None = None,
    run_id: int | None = None,
) -> list[Signal]:
    """Signals newest first, with the name, email and profile URL they concern."""
    first_email = (
        sa.select(_email.c.person_id, sa.func.min(_email.c.email).label("email"))
        .group_by(_email.c.person_id)
        .subquery()
    )
    stmt = (
        sa.select(
            _signal.c.id,
            _signal.c.kind,
            _signal.c.occurred_at,
            _signal.c.person_id,
            _signal.c.profile_id,
            _signal.c.params,
            _profile.c.first_name,
            _profile.c.last_name,
            _profile.c.url,
            _profile.c.email.label("profile_email"),
            _person.c.display_name,
            _person.c.first_name.label("p_first"),
            _person.c.last_name.label("p_last"),
            first_email.c.email,
        )
        .outerjoin(_profile, _profile.c.id == _signal.c.profile_id)
        .outerjoin(_person, _person.c.id == _signal.c.person_id)
        .outerjoin(first_email, first_email.c.person_id == _signal.c.person_id)
        .order_by(_signal.c.occurred_at.desc(), _signal.c.id.desc())
    )
    if since is not None:
        stmt = stmt.where(_signal.c.occurred_at >= since)
    if kind is not None:
        stmt = stmt.where(_signal.c.kind == kind.value)
    if run_id is not None:
        stmt = stmt.where(_signal.c.import_run_id == run_id)
    signals = []
    for row in session.execute(stmt):
        occurred = row.occurred_at
        if occurred is not None and occurred.tzinfo is None:
            occurred = occurred.replace(tzinfo=UTC)
        if row.url is not None:
            name = " ".join(p for p in (row.first_name, row.last_name) if p)
        else:
            name = row.display_name or " ".join(p for p in (row.p_first, row.p_last) if p)
        signals.append(
            Signal(
                id=row.id,
                kind=SignalKind(row.kind),
                occurred_at=occurred,
                person_id=row.person_id,
                profile_id=row.profile_id,
                params=json.loads(row.params or "{}"),
                name=name,
                email=row.email or row.profile_email,
                linkedin_url=row.url,
            )
        )
    return signals


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """A domain preference stored as JSON, or ``default``."""
    value = session.execute(sa.select(_setting.c.value).where(_setting.c.key == key)).scalar()
    return default if value is None else json.loads(value)


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store a domain preference as JSON (insert or replace)."""
    payload = json.dumps(value)
    updated = session.execute(
        sa.update(_setting).where(_setting.c.key == key).values(value=payload)
    )
    if not updated.rowcount:
        session.execute(sa.insert(_setting).values(key=key, value=payload))
