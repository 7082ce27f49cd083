"""Pairing of email contacts with LinkedIn profiles (SPEC §4): the run and the assignment.

Each candidate gets a likelihood weight ``T`` (see :mod:`linkrevive.matching.scoring`). The
posterior that a candidate is the person's profile, given that the person has one with prior
``PRIOR``, is ``PRIOR*T / (1-PRIOR + PRIOR*ΣT)``; namesakes share ΣT and so lower each other
unless company evidence separates them. The same split is applied on the profile's side (two
email contacts fitting one profile), each rival weighing by its weight times its share of its
own row: a contact well explained by another profile hardly competes. The final score is the
product, and pairs are assigned greedily by descending score: AUTO from ``AUTO_THRESHOLD`` (or
below it, for a proven name that fits one profile and one contact only, see
:mod:`linkrevive.matching.sole_fit`), then SUGGESTED from ``SUGGEST_THRESHOLD`` for people
left without an AUTO pair, a second alternative only when it scores at least
``SUGGEST_MARGIN`` of the favourite.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.records import never_cancelled, no_progress
from linkrevive.matching.bearers import DomainBearers
from linkrevive.matching.evidence import NameLevel
from linkrevive.matching.explain import evidence_items
from linkrevive.matching.model import Decision, PersonSide, ProfileSide, Proposal
from linkrevive.matching.normalize import usable_emails
from linkrevive.matching.pool import paused_collection, profile_pool
from linkrevive.matching.records import other_address, same_name
from linkrevive.matching.scoring import COMPANY_MISMATCH, DISTINCT_CHANCE, Scored, consistent
from linkrevive.matching.sides import PersonForms, full_name_key, shared_addresses
from linkrevive.matching.sole_fit import sole_fit

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
_CHUNK = 256
#: Other profiles fitting a record weigh less than this share of its best one: no rival.
_NO_RIVAL = 0.01

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
    """Re-assign only what changed, given all people and profiles for the statistics.

    ``person_ids`` and ``profile_ids`` name the changed (new or edited) records; ``None``
    for both means everything. The people re-assigned are those a change can reach (see
    :func:`affected_people`); the result lists the proposals of exactly those people, and the
    caller drops its old proposals for them and keeps the others. ``taken_people`` and
    ``taken_profiles`` are pairs the caller keeps (AUTO pairs of untouched people): they are
    left out as confirmed pairs are. For new or changed people, the result equals what a full
    :func:`match` proposes for them; changed profiles also shift the name statistics of
    everyone, which only a full match takes into account.
    """
    with paused_collection():
        run = _Run(people, profiles, decisions, taken_people, taken_profiles)
        return run.execute(person_ids, profile_ids, progress, cancelled)


@dataclass(frozen=True, slots=True)
class Rematch:
    """A re-match after a change: the people it reached and their proposals (the others keep
    theirs)."""

    affected: frozenset[int]
    proposals: list[Proposal]


def rematch(
    people: Sequence[PersonSide],
    profiles: Sequence[ProfileSide],
    decisions: Sequence[Decision] = (),
    *,
    person_ids: set[int],
    profile_ids: set[int],
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> Rematch:
    """:func:`affected_people` and their proposals in one run (see :func:`match_subset`)."""
    with paused_collection():
        run = _Run(people, profiles, decisions, frozenset(), frozenset())
        run.score_all(progress, cancelled)
        affected = run.affected(person_ids, profile_ids)
        return Rematch(frozenset(affected), run.assign(affected))


def affected_people(
    people: Sequence[PersonSide],
    profiles: Sequence[ProfileSide],
    *,
    person_ids: set[int],
    profile_ids: set[int],
    decisions: Sequence[Decision] = (),
) -> set[int]:
    """Ids of the people whose proposals :func:`match_subset` recomputes for these changes.

    They are the changed people, the people sharing an address or a full name with them,
    the people fitting a changed profile, and everyone linked to those through profiles
    they both fit: one person's pair shifts the scores and the assignment of everyone
    competing for the same profiles, and theirs in turn.
    """
    with paused_collection():
        run = _Run(people, profiles, decisions, frozenset(), frozenset())
        run.score_all(no_progress, never_cancelled)
        return run.affected(person_ids, profile_ids)


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
        self.taken_people = set(taken_people)
        self.pool = profile_pool(tuple(profiles))
        self.all_profiles = self.pool.forms
        self.open_profile = [p.side.id not in taken_profiles for p in self.all_profiles]
        self.shared = shared = shared_addresses(people)
        # Every person not confirmed, even those whose pairs the caller keeps: their weights
        # on the profiles they fit make the shares of everyone else.
        self.people: list[PersonForms] = []
        self.sides = {side.id: side for side in people}
        # How many people bear each full name: a namesake on the email side makes a
        # distinctive name no proof.
        self.name_count: dict[str, int] = defaultdict(int)
        self.names: list[str] = []  # the full name key of each person
        # Who shows which word at each mail domain (see DomainBearers).
        self.bearers = DomainBearers(self.pool.index)
        confirmed_forms: dict[int, PersonForms] = {}
        for side in people:
            prepared = self.pool.person(side, shared)
            if prepared is None:
                continue
            name = full_name_key(prepared.name)
            self.name_count[name] += 1
            self.bearers.add(prepared)
            if side.id not in confirmed_people:
                self.people.append(prepared)
                self.names.append(name)
            else:
                confirmed_forms[side.id] = prepared
        # A profile the user confirmed is closed to everyone but further addresses of its
        # person (records tied to it by its companies): its holder stands outside the run, at
        # a negative position (~k in ``outside``).
        self.outside: list[PersonForms] = []
        self.confirmed_of: dict[int, int] = {}
        holder_of = {
            d.profile_id: d.person_id for d in decisions if d.status == PairStatus.CONFIRMED
        }
        for position, form in enumerate(self.all_profiles):
            if form.side.id not in confirmed_profiles:
                continue
            holder = confirmed_forms.get(holder_of.get(form.side.id, -1))
            if holder is None:
                self.open_profile[position] = False
            else:
                self.confirmed_of[position] = ~len(self.outside)
                self.outside.append(holder)
        self.rows: list[list[Scored]] = []
        self.column: dict[int, float] = defaultdict(float)
        # Per profile, the weight of the records tied to it by its companies (holds_person).
        self.tied: dict[int, float] = defaultdict(float)
        # Profiles whose export holds one person's own address (an exact pair).
        self.exact: set[int] = set()

    def score_all(self, progress: ProgressFn, cancelled: CancelledFn) -> None:
        """Every person's candidates still open, and each profile's total weight."""
        total = len(self.people)
        for done, person in enumerate(self.people):
            if done % _CHUNK == 0:
                if cancelled():
                    raise Cancelled()
                progress(done, total)
            row = [
                item
                for item in self.pool.scored(person)
                if self.open_profile[item.profile]
                and (item.holds_person or item.profile not in self.confirmed_of)
                and (person.side.id, self.all_profiles[item.profile].side.id) not in self.rejected
            ]
            for item, claim in zip(row, _claims(row), strict=True):
                if item.exact:
                    self.exact.add(item.profile)
                    continue
                self.column[item.profile] += claim
                if item.holds_person:
                    self.tied[item.profile] += claim
            self.rows.append(row)
        progress(total, total)

    def affected(self, person_ids: set[int] | None, profile_ids: set[int] | None) -> set[int]:
        """Ids of the people to re-assign for these changes (see :func:`affected_people`)."""
        if person_ids is None and profile_ids is None:
            return {person.side.id for person in self.people}
        changed = set(person_ids or ())
        changed_profiles = set(profile_ids or ())
        # Sharing an address with a changed person changes one's own addresses; sharing a
        # full name changes whether one's name is distinctive.
        # (An address in one card only is nobody else's.)
        emails = self.shared.intersection(
            e for i in changed if i in self.sides for e in usable_emails(self.sides[i].emails)
        )
        names = {self.names[i] for i, p in enumerate(self.people) if p.side.id in changed} - {""}
        reached = set(changed)
        if emails:
            reached.update(
                i
                for i, side in self.sides.items()
                if emails.intersection(usable_emails(side.emails))
            )
        reached.update(p.side.id for i, p in enumerate(self.people) if self.names[i] in names)
        reached.update(self.bearers.reached(self.people, self.rows, self.all_profiles, changed))
        # People and profiles are linked by the pairs that fit; what reaches a person reaches
        # every profile they fit, and what reaches a profile every person fitting it.
        fitting: dict[int, list[int]] = defaultdict(list)
        for position, row in enumerate(self.rows):
            for item in row:
                fitting[item.profile].append(position)
        position_of = {person.side.id: i for i, person in enumerate(self.people)}
        queue = [position_of[i] for i in reached if i in position_of]
        queue += [
            position
            for profile, positions in fitting.items()
            if self.all_profiles[profile].side.id in changed_profiles
            for position in positions
        ]
        seen_people = set(queue)
        seen_profiles: set[int] = set()
        while queue:
            position = queue.pop()
            reached.add(self.people[position].side.id)
            for item in self.rows[position]:
                if item.profile in seen_profiles:
                    continue
                seen_profiles.add(item.profile)
                for other in fitting[item.profile]:
                    if other not in seen_people:
                        seen_people.add(other)
                        queue.append(other)
        return reached

    def execute(
        self,
        person_ids: set[int] | None,
        profile_ids: set[int] | None,
        progress: ProgressFn,
        cancelled: CancelledFn,
    ) -> list[Proposal]:
        """Score everyone, then assign AUTO and SUGGESTED pairs to the affected people."""
        self.score_all(progress, cancelled)
        return self.assign(self.affected(person_ids, profile_ids) - self.taken_people)

    def assign(self, affected: set[int]) -> list[Proposal]:
        """AUTO and SUGGESTED pairs of these people (after :meth:`score_all`)."""
        rows = {
            position: row
            for position, row in enumerate(self.rows)
            if row and self.people[position].side.id in affected
        }
        return self._assign(rows, self.column)

    def _assign(self, rows: dict[int, list[Scored]], column: dict[int, float]) -> list[Proposal]:
        ranked: list[tuple[float, int, Scored, float]] = []
        # The score of each pair before it shares its profile with the other people fitting it.
        alone: dict[tuple[int, int], float] = {}
        # Pairs whose person fits no other profile and whose profile no other person fits.
        alone_both: set[tuple[int, int]] = set()
        # Records tied to a profile by its companies are addresses of one person (the old
        # address at her former employer, the new one at the current): they do not compete.
        tied = self.tied
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
                claim = item.weight * item.weight / total
                col_total = column[item.profile]
                if item.holds_person:
                    # The records tied to the profile by its companies, and the one whose
                    # address the export holds, are addresses of one person.
                    col_total -= tied[item.profile] - claim
                    share = min(claim / col_total, 1.0) if col_total > 0 else 1.0
                elif item.profile in self.exact:
                    share = 0.0  # the profile's person is known by the address itself
                else:
                    share = min(claim / col_total, 1.0) if col_total > 0 else 1.0
                bar = item.weight * _NO_RIVAL
                only_fit = total - item.weight <= bar and column[item.profile] - claim <= bar
                if row < SUGGEST_THRESHOLD and not only_fit:
                    # Too weak to be suggested even before sharing its profile, and not the
                    # name's only fit on both sides: neither automatic nor suggested. The
                    # namesakes met in a large network are most of these.
                    continue
                ranked.append((row * share, position, item, total - item.weight))
                alone[(position, item.profile)] = row
                if only_fit:
                    alone_both.add((position, item.profile))
        ranked.sort(key=lambda r: (-r[0], self.people[r[1]].side.id, r[2].profile))
        auto_people: set[int] = set()
        # profile position -> person position (negative: a confirmed person, see outside)
        auto_profiles: dict[int, int] = dict(self.confirmed_of)
        # holders paired through a company tie, the export's address or the user's word
        tied_holders: set[int] = set(self.confirmed_of.values())
        proposals: list[Proposal] = []
        leftovers: list[tuple[float, int, Scored, float]] = []
        for entry in ranked:
            score, position, item, rivals = entry
            alone_on_both = (position, item.profile) in alone_both
            if score < AUTO_THRESHOLD and not alone_on_both:
                leftovers.append(entry)
                continue
            proven = self._proven(position, item)
            code = ""
            if score < AUTO_THRESHOLD or not proven:
                clears = score >= AUTO_THRESHOLD
                if alone_on_both:
                    person, profile = self.people[position], self.all_profiles[item.profile]
                    code = sole_fit(
                        item, person, profile, self.pool.index, proven=proven, clears_bar=clears
                    )
                if not code:
                    leftovers.append(entry)
                    continue
            if position in auto_people:
                leftovers.append(entry)
                continue
            holder = auto_profiles.get(item.profile)
            if holder is not None and not (item.holds_person and holder in tied_holders):
                leftovers.append(entry)
                continue
            auto_people.add(position)
            proposal = self._proposal(position, item, PairStatus.AUTO, score, rivals)
            if code:
                # The name's only bearer on each side, not a score over namesakes.
                drop = ("distinctive_name", "common_name")
                evidence = tuple(e for e in proposal.evidence if e["code"] not in drop)
                proposal = dataclasses.replace(proposal, evidence=(*evidence, {"code": code}))
            if holder is None:
                auto_profiles[item.profile] = position
                if item.holds_person or item.exact:
                    tied_holders.add(position)
            else:
                # Another address of the person the profile is paired with: both records are
                # tied to it by its companies (confirming one merges them).
                other = {"code": "same_person_other_address", "email": self._address(holder)}
                proposal = dataclasses.replace(proposal, evidence=(*proposal.evidence, other))
            proposals.append(proposal)
        for entry in leftovers:
            # Another address of a person paired by proof, under the same rare name.
            _, position, item, rivals = entry
            holder = auto_profiles.get(item.profile)
            if (
                holder is None
                or holder not in tied_holders
                or position in auto_people
                or rivals > item.weight * _NO_RIVAL
            ):
                continue
            score = alone.get((position, item.profile), entry[0])
            held = self._record(holder)
            held_row = self.rows[holder] if holder >= 0 else ()
            if score < AUTO_THRESHOLD or not other_address(
                self.people[position], held, held_row, item, self.name_count
            ):
                continue
            auto_people.add(position)
            proposal = self._proposal(position, item, PairStatus.AUTO, score, rivals, proven=True)
            # The name is rare, but another contact (the paired record) bears it.
            evidence = tuple(e for e in proposal.evidence if e["code"] != "distinctive_name")
            other = {"code": "same_rare_name_other_address", "email": self._address(holder)}
            evidence = (*evidence, other)
            proposals.append(dataclasses.replace(proposal, evidence=evidence))
        kept: dict[int, int] = defaultdict(int)
        top: dict[int, float] = {}
        for score, position, item, rivals in leftovers:
            holder = auto_profiles.get(item.profile)
            if holder is not None:
                # Another record of the profile's person does not compete with it.
                person, held = self.people[position], self._record(holder)
                if not same_name(person, held, item, self.name_count):
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

    def _record(self, position: int) -> PersonForms:
        """The person at a position; a negative one is a confirmed holder (``outside``)."""
        return self.people[position] if position >= 0 else self.outside[~position]

    def _address(self, position: int) -> str:
        emails = self._record(position).emails
        return emails[0] if emails else ""

    def _proven(self, position: int, item: Scored) -> bool:
        """Whether more than a name ties the pair, as an automatic pair needs.

        The same address in the export, or the company of the address (now or in an earlier
        export) proves it; else a distinctive name — rare among the profiles, borne by one
        person only — that the address spells or at least does not contradict.
        """
        if item.exact:
            return True
        if self._sole_bearer_of(position, item):
            return True
        if item.fit.other_last or item.name_level < NameLevel.INITIAL:
            return False  # a given name alone, whatever else fits
        if item.tie:
            return True
        person = self.people[position]
        key = full_name_key(person.name)
        unique = not key or self.name_count.get(key, 0) <= 1
        # An address at a company the profile never showed is evidence against the pair
        # (COMPANY_MISMATCH): the name must be rarer by as much to prove it.
        bar = DISTINCT_CHANCE * (COMPANY_MISMATCH if item.company == "mismatch" else 1.0)
        return item.chance <= bar and unique and consistent(person, item)

    def _sole_bearer_of(self, position: int, item: Scored) -> bool:
        """Whether the profile's last name alone names the person (see
        :meth:`DomainBearers.sole_bearer`)."""
        return self.bearers.sole_bearer(
            self.people[position], self.all_profiles[item.profile], item
        )

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
        self,
        position: int,
        item: Scored,
        status: PairStatus,
        score: float,
        rivals: float,
        *,
        proven: bool = False,
    ) -> Proposal:
        person = self.people[position]
        profile = self.all_profiles[item.profile]
        doubt = "" if proven or self._proven(position, item) else self._doubt(position, item)
        auto = status is PairStatus.AUTO
        sole = self._sole_bearer_of(position, item)
        evidence = evidence_items(person, profile, item, rivals, doubt, auto, sole)
        return Proposal(person.side.id, profile.side.id, status, round(score, 4), evidence)


def _claims(row: Sequence[Scored]) -> list[float]:
    """How much each candidate of one person weighs on its profile: its weight, times its
    share of the person's row (a rival well explained by another profile hardly competes)."""
    if any(item.exact for item in row):
        return [item.weight if item.exact else 0.0 for item in row]
    total = sum(item.weight for item in row)
    return [item.weight * item.weight / total for item in row]
