"""What the user does to a lead: stage, notes, exchanges, signals, snooze… and forgetting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Final

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.domain.errors import InputError
from linkrevive.services import forgetting
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo, lead_repo, outcome_repo, revival_repo


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
def _current(session: Any, person_id: int) -> lead_repo.PersonVersion:
    found = lead_repo.person_versions(session, [person_id]).get(person_id)
    if found is None:
        raise InputError("unknown_person", value=str(person_id))
    return found


def _update(session: Any, person_id: int, values: dict[str, Any], *, user_typed: bool) -> None:
    current = _current(session, person_id)
    if not lead_repo.update_person(session, current, values, user_typed=user_typed):
        raise InputError("person_changed", value=str(person_id))


def set_stage(
    workspace: Workspace,
    person_ids: Sequence[int],
    *,
    stage: Stage | _Keep | None = KEEP,
    stall_reason: StallReason | _Keep | None = KEEP,
    when: datetime | None = None,
) -> None:
    """Set the stage reached and/or the stall reason of people (None clears, KEEP keeps).

    The fields become user-typed (``user_fields``): later imports never overwrite them.
    A stage change is logged at ``when`` (now by default) for the revival outcomes.
    """
    values: dict[str, Any] = {}
    if not isinstance(stage, _Keep):
        values["stage"] = stage.value if stage is not None else None
    if not isinstance(stall_reason, _Keep):
        values["stall_reason"] = stall_reason.value if stall_reason is not None else None
    if not values or not person_ids:
        return
    with workspace.database.session(write=True) as session:
        if "stage" in values:
            moment = _aware(when) if when is not None else _now()
            outcome_repo.log_stage_changes(session, person_ids, values["stage"], moment)
        versions = lead_repo.person_versions(session, person_ids)
        for person_id in person_ids:
            current = versions.get(person_id)
            if current is None:
                raise InputError("unknown_person", value=str(person_id))
            if not lead_repo.update_person(session, current, values, user_typed=True):
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


@dataclass(frozen=True, slots=True)
class LeadStatus:
    """A lead's state as the user set it: the state, its date and its note.

    ``until`` is the day a snooze ends, or the day of a revival; ``note`` a dismissal reason.
    """

    state: LeadState
    until: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Replaced:
    """What a lead action replaced, so that :func:`restore` can put it back.

    ``before`` is the status the action found, ``after`` the one it wrote. A revival also
    logged an exchange: its id (to remove it on undo) and its moment (to log it again on redo).
    """

    before: LeadStatus
    after: LeadStatus
    exchange_id: int | None = None
    revived_at: datetime | None = None


def _status(session: Any, person_id: int) -> LeadStatus:
    found = lead_repo.lead_status(session, person_id)
    if found is None:
        raise InputError("unknown_person", value=str(person_id))
    return LeadStatus(*found)


def _write_status(
    session: Any, person_id: int, status: LeadStatus, *, expected: LeadStatus | None = None
) -> LeadStatus:
    """Write ``status``; with ``expected``, refuse (``person_changed``) unless the lead is
    still as expected. Returns the status found before."""
    current = _current(session, person_id)
    before = _status(session, person_id)
    if expected is not None and before != expected:
        raise InputError("person_changed", value=str(person_id))
    written = lead_repo.set_lead_state(
        session, current, status.state, until=status.until, note=status.note
    )
    if not written:
        raise InputError("person_changed", value=str(person_id))
    return before


def _set_state(workspace: Workspace, person_id: int, status: LeadStatus) -> Replaced:
    with workspace.database.session(write=True) as session:
        before = _write_status(session, person_id, status)
    return Replaced(before=before, after=status)


def _revive(
    session: Any, person_id: int, moment: datetime, *, expected: LeadStatus | None = None
) -> Replaced:
    # For a revived lead, ``state_until`` holds the day of the revival (Insights plot it).
    status = LeadStatus(LeadState.REVIVED, moment.date())
    before = _write_status(session, person_id, status, expected=expected)
    exchange_id = lead_repo.insert_user_exchange(
        session,
        person_id,
        when=_aware(moment),
        direction=Direction.OUT,
        channel=Channel.NOTE,
        subject="",
    )
    return Replaced(before=before, after=status, exchange_id=exchange_id, revived_at=moment)


def snooze(workspace: Workspace, person_id: int, until: date) -> Replaced:
    """Hide a lead from the morning list until ``until`` (it reappears that day)."""
    return _set_state(workspace, person_id, LeadStatus(LeadState.SNOOZED, until))


def dismiss(workspace: Workspace, person_id: int, reason: str = "") -> Replaced:
    """Never propose this lead again (``reason`` is kept for the user)."""
    return _set_state(workspace, person_id, LeadStatus(LeadState.DISMISSED, note=reason.strip()))


def mark_revived(workspace: Workspace, person_id: int, when: datetime | None = None) -> Replaced:
    """The lead is talking again: log the user's exchange and take it off the list."""
    moment = when if when is not None else _now()
    with workspace.database.session(write=True) as session:
        return _revive(session, person_id, moment)


def do_not_contact(workspace: Workspace, person_id: int) -> Replaced:
    """The person asked not to be contacted: never propose them again."""
    return _set_state(workspace, person_id, LeadStatus(LeadState.DO_NOT_CONTACT))


def reactivate(workspace: Workspace, person_id: int) -> Replaced:
    """Undo a snooze, dismissal, revival or do-not-contact: the lead is active again.

    The exchange a revival logged stays (the user did talk to them); :func:`restore` of the
    revival's own :class:`Replaced` is what removes it.
    """
    return _set_state(workspace, person_id, LeadStatus(LeadState.ACTIVE))


def restore(workspace: Workspace, person_id: int, previous: Replaced) -> None:
    """Undo a lead action: put back the status it replaced and remove the exchange it logged.

    Refuses with ``person_changed`` when the lead's status is no longer the one the action
    wrote (someone or something changed it since); nothing is written then.
    """
    with workspace.database.session(write=True) as session:
        _write_status(session, person_id, previous.before, expected=previous.after)
        if previous.exchange_id is not None:
            lead_repo.delete_user_exchange(session, previous.exchange_id, person_id)


def reapply(workspace: Workspace, person_id: int, previous: Replaced) -> Replaced:
    """Redo a lead action that :func:`restore` undid: write its status again (and log the
    revival's exchange again, at the same moment). Refuses with ``person_changed`` when the
    lead is no longer as the undo left it. Returns what this replaced, for the next undo."""
    with workspace.database.session(write=True) as session:
        if previous.revived_at is not None:
            return _revive(session, person_id, previous.revived_at, expected=previous.before)
        _write_status(session, person_id, previous.after, expected=previous.before)
    return Replaced(before=previous.before, after=previous.after)


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
