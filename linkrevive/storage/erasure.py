"""Forgetting for good: who goes with a forgotten person, and what their rows leave in files.

Deleting rows is not enough: SQLite leaves the deleted bytes in free pages unless it was
built or told to overwrite them (``secure_delete``), the write-ahead log keeps older copies
of the pages, and backup copies hold the rows themselves. :func:`scrub` rebuilds the file
and empties the log; :func:`file_holds` checks a file's bytes.
"""

from __future__ import annotations

import mmap
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import PAIRED, PairStatus
from linkrevive.storage.database import Database
from linkrevive.storage.tables import (
    PairingRow,
    PersonEmailRow,
    PersonRow,
    ProfileRow,
    SenderOverrideRow,
)

_person = PersonRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]
_profile = ProfileRow.__table__  # type: ignore[attr-defined]
_pairing = PairingRow.__table__  # type: ignore[attr-defined]
_override = SenderOverrideRow.__table__  # type: ignore[attr-defined]


@dataclass
class Forgotten:
    """Who goes: people, profiles (``suggested``: those only proposed for those people)."""

    people: set[int] = field(default_factory=set)
    profiles: set[int] = field(default_factory=set)
    suggested: dict[int, str] = field(default_factory=dict)  # profile id -> URL
    names: set[str] = field(default_factory=set)


def who(session: Session, emails: Collection[str], urls: Collection[str]) -> Forgotten:
    """The people owning ``emails``, the profiles stored under ``urls``, whoever is paired
    (automatic or confirmed) with either, and the profiles only *suggested* for those
    people (the matcher thought them the same person: they go too)."""
    found = Forgotten()
    if emails:
        found.people |= set(
            session.execute(
                sa.select(_email.c.person_id).where(_email.c.email.in_(list(emails)))
            ).scalars()
        )
    if urls:
        found.profiles |= set(
            session.execute(sa.select(_profile.c.id).where(_profile.c.url.in_(list(urls))))
            .scalars()
            .all()
        )
    if found.profiles:
        found.people |= set(
            session.execute(
                sa.select(_pairing.c.person_id)
                .where(_pairing.c.profile_id.in_(found.profiles))
                .where(_pairing.c.status.in_(PAIRED))
            ).scalars()
        )
    if found.people:
        found.profiles |= set(
            session.execute(
                sa.select(_pairing.c.profile_id)
                .where(_pairing.c.person_id.in_(found.people))
                .where(_pairing.c.status.in_(PAIRED))
            ).scalars()
        )
        for profile_id, url in session.execute(
            sa.select(_profile.c.id, _profile.c.url)
            .join(_pairing, _pairing.c.profile_id == _profile.c.id)
            .where(_pairing.c.person_id.in_(found.people))
            .where(_pairing.c.status == PairStatus.SUGGESTED.value)
        ):
            if profile_id not in found.profiles:
                found.suggested[profile_id] = url
        found.profiles |= set(found.suggested)
    found.names = _names(session, found.people, found.profiles)
    return found


def _names(session: Session, people: Collection[int], profiles: Collection[int]) -> set[str]:
    names: set[str] = set()
    if people:
        for first, last, display in session.execute(
            sa.select(_person.c.first_name, _person.c.last_name, _person.c.display_name).where(
                _person.c.id.in_(list(people))
            )
        ):
            names.update({display, f"{first} {last}".strip()})
    if profiles:
        for first, last in session.execute(
            sa.select(_profile.c.first_name, _profile.c.last_name).where(
                _profile.c.id.in_(list(profiles))
            )
        ):
            names.add(f"{first} {last}".strip())
    return {n for n in names if len(n) >= 3}


def forget_sender_overrides(session: Session, emails: Iterable[str]) -> int:
    """Drop the user's person/automated word on the forgotten addresses."""
    wanted = sorted({e for e in emails if "@" in e})
    if not wanted:
        return 0
    result: sa.CursorResult[object] = session.execute(  # type: ignore[assignment]
        sa.delete(_override).where(_override.c.email.in_(wanted))
    )
    return max(result.rowcount, 0)


def overwrite_deleted(session: Session) -> None:
    """Make SQLite overwrite what this unit of work deletes (whatever its build default)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def scrub(database: Database) -> None:
    """Leave no deleted bytes in the SQLite file: rebuild it (``VACUUM``, which copies only
    live rows) and empty the write-ahead log, which still holds earlier page images.

    A server database (PostgreSQL) keeps deleted rows until its own vacuum: nothing to do
    from here.
    """
    if not database.is_sqlite:
        return
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


def file_holds(path: Path, needles: Iterable[str]) -> bool:
    """Whether the bytes of ``path`` contain any of ``needles`` (UTF-8), case-sensitively."""
    wanted = [n.encode("utf-8") for n in needles if n]
    if not wanted or not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as m:
        return any(m.find(n) != -1 for n in wanted)
