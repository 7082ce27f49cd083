"""The profiles prepared once for many runs: their forms, the index, and every person's scored
candidates, so that a re-match after a small import prepares and scores only the new people.

A pool depends on the profiles alone (their names and companies make the statistics), and a
person's scored candidates depend on the person's forms and the pool alone; both are looked up
by value, so a pool is reused exactly when it would be rebuilt the same.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from linkrevive.matching.index import ProfileIndex
from linkrevive.matching.model import PersonSide, ProfileSide
from linkrevive.matching.normalize import usable_emails
from linkrevive.matching.scoring import Scored, Scorer
from linkrevive.matching.sides import (
    PersonForms,
    ProfileForms,
    clear_caches,
    prepare_person,
    prepare_profile,
)


class ProfilePool:
    """All profiles in comparable form, their index, and the people scored against them."""

    def __init__(self, profiles: Sequence[ProfileSide]) -> None:
        # The cached forms of names and addresses live as long as one pool: as large as one
        # network, never evicted while it is matched.
        clear_caches()
        # Statistics describe every profile, even paired ones: they measure how common names are.
        self.forms: list[ProfileForms] = [prepare_profile(p) for p in profiles]
        self.index = ProfileIndex(self.forms)
        self.scorer = Scorer(self.forms, self.index)
        self._people: dict[tuple[PersonSide, tuple[str, ...]], PersonForms | None] = {}
        self._scored: dict[PersonForms, tuple[Scored, ...]] = {}

    def person(self, side: PersonSide, shared: set[str] | frozenset[str]) -> PersonForms | None:
        """The person's forms (see :func:`~linkrevive.matching.sides.prepare_person`)."""
        own = tuple(e for e in usable_emails(side.emails) if e not in shared)
        key = (side, own)
        if key not in self._people:
            self._people[key] = prepare_person(side, shared)
        return self._people[key]

    def scored(self, person: PersonForms) -> tuple[Scored, ...]:
        """Every candidate profile that fits the person, with its weight, whatever the user
        decided (decisions are applied by each run)."""
        found = self._scored.get(person)
        if found is None:
            score = self.scorer.score
            found = tuple(
                result
                for candidate in self.index.candidates(person)
                if (result := score(person, candidate)) is not None
            )
            self._scored[person] = found
        return found


@contextmanager
def paused_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while matching.

    A run builds hundreds of thousands of small acyclic objects (forms, index, scores); each
    automatic collection would rescan all of them and the pool kept from the last run, which
    costs more than the matching itself on a re-match. Reference counting frees them as
    usual; collection resumes at the end of the run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@lru_cache(maxsize=1)
def profile_pool(profiles: tuple[ProfileSide, ...]) -> ProfilePool:
    """The pool of these profiles; the last one is kept for the next run."""
    return ProfilePool(profiles)
