"""The record of the mornings: each consultant's snapshot of Today, day by day.

A visit is one row per consultant and day (``as_of``) with one row per lead shown; saving
a second look the same day replaces that day's rows (the caller merges). Each consultant
has their own visits (in a database of one consultant, the implicit consultant's: id 1),
so a teammate's look at Today changes nothing of what is new for me. Only the last
:data:`VISITS_KEPT` visits of each consultant are kept: enough for three years of daily
mornings. The visits are read on Core in ``morning_reads`` (Today loads no ORM) and
written here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.morning import Visit

# The reads, on Core: re-exported for the callers of this module.
from linkrevive.storage.morning_reads import last_shown as last_shown
from linkrevive.storage.morning_reads import reader as reader
from linkrevive.storage.morning_reads import snooze_ends as snooze_ends
from linkrevive.storage.morning_reads import visits as visits
from linkrevive.storage.tables import (
    PersonRow,
    ProfileRow,
    TodayVisitLeadRow,
    TodayVisitRow,
)
from linkrevive.storage.team_listings import IMPLICIT_ID

_visit = TodayVisitRow.__table__  # type: ignore[attr-defined]
_lead = TodayVisitLeadRow.__table__  # type: ignore[attr-defined]
#: Visits kept per consultant (oldest dropped first): about three years of daily mornings.
VISITS_KEPT = 1200
_CHUNK = 900  # below SQLite's default limit of bound parameters


def visit_on(session: Session, as_of: date, *, consultant: int = IMPLICIT_ID) -> Visit | None:
    """``consultant``'s visit of the day ``as_of``, if they looked at Today that day."""
    found = visits(session, before=as_of + timedelta(days=1), since=as_of, consultant=consultant)
    return found[0] if found else None


def save_visit(
    session: Session, visit: Visit, *, consultant: int = IMPLICIT_ID, kept: int = VISITS_KEPT
) -> None:
    """Store ``visit`` as ``consultant``'s visit of its day (replacing their visit of that
    day), then drop their oldest visits beyond ``kept``.

    Leads whose person or profile no longer exists (forgotten since) are left out.
    """
    mine = _visit.c.consultant_id == consultant
    old = session.execute(
        sa.select(_visit.c.id).where(mine, _visit.c.as_of == visit.as_of)
    ).scalar()
    if old is not None:
        session.execute(sa.delete(_lead).where(_lead.c.visit_id == old))
        session.execute(sa.update(_visit).where(_visit.c.id == old).values(seen_at=visit.seen_at))
        visit_id = old
    else:
        session.execute(
            sa.insert(_visit).values(
                consultant_id=consultant, as_of=visit.as_of, seen_at=visit.seen_at
            )
        )
        visit_id = session.execute(
            sa.select(_visit.c.id).where(mine, _visit.c.as_of == visit.as_of)
        ).scalar_one()
    people = _existing(session, PersonRow, [s.lead_id for s in visit.leads if s.lead_id > 0])
    profiles = _existing(session, ProfileRow, [-s.lead_id for s in visit.leads if s.lead_id < 0])
    values = [
        {
            "visit_id": visit_id,
            "person_id": s.lead_id if s.lead_id > 0 else None,
            "profile_id": -s.lead_id if s.lead_id < 0 else None,
            "rank": s.rank,
            "section": s.section,
            "score": s.score,
            "signs": json.dumps(list(s.signs)),
            "stage": s.stage.value if s.stage is not None else None,
            "stall_reason": s.stall_reason.value if s.stall_reason is not None else None,
            "last_exchange": s.last_exchange,
        }
        for s in visit.leads
        if (s.lead_id in people if s.lead_id > 0 else -s.lead_id in profiles)
    ]
    if values:
        session.execute(sa.insert(_lead), values)
    _prune(session, consultant, kept)


def _existing(session: Session, table: type[object], ids: Sequence[int]) -> set[int]:
    column = table.__table__.c.id  # type: ignore[attr-defined]
    found: set[int] = set()
    unique = sorted(set(ids))
    for start in range(0, len(unique), _CHUNK):
        found.update(
            session.execute(sa.select(column).where(column.in_(unique[start : start + _CHUNK])))
            .scalars()
            .all()
        )
    return found


def _prune(session: Session, consultant: int, kept: int) -> None:
    stale = (
        session.execute(
            sa.select(_visit.c.id)
            .where(_visit.c.consultant_id == consultant)
            .order_by(_visit.c.as_of.desc())
            .offset(max(kept, 1))
        )
        .scalars()
        .all()
    )
    for start in range(0, len(stale), _CHUNK):
        chunk = stale[start : start + _CHUNK]
        session.execute(sa.delete(_lead).where(_lead.c.visit_id.in_(chunk)))
        session.execute(sa.delete(_visit).where(_visit.c.id.in_(chunk)))
