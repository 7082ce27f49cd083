"""A name that fits one profile and one contact only (issue 10): automatic when it is rare, or
when the address spells it in full and the score clears the bar; a second profile or a second
contact fitting it keeps the pair for review. A card naming a last name by its initial
("Denis D.") is nobody's namesake."""

from __future__ import annotations

from collections.abc import Sequence

from linkrevive.domain.enums import PairStatus
from linkrevive.matching import PersonSide, ProfileSide, Proposal, match
from tests.matching.test_matching_proof import english, french, person, profile
from tests.matching.test_matching_proof import run as run_in_proof_crowd


def crowd(given: Sequence[str]) -> list[ProfileSide]:
    """2,400 connections whose given names cycle through ``given``, each last name borne once."""
    return [
        profile(10_000 + i, given[i % len(given)], f"Nom{i}", f"Société {i} SAS")
        for i in range(2400)
    ]


# One given name in twelve starts with an S: "s. sanomontard" is rare, not distinctive enough
# for the posterior alone (about 0.04 profiles expected to show it by chance).
TWELVE = crowd(
    ("Paul", "Inès", "Hugo", "Léa", "Marc", "Anne", "Bruno", "Chloé", "David", "Emma", "Sandra",
     "Julien")
)  # fmt: skip
# One connection in eight is a Sophie: "Sophie Vaunoquet" is just too frequent to be called
# rare (about 0.06 expected), though nobody else bears it.
EIGHT = crowd(("Paul", "Inès", "Hugo", "Léa", "Marc", "Anne", "Sophie", "Julien"))

SIMONE = profile(7, "Simone", "Sanomontard", "Bleu Colibri SA")
SOPHIE = profile(7, "Sophie", "Vaunoquet", "Orbite Aigle SA")


def run(
    people: Sequence[PersonSide], profiles: Sequence[ProfileSide], others: list[ProfileSide]
) -> dict[int, Proposal]:
    """The best proposal of each person."""
    found: dict[int, Proposal] = {}
    for proposal in match(people, [*profiles, *others]):
        best = found.get(proposal.person_id)
        if best is None or proposal.score > best.score:
            found[proposal.person_id] = proposal
    return found


def test_a_rare_name_fitting_one_profile_and_one_contact_is_auto() -> None:
    found = run([person(1, ["ssanomontard@msn.com"])], [SIMONE], TWELVE)
    assert (found[1].status, found[1].profile_id) == (PairStatus.AUTO, 7)
    assert english(found[1])[-1] == (
        "a rare name: no other LinkedIn profile fits this contact, and no other contact fits "
        "this profile"
    )
    assert french(found[1])[-1] == (
        "un nom rare : aucun autre profil LinkedIn ne correspond à ce contact, et aucun autre "
        "contact à ce profil"
    )
    assert "a rare name, borne by no other contact" not in english(found[1])
    # A second profile fitting the contact, or a second contact fitting the profile, keeps the
    # pair for review.
    other = profile(8, "Stéphane", "Sanomontard", "Agence Nord SA")
    found = run([person(1, ["ssanomontard@msn.com"])], [SIMONE, other], TWELVE)
    assert found[1].status is PairStatus.SUGGESTED
    people = [person(1, ["ssanomontard@msn.com"]), person(2, ["sanomontard.s@gmail.com"])]
    found = run(people, [SIMONE], TWELVE)
    assert found[1].status is PairStatus.SUGGESTED
    assert found[2].status is PairStatus.SUGGESTED


def test_a_full_name_spelled_by_the_address_and_borne_once_is_auto() -> None:
    found = run([person(1, ["sophie.vaunoquet@gmail.com"], "Sophie Vaunoquet")], [SOPHIE], EIGHT)
    assert (found[1].status, found[1].profile_id) == (PairStatus.AUTO, 7)
    assert english(found[1])[-1] == (
        "the address spells the full name, which no other LinkedIn profile and no other contact "
        "bears"
    )
    assert french(found[1])[-1] == (
        "l'adresse écrit le nom complet, que ne porte aucun autre profil LinkedIn ni aucun autre "
        "contact"
    )
    assert not any("common name" in line for line in english(found[1]))
    # Not when the address does not spell the name, nor at a company the profile never showed.
    for address in ("zaza87@gmail.com", "svaunoquet@gmail.com"):
        found = run([person(1, [address], "Sophie Vaunoquet")], [SOPHIE], EIGHT)
        assert found[1].status is PairStatus.SUGGESTED, address
        assert "a common name, and nothing else ties them: check before pairing" in english(
            found[1]
        )
    found = run(
        [person(1, ["sophie.vaunoquet@studiocitron.fr"], "Sophie Vaunoquet")], [SOPHIE], EIGHT
    )
    assert found[1].status is PairStatus.SUGGESTED


