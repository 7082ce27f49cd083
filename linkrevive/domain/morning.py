"""The record of the user's mornings: what Today showed on a day (a visit) and to whom."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from linkrevive.domain.enums import Stage, StallReason


def sign_key(kind: str, occurred_at: datetime) -> str:
    """A sign's identity across mornings: its kind and its instant (UTC, ISO 8601).

    Clock-independent: two loads of the same stored signal give the same key, whenever
    the file it came from was imported.
    """
    moment = occurred_at if occurred_at.tzinfo is not None else occurred_at.replace(tzinfo=UTC)
    return f"{kind}@{moment.astimezone(UTC).isoformat()}"


def sign_kind(key: str) -> str:
    """The kind part of a :func:`sign_key`."""
    return key.partition("@")[0]


@dataclass(frozen=True, slots=True)
class ShownLead:
    """One lead as a visit of Today showed it.

    ``lead_id`` is the person id, or the negated LinkedIn profile id of a stranger ("new in
    your network" with no email side). ``signs`` are the keys (:func:`sign_key`) of the
    fresh signs shown, newest first; ``rank`` is the row's place (1 = top).
    """

    lead_id: int
    rank: int
    section: str
    score: int
    signs: tuple[str, ...] = ()
    stage: Stage | None = None
    stall_reason: StallReason | None = None
    last_exchange: date | None = None


@dataclass(frozen=True, slots=True)
class Visit:
    """What Today showed on the day ``as_of``; ``seen_at`` is when the look that last
    added to it was made.

    Several looks on the same day are one visit: the union of what they showed.
    """

    as_of: date
    seen_at: datetime
    leads: tuple[ShownLead, ...] = field(default_factory=tuple)

    def lead(self, lead_id: int) -> ShownLead | None:
        """The shown lead ``lead_id``, if the visit showed it."""
        for shown in self.leads:
            if shown.lead_id == lead_id:
                return shown
        return None
