"""Pairing of email contacts with LinkedIn profiles (SPEC §4): blocking, scoring, assignment.

Scoring is a small likelihood model. For a person, each candidate profile gets a weight
``T = P(evidence | same human) / E[profiles fitting by chance]``, where the expected number of
chance fits comes from how common the fitting name parts are among all profiles (a rare full
name is strong, "J. Martin" is weak), multiplied by a company likelihood ratio (email domain,
company field or a company in the display name ~ the profile's company, or ~ one of its earlier
companies from the position history; a known different company counts against). The name
evidence of the email side's name and of its local part is combined ("Denis L." writing from
``lunotard.d@…`` gives the full name). The posterior that a candidate is the person's profile,
given that the person has one with prior ``PRIOR``, is ``PRIOR*T / (1-PRIOR + PRIOR*ΣT)``;
namesakes share ΣT and so lower each other unless company evidence separates them. The same
split is applied on the profile's side (two email contacts fitting one profile). The final
score is the product, and pairs are assigned greedily by descending score: AUTO from
``AUTO_THRESHOLD``, then SUGGESTED from ``SUGGEST_THRESHOLD`` for people left without an AUTO
pair, a second alternative only when it scores at least ``SUGGEST_MARGIN`` of the favourite.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.records import never_cancelled, no_progress
from linkrevive.domain.text import fold, fold_words, is_role_address, normalize_email
from linkrevive.matching.evidence import (
    LEVEL_LIKELIHOOD,
    NO_FIT,
    FirstBasis,
    Fit,
    LastBasis,
    NameLevel,
    combine,
    initials,
    local_fit,
    local_forms,
    name_fit,
)
from linkrevive.matching.model import Decision, PersonSide, ProfileSide, Proposal
from linkrevive.matching.normalize import (
    PARTICLES,
    NameParts,
    company_acronym,
    company_key,
    display_company,
    display_name_parts,
    domain_key,
    given_name_forms,
    is_free_mail,
    local_segments,
    name_parts,
    skeleton,
    split_email,
    usable_emails,
)

#: Score at or above which a pair is paired automatically.
AUTO_THRESHOLD = 0.95
#: Score at or above which a pair is shown for review.
SUGGEST_THRESHOLD = 0.25
#: Review alternatives kept per person.
MAX_SUGGESTIONS = 2
#: A further alternative is shown only when it scores at least this share of the best one:
#: a clear favourite is worth one review, not a list.
SUGGEST_MARGIN = 0.5
#: Prior probability that an email contact has a LinkedIn profile among the profiles.
PRIOR = 0.7
#: Likelihood that a true pair's email domain (or company) fits the profile's company.
COMPANY_LIKELIHOOD = 0.5
#: Likelihood that a true pair's email domain (or company) fits one of the profile's earlier
#: companies (the app knows them only from earlier exports).
FORMER_LIKELIHOOD = 0.3
#: Likelihood ratio when both companies are known and differ: about the share of people who
#: changed jobs since the address was written (~30 %), against ~1 for somebody else.
COMPANY_MISMATCH = 0.3
#: A name is distinctive when fewer than this many profiles are expected to bear it by chance:
#: then, borne by one contact and not contradicted by the address, it proves the pair without
#: a company. An address book holds about one unconnected contact for three connections, so
#: such a name belongs to an unconnected namesake in fewer than 1 case in 60.
DISTINCT_CHANCE = 0.05
#: Share of "same given name at the same company, another last name" that is one person
#: under a married name (the others are colleagues): such pairs rank below namesakes.
OTHER_LAST_LIKELIHOOD = 0.3
#: Never trust a name alone more than this many expected chance fits.
MIN_CHANCE = 0.002
#: Typos make a fuzzy fit much more common than an exact one.
FUZZY_SPREAD = 25.0
#: Blocking buckets larger than this are skipped for one-word lookups (too unspecific).
SINGLE_BUCKET_LIMIT = 60
#: Floor of the population size used for name and company frequencies.
MIN_POPULATION = 2000
_COMPANY_RATIO = 90.0
_CHUNK = 256
# Anything but letters, digits, spaces, hyphens, apostrophes and dots decorates a name.
_DECORATION_CHARS = re.compile(r"[^\w\s'’.\-]")

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class _Profile:
    side: ProfileSide
    name: NameParts
    email: str | None
    company: str
    acronym: str
    decorated: bool
    former: tuple[tuple[str, str, str], ...] = ()  # (name, key, acronym) of earlier companies


@dataclass(frozen=True, slots=True)
class _Person:
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


@dataclass(frozen=True, slots=True)
class _Scored:
    profile: int
    weight: float
    exact: bool
    fit: Fit
    local_email: str
    local_fit: Fit
    name_level: NameLevel
    company: str  # "domain:<d>", "company", "former-domain:<d>|<name>", "former-company:<name>",
    # "mismatch" or ""
    chance: float = 1.0  # profiles expected to fit this name by chance
    short_for: str = ""  # the given name a short form on one side stands for ("Fred": Frédéric)

    @property
    def tie(self) -> bool:
        """Whether something beyond the name ties the address to the profile: the company
        of the address (or of the card) is the profile's company, now or earlier."""
        return self.company.startswith(_TIES)


