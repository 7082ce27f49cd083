"""Read-only views of the store for the faces: connections, signals, people."""

from __future__ import annotations

from datetime import datetime

from linkrevive.domain.enums import SignalKind
from linkrevive.domain.models import Profile, Signal
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo, linkedin_repo


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
