"""Words shown at a mail domain: whether a last name alone names one person at a company
("dupont@pixelbleu.fr" for Jean Dupont at Pixel Bleu), and whom a new colleague reaches."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from linkrevive.matching.evidence import NameLevel
from linkrevive.matching.index import ProfileIndex
from linkrevive.matching.normalize import company_key
from linkrevive.matching.scoring import Scored
from linkrevive.matching.sides import PersonForms, ProfileForms

#: Company evidence drawn from the address's domain (now, or an earlier employer).
DOMAIN_TIES = ("domain:", "former-domain:")


class DomainBearers:
    """Everyone with an address at each mail domain (key), and how many of them show a word
    there (counted when asked): a last name borne by one person at a domain and by one profile
    at that company names one person."""

    def __init__(self, index: ProfileIndex) -> None:
        self.index = index
        self.at_domain: dict[str, list[PersonForms]] = defaultdict(list)
        self.counts: dict[tuple[str, str], int] = {}

    def add(self, person: PersonForms) -> None:
        """Count a person at each of their work domains."""
        for key in {key for _, key in person.domains}:
            self.at_domain[key].append(person)

    def count(self, key: str, word: str) -> int:
        """How many people show ``word`` (in their name or address) at mail domain ``key``."""
        pair = (key, word)
        found = self.counts.get(pair)
        if found is None:
            found = sum(1 for person in self.at_domain.get(key, ()) if pair in domain_words(person))
            self.counts[pair] = found
        return found

    def sole_bearer(self, person: PersonForms, profile: ProfileForms, item: Scored) -> bool:
        """Whether a last name alone names the profile's person at the company of the
        address: the profile is the only one with that last name at that company (now or
        earlier), and the contact the only one showing it at that mail domain."""
        if item.name_level != NameLevel.LAST or not item.company.startswith(DOMAIN_TIES):
            return False
        last = profile.name.last_key
        domain = item.company.split(":", 1)[1].partition("|")[0]
        company = profile.company
        if item.company.startswith("former-"):
            company = company_key(item.company.partition("|")[2])
        keys = [key for name, key in person.domains if name == domain]
        return (
            bool(last and keys)
            and self.index.last_at_company.get((company, last), 0) == 1
            and self.count(keys[0], last) == 1
        )

    def reached(
        self,
        people: Sequence[PersonForms],
        rows: Sequence[Sequence[Scored]],
        profiles: Sequence[ProfileForms],
        changed: set[int],
    ) -> set[int]:
        """Ids of the people (``people[i]`` scored as ``rows[i]``) whose last name at their
        mail domain a changed person also shows: they may no longer be its only bearer."""
        words: set[tuple[str, str]] = set()
        for person in people:
            if person.side.id in changed:
                words.update(domain_words(person))
        if not words:
            return set()
        position_of = {person: i for i, person in enumerate(people)}
        reached: set[int] = set()
        for key in {key for key, _ in words}:
            for person in self.at_domain.get(key, ()):
                position = position_of.get(person)
                if position is None or position >= len(rows):
                    continue
                for item in rows[position]:
                    if item.name_level == NameLevel.LAST and item.company.startswith(DOMAIN_TIES):
                        last = profiles[item.profile].name.last_key
                        if any((k, last) in words for _, k in person.domains):
                            reached.add(person.side.id)
        return reached


@lru_cache(maxsize=1 << 16)
def domain_words(person: PersonForms) -> frozenset[tuple[str, str]]:
    """(domain key, word) for each word of the person's name and addresses, at each of the
    person's work domains (once per prepared person: the pool keeps them between runs)."""
    if not person.domains:
        return frozenset()
    words = {person.name.last_key, *person.name.first}
    for _, segments in person.locals:
        words.update(segments)
        words.add("".join(segments))
    words.discard("")
    return frozenset((key, word) for _, key in person.domains for word in words)
