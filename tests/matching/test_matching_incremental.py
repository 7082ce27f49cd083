"""Re-matching after an import: only the people a change reaches, with the full match's result."""

from __future__ import annotations

import random

import pytest

from benchmarks.match_world import build_world
from linkrevive.domain.enums import PairStatus
from linkrevive.matching import (
    Decision,
    PersonSide,
    ProfileSide,
    Proposal,
    affected_people,
    match,
    match_subset,
    rematch,
)

Key = tuple[int, int, PairStatus, float, str]


def _keys(proposals: list[Proposal]) -> set[Key]:
    return {(p.person_id, p.profile_id, p.status, p.score, repr(p.evidence)) for p in proposals}


def _rematch(
    before: list[Proposal],
    people: list[PersonSide],
    profiles: list[ProfileSide],
    decisions: list[Decision],
    *,
    person_ids: set[int],
    profile_ids: set[int],
) -> tuple[set[Key], set[int]]:
    """What the pairing service stores: the old proposals of the people out of reach, and
    the new ones of the people a change reaches."""
    result = rematch(people, profiles, decisions, person_ids=person_ids, profile_ids=profile_ids)
    affected = affected_people(
        people, profiles, person_ids=person_ids, profile_ids=profile_ids, decisions=decisions
    )
    assert result.affected == affected
    kept = [p for p in before if p.person_id not in affected]
    auto = [p for p in kept if p.status is PairStatus.AUTO]
    subset = match_subset(
        people, profiles, decisions,
        person_ids=person_ids, profile_ids=profile_ids,
        taken_people={p.person_id for p in auto}, taken_profiles={p.profile_id for p in auto},
    )  # fmt: skip
    assert _keys(subset) == _keys(result.proposals)
    assert {p.person_id for p in result.proposals} <= affected
    return _keys(kept) | _keys(result.proposals), set(affected)


@pytest.mark.parametrize("seed", [3, 5])
def test_new_people_rematched_alone_give_the_full_match(seed: int) -> None:
    world = build_world(seed, 3000, 2300, 1300)
    rng = random.Random(seed)
    new = rng.sample(world.people, 40)
    new_ids = {p.id for p in new}
    old_people = [p for p in world.people if p.id not in new_ids]
    decisions = [
        Decision(p.person_id, p.profile_id, PairStatus.REJECTED)
        for p in rng.sample(match(world.people[:300], world.profiles), 5)
    ]
    before = match(old_people, world.profiles, decisions)

    stored, affected = _rematch(
        before, world.people, world.profiles, decisions, person_ids=new_ids, profile_ids=set()
    )

    assert stored == _keys(match(world.people, world.profiles, decisions))
    assert new_ids <= affected
    assert len(affected) < len(world.people) // 2  # only what the change reaches


def test_a_new_card_sharing_an_address_takes_it_from_its_holder() -> None:
    world = build_world(8, 2000, 1500, 900)
    before = match(world.people, world.profiles)
    holder = next(p for p in world.people if len(p.emails) == 1 and p.first_name)
    twin = PersonSide(10**6, "", "", "Accueil", holder.emails)
    people = [*world.people, twin]

    stored, affected = _rematch(
        before, people, world.profiles, [], person_ids={twin.id}, profile_ids=set()
    )

    assert holder.id in affected
    assert stored == _keys(match(people, world.profiles))


def test_changed_profiles_reach_the_people_fitting_them() -> None:
    world = build_world(9, 2000, 1500, 900)
    paired = match(world.people, world.profiles)
    profile_id = next(p.profile_id for p in paired if p.status is PairStatus.AUTO)
    fitting = {p.person_id for p in paired if p.profile_id == profile_id}

    affected = affected_people(
        world.people, world.profiles, person_ids=set(), profile_ids={profile_id}
    )

    assert fitting <= affected
    assert len(affected) < len(world.people) // 2
