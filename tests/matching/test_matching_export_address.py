"""The address in the export, or the user's confirmation, proves the profile's person;
another record of that person at the profile's company is her other address, paired
automatically beside it (issue 10)."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from linkrevive.matching import Decision, match
from tests.matching.test_matching_proof import CROWD, english, person, profile, run


def test_a_record_at_the_profiles_company_beside_the_exported_address_is_auto() -> None:
    # The export holds her personal address (the address book's record); the mailbox brought
    # her address at Orange Média, where LinkedIn shows her now.
    found = run(
        [
            person(1, ["clamtard@gmail.com"]),
            person(2, ["clement.lamtard@orangemedia.fr"], "Clément Lamtard"),
        ],
        [profile(7, "Clément", "Lamtard", "Orange Média EURL", email="clamtard@gmail.com")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert (found[2].profile_id, found[2].status) == (7, PairStatus.AUTO)
    assert english(found[2])[-1] == (
        "another address of the person paired through clamtard@gmail.com (both at the "
        "profile's companies)"
    )


def test_a_namesake_elsewhere_beside_the_exported_address_is_not_auto() -> None:
    # A record at a company the profile never showed is no address of the profile's person.
    found = run(
        [
            person(1, ["clamtard@gmail.com"]),
            person(2, ["clement.lamtard@atelier-cobalt.fr"], "Clément Lamtard"),
        ],
        [profile(7, "Clément", "Lamtard", "Orange Média EURL", email="clamtard@gmail.com")],
    )
    assert found[1].status is PairStatus.AUTO
    assert 2 not in found or found[2].status is PairStatus.SUGGESTED


def test_a_new_address_of_a_confirmed_person_is_paired_beside_the_confirmation() -> None:
    # The user confirmed her personal address; the mailbox then brings her work address at
    # the company LinkedIn shows: another address of the same person, not a stranger.
    people = [
        person(1, ["clamtard@gmail.com"], "Clément Lamtard"),
        person(2, ["clement.lamtard@orangemedia.fr"], "Clément Lamtard"),
        person(3, ["clement.lamtard@atelier-cobalt.fr"], "Clément Lamtard"),
    ]
    profiles = [profile(7, "Clément", "Lamtard", "Orange Média EURL"), *CROWD]
    proposals = match(people, profiles, [Decision(1, 7, PairStatus.CONFIRMED)])
    found = {(p.person_id, p.profile_id): p for p in proposals}
    assert found[(2, 7)].status is PairStatus.AUTO
    assert evidence_text(found[(2, 7)].evidence[-1]) == (
        "another address of the person paired through clamtard@gmail.com (both at the "
        "profile's companies)"
    )
    # A namesake at a company the profile never showed stays a question.
    assert (3, 7) not in found or found[(3, 7)].status is PairStatus.SUGGESTED
    # The confirmed person gets no proposal of their own.
    assert all(p.person_id != 1 for p in proposals)
