"""Two compound given names that differ name two people (issue 10, a shorter review queue):
"Marie-Ève" in an address is not Marie-Christine, "Jean-Marc H." is not Jean-Pierre Henry;
a middle initial or the profile's own second given name still fits."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import person, profile, run


def test_another_second_given_name_in_the_address_is_no_fit() -> None:
    found = run(
        [person(1, ["marie-eve.nibertot@citronsud.com"])],
        [profile(7, "Marie-Christine", "Nibertot", "Lumière Horizon SRL")],
    )
    assert found == {}


def test_a_display_name_with_another_second_given_name_and_an_initial_is_no_fit() -> None:
    found = run(
        [person(1, ["henmibertj@codehibou.fr"], "Jean-Marc H.")],
        [profile(7, "Jean-Pierre", "Henmibert", "Éclair Design SARL")],
    )
    assert found == {}


def test_a_middle_initial_or_the_profiles_second_given_name_still_fits() -> None:
    found = run(
        [
            person(1, ["jean.p.nibertot@lumierehorizon.fr"]),
            person(2, ["louis-philippe.goulineau@quartzorange.fr"]),
            person(3, ["henmibertj@eclairdesign.fr"], "Jean-Pierre H."),
        ],
        [
            profile(7, "Jean", "Nibertot", "Lumière Horizon SRL"),
            profile(8, "Louis-Philippe Marie", "Goulineau", "Quartz Orange Inc."),
            profile(9, "Jean-Pierre", "Henmibert", "Éclair Design SARL"),
        ],
    )
    assert {pid: (p.profile_id, p.status) for pid, p in found.items()} == {
        1: (7, PairStatus.AUTO),
        2: (8, PairStatus.AUTO),
        3: (9, PairStatus.AUTO),
    }