#: Company evidence that ties a pair beyond the name (see ``_Scored.tie``).
_TIES = ("domain:", "company", "display-company", "former-domain:", "former-company:")


def _prepare_profile(side: ProfileSide) -> _Profile:
    name = name_parts(side.first_name, side.last_name)
    email = normalize_email(side.email or "")
    if email is not None and is_role_address(email):
        email = None
    decorated = _is_decorated(f"{side.first_name} {side.last_name}", name)
    key = company_key(side.company)
    former = tuple(
        (raw.strip(), company_key(raw), company_acronym(raw))
        for raw in side.former_companies
        if company_key(raw) and company_key(raw) != key
    )
    return _Profile(side, name, email, key, company_acronym(side.company), decorated, former)


def _is_decorated(raw: str, name: NameParts) -> bool:
    """True when the raw name carries more than the name (titles, emojis, taglines)."""
    if _DECORATION_CHARS.search(raw):
        return True
    known = name.tokens | {name.first_joined, name.last_joined}
    return any(skeleton(w) not in known and w not in PARTICLES for w in fold_words(raw).split())


def _prepare_person(
    side: PersonSide, shared: set[str] | frozenset[str] = frozenset()
) -> _Person | None:
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
        parts = split_email(email)
        if parts is None:
            continue
        local, domain = parts
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
    return _Person(
        side,
        name,
        emails,
        tuple(locals_),
        tuple(domains),
        tuple(free),
        company_key(side.company),
        hint,
    )


