"""Facts the revival engine reads: plain frozen snapshots built by the service layer."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason


@dataclass(frozen=True, slots=True)
class ExchangeFact:
    """One dated touch point with the lead (``occurred_at`` is aware UTC)."""

    occurred_at: datetime
    direction: Direction
    channel: Channel


@dataclass(frozen=True, slots=True)
class SignalFact:
    """One dated piece of evidence of renewed activity; ``params`` feed its readable detail."""

    kind: SignalKind
    occurred_at: datetime
    params: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class LeadFacts:
    """Everything the engine needs to know about one person to rank them."""

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


@dataclass(frozen=True, slots=True)
class CompanyContact:
    """Another LinkedIn connection and the company they work at now."""

    name: str
    company: str
    linkedin_url: str | None = None
