"""Automatic means proven (issue 10): a name alone never makes an automatic pair when it is
common, borne by several contacts, or contradicted by the address; shared boxes never pair."""

from __future__ import annotations

from collections.abc import Sequence

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from linkrevive.matching import PersonSide, ProfileSide, Proposal, match


def profile(
    pid: int,
    first: str,
    last: str,
    company: str = "",
    email: str | None = None,
    former: tuple[str, ...] = (),
) -> ProfileSide:
    url = f"https://www.linkedin.com/in/p{pid}"
    return ProfileSide(pid, first, last, email, company, url, former)


def person(pid: int, emails: Sequence[str], name: str = "", company: str = "") -> PersonSide:
    return PersonSide(pid, "", "", name, tuple(emails), company)


# A network where Charlotte and Blanc are common, as they are in France: 60 Charlottes and
# 40 Blancs among 3,000 connections, so "Charlotte Blanc" is expected more than once.
GIVEN = ("Paul", "Inès", "Hugo", "Léa", "Marc", "Anne")
CROWD = [
    profile(10_000 + i, GIVEN[i % 6] if i % 50 else "Charlotte", f"Nom{i}", f"Société {i} SAS")
    for i in range(3000)
] + [profile(20_000 + i, GIVEN[i % 6], "Blanc", f"Agence {i} SA") for i in range(1, 40)]


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


def french(found: Proposal) -> list[str]:
    return [evidence_text(item, "fr") for item in found.evidence]


def test_a_namesake_at_another_company_is_suggested_never_auto() -> None:
    found = run(
        [person(1, ["charlotte.blanc@studiocitron.fr"], "Charlotte Blanc")],
        [profile(7, "Charlotte", "Blanc", "Agence Safran Pourpre")],
    )
    assert found[1].status is PairStatus.SUGGESTED
    assert "same name, but never at studiocitron.fr on LinkedIn — may be a namesake" in english(
        found[1]
    )
    assert any("peut-être un homonyme" in line for line in french(found[1]))


def test_the_same_person_seen_at_her_old_company_in_an_earlier_export_is_auto() -> None:
    found = run(
        [person(1, ["charlotte.blanc@studiocitron.fr"], "Charlotte Blanc")],
        [profile(7, "Charlotte", "Blanc", "Agence Safran Pourpre", former=("Studio Citron",))],
    )
    assert found[1].status is PairStatus.AUTO
    assert found[1].profile_id == 7


def test_the_same_company_proves_a_common_name() -> None:
    found = run(
        [person(1, ["charlotte.blanc@studiocitron.fr"], "Charlotte Blanc")],
        [profile(7, "Charlotte", "Blanc", "Studio Citron SARL")],
    )
    assert found[1].status is PairStatus.AUTO


def test_a_common_name_at_free_mail_is_a_suggestion_that_says_why() -> None:
    found = run(
        [person(1, ["charlotte.blanc@gmail.com"], "Charlotte Blanc")],
        [profile(7, "Charlotte", "Blanc", "Agence Safran Pourpre")],
    )
    assert found[1].status is PairStatus.SUGGESTED
    assert "a common name, and nothing else ties them: check before pairing" in english(found[1])


def test_a_rare_name_spelled_by_the_address_proves_a_move_before_the_first_export() -> None:
    found = run(
        [person(1, ["ghislaine.vauquelinard@studiocitron.fr"], "Ghislaine Vauquelinard")],
        [profile(7, "Ghislaine", "Vauquelinard", "Agence Safran Pourpre")],
    )
    assert found[1].status is PairStatus.AUTO
    assert "a rare name, borne by no other contact" in english(found[1])


def test_a_rare_name_borne_by_two_contacts_is_no_proof() -> None:
    found = run(
        [
            person(1, ["ghislaine.vauquelinard@gmail.com"], "Ghislaine Vauquelinard"),
            person(2, ["g.vauquelinard@orange.fr"], "Ghislaine Vauquelinard"),
        ],
        [profile(7, "Ghislaine", "Vauquelinard", "Agence Safran Pourpre")],
    )
    assert all(p.status is PairStatus.SUGGESTED for p in found.values())
    assert "other contacts bear the same name" in english(found[1])


def test_an_address_spelling_another_name_is_no_proof() -> None:
    # The card says Ghislaine Vauquelinard; the address is somebody else's (an assistant's).
    found = run(
        [person(1, ["marc.dupuis@gmail.com"], "Ghislaine Vauquelinard")],
        [profile(7, "Ghislaine", "Vauquelinard", "Agence Safran Pourpre")],
    )
    assert found[1].status is PairStatus.SUGGESTED


def test_a_role_box_is_never_paired_even_under_a_name_or_in_the_export() -> None:
    found = run(
        [
            person(1, ["agence@studiocitron.fr"], "Théo Pons"),
            person(2, ["devis@studiocitron.fr"]),
        ],
        [
            profile(7, "Théo", "Pons", "Studio Citron", email="devis@studiocitron.fr"),
        ],
    )
    assert found == {}


