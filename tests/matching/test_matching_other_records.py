"""Several records of one person (issue 10): a record whose card names nobody but whose
address spells the full name of the profile's paired person is that person's other address:
automatically when the name is rare and no other contact bears it, else to review, never
dropped."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import english, person, profile, run


def test_a_nameless_record_whose_address_spells_the_paired_rare_name_is_auto() -> None:
    # The mailbox brought her new address with her name; the address book holds her old
    # address at an agency LinkedIn never showed, with no name in the card: the address spells
    # the same rare name in full, and no other contact bears it.
    found = run(
        [
            person(1, ["ghislaine.vauquelinard@safran-pourpre.fr"], "Ghislaine Vauquelinard"),
            person(2, ["ghislainevauquelinard@studiocitron.fr"]),
        ],
        [profile(7, "Ghislaine", "Vauquelinard", "Safran Pourpre")],
    )
    assert found[1].status is PairStatus.AUTO
    assert (found[2].status, found[2].profile_id) == (PairStatus.AUTO, 7)
    assert english(found[2])[-1] == (
        "another address of the person paired through ghislaine.vauquelinard@safran-pourpre.fr: "
        "the same rare name, borne by no other contact"
    )
    # The other way round, the paired record names nobody but by its address: a namesake's
    # card would read the same, so it stays a question.
    found = run(
        [
            person(1, ["ghislainevauquelinard@safran-pourpre.fr"]),
            person(2, ["ghislaine.vauquelinard@gmail.com"], "Ghislaine Vauquelinard"),
        ],
        [profile(7, "Ghislaine", "Vauquelinard", "Safran Pourpre")],
    )
    assert (found[2].status, found[2].profile_id) == (PairStatus.SUGGESTED, 7)


def test_a_nameless_record_whose_address_spells_a_common_paired_name_is_suggested() -> None:
    # Charlotte Blanc is expected more than once among the profiles (see CROWD).
    found = run(
        [
            person(1, ["charlotte.blanc@safran-pourpre.fr"], "Charlotte Blanc"),
            person(2, ["charlotteblanc@studiocitron.fr"]),
        ],
        [profile(7, "Charlotte", "Blanc", "Safran Pourpre")],
    )
    assert found[1].status is PairStatus.AUTO
    assert (found[2].status, found[2].profile_id) == (PairStatus.SUGGESTED, 7)
    assert english(found[2])[-1] == (
        "this profile is already paired through charlotte.blanc@safran-pourpre.fr: "
        "another address of the same person?"
    )


def test_a_nameless_record_spelling_only_the_given_name_is_not_suggested() -> None:
    found = run(
        [
            person(1, ["ghislaine.vauquelinard@safran-pourpre.fr"], "Ghislaine Vauquelinard"),
            person(2, ["ghislaine@studiocitron.fr"]),
        ],
        [profile(7, "Ghislaine", "Vauquelinard", "Safran Pourpre")],
    )
    assert found[1].status is PairStatus.AUTO
    assert 2 not in found


def test_a_nameless_record_spelling_a_rare_name_with_its_initial_is_suggested() -> None:
    # Her old address spells her last name and her given name's initial; the card is empty.
    found = run(
        [
            person(1, ["ghislaine.vauquelinard@safran-pourpre.fr"], "Ghislaine Vauquelinard"),
            person(2, ["vauquelinard.g54@gmail.com"]),
        ],
        [profile(7, "Ghislaine", "Vauquelinard", "Safran Pourpre")],
    )
    assert found[1].status is PairStatus.AUTO
    assert (found[2].status, found[2].profile_id) == (PairStatus.SUGGESTED, 7)
    assert english(found[2])[-1] == (
        "this profile is already paired through ghislaine.vauquelinard@safran-pourpre.fr: "
        "another address of the same person?"
    )
    # Not for a common name: "c.blanc" may be any of the Blancs.
    common = run(
        [
            person(1, ["charlotte.blanc@safran-pourpre.fr"], "Charlotte Blanc"),
            person(2, ["blanc.c54@gmail.com"]),
        ],
        [profile(7, "Charlotte", "Blanc", "Safran Pourpre")],
    )
    assert common[1].status is PairStatus.AUTO
    assert 2 not in common or common[2].profile_id != 7
