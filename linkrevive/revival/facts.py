"""Facts the revival engine reads: plain immutable snapshots built by the service layer.

The two facts a store holds by the hundred thousand (exchanges and signals) are named
tuples: several times cheaper to build than frozen dataclasses, equally immutable, and read
by attribute all the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason


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
