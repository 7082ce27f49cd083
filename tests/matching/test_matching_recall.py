"""Recall without strangers (issue 10): one person's two addresses on one profile, short
forms of French and Romanian given names, compound given names that differ, and the
rarer name a company the profile never showed asks for."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from linkrevive.matching import (
    PersonSide,
    ProfileSide,
    Proposal,
    affected_people,
    match,
    match_subset,
)


def profile(
    pid: int, first: str, last: str, company: str = "", former: tuple[str, ...] = ()
) -> ProfileSide:
    return ProfileSide(
        pid, first, last, None, company, f"https://www.linkedin.com/in/p{pid}", former
    )


def person(pid: int, email: str, name: str = "") -> PersonSide:
    return PersonSide(pid, "", "", name, (email,), "")


GIVEN = ("Paul", "Inès", "Hugo", "Léa", "Marc", "Anne")
# 3,000 connections where Charlotte and Blanc are common, and 150 Ghislaines: a Ghislaine
# with a last name nobody else bears is expected about 0.02 times by chance, a name rare
# enough to prove a pair on its own, but not against a company the profile never showed.
CROWD = (
    [
        profile(10_000 + i, GIVEN[i % 6] if i % 50 else "Charlotte", f"Nom{i}", f"Société {i}")
        for i in range(3000)
    ]
    + [profile(20_000 + i, GIVEN[i % 6], "Blanc", f"Agence {i} SA") for i in range(1, 40)]
    + [profile(30_000 + i, "Ghislaine", f"Autre{i}", f"Maison {i}") for i in range(150)]
)


def run(people: Sequence[PersonSide], profiles: Sequence[ProfileSide]) -> dict[int, Proposal]:
    """The best proposal of each person."""
    found: dict[int, Proposal] = {}
    for proposal in match(people, [*profiles, *CROWD]):
        best = found.get(proposal.person_id)
        if best is None or proposal.score > best.score:
            found[proposal.person_id] = proposal
    return found


def english(found: Proposal) -> list[str]:
    return [evidence_text(item) for item in found.evidence]


def test_a_profile_holds_both_addresses_of_one_person_tied_by_its_companies() -> None:
    # Her old address at the employer an earlier export showed, her new one from the mailbox
    # at the current employer: both records are hers, and a common name does not matter.
    found = run(
        [
            person(1, "charlotte.blanc@studiocitron.fr", "Charlotte Blanc"),
            person(2, "cblanc@safran-pourpre.fr", "Charlotte Blanc"),
        ],
        [profile(7, "Charlotte", "Blanc", "Safran Pourpre", former=("Studio Citron",))],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert (found[2].profile_id, found[2].status) == (7, PairStatus.AUTO)
    second = found[1] if found[1].score <= found[2].score else found[2]
    other = "cblanc@safran-pourpre.fr" if second is found[1] else "charlotte.blanc@studiocitron.fr"
    assert english(second)[-1] == (
        f"another address of the person paired through {other} (both at the profile's companies)"
    )


def test_a_colleague_at_the_same_company_is_not_a_second_address() -> None:
    # Another Blanc at the same agency, with another given name: not the profile's person.
    found = run(
        [
            person(1, "charlotte.blanc@safran-pourpre.fr", "Charlotte Blanc"),
            person(2, "paul.blanc@safran-pourpre.fr", "Paul Blanc"),
        ],
        [profile(7, "Charlotte", "Blanc", "Safran Pourpre")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert 2 not in found or found[2].profile_id != 7


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("Gabriel", "Gaby"),
        ("Charlotte", "Charlie"),
        ("Timothée", "Tim"),
        ("Guillaume", "Guigui"),
        ("Véronique", "Véro"),
        ("Ștefan", "Fane"),
        ("Constantin", "Costel"),
        ("Gheorghe", "Gică"),
        ("Daniela", "Dana"),
        ("Ioan", "Nelu"),
    ],
)
def test_french_and_romanian_short_forms(written: str, short: str) -> None:
    found = run(
        [person(1, "x.vauquelinard@gmail.com", f"{written} Vauquelinard")],
        [profile(7, short, "Vauquelinard", "Pixel Bleu")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert f"given name written as a short form ({short} on LinkedIn)" in english(found[1])


def test_different_compound_given_names_do_not_meet_in_a_double_last_name() -> None:
    # Marie-Claire is not Marie-Hélène, even when one of the profile's two names fits.
    found = run(
        [person(1, "lutin42@gmail.com", "Marie-Claire Dévevel")],
        [profile(7, "Marie-Hélène", "Foncourtier-Dévevel", "Pixel Bleu")],
    )
    assert 1 not in found or found[1].status is not PairStatus.AUTO


def test_the_same_compound_given_name_meets_one_of_two_last_names() -> None:
    found = run(
        [person(1, "mh.devevel@gmail.com", "Marie-Hélène Dévevel")],
        [profile(7, "Marie-Hélène", "Foncourtier-Dévevel", "Pixel Bleu")],
    )
    assert found[1].profile_id == 7


def test_a_fairly_rare_name_proves_a_pair_from_free_mail() -> None:
    found = run(
        [person(1, "ghislaine.vauquelinard@gmail.com", "Ghislaine Vauquelinard")],
        [profile(7, "Ghislaine", "Vauquelinard", "Agence Safran Pourpre")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)


def test_the_same_name_at_a_company_the_profile_never_showed_needs_a_rarer_name() -> None:
    # The address's company speaks against the pair (most people there are somebody else):
    # a name expected 0.02 times by chance is a namesake risk, not a proof.
    found = run(
        [person(1, "ghislaine.vauquelinard@studiocitron.fr", "Ghislaine Vauquelinard")],
        [profile(7, "Ghislaine", "Vauquelinard", "Agence Safran Pourpre")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.SUGGESTED)
    assert "same name, but never at studiocitron.fr on LinkedIn — may be a namesake" in english(
        found[1]
    )


def test_a_name_nobody_else_bears_still_proves_a_move_before_the_first_export() -> None:
    found = run(
        [person(1, "aurelien.vauquelinard@studiocitron.fr", "Aurélien Vauquelinard")],
        [profile(7, "Aurélien", "Vauquelinard", "Agence Safran Pourpre")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)


def test_a_last_name_alone_at_the_company_proves_its_only_bearer() -> None:
    found = run(
        [person(1, "vauquelinard@pixelbleu.fr")],
        [profile(7, "Jean", "Vauquelinard", "Pixel Bleu SARL")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert (
        "nobody else named Vauquelinard at that company, on LinkedIn or among the contacts"
        in english(found[1])
    )


def test_two_bearers_of_the_last_name_at_the_company_leave_a_doubt() -> None:
    found = run(
        [person(1, "vauquelinard@pixelbleu.fr")],
        [
            profile(7, "Jean", "Vauquelinard", "Pixel Bleu SARL"),
            profile(8, "Paul", "Vauquelinard", "Pixel Bleu SARL"),
        ],
    )
    assert found[1].status is not PairStatus.AUTO


def test_a_colleague_of_the_same_name_among_the_contacts_leaves_a_doubt() -> None:
    found = run(
        [person(1, "vauquelinard@pixelbleu.fr"), person(2, "marc.vauquelinard@pixelbleu.fr")],
        [profile(7, "Jean", "Vauquelinard", "Pixel Bleu SARL")],
    )
    assert found[1].status is not PairStatus.AUTO


def test_a_new_colleague_of_the_same_name_reaches_the_only_bearer() -> None:
    # Marc's arrival makes Jean's address no longer the only Vauquelinard at the domain: a
    # re-match after the import must recompute it, as a full match would.
    people = [person(1, "vauquelinard@pixelbleu.fr"), person(2, "marc.vauquelinard@pixelbleu.fr")]
    profiles = [profile(7, "Jean", "Vauquelinard", "Pixel Bleu SARL"), *CROWD]
    reached = affected_people(people, profiles, person_ids={2}, profile_ids=set())
    assert 1 in reached
    again = match_subset(people, profiles, person_ids={2}, profile_ids=set())
    full = [p for p in match(people, profiles) if p.person_id in reached]
    assert sorted(again, key=repr) == sorted(full, key=repr)


@pytest.mark.parametrize(
    ("first", "last"),
    [("Alex Paul", "Vauquelinard"), ("Vauquelinard", "Alex")],
    ids=["middle name beside the short form", "fields typed the wrong way round"],
)
def test_a_short_form_beside_a_middle_name_or_in_the_wrong_field(first: str, last: str) -> None:
    found = run(
        [person(1, "alexandre.vauquelinard@gmail.com", "Alexandre Vauquelinard")],
        [profile(7, first, last, "Pixel Bleu")],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert "given name written as a short form (Alex on LinkedIn)" in english(found[1])
