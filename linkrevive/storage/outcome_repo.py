"""What Today proposed each morning, and what the user did to leads: opener copies, stages.

The outcome rules read these with the leads' exchanges (their own and those of their paired
LinkedIn profile). Rows are plain tuples; the service turns them into engine records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import PAIRED
from linkrevive.storage.tables import (
    ExchangeRow,
    LeadEventRow,
    PairingRow,
    PersonRow,
    ProposalRow,
)

_proposal = ProposalRow.__table__  # type: ignore[attr-defined]
_event = LeadEventRow.__table__  # type: ignore[attr-defined]
_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
_pairing = PairingRow.__table__  # type: ignore[attr-defined]
_person = PersonRow.__table__  # type: ignore[attr-defined]

#: ``lead_event.kind`` values.
OPENER_COPIED = "opener_copied"
STAGE_CHANGED = "stage_changed"
_CHUNK = 500


class ProposalRecord(NamedTuple):
    """One stored proposal (stage and stall reason as stored values)."""

    person_id: int
    proposed_on: date
    sign: str
    sign_on: date | None
    stage: str | None
    stall_reason: str | None
    conversation_year: int | None
    signs: str = ""


class EventRecord(NamedTuple):
    """One stored lead event."""

    person_id: int
    kind: str
    occurred_at: datetime
    old_value: str | None
    new_value: str | None


class TouchRecord(NamedTuple):
    """One exchange of a person (``direction`` and ``channel`` as stored values)."""

    person_id: int
    occurred_at: datetime
    direction: str
    channel: str


def record_proposals(session: Session, day: date, rows: Sequence[Mapping[str, Any]]) -> int:
    """Store the leads shown on ``day`` (``rows`` keyed like :class:`ProposalRecord`, without
    ``proposed_on``); a lead already stored for that day keeps its first row (what the
    user saw first). Returns the rows added."""
    if not rows:
        return 0
    ids = [int(r["person_id"]) for r in rows]
    known: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        known.update(
            session.execute(
                sa.select(_proposal.c.person_id).where(
                    _proposal.c.proposed_on == day,
                    _proposal.c.person_id.in_(ids[start : start + _CHUNK]),
                )
            ).scalars()
        )
    fresh: dict[int, dict[str, Any]] = {}
    for row in rows:
        person_id = int(row["person_id"])
        if person_id not in known and person_id not in fresh:
            fresh[person_id] = {**row, "person_id": person_id, "proposed_on": day}
    if fresh:
        session.execute(sa.insert(_proposal), list(fresh.values()))
    return len(fresh)


def proposals(session: Session, *, until: date | None = None) -> list[ProposalRecord]:
    """Every stored proposal up to ``until`` (all by default), by person and day."""
    query = sa.select(
        _proposal.c.person_id,
        _proposal.c.proposed_on,
        _proposal.c.sign,
        _proposal.c.sign_on,
        _proposal.c.stage,
        _proposal.c.stall_reason,
        _proposal.c.conversation_year,
        _proposal.c.signs,
    ).order_by(_proposal.c.person_id, _proposal.c.proposed_on)
    if until is not None:
        query = query.where(_proposal.c.proposed_on <= until)
    return [ProposalRecord(*row) for row in session.execute(query)]


def record_event(
    session: Session,
    person_id: int,
    kind: str,
    when: datetime,
    *,
    old_value: str | None = None,
    new_value: str | None = None,
) -> None:
    """Store one thing the user did to a lead."""
    session.execute(
        sa.insert(_event).values(
            person_id=person_id,
            kind=kind,
            occurred_at=when,
            old_value=old_value,
            new_value=new_value,
        )
    )


def events(session: Session, kind: str, person_ids: Iterable[int]) -> list[EventRecord]:
    """The events of ``kind`` of ``person_ids``, oldest first."""
    ids = sorted(set(person_ids))
    found: list[EventRecord] = []
    for start in range(0, len(ids), _CHUNK):
        query = (
            sa.select(
                _event.c.person_id,
                _event.c.kind,
                _event.c.occurred_at,
                _event.c.old_value,
                _event.c.new_value,
            )
            .where(_event.c.kind == kind, _event.c.person_id.in_(ids[start : start + _CHUNK]))
            .order_by(_event.c.occurred_at, _event.c.id)
        )
        found.extend(EventRecord(*row) for row in session.execute(query))
    return found


def touches(session: Session, person_ids: Iterable[int], *, since: datetime) -> list[TouchRecord]:
    """The exchanges of ``person_ids`` from ``since`` on: their own, and those of the
    LinkedIn profile each is paired with (LinkedIn messages are stored on the profile)."""
    ids = sorted(set(person_ids))
    found: list[TouchRecord] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        own = sa.select(
            _exchange.c.person_id,
            _exchange.c.occurred_at,
            _exchange.c.direction,
            _exchange.c.channel,
        ).where(_exchange.c.person_id.in_(chunk), _exchange.c.occurred_at >= since)
        paired = (
            sa.select(
                _pairing.c.person_id,
                _exchange.c.occurred_at,
                _exchange.c.direction,
                _exchange.c.channel,
            )
            .join(_exchange, _exchange.c.profile_id == _pairing.c.profile_id)
            .where(
                _pairing.c.person_id.in_(chunk),
                _pairing.c.status.in_(PAIRED),
                _exchange.c.person_id.is_(None),
                _exchange.c.occurred_at >= since,
            )
        )
        for query in (own, paired):
            found.extend(TouchRecord(*row) for row in session.execute(query))
    found.sort(key=lambda t: (t.person_id, t.occurred_at))
    return found


def log_stage_changes(
    session: Session, person_ids: Iterable[int], new_stage: str | None, when: datetime
) -> int:
    """Log the user setting the stage of ``person_ids`` to ``new_stage`` (read the stages
    before writing them); people whose stage does not change log nothing. Returns the
    events logged."""
    ids = sorted(set(person_ids))
    logged = 0
    for start in range(0, len(ids), _CHUNK):
        rows = session.execute(
            sa.select(_person.c.id, _person.c.stage).where(
                _person.c.id.in_(ids[start : start + _CHUNK])
            )
        ).all()
        values = [
            {
                "person_id": person_id,
                "kind": STAGE_CHANGED,
                "occurred_at": when,
                "old_value": old,
                "new_value": new_stage,
            }
            for person_id, old in rows
            if old != new_stage
        ]
        if values:
            session.execute(sa.insert(_event), values)
            logged += len(values)
    return logged
