"""Sender kinds: which people are automated senders, and the user's word on an address."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import Channel, Direction, PairStatus, SignalKind
from linkrevive.domain.senders import SenderKind

# Today reads it on Core, without the ORM: it lives with the people listing.
from linkrevive.storage.listings import automated_people as automated_people
from linkrevive.storage.tables import (
    ExchangeRow,
    PairingRow,
    PersonEmailRow,
    PersonRow,
    SenderOverrideRow,
    SignalRow,
)

_person = PersonRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]
_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
_signal = SignalRow.__table__  # type: ignore[attr-defined]
_pairing = PairingRow.__table__  # type: ignore[attr-defined]
_override = SenderOverrideRow.__table__  # type: ignore[attr-defined]
_CHUNK = 900  # below SQLite's default limit of bound parameters


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def overrides(session: Session) -> dict[str, SenderKind]:
    """The user's word on addresses: address -> kind."""
    return {
        email: SenderKind(kind)
        for email, kind in session.execute(sa.select(_override.c.email, _override.c.kind))
    }


def set_override(session: Session, emails: Iterable[str], kind: SenderKind) -> None:
    """Remember the user's word on these addresses (replacing an earlier one)."""
    wanted = sorted(set(emails))
    if not wanted:
        return
    for chunk in _chunks(wanted):
        session.execute(sa.delete(_override).where(_override.c.email.in_(chunk)))
    now = datetime.now(UTC)
    session.execute(
        sa.insert(_override), [{"email": e, "kind": kind.value, "decided_at": now} for e in wanted]
    )


def kinds(session: Session, person_ids: Iterable[int]) -> dict[int, tuple[SenderKind, str]]:
    """The kind of each of these people, and why when automated."""
    stmt = sa.select(_person.c.id, _person.c.kind, _person.c.kind_reason)
    found: dict[int, tuple[SenderKind, str]] = {}
    for chunk in _chunks(person_ids):
        for pid, kind, reason in session.execute(stmt.where(_person.c.id.in_(chunk))):
            found[pid] = (SenderKind(kind), reason)
    return found


def automated_by(session: Session, reasons: Iterable[str]) -> set[int]:
    """The automated senders judged so for one of ``reasons`` (``AutomationReason`` values)."""
    rows = session.execute(
        sa.select(_person.c.id).where(
            _person.c.kind == SenderKind.AUTOMATED.value,
            _person.c.kind_reason.in_(sorted(set(reasons))),
        )
    )
    return {pid for (pid,) in rows}


def protected_people(session: Session, person_ids: Iterable[int]) -> set[int]:
    """Those of ``person_ids`` that an import never turns into automated senders: people
    with a stage, fields the user edited, or a LinkedIn pair the user confirmed."""
    found: set[int] = set()
    confirmed = sa.exists().where(
        _pairing.c.person_id == _person.c.id,
        _pairing.c.status == PairStatus.CONFIRMED.value,
    )
    for chunk in _chunks(person_ids):
        found |= set(
            session.execute(
                sa.select(_person.c.id).where(
                    _person.c.id.in_(chunk),
                    sa.or_(_person.c.stage.is_not(None), _person.c.user_fields != "", confirmed),
                )
            ).scalars()
        )
    return found


def answered_people(session: Session, person_ids: Iterable[int]) -> set[int]:
    """Those of ``person_ids`` the user ever wrote to (an outgoing exchange)."""
    found: set[int] = set()
    for chunk in _chunks(person_ids):
        found |= set(
            session.execute(
                sa.select(_exchange.c.person_id)
                .where(_exchange.c.person_id.in_(chunk))
                .where(_exchange.c.direction == Direction.OUT.value)
                .distinct()
            ).scalars()
        )
    return found


def inbound_subjects(session: Session, person_ids: Iterable[int]) -> dict[int, list[str]]:
    """Subjects of the stored incoming emails of each person."""
    found: dict[int, list[str]] = {}
    for chunk in _chunks(person_ids):
        for pid, subject in session.execute(
            sa.select(_exchange.c.person_id, _exchange.c.subject)
            .where(_exchange.c.person_id.in_(chunk))
            .where(_exchange.c.direction == Direction.IN.value)
            .where(_exchange.c.channel == Channel.EMAIL.value)
        ):
            found.setdefault(pid, []).append(subject)
    return found


def set_kind(
    session: Session, person_ids: Sequence[int], kind: SenderKind, reason: str = ""
) -> None:
    """Make people persons or automated senders.

    An automated sender is never an exchange, a signal or a pair: its emails, the signals
    they made and its pairs (but the user's rejections) are dropped. They come back with
    the next import of the mailbox if the user says it is a person after all.
    """
    if not person_ids:
        return
    value = reason if kind is SenderKind.AUTOMATED else ""
    for chunk in _chunks(person_ids):
        session.execute(
            sa.update(_person)
            .where(_person.c.id.in_(chunk))
            .values(kind=kind.value, kind_reason=value, updated_at=datetime.now(UTC))
        )
        if kind is not SenderKind.AUTOMATED:
            continue
        session.execute(
            sa.delete(_exchange)
            .where(_exchange.c.person_id.in_(chunk))
            .where(_exchange.c.channel == Channel.EMAIL.value)
        )
        session.execute(
            sa.delete(_signal)
            .where(_signal.c.person_id.in_(chunk))
            .where(_signal.c.kind == SignalKind.EMAIL_INBOUND.value)
        )
        session.execute(
            sa.delete(_pairing)
            .where(_pairing.c.person_id.in_(chunk))
            .where(_pairing.c.status != PairStatus.REJECTED.value)
        )


def people_of_emails(session: Session, emails: Iterable[str]) -> dict[str, int]:
    """The person of each known address among ``emails``."""
    found: dict[str, int] = {}
    for chunk in _chunks(emails):
        for email, pid in session.execute(
            sa.select(_email.c.email, _email.c.person_id).where(_email.c.email.in_(chunk))
        ):
            found[email] = pid
    return found


def emails_of(session: Session, person_ids: Iterable[int]) -> dict[int, list[str]]:
    """The addresses of each person."""
    found: dict[int, list[str]] = {}
    for chunk in _chunks(person_ids):
        for pid, email in session.execute(
            sa.select(_email.c.person_id, _email.c.email)
            .where(_email.c.person_id.in_(chunk))
            .order_by(_email.c.id)
        ):
            found.setdefault(pid, []).append(email)
    return found
