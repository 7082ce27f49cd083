"""Facts the revival engine reads: plain snapshots built by the service layer.

The facts a store holds by the ten thousand (exchanges, signals, connections) are named
tuples: cheaper to build than frozen dataclasses, equally immutable, read by attribute all
the same. The engine reads a lead through the :class:`Lead` protocol: :class:`LeadFacts`
is its frozen form, and the service hands over the store's own snapshots as they are
rather than copying 20,000 of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple, Protocol

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason

#: How a person relates to the user (``Lead.relation``); "" lets the engine decide by the
#: plain rule of :func:`linkrevive.revival.engine.is_lead` (a stage, or an exchange outside
#: LinkedIn).
PROSPECT = "prospect"  # a stage, or a business exchange with an address at another company
CONTACT = "contact"  # anybody else the user knows (a friend, a LinkedIn-only connection)
COLLEAGUE = "colleague"  # at one of the user's own domains or companies
AUTOMATED = "automated"  # a newsletter, a notification, a robot
ROLE = "role"  # a company's shared box (contact@, info@…) on its own
RELATIONS = ("", PROSPECT, CONTACT, COLLEAGUE, AUTOMATED, ROLE)


class ExchangeFact(NamedTuple):
    """One dated touch point with the lead (``occurred_at`` is aware UTC)."""

    occurred_at: datetime
    direction: Direction
    channel: Channel


class SignalFact(NamedTuple):
    """One dated piece of evidence of renewed activity; ``params`` feed its readable detail."""

    kind: SignalKind
    occurred_at: datetime
    params: Mapping[str, Any]


class Lead(Protocol):
    """Everything the engine reads of one person to rank them; it never writes to it."""

    @property
    def person_id(self) -> int:
        """Store id of the person."""
        ...

    @property
    def name(self) -> str:
        """Name shown in the list."""
        ...

    @property
    def first_name(self) -> str:
        """First name, for the opener ("" if unknown)."""
        ...

    @property
    def company(self) -> str:
        """Company as prospected."""
        ...

    @property
    def position(self) -> str:
        """Job title."""
        ...

    @property
    def country(self) -> str:
        """Country."""
        ...

    @property
    def emails(self) -> tuple[str, ...]:
        """Email addresses, preferred first."""
        ...

    @property
    def linkedin_url(self) -> str | None:
        """URL of the paired LinkedIn profile."""
        ...

    @property
    def stage(self) -> Stage | None:
        """Stage reached (None: unknown)."""
        ...

    @property
    def stall_reason(self) -> StallReason | None:
        """Why it stalled (None: unknown)."""
        ...

    @property
    def lead_state(self) -> LeadState:
        """The user's decision about the lead."""
        ...

    @property
    def state_until(self) -> date | None:
        """End of a snooze."""
        ...

    @property
    def exchanges(self) -> Sequence[ExchangeFact]:
        """Every exchange, in any order."""
        ...

    @property
    def signals(self) -> Sequence[SignalFact]:
        """Signals, in any order."""
        ...

    @property
    def history(self) -> tuple[tuple[str, str], ...]:
        """(company, position) pairs of the paired profile, oldest first."""
        ...

    @property
    def relation(self) -> str:
        """One of :data:`RELATIONS` ("": decided by the engine's plain lead rule)."""
        ...


@dataclass(frozen=True, slots=True)
class LeadFacts:
    """Everything the engine needs to know about one person to rank them: a frozen
    :class:`Lead`, for tests, generated worlds and callers holding no store snapshot."""

    person_id: int
    name: str
    first_name: str
    company: str
    position: str
    country: str
    emails: tuple[str, ...]
    linkedin_url: str | None
    stage: Stage | None
    stall_reason: StallReason | None
    lead_state: LeadState
    state_until: date | None
    exchanges: tuple[ExchangeFact, ...]
    signals: tuple[SignalFact, ...]
    #: (company, position) pairs of the paired LinkedIn profile, oldest first.
    history: tuple[tuple[str, str], ...] = ()
    #: One of :data:`RELATIONS`.
    relation: str = ""


class CompanyContact(NamedTuple):
    """Another LinkedIn connection and the company they work at now."""

    name: str
    company: str
    linkedin_url: str | None = None