def test_an_address_in_two_peoples_cards_is_a_shared_box() -> None:
    # "paris@" says nothing of a role, but two different people's cards hold it.
    found = run(
        [
            person(1, ["paris@studiocitron.fr", "theo.pons@gmail.com"], "Théo Pons"),
            person(2, ["paris@studiocitron.fr"], "Zoé Quellec"),
        ],
        [profile(7, "Zoé", "Quellec", "Studio Citron", email="paris@studiocitron.fr")],
    )
    assert 2 not in found
    assert all(p.profile_id != 7 or p.status is not PairStatus.AUTO for p in found.values())


def test_a_role_box_beside_the_persons_own_address_does_not_decide_the_pair() -> None:
    found = run(
        [person(1, ["hello@studiocitron.fr", "tpons@gmail.com"], "Théo Pons")],
        [profile(7, "Théo", "Pons", "Studio Citron", email="hello@studiocitron.fr")],
    )
    # The shared box in the export is not the same email: no "same email" evidence.
    assert all(item["code"] != "same_email" for item in found[1].evidence)


def test_both_names_on_linkedin_meet_the_maiden_name() -> None:
    found = run(
        [person(1, ["sophie.quellec@pixelbleu.fr"], "Sophie Quellec")],
        [profile(7, "Sophie", "Durand-Quellec", "Pixel Bleu")],
    )
    assert found[1].status is PairStatus.AUTO


def test_a_married_name_alone_at_the_same_company_is_one_clear_suggestion() -> None:
    found = run(
        [person(1, ["sophie.quellec@pixelbleu.fr"], "Sophie Quellec")],
        [profile(7, "Sophie", "Vauquelinard", "Pixel Bleu")],
    )
    assert found[1].status is PairStatus.SUGGESTED
    assert english(found[1])[0] == (
        "same given name at Pixel Bleu, another last name: a married name, or a colleague?"
    )


def test_a_married_name_at_another_company_is_nothing() -> None:
    found = run(
        [person(1, ["sophie.quellec@gmail.com"], "Sophie Quellec")],
        [profile(7, "Sophie", "Vauquelinard", "Pixel Bleu")],
    )
    assert 1 not in found


def test_a_short_given_name_on_linkedin_pairs_with_the_written_out_one() -> None:
    found = run(
        [person(1, ["frederic.vauquelinard@gmail.com"], "Frédéric Vauquelinard")],
        [profile(7, "Fred", "Vauquelinard", "Pixel Bleu")],
    )
    assert found[1].status is PairStatus.AUTO
    assert "given name written as a short form (Fred on LinkedIn)" in english(found[1])


def test_two_given_names_a_short_form_may_stand_for_stay_apart() -> None:
    # "Flo" may be Florence or Florian, but Florence is not Florian.
    found = run(
        [person(1, ["florence.vauquelinard@gmail.com"], "Florence Vauquelinard")],
        [profile(7, "Florian", "Vauquelinard", "Pixel Bleu")],
    )
    assert 1 not in found or found[1].status is not PairStatus.AUTO


def test_a_numbered_shared_box_is_still_a_shared_box() -> None:
    found = run(
        [person(1, ["compta2@studiocitron.fr"], "Ghislaine Vauquelinard")],
        [profile(7, "Ghislaine", "Vauquelinard", "Studio Citron")],
    )
    assert found == {}


def test_a_second_record_of_the_paired_person_is_one_clear_suggestion() -> None:
    # The address book knows her old address; the mailbox brought her new one as a record
    # of its own. The new one is proven by the company; the old one is suggested beside it.
    found = run(
        [
            person(1, ["charlotte.blanc@studiocitron.fr"], "Charlotte Blanc"),
            person(2, ["cblanc@safran-pourpre.fr"], "Charlotte Blanc"),
        ],
        [profile(7, "Charlotte", "Blanc", "Safran Pourpre")],
    )
    assert found[2].status is PairStatus.AUTO
    assert found[1].status is PairStatus.SUGGESTED
    assert found[1].profile_id == 7
    assert english(found[1])[-1] == (
        "this profile is already paired through cblanc@safran-pourpre.fr: another address of "
        "the same person?"
    )


def test_nicknames_meet_in_the_address_too() -> None:
    found = run(
        [
            person(1, ["nicolas.vauquelinard@gmail.com"]),
            person(2, ["nico.quellec@pixelbleu.fr"]),
        ],
        [
            profile(7, "Nico", "Vauquelinard", "Agence Safran Pourpre"),
            profile(8, "Nicolas", "Quellec", "Pixel Bleu"),
        ],
    )
    assert (found[1].profile_id, found[1].status) == (7, PairStatus.AUTO)
    assert (found[2].profile_id, found[2].status) == (8, PairStatus.AUTO)


def test_a_rare_name_borne_by_two_connections_is_a_suggestion_not_called_rare() -> None:
    found = run(
        [person(1, ["ghislaine.vauquelinard@gmail.com"], "Ghislaine Vauquelinard")],
        [
            profile(7, "Ghislaine", "Vauquelinard", "Agence Safran Pourpre"),
            profile(8, "Ghislaine", "Vauquelinard", "Pixel Bleu"),
        ],
    )
    assert found[1].status is PairStatus.SUGGESTED
    lines = english(found[1])
    assert "other LinkedIn profiles fit this contact too" in lines
    assert "a rare name, borne by no other contact" not in lines
