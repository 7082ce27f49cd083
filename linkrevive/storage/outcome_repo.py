"""What Today proposed each morning, and what the user did to leads: opener copies, stages.

Written here; read on Core in ``outcome_reads`` (Today loads no ORM), whose reads and
records this module re-exports for its callers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.storage.outcome_reads import OPENER_COPIED as OPENER_COPIED
from linkrevive.storage.outcome_reads import STAGE_CHANGED as STAGE_CHANGED
from linkrevive.storage.outcome_reads import EventRecord as EventRecord
from linkrevive.storage.outcome_reads import ProposalRecord as ProposalRecord
from linkrevive.storage.outcome_reads import TouchRecord as TouchRecord
from linkrevive.storage.outcome_reads import events as events
from linkrevive.storage.outcome_reads import proposals as proposals
from linkrevive.storage.outcome_reads import touches as touches
from linkrevive.storage.tables import LeadEventRow, PersonRow, ProposalRow

_proposal = ProposalRow.__table__  # type: ignore[attr-defined]
_event = LeadEventRow.__table__  # type: ignore[attr-defined]
_person = PersonRow.__table__  # type: ignore[attr-defined]
_CHUNK = 500


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
