"""A middle name LinkedIn adds after a compound given name (issue 10, middle names): an
address spelling the compound name without it, written out or as initials, still spells the
profile's name ("jeanpaul.wilgnonaux@…", "gouteuil.am@…")."""

from __future__ import annotations

import pytest

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import person, profile, run


@pytest.mark.parametrize(
    ("address", "name", "first", "last"),
    [
        ("jeanpaulwilgnonaux@live.be", "", "Jean-Paul Henri", "Wilgnonaux"),
        ("jeanluc_bouguetet@yahoo.fr", "Jean-Luc B.", "Jean-Luc Louise", "Bouguetet ✨"),
        ("gouteuil.am@etoile-saphir.fr", "", "Anne-Marie Paul", "Gouteuil"),
        ("mariepierre_retaguet@bluewin.ch", "Marie-Pierre", "Marie-Pierre Henri", "Retaguet"),
    ],
)
def test_a_compound_given_name_without_the_middle_name_fits(
    address: str, name: str, first: str, last: str
) -> None:
    found = run([person(1, [address], name)], [profile(7, first, last, "Étoile Saphir")])
    assert found[1].profile_id == 7
    assert found[1].status is PairStatus.AUTO


def test_the_initials_of_the_compound_name_at_the_profiles_former_company_fit() -> None:
    found = run(
        [person(1, ["js.gerber@webivoire.ca"])],
        [
            profile(
                7, "Jean-Sébastien Claire", "Gerber", "Dune Léman", former=("Studio Web Ivoire",)
            )
        ],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    # Another compound given name is another person.
    other = run(
        [person(1, ["jm.gerber@webivoire.ca"])],
        [
            profile(
                7, "Jean-Sébastien Claire", "Gerber", "Dune Léman", former=("Studio Web Ivoire",)
            )
        ],
    )
    assert 1 not in other or other[1].status is not PairStatus.AUTO
