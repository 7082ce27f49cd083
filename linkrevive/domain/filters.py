"""Pure filter predicates behind the GUI's table proxies: search keys and row tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from linkrevive.domain.enums import ProfileStatus, Stage, StallReason
from linkrevive.domain.models import Person, Profile
from linkrevive.domain.senders import SenderKind
from linkrevive.domain.text import fold

#: Filter value meaning "the field is empty" (unknown stage or stall reason, no country).
UNKNOWN = "__unknown__"

#: Which counterparts a listing shows: people and shared boxes (the default: never
#: automated senders), people only, shared boxes only, automated senders only, or all.
SHOW_PEOPLE = "people"
SHOW_PERSONS = "person"
SHOW_SHARED = "shared"
SHOW_AUTOMATED = "automated"
SHOW_ALL = "all"
SHOW_CHOICES = (SHOW_PEOPLE, SHOW_PERSONS, SHOW_SHARED, SHOW_AUTOMATED, SHOW_ALL)


def kind_of(person: Person) -> str:
    """``automated``, ``shared`` (a company's box) or ``person``."""
    if person.kind is SenderKind.AUTOMATED:
        return SHOW_AUTOMATED
    return SHOW_SHARED if person.shared_box else SHOW_PERSONS


def shows_kind(person: Person, show: str) -> bool:
    """Whether a listing showing ``show`` (one of :data:`SHOW_CHOICES`) lists ``person``."""
    if show == SHOW_ALL:
        return True
    kind = kind_of(person)
    if show == SHOW_PEOPLE:
        return kind != SHOW_AUTOMATED
    return kind == show


def search_key(*parts: str | None) -> str:
    """Folded, accent-free text that a query is searched in (computed once per row)."""
    return fold(" ".join(p for p in parts if p))


def query_terms(query: str) -> tuple[str, ...]:
    """Folded words of a search query; a row matches when it contains every one."""
    return tuple(fold(query).split())


def matches_terms(key: str, terms: tuple[str, ...]) -> bool:
    """True when every term occurs in ``key`` (both already folded)."""
    return all(term in key for term in terms)


def person_key(person: Person) -> str:
    """Search key of a person: name, company and every email address."""
    return search_key(person.name, person.company, *person.emails)


def profile_key(profile: Profile) -> str:
    """Search key of a LinkedIn profile: name, company, title, email and URL slug."""
    slug = profile.url.rsplit("/", 1)[-1]
    return search_key(profile.name, profile.company, profile.position, profile.email, slug)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (clamped to the month's last day)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    return date(year, month, 28)


def is_dormant(
    stage: Stage | None, last_exchange: datetime | None, as_of: date, dormancy_months: int
) -> bool:
    """Silent for at least the dormancy threshold and not a client (SPEC §3)."""
    if stage is Stage.CLIENT or last_exchange is None:
        return False
    return last_exchange.date() <= months_before(as_of, dormancy_months)


@dataclass(frozen=True, slots=True)
class PersonFilter:
    """What the Prospects view shows; ``None`` means "any"."""

    terms: tuple[str, ...] = ()
    stage: str | None = None  # a Stage value or UNKNOWN
    stall_reason: str | None = None  # a StallReason value or UNKNOWN
    country: str | None = None  # folded country or UNKNOWN
    dormant: bool | None = None
    has_linkedin: bool | None = None
    lead_state: str | None = None  # a LeadState value
    #: Which kinds of counterparts (see :data:`SHOW_CHOICES`); automated senders are
    #: hidden unless asked for.
    show: str = SHOW_PEOPLE

    @property
    def is_empty(self) -> bool:
        """True when the filter asks for nothing beyond the default (automated senders
        hidden)."""
        return self == PersonFilter()


def _enum_matches(value: Stage | StallReason | None, wanted: str | None) -> bool:
    if wanted is None:
        return True
    if wanted == UNKNOWN:
        return value is None
    return value is not None and value.value == wanted


def person_matches(person: Person, key: str, dormant: bool, flt: PersonFilter) -> bool:
    """True when ``person`` (with its precomputed search key and dormancy) passes ``flt``."""
    if not shows_kind(person, flt.show):
        return False
    if not _enum_matches(person.stage, flt.stage):
        return False
    if not _enum_matches(person.stall_reason, flt.stall_reason):
        return False
    if flt.country is not None:
        country = fold(person.country.strip())
        if (flt.country == UNKNOWN and country) or (
            flt.country != UNKNOWN and country != flt.country
        ):
            return False
    if flt.dormant is not None and dormant != flt.dormant:
        return False
    if flt.has_linkedin is not None and bool(person.linkedin_url) != flt.has_linkedin:
        return False
    if flt.lead_state is not None and person.lead_state.value != flt.lead_state:
        return False
    return matches_terms(key, flt.terms)


@dataclass(frozen=True, slots=True)
class ProfileFilter:
    """What the LinkedIn view shows."""

    terms: tuple[str, ...] = ()
    show_removed: bool = True
    with_signals_only: bool = False


def profile_matches(profile: Profile, key: str, signal_count: int, flt: ProfileFilter) -> bool:
    """True when ``profile`` passes ``flt``."""
    if not flt.show_removed and profile.status is ProfileStatus.REMOVED:
        return False
    if flt.with_signals_only and signal_count == 0:
        return False
    return matches_terms(key, flt.terms)


def mask(keys: list[str], terms: tuple[str, ...]) -> list[bool]:
    """Text-only acceptance of many rows at once (the proxies' fast path)."""
    if not terms:
        return [True] * len(keys)
    if len(terms) == 1:
        term = terms[0]
        return [term in key for key in keys]
    return [all(t in key for t in terms) for key in keys]
