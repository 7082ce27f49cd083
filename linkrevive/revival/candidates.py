"""What the engine hands out: ranked candidates and the reasons behind their score.

Both are named tuples (immutable, read by attribute): a ranking builds tens of thousands of
reasons, and a named tuple costs half a frozen dataclass to build.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, NamedTuple

from linkrevive.revival.facts import SignalFact

#: Reason codes; params of each are documented in :mod:`linkrevive.revival.texts`.
SIGNAL = "signal"
WROTE_AGAIN = "wrote_again"
COMPANY_CONTACT = "company_contact"
STALLED = "stalled"
REVISIT_DUE = "revisit_due"
DORMANT = "dormant"
DEPTH = "depth"

REASON_CODES = (SIGNAL, WROTE_AGAIN, COMPANY_CONTACT, STALLED, REVISIT_DUE, DORMANT, DEPTH)

#: Sections of the morning list, in the order they are shown.
FRESH = "fresh"  # a lead with a fresh sign (or a prospect waiting for an answer)
DUE = "due"  # a lead with no fresh sign whose revisit window has come due
NETWORK = "network"  # not a prospect, but a strong fresh sign: "new in your network"
SECTIONS = (FRESH, DUE, NETWORK)


class Reason(NamedTuple):
    """One explained part of a score: a code, JSON-ready parameters and the points it adds."""

    code: str
    params: Mapping[str, Any]
    points: int


class Candidate(NamedTuple):
    """A dormant lead worth reviving, with its score and why.

    ``score`` is the sum of the reasons' points (0–100). ``dormant_since`` is the date of
    the last exchange before the silence; ``dormant_days`` runs from it to the end of the
    silence (``as_of``, or the day the prospect wrote again when ``waiting_reply``).
    ``signals`` are the fresh signals, newest first. ``opener`` maps ``fr``/``en`` to a
    suggested first message. ``last_exchange`` is the last exchange of the conversation
    the user took part in (the start of the silence): an unanswered message that ended
    the silence is the sign, not the last exchange. ``company`` is where the person works
    now (the new company after a job change). ``section`` is one of :data:`SECTIONS`;
    ``due_on`` the day the revisit window came (or comes) due, when known.
    """

    person_id: int
    name: str
    company: str
    score: int
    reasons: tuple[Reason, ...]
    last_exchange: datetime | None
    dormant_since: date | None
    dormant_days: int
    has_fresh_signal: bool
    waiting_reply: bool
    signals: tuple[SignalFact, ...]
    opener: Mapping[str, str]
    section: str = FRESH
    due_on: date | None = None
