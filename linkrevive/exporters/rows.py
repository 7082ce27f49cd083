"""Rows of the exported lists and their column names, in export order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote

from linkrevive.domain.text import without_legal_form

LINKEDIN_PEOPLE_SEARCH = "https://www.linkedin.com/search/results/people/?keywords="


@dataclass(frozen=True, slots=True)
class ReactivationRow:
    """One line of the reactivation list, already rendered in the user's language.

    ``stage``/``stall_reason`` are labels; ``dormant_for`` is a readable duration
    ("2 years 3 months") and ``dormant_days`` the same as a number to sort on.
    ``signals`` is a text (one signal per line).
    """

    rank: int
    score: int
    name: str
    company: str = ""
    position: str = ""
    country: str = ""
    emails: Sequence[str] = field(default_factory=tuple)
    linkedin_url: str | None = None
    last_exchange: date | None = None
    dormant_for: str = ""
    dormant_days: int | None = None
    stage: str = ""
    stall_reason: str = ""
    signals: str = ""
    why_now: str = ""
    opener: str = ""
    #: The list's section, as a label ("Fresh sign", "Due for a revisit"…).
    section: str = ""


@dataclass(frozen=True, slots=True)
class ToConnectRow:
    """An email contact not yet connected on LinkedIn."""

    name: str
    email: str
    company: str = ""
    last_exchange: date | None = None


#: CSV header (snake-case keys, stable for automation) of the reactivation list.
REACTIVATION_COLUMNS: tuple[str, ...] = (
    "rank",
    "score",
    "name",
    "company",
    "position",
    "country",
    "emails",
    "linkedin_url",
    "last_exchange",
    "dormant_for",
    "dormant_days",
    "stage",
    "stall_reason",
    "signals",
    "why_now",
    "opener",
    "section",
)

#: Human header labels of the reactivation list, per language (XLSX, or CSV with ``lang``).
REACTIVATION_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "rank": "Rank",
        "score": "Score",
        "name": "Name",
        "company": "Company",
        "position": "Position",
        "country": "Country",
        "emails": "Emails",
        "linkedin_url": "LinkedIn profile",
        "last_exchange": "Last exchange",
        "dormant_for": "Dormant for",
        "dormant_days": "Dormant days",
        "stage": "Stage",
        "stall_reason": "Stall reason",
        "signals": "Signals",
        "why_now": "Why now",
        "opener": "Suggested opener",
        "section": "Section",
    },
    "fr": {
        "rank": "Rang",
        "score": "Score",
        "name": "Nom",
        "company": "Société",
        "position": "Poste",
        "country": "Pays",
        "emails": "E-mails",
        "linkedin_url": "Profil LinkedIn",
        "last_exchange": "Dernier échange",
        "dormant_for": "En sommeil depuis",
        "dormant_days": "Jours en sommeil",
        "stage": "Étape",
        "stall_reason": "Raison du blocage",
        "signals": "Signaux",
        "why_now": "Pourquoi maintenant",
        "opener": "Message suggéré",
        "section": "Rubrique",
    },
}

#: CSV header of the to-connect list.
TO_CONNECT_COLUMNS: tuple[str, ...] = (
    "name",
    "email",
    "company",
    "last_exchange",
    "linkedin_search_url",
)

#: Separator of several emails in one cell.
EMAIL_SEPARATOR = ", "


def linkedin_search_url(name: str, company: str) -> str:
    """LinkedIn people-search link for "name company" (either may be empty)."""
    parts = (name.strip(), without_legal_form(company))
    words = " ".join(part for part in parts if part)
    return LINKEDIN_PEOPLE_SEARCH + quote(words, safe="")


def profile_link(url: str, name: str, company: str) -> str:
    """A profile's URL; for a connection known by name only (an export before mid-2023
    gives no URL: its key is internal), a LinkedIn people search for its name."""
    return url if url.startswith("http") else linkedin_search_url(name, company)
