"""Two records of one rare name (issue 10): the record of a person whose profile is paired by
proof through another address is that person's other address, automatically when the rare name
is borne by these two records alone, for review when the paired address names nobody."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import english, french, person, profile, run

# She moved from an agency LinkedIn never showed to Safran Pourpre; the mailbox brought her
# new address, the address book holds the old one.
NEW = "ghislaine.vauquelinard@safran-pourpre.fr"
OLD = "g.vauquelinard@studiocitron.fr"
PROFILE = profile(7, "Ghislaine", "Vauquelinard", "Safran Pourpre")


def test_a_second_record_of_a_rare_name_is_paired_automatically() -> None:
    found = run(
        [person(1, [NEW], "Ghislaine Vauquelinard"), person(2, [OLD], "Ghislaine Vauquelinard")],
        [PROFILE],
    )
    assert found[1].status is PairStatus.AUTO
    assert found[2].status is PairStatus.AUTO
    assert found[2].profile_id == 7
    assert english(found[2])[-1] == (
        f"another address of the person paired through {NEW}: the same rare name, borne by no "
        "other contact"
    )
    assert french(found[2])[-1] == (
        f"une autre adresse de la personne associée à {NEW} : le même nom rare, porté par aucun "
        "autre contact"
    )
    # The name is rare, but not borne by one contact only: the evidence does not say so.
    assert "a rare name, borne by no other contact" not in english(found[2])
    assert not any("homonyme" in line for line in french(found[2]))


def test_a_personal_address_under_the_rare_name_is_paired_automatically() -> None:
    found = run(
        [
            person(1, [NEW], "Ghislaine Vauquelinard"),
            person(2, ["ghislaine.vauquelinard@gmail.com"], "Ghislaine Vauquelinard"),
        ],
        [PROFILE],
    )
    assert (found[2].status, found[2].profile_id) == (PairStatus.AUTO, 7)


def test_only_two_records_bearing_the_name_make_the_second_automatic() -> None:
    pair = [person(1, [NEW], "Ghislaine Vauquelinard"), person(2, [OLD], "Ghislaine Vauquelinard")]
    assert run(pair, [PROFILE])[2].status is PairStatus.AUTO
    third = person(3, ["ghislaine.vauquelinard@orange.fr"], "Ghislaine Vauquelinard")
    found = run([*pair, third], [PROFILE])
    assert found[1].status is PairStatus.AUTO
    assert found[2].status is PairStatus.SUGGESTED
    assert found[3].status is PairStatus.SUGGESTED


def test_only_a_rare_name_makes_the_second_record_automatic() -> None:
    rare = run(
        [person(1, [NEW], "Ghislaine Vauquelinard"), person(2, [OLD], "Ghislaine Vauquelinard")],
        [PROFILE],
    )
    assert rare[2].status is PairStatus.AUTO
    # Charlotte Blanc is expected more than once among the profiles (see CROWD).
    common = run(
        [
            person(1, ["charlotte.blanc@safran-pourpre.fr"], "Charlotte Blanc"),
            person(2, ["charlotte.blanc@studiocitron.fr"], "Charlotte Blanc"),
        ],
        [profile(7, "Charlotte", "Blanc", "Safran Pourpre")],
    )
    assert common[1].status is PairStatus.AUTO
    assert common[2].status is PairStatus.SUGGESTED


def test_a_rare_name_beside_a_nameless_paired_address_is_suggested() -> None:
    # The mailbox brought her new address with no name; the card of her old address names her.
    found = run(
        [
            person(1, ["gvauquelinard@safran-pourpre.fr"]),
            person(2, [OLD], "Ghislaine Vauquelinard"),
        ],
        [PROFILE],
    )
    assert found[1].status is PairStatus.AUTO
    assert (found[2].status, found[2].profile_id) == (PairStatus.SUGGESTED, 7)
    assert english(found[2])[-1] == (
        "this profile is already paired through gvauquelinard@safran-pourpre.fr: another "
        "address of the same person?"
    )
    common = run(
        [
            person(1, ["cblanc@safran-pourpre.fr"]),
            person(2, ["charlotte.blanc@studiocitron.fr"], "Charlotte Blanc"),
        ],
        [profile(7, "Charlotte", "Blanc", "Safran Pourpre")],
    )
    assert common[1].status is PairStatus.AUTO
    assert 2 not in common or common[2].profile_id != 7