class _Index:
    """Blocking keys and name statistics over all profiles."""

    def __init__(self, profiles: Sequence[_Profile]) -> None:
        # A small list says little about how rare a name is; real networks hold thousands.
        self.size = max(len(profiles), MIN_POPULATION)
        self.pairs: dict[str, list[int]] = defaultdict(list)
        self.single: dict[str, list[int]] = defaultdict(list)
        self.swapped: dict[str, list[int]] = defaultdict(list)
        self.company: dict[str, list[int]] = defaultdict(list)
        self.email: dict[str, list[int]] = defaultdict(list)
        self.first_full: dict[str, int] = defaultdict(int)
        self.first_head: dict[str, int] = defaultdict(int)
        self.first_initials: dict[str, int] = defaultdict(int)
        self.first_letter: dict[str, int] = defaultdict(int)
        self.last: dict[str, int] = defaultdict(int)
        self.last_letter: dict[str, int] = defaultdict(int)
        self.company_count: dict[str, int] = defaultdict(int)
        self.former_count: dict[str, int] = defaultdict(int)
        for index, profile in enumerate(profiles):
            self._add(index, profile)

    def _add(self, index: int, profile: _Profile) -> None:
        name = profile.name
        firsts = set(name.first) | ({name.first_joined} if name.first else set())
        lasts = set(name.last_core) | {name.last_joined, name.last_key}
        lasts.discard("")
        first_letters = {w[0] for w in name.first}
        last_starts = {w[:4] for w in lasts}
        # Last name + given initial ("martin|s"); given name + two letters of the last name
        # ("sophie|mart"): given names are far more common than last names, so they need more.
        for word in lasts:
            for letter in first_letters:
                self.pairs[f"{word}|{letter}"].append(index)
        for word in firsts:
            for start in last_starts:
                self.pairs[f"{word}|{start}"].append(index)
            # Names typed into the wrong fields, met by "mouellet@…" for "Ouellet Marie".
            for letter in {w[0] for w in name.last_core}:
                self.swapped[f"{word}|{letter}"].append(index)
        for word in firsts | lasts:
            self.single[word].append(index)
        if profile.company:
            self.company_count[profile.company] += 1
        keys = {profile.company, profile.acronym}
        for _, former, acronym in profile.former:
            self.former_count[former] += 1
            keys |= {former, acronym}
        for key in keys - {""}:
            # Company plus one name word: finds "sophie@pixelbleu.fr" without scanning
            # every colleague of a large company.
            for word in firsts | lasts:
                self.company[f"{key}|{word}"].append(index)
        if profile.email:
            self.email[profile.email].append(index)
        if name.first:
            self.first_full[name.first_joined] += 1
            self.first_head[name.first[0]] += 1
            self.first_initials[initials(name.first)] += 1
            self.first_letter[name.first[0][0]] += 1
        self.last[name.last_key] += 1
        if name.last_core:
            self.last_letter[name.last_core[0][0]] += 1

    def chance(self, profile: _Profile, fit: Fit) -> float:
        """Expected number of profiles that would show this fit by chance.

        When both full names fit, both readings of the profile's name are counted and the
        more common one wins: the evidence "eric durand" fits every Éric Durand, also when
        the candidate is a profile whose fields are typed the wrong way round ("Durand | Éric").
        """
        name = profile.name
        straight = self._chance(name.first, name.last_core, fit)
        reverse = self._chance(name.last_core, name.first, fit)
        if fit.first == FirstBasis.FULL and fit.last == LastBasis.KEY:
            value = max(straight, reverse)
        else:
            # Initials read one way only: "mobobault.e" is not "M. Étienne".
            value = reverse if fit.swapped else straight
        if fit.level == NameLevel.FUZZY:
            value *= FUZZY_SPREAD
        return max(value, MIN_CHANCE)

    def _chance(self, given: tuple[str, ...], family: tuple[str, ...], fit: Fit) -> float:
        family_key = "".join(w for w in family if w not in PARTICLES) or "".join(family)
        first: float
        if fit.first == FirstBasis.ANY or not given:
            first = self.size
        elif fit.first == FirstBasis.FULL:
            key = "".join(given)
            first = self.first_full.get(key, 1)
            if fit.last == LastBasis.ANY:
                # A given name alone ("martin@…") is also some people's last name.
                first += self.last.get(key, 0)
        elif fit.first == FirstBasis.HEAD:
            first = self.first_head.get(given[0], 1)
        elif fit.first == FirstBasis.INITIALS:
            first = self.first_initials.get(initials(given), 1)
        else:
            first = self.first_letter.get(given[0][0], 1)
        # The candidate itself is one of the profiles counted: what matters is how many
        # *other* profiles carry the last name, with half a count for the unseen ones.
        last: float
        if fit.last == LastBasis.KEY and family:
            last = self.last.get(family_key, 1) - 0.5
            if fit.first == FirstBasis.ANY:
                # A last name alone ("angelique@…") is also some people's given name.
                last += self.first_head.get(family_key, 0)
        elif fit.last == LastBasis.LETTER and family:
            last = self.last_letter.get(family[0][0], 1)
        else:
            last = self.size
        return max(first, 1.0) * max(last, 0.5) / self.size

    def is_given_name(self, words: tuple[str, ...]) -> bool:
        """True when these words are a given name several profiles carry ("Claire")."""
        return bool(words) and self.first_full.get("".join(words), 0) >= 2

    def is_known_name(self, person: NameParts, profile: NameParts) -> bool:
        """True when a word of the person's name that the profile lacks is a name in its own
        right among the profiles: "Julien" is not a typo of "Julie", nor "Amine" of "Amina"."""
        for word in person.words - profile.variants:
            if len(word) > 1 and (self.first_head.get(word, 0) >= 2 or word in self.last):
                return True
        return False

    def candidates(self, person: _Person) -> set[int]:
        """Profiles sharing a blocking key with the person (never all pairs)."""
        found: set[int] = set()
        name = person.name
        words = set(name.first) | set(name.last_core)
        words |= {w for w in (name.first_joined, name.last_joined, name.last_key) if w}
        pairs = self.pairs
        for word in words:
            for other in words:
                if other != word and (len(other) == 1 or other not in word):
                    found.update(pairs.get(f"{word}|{other[0]}", ()))
                    found.update(pairs.get(f"{word}|{other[:4]}", ()))
        if len(set(name.first) | set(name.last_core)) == 1:
            self._single(next(iter(words)), found)
        for email, segments in person.locals:
            found.update(self.email.get(email, ()))
            self._local_keys(segments, found)
        keys = [key for _, key in person.domains]
        keys += [k for k in (person.company, person.display_company) if k]
        if keys:
            company = self.company
            probes = set(words)
            for _, segments in person.locals:
                probes.update(segments)
            for key in keys:
                for word in probes:
                    found.update(company.get(f"{key}|{word}", ()))
        return found

    def _single(self, word: str, found: set[int]) -> None:
        bucket = self.single.get(word, ())
        if len(bucket) <= SINGLE_BUCKET_LIMIT:
            found.update(bucket)

    def _local_keys(self, segments: tuple[str, ...], found: set[int]) -> None:
        pairs = self.pairs
        if len(segments) >= 2:
            for word in segments:
                for other in segments:
                    if other != word:
                        found.update(pairs.get(f"{word}|{other[0]}", ()))
                        found.update(pairs.get(f"{word}|{other[:4]}", ()))
        elif len(segments) == 1:
            self._single(segments[0], found)
        for word in segments:
            # "jpdupont", "dupontj", "sophiemartin": try every split into given and last name.
            for cut in range(1, len(word)):
                head, tail = word[:cut], word[cut:]
                if len(tail) >= 3:
                    found.update(pairs.get(f"{tail}|{head[0]}", ()))
                    if cut == 1:
                        found.update(self.swapped.get(f"{tail}|{head}", ()))
                if cut >= 3:
                    found.update(pairs.get(f"{head}|{tail[0]}", ()))
                    found.update(pairs.get(f"{head}|{tail[:4]}", ()))


