"""People of the email side: lookup by address, creation, careful merging, listings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import PAIRED, LeadState, PairStatus
from linkrevive.domain.text import is_role_address
from linkrevive.storage.bulk import bulk_insert

# The listing of people reads on Core, without the ORM: it lives with the other listings.
from linkrevive.storage.listings import list_people as list_people
from linkrevive.storage.tables import (
    ExchangeRow,
    PairingRow,
    PersonalLeadStateRow,
    PersonEmailRow,
    PersonRow,
    ProfileRow,
    SignalRow,
)

_person = PersonRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]
_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
_pairing = PairingRow.__table__  # type: ignore[attr-defined]
_personal = PersonalLeadStateRow.__table__  # type: ignore[attr-defined]
_profile = ProfileRow.__table__  # type: ignore[attr-defined]
_signal = SignalRow.__table__  # type: ignore[attr-defined]


@dataclass(slots=True)
class PersonState:
    """The stored fields of a person an import compares against (mutable while importing)."""

    id: int
    values: dict[str, Any]
    emails: list[str] = field(default_factory=list)
    user_fields: set[str] = field(default_factory=set)
    #: Those of ``emails`` that are shared boxes (the company's, not the person's).
    roles: set[str] = field(default_factory=set)


def load_email_index(session: Session) -> dict[str, int]:
    """Every stored address with the id of its person."""
    return {row.email: row.person_id for row in session.execute(sa.select(_email))}


def load_people(session: Session, ids: Iterable[int] | None = None) -> dict[int, PersonState]:
    """Stored people (all, or the given ids) with their emails."""
    stmt = sa.select(_person)
    wanted = None if ids is None else sorted(set(ids))
    states: dict[int, PersonState] = {}
    chunks = [None] if wanted is None else [wanted[i : i + 900] for i in range(0, len(wanted), 900)]
    for chunk in chunks:
        query = stmt if chunk is None else stmt.where(_person.c.id.in_(chunk))
        for row in session.execute(query).mappings():
            states[row["id"]] = PersonState(
                id=row["id"],
                values=dict(row),
                user_fields={f for f in row["user_fields"].split(",") if f},
            )
    email_stmt = sa.select(_email.c.person_id, _email.c.email, _email.c.is_role).order_by(
        _email.c.id
    )
    for chunk in chunks:
        query = email_stmt if chunk is None else email_stmt.where(_email.c.person_id.in_(chunk))
        for person_id, email, is_role in session.execute(query):
            if person_id in states:
                states[person_id].emails.append(email)
                if is_role or is_role_address(email):
                    states[person_id].roles.add(email)
    return states


def role_addresses(session: Session) -> set[str]:
    """Every stored address flagged as a shared box."""
    return set(session.execute(sa.select(_email.c.email).where(_email.c.is_role)).scalars())


def flag_role_addresses(session: Session, emails: Iterable[str]) -> None:
    """Flag addresses as shared boxes: they stay with their person but are never theirs to
    pair or to write to."""
    wanted = sorted(set(emails))
    for start in range(0, len(wanted), 900):
        session.execute(
            sa.update(_email)
            .where(_email.c.email.in_(wanted[start : start + 900]))
            .where(sa.not_(_email.c.is_role))
            .values(is_role=True)
        )


def create_people(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert people (``emails`` key lists their addresses); returns their new ids in order."""
    if not rows:
        return []
    now = datetime.now(UTC)
    people = [
        {
            "first_name": r.get("first_name", ""),
            "last_name": r.get("last_name", ""),
            "display_name": r.get("display_name", ""),
            "company": r.get("company", ""),
            "position": r.get("position", ""),
            "country": r.get("country", ""),
            "stage": r.get("stage"),
            "stall_reason": r.get("stall_reason"),
            "notes": r.get("notes", ""),
            "tags": r.get("tags", ""),
            "lead_state": LeadState.ACTIVE.value,
            "state_until": None,
            "state_note": "",
            "user_fields": "",
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for r in rows
    ]
    # The ids the database gave these very rows, in their order (never "ids above the
    # largest one read before", which a teammate's rows could fill).
    ids = [
        int(pid)
        for pid in session.execute(
            sa.insert(_person).returning(_person.c.id, sort_by_parameter_order=True), people
        ).scalars()
    ]
    emails = [
        {"person_id": pid, "email": e, "is_role": is_role_address(e)}
        for pid, row in zip(ids, rows, strict=True)
        for e in row.get("emails", ())
    ]
    bulk_insert(session, _email, emails)
    return ids


def add_emails(session: Session, person_id: int, emails: Sequence[str]) -> None:
    """Attach more addresses to a person."""
    bulk_insert(
        session,
        _email,
        [{"person_id": person_id, "email": e, "is_role": is_role_address(e)} for e in emails],
        skip_duplicates_of="email",
    )


def update_person(
    session: Session, person_id: int, values: dict[str, Any], *, expected_version: int | None
) -> bool:
    """Write ``values`` to a person, bumping its version.

    With ``expected_version`` the write only happens if nobody changed the person since it
    was read (optimistic locking for the shared team database); returns whether it did.
    """
    stmt = sa.update(_person).where(_person.c.id == person_id)
    if expected_version is not None:
        stmt = stmt.where(_person.c.version == expected_version)
    result = session.execute(
        stmt.values(**values, version=_person.c.version + 1, updated_at=datetime.now(UTC))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):  # SQLite aggregates come back as text
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def person_ids_by_key(session: Session, key: str) -> list[int]:
    """People owning an email address, or paired with a profile URL."""
    ids = set(session.execute(sa.select(_email.c.person_id).where(_email.c.email == key)).scalars())
    ids |= set(
        session.execute(
            sa.select(_pairing.c.person_id)
            .join(_profile, _profile.c.id == _pairing.c.profile_id)
            .where(_profile.c.url == key)
            .where(_pairing.c.status.in_(PAIRED))
        ).scalars()
    )
    return sorted(ids)


def has_people(session: Session) -> bool:
    """Whether the email side holds anyone."""
    return session.execute(sa.select(_person.c.id).limit(1)).first() is not None


def people_names(session: Session) -> dict[int, dict[str, Any]]:
    """Name and company fields of every person, and whether they have an email address."""
    has_email = sa.select(_email.c.id).where(_email.c.person_id == _person.c.id).exists()
    rows = session.execute(
        sa.select(
            _person.c.id,
            _person.c.display_name,
            _person.c.first_name,
            _person.c.last_name,
            _person.c.company,
            has_email.label("has_email"),
        )
    ).mappings()
    return {row["id"]: {**row, "has_email": bool(row["has_email"])} for row in rows}


#: Fields of a person that one value fills; the kept person's wins unless it is empty.
_MERGED_FIELDS = (
    "first_name", "last_name", "display_name", "company", "position", "country", "stage",
    "stall_reason", "state_note",
)  # fmt: skip


def merge_people(session: Session, keep: int, other: int) -> None:
    """Make ``other`` part of ``keep``: one person, with every address, exchange and signal.

    Nothing is lost. A field the user set wins over one an import set, the kept person's over
    the other's, and any value over an empty one; notes are joined, tags united; a lead
    state other than active (a snooze, a dismissal) is kept. The other person's rejected
    pairs become the kept person's (when the kept one has not decided on that profile);
    its proposals are dropped, to be proposed again.
    """
    if keep == other:
        return
    rows = {
        row["id"]: dict(row)
        for row in session.execute(sa.select(_person).where(_person.c.id.in_([keep, other])))
        .mappings()
        .all()
    }
    if keep not in rows or other not in rows:
        return
    mine, theirs = rows[keep], rows[other]
    mine_user = {f for f in mine["user_fields"].split(",") if f}
    theirs_user = {f for f in theirs["user_fields"].split(",") if f}
    values: dict[str, Any] = {}
    for name in _MERGED_FIELDS:
        if name in mine_user or (mine[name] and name not in theirs_user):
            continue
        if theirs[name] and (name in theirs_user or not mine[name]):
            values[name] = theirs[name]
    if mine["lead_state"] == LeadState.ACTIVE.value and theirs["lead_state"] != mine["lead_state"]:
        values["lead_state"] = theirs["lead_state"]
        values["state_until"] = theirs["state_until"]
    notes = theirs["notes"].strip()
    if notes and " ".join(notes.split()) not in " ".join(mine["notes"].split()):
        values["notes"] = (mine["notes"].strip() + "\n" + notes).strip()
    tags = [t for t in mine["tags"].split(",") if t]
    tags += [t for t in theirs["tags"].split(",") if t and t not in tags]
    values["tags"] = ",".join(tags)
    values["user_fields"] = ",".join(sorted(mine_user | theirs_user))
    values["created_at"] = min(_aware(mine["created_at"]), _aware(theirs["created_at"]))

    session.execute(sa.update(_email).where(_email.c.person_id == other).values(person_id=keep))
    _move_exchanges(session, keep, other)
    session.execute(sa.update(_signal).where(_signal.c.person_id == other).values(person_id=keep))
    decided = set(
        session.execute(
            sa.select(_pairing.c.profile_id).where(_pairing.c.person_id == keep)
        ).scalars()
    )
    rejected = [
        (row_id, profile_id)
        for row_id, profile_id in session.execute(
            sa.select(_pairing.c.id, _pairing.c.profile_id)
            .where(_pairing.c.person_id == other)
            .where(_pairing.c.status == PairStatus.REJECTED.value)
        )
    ]
    for row_id, profile_id in rejected:
        if profile_id in decided:
            continue
        session.execute(sa.update(_pairing).where(_pairing.c.id == row_id).values(person_id=keep))
    session.execute(sa.delete(_pairing).where(_pairing.c.person_id == other))
    _move_personal_states(session, keep, other)
    session.execute(sa.delete(_person).where(_person.c.id == other))
    update_person(session, keep, values, expected_version=None)


def _move_personal_states(session: Session, keep: int, other: int) -> None:
    """Each consultant's own state of ``other`` (a shared database) becomes theirs of
    ``keep``, unless they have one of ``keep`` already — as on the person row, a state other
    than active is kept, the kept person's first."""
    holders = sorted(
        session.execute(
            sa.select(_personal.c.consultant_id).where(_personal.c.person_id == keep)
        ).scalars()
    )
    moving = sa.update(_personal).where(_personal.c.person_id == other)
    if holders:
        moving = moving.where(_personal.c.consultant_id.not_in(holders))
    session.execute(moving.values(person_id=keep))
    session.execute(sa.delete(_personal).where(_personal.c.person_id == other))


def _move_exchanges(session: Session, keep: int, other: int) -> None:
    """Give ``other``'s exchanges to ``keep``; a lead-sheet exchange is keyed by its person,
    so its key follows (the same day twice is kept once)."""
    prefix = f"sheet:{other}:"
    keyed = session.execute(
        sa.select(_exchange.c.id, _exchange.c.source_key)
        .where(_exchange.c.person_id == other)
        .where(_exchange.c.source_key.like(prefix + "%"))
    ).all()
    for row_id, key in keyed:
        new_key = f"sheet:{keep}:" + key[len(prefix) :]
        taken = session.execute(
            sa.select(_exchange.c.id).where(_exchange.c.source_key == new_key)
        ).first()
        if taken is not None:
            session.execute(sa.delete(_exchange).where(_exchange.c.id == row_id))
        else:
            session.execute(
                sa.update(_exchange).where(_exchange.c.id == row_id).values(source_key=new_key)
            )
    session.execute(
        sa.update(_exchange).where(_exchange.c.person_id == other).values(person_id=keep)
    )
