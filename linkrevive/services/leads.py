"""What the user does to a lead: stage, notes, exchanges, signals, snooze… and forgetting.

In a shared database a snooze, a dismissal or a revival is the current user's own (see
:mod:`linkrevive.services.consultants`); stages, notes and a do-not-contact are the team's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Final

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.domain.errors import InputError
from linkrevive.services import consultants, forgetting
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo, consultant_repo, lead_repo, outcome_repo, revival_repo


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


def _changed(session: Any, person_id: int) -> InputError:
    """The refusal of an action on a lead changed meanwhile, naming the person."""
    return InputError("person_changed", value=lead_repo.person_label(session, person_id))


def _update(session: Any, person_id: int, values: dict[str, Any], *, user_typed: bool) -> None:
    current = _current(session, person_id)
    if not lead_repo.update_person(session, current, values, user_typed=user_typed):
        raise _changed(session, person_id)


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
                raise _changed(session, person_id)


def set_notes(workspace: Workspace, person_id: int, notes: str) -> None:
    """Replace the user's notes about a person (never overwritten by imports)."""
    with workspace.database.session(write=True) as session:
        _update(session, person_id, {"notes": notes}, user_typed=True)


def _acting(session: Any, user: str | None) -> int | None:
    """The consultant the current user's own actions are recorded for (None in a database
    of one consultant: the person rows, as always)."""
    return consultant_repo.acting(session, consultants.current_user(user))


