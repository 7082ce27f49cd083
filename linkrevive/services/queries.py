"""Read-only views of the store for the faces: connections, signals, people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from linkrevive.domain.enums import SignalKind
from linkrevive.domain.models import Exchange, Person, Profile, Signal
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo, linkedin_repo, people_repo


def connections(workspace: Workspace) -> list[Profile]:
    """Every LinkedIn profile with its position history."""
    with workspace.database.session() as session:
        return linkedin_repo.list_profiles(session)


def signals(
    workspace: Workspace, *, since: datetime | None = None, kind: SignalKind | None = None
) -> list[Signal]:
    """Signals newest first, optionally since a date and of one kind."""
    with workspace.database.session() as session:
        return activity_repo.list_signals(session, since=since, kind=kind)


def people(workspace: Workspace) -> list[Person]:
    """Every person of the email side with emails, pairing and last exchange."""
    with workspace.database.session() as session:
        return people_repo.list_people(session)


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """Everything the detail pane shows about one person."""

    person: Person
    profile: Profile | None
    exchanges: list[Exchange]
    signals: list[Signal]


def person_detail(workspace: Workspace, person_id: int) -> PersonDetail | None:
    """One person with their paired profile, exchanges and signals (newest first)."""
    with workspace.database.session() as session:
        found = people_repo.list_people(session, [person_id])
        if not found:
            return None
        person = found[0]
        profile = (
            linkedin_repo.get_profile(session, person.linkedin_url) if person.linkedin_url else None
        )
        profile_id = profile.id if profile else None
        exchanges = activity_repo.list_exchanges(
            session, person_id=person_id, profile_id=profile_id
        )
        signals = activity_repo.list_signals(session, person_id=person_id, profile_id=profile_id)
        return PersonDetail(person, profile, exchanges, signals)
