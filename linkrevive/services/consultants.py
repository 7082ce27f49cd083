"""Who the user is in a shared database, and who else in the team knows a person.

Each consultant imports their own LinkedIn network. Commands and the window act as the
*current user*: the command line's ``--as-user NAME``, else ``LINKREVIVE_USER``, else the
name saved on this computer (Settings ▸ "Your name in a shared database"), else the
database's implicit user (every database of one consultant: nothing changes for it). The
name is saved per computer, not in the database, since teammates share the database.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import platformdirs

from linkrevive.domain.enums import ProfileStatus
from linkrevive.domain.models import Tie
from linkrevive.services.workspace import APP_NAME, Workspace
from linkrevive.storage import team_listings

USER_ENV = "LINKREVIVE_USER"

#: The name a command was given (``--as-user``) while it runs, for the services it calls.
_acting: ContextVar[str | None] = ContextVar("linkrevive_acting_user", default=None)


def _saved_name_file() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "user-name.txt"


def saved_user() -> str | None:
    """The name saved on this computer for shared databases, or None."""
    try:
        name = _saved_name_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return name or None


def save_user(name: str | None) -> None:
    """Save (or, for no name, forget) this computer's name for shared databases."""
    path = _saved_name_file()
    name = (name or "").strip()
    if not name:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(name + "\n", encoding="utf-8")


@contextmanager
def acting_as(name: str | None) -> Iterator[None]:
    """Within this block ``name`` (when given) is the current user: the command line's
    ``--as-user`` reaches every service a command calls (Today, lead actions…)."""
    token = _acting.set(name)
    try:
        yield
    finally:
        _acting.reset(token)


def current_user(explicit: str | None = None) -> str | None:
    """The current user's name: ``explicit``, else the name of :func:`acting_as`, else
    ``LINKREVIVE_USER``, else the saved name; None for the database's implicit user."""
    for name in (explicit, _acting.get(), os.environ.get(USER_ENV), saved_user()):
        if name and name.strip():
            return name.strip()
    return None


def is_team(workspace: Workspace) -> bool:
    """Whether the database has named consultants (else it is one consultant's)."""
    with workspace.database.reading() as connection:
        return team_listings.is_shared(connection)


def also_connected(
    workspace: Workspace, urls: Collection[str], *, user: str | None
) -> dict[str, list[Tie]]:
    """For each profile URL, the teammates other than ``user`` connected to it now (earliest
    connection first); URLs nobody else knows are left out. Empty for a database of one
    consultant. Read on SQLAlchemy Core: listings load no ORM."""
    with workspace.database.reading() as connection:
        if not urls or not team_listings.is_shared(connection):
            return {}
        me = team_listings.find_consultant(connection, user)
        wanted = {pid: url for url, pid in team_listings.profile_ids_at(connection, urls).items()}
        found: dict[str, list[Tie]] = {}
        for pid, ties in team_listings.ties(connection, wanted).items():
            others = [
                t for t in ties if t.consultant_id != me and t.status is ProfileStatus.CURRENT
            ]
            if others:
                found[wanted[pid]] = others
        return found


def circle(workspace: Workspace, url: str, *, user: str | None) -> tuple[tuple[Tie, ...], bool]:
    """Who knows the profile at ``url``, read at once: the teammates other than ``user``
    connected to it now (earliest first), and whether ``user`` is connected themselves (in a
    database of one consultant: nobody else, and whether the profile is a current
    connection)."""
    with workspace.database.reading() as connection:
        ids = team_listings.profile_ids_at(connection, [url])
        if url not in ids:
            return (), False
        profile_id = ids[url]
        if not team_listings.is_shared(connection):
            status = team_listings.profile_status(connection, profile_id)
            return (), status is ProfileStatus.CURRENT
        me = team_listings.find_consultant(connection, user)
        ties = team_listings.ties(connection, [profile_id]).get(profile_id, [])
        current = [t for t in ties if t.status is ProfileStatus.CURRENT]
        others = tuple(t for t in current if t.consultant_id != me)
        return others, any(t.consultant_id == me for t in current)


def warm_paths(workspace: Workspace, urls: Collection[str], *, user: str | None) -> dict[str, Tie]:
    """For each profile URL the current user is not connected to but a teammate is, the
    teammate connected longest (whom to ask for an introduction). Empty for a database of
    one consultant."""
    with workspace.database.reading() as connection:
        if not urls or not team_listings.is_shared(connection):
            return {}
        me = team_listings.find_consultant(connection, user)
        wanted = {pid: url for url, pid in team_listings.profile_ids_at(connection, urls).items()}
        found: dict[str, Tie] = {}
        for pid, ties in team_listings.ties(connection, wanted).items():
            current = [t for t in ties if t.status is ProfileStatus.CURRENT]
            if current and all(t.consultant_id != me for t in current):
                found[wanted[pid]] = current[0]
        return found


def with_warm_path(opener: Mapping[str, str], path: Tie | None) -> Mapping[str, str]:
    """The opener of a lead, with the introduction to ask for first when there is one."""
    from linkrevive.revival.texts import with_introduction  # Today's, not the listings'

    return opener if path is None else with_introduction(opener, path.name)
