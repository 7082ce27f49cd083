"""Pairing of email contacts with LinkedIn profiles (SPEC §4): a pure, Qt-free, ORM-free engine."""

from linkrevive.matching.matcher import (
    AUTO_THRESHOLD,
    SUGGEST_THRESHOLD,
    address_fits_company,
    affected_people,
    match,
    match_subset,
)
from linkrevive.matching.model import Decision, PersonSide, ProfileSide, Proposal

__all__ = [
    "AUTO_THRESHOLD",
    "SUGGEST_THRESHOLD",
    "Decision",
    "PersonSide",
    "ProfileSide",
    "Proposal",
    "address_fits_company",
    "affected_people",
    "match",
    "match_subset",
]
