"""A contact who fits a profile only weakly, and is well explained by another profile, hardly
competes for it (issue 10): the profile's own person keeps a clear, automatic pair."""

from __future__ import annotations

from linkrevive.domain.enums import PairStatus
from tests.matching.test_matching_proof import person, profile, run


def test_a_rival_explained_by_another_profile_does_not_hold_back_a_proven_pair() -> None:
    found = run(
        [
            # A rare name at a free mail service: proven by the name alone.
            person(1, ["charlotte.vauquelinard@gmail.com"], "Charlotte Vauquelinard"),
            # "c.vauquelinard" at Agence Alpha: Claude, who works there, far more than
            # Charlotte, who never did.
            person(2, ["c.vauquelinard@agence-alpha.fr"]),
        ],
        [
            profile(7, "Charlotte", "Vauquelinard", "Studio Citron"),
            profile(9, "Claude", "Vauquelinard", "Agence Alpha"),
        ],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert (found[2].profile_id, found[2].status) == (9, PairStatus.AUTO)


def test_a_rival_whose_only_candidate_is_the_profile_still_competes() -> None:
    # Two contacts whose one candidate is the same profile: neither is proven by the other's
    # absence, both are to review.
    found = run(
        [
            person(1, ["charlotte.vauquelinard@gmail.com"], "Charlotte Vauquelinard"),
            person(2, ["c.vauquelinard@agence-alpha.fr"]),
        ],
        [profile(7, "Charlotte", "Vauquelinard", "Studio Citron")],
    )
    assert found[1].status is PairStatus.SUGGESTED
    assert found[1].profile_id == 7
