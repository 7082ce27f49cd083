"""Pairing of email contacts with LinkedIn profiles (SPEC §4): a pure, Qt-free, ORM-free engine.

``model`` holds the contract (both sides, decisions, proposals); ``normalize`` and ``sides`` the
comparable forms; ``evidence`` the name fits; ``index`` the blocking keys and name statistics;
``scoring`` one pair's weight; ``pool`` the profiles prepared once for many runs; ``bearers``
the last names shown at a mail domain; ``matcher`` the run and the assignment; ``explain`` the
evidence items.
"""

from linkrevive.matching.matcher import (
    AUTO_THRESHOLD,
    SUGGEST_THRESHOLD,
    Rematch,
    affected_people,
    match,
    match_subset,
    rematch,
)
from linkrevive.matching.model import Decision, PersonSide, ProfileSide, Proposal
from linkrevive.matching.pool import paused_collection
from linkrevive.matching.scoring import address_fits_company

__all__ = [
    "AUTO_THRESHOLD",
    "SUGGEST_THRESHOLD",
    "Decision",
    "PersonSide",
    "ProfileSide",
    "Proposal",
    "Rematch",
    "address_fits_company",
    "affected_people",
    "match",
    "match_subset",
    "paused_collection",
    "rematch",
]
