"""What the user does to a lead: stage, notes, exchanges, signals, snooze… and forgetting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Final

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.domain.errors import InputError
from linkrevive.services import forgetting
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo, revival_repo


class _Keep(Enum):
    """Marker of a field a call leaves as it is."""

    KEEP = "keep"


#: Pass as ``stage`` or ``stall_reason`` to leave that field unchanged.
KEEP: Final = _Keep.KEEP


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(when: datetime) -> datetime:
    # A naive datetime from a caller is taken as UTC, as the store keeps it.
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


# Sessions are typed Any here: the ORM types stay inside storage (import-linter contract).
def _current(session: Any, person_id: int) -> revival_repo.PersonVersion:
    found = revival_repo.person_versions(session, [person_id]).get(person_id)
    if found is None:
        raise InputError("unknown_person", value=str(person_id))
    return found


def _update(session: Any, person_id: int, values: dict[str, Any], *, user_typed: bool) -> None:
    current = _current(session, person_id)
    if not revival_repo.update_person(session, current, values, user_typed=user_typed):
        raise InputError("person_changed", value=str(person_id))


def set_stage(
    workspace: Workspace,
    person_ids: Sequence[int],
    *,
    stage: Stage | _Keep | None = KEEP,
    stall_reason: StallReason | _Keep | None = KEEP,
) -> None:
    """Set the stage reached and/or the stall reason of people (None clears, KEEP keeps).

    The fields become user-typed (``user_fields``): later imports never overwrite them.
    """
    values: dict[str, Any] = {}
    if not isinstance(stage, _Keep):
        values["stage"] = stage.value if stage is not None else None
    if not isinstance(stall_reason, _Keep):
        values["stall_reason"] = stall_reason.value if stall_reason is not None else None
    if not values or not person_ids:
        return
    with workspace.database.session(write=True) as session:
        versions = revival_repo.person_versions(session, person_ids)
        for person_id in person_ids:
            current = versions.get(person_id)
            if current is None:
                raise InputError("unknown_person", value=str(person_id))
            if not revival_repo.update_person(session, current, values, user_typed=True):
                raise InputError("person_changed", value=str(person_id))


def set_notes(workspace: Workspace, person_id: int, notes: str) -> None:
    """Replace the user's notes about a person (never overwritten by imports)."""
    with workspace.database.session(write=True) as session:
        _update(session, person_id, {"notes": notes}, user_typed=True)


def _insert_exchange(
    session: Any,
    person_id: int,
    *,
    when: datetime,
    direction: Direction,
    channel: Channel,
    subject: str,
) -> None:
    activity_repo.insert_exchanges(
        session,
        [
            {
                "person_id": person_id,
                "profile_id": None,
                "occurred_at": _aware(when),
                "direction": direction.value,
                "channel": channel.value,
                "subject": subject,
                "counterpart": "",
                "source_key": None,
                "import_run_id": None,
            }
        ],
    )


def log_exchange(
    workspace: Workspace,
    person_id: int,
    *,
    when: datetime,
    direction: Direction,
    channel: Channel,
    subject: str = "",
) -> None:
    """Record a touch point the user had outside the imported sources (a call, a visit…)."""
    with workspace.database.session(write=True) as session:
        _current(session, person_id)
        _insert_exchange(
            session, person_id, when=when, direction=direction, channel=channel, subject=subject
        )


def add_signal(
    workspace: Workspace, person_id: int, *, note: str, when: datetime | None = None
) -> None:
    """Record a sign of renewed activity the user saw ("viewed my profile"), now by default."""
    note = note.strip()
    if not note:
        raise InputError("bad_option", detail="A manual signal needs a note saying what you saw.")
    with workspace.database.session(write=True) as session:
        _current(session, person_id)
        activity_repo.insert_signals(
            session,
            [
                {
                    "kind": SignalKind.MANUAL.value,
                    "occurred_at": _aware(when) if when is not None else _now(),
                    "person_id": person_id,
                    "params": {"note": note},
                    "source_key": None,
                }
            ],
        )


def _set_state(
    workspace: Workspace,
    person_id: int,
    state: LeadState,
    *,
    until: date | None = None,
    note: str = "",
) -> None:
    with workspace.database.session(write=True) as session:
        current = _current(session, person_id)
        if not revival_repo.set_lead_state(session, current, state, until=until, note=note):
            raise InputError("person_changed", value=str(person_id))


def snooze(workspace: Workspace, person_id: int, until: date) -> None:
    """Hide a lead from the morning list until ``until`` (it reappears that day)."""
    _set_state(workspace, person_id, LeadState.SNOOZED, until=until)


def dismiss(workspace: Workspace, person_id: int, reason: str = "") -> None:
    """Never propose this lead again (``reason`` is kept for the user)."""
    _set_state(workspace, person_id, LeadState.DISMISSED, note=reason.strip())


def mark_revived(workspace: Workspace, person_id: int, when: datetime | None = None) -> None:
    """The lead is talking again: log the user's exchange and take it off the list."""
    moment = when if when is not None else _now()
    with workspace.database.session(write=True) as session:
        current = _current(session, person_id)
        _insert_exchange(
            session,
            person_id,
            when=moment,
            direction=Direction.OUT,
            channel=Channel.NOTE,
            subject="",
        )
        # For a revived lead, ``state_until`` holds the day of the revival (Insights plot it).
        revived = revival_repo.set_lead_state(
            session, current, LeadState.REVIVED, until=moment.date()
        )
        if not revived:
            raise InputError("person_changed", value=str(person_id))


def do_not_contact(workspace: Workspace, person_id: int) -> None:
    """The person asked not to be contacted: never propose them again."""
    _set_state(workspace, person_id, LeadState.DO_NOT_CONTACT)


def reactivate(workspace: Workspace, person_id: int) -> None:
    """Undo a snooze, dismissal, revival or do-not-contact: the lead is active again."""
    _set_state(workspace, person_id, LeadState.ACTIVE)


# -- finding and forgetting people ----------------------------------------------------------


def resolve_person(workspace: Workspace, email_or_url: str) -> int:
    """The person owning an email address, or paired with a LinkedIn profile URL."""
    email, url = forgetting.parse_key(email_or_url)
    with workspace.database.session() as session:
        if email is not None:
            ids = revival_repo.person_ids_for_email(session, email)
        elif url is not None:
            ids = revival_repo.paired_people(
                session, revival_repo.profile_ids_for_url(session, url)
            )
        else:
            ids = []
    if not ids:
        raise InputError("unknown_person", value=email_or_url.strip())
    return ids[0]


def forget(workspace: Workspace, email_or_url: str) -> dict[str, int]:
    """Erase a person everywhere (GDPR) and remember never to import them again; the
    counts per kind of row. See :func:`linkrevive.services.forgetting.forget`."""
    return forgetting.forget(workspace, email_or_url).counts