def test_cards_naming_a_last_name_by_its_initial_are_not_namesakes() -> None:
    # Two cards read "Denis D."; their addresses spell two different last names.
    found = run_in_proof_crowd(
        [
            person(1, ["denis.dralanier1994@gmx.ch"], "Denis D."),
            person(2, ["denis.dupuis@gmail.com"], "Denis D."),
        ],
        [profile(7, "Denis", "Dralanier", "Léman Ivoire Sàrl")],
    )
    assert (found[1].status, found[1].profile_id) == (PairStatus.AUTO, 7)
    assert "other contacts bear the same name" not in english(found[1])


JULIEN = profile(7, "Julien", "Passard", "Orbite Aigle SA")


def test_an_initial_and_a_last_name_no_other_profile_bears_fitting_once_is_auto() -> None:
    # One connection in eight is a Julien: "j. passard" is too common to be called rare
    # (about 0.06 profiles expected), but Passard is borne by this profile alone.
    found = run([person(1, ["jpassard@gmail.com"])], [JULIEN], EIGHT)
    assert (found[1].status, found[1].profile_id) == (PairStatus.AUTO, 7)
    assert english(found[1])[-1] == (
        "the address spells the initial and a last name no other LinkedIn profile bears, and no "
        "other contact fits this profile"
    )
    assert french(found[1])[-1] == (
        "l'adresse écrit l'initiale et un nom de famille qu'aucun autre profil LinkedIn ne porte, "
        "et aucun autre contact ne correspond à ce profil"
    )
    assert not any("common name" in line for line in english(found[1]))


def test_an_initial_sole_fit_needs_a_personal_address_and_a_last_name_borne_once() -> None:
    # Another Passard on LinkedIn (who does not fit the address) makes the last name no proof.
    marc = profile(8, "Marc", "Passard", "Agence Nord SA")
    found = run([person(1, ["jpassard@gmail.com"])], [JULIEN, marc], EIGHT)
    assert (found[1].status, found[1].profile_id) == (PairStatus.SUGGESTED, 7)
    # A work address where the profile names no company says nothing of a personal address.
    nowhere = profile(7, "Julien", "Passard")
    found = run([person(1, ["jpassard@studiocitron.fr"])], [nowhere], EIGHT)
    assert found[1].status is PairStatus.SUGGESTED
    # A second contact fitting the profile keeps both for review.
    people = [person(1, ["jpassard@gmail.com"]), person(2, ["passard.j@free.fr"])]
    found = run(people, [JULIEN], EIGHT)
    assert found[1].status is PairStatus.SUGGESTED
    assert found[2].status is PairStatus.SUGGESTED


def test_an_address_fitting_only_through_a_short_form_is_no_sole_fit() -> None:
    # Quevenard is borne by 65 connections: "Steph Quevenard" looks rare only because few
    # profiles write "Steph", while the address spells Stéphanie, a given name many people
    # bear. Written out on LinkedIn, the same name fits once and is paired.
    quevenards = [
        profile(30 + i, given, "Quevenard", f"Agence {i} SA")
        for i, given in enumerate(("Paul", "Hugo", "Marc", "Anne", "Bruno", "David", "Emma") * 9)
        if i < 64
    ]
    address = [person(1, ["stephanie.quevenard@gmail.com"])]
    steph = profile(7, "Steph", "Quevenard", "Nova Rive Faucon SA")
    found = run(address, [steph, *quevenards], TWELVE)
    assert (found[1].status, found[1].profile_id) == (PairStatus.SUGGESTED, 7)
    stephanie = profile(7, "Stéphanie", "Quevenard", "Nova Rive Faucon SA")
    found = run(address, [stephanie, *quevenards], TWELVE)
    assert (found[1].status, found[1].profile_id) == (PairStatus.AUTO, 7)
