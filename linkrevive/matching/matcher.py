"""Pairing of email contacts with LinkedIn profiles (SPEC §4): the run and the assignment.

Each candidate gets a likelihood weight ``T`` (see :mod:`linkrevive.matching.scoring`). The
posterior that a candidate is the person's profile, given that the person has one with prior
``PRIOR``, is ``PRIOR*T / (1-PRIOR + PRIOR*ΣT)``; namesakes share ΣT and so lower each other
unless company evidence separates them. The same split is applied on the profile's side (two
email contacts fitting one profile). The final score is the product, and pairs are assigned
greedily by descending score: AUTO from ``AUTO_THRESHOLD``, then SUGGESTED from
``SUGGEST_THRESHOLD`` for people left without an AUTO pair, a second alternative only when it
scores at least ``SUGGEST_MARGIN`` of the favourite.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.records import never_cancelled, no_progress
from linkrevive.matching.evidence import NameLevel
from linkrevive.matching.explain import evidence_items
from linkrevive.matching.index import ProfileIndex
from linkrevive.matching.model import Decision, PersonSide, ProfileSide, Proposal
from linkrevive.matching.scoring import Scored, Scorer, consistent
from linkrevive.matching.sides import (
    PersonForms,
    full_name_key,
    prepare_person,
    prepare_profile,
    shared_addresses,
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
#: A name is distinctive when fewer than this many profiles are expected to bear it by chance:
#: then, borne by one contact and not contradicted by the address, it proves the pair without
#: a company. An address book holds about one unconnected contact for three connections, so
#: such a name belongs to an unconnected namesake in fewer than 1 case in 60.
DISTINCT_CHANCE = 0.05
_CHUNK = 256

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


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
        self.all_profiles = [prepare_profile(p) for p in profiles]
        self.index = ProfileIndex(self.all_profiles)
        self.open_profile = [p.side.id not in skip_profiles for p in self.all_profiles]
        shared = shared_addresses(people)
        self.people: list[PersonForms] = []
        # How many people bear each full name: a namesake on the email side makes a
        # distinctive name no proof.
        self.name_count: dict[str, int] = defaultdict(int)
        for side in people:
            prepared = prepare_person(side, shared)
            if prepared is None:
                continue
            self.name_count[full_name_key(prepared.name)] += 1
            if side.id not in skip_people:
                self.people.append(prepared)
        self.scorer = Scorer(self.all_profiles, self.index)

    def _candidates(self, person: PersonForms) -> set[int]:
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
        rows: dict[int, list[Scored]] = {}
        column: dict[int, float] = defaultdict(float)
        for done, position in enumerate(positions):
            if done % _CHUNK == 0:
                if cancelled():
                    raise Cancelled()
                progress(done, total)
            person = self.people[position]
            scored: list[Scored] = []
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

    def _assign(self, rows: dict[int, list[Scored]], column: dict[int, float]) -> list[Proposal]:
        ranked: list[tuple[float, int, Scored, float]] = []
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
        leftovers: list[tuple[float, int, Scored, float]] = []
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

    def _same_name(self, position: int, holder: int, item: Scored) -> bool:
        """Whether two records fitting one profile may be one person: the name fits in full
        and both records bear the same full name."""
        key = full_name_key(self.people[position].name)
        return (
            item.name_level >= NameLevel.COMPOUND
            and bool(key)
            and key == full_name_key(self.people[holder].name)
        )

    def _address(self, position: int) -> str:
        emails = self.people[position].emails
        return emails[0] if emails else ""

    def _proven(self, position: int, item: Scored) -> bool:
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
        key = full_name_key(person.name)
        unique = not key or self.name_count.get(key, 0) <= 1
        distinct = item.chance <= DISTINCT_CHANCE
        return distinct and unique and consistent(person, item)

    def _doubt(self, position: int, item: Scored) -> str:
        """Why an unproven pair is only a suggestion, as an evidence code ("" when a weak
        name says it already)."""
        if item.company == "mismatch":
            return "namesake_risk"
        key = full_name_key(self.people[position].name)
        if key and self.name_count.get(key, 0) > 1:
            return "namesakes_among_contacts"
        if item.name_level >= NameLevel.INITIAL and item.chance > DISTINCT_CHANCE:
            return "common_name"
        return ""

    def _proposal(
        self, position: int, item: Scored, status: PairStatus, score: float, rivals: float
    ) -> Proposal:
        person = self.people[position]
        profile = self.all_profiles[item.profile]
        doubt = "" if self._proven(position, item) else self._doubt(position, item)
        evidence = evidence_items(person, profile, item, rivals, doubt, status is PairStatus.AUTO)
        return Proposal(person.side.id, profile.side.id, status, round(score, 4), evidence)