def log_exchange(
    workspace: Workspace,
    person_id: int,
    *,
    when: datetime,
    direction: Direction,
    channel: Channel,
    subject: str = "",
    user: str | None = None,
) -> None:
    """Record a touch point the user had outside the imported sources (a call, a visit…);
    in a shared database it is the current user's (``user`` by default), as their LinkedIn
    messages are."""
    with workspace.database.session(write=True) as session:
        _current(session, person_id)
        lead_repo.insert_user_exchange(
            session,
            person_id,
            when=_aware(when),
            direction=direction,
            channel=channel,
            subject=subject,
            consultant=_acting(session, user),
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


def _status(session: Any, person_id: int, owner: int | None) -> LeadStatus:
    """The lead's status as ``owner`` sees it: the person row's for the implicit user (or
    in a database of one consultant); a named consultant's own, unless the team promised
    not to contact the person."""
    found = lead_repo.lead_status(session, person_id)
    if found is None:
        raise InputError("unknown_person", value=str(person_id))
    team = LeadStatus(*found)
    if not _personal(owner) or team.state is LeadState.DO_NOT_CONTACT:
        return team
    assert owner is not None
    own = lead_repo.personal_status(session, owner, person_id)
    return LeadStatus(*own) if own is not None else LeadStatus(LeadState.ACTIVE)


def _personal(owner: int | None) -> bool:
    """Whether ``owner``'s lead states are their own rows (a named consultant's)."""
    return owner is not None and owner != consultant_repo.IMPLICIT_ID


def _write_status(
    session: Any,
    person_id: int,
    status: LeadStatus,
    *,
    owner: int | None,
    expected: LeadStatus | None = None,
) -> LeadStatus:
    """Write ``status`` as ``owner``'s; with ``expected``, refuse (``person_changed``)
    unless the lead is still as expected. Returns the status found before.

    A do-not-contact is written on the person row (the team's promise); any other status
    a named consultant sets is their own, and lifts the team's do-not-contact it replaces
    (as it does on the person row for the implicit user)."""
    current = _current(session, person_id)
    before = _status(session, person_id, owner)
    if expected is not None and before != expected:
        raise _changed(session, person_id)
    if _personal(owner) and status.state is not LeadState.DO_NOT_CONTACT:
        assert owner is not None
        # A do-not-contact found is the team's (the person row's): lifted.
        lifted = before.state is LeadState.DO_NOT_CONTACT
        if lifted and not lead_repo.set_lead_state(session, current, LeadState.ACTIVE):
            raise _changed(session, person_id)
        lead_repo.set_personal_state(
            session, owner, person_id, status.state, until=status.until, note=status.note
        )
        return before
    written = lead_repo.set_lead_state(
        session, current, status.state, until=status.until, note=status.note
    )
    if not written:
        raise _changed(session, person_id)
    return before


def _set_state(
    workspace: Workspace, person_id: int, status: LeadStatus, user: str | None
) -> Replaced:
    with workspace.database.session(write=True) as session:
        before = _write_status(session, person_id, status, owner=_acting(session, user))
    return Replaced(before=before, after=status)


def _revive(
    session: Any,
    person_id: int,
    moment: datetime,
    *,
    owner: int | None,
    expected: LeadStatus | None = None,
) -> Replaced:
    # For a revived lead, ``state_until`` holds the day of the revival (Insights plot it).
    status = LeadStatus(LeadState.REVIVED, moment.date())
    before = _write_status(session, person_id, status, owner=owner, expected=expected)
    exchange_id = lead_repo.insert_user_exchange(
        session,
        person_id,
        when=_aware(moment),
        direction=Direction.OUT,
        channel=Channel.NOTE,
        subject="",
        consultant=owner,
    )
    return Replaced(before=before, after=status, exchange_id=exchange_id, revived_at=moment)


# Each action is the current user's (``user``, see consultants.current_user): in a shared
# database a snooze, dismissal or revival is theirs alone, a do-not-contact the team's.


def snooze(
    workspace: Workspace, person_id: int, until: date, *, user: str | None = None
) -> Replaced:
    """Hide a lead from the morning list until ``until`` (it reappears that day)."""
    return _set_state(workspace, person_id, LeadStatus(LeadState.SNOOZED, until), user)


def dismiss(
    workspace: Workspace, person_id: int, reason: str = "", *, user: str | None = None
) -> Replaced:
    """Never propose this lead again (``reason`` is kept for the user)."""
    status = LeadStatus(LeadState.DISMISSED, note=reason.strip())
    return _set_state(workspace, person_id, status, user)


def mark_revived(
    workspace: Workspace, person_id: int, when: datetime | None = None, *, user: str | None = None
) -> Replaced:
    """The lead is talking again: log the user's exchange and take it off the list."""
    moment = when if when is not None else _now()
    with workspace.database.session(write=True) as session:
        return _revive(session, person_id, moment, owner=_acting(session, user))


def do_not_contact(workspace: Workspace, person_id: int, *, user: str | None = None) -> Replaced:
    """The person asked not to be contacted: never propose them again (to anyone in the
    team: it is a promise to the person)."""
    return _set_state(workspace, person_id, LeadStatus(LeadState.DO_NOT_CONTACT), user)


def reactivate(workspace: Workspace, person_id: int, *, user: str | None = None) -> Replaced:
    """Undo a snooze, dismissal, revival or do-not-contact: the lead is active again.

    The exchange a revival logged stays (the user did talk to them); :func:`restore` of the
    revival's own :class:`Replaced` is what removes it.
    """
    return _set_state(workspace, person_id, LeadStatus(LeadState.ACTIVE), user)


def restore(
    workspace: Workspace, person_id: int, previous: Replaced, *, user: str | None = None
) -> None:
    """Undo a lead action: put back the status it replaced and remove the exchange it logged.

    Refuses with ``person_changed`` when the lead's status is no longer the one the action
    wrote (someone or something changed it since); nothing is written then.
    """
    with workspace.database.session(write=True) as session:
        owner = _acting(session, user)
        _write_status(session, person_id, previous.before, owner=owner, expected=previous.after)
        if previous.exchange_id is not None:
            lead_repo.delete_user_exchange(session, previous.exchange_id, person_id)


def reapply(
    workspace: Workspace, person_id: int, previous: Replaced, *, user: str | None = None
) -> Replaced:
    """Redo a lead action that :func:`restore` undid: write its status again (and log the
    revival's exchange again, at the same moment). Refuses with ``person_changed`` when the
    lead is no longer as the undo left it. Returns what this replaced, for the next undo."""
    with workspace.database.session(write=True) as session:
        owner = _acting(session, user)
        if previous.revived_at is not None:
            return _revive(
                session, person_id, previous.revived_at, owner=owner, expected=previous.before
            )
        _write_status(session, person_id, previous.after, owner=owner, expected=previous.before)
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