def address_fits_company(address: str, company: str) -> bool:
    """Whether a work address belongs to ``company`` by its domain ("anne@pixel-bleu.fr"
    and "Pixel Bleu SARL"); never for free mail or a role box."""
    parts = split_email(address)
    if not parts or not company.strip() or is_free_mail(parts[1]) or is_role_address(address):
        return False
    return _companies_fit(domain_key(parts[1]), company_key(company), company_acronym(company))


def _companies_fit(left: str, right: str, acronym: str = "") -> bool:
    if not left or not right:
        return False
    if left == right or (acronym and left == acronym):
        return True
    short, long = sorted((left, right), key=len)
    if len(short) >= 6 and long.startswith(short) and len(short) >= 0.6 * len(long):
        return True
    return bool(fuzz.ratio(left, right) >= _COMPANY_RATIO)


class _Scorer:
    """Scores one person against candidate profiles."""

    def __init__(self, profiles: Sequence[_Profile], index: _Index) -> None:
        self.profiles = profiles
        self.index = index
        self.forms: list[dict[str, Fit] | None] = [None] * len(profiles)

    def company(self, person: _Person, profile: _Profile) -> tuple[float, str]:
        """Likelihood ratio of the company evidence and its code."""
        if not profile.company:
            return 1.0, ""
        share = max(self.index.company_count.get(profile.company, 1), 1) / self.index.size
        ratio = min(COMPANY_LIKELIHOOD / share, 5000.0)
        for domain, key in person.domains:
            if _companies_fit(key, profile.company, profile.acronym):
                return ratio, f"domain:{domain}"
        if person.company and _companies_fit(person.company, profile.company, profile.acronym):
            return ratio, "company"
        if person.display_company and _companies_fit(
            person.display_company, profile.company, profile.acronym
        ):
            return ratio, "display-company"
        for name, key, acronym in profile.former:
            shared = self.index.company_count.get(key, 0) + self.index.former_count.get(key, 1)
            former = min(FORMER_LIKELIHOOD * self.index.size / max(shared, 1), 5000.0)
            for domain, domain_key_ in person.domains:
                if _companies_fit(domain_key_, key, acronym):
                    return former, f"former-domain:{domain}|{name}"
            if person.company and _companies_fit(person.company, key, acronym):
                return former, f"former-company:{name}"
        if profile.email:
            parts = split_email(profile.email)
            if parts and any(parts[1] == d for d, _ in person.domains):
                return ratio, f"domain:{parts[1]}"
        if person.domains or person.company:
            return COMPANY_MISMATCH, "mismatch"
        return 1.0, ""

    def score(self, person: _Person, position: int) -> _Scored | None:
        """Weight of one candidate for the person, or None when nothing fits."""
        profile = self.profiles[position]
        if profile.email is not None and profile.email in person.emails:
            return _Scored(position, float("inf"), True, NO_FIT, "", NO_FIT, NameLevel.FULL, "")
        fit = name_fit(person.name, profile.name)
        if fit.level == NameLevel.FUZZY and self.index.is_known_name(person.name, profile.name):
            fit = NO_FIT
        short_for = ""
        if fit.level < NameLevel.COMPOUND:
            alias = _short_form_alias(person.name, profile.name)
            if alias is not None:
                aliased = name_fit(alias[0], profile.name)
                if aliased.level > fit.level and not aliased.other_last:
                    # A short form is a little weaker than the given name written out.
                    level = min(aliased.level, NameLevel.COMPOUND)
                    fit = Fit(level, FirstBasis.HEAD, aliased.last, aliased.swapped)
                    short_for = alias[1]
        local_email = ""
        best_local = NO_FIT
        forms = self.forms[position]
        if forms is None:
            forms = self.forms[position] = local_forms(profile.name)
        for email, segments in person.locals:
            candidate = local_fit(segments, profile.name, forms)
            if candidate.level > best_local.level:
                best_local, local_email = candidate, email
        best = combine(fit, best_local)
        if best.level == NameLevel.NONE:
            return None
        if fit.level == NameLevel.NONE and not person.name.is_empty:
            # The email side has a name and it is not this one: the local part alone must
            # not override it ("Paul Durand" writing from mdupont@… is somebody's assistant).
            name_words = set(person.name.first) | set(person.name.last_core)
            if len(name_words) >= 2 or self.index.is_given_name(person.name.first):
                return None
        ratio, code = self.company(person, profile)
        chance = self.index.chance(profile, best)
        weight = LEVEL_LIKELIHOOD[best.level] / chance * ratio
        if fit.other_last:
            weight *= OTHER_LAST_LIKELIHOOD
        if best.level == NameLevel.FIRST and not code.startswith(_TIES):
            return None
        return _Scored(
            position, weight, False, fit, local_email, best_local, best.level, code, chance,
            short_for,
        )  # fmt: skip


