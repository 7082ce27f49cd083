"""Finding people and profiles (the to-connect list, forget's look-ups) and erasing them.

The revival engine's loading is ``lead_loading``; the lead actions' own storage is
``lead_repo``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import PAIRED, LeadState
from linkrevive.domain.senders import SenderKind
from linkrevive.storage.listings import display_name, raw_text, utc
from linkrevive.storage.tables import (
    ConnectionStateRow,
    ExchangeRow,
    PairingRow,
    PersonalLeadStateRow,
    PersonEmailRow,
    PersonRow,
    PositionRow,
    ProfileRow,
    SignalRow,
)

_person = PersonRow.__table__  # type: ignore[attr-defined]
_connection = ConnectionStateRow.__table__  # type: ignore[attr-defined]
_personal = PersonalLeadStateRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]
_profile = ProfileRow.__table__  # type: ignore[attr-defined]
_position = PositionRow.__table__  # type: ignore[attr-defined]
_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
_signal = SignalRow.__table__  # type: ignore[attr-defined]
_pairing = PairingRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class UnpairedContact:
    """A person with exchanges and no LinkedIn pairing: someone to connect with."""

    person_id: int
    name: str
    email: str
    company: str
    last_exchange: datetime | None


def load_unpaired_contacts(
    session: Session, consultant: int | None = None
) -> list[UnpairedContact]:
    """People with at least one exchange, no automatic or confirmed pairing and a personal
    address (shared boxes such as contact@ do not count); do-not-contact people and
    automated senders excluded.

    With ``consultant`` (a shared database), as that consultant sees them: a person paired
    with a profile outside their own LinkedIn network (a teammate's connection only) is
    theirs to connect with, and only their own exchanges and everyone's (email) count.

    Most recent exchange first.
    """
    # One query: the pairing test comes first, so that the per-person lookups below (both
    # along an index) run only for the unpaired people, usually a small part of the store.
    paired = sa.exists().where(_pairing.c.person_id == _person.c.id, _pairing.c.status.in_(PAIRED))
    last = sa.select(sa.func.max(raw_text(_exchange.c.occurred_at))).where(
        _exchange.c.person_id == _person.c.id
    )
    if consultant is not None:
        mine = sa.exists().where(
            _connection.c.profile_id == _pairing.c.profile_id,
            _connection.c.consultant_id == consultant,
        )
        paired = paired.where(mine)
        last = last.where(
            sa.or_(_exchange.c.consultant_id.is_(None), _exchange.c.consultant_id == consultant)
        )
    personal = (
        sa.select(_email.c.email)
        .where(_email.c.person_id == _person.c.id, sa.not_(_email.c.is_role))
        .order_by(_email.c.id)
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        sa.select(
            _person.c.id,
            _person.c.first_name,
            _person.c.last_name,
            _person.c.display_name,
            _person.c.company,
            last.scalar_subquery(),
            personal,
        ).where(
            sa.not_(paired),
            _person.c.lead_state != LeadState.DO_NOT_CONTACT.value,
            # A robot has no LinkedIn profile to connect to.
            _person.c.kind != SenderKind.AUTOMATED.value,
        )
    ).all()
    found = [
        UnpairedContact(
            person_id=pid,
            name=display_name(first, last_name, display, (email,)),
            email=email,
            company=company,
            last_exchange=utc(last_at),
        )
        for pid, first, last_name, display, company, last_at, email in rows
        if last_at is not None and email is not None
    ]
    epoch = datetime.min.replace(tzinfo=UTC)
    found.sort(key=lambda c: (-(c.last_exchange or epoch).timestamp(), c.name.casefold()))
    return found


def person_ids_for_email(session: Session, email: str) -> list[int]:
    """The person owning ``email`` (zero or one id)."""
    return list(
        session.execute(sa.select(_email.c.person_id).where(_email.c.email == email)).scalars()
    )


def profile_ids_for_url(session: Session, url: str) -> list[int]:
    """The profile stored under ``url`` (zero or one id)."""
    return list(session.execute(sa.select(_profile.c.id).where(_profile.c.url == url)).scalars())


def paired_people(session: Session, profile_ids: Collection[int]) -> list[int]:
    """People paired (automatic or confirmed) with any of ``profile_ids``."""
    if not profile_ids:
        return []
    return sorted(
        set(
            session.execute(
                sa.select(_pairing.c.person_id)
                .where(_pairing.c.profile_id.in_(list(profile_ids)))
                .where(_pairing.c.status.in_(PAIRED))
            ).scalars()
        )
    )


def paired_profiles(session: Session, person_ids: Collection[int]) -> list[int]:
    """Profiles paired (automatic or confirmed) with any of ``person_ids``."""
    if not person_ids:
        return []
    return sorted(
        set(
            session.execute(
                sa.select(_pairing.c.profile_id)
                .where(_pairing.c.person_id.in_(list(person_ids)))
                .where(_pairing.c.status.in_(PAIRED))
            ).scalars()
        )
    )


def erase(
    session: Session, person_ids: Collection[int], profile_ids: Collection[int]
) -> tuple[dict[str, int], set[str]]:
    """Delete people and profiles with everything attached to them.

    Deletes explicitly rather than trusting ``ON DELETE CASCADE`` so that the counts are
    exact and a database whose foreign keys are off is erased all the same. Returns the
    counts per kind of row and the keys (emails, profile URLs) to remember as forgotten.
    """
    people, profiles = sorted(set(person_ids)), sorted(set(profile_ids))
    keys: set[str] = set()
    if people:
        keys |= set(
            session.execute(sa.select(_email.c.email).where(_email.c.person_id.in_(people)))
            .scalars()
            .all()
        )
    if profiles:
        for url, email in session.execute(
            sa.select(_profile.c.url, _profile.c.email).where(_profile.c.id.in_(profiles))
        ):
            keys.add(url)
            if email:
                keys.add(email)

    def touching(table: sa.Table) -> sa.ColumnElement[bool]:
        clauses = []
        if people:
            clauses.append(table.c.person_id.in_(people))
        if profiles:
            clauses.append(table.c.profile_id.in_(profiles))
        return sa.or_(sa.false(), *clauses)

    def delete(stmt: sa.Delete) -> int:
        result: sa.CursorResult[Any] = session.execute(stmt)  # type: ignore[assignment]
        return max(result.rowcount, 0)

    # The teammates' own states of the people go with them (kept out of the counts: a
    # database of one consultant has none, and forget reports the same kinds as ever).
    delete(sa.delete(_personal).where(_personal.c.person_id.in_(people)))
    counts = {
        "exchanges": delete(sa.delete(_exchange).where(touching(_exchange))),
        "signals": delete(sa.delete(_signal).where(touching(_signal))),
        "pairings": delete(sa.delete(_pairing).where(touching(_pairing))),
        "emails": delete(sa.delete(_email).where(_email.c.person_id.in_(people))),
        "positions": delete(sa.delete(_position).where(_position.c.profile_id.in_(profiles))),
        "people": delete(sa.delete(_person).where(_person.c.id.in_(people))),
        "profiles": delete(sa.delete(_profile).where(_profile.c.id.in_(profiles))),
    }
    return counts, keys
