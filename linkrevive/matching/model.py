"""The matcher's contract: both sides as it sees them, the user's decisions, its proposals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from linkrevive.domain.enums import PairStatus


@dataclass(frozen=True, slots=True)
class PersonSide:
    """An email-side person as the matcher needs it; any name field may be empty."""

    id: int
    first_name: str
    last_name: str
    display_name: str
    emails: tuple[str, ...]
    company: str = ""
    #: Shared boxes of a company in the person's card (never the person's own address): the
    #: company the card belongs with.
    boxes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProfileSide:
    """A LinkedIn profile as the matcher needs it."""

    id: int
    first_name: str
    last_name: str
    email: str | None
    company: str
    url: str = ""
    #: Earlier companies the app saw in older exports (position history), most recent first.
    former_companies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """The user's word on a pair: ``PairStatus.CONFIRMED`` or ``PairStatus.REJECTED``."""

    person_id: int
    profile_id: int
    status: PairStatus


@dataclass(frozen=True, slots=True)
class Proposal:
    """A pair the matcher proposes: ``AUTO`` or ``SUGGESTED``, a 0..1 score, its evidence.

    Each evidence item is ``{"code": ..., **params}``, read with
    ``linkrevive.domain.phrases.evidence_text``.
    """

    person_id: int
    profile_id: int
    status: PairStatus
    score: float
    evidence: tuple[Mapping[str, Any], ...]
