"""What Today proposed each morning and what the user did to leads, read on SQLAlchemy
Core: the outcome rules read these with the leads' exchanges (their own and those of their
paired LinkedIn profile). Rows are plain tuples; the service turns them into engine records.

Today reads them without loading SQLModel nor the ORM; ``outcome_repo`` writes them (the
tables are described in ``storage.tables``; these ``table()`` clauses name a subset of
their columns, which ``tests/cli/test_listing_startup.py`` checks).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

import sqlalchemy as sa

from linkrevive.domain.enums import PAIRED
from linkrevive.storage.listings import EXCHANGE, MOMENT, PAIRING, stored_moment, utc

if TYPE_CHECKING:
    from linkrevive.storage.listings import Reader

PROPOSAL = sa.table(
    "proposal",
    sa.column("id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("proposed_on", sa.Date),
    sa.column("sign", sa.String),
    sa.column("sign_on", sa.Date),
    sa.column("stage", sa.String),
    sa.column("stall_reason", sa.String),
    sa.column("conversation_year", sa.Integer),
    sa.column("signs", sa.String),
)
LEAD_EVENT = sa.table(
    "lead_event",
    sa.column("id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("occurred_at", MOMENT),
    sa.column("old_value", sa.String),
    sa.column("new_value", sa.String),
)

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


def proposals(reader: Reader, *, until: date | None = None) -> list[ProposalRecord]:
    """Every stored proposal up to ``until`` (all by default), by person and day."""
    query = sa.select(
        PROPOSAL.c.person_id,
        PROPOSAL.c.proposed_on,
        PROPOSAL.c.sign,
        PROPOSAL.c.sign_on,
        PROPOSAL.c.stage,
        PROPOSAL.c.stall_reason,
        PROPOSAL.c.conversation_year,
        PROPOSAL.c.signs,
    ).order_by(PROPOSAL.c.person_id, PROPOSAL.c.proposed_on)
    if until is not None:
        query = query.where(PROPOSAL.c.proposed_on <= until)
    return [ProposalRecord(*row) for row in reader.execute(query)]


def events(reader: Reader, kind: str, person_ids: Iterable[int]) -> list[EventRecord]:
    """The events of ``kind`` of ``person_ids``, oldest first."""
    ids = sorted(set(person_ids))
    found: list[EventRecord] = []
    for start in range(0, len(ids), _CHUNK):
        query = (
            sa.select(
                LEAD_EVENT.c.person_id,
                LEAD_EVENT.c.kind,
                LEAD_EVENT.c.occurred_at,
                LEAD_EVENT.c.old_value,
                LEAD_EVENT.c.new_value,
            )
            .where(
                LEAD_EVENT.c.kind == kind, LEAD_EVENT.c.person_id.in_(ids[start : start + _CHUNK])
            )
            .order_by(LEAD_EVENT.c.occurred_at, LEAD_EVENT.c.id)
        )
        found.extend(
            EventRecord(person_id, what, utc(at), old, new)
            for person_id, what, at, old, new in reader.execute(query)
        )
    return found


def touches(reader: Reader, person_ids: Iterable[int], *, since: datetime) -> list[TouchRecord]:
    """The exchanges of ``person_ids`` from ``since`` on: their own, and those of the
    LinkedIn profile each is paired with (LinkedIn messages are stored on the profile)."""
    ids = sorted(set(person_ids))
    since = stored_moment(reader, since)
    found: list[TouchRecord] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        own = sa.select(
            EXCHANGE.c.person_id,
            EXCHANGE.c.occurred_at,
            EXCHANGE.c.direction,
            EXCHANGE.c.channel,
        ).where(EXCHANGE.c.person_id.in_(chunk), EXCHANGE.c.occurred_at >= since)
        paired = (
            sa.select(
                PAIRING.c.person_id,
                EXCHANGE.c.occurred_at,
                EXCHANGE.c.direction,
                EXCHANGE.c.channel,
            )
            .join(EXCHANGE, EXCHANGE.c.profile_id == PAIRING.c.profile_id)
            .where(
                PAIRING.c.person_id.in_(chunk),
                PAIRING.c.status.in_(PAIRED),
                EXCHANGE.c.person_id.is_(None),
                EXCHANGE.c.occurred_at >= since,
            )
        )
        for query in (own, paired):
            found.extend(
                TouchRecord(person_id, utc(at), direction, channel)
                for person_id, at, direction, channel in reader.execute(query)
            )
    found.sort(key=lambda t: (t.person_id, t.occurred_at))
    return found
