"""Who is in the team and who is connected to whom, read on SQLAlchemy Core.

Listings (``people --format json``) say which teammates know a person; like
``storage.listings`` these reads load neither SQLModel nor the ORM, and name the columns
they read as Core ``table()`` clauses (the tables are described in ``storage.tables``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias

import sqlalchemy as sa

from linkrevive.domain.enums import LeadState, ProfileStatus, SignalKind
from linkrevive.domain.models import Tie
from linkrevive.storage.listings import PROFILE, SIGNAL

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    #: What these reads run on: a Core connection, or a session of a unit of work.
    Reader: TypeAlias = sa.Connection | Session

#: The consultant of a database nobody named a user in (migration 0005 creates it).
IMPLICIT_ID = 1
#: Whose view a name nobody imported under takes: no consultant's id (nothing is theirs).
NOBODY = 0

CONSULTANT = sa.table("consultant", sa.column("id", sa.Integer), sa.column("name", sa.String))
CONNECTION = sa.table(
    "connection",
    sa.column("consultant_id", sa.Integer),
    sa.column("profile_id", sa.Integer),
    sa.column("status", sa.String),
    sa.column("connected_on", sa.Date),
    sa.column("last_seen", sa.Date),
)
PERSONAL = sa.table(
    "personal_lead_state",
    sa.column("consultant_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("lead_state", sa.String),
    sa.column("state_until", sa.Date),
)


def is_shared(reader: Reader) -> bool:
    """Whether someone other than the implicit consultant has ever been named."""
    query = sa.select(CONSULTANT.c.id).where(CONSULTANT.c.id != IMPLICIT_ID).limit(1)
    return reader.execute(query).first() is not None


def find_consultant(reader: Reader, name: str | None) -> int | None:
    """The id of the consultant called ``name`` (the implicit one's for no name), or None
    when nobody of that name ever imported anything."""
    name = (name or "").strip()
    if not name:
        return IMPLICIT_ID
    found: int | None = reader.execute(
        sa.select(CONSULTANT.c.id).where(CONSULTANT.c.name == name)
    ).scalar()
    return found


def viewer(reader: Reader, name: str | None) -> int | None:
    """Whose LinkedIn rows and lead states Today and the listings show: None in a database
    of one consultant (every row is theirs, as before consultants), else the consultant
    called ``name`` (the implicit one for no name; :data:`NOBODY` for a name that never
    imported nor decided anything)."""
    if not is_shared(reader):
        return None
    found = find_consultant(reader, name)
    return NOBODY if found is None else found


def ties(reader: Reader, profile_ids: Collection[int] | None = None) -> dict[int, list[Tie]]:
    """Every consultant's connection to these profiles (all when None), keyed by profile,
    earliest connection first; invitations and messages only are not connections."""
    query = (
        sa.select(
            CONNECTION.c.profile_id,
            CONNECTION.c.consultant_id,
            CONSULTANT.c.name,
            CONNECTION.c.status,
            CONNECTION.c.connected_on,
        )
        .join(CONSULTANT, CONSULTANT.c.id == CONNECTION.c.consultant_id)
        .where(CONNECTION.c.status.in_((ProfileStatus.CURRENT.value, ProfileStatus.REMOVED.value)))
        .order_by(CONNECTION.c.profile_id, CONNECTION.c.connected_on, CONSULTANT.c.name)
    )
    found: dict[int, list[Tie]] = {}
    chunks: list[Sequence[int] | None] = (
        [None] if profile_ids is None else list(_chunks(sorted(profile_ids)))
    )
    for chunk in chunks:
        part = query if chunk is None else query.where(CONNECTION.c.profile_id.in_(chunk))
        for pid, cid, name, status, since in reader.execute(part):
            found.setdefault(pid, []).append(Tie(cid, name, ProfileStatus(status), since))
    return found


def network_of(reader: Reader, consultant: int) -> dict[int, tuple[ProfileStatus, date | None]]:
    """The consultant's own ties, by profile: their status (current, removed, an
    invitation or messages only) and the day they connected."""
    query = sa.select(
        CONNECTION.c.profile_id, CONNECTION.c.status, CONNECTION.c.connected_on
    ).where(CONNECTION.c.consultant_id == consultant)
    return {pid: (ProfileStatus(status), since) for pid, status, since in reader.execute(query)}


def personal_states(
    reader: Reader, consultant: int, person_ids: Collection[int] | None = None
) -> dict[int, tuple[LeadState, date | None]]:
    """A named consultant's own lead states (snoozed, dismissed, revived) and their dates,
    by person (all, or these people); a person missing is active for them."""
    query = sa.select(PERSONAL.c.person_id, PERSONAL.c.lead_state, PERSONAL.c.state_until).where(
        PERSONAL.c.consultant_id == consultant
    )
    if person_ids is not None:
        query = query.where(PERSONAL.c.person_id.in_(sorted(person_ids)))
    return {pid: (LeadState(state), until) for pid, state, until in reader.execute(query)}


def teammates_signals(reader: Reader, consultant: int) -> set[int]:
    """The ids of the signals another consultant's LinkedIn import brought that are theirs
    alone (messages, invitations, reconnections); a job or title change is everyone's."""
    everyone = (SignalKind.JOB_CHANGE.value, SignalKind.TITLE_CHANGE.value)
    query = sa.select(SIGNAL.c.id).where(
        SIGNAL.c.consultant_id.is_not(None),
        SIGNAL.c.consultant_id != consultant,
        SIGNAL.c.kind.not_in(everyone),
    )
    return set(reader.execute(query).scalars())


def profile_ids_at(reader: Reader, urls: Collection[str]) -> dict[str, int]:
    """The ids of the stored profiles at these URLs."""
    found: dict[str, int] = {}
    for chunk in _chunks(sorted(urls)):
        query = sa.select(PROFILE.c.url, PROFILE.c.id).where(PROFILE.c.url.in_(chunk))
        found.update({url: pid for url, pid in reader.execute(query)})
    return found


def profile_status(reader: Reader, profile_id: int) -> ProfileStatus | None:
    """The team's view of a profile's status (None: no such profile)."""
    found = reader.execute(sa.select(PROFILE.c.status).where(PROFILE.c.id == profile_id)).scalar()
    return None if found is None else ProfileStatus(found)


def latest_seen(reader: Reader, consultant: int) -> date | None:
    """The date of the newest of this consultant's exports a profile was seen in."""
    query = sa.select(sa.func.max(CONNECTION.c.last_seen)).where(
        CONNECTION.c.consultant_id == consultant
    )
    found: date | None = reader.execute(query).scalar()
    return found


def _chunks(values: Sequence[Any], size: int = 900) -> Iterator[Sequence[Any]]:
    """``values`` a few hundred at a time (SQLite takes at most 999 parameters)."""
    for start in range(0, len(values), size):
        yield values[start : start + size]
