"""The lead actions' storage: a person's version and user fields, their lead state (on the
person row, or a named consultant's own in a shared database), and the exchanges the user
logs (a revival), so that an action can be undone exactly."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from linkrevive.domain.enums import Channel, Direction, LeadState
from linkrevive.storage import people_repo
from linkrevive.storage.database import upsert
from linkrevive.storage.listings import display_name
from linkrevive.storage.tables import (
    ExchangeRow,
    PersonalLeadStateRow,
    PersonEmailRow,
    PersonRow,
)

_person = PersonRow.__table__  # type: ignore[attr-defined]
_exchange = ExchangeRow.__table__  # type: ignore[attr-defined]
_email = PersonEmailRow.__table__  # type: ignore[attr-defined]
_personal = PersonalLeadStateRow.__table__  # type: ignore[attr-defined]
_CHUNK = 900  # below SQLite's default limit of bound parameters
_STATES = {s.value: s for s in LeadState}


def person_label(session: Session, person_id: int) -> str:
    """The name a person is shown under (the display name, else first and last, else an
    address), to name them in a refusal; their id when they are gone."""
    row = session.execute(
        sa.select(_person.c.first_name, _person.c.last_name, _person.c.display_name).where(
            _person.c.id == person_id
        )
    ).first()
    if row is None:
        return str(person_id)
    emails = (
        ()
        if any(row)
        else session.execute(
            sa.select(_email.c.email).where(_email.c.person_id == person_id).order_by(_email.c.id)
        ).scalars()
    )
    return display_name(row.first_name, row.last_name, row.display_name, emails) or str(person_id)


@dataclass(frozen=True, slots=True)
class PersonVersion:
    """The part of a person a lead action reads before writing: version and user fields."""

    id: int
    version: int
    user_fields: frozenset[str]


def person_versions(session: Session, person_ids: Collection[int]) -> dict[int, PersonVersion]:
    """Version and user-typed fields of the given people (missing ids are absent)."""
    ids = sorted(set(person_ids))
    found: dict[int, PersonVersion] = {}
    for start in range(0, len(ids), _CHUNK):
        for pid, version, fields in session.execute(
            sa.select(_person.c.id, _person.c.version, _person.c.user_fields).where(
                _person.c.id.in_(ids[start : start + _CHUNK])
            )
        ):
            found[pid] = PersonVersion(pid, version, frozenset(f for f in fields.split(",") if f))
    return found


def update_person(
    session: Session, current: PersonVersion, values: Mapping[str, Any], *, user_typed: bool
) -> bool:
    """Write ``values`` to a person if nobody changed it since ``current`` was read.

    With ``user_typed`` the written fields join the person's ``user_fields``, so that later
    imports never overwrite what the user typed. Returns whether the write happened.
    """
    payload = dict(values)
    if user_typed:
        payload["user_fields"] = ",".join(sorted(current.user_fields | set(values)))
    return people_repo.update_person(session, current.id, payload, expected_version=current.version)


def set_lead_state(
    session: Session,
    current: PersonVersion,
    state: LeadState,
    *,
    until: date | None = None,
    note: str = "",
) -> bool:
    """Record the user's decision about a lead (snooze date, dismissal reason…)."""
    return update_person(
        session,
        current,
        {"lead_state": state.value, "state_until": until, "state_note": note},
        user_typed=False,
    )


def lead_status(session: Session, person_id: int) -> tuple[LeadState, date | None, str] | None:
    """A person's lead state, its date and its note (None for an unknown person)."""
    found = session.execute(
        sa.select(_person.c.lead_state, _person.c.state_until, _person.c.state_note).where(
            _person.c.id == person_id
        )
    ).first()
    if found is None:
        return None
    state, until, note = found
    return _STATES.get(state, LeadState.ACTIVE), until, note or ""


def personal_status(
    session: Session, consultant: int, person_id: int
) -> tuple[LeadState, date | None, str] | None:
    """A consultant's own state of a lead, its date and its note (None: active for them)."""
    found = session.execute(
        sa.select(_personal.c.lead_state, _personal.c.state_until, _personal.c.state_note).where(
            _personal.c.consultant_id == consultant, _personal.c.person_id == person_id
        )
    ).first()
    if found is None:
        return None
    state, until, note = found
    return _STATES.get(state, LeadState.ACTIVE), until, note or ""


def set_personal_state(
    session: Session,
    consultant: int,
    person_id: int,
    state: LeadState,
    *,
    until: date | None = None,
    note: str = "",
) -> None:
    """Record a consultant's own decision about a lead; an active lead keeps no row."""
    if state is LeadState.ACTIVE:
        session.execute(
            sa.delete(_personal).where(
                _personal.c.consultant_id == consultant, _personal.c.person_id == person_id
            )
        )
        return
    values = {"lead_state": state.value, "state_until": until, "state_note": note}
    insert = upsert(session, _personal).values(
        consultant_id=consultant, person_id=person_id, **values
    )
    session.execute(
        insert.on_conflict_do_update(index_elements=["consultant_id", "person_id"], set_=values)
    )


def insert_user_exchange(
    session: Session,
    person_id: int,
    *,
    when: datetime,
    direction: Direction,
    channel: Channel,
    subject: str,
    consultant: int | None = None,
) -> int:
    """Record one exchange the user logged (no source file) and return its id; in a shared
    database ``consultant`` says whose it is (None: everyone's, as email is)."""
    result: sa.CursorResult[Any] = session.execute(  # type: ignore[assignment]
        sa.insert(_exchange).values(
            person_id=person_id,
            profile_id=None,
            occurred_at=when,
            direction=direction.value,
            channel=channel.value,
            subject=subject,
            counterpart="",
            source_key=None,
            import_run_id=None,
            consultant_id=consultant,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def delete_user_exchange(session: Session, exchange_id: int, person_id: int) -> bool:
    """Delete an exchange the user logged about ``person_id`` (never an imported one);
    whether it was there."""
    result: sa.CursorResult[Any] = session.execute(  # type: ignore[assignment]
        sa.delete(_exchange)
        .where(_exchange.c.id == exchange_id)
        .where(_exchange.c.person_id == person_id)
        .where(_exchange.c.source_key.is_(None))
    )
    return result.rowcount > 0
