"""Several records of one person (issue 10): a record whose card names nobody but whose
address spells the full name of the profile's paired person is that person's other address
to review, not dropped."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import english, person, profile, run


def test_a_nameless_record_whose_address_spells_the_paired_name_is_suggested() -> None:
    # The mailbox brought her new address with her name; the address book holds her old
    # address at an agency LinkedIn never showed, with no name in the card.
    found = run(
        [
            person(1, ["ghislaine.vauquelinard@safran-pourpre.fr"], "Ghislaine Vauquelinard"),
            person(2, ["ghislainevauquelinard@studiocitron.fr"]),
        ],
        [profile(7, "Ghislaine", "Vauquelinard", "Safran Pourpre")],
    )
    assert found[1].status is PairStatus.AUTO
    assert found[2].status is PairStatus.SUGGESTED
    assert found[2].profile_id == 7
    assert english(found[2])[-1] == (
        "this profile is already paired through ghislaine.vauquelinard@safran-pourpre.fr: "
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
