"""Both sides of the matcher in comparable form: folded names, address parts, company keys."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from linkrevive.domain.text import fold_words, is_role_address, normalize_email
from linkrevive.matching.model import PersonSide, ProfileSide
from linkrevive.matching.normalize import (
    PARTICLES,
    NameParts,
    company_acronym,
    company_key,
    display_company,
    display_name_parts,
    domain_key,
    is_free_mail,
    local_segments,
    name_parts,
    skeleton,
    usable_emails,
)
from linkrevive.matching.normalize import clear_caches as clear_normalized

# Anything but letters, digits, spaces, hyphens, apostrophes and dots decorates a name.
_DECORATION_CHARS = re.compile(r"[^\w\s'’.\-]")
#: Automatic senders ("noreply@…") speak for a mailing service, not for the card's company.
_SENDER_BOXES = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply")


@dataclass(frozen=True, slots=True)
class ProfileForms:
    """A profile as the rules compare it."""

    side: ProfileSide
    name: NameParts
    email: str | None
    company: str
    acronym: str
    decorated: bool
    former: tuple[tuple[str, str, str], ...] = ()  # (name, key, acronym) of earlier companies


@dataclass(frozen=True, slots=True, eq=False)
class PersonForms:
    """An email-side person as the rules compare them (one object per person and pool: it
    is compared and hashed by identity)."""

    side: PersonSide
    name: NameParts
    emails: tuple[str, ...]
    locals: tuple[tuple[str, tuple[str, ...]], ...]
    domains: tuple[tuple[str, str], ...]  # (domain, key) of work addresses
    free_domains: tuple[str, ...]
    company: str
    # A company named in the display name ("Jean Dupont - Pixel Bleu"): evidence when it fits,
    # never a mismatch (the tag may be a tagline, "Sophie Martin | Growth").
    display_company: str = ""
    #: (address, domain key) of the company shared boxes in the card ("contact@pixelbleu.fr"):
    #: never the person's address, but the company the card belongs with.
    boxes: tuple[tuple[str, str], ...] = ()


def prepare_profile(side: ProfileSide) -> ProfileForms:
    """The profile's comparable forms; a shared box in its email field is no address."""
    name = name_parts(side.first_name, side.last_name)
    email = normalize_email(side.email or "")
    if email is not None and is_role_address(email):
        email = None
    decorated = _is_decorated((side.first_name, side.last_name), name)
    key = company_key(side.company)
    former = tuple(
        (raw.strip(), company_key(raw), company_acronym(raw))
        for raw in side.former_companies
        if company_key(raw) and company_key(raw) != key
    )
    return ProfileForms(side, name, email, key, company_acronym(side.company), decorated, former)


def _is_decorated(fields: tuple[str, ...], name: NameParts) -> bool:
    """True when the raw name fields carry more than the name (titles, emojis, taglines)."""
    if any(_DECORATION_CHARS.search(field) for field in fields):
        return True
    known = name.tokens | {name.first_joined, name.last_joined}
    return any(
        key not in known and word not in PARTICLES
        for field in fields
        for word, key in _field_words(field)
    )


@cache
def _field_words(field: str) -> tuple[tuple[str, str], ...]:
    """The folded words of a name field, each with its spelling-tolerant key."""
    return tuple((word, skeleton(word)) for word in fold_words(field).split())


def clear_caches() -> None:
    """Forget the cached name fields and forms (see
    :func:`~linkrevive.matching.normalize.clear_caches`)."""
    _field_words.cache_clear()
    clear_normalized()


def prepare_person(
    side: PersonSide, shared: set[str] | frozenset[str] = frozenset()
) -> PersonForms | None:
    """The person's comparable forms, or None when only role boxes are known.

    ``shared`` holds addresses found in several people's cards: shared boxes too.
    """
    emails = tuple(e for e in usable_emails(side.emails) if e not in shared)
    if side.emails and not emails:
        return None
    if side.first_name.strip() or side.last_name.strip():
        name = name_parts(side.first_name, side.last_name)
    else:
        name = display_name_parts(side.display_name)
    locals_: list[tuple[str, tuple[str, ...]]] = []
    domains: list[tuple[str, str]] = []
    free: list[str] = []
    for email in emails:
        local, _, domain = email.partition("@")  # usable addresses are normalised already
        locals_.append((email, local_segments(local)))
        if is_free_mail(domain):
            free.append(domain)
        else:
            key = domain_key(domain)
            if key:
                domains.append((domain, key))
    if name.is_empty and not locals_:
        return None
    hint = company_key(display_company(side.display_name))
    return PersonForms(
        side,
        name,
        emails,
        tuple(locals_),
        tuple(domains),
        tuple(free),
        company_key(side.company),
        hint,
        _company_boxes((*side.emails, *side.boxes), emails),
    )


def _company_boxes(emails: tuple[str, ...], own: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(address, domain key) of the shared boxes among a card's addresses (role boxes and
    addresses held by several cards), free mail left out."""
    found: dict[str, str] = {}
    for email in emails:
        normal = normalize_email(email)
        if normal is None or normal in own or normal.startswith(_SENDER_BOXES):
            continue
        domain = normal.partition("@")[2]
        key = "" if is_free_mail(domain) else domain_key(domain)
        if key:
            found.setdefault(normal, key)
    return tuple(found.items())


def shared_addresses(people: Sequence[PersonSide]) -> set[str]:
    """Usable addresses found in the cards of two or more people: a company's shared box."""
    seen: set[str] = set()
    shared: set[str] = set()
    for side in people:
        for email in usable_emails(side.emails):
            if email in seen:
                shared.add(email)
            seen.add(email)
    return shared


def full_name_key(name: NameParts) -> str:
    """Given name and last name, when both are known ("" otherwise): a last name written as
    its initial ("Denis D.") names nobody in full, so two such cards are no namesakes."""
    if not name.first or not name.last_core or len(name.last_key) < 2:
        return ""
    return " ".join(sorted((name.first_joined, name.last_key)))
