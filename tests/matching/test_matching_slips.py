"""A slip of the keyboard in a card's name does not hide the person when the address spells
the profile's name (issue 10: the world's cards carry typos at a realistic rate)."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from tests.matching.test_matching_proof import person, profile, run


def test_a_slip_in_the_card_is_read_through_the_address() -> None:
    found = run(
        [
            person(1, ["emilie_claes@webonde.com"], "Émilue Claes"),
            person(2, ["jean-francois.bouragnonin@vertex-cedre.fr"], "Jean-Françosi Bouragnonin"),
        ],
        [
            profile(7, "Émilie", "Claes", "Web Onde Sàrl"),
            profile(8, "Jean-François", "Bouragnonin", "Vertex Cèdre SASU"),
        ],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert (found[2].profile_id, found[2].status) == (8, PairStatus.AUTO)
    assert "name is close to Émilie Claes (one spelling differs)" in [
        evidence_text(item) for item in found[1].evidence
    ]


def test_a_near_name_whose_address_says_nothing_of_it_is_still_somebody_else() -> None:
    # The card names Jean-Françosi and the address spells no name: nothing says the card is
    # wrong, so the profile of Jean-François is not proposed.
    found = run(
        [person(1, ["compta.perso@webonde.com"], "Jean-Françosi Bouragnonin")],
        [profile(8, "Jean-François", "Bouragnonin", "Vertex Cèdre SASU")],
    )
    assert found == {}


def test_another_given_name_is_no_slip() -> None:
    # "Julien" is a name of its own (two connections bear it), not a slip of "Julie".
    found = run(
        [person(1, ["julie.vauquelinard@webonde.com"], "Julien Vauquelinard")],
        [
            profile(7, "Julie", "Vauquelinard", "Web Onde Sàrl"),
            profile(9, "Julien", "Marchetti", "Atelier Cobalt"),
            profile(10, "Julien", "Quellec", "Studio Citron"),
        ],
    )
    assert 1 not in found or found[1].profile_id != 7
