"""The user's own addresses taken back from the people an earlier import made of them.

A mailbox read before the user named an address as theirs (a former job's, a second box)
made a person of it, bearing the user's own name, with the user's mail to others as that
person's exchanges. Once the address is the user's, that mail is misread: it goes, and so
does the person when nothing the user wrote is theirs. A new import of the mailbox reads the
same messages as the user's, with the people they went to.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import Channel, LeadState, PairStatus
from linkrevive.storage.listings import display_name
from linkrevive.storage.tables import (
    ExchangeRow,
    PairingRow,
    PersonalLeadStateRow,
    PersonEmailRow,
    PersonRow,
)

_person = PersonRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]
_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
_pairing = PairingRow.__table__  # type: ignore[attr-defined]
_personal = PersonalLeadStateRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class HeldAddress:
    """One of the user's addresses that a person holds."""

    email: str
    person_id: int
    name: str  # the person's name as shown (display name, else first and last)
    exchanges: int  # the email exchanges stored with that address
    #: The person holds something besides that address's mail: another address, notes, a
    #: stage, a lead state, an exchange logged by hand, a confirmed LinkedIn pair.
    keeps_person: bool


def held(session: Session, emails: Collection[str]) -> list[HeldAddress]:
    """Which of ``emails`` (normalised) people hold, and what taking them back removes."""
    if not emails:
        return []
    rows = session.execute(
        sa.select(
            _email.c.email,
            _person.c.id,
            _person.c.display_name,
            _person.c.first_name,
            _person.c.last_name,
        )
        .join(_person, _person.c.id == _email.c.person_id)
        .where(_email.c.email.in_(sorted(emails)))
        .order_by(_email.c.email)
    ).all()
    found = []
    for email, person_id, display, first, last in rows:
        count = session.execute(
            sa.select(sa.func.count()).where(*_mail_of(person_id, email))
        ).scalar_one()
        name = display_name(first, last, display, (email,))
        keeps = _keeps(session, person_id, emails)
        found.append(HeldAddress(email, person_id, name, int(count), keeps))
    return found


def release(session: Session, emails: Collection[str]) -> list[HeldAddress]:
    """Take ``emails`` back from the people holding them: each address and the email
    exchanges stored with it go; a person left with nothing of their own goes too (their
    signals and proposed pairs with them). Returns what was taken, as :func:`held` saw it."""
    taken = held(session, emails)
    for address in taken:
        session.execute(sa.delete(_exchange).where(*_mail_of(address.person_id, address.email)))
        session.execute(sa.delete(_email).where(_email.c.email == address.email))
    for person_id in {a.person_id for a in taken if not a.keeps_person}:
        session.execute(sa.delete(_person).where(_person.c.id == person_id))
    return taken


def _mail_of(person_id: int, email: str) -> tuple[sa.ColumnElement[bool], ...]:
    return (
        _exchange.c.person_id == person_id,
        _exchange.c.channel == Channel.EMAIL.value,
        _exchange.c.counterpart == email,
    )


def _keeps(session: Session, person_id: int, emails: Collection[str]) -> bool:
    """Whether the person holds anything besides the mail of ``emails``."""
    person = session.execute(
        sa.select(
            _person.c.notes,
            _person.c.stage,
            _person.c.stall_reason,
            _person.c.lead_state,
            _person.c.user_fields,
        ).where(_person.c.id == person_id)
    ).one()
    if person.notes.strip() or person.stage or person.stall_reason or person.user_fields:
        return True
    if person.lead_state != LeadState.ACTIVE.value:
        return True
    theirs = sorted(emails)
    other_address = sa.and_(_email.c.person_id == person_id, _email.c.email.not_in(theirs))
    other_exchange = sa.and_(
        _exchange.c.person_id == person_id,
        sa.or_(_exchange.c.channel != Channel.EMAIL.value, _exchange.c.counterpart.not_in(theirs)),
    )
    confirmed = sa.and_(
        _pairing.c.person_id == person_id, _pairing.c.status == PairStatus.CONFIRMED.value
    )
    personal = _personal.c.person_id == person_id
    return any(
        _exists(session, where) for where in (other_address, other_exchange, confirmed, personal)
    )


def _exists(session: Session, where: sa.ColumnElement[bool]) -> bool:
    """Whether a row matches ``where`` (its table is the one it names)."""
    return bool(session.execute(sa.select(sa.exists().where(where))).scalar_one())