def _short_form_alias(person: NameParts, profile: NameParts) -> tuple[NameParts, str] | None:
    """The person's name with the profile's given name when one is a short form of the other
    ("Fred Dupont" and "Frédéric Dupont"), and the given name written out; else None."""
    if not person.first or not profile.first:
        return None
    mine, theirs = person.first_joined, profile.first_joined
    if theirs in given_name_forms(mine):
        alias = NameParts.build(profile.first, person.last_core, person.last_joined, "")
        return alias, max(mine, theirs, key=len)
    return None


def _consistent(person: _Person, item: _Scored) -> bool:
    """Whether the person's address agrees with the profile's name: it spells it, or it says
    nothing of a name (a pseudonym, a given name alone); never one spelling another name."""
    if item.local_fit.level >= NameLevel.INITIAL:
        return True
    return all(len([s for s in segments if len(s) > 1]) < 2 for _, segments in person.locals)


def _shared_addresses(people: Sequence[PersonSide]) -> set[str]:
    """Addresses found in the cards of two or more people: a company's shared box."""
    seen: set[str] = set()
    shared: set[str] = set()
    for side in people:
        for email in {normalize_email(e) for e in side.emails}:
            if email is None:
                continue
            if email in seen:
                shared.add(email)
            seen.add(email)
    return shared


def _full_name_key(name: NameParts) -> str:
    """Given name and last name, when both are known ("" otherwise)."""
    if not name.first or not name.last_core:
        return ""
    return " ".join(sorted((name.first_joined, name.last_key)))


def _rejected_and_confirmed(
    decisions: Iterable[Decision],
) -> tuple[set[tuple[int, int]], set[int], set[int]]:
    rejected: set[tuple[int, int]] = set()
    people: set[int] = set()
    profiles: set[int] = set()
    for decision in decisions:
        if decision.status == PairStatus.REJECTED:
            rejected.add((decision.person_id, decision.profile_id))
        elif decision.status == PairStatus.CONFIRMED:
            people.add(decision.person_id)
            profiles.add(decision.profile_id)
    return rejected, people, profiles


