"""A company's shared box in a person's card ("contact@pixelbleu.fr" beside a personal
address) ties the card to that company: never the person's address, but proof of where the
person works or worked (issue 10, recall at real size)."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from tests.matching.test_matching_proof import person, profile, run


def test_a_company_box_in_the_card_proves_a_common_name_at_that_company() -> None:
    # Two Charlotte Blancs on LinkedIn; the card holds a personal address and Studio
    # Citron's shared box: the one at Studio Citron is hers.
    found = run(
        [person(1, ["charlotte.blanc@gmail.com", "contact@studiocitron.fr"], "Charlotte Blanc")],
        [
            profile(7, "Charlotte", "Blanc", "Studio Citron SARL"),
            profile(8, "Charlotte", "Blanc", "Agence Safran Pourpre"),
        ],
    )
    assert found[1].status is PairStatus.AUTO
    assert found[1].profile_id == 7
    lines = [evidence_text(item) for item in found[1].evidence]
    box = "the card also holds contact@studiocitron.fr, a shared address of Studio Citron SARL"
    assert box in lines
    french = [evidence_text(item, "fr") for item in found[1].evidence]
    assert (
        "la fiche contient aussi contact@studiocitron.fr, une adresse partagée de "
        "Studio Citron SARL" in french
    )
    # The box itself is never the person's address.
    assert all(item["code"] != "same_email" for item in found[1].evidence)


def test_a_company_box_of_an_earlier_employer_proves_the_pair_too() -> None:
    found = run(
        [person(1, ["charlotte.blanc@gmail.com", "hello@studiocitron.fr"], "Charlotte Blanc")],
        [
            profile(7, "Charlotte", "Blanc", "Agence Safran Pourpre", former=("Studio Citron",)),
            profile(8, "Charlotte", "Blanc", "Atelier Cobalt"),
        ],
    )
    assert found[1].status is PairStatus.AUTO
    assert found[1].profile_id == 7
    assert any(item["code"] == "box_former_company" for item in found[1].evidence)


def test_a_company_box_at_another_company_counts_neither_for_nor_against() -> None:
    # A box of a company the profile never showed is no mismatch: the card may simply hold
    # a supplier's address. The pair stays what the name and the personal address make it.
    with_box = run(
        [person(1, ["charlotte.blanc@gmail.com", "devis@atelier-cobalt.fr"], "Charlotte Blanc")],
        [profile(7, "Charlotte", "Blanc", "Agence Safran Pourpre")],
    )
    without = run(
        [person(1, ["charlotte.blanc@gmail.com"], "Charlotte Blanc")],
        [profile(7, "Charlotte", "Blanc", "Agence Safran Pourpre")],
    )
    assert with_box[1].status is without[1].status is PairStatus.SUGGESTED
    assert with_box[1].score == without[1].score


def test_a_box_alone_is_still_never_paired() -> None:
    found = run(
        [person(1, ["contact@studiocitron.fr"], "Charlotte Blanc")],
        [profile(7, "Charlotte", "Blanc", "Studio Citron SARL")],
    )
    assert found == {}
