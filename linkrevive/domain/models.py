"""Domain objects the store hands out: detached, frozen, free of any ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from linkrevive.domain.enums import (
    Channel,
    Direction,
    LeadState,
    ProfileStatus,
    SignalKind,
    Stage,
    StallReason,
)
from linkrevive.domain.senders import SenderKind


@dataclass(frozen=True, slots=True)
class PositionSpan:
    """A company and title a LinkedIn profile was seen holding, and when."""

    company: str
    position: str
    first_seen: date
    last_seen: date


@dataclass(frozen=True, slots=True)
class Profile:
    """A LinkedIn profile known from the exports."""

    id: int
    url: str
    first_name: str
    last_name: str
    email: str | None
    company: str
    position: str
    connected_on: date | None
    status: ProfileStatus
    history: tuple[PositionSpan, ...] = ()

    @property
    def name(self) -> str:
        """First and last name joined."""
        return " ".join(p for p in (self.first_name, self.last_name) if p)


@dataclass(frozen=True, slots=True)
class Person:
    """A person of the email side: a prospect or any other contact."""

    id: int
    name: str
    first_name: str
    last_name: str
    emails: tuple[str, ...]
    company: str
    position: str
    country: str
    stage: Stage | None
    stall_reason: StallReason | None
    notes: str
    last_exchange: datetime | None
    linkedin_url: str | None = None
    lead_state: LeadState = LeadState.ACTIVE
    state_until: date | None = None
    tags: tuple[str, ...] = ()
    exchange_count: int = 0
    #: A person, or an automated sender (newsletter, notification…), and why.
    kind: SenderKind = SenderKind.PERSON
    kind_reason: str = ""
    #: Every address is a company's shared box (contact@, info@…): shown as such.
    shared_box: bool = False


@dataclass(frozen=True, slots=True)
class Exchange:
    """A dated touch point with a person or a profile."""

    id: int
    occurred_at: datetime
    direction: Direction
    channel: Channel
    subject: str
    person_id: int | None
    profile_id: int | None


@dataclass(frozen=True, slots=True)
class Signal:
    """Dated evidence of renewed activity; ``params`` feed the readable detail."""

    id: int
    kind: SignalKind
    occurred_at: datetime
    person_id: int | None
    profile_id: int | None
    params: dict[str, Any] = field(default_factory=dict)
    name: str = ""
    email: str | None = None
    linkedin_url: str | None = None


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one import did; counts keyed by outcome, plus the issues and signals found."""

    kind: str
    source: str
    counts: dict[str, int]
    signals: tuple[Signal, ...] = ()
    issues: tuple[Any, ...] = ()
    #: A LinkedIn export's own date (SPEC §3 "Export date"); None when it has none (unless
    #: the user said it is the newest: then the import day).
    export_date: date | None = None
    #: Set when that export is older than this newest one already imported: it added
    #: history only.
    newer_export: date | None = None
    #: The export carries no date of its own, and it may be older than what the store
    #: holds: it changed nothing it shows differently (``kept_different``) and marked
    #: nobody missing from it removed (``kept_missing``).
    undated: bool = False


@dataclass(frozen=True, slots=True)
class Tie:
    """A consultant's LinkedIn connection to a profile (a shared database holds several)."""

    consultant_id: int
    #: The consultant's name ("" for the implicit user of a database nobody named).
    name: str
    status: ProfileStatus
    connected_on: date | None


class ProfileState(NamedTuple):
    """The part of a stored profile an import compares against.

    A named tuple: an import reads 30,000 of them and a tuple is several times cheaper to
    build than a dataclass instance.
    """

    id: int
    url: str
    first_name: str
    last_name: str
    email: str | None
    company: str
    position: str
    connected_on: date | None
    status: str
    first_seen: date | None
    last_seen: date | None
    position_since: date | None = None
    removed_on: date | None = None