def match(
    people: Sequence[PersonSide],
    profiles: Sequence[ProfileSide],
    decisions: Sequence[Decision] = (),
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> list[Proposal]:
    """Propose pairs between all people and all profiles (AUTO and SUGGESTED, with evidence).

    Confirmed decisions take both sides out of matching; rejected pairs are never proposed.
    Each person and each profile gets at most one AUTO pair; a person without an AUTO pair
    gets up to ``MAX_SUGGESTIONS`` suggestions. Calls ``progress(done, total)`` as it goes
    and raises :class:`~linkrevive.domain.errors.Cancelled` once ``cancelled()`` is true.
    """
    return match_subset(
        people,
        profiles,
        decisions,
        person_ids=None,
        profile_ids=None,
        progress=progress,
        cancelled=cancelled,
    )


def match_subset(
    people: Sequence[PersonSide],
    profiles: Sequence[ProfileSide],
    decisions: Sequence[Decision] = (),
    *,
    person_ids: set[int] | None,
    profile_ids: set[int] | None,
    taken_people: set[int] | frozenset[int] = frozenset(),
    taken_profiles: set[int] | frozenset[int] = frozenset(),
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> list[Proposal]:
    """Re-score only what changed, given all people and profiles for the statistics.

    ``person_ids`` and ``profile_ids`` name the changed (new or edited) records; ``None``
    for both means everything. Every person touched by a change is re-scored in full: the
    changed people, the people with a changed profile among their candidates, and the people
    competing with those for a shared candidate profile. The result lists the proposals of
    exactly those people; the caller drops its old proposals for them (see
    :func:`affected_people`) and keeps the others. ``taken_people`` and ``taken_profiles``
    are pairs the caller keeps (AUTO pairs of untouched people): they are left out as
    confirmed pairs are.
    """
    run = _Run(people, profiles, decisions, taken_people, taken_profiles)
    return run.execute(person_ids, profile_ids, progress, cancelled)


def affected_people(
    people: Sequence[PersonSide],
    profiles: Sequence[ProfileSide],
    *,
    person_ids: set[int],
    profile_ids: set[int],
) -> set[int]:
    """Ids of the people whose proposals :func:`match_subset` recomputes for these changes."""
    run = _Run(people, profiles, (), frozenset(), frozenset())
    return {run.people[i].side.id for i in run.affected(person_ids, profile_ids)}


class _Run:
    """One matching run over a fixed set of people, profiles and decisions."""

    def __init__(
        self,
        people: Sequence[PersonSide],
        profiles: Sequence[ProfileSide],
        decisions: Sequence[Decision],
        taken_people: set[int] | frozenset[int],
        taken_profiles: set[int] | frozenset[int],
    ) -> None:
        self.rejected, confirmed_people, confirmed_profiles = _rejected_and_confirmed(decisions)
        skip_people = confirmed_people | set(taken_people)
        skip_profiles = confirmed_profiles | set(taken_profiles)
        # Statistics describe every profile, even paired ones: they measure how common names are.
        self.all_profiles = [_prepare_profile(p) for p in profiles]
        self.index = _Index(self.all_profiles)
        self.open_profile = [p.side.id not in skip_profiles for p in self.all_profiles]
        shared = _shared_addresses(people)
        self.people: list[_Person] = []
        # How many people bear each full name: a namesake on the email side makes a
        # distinctive name no proof.
        self.name_count: dict[str, int] = defaultdict(int)
        for side in people:
            prepared = _prepare_person(side, shared)
            if prepared is None:
                continue
            self.name_count[_full_name_key(prepared.name)] += 1
            if side.id not in skip_people:
                self.people.append(prepared)
        self.scorer = _Scorer(self.all_profiles, self.index)

    def _candidates(self, person: _Person) -> set[int]:
        return {i for i in self.index.candidates(person) if self.open_profile[i]}

    def affected(self, person_ids: set[int] | None, profile_ids: set[int] | None) -> list[int]:
        """Positions of the people to re-score for these changes."""
        if person_ids is None and profile_ids is None:
            return list(range(len(self.people)))
        changed_people = person_ids or set()
        changed_profiles = {
            i for i, p in enumerate(self.all_profiles) if p.side.id in (profile_ids or set())
        }
        candidates = [self._candidates(person) for person in self.people]
        touched = set(changed_profiles)
        for position, person in enumerate(self.people):
            if person.side.id in changed_people:
                touched |= candidates[position]
        return [
            position
            for position, person in enumerate(self.people)
            if person.side.id in changed_people or candidates[position] & touched
        ]

    def execute(
        self,
        person_ids: set[int] | None,
        profile_ids: set[int] | None,
        progress: ProgressFn,
        cancelled: CancelledFn,
    ) -> list[Proposal]:
        """Score the affected people and assign AUTO and SUGGESTED pairs."""
        positions = self.affected(person_ids, profile_ids)
        total = len(positions)
        rows: dict[int, list[_Scored]] = {}
        column: dict[int, float] = defaultdict(float)
        for done, position in enumerate(positions):
            if done % _CHUNK == 0:
                if cancelled():
                    raise Cancelled()
                progress(done, total)
            person = self.people[position]
            scored: list[_Scored] = []
            for candidate in self._candidates(person):
                if (person.side.id, self.all_profiles[candidate].side.id) in self.rejected:
                    continue
                result = self.scorer.score(person, candidate)
                if result is not None:
                    scored.append(result)
                    column[candidate] += result.weight
            if scored:
                rows[position] = scored
        progress(total, total)
        return self._assign(rows, column)

    def _assign(self, rows: dict[int, list[_Scored]], column: dict[int, float]) -> list[Proposal]:
        ranked: list[tuple[float, int, _Scored, float]] = []
        # The score of each pair before it shares its profile with the other people fitting it.
        alone: dict[tuple[int, int], float] = {}
        for position, scored in rows.items():
            total = sum(s.weight for s in scored if not s.exact)
            has_exact = any(s.exact for s in scored)
            for item in scored:
                if item.exact:
                    ranked.append((1.0, position, item, 0.0))
                    continue
                if has_exact:
                    continue
                row = PRIOR * item.weight / ((1 - PRIOR) + PRIOR * total)
                col_total = column[item.profile]
                share = item.weight / col_total if col_total > 0 else 1.0
                ranked.append((row * share, position, item, total - item.weight))
                alone[(position, item.profile)] = row
        ranked.sort(key=lambda r: (-r[0], self.people[r[1]].side.id, r[2].profile))
        auto_people: set[int] = set()
        auto_profiles: dict[int, int] = {}  # profile position -> person position
        proposals: list[Proposal] = []
        leftovers: list[tuple[float, int, _Scored, float]] = []
        for entry in ranked:
            score, position, item, rivals = entry
            if score < AUTO_THRESHOLD or not self._proven(position, item):
                leftovers.append(entry)
                continue
            if position in auto_people or item.profile in auto_profiles:
                leftovers.append(entry)
                continue
            auto_people.add(position)
            auto_profiles[item.profile] = position
            proposals.append(self._proposal(position, item, PairStatus.AUTO, score, rivals))
        kept: dict[int, int] = defaultdict(int)
        top: dict[int, float] = {}
        for score, position, item, rivals in leftovers:
            holder = auto_profiles.get(item.profile)
            if holder is not None:
                # Another record of the profile's person does not compete with it.
                if not self._same_name(position, holder, item):
                    continue
                score = alone.get((position, item.profile), score)
            if score < SUGGEST_THRESHOLD or position in auto_people:
                continue
            if kept[position] >= MAX_SUGGESTIONS:
                continue
            if score < SUGGEST_MARGIN * top.setdefault(position, score):
                continue
            kept[position] += 1
            proposal = self._proposal(
                position, item, PairStatus.SUGGESTED, min(score, 0.98), rivals
            )
            if holder is not None:
                # The profile's person is paired through another record: this may be
                # another address of the same person (confirming makes them one).
                other = {"code": "profile_paired_elsewhere", "email": self._address(holder)}
                evidence = (*proposal.evidence, other)
                proposal = dataclasses.replace(proposal, evidence=evidence)
            proposals.append(proposal)
        return proposals

    def _same_name(self, position: int, holder: int, item: _Scored) -> bool:
        """Whether two records fitting one profile may be one person: the name fits in full
        and both records bear the same full name."""
        key = _full_name_key(self.people[position].name)
        return (
            item.name_level >= NameLevel.COMPOUND
            and bool(key)
            and key == _full_name_key(self.people[holder].name)
        )

    def _address(self, position: int) -> str:
        emails = self.people[position].emails
        return emails[0] if emails else ""

    def _proven(self, position: int, item: _Scored) -> bool:
        """Whether more than a name ties the pair, as an automatic pair needs.

        The same address in the export, or the company of the address (now or in an earlier
        export) proves it; else a distinctive name — rare among the profiles, borne by one
        person only — that the address spells or at least does not contradict.
        """
        if item.exact:
            return True
        if item.fit.other_last or item.name_level < NameLevel.INITIAL:
            return False  # a given name alone, whatever else fits
        if item.tie:
            return True
        person = self.people[position]
        key = _full_name_key(person.name)
        unique = not key or self.name_count.get(key, 0) <= 1
        distinct = item.chance <= DISTINCT_CHANCE
        return distinct and unique and _consistent(person, item)

    def _doubt(self, position: int, item: _Scored) -> str:
        """Why an unproven pair is only a suggestion, as an evidence code ("" when a weak
        name says it already)."""
        if item.company == "mismatch":
            return "namesake_risk"
        key = _full_name_key(self.people[position].name)
        if key and self.name_count.get(key, 0) > 1:
            return "namesakes_among_contacts"
        if item.name_level >= NameLevel.INITIAL and item.chance > DISTINCT_CHANCE:
            return "common_name"
        return ""

    def _proposal(
        self, position: int, item: _Scored, status: PairStatus, score: float, rivals: float
    ) -> Proposal:
        person = self.people[position]
        profile = self.all_profiles[item.profile]
        doubt = "" if self._proven(position, item) else self._doubt(position, item)
        evidence = _evidence(person, profile, item, rivals, doubt, status is PairStatus.AUTO)
        return Proposal(person.side.id, profile.side.id, status, round(score, 4), evidence)


def _display(profile: ProfileSide) -> str:
    return " ".join(p.strip() for p in (profile.first_name, profile.last_name) if p.strip())


def _has_accents(text: str) -> bool:
    return fold(text) != text.casefold()


def _name_item(person: _Person, profile: _Profile, fit: Fit) -> dict[str, Any]:
    shown = _display(profile.side)
    raw = person.side.display_name or f"{person.side.first_name} {person.side.last_name}"
    if fit.level == NameLevel.FULL:
        item: dict[str, Any] = {"code": "same_name"}
        accented = _has_accents(raw) or _has_accents(shown)
        if accented and set(raw.casefold().split()) != set(shown.casefold().split()):
            item["code"] = "same_name_without_accents"
        if fit.swapped:
            item["swapped"] = True
        if profile.decorated:
            item["decorated"] = shown
        return item
    if fit.level == NameLevel.COMPOUND:
        return {"code": "name_compound", "name": shown}
    if fit.level == NameLevel.FUZZY:
        return {"code": "name_close", "name": shown}
    if fit.level == NameLevel.INITIAL:
        return {"code": "same_last_name_initial", "name": shown}
    if fit.level == NameLevel.LAST:
        return {"code": "same_last_name", "name": shown}
    return {"code": "same_first_name", "name": shown}


def _evidence(
    person: _Person,
    profile: _Profile,
    item: _Scored,
    rivals: float,
    doubt: str = "",
    auto: bool = False,
) -> tuple[Mapping[str, Any], ...]:
    """The evidence of a pair as items ``{"code": ..., **params}`` (see ``phrases.EVIDENCE``).

    ``doubt`` is the code that says why the pair is not proven ("" when it is); ``auto``
    says the pair is automatic (only then may a rare name be its proof).
    """
    if item.exact:
        return ({"code": "same_email"},)
    lines: list[Mapping[str, Any]] = []
    if item.fit.other_last:
        lines.append({"code": "other_last_name", "company": profile.side.company.strip()})
    elif item.fit.level != NameLevel.NONE:
        lines.append(_name_item(person, profile, item.fit))
    if item.short_for:
        lines.append({"code": "short_given_name", "name": profile.side.first_name.strip()})
    local_level = item.local_fit.level
    if local_level != NameLevel.NONE and (
        local_level >= item.fit.level or item.name_level > item.fit.level
    ):
        local = item.local_email.split("@", 1)[0]
        lines.append({"code": "email_fits_name", "local": local, "name": _display(profile.side)})
    company = profile.side.company.strip()
    if item.company.startswith("domain:"):
        domain = item.company.split(":", 1)[1]
        lines.append({"code": "domain_company", "domain": domain, "company": company})
    elif item.company == "company":
        lines.append(
            {
                "code": "company_company",
                "company": person.side.company.strip(),
                "linkedin_company": company,
            }
        )
    elif item.company == "display-company":
        lines.append({"code": "display_name_company", "company": company})
    elif item.company.startswith("former-domain:"):
        domain, _, name = item.company.split(":", 1)[1].partition("|")
        lines.append({"code": "domain_former_company", "domain": domain, "company": name})
    elif item.company.startswith("former-company:"):
        name = item.company.split(":", 1)[1]
        lines.append(
            {
                "code": "company_former_company",
                "company": person.side.company.strip(),
                "former_company": name,
            }
        )
    elif item.company == "mismatch" and doubt == "namesake_risk":
        lines.append({"code": "namesake_risk", "company": _person_company(person)})
    elif item.company == "mismatch":
        lines.append({"code": "different_company", "company": company})
    if person.free_domains and not item.company.startswith("domain:"):
        lines.append({"code": "free_mail", "domain": person.free_domains[0]})
    if doubt in ("common_name", "namesakes_among_contacts"):
        lines.append({"code": doubt})
    elif auto and not item.tie:
        lines.append({"code": "distinctive_name"})
    if rivals > item.weight * 0.01:
        lines.append({"code": "other_profiles_fit"})
    return tuple(lines)


def _person_company(person: _Person) -> str:
    """The company the email side names: the card's company, else the address's domain."""
    if person.side.company.strip():
        return person.side.company.strip()
    return person.domains[0][0] if person.domains else ""
