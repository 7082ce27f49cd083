"""Read-only views of the store for the faces: connections, signals, people, pairs.

The listings read through ``storage.listings`` on a Core connection: a listing command
loads neither SQLModel nor the ORM (issue 14's start-up budget).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from linkrevive.domain.enums import PairStatus, SignalKind
from linkrevive.domain.models import Exchange, Person, Profile, Signal
from linkrevive.services.workspace import Workspace
from linkrevive.storage import listings
from linkrevive.storage.listings import PairRow


def connections(workspace: Workspace) -> list[Profile]:
    """Every LinkedIn profile with its position history."""
    with workspace.database.reading() as connection:
        return listings.list_profiles(connection)


def signals(
    workspace: Workspace, *, since: datetime | None = None, kind: SignalKind | None = None
) -> list[Signal]:
    """Signals newest first, optionally since a date and of one kind."""
    with workspace.database.reading() as connection:
        return listings.list_signals(connection, since=since, kind=kind)


def people(workspace: Workspace) -> list[Person]:
    """Every person of the email side with emails, pairing and last exchange."""
    with workspace.database.reading() as connection:
        return listings.list_people(connection)


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
        found = listings.list_people(session, [person_id])
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
