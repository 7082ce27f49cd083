"""Builders of revival facts for the engine tests: a fixed morning and terse constructors."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from linkrevive.domain.enums import Channel, Direction, LeadState, SignalKind, Stage, StallReason
from linkrevive.revival import ExchangeFact, LeadFacts, SignalFact

AS_OF = date(2024, 6, 3)


def at(day: date) -> datetime:
    """Noon UTC of ``day``."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def days_ago(days: int) -> datetime:
    """Noon UTC, ``days`` days before ``AS_OF``."""
    return at(AS_OF - timedelta(days=days))


def out(when: datetime, channel: Channel = Channel.EMAIL) -> ExchangeFact:
    """An exchange from the user."""
    return ExchangeFact(when, Direction.OUT, channel)


def inc(when: datetime, channel: Channel = Channel.EMAIL) -> ExchangeFact:
    """An exchange from the prospect."""
    return ExchangeFact(when, Direction.IN, channel)


def sig(kind: SignalKind, when: datetime, **params: Any) -> SignalFact:
    """A signal with its params."""
    return SignalFact(kind, when, params)


def job_change(when: datetime) -> SignalFact:
    """Claire's move from Pixel Bleu to Studio Kôdé."""
    return sig(
        SignalKind.JOB_CHANGE,
        when,
        old_company="Pixel Bleu",
        new_company="Studio Kôdé",
        position="CTO",
    )


def conversation(last: datetime, count: int = 6) -> tuple[ExchangeFact, ...]:
    """``count`` alternating exchanges, one a week, ending at ``last`` with the user's mail."""
    ex: list[ExchangeFact] = []
    for i in range(count):
        when = last - timedelta(weeks=count - 1 - i)
        ex.append(out(when) if (count - 1 - i) % 2 == 0 else inc(when))
    return tuple(ex)


def make_lead(**overrides: Any) -> LeadFacts:
    """A dormant lead (3 years silent, call postponed, uncertain market); override any field."""
    values: dict[str, Any] = {
        "person_id": 1,
        "name": "Claire Martin",
        "first_name": "Claire",
        "company": "Pixel Bleu",
        "position": "Directrice",
        "country": "France",
        "emails": ("claire@pixelbleu.fr",),
        "linkedin_url": "https://www.linkedin.com/in/claire-martin",
        "stage": Stage.CALL_POSTPONED,
        "stall_reason": StallReason.UNCERTAINTY,
        "lead_state": LeadState.ACTIVE,
        "state_until": None,
        "exchanges": conversation(days_ago(3 * 365)),
        "signals": (),
    }
    values.update(overrides)
    return LeadFacts(**values)


def params_of(reason_params: Mapping[str, Any]) -> dict[str, Any]:
    """Plain dict of reason params (for equality checks)."""
    return dict(reason_params)
