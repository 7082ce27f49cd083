"""The address in the export proves the profile's person; another record of that person at
the profile's company is her other address, paired automatically beside it (issue 10)."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import english, person, profile, run


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
