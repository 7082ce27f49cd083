"""The typed rows the backend hands the views, read from the services' items.

Frozen dataclasses, one per kind of row (a Today lead, a to-connect contact, a pairing, the
detail of a person, a line of the morning notification), and the functions that read a
service item (a mapping or an object) into them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from linkrevive.domain.enums import PairStatus, Stage, StallReason
from linkrevive.domain.models import Person, Profile, Signal


def get_field(item: Any, name: str, default: Any = None) -> Any:
    """A field of a service item, whether it is a mapping or an object."""
    if isinstance(item, Mapping):
        return item.get(name, default)
    return getattr(item, name, default)


def to_enum(kind: type[Any], value: Any) -> Any:
    """The member of ``kind`` of that value; None for an empty or unknown one."""
    if value is None or value == "":
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def _as_datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class TodayRow:
    """One ranked revival candidate as the Today view shows it."""

    person_id: int
    name: str
    company: str
    emails: tuple[str, ...]
    linkedin_url: str | None
    last_exchange: datetime | None
    stage: Stage | None
    stall_reason: StallReason | None
    score: int
    reasons: tuple[str, ...]
    opener: Mapping[str, str] = field(default_factory=dict)
    # ``fresh``, ``due`` or ``network`` (not a prospect: "new in your network").
    section: str = "fresh"
    # New since the user's last look at Today (an earlier day).
    new: bool = False


@dataclass(frozen=True, slots=True)
class NewsLine:
    """A new lead of the morning, for the notification: who, and why (a ``morning`` code:
    a signal kind, ``snooze_ended`` or ``due``)."""

    person_id: int
    name: str
    code: str


@dataclass(frozen=True, slots=True)
class ToConnectRow:
    """An email contact not yet doubled on LinkedIn."""

    person_id: int
    name: str
    email: str
    company: str
    last_exchange: datetime | None
    search_url: str


@dataclass(frozen=True, slots=True)
class PairRow:
    """A pairing of a person and a LinkedIn profile, with its evidence."""

    person_id: int
    profile_id: int
    person_name: str
    person_emails: tuple[str, ...]
    person_company: str
    profile_name: str
    profile_company: str
    profile_position: str
    profile_url: str
    status: PairStatus
    score: float
    # Items ``{"code": ..., **params}``, read with ``linkrevive.domain.phrases.evidence_text``.
    evidence: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True, slots=True)
class Detail:
    """Everything the detail pane shows about one person."""

    person: Person
    profile: Profile | None
    exchanges: tuple[Any, ...]
    signals: tuple[Signal, ...]
    # Teammates connected to the person's profile (a database shared by a team).
    also_connected: tuple[Any, ...] = ()
    # Whether the current user is connected to it themselves.
    connected: bool = True


def today_row(item: Any) -> TodayRow:
    """A Today row from a ``revival.today`` item."""
    emails = get_field(item, "emails") or ()
    if isinstance(emails, str):
        emails = (emails,)
    opener = get_field(item, "opener") or {}
    return TodayRow(
        person_id=int(get_field(item, "person_id")),
        name=str(get_field(item, "name", "")),
        company=str(get_field(item, "company", "") or ""),
        emails=tuple(emails),
        linkedin_url=get_field(item, "linkedin_url"),
        last_exchange=_as_datetime(get_field(item, "last_exchange")),
        stage=to_enum(Stage, get_field(item, "stage")),
        stall_reason=to_enum(StallReason, get_field(item, "stall_reason")),
        score=int(get_field(item, "score", 0) or 0),
        reasons=tuple(str(r) for r in (get_field(item, "reasons") or ())),
        opener=dict(opener) if isinstance(opener, Mapping) else {},
        section=str(get_field(item, "section", "fresh") or "fresh"),
    )


def to_connect_row(item: Any) -> ToConnectRow:
    """A to-connect row from a ``revival.to_connect`` item."""
    email = get_field(item, "email")
    if email is None:
        emails = get_field(item, "emails") or ("",)
        email = emails[0] if emails else ""
    return ToConnectRow(
        person_id=int(get_field(item, "person_id")),
        name=str(get_field(item, "name", "")),
        email=str(email or ""),
        company=str(get_field(item, "company", "") or ""),
        last_exchange=_as_datetime(get_field(item, "last_exchange")),
        search_url=str(get_field(item, "search_url", "") or ""),
    )


def pair_row(item: Any) -> PairRow:
    """A pair row from a ``pairing.list_pairs`` item (flat or nested person/profile)."""
    person = get_field(item, "person")
    profile = get_field(item, "profile")

    def pick(obj: Any, flat: str, nested: str, default: Any = "") -> Any:
        value = get_field(item, flat)
        if value is None and obj is not None:
            value = get_field(obj, nested)
        return default if value is None else value

    emails = pick(person, "person_emails", "emails", None) or get_field(item, "emails") or ()
    if isinstance(emails, str):
        emails = (emails,)
    evidence = get_field(item, "evidence") or ()
    if isinstance(evidence, str):
        evidence = (evidence,)
    return PairRow(
        person_id=int(pick(person, "person_id", "id", 0)),
        profile_id=int(pick(profile, "profile_id", "id", 0)),
        person_name=str(pick(person, "person_name", "name")),
        person_emails=tuple(emails),
        person_company=str(pick(person, "person_company", "company")),
        profile_name=str(pick(profile, "profile_name", "name")),
        profile_company=str(pick(profile, "profile_company", "company")),
        profile_position=str(pick(profile, "profile_position", "position")),
        profile_url=str(pick(profile, "profile_url", "url")),
        status=to_enum(PairStatus, get_field(item, "status")) or PairStatus.SUGGESTED,
        score=float(get_field(item, "score", 0.0) or 0.0),
        evidence=tuple(
            e if isinstance(e, Mapping) else {"code": "text", "text": str(e)} for e in evidence
        ),
    )
