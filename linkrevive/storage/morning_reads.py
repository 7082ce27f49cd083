"""The record of the mornings read on SQLAlchemy Core: each consultant's visits of Today,
what they showed of each lead, and whose snoozes ended.

``today`` reads them without loading SQLModel nor the ORM; ``morning_repo`` writes the
visits (the tables are described in ``storage.tables``; these ``table()`` clauses name a
subset of their columns, which ``tests/cli/test_listing_startup.py`` checks).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from linkrevive.domain.enums import LeadState, Stage, StallReason
from linkrevive.domain.morning import ShownLead, Visit
from linkrevive.storage.listings import MOMENT, PERSON, utc
from linkrevive.storage.team_listings import IMPLICIT_ID, PERSONAL, viewer

if TYPE_CHECKING:
    from linkrevive.storage.listings import Reader

TODAY_VISIT = sa.table(
    "today_visit",
    sa.column("id", sa.Integer),
    sa.column("as_of", sa.Date),
    sa.column("seen_at", MOMENT),
    sa.column("consultant_id", sa.Integer),
)
TODAY_VISIT_LEAD = sa.table(
    "today_visit_lead",
    sa.column("id", sa.Integer),
    sa.column("visit_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("profile_id", sa.Integer),
    sa.column("rank", sa.Integer),
    sa.column("section", sa.String),
    sa.column("score", sa.Integer),
    sa.column("signs", sa.String),
    sa.column("stage", sa.String),
    sa.column("stall_reason", sa.String),
    sa.column("last_exchange", sa.Date),
)
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
    TODAY_VISIT_LEAD.c.rank,
    TODAY_VISIT_LEAD.c.section,
    TODAY_VISIT_LEAD.c.score,
    TODAY_VISIT_LEAD.c.signs,
    TODAY_VISIT_LEAD.c.stage,
    TODAY_VISIT_LEAD.c.stall_reason,
    TODAY_VISIT_LEAD.c.last_exchange,
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


def reader(reader: Reader, name: str | None) -> int:
    """Whose visits a morning of the user called ``name`` reads: theirs in a shared
    database (nobody's for a name that never did anything there), the implicit
    consultant's in a database of one consultant."""
    found = viewer(reader, name)
    return IMPLICIT_ID if found is None else found


def visits(
    reader: Reader,
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
    mine = TODAY_VISIT.c.consultant_id == consultant
    stmt = (
        sa.select(TODAY_VISIT.c.id, TODAY_VISIT.c.as_of, TODAY_VISIT.c.seen_at)
        .where(mine)
        .order_by(TODAY_VISIT.c.as_of)
    )
    if before is not None:
        stmt = stmt.where(TODAY_VISIT.c.as_of < before)
    if since is not None:
        stmt = stmt.where(TODAY_VISIT.c.as_of >= since)
    heads = reader.execute(stmt).all()
    if not heads:
        return []
    rows: dict[int, list[ShownLead]] = {visit_id: [] for visit_id, _, _ in heads}
    lead_stmt = sa.select(
        TODAY_VISIT_LEAD.c.visit_id,
        TODAY_VISIT_LEAD.c.person_id,
        TODAY_VISIT_LEAD.c.profile_id,
        *_SHOWN,
    )
    lead_stmt = (
        lead_stmt.join(TODAY_VISIT, TODAY_VISIT.c.id == TODAY_VISIT_LEAD.c.visit_id)
        .where(mine)
        .order_by(TODAY_VISIT_LEAD.c.visit_id, TODAY_VISIT_LEAD.c.rank, TODAY_VISIT_LEAD.c.id)
    )
    if before is not None:
        lead_stmt = lead_stmt.where(TODAY_VISIT.c.as_of < before)
    if since is not None:
        lead_stmt = lead_stmt.where(TODAY_VISIT.c.as_of >= since)
    found_rows: list[Any] = []
    if leads is None:
        found_rows = list(reader.execute(lead_stmt).all())
    else:
        people = sorted({i for i in leads if i > 0})
        profiles = sorted({-i for i in leads if i < 0})
        for column, ids in (
            (TODAY_VISIT_LEAD.c.person_id, people),
            (TODAY_VISIT_LEAD.c.profile_id, profiles),
        ):
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                found_rows.extend(reader.execute(lead_stmt.where(column.in_(chunk))).all())
        found_rows.sort(key=lambda r: (r[0], r[3]))
    for visit_id, person, profile, *shown in found_rows:
        lead_id = person if person is not None else -(profile or 0)
        rows[visit_id].append(_shown(int(lead_id), shown))
    found = []
    for visit_id, as_of, seen_at in heads:
        found.append(Visit(_day(as_of) or date.min, utc(seen_at), tuple(rows[visit_id])))
    return found


def last_shown(
    reader: Reader, leads: Collection[int], *, before: date, consultant: int = IMPLICIT_ID
) -> tuple[date | None, dict[int, tuple[date, ShownLead]]]:
    """The day of ``consultant``'s last visit before ``before`` (None: none), and for each
    of ``leads`` that one of their visits before then showed, the last such visit's day and
    row.

    All a morning needs to tell what is new among the leads it shows; one row per lead
    whatever the years of visits (the database picks them).
    """
    mine = TODAY_VISIT.c.consultant_id == consultant
    last = reader.execute(
        sa.select(sa.func.max(TODAY_VISIT.c.as_of)).where(mine, TODAY_VISIT.c.as_of < before)
    ).scalar()
    last_day = _day(last)
    found: dict[int, tuple[date, ShownLead]] = {}
    if last_day is None:
        return None, found
    people = sorted({i for i in leads if i > 0})
    profiles = sorted({-i for i in leads if i < 0})
    for column, ids, sign in (
        (TODAY_VISIT_LEAD.c.person_id, people, 1),
        (TODAY_VISIT_LEAD.c.profile_id, profiles, -1),
    ):
        # First the day each lead was last shown (a narrow aggregate on the lead's index),
        # then those rows, a day at a time (most leads share the last visit's day).
        by_day: dict[date, list[int]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for key, newest in reader.execute(
                sa.select(column, sa.func.max(TODAY_VISIT.c.as_of))
                .join(TODAY_VISIT, TODAY_VISIT.c.id == TODAY_VISIT_LEAD.c.visit_id)
                .where(mine, TODAY_VISIT.c.as_of < before, column.in_(chunk))
                .group_by(column)
            ).all():
                shown_on = _day(newest)
                if shown_on is not None:
                    by_day.setdefault(shown_on, []).append(int(key))
        for shown_on, keys in by_day.items():
            for start in range(0, len(keys), _CHUNK):
                for row in reader.execute(
                    sa.select(column, *_SHOWN)
                    .join(TODAY_VISIT, TODAY_VISIT.c.id == TODAY_VISIT_LEAD.c.visit_id)
                    .where(
                        mine,
                        TODAY_VISIT.c.as_of == shown_on,
                        column.in_(keys[start : start + _CHUNK]),
                    )
                ).all():
                    key, *shown = row
                    lead_id = sign * int(key)
                    found[lead_id] = (shown_on, _shown(lead_id, shown))
    return last_day, found


def snooze_ends(
    reader: Reader, person_ids: Collection[int], *, by: date, consultant: int = IMPLICIT_ID
) -> dict[int, date]:
    """The day the snooze of each of ``person_ids`` ended, for those still marked snoozed
    with a snooze date on or before ``by`` (they are back in Today).

    The snoozes are ``consultant``'s own: a named consultant's rows of
    ``personal_lead_state``, the person rows' for the implicit consultant (a teammate's
    snooze ending is no news of mine)."""
    ids = sorted({p for p in person_ids if p > 0})
    table = PERSON if consultant == IMPLICIT_ID else PERSONAL
    key = PERSON.c.id if consultant == IMPLICIT_ID else PERSONAL.c.person_id
    stmt = sa.select(key, table.c.state_until).where(
        table.c.lead_state == LeadState.SNOOZED.value,
        table.c.state_until.is_not(None),
        table.c.state_until <= by,
    )
    if consultant != IMPLICIT_ID:
        stmt = stmt.where(PERSONAL.c.consultant_id == consultant)
    found: dict[int, date] = {}
    for start in range(0, len(ids), _CHUNK):
        for person_id, until in reader.execute(
            stmt.where(key.in_(ids[start : start + _CHUNK]))
        ).all():
            day = _day(until)
            if day is not None:
                found[int(person_id)] = day
    return found
