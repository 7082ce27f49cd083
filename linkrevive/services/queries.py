"""Read-only views of the store for the faces: connections, signals, people, pairs.

The listings read through ``storage.listings`` on a Core connection: a listing command
loads neither SQLModel nor the ORM (issue 14's start-up budget).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from linkrevive.domain.enums import LeadState, PairStatus, SignalKind
from linkrevive.domain.models import Exchange, Person, Profile, Signal
from linkrevive.services import consultants
from linkrevive.services.workspace import Workspace
from linkrevive.storage import listings, team_listings
from linkrevive.storage.listings import PairRow


def connections(workspace: Workspace, *, team: bool = False) -> list[Profile]:
    """Every LinkedIn profile with its position history.

    In a shared database, the current user's own network (their status of each tie and
    the day they connected); with ``team``, every profile the team knows (current when
    anyone's tie is)."""
    with workspace.database.reading() as connection:
        found = listings.list_profiles(connection)
        viewer = None if team else team_listings.viewer(connection, consultants.current_user())
        if viewer is None:
            return found
        mine = team_listings.network_of(connection, viewer)
    return [
        replace(p, status=mine[p.id][0], connected_on=mine[p.id][1]) for p in found if p.id in mine
    ]


def signals(
    workspace: Workspace,
    *,
    since: datetime | None = None,
    kind: SignalKind | None = None,
    team: bool = False,
) -> list[Signal]:
    """Signals newest first, optionally since a date and of one kind.

    In a shared database, without the teammates' own LinkedIn news (their messages,
    invitations, reconnections; job and title changes are everyone's); with ``team``,
    every signal."""
    with workspace.database.reading() as connection:
        found = listings.list_signals(connection, since=since, kind=kind)
        viewer = None if team else team_listings.viewer(connection, consultants.current_user())
        if viewer is None:
            return found
        theirs = team_listings.teammates_signals(connection, viewer)
    return [s for s in found if s.id not in theirs]


def people(workspace: Workspace) -> list[Person]:
    """Every person of the email side with emails, pairing and last exchange; their lead
    state as the current user sees it (see :func:`_as_seen`)."""
    with workspace.database.reading() as connection:
        return _as_seen(connection, listings.list_people(connection))


def _as_seen(reader: Any, found: list[Person], ids: Sequence[int] | None = None) -> list[Person]:
    """``found`` with the lead states of the current user: in a shared database a named
    consultant's own (snoozed, dismissed, revived; a do-not-contact is the team's), the
    person rows' for the implicit consultant and in a database of one consultant."""
    viewer = team_listings.viewer(reader, consultants.current_user())
    if viewer is None or viewer == team_listings.IMPLICIT_ID:
        return found
    own = team_listings.personal_states(reader, viewer, ids)
    active, dnc = LeadState.ACTIVE, LeadState.DO_NOT_CONTACT
    seen = []
    for person in found:
        state, until = own.get(person.id, (active, None))
        if person.lead_state is not dnc and (person.lead_state, person.state_until) != (
            state,
            until,
        ):
            person = replace(person, lead_state=state, state_until=until)
        seen.append(person)
    return seen


def pairs(workspace: Workspace, status: PairStatus | None = None) -> list[PairRow]:
    """Pairings with both sides' details, best first (one status, or all)."""
    with workspace.database.reading() as connection:
        return listings.list_pairs(connection, status)


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything the detail pane shows about one person."""

    person: Person
    profile: Profile | None
    exchanges: list[Exchange]
    signals: list[Signal]


def person_detail(workspace: Workspace, person_id: int) -> PersonDetail | None:
    """One person with their paired profile, exchanges and signals (newest first)."""
    from linkrevive.storage import activity_repo  # the ORM: the detail pane, not a listing

    with workspace.database.session() as session:
        found = _as_seen(session, listings.list_people(session, [person_id]), [person_id])
        if not found:
            return None
        person = found[0]
        profile = None
        if person.linkedin_url:
            profiles = listings.list_profiles(session, url=person.linkedin_url)
            profile = profiles[0] if profiles else None
        profile_id = profile.id if profile else None
        exchanges = activity_repo.list_exchanges(
            session, person_id=person_id, profile_id=profile_id
        )
        signals = listings.list_signals(session, person_id=person_id, profile_id=profile_id)
        return PersonDetail(person, profile, exchanges, signals)
