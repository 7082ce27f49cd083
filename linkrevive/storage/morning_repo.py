"""The record of the mornings: each consultant's snapshot of Today, day by day.

A visit is one row per consultant and day (``as_of``) with one row per lead shown; saving
a second look the same day replaces that day's rows (the caller merges). Each consultant
has their own visits (in a database of one consultant, the implicit consultant's: id 1),
so a teammate's look at Today changes nothing of what is new for me. Only the last
:data:`VISITS_KEPT` visits of each consultant are kept: enough for three years of daily
mornings.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import LeadState, Stage, StallReason
from linkrevive.domain.morning import ShownLead, Visit
from linkrevive.storage.tables import (
    PersonalLeadStateRow,
    PersonRow,
    ProfileRow,
    TodayVisitLeadRow,
    TodayVisitRow,
)
from linkrevive.storage.team_listings import IMPLICIT_ID, viewer

_visit = TodayVisitRow.__table__  # type: ignore[attr-defined]
_lead = TodayVisitLeadRow.__table__  # type: ignore[attr-defined]
_person = PersonRow.__table__  # type: ignore[attr-defined]
_personal = PersonalLeadStateRow.__table__  # type: ignore[attr-defined]
#: Visits kept per consultant (oldest dropped first): about three years of daily mornings.
VISITS_KEPT = 1200
_CHUNK = 900  # below SQLite's default limit of bound parameters
_STAGES = frozenset(s.value for s in Stage)
_STALLS = frozenset(s.value for s in StallReason)


def _day(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _stage(value: str | None) -> Stage | None:
    return Stage(value) if value in _STAGES else None


def _stall(value: str | None) -> StallReason | None:
    return StallReason(value) if value in _STALLS else None


def _signs(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text)
    except ValueError:
        return ()
    return tuple(str(k) for k in value) if isinstance(value, list) else ()


#: A shown lead's row as :func:`_shown` reads it.
_SHOWN = (
    _lead.c.rank,
    _lead.c.section,
    _lead.c.score,
    _lead.c.signs,
    _lead.c.stage,
    _lead.c.stall_reason,
    _lead.c.last_exchange,
)


def _shown(lead_id: int, values: Sequence[Any]) -> ShownLead:
    """The lead ``lead_id`` as a visit showed it, from the values of :data:`_SHOWN`."""
    rank, section, score, signs, stage, stall, last = values
    return ShownLead(
        lead_id=lead_id,
        rank=int(rank),
        section=str(section),
        score=int(score),
        signs=_signs(signs),
        stage=_stage(stage),
        stall_reason=_stall(stall),
        last_exchange=_day(last),
    )


def reader(session: Session, name: str | None) -> int:
    """Whose visits a morning of the user called ``name`` reads: theirs in a shared
    database (nobody's for a name that never did anything there), the implicit
    consultant's in a database of one consultant."""
    found = viewer(session, name)
    return IMPLICIT_ID if found is None else found


def visits(
    session: Session,
    *,
    before: date | None = None,
    since: date | None = None,
    leads: Collection[int] | None = None,
    consultant: int = IMPLICIT_ID,
) -> list[Visit]:
    """Every kept visit of ``consultant``, oldest first (with ``before``, only the days
    before it; with ``since``, only the days from it on).

    With ``leads`` (lead ids: person ids, negated profile ids), each visit holds only those
    of its leads: all a morning needs to tell what is new among the leads it shows, read
    without the years of other rows.
    """
    mine = _visit.c.consultant_id == consultant
    stmt = (
        sa.select(_visit.c.id, _visit.c.as_of, _visit.c.seen_at)
        .where(mine)
        .order_by(_visit.c.as_of)
    )
    if before is not None:
        stmt = stmt.where(_visit.c.as_of < before)
    if since is not None:
        stmt = stmt.where(_visit.c.as_of >= since)
    heads = session.execute(stmt).all()
    if not heads:
        return []
    rows: dict[int, list[ShownLead]] = {visit_id: [] for visit_id, _, _ in heads}
    lead_stmt = sa.select(_lead.c.visit_id, _lead.c.person_id, _lead.c.profile_id, *_SHOWN)
    lead_stmt = (
        lead_stmt.join(_visit, _visit.c.id == _lead.c.visit_id)
        .where(mine)
        .order_by(_lead.c.visit_id, _lead.c.rank, _lead.c.id)
    )
    if before is not None:
        lead_stmt = lead_stmt.where(_visit.c.as_of < before)
    if since is not None:
        lead_stmt = lead_stmt.where(_visit.c.as_of >= since)
    found_rows: list[Any] = []
    if leads is None:
        found_rows = list(session.execute(lead_stmt).all())
    else:
        people = sorted({i for i in leads if i > 0})
        profiles = sorted({-i for i in leads if i < 0})
        for column, ids in ((_lead.c.person_id, people), (_lead.c.profile_id, profiles)):
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                found_rows.extend(session.execute(lead_stmt.where(column.in_(chunk))).all())
        found_rows.sort(key=lambda r: (r[0], r[3]))
    for visit_id, person, profile, *shown in found_rows:
        lead_id = person if person is not None else -(profile or 0)
        rows[visit_id].append(_shown(int(lead_id), shown))
    found = []
    for visit_id, as_of, seen_at in heads:
        seen = seen_at if isinstance(seen_at, datetime) else datetime.fromisoformat(str(seen_at))
        if seen.tzinfo is None:
            seen = seen.replace(tzinfo=UTC)
        found.append(Visit(_day(as_of) or date.min, seen, tuple(rows[visit_id])))
    return found


def last_shown(
    session: Session, leads: Collection[int], *, before: date, consultant: int = IMPLICIT_ID
) -> tuple[date | None, dict[int, tuple[date, ShownLead]]]:
    """The day of ``consultant``'s last visit before ``before`` (None: none), and for each
    of ``leads`` that one of their visits before then showed, the last such visit's day and
    row.

    All a morning needs to tell what is new among the leads it shows; one row per lead
    whatever the years of visits (the database picks them).
    """
    mine = _visit.c.consultant_id == consultant
    last = session.execute(
        sa.select(sa.func.max(_visit.c.as_of)).where(mine, _visit.c.as_of < before)
    ).scalar()
    last_day = _day(last)
    found: dict[int, tuple[date, ShownLead]] = {}
    if last_day is None:
        return None, found
    people = sorted({i for i in leads if i > 0})
    profiles = sorted({-i for i in leads if i < 0})
    for column, ids, sign in ((_lead.c.person_id, people, 1), (_lead.c.profile_id, profiles, -1)):
        # First the day each lead was last shown (a narrow aggregate on the lead's index),
        # then those rows, a day at a time (most leads share the last visit's day).
        by_day: dict[date, list[int]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for key, newest in session.execute(
                sa.select(column, sa.func.max(_visit.c.as_of))
                .join(_visit, _visit.c.id == _lead.c.visit_id)
                .where(mine, _visit.c.as_of < before, column.in_(chunk))
                .group_by(column)
            ).all():
                shown_on = _day(newest)
                if shown_on is not None:
                    by_day.setdefault(shown_on, []).append(int(key))
        for shown_on, keys in by_day.items():
            for start in range(0, len(keys), _CHUNK):
                for row in session.execute(
                    sa.select(column, *_SHOWN)
                    .join(_visit, _visit.c.id == _lead.c.visit_id)
                    .where(
                        mine,
                        _visit.c.as_of == shown_on,
                        column.in_(keys[start : start + _CHUNK]),
                    )
                ).all():
                    key, *shown = row
                    lead_id = sign * int(key)
                    found[lead_id] = (shown_on, _shown(lead_id, shown))
    return last_day, found


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


def snooze_ends(
    session: Session, person_ids: Collection[int], *, by: date, consultant: int = IMPLICIT_ID
) -> dict[int, date]:
    """The day the snooze of each of ``person_ids`` ended, for those still marked snoozed
    with a snooze date on or before ``by`` (they are back in Today).

    The snoozes are ``consultant``'s own: a named consultant's rows of
    ``personal_lead_state``, the person rows' for the implicit consultant (a teammate's
    snooze ending is no news of mine)."""
    ids = sorted({p for p in person_ids if p > 0})
    table = _person if consultant == IMPLICIT_ID else _personal
    key = _person.c.id if consultant == IMPLICIT_ID else _personal.c.person_id
    stmt = sa.select(key, table.c.state_until).where(
        table.c.lead_state == LeadState.SNOOZED.value,
        table.c.state_until.is_not(None),
        table.c.state_until <= by,
    )
    if consultant != IMPLICIT_ID:
        stmt = stmt.where(_personal.c.consultant_id == consultant)
    found: dict[int, date] = {}
    for start in range(0, len(ids), _CHUNK):
        for person_id, until in session.execute(
            stmt.where(key.in_(ids[start : start + _CHUNK]))
        ).all():
            day = _day(until)
            if day is not None:
                found[int(person_id)] = day
    return found
