"""The quick test that passes over a profile sharing one word with a card's name: it must never
turn away a pair the name rules fit, and it does turn away most of the profiles found through
a shared word."""

from __future__ import annotations

import random

import pytest

from benchmarks.match_world import build_world
from linkrevive.matching import PersonSide, ProfileSide, match
from linkrevive.matching.evidence import NameLevel, may_fit, name_fit
from linkrevive.matching.normalize import NameParts, display_name_parts, name_parts
from linkrevive.matching.pool import profile_pool
from linkrevive.matching.sides import shared_addresses

#: (card's name, profile's first name, profile's last name): every way the rules fit.
FITS = [
    ("Sophie Martin", "Sophie", "Martin"),  # the same name
    ("MARTIN Sophie", "Sophie", "Martin"),  # swapped on the card
    ("Sophie Martin", "Martin", "Sophie"),  # swapped on LinkedIn
    ("Jean Dupont", "Jean-Pierre", "Dupont"),  # a compound given name
    ("JP Dupont", "Jean-Pierre", "Dupont"),  # its initials
    ("J. Dupont", "Jean", "Dupont"),  # an initial
    ("Jean D.", "Jean", "Dupont"),  # the last name's initial
    ("Sophie Durand", "Sophie", "Durand-Martin"),  # one of both last names
    ("Sopihe Martin", "Sophie", "Martin"),  # a typo in the given name
    ("Sophie Martinn", "Sophie", "Martin"),  # a typo in the last name
    ("Sophie Bernard", "Sophie", "Martin"),  # a married name (given name only)
    ("Marie Claire", "Casbaultin", "Marie Claire"),  # every word of the card in the profile
    ("Dupont", "Jean", "Dupont"),  # a last name alone
]


def _card(name: str) -> NameParts:
    return display_name_parts(name)


@pytest.mark.parametrize(("card", "first", "last"), FITS)
def test_every_fit_passes(card: str, first: str, last: str) -> None:
    person, profile = _card(card), name_parts(first, last)
    assert name_fit(person, profile).level != NameLevel.NONE
    assert may_fit(person, profile)


@pytest.mark.parametrize(
    ("card", "first", "last"),
    [
        ("Marie Draligrand", "Dumont", "Marie"),  # the given name as somebody's last name
        ("Sophie Martin", "Sylvie", "Martin"),  # another given name, the same initial
        ("Marc-André Pereira", "Marie-Pierre", "André"),
    ],
)
def test_a_profile_sharing_one_word_is_turned_away(card: str, first: str, last: str) -> None:
    person, profile = _card(card), name_parts(first, last)
    assert name_fit(person, profile).level == NameLevel.NONE
    assert not may_fit(person, profile)


def test_it_never_turns_away_a_fit_in_a_generated_network() -> None:
    world = build_world(5, 4000, 3000, 1700)
    pool = profile_pool(tuple(world.profiles))
    shared = shared_addresses(world.people)
    rng = random.Random(5)
    turned_away = 0
    for side in world.people:
        person = pool.person(side, shared)
        if person is None:
            continue
        # The profiles the index offers, and a few drawn at random.
        others = [rng.randrange(len(pool.forms)) for _ in range(3)]
        for position in [*pool.index.candidates(person), *others]:
            profile = pool.forms[position].name
            if not may_fit(person.name, profile):
                turned_away += 1
                assert name_fit(person.name, profile).level == NameLevel.NONE
    assert turned_away > 1000


def test_a_profile_sharing_only_a_word_is_not_proposed() -> None:
    people = [PersonSide(1, "Marie", "Draligrand", "", ("marie.draligrand@pixel.fr",))]
    profiles = [
        ProfileSide(10, "Dumont", "Marie", None, "Pixel"),
        ProfileSide(11, "Marie", "Draligrand", None, "Pixel"),
    ]
    assert {p.profile_id for p in match(people, profiles)} == {11}
