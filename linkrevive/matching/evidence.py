"""How well a name or an email local part fits a LinkedIn profile's name, level by level."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from linkrevive.matching.normalize import NameParts

_FUZZY_WORD = 0.92
_FUZZY_LOCAL = 90.0


class NameLevel(IntEnum):
    """Strength of a name fit, weakest first."""

    NONE = 0
    FIRST = 1  # only the given name is known on the email side, and it fits
    LAST = 2  # only the last name is known on the email side, and it fits
    INITIAL = 3  # last name plus the initial of the given name
    FUZZY = 4  # full name with one spelling difference
    COMPOUND = 5  # full name up to a compound, middle name or initials (JP)
    FULL = 6  # the same full name


#: Share of true pairs showing each level as their best evidence (a likelihood, roughly).
LEVEL_LIKELIHOOD: dict[NameLevel, float] = {
    NameLevel.NONE: 0.0,
    NameLevel.FIRST: 0.05,
    NameLevel.LAST: 0.1,
    NameLevel.INITIAL: 0.25,
    NameLevel.FUZZY: 0.05,
    NameLevel.COMPOUND: 0.2,
    NameLevel.FULL: 0.6,
}


class FirstBasis(IntEnum):
    """Which given-name statistic measures how common the fitting evidence is."""

    ANY = 0  # no given name used: any profile with the last name fits
    FULL = 1  # the whole given name (all parts)
    HEAD = 2  # the first given name only
    INITIALS = 3  # the initials of all given names
    LETTER = 4  # the initial of the first given name


class LastBasis(IntEnum):
    """Which last-name statistic measures how common the fitting evidence is."""

    ANY = 0
    KEY = 1


@dataclass(frozen=True, slots=True)
class Fit:
    """A name fit: its level and which statistics say how common such a fit is."""

    level: NameLevel
    first: FirstBasis
    last: LastBasis
    swapped: bool = False


NO_FIT = Fit(NameLevel.NONE, FirstBasis.ANY, LastBasis.ANY)


def initials(words: tuple[str, ...]) -> str:
    """First letters of the words."""
    return "".join(w[0] for w in words if w)


def _similar(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= 4 and JaroWinkler.similarity(a, b) >= _FUZZY_WORD


def name_fit(person: NameParts, profile: NameParts) -> Fit:
    """How the person's name fits the profile's, in either order of first and last name."""
    if person.is_empty or profile.is_empty:
        return NO_FIT
    words = set(person.first) | set(person.last_core)
    variants = words | {person.first_joined, person.last_joined, person.last_key}
    first = profile.first
    last_ok = bool(profile.last_core) and (
        all(t in words for t in profile.last_core)
        or profile.last_joined in variants
        or profile.last_key in variants
    )
    known = set(first) | set(profile.last_core)
    known |= {profile.first_joined, profile.last_joined, profile.last_key}
    leftover = [w for w in words if w not in known]
    swapped = bool(first) and set(person.last_core) == set(first)
    if last_ok:
        if not first:
            if not leftover:
                return Fit(NameLevel.FULL, FirstBasis.ANY, LastBasis.KEY, swapped)
            return NO_FIT
        if all(t in words for t in first) or profile.first_joined in variants:
            # A lone letter left over is a middle initial ("Marie C. Dubois").
            if all(len(w) == 1 for w in leftover):
                return Fit(NameLevel.FULL, FirstBasis.FULL, LastBasis.KEY, swapped)
            return Fit(NameLevel.COMPOUND, FirstBasis.FULL, LastBasis.KEY, swapped)
        if not leftover:
            return Fit(NameLevel.LAST, FirstBasis.ANY, LastBasis.KEY, swapped)
        if first[0] in words:
            return Fit(NameLevel.COMPOUND, FirstBasis.HEAD, LastBasis.KEY, swapped)
        if len(first) >= 2 and initials(first) in leftover:
            return Fit(NameLevel.COMPOUND, FirstBasis.INITIALS, LastBasis.KEY, swapped)
        if all(len(w) == 1 for w in leftover) and first[0][0] in leftover:
            return Fit(NameLevel.INITIAL, FirstBasis.LETTER, LastBasis.KEY, swapped)
        if any(_similar(w, f) for w in leftover for f in (*first, profile.first_joined)):
            return Fit(NameLevel.FUZZY, FirstBasis.FULL, LastBasis.KEY, swapped)
        return NO_FIT
    first_ok = bool(first) and (
        all(t in words for t in first) or profile.first_joined in variants or first[0] in words
    )
    if not first_ok:
        return NO_FIT
    if not leftover:
        return Fit(NameLevel.FIRST, FirstBasis.FULL, LastBasis.ANY, swapped)
    lasts = (profile.last_key, profile.last_joined, *profile.last_core)
    if any(_similar(w, t) for w in leftover for t in lasts):
        return Fit(NameLevel.FUZZY, FirstBasis.FULL, LastBasis.KEY, swapped)
    return NO_FIT


def _local_fit_oriented(
    joined: str, segments: tuple[str, ...], first: tuple[str, ...], lasts: tuple[str, ...]
) -> Fit:
    first_joined = "".join(first)
    head = first[0]
    for last in lasts:
        if not last:
            continue
        if joined in (first_joined + last, last + first_joined):
            return Fit(NameLevel.FULL, FirstBasis.FULL, LastBasis.KEY)
        if len(first) >= 2:
            if joined in (head + last, last + head):
                return Fit(NameLevel.COMPOUND, FirstBasis.HEAD, LastBasis.KEY)
            shorts = initials(first)
            if joined in (shorts + last, last + shorts):
                return Fit(NameLevel.COMPOUND, FirstBasis.INITIALS, LastBasis.KEY)
        if joined in (head[0] + last, last + head[0]):
            return Fit(NameLevel.INITIAL, FirstBasis.LETTER, LastBasis.KEY)
    if len(segments) >= 3 and segments[0] == head and segments[-1] in lasts:
        # "jean.p.dupont": a middle initial between given and last name.
        return Fit(NameLevel.COMPOUND, FirstBasis.HEAD, LastBasis.KEY)
    if joined in lasts and len(joined) >= 3:
        return Fit(NameLevel.LAST, FirstBasis.ANY, LastBasis.KEY)
    if joined in (first_joined, head) and len(joined) >= 3:
        return Fit(NameLevel.FIRST, FirstBasis.FULL, LastBasis.ANY)
    return NO_FIT


def local_fit(segments: tuple[str, ...], profile: NameParts) -> Fit:
    """How an email local part (as segments) fits the profile's name, in either order."""
    if not segments or not profile.first or not profile.last_core:
        return NO_FIT
    joined = "".join(segments)
    lasts = (profile.last_key, profile.last_joined)
    best = _local_fit_oriented(joined, segments, profile.first, lasts)
    if best.level < NameLevel.COMPOUND:
        # LinkedIn members sometimes type their names into the wrong fields.
        swapped = _local_fit_oriented(
            joined, segments, profile.last_core, (profile.first_joined, profile.first[0])
        )
        if swapped.level > best.level:
            best = Fit(swapped.level, swapped.first, swapped.last, True)
    if best.level < NameLevel.INITIAL and len(joined) >= 8:
        target = profile.first_joined + profile.last_key
        if fuzz.ratio(joined, target) >= _FUZZY_LOCAL:
            return Fit(NameLevel.FUZZY, FirstBasis.FULL, LastBasis.KEY)
    return best
