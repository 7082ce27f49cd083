"""Blocking keys and name statistics over all profiles: which profiles to compare a person
with, and how many profiles would show a name fit by chance."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from linkrevive.matching.evidence import FirstBasis, Fit, LastBasis, NameLevel, initials
from linkrevive.matching.normalize import PARTICLES, NameParts, given_name_forms
from linkrevive.matching.sides import PersonForms, ProfileForms

#: Never trust a name alone more than this many expected chance fits.
MIN_CHANCE = 0.002
#: Typos make a fuzzy fit much more common than an exact one.
FUZZY_SPREAD = 25.0
#: Blocking buckets larger than this are skipped for one-word lookups (too unspecific).
SINGLE_BUCKET_LIMIT = 60
#: Floor of the population size used for name and company frequencies.
MIN_POPULATION = 2000


#: Profiles by a word and a second key: ``blocks[word][other]`` (a name word and an initial or
#: the start of the other name, a company and a name word).
Blocks = defaultdict[str, defaultdict[str, list[int]]]


def _blocks() -> Blocks:
    return defaultdict(lambda: defaultdict(list))


class ProfileIndex:
    """Blocking keys and name statistics over all profiles."""

    def __init__(self, profiles: Sequence[ProfileForms]) -> None:
        # A small list says little about how rare a name is; real networks hold thousands.
        self.size = max(len(profiles), MIN_POPULATION)
        self.pairs = _blocks()
        self.single: dict[str, list[int]] = defaultdict(list)
        self.swapped = _blocks()
        self.company = _blocks()
        self.email: dict[str, list[int]] = defaultdict(list)
        self.first_full: dict[str, int] = defaultdict(int)
        self.first_head: dict[str, int] = defaultdict(int)
        self.first_initials: dict[str, int] = defaultdict(int)
        self.first_letter: dict[str, int] = defaultdict(int)
        self.last: dict[str, int] = defaultdict(int)
        self.last_letter: dict[str, int] = defaultdict(int)
        self.company_count: dict[str, int] = defaultdict(int)
        self.former_count: dict[str, int] = defaultdict(int)
        #: Profiles bearing a last name at a company, now or earlier: (company key, last key).
        self.last_at_company: dict[tuple[str, str], int] = defaultdict(int)
        for index, profile in enumerate(profiles):
            self._add(index, profile)

    def _add(self, index: int, profile: ProfileForms) -> None:
        name = profile.name
        firsts = set(name.first) | ({name.first_joined} if name.first else set())
        lasts = set(name.last_core) | {name.last_joined, name.last_key}
        lasts.discard("")
        words = firsts | lasts
        first_letters = {w[0] for w in name.first}
        last_letters = {w[0] for w in name.last_core}
        last_starts = {w[:4] for w in lasts}
        # Last name + given initial ("martin|s"); given name + two letters of the last name
        # ("sophie|mart"): given names are far more common than last names, so they need more.
        for word in lasts:
            for letter in first_letters:
                self.pairs[word][letter].append(index)
        for word in firsts:
            for start in last_starts:
                self.pairs[word][start].append(index)
            # Names typed into the wrong fields, met by "mouellet@…" for "Ouellet Marie".
            for letter in last_letters:
                self.swapped[word][letter].append(index)
        for word in words:
            self.single[word].append(index)
        if profile.company:
            self.company_count[profile.company] += 1
        keys = {profile.company, profile.acronym}
        for _, former, acronym in profile.former:
            self.former_count[former] += 1
            keys |= {former, acronym}
        if name.last_key:
            for key in {profile.company, *(f for _, f, _ in profile.former)} - {""}:
                self.last_at_company[(key, name.last_key)] += 1
        for key in keys - {""}:
            # Company plus one name word: finds "sophie@pixelbleu.fr" without scanning
            # every colleague of a large company.
            by_word = self.company[key]
            for word in words:
                by_word[word].append(index)
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

    def chance(self, profile: ProfileForms, fit: Fit) -> float:
        """Expected number of profiles that would show this fit by chance.

        When both full names fit, both readings of the profile's name are counted and the
        more common one wins: the evidence "eric durand" fits every Éric Durand, also when
        the candidate is a profile whose fields are typed the wrong way round ("Durand | Éric").
        """
        name = profile.name
        if fit.first == FirstBasis.FULL and fit.last == LastBasis.KEY:
            straight = self._chance(name.first, name.last_core, fit)
            value = max(straight, self._chance(name.last_core, name.first, fit))
        elif fit.swapped:
            # Initials read one way only: "mobobault.e" is not "M. Étienne".
            value = self._chance(name.last_core, name.first, fit)
        else:
            value = self._chance(name.first, name.last_core, fit)
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

    def candidates(self, person: PersonForms) -> set[int]:
        """Profiles sharing a blocking key with the person (never all pairs)."""
        found: set[int] = set()
        name = person.name
        words = set(name.first) | set(name.last_core)
        words |= {w for w in (name.first_joined, name.last_joined, name.last_key) if w}
        for word in words:
            by_other = self.pairs.get(word)
            if by_other is None:
                continue
            for other in words:
                if other != word and (len(other) == 1 or other not in word):
                    found.update(by_other.get(other[0], ()))
                    found.update(by_other.get(other[:4], ()))
        if len(set(name.first) | set(name.last_core)) == 1:
            self._single(next(iter(words)), found)
        self._short_forms(name, found)
        for email, segments in person.locals:
            found.update(self.email.get(email, ()))
            self._local_keys(segments, found)
        keys = [key for _, key in (*person.domains, *person.boxes)]
        keys += [k for k in (person.company, person.display_company) if k]
        if keys:
            probes = set(words)
            for _, segments in person.locals:
                probes.update(segments)
            for key in keys:
                by_word = self.company.get(key)
                if by_word is not None:
                    for word in probes:
                        found.update(by_word.get(word, ()))
        return found

    def _short_forms(self, name: NameParts, found: set[int]) -> None:
        """Profiles showing a short form of the given name that starts with another letter
        ("Fane" for Ștefan, "Nelu" for Ioan), or the written-out name of a short form."""
        if not name.first or not name.last_core:
            return
        letters = {
            form[0]
            for given in {name.first_joined, name.first[0]}
            for form in given_name_forms(given)
            if form[0] != given[0]
        }
        for word in {name.last_key, *name.last_core}:
            by_other = self.pairs.get(word)
            if by_other is not None:
                for letter in letters:
                    found.update(by_other.get(letter, ()))

    def _single(self, word: str, found: set[int]) -> None:
        bucket = self.single.get(word, ())
        if len(bucket) <= SINGLE_BUCKET_LIMIT:
            found.update(bucket)

    def _swapped_initials(self, segments: tuple[str, ...], found: set[int]) -> None:
        """Profiles whose fields are typed the wrong way round, met by a last name and the
        initials of the given name, apart or joined at either end ("sallinaux.b@…",
        "mauborelina@…" for "Mauborelin | Alexandru"): a word no other profile bears as its
        given name."""
        shorts = [s for s in segments if len(s) <= 2]
        probes = [(word, short[0]) for word in segments if len(word) > 2 for short in shorts]
        for word in segments:
            if len(word) > 4:
                probes += [(word[:-1], word[-1]), (word[1:], word[0])]
        for word, letter in probes:
            by_letter = self.swapped.get(word)
            if by_letter is not None and self.first_head.get(word, 0) <= 1:
                found.update(by_letter.get(letter, ()))

    def _local_keys(self, segments: tuple[str, ...], found: set[int]) -> None:
        pairs = self.pairs
        if len(segments) >= 2:
            for word in segments:
                by_other = pairs.get(word)
                if by_other is None:
                    continue
                for other in segments:
                    if other != word:
                        found.update(by_other.get(other[0], ()))
                        found.update(by_other.get(other[:4], ()))
        elif len(segments) == 1:
            self._single(segments[0], found)
        self._swapped_initials(segments, found)
        for word in segments:
            # "jpdupont", "dupontj", "sophiemartin": try every split into given and last name.
            for cut in range(1, len(word)):
                head, tail = word[:cut], word[cut:]
                if len(tail) >= 3 and (by_head := pairs.get(tail)) is not None:
                    found.update(by_head.get(head[0], ()))
                if cut == 1 and len(tail) >= 3 and (swapped := self.swapped.get(tail)) is not None:
                    found.update(swapped.get(head, ()))
                if cut >= 3 and (by_tail := pairs.get(head)) is not None:
                    found.update(by_tail.get(tail[0], ()))
                    found.update(by_tail.get(tail[:4], ()))
