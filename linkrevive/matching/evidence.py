"""How well a name or an email local part fits a LinkedIn profile's name, level by level."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from functools import cache

from rapidfuzz.distance import OSA

from linkrevive.matching.normalize import PARTICLES, NameParts, given_name_forms

#: Shortest word a typo is looked for in: in shorter ones one letter makes another name.
_FUZZY_MIN = 5


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
    LETTER = 2  # only the initial of the last name ("Jean D.")


@dataclass(frozen=True, slots=True)
class Fit:
    """A name fit: its level and which statistics say how common such a fit is."""

    level: NameLevel
    first: FirstBasis
    last: LastBasis
    swapped: bool = False
    #: Same given name, another last name: a maiden or married name, or somebody else.
    other_last: bool = False


NO_FIT = Fit(NameLevel.NONE, FirstBasis.ANY, LastBasis.ANY)


def initials(words: tuple[str, ...]) -> str:
    """First letters of the words."""
    return "".join(w[0] for w in words if w)


def similar(a: str, b: str) -> bool:
    """True when two different words are one typo apart (a letter changed, added, dropped
    or two swapped). "Joubert" and "Jouberteau" are two names, not a typo."""
    return a != b and min(len(a), len(b)) >= _FUZZY_MIN and OSA.distance(a, b, score_cutoff=1) <= 1


def _initial_only(person: NameParts, profile: NameParts) -> Fit:
    """Fit of a person known as a given name and a last-name initial ("Jean D.")."""
    letter = person.last_core[0]
    given = set(person.first)
    first, last = profile.first, profile.last_core
    if not first or not last:
        return NO_FIT
    # "Wim V." for Van Damme: the initial of the written last name, particles included.
    letters = {last[0][0], profile.last_joined[:1]}
    if letter in letters and (profile.first_joined in person.variants or first[0] in given):
        # "Jean-Marc H." is not "Jean-Pierre Henry": a second given name on both sides must agree.
        if len(first) >= 2 and any(len(w) > 1 and w not in profile.variants for w in given):
            return NO_FIT
        return Fit(NameLevel.FIRST, FirstBasis.FULL, LastBasis.LETTER)
    if first[0][0] == letter and all(t in given for t in last):
        # The profile's fields are swapped ("Dupont | Jean").
        return Fit(NameLevel.FIRST, FirstBasis.FULL, LastBasis.LETTER, swapped=True)
    return NO_FIT


def _is_initial_only(person: NameParts) -> bool:
    last = person.last_core
    return len(last) == 1 and len(last[0]) == 1 and any(len(w) > 1 for w in person.first)


def name_fit(person: NameParts, profile: NameParts) -> Fit:
    """How the person's name fits the profile's, in either order of first and last name."""
    words = person.words
    if not words or not profile.words:
        return NO_FIT
    if _is_initial_only(person):
        return _initial_only(person, profile)
    variants = person.variants
    first = profile.first
    last_ok = bool(profile.last_core) and (
        profile.last_key in variants
        or profile.last_joined in variants
        or all(t in words for t in profile.last_core)
    )
    known = profile.variants
    leftover = [w for w in words if w not in known]
    swapped = bool(first) and set(person.last_core) == set(first)
    if last_ok:
        if not first:
            if not leftover:
                return Fit(NameLevel.FULL, FirstBasis.ANY, LastBasis.KEY, swapped)
            return NO_FIT
        if profile.first_joined in variants or all(t in words for t in first):
            # A lone letter left over is a middle initial ("Marie C. Dubois").
            if all(len(w) == 1 for w in leftover):
                return Fit(NameLevel.FULL, FirstBasis.FULL, LastBasis.KEY, swapped)
            return Fit(NameLevel.COMPOUND, FirstBasis.FULL, LastBasis.KEY, swapped)
        if first[0] in words:
            # "Jean-Claude" is not "Jean-Philippe": a second given name on both sides must agree.
            if len(first) >= 2 and any(len(w) > 1 for w in leftover):
                return NO_FIT
            return Fit(NameLevel.COMPOUND, FirstBasis.HEAD, LastBasis.KEY, swapped)
        if not leftover:
            return Fit(NameLevel.LAST, FirstBasis.ANY, LastBasis.KEY, swapped)
        if len(first) >= 2 and initials(first) in leftover:
            return Fit(NameLevel.COMPOUND, FirstBasis.INITIALS, LastBasis.KEY, swapped)
        if all(len(w) == 1 for w in leftover) and first[0][0] in leftover:
            return Fit(NameLevel.INITIAL, FirstBasis.LETTER, LastBasis.KEY, swapped)
        targets = (*first, profile.first_joined)
        if len(leftover) == 1 and any(similar(leftover[0], f) for f in targets):
            return Fit(NameLevel.FUZZY, FirstBasis.FULL, LastBasis.KEY, swapped)
        return NO_FIT
    first_ok = bool(first) and (
        first[0] in words or profile.first_joined in variants or all(t in words for t in first)
    )
    if not first_ok:
        return NO_FIT
    family = set(person.last_core) - set(first)
    given_left = [w for w in leftover if len(w) > 1]
    if len(profile.last_core) >= 2 and family and family <= set(profile.last_core):
        if given_left:
            # "Marie-Claire Dévevel" is not "Marie-Hélène Foncourtier-Dévevel".
            return NO_FIT
        # Both names on LinkedIn ("Sophie Durand-Martin"), one of them on the email side.
        return Fit(NameLevel.COMPOUND, FirstBasis.FULL, LastBasis.KEY, swapped)
    if not leftover:
        return Fit(NameLevel.FIRST, FirstBasis.FULL, LastBasis.ANY, swapped)
    if profile.last_core and leftover == [profile.last_core[0][0]]:
        # "Jean D.": the initial of the last name, as mail clients and chat tools shorten it.
        return Fit(NameLevel.FIRST, FirstBasis.FULL, LastBasis.LETTER, swapped)
    lasts = (profile.last_key, profile.last_joined, *profile.last_core)
    extra = [w for w in leftover if len(w) > 1]
    if len(extra) == 1 and any(similar(extra[0], t) for t in lasts):
        return Fit(NameLevel.FUZZY, FirstBasis.FULL, LastBasis.KEY, swapped)
    if len(extra) == 1 and profile.last_core and set(person.first) == set(first):
        # The same given name(s) and another last name: a maiden or married name, or
        # somebody else; only a company tie may make a suggestion of it.
        return Fit(NameLevel.FIRST, FirstBasis.FULL, LastBasis.ANY, swapped, other_last=True)
    return NO_FIT


def may_fit(person: NameParts, profile: NameParts) -> bool:
    """Whether :func:`name_fit` can find the names fitting at all: False only where it finds
    nothing. It asks what every fit needs (a given name of the profile among the person's
    words, or no word of the person's left over, or what is left being the profile's initials,
    its initial or one typo away from its given name), without the levels and statistics.

    A profile found through one shared word (a last name also borne as a given name, "Dumont |
    Marie" beside Marie Draligrand) is passed over by this alone; such profiles grow with the
    network, the fits do not.
    """
    words = person.words
    if not words or not profile.words:
        return False
    if _is_initial_only(person):
        return True
    first = profile.first
    if first and (first[0] in words or profile.first_joined in person.variants):
        return True
    leftover = [w for w in words if w not in profile.variants]
    if not leftover:
        return True
    if not first:
        return False
    if first[0][0] in leftover or (len(first) >= 2 and initials(first) in leftover):
        return True
    targets = (*first, profile.first_joined)
    return len(leftover) == 1 and any(similar(leftover[0], f) for f in targets)


_FIRST_SPECIFICITY = {
    FirstBasis.ANY: 0,
    FirstBasis.LETTER: 1,
    FirstBasis.INITIALS: 2,
    FirstBasis.HEAD: 3,
    FirstBasis.FULL: 4,
}


def combine(name: Fit, local: Fit) -> Fit:
    """One fit from the name and the email local part, each telling part of the name.

    "Denis L." writing from ``lunotard.d@…`` gives the given name in full and the last name
    in full, although neither source holds both.
    """
    if name.level == NameLevel.NONE or local.level == NameLevel.NONE:
        return name if name.level >= local.level else local
    if name.swapped != local.swapped:
        return name if name.level >= local.level else local
    first = max(name.first, local.first, key=_FIRST_SPECIFICITY.__getitem__)
    last = LastBasis.KEY if LastBasis.KEY in (name.last, local.last) else max(name.last, local.last)
    level = max(name.level, local.level)
    if level < NameLevel.COMPOUND and last == LastBasis.KEY and first in _FULLISH:
        level = NameLevel.COMPOUND
    if (first, last) == (name.first, name.last) and level == name.level:
        return name
    return Fit(level, first, last, name.swapped)


_FULLISH = (FirstBasis.FULL, FirstBasis.HEAD)


@cache
def fit_of(level: NameLevel, first: FirstBasis, last: LastBasis, swapped: bool = False) -> Fit:
    """The one shared ``Fit`` of these values (there are a few dozen; profiles need millions)."""
    return Fit(level, first, last, swapped)


def _oriented_forms(
    first: tuple[str, ...], lasts: tuple[str, ...], swapped: bool, forms: dict[str, Fit]
) -> None:
    """Record every local part that spells this given/last name, keeping the strongest fit."""

    def put(key: str, level: NameLevel, basis: FirstBasis, last: LastBasis = LastBasis.KEY) -> None:
        if len(key) >= 3:
            known = forms.get(key)
            if known is None or known.level < level:
                forms[key] = fit_of(level, basis, last, swapped)

    joined = "".join(first)
    head = first[0]
    # The spellings of a last name are often one word ("dupont" joined and as a key): once.
    for last in dict.fromkeys(lasts):
        if not last:
            continue
        put(joined + last, NameLevel.FULL, FirstBasis.FULL)
        put(last + joined, NameLevel.FULL, FirstBasis.FULL)
        if len(first) >= 2:
            put(head + last, NameLevel.COMPOUND, FirstBasis.HEAD)
            put(last + head, NameLevel.COMPOUND, FirstBasis.HEAD)
            shorts = initials(first)
            put(shorts + last, NameLevel.COMPOUND, FirstBasis.INITIALS)
            put(last + shorts, NameLevel.COMPOUND, FirstBasis.INITIALS)
        for cut in range(2, len(first)):
            # A compound given name without the middle name LinkedIn adds: "jeanpaul.dupont@…"
            # and "jp.dupont@…" for Jean-Paul Henri Dupont.
            for given in ("".join(first[:cut]), initials(first[:cut])):
                put(given + last, NameLevel.COMPOUND, FirstBasis.HEAD)
                put(last + given, NameLevel.COMPOUND, FirstBasis.HEAD)
        put(head[0] + last, NameLevel.INITIAL, FirstBasis.LETTER)
        put(last + head[0], NameLevel.INITIAL, FirstBasis.LETTER)
        put(last, NameLevel.LAST, FirstBasis.ANY)
    put(joined, NameLevel.FIRST, FirstBasis.FULL, LastBasis.ANY)
    put(head, NameLevel.FIRST, FirstBasis.FULL, LastBasis.ANY)


def local_forms(profile: NameParts, *, short_forms: bool = True) -> dict[str, Fit]:
    """Every email local part (separators removed) that spells the profile's name, with its fit.

    The swapped reading (LinkedIn members who typed their names into the wrong fields) only
    fills the forms the straight reading left free. ``short_forms=False`` leaves out the
    spellings through a short form of the given name ("nicolas.champagne@…" for "Nico").
    """
    forms: dict[str, Fit] = {}
    if not profile.first or not profile.last_core:
        return forms
    _oriented_forms(profile.first, (profile.last_key, profile.last_joined), False, forms)
    if len(profile.last_core) >= 2:
        # Both names on LinkedIn ("Sophie Durand-Martin"): an address may spell either one.
        one: dict[str, Fit] = {}
        _oriented_forms(profile.first, profile.last_core, False, one)
        for key, fit in one.items():
            if fit.level > NameLevel.COMPOUND:
                fit = fit_of(NameLevel.COMPOUND, fit.first, fit.last, fit.swapped)
            forms.setdefault(key, fit)
    lasts = (profile.last_key, profile.last_joined)
    for given in {profile.first_joined, profile.first[0]} if short_forms else ():
        # "nicolas.champagne@…" for "Nico Champagne", "nico.champagne@…" for "Nicolas".
        for other in given_name_forms(given):
            alias: dict[str, Fit] = {}
            _oriented_forms((other,), lasts, False, alias)
            for key, fit in alias.items():
                level = min(fit.level, NameLevel.COMPOUND)
                first = FirstBasis.HEAD if fit.first == FirstBasis.FULL else fit.first
                forms.setdefault(key, fit_of(level, first, fit.last, fit.swapped))
    swapped: dict[str, Fit] = {}
    core = "".join(w for w in profile.first if w not in PARTICLES) or profile.first_joined
    _oriented_forms(profile.last_core, (profile.first_joined, core), True, swapped)
    for key, fit in swapped.items():
        forms.setdefault(key, fit)
    if len(profile.last_core) == 1 and short_forms:
        # Swapped fields with a short form ("Dupont | Nico"): "nicolas.dupont@…" spells it.
        for other in given_name_forms(profile.last_core[0]):
            alias = {}
            _oriented_forms((other,), (profile.first_joined, core), True, alias)
            for key, fit in alias.items():
                level = min(fit.level, NameLevel.COMPOUND)
                first = FirstBasis.HEAD if fit.first == FirstBasis.FULL else fit.first
                forms.setdefault(key, fit_of(level, first, fit.last, fit.swapped))
    return forms


def local_fit(segments: tuple[str, ...], profile: NameParts, forms: dict[str, Fit]) -> Fit:
    """How an email local part (as segments) fits the profile's name, in either order."""
    if not segments or not forms:
        return NO_FIT
    joined = "".join(segments)
    found = forms.get(joined)
    if found is not None:
        return found
    lasts = (profile.last_key, profile.last_joined)
    if (
        len(segments) >= 3
        and segments[0] == profile.first[0]
        and segments[-1] in lasts
        and all(len(s) == 1 or s in profile.first for s in segments[1:-1])
    ):
        # "jean.p.dupont": a middle initial (or given name) between given and last name; but
        # "marie.eve.…" is not Marie-Christine.
        return Fit(NameLevel.COMPOUND, FirstBasis.HEAD, LastBasis.KEY)
    if len(joined) >= 8:
        for target in (
            profile.first_joined + profile.last_key,
            profile.last_key + profile.first_joined,
        ):
            if similar(joined, target):
                return Fit(NameLevel.FUZZY, FirstBasis.FULL, LastBasis.KEY)
    return NO_FIT
