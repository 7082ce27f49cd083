"""A profile whose name fields are typed the wrong way round ("Sallinaux | Bilal") is found by
an address spelling the last name and the given name's initials, at either end (issue 10,
recall: before, only an address at the profile's company found it)."""

from __future__ import annotations

import pytest

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import person, profile, run


@pytest.mark.parametrize(
    ("address", "first", "last"),
    [
        ("sallinaux.b@gmail.com", "Sallinaux", "Bilal"),
        ("bridiert75@gmail.com", "Bridier", "Tom"),
        ("py.brobogueton@gmail.com", "Brobogueton", "Pierre-Yves"),
    ],
)
def test_a_personal_address_finds_a_swapped_profile(address: str, first: str, last: str) -> None:
    found = run([person(1, [address])], [profile(7, first, last, "Nuage Créa SAS")])
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)


def test_the_initial_before_the_last_name_is_suggested_and_a_given_name_is_not_looked_up() -> None:
    # "Paul" is the given name of hundreds of profiles (see CROWD): "paul.m@…" looks for
    # Paul M., not for every profile typed "Paul | M…".
    found = run(
        [person(1, ["mauborelina94@gmail.com"]), person(2, ["paul.m@gmail.com"])],
        [profile(7, "Mauborelin", "Alexandru"), profile(8, "Paul", "Mauve", "X")],
    )
    assert found[1].profile_id == 7
    assert 2 not in found or found[2].status is not PairStatus.AUTO
