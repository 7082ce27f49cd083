"""The matcher's rules (SPEC §4), one table per rule, with invented francophone names."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.errors import Cancelled
from linkrevive.domain.phrases import evidence_text
from linkrevive.matching import (
    Decision,
    PersonSide,
    ProfileSide,
    Proposal,
    address_fits_company,
    affected_people,
    match,
    match_subset,
)


def person(
    pid: int, email: str, name: str = "", first: str = "", last: str = "", company: str = ""
) -> PersonSide:
    return PersonSide(pid, first, last, name, (email,) if email else (), company)


def profile(
    pid: int, first: str, last: str, company: str = "", email: str | None = None
) -> ProfileSide:
    return ProfileSide(pid, first, last, email, company, f"https://www.linkedin.com/in/p{pid}")


# Unrelated profiles so that the network has a realistic spread of names.
FILLER = [
    profile(1000 + i, first, last, f"Société {i} SAS")
    for i, (first, last) in enumerate(
        (f, lname)
        for f in ("Paul", "Claire", "Hugo", "Léa", "Marc", "Inès", "Rémi", "Agnès")
        for lname in ("Garnier", "Rochat", "Peeters", "Favre", "Lemaire", "Janssens", "Tremblay")
    )
]


def lines(found: Proposal) -> tuple[str, ...]:
    """The evidence of a proposal as English sentences."""
    return tuple(evidence_text(item) for item in found.evidence)


def run(
    people: Sequence[PersonSide],
    profiles: Sequence[ProfileSide],
    decisions: Sequence[Decision] = (),
) -> dict[int, list[Proposal]]:
    by_person: dict[int, list[Proposal]] = {}
    for proposal in match(people, [*profiles, *FILLER], decisions):
        by_person.setdefault(proposal.person_id, []).append(proposal)
    return by_person


def best(result: dict[int, list[Proposal]], pid: int) -> Proposal | None:
    found = result.get(pid, [])
    return max(found, key=lambda p: p.score) if found else None


POSITIVE = [
    # (person, profile, expected status, evidence fragment)
    (
        person(1, "jpdupont@pixelbleu.fr"),
        profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu SARL"),
        PairStatus.AUTO,
        "fits the name",
    ),
    (
        person(1, "jean-pierre.dupont@pixelbleu.fr"),
        profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu SARL"),
        PairStatus.AUTO,
        "pixelbleu.fr ~ company",
    ),
    (
        person(1, "dupont.jp@pixelbleu.fr"),
        profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu SARL"),
        PairStatus.AUTO,
        "fits the name",
    ),
    (
        person(1, "jeanpierre.dupont@agence-pixel-bleu.fr"),
        profile(10, "Jean-Pierre", "Dupont", "Agence Pixel Bleu SAS"),
        PairStatus.AUTO,
        "fits the name",
    ),
    (
        person(1, "jp@x.fr", name="JP Dupont"),
        profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu"),
        None,
        "compound",
    ),
    (
        person(2, "wim.vandenberghe@noordlicht.be"),
        profile(20, "Wim", "Van den Berghe", "Noordlicht BV"),
        PairStatus.AUTO,
        "noordlicht.be",
    ),
    (
        person(3, "zoe.mueller@atelier-leman.ch", first="Zoé", last="Müller"),
        profile(30, "Zoe", "Mueller", "Atelier Léman Sàrl"),
        PairStatus.AUTO,
        "atelier-leman.ch ~ company Atelier Léman Sàrl",
    ),
    (
        person(4, "marie.delafontaine@vague.fr", name="DE LA FONTAINE Marie"),
        profile(40, "Marie", "de la Fontaine", "Vague SAS"),
        PairStatus.AUTO,
        "same name",
    ),
    (
        person(5, "s.martin@cobalt.fr", name="Martin Sophie"),
        profile(50, "Sophie", "Martin", "Cobalt SA"),
        PairStatus.AUTO,
        "same",
    ),
    (
        person(6, "sophie.vauquelin@gmail.com", name="Sophie Vauquelin"),
        profile(60, "Sophie", "Vauquelin 🚀 | Growth"),
        PairStatus.AUTO,
        "decorations",
    ),
    (
        person(7, "luc.brossardet@ambre.ch", name="Luc Brossardet, PhD"),
        profile(70, "Luc", "Brossardet, PhD", "Ambre AG"),
        PairStatus.AUTO,
        "same name",
    ),
    (
        person(8, "hdelcourt@quartz.lu"),
        profile(80, "Hélène", "Delcourt", "Quartz SARL"),
        PairStatus.AUTO,
        "fits the name",
    ),
    (
        person(9, "anne.grosjean@lynx-studio.fr", first="Anne", last="Grosjean"),
        profile(90, "Grosjean", "Anne", "Lynx Studio"),
        PairStatus.AUTO,
        "swapped",
    ),
]


@pytest.mark.parametrize(("who", "target", "status", "evidence"), POSITIVE)
def test_pairs_are_found(
    who: PersonSide, target: ProfileSide, status: PairStatus | None, evidence: str
) -> None:
    found = best(run([who], [target]), who.id)
    assert found is not None
    assert found.profile_id == target.id
    if status is not None:
        assert found.status == status
    assert any(evidence in line for line in lines(found)), lines(found)
    assert 0.0 < found.score <= 1.0


def test_exact_email_pairs_automatically_even_without_a_name_fit() -> None:
    who = person(1, "Bob.Studio@Example.org")
    target = profile(10, "Robert", "Tissot", "Example", email="bob.studio@example.org")
    found = best(run([who], [target]), 1)
    assert found is not None and found.status == PairStatus.AUTO
    assert found.evidence == ({"code": "same_email"},)
    assert lines(found) == ("same email",)
    assert found.score == 1.0


@pytest.mark.parametrize("local", ["contact", "info", "hello", "no-reply"])
def test_role_boxes_are_never_paired(local: str) -> None:
    email = f"{local}@pixelbleu.fr"
    who = person(1, email, name="Jean-Pierre Dupont")
    target = profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu SARL", email=email)
    assert run([who], [target]) == {}


def test_free_mail_gives_no_company_evidence() -> None:
    who = person(1, "pixelbleu75@gmail.com", name="Jean Dupont")
    target = profile(10, "Jean", "Dupont", "Gmail Conseil")
    found = best(run([who], [target]), 1)
    assert found is not None
    assert not any("~ company" in line for line in lines(found))
    assert any("free-mail" in line for line in lines(found))


def test_a_different_given_name_is_not_a_match() -> None:
    who = person(1, "marc.dupont@pixelbleu.fr", name="Marc Dupont")
    target = profile(10, "Paul", "Dupont", "Pixel Bleu SARL")
    assert best(run([who], [target]), 1) is None


def test_namesakes_without_separating_evidence_are_only_suggested() -> None:
    who = person(1, "jean.vernier@gmail.com", name="Jean Vernier")
    twins = [
        profile(10, "Jean", "Vernier", "Nord Digital SA"),
        profile(11, "Jean", "Vernier", "Sud Média SARL"),
    ]
    found = run([who], twins)[1]
    assert {p.profile_id for p in found} == {10, 11}
    assert all(p.status == PairStatus.SUGGESTED for p in found)
    assert all(p.score <= 0.6 for p in found)


def test_company_evidence_separates_a_namesake() -> None:
    who = person(1, "jean.vernier@norddigital.fr", name="Jean Vernier")
    twins = [
        profile(10, "Jean", "Vernier", "Nord Digital SA"),
        profile(11, "Jean", "Vernier", "Sud Média SARL"),
    ]
    found = best(run([who], twins), 1)
    assert found is not None
    assert (found.profile_id, found.status) == (10, PairStatus.AUTO)


def test_father_and_son_each_get_their_own_profile() -> None:
    father = person(1, "jacques.brunel@menuiserie-brunel.fr", name="Jacques Brunel")
    son = person(2, "jacques.brunel@pixelonde.ch", name="Jacques Brunel")
    profiles = [
        profile(10, "Jacques", "Brunel", "Menuiserie Brunel SARL"),
        profile(11, "Jacques", "Brunel", "Pixel Onde Sàrl"),
    ]
    result = run([father, son], profiles)
    assert [(p.profile_id, p.status) for p in result[1]] == [(10, PairStatus.AUTO)]
    assert [(p.profile_id, p.status) for p in result[2]] == [(11, PairStatus.AUTO)]


def test_one_profile_never_gets_two_auto_pairs() -> None:
    people = [
        person(1, "jacques.brunel@gmail.com", name="Jacques Brunel"),
        person(2, "jacques.brunel@hotmail.fr", name="Jacques Brunel"),
    ]
    result = run(people, [profile(10, "Jacques", "Brunel", "Onde SA")])
    autos = [p for ps in result.values() for p in ps if p.status == PairStatus.AUTO]
    assert len(autos) <= 1


def test_rejected_pairs_are_never_proposed_again() -> None:
    who = person(1, "jpdupont@pixelbleu.fr")
    target = profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu SARL")
    other = profile(11, "Jean-Pierre", "Dupont", "Pixel Bleu SARL")
    result = run([who], [target, other], [Decision(1, 10, PairStatus.REJECTED)])
    assert {p.profile_id for p in result[1]} == {11}
    exact = profile(12, "Jean-Pierre", "Dupont", "Pixel Bleu", email="jpdupont@pixelbleu.fr")
    assert run([who], [exact], [Decision(1, 12, PairStatus.REJECTED)]) == {}


def test_confirmed_pairs_take_both_sides_out() -> None:
    who = person(1, "jpdupont@pixelbleu.fr")
    other = person(2, "jean-pierre.dupont@gmail.com", name="Jean-Pierre Dupont")
    target = profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu SARL")
    result = run([who, other], [target], [Decision(1, 10, PairStatus.CONFIRMED)])
    assert 1 not in result
    assert all(p.profile_id != 10 for ps in result.values() for p in ps)


def test_a_person_without_emails_matches_on_the_name() -> None:
    who = PersonSide(1, "Rosalie", "Quennevat", "", (), "Vague SAS")
    found = best(run([who], [profile(10, "Rosalie", "Quennevat", "Vague SAS")]), 1)
    assert found is not None and found.status == PairStatus.AUTO


def test_at_most_two_suggestions_per_person() -> None:
    who = person(1, "c.moreau@gmail.com")
    many = [
        profile(10 + i, first, "Moreau")
        for i, first in enumerate(("Claire", "Cédric", "Camille", "Chloé"))
    ]
    assert len(run([who], many).get(1, [])) <= 2


def test_progress_and_cancellation() -> None:
    people = [person(i, f"p{i}.dupont@pixelbleu.fr") for i in range(600)]
    seen: list[tuple[int, int]] = []
    match(people, FILLER, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (600, 600)
    with pytest.raises(Cancelled):
        match(people, FILLER, cancelled=lambda: True)


def test_match_subset_rescores_only_the_affected_people() -> None:
    people = [person(1, "jpdupont@pixelbleu.fr"), person(2, "zoe.mueller@atelier-leman.ch")]
    profiles = [
        profile(10, "Jean-Pierre", "Dupont", "Pixel Bleu SARL"),
        profile(30, "Zoe", "Mueller", "Atelier Léman Sàrl"),
        *FILLER,
    ]
    full = {(p.person_id, p.profile_id, p.status) for p in match(people, profiles)}
    part = match_subset(people, profiles, person_ids=set(), profile_ids={30})
    assert {p.person_id for p in part} == {2}
    assert {(p.person_id, p.profile_id, p.status) for p in part} <= full
    assert affected_people(people, profiles, person_ids={1}, profile_ids=set()) == {1}
    kept = match_subset(people, profiles, person_ids={1, 2}, profile_ids=set(), taken_profiles={10})
    assert all(p.profile_id != 10 for p in kept)


@pytest.mark.parametrize(
    ("address", "company", "expected"),
    [
        ("anne@pixel-bleu.example", "Pixel Bleu SARL", True),
        ("anne@agence-pixel-bleu.fr", "Pixel Bleu", True),
        ("j.dupont@bcv.ch", "Banque Cantonale Vaudoise", True),
        ("anne@pixel-bleu.example", "Studio Kôdé", False),
        ("contact@pixel-bleu.example", "Pixel Bleu SARL", False),  # a shared box
        ("anne.lefevre@gmail.com", "Gmail", False),  # free mail says nothing
        ("anne@pixel-bleu.example", "", False),
        ("not an address", "Pixel Bleu", False),
    ],
)
def test_address_fits_company(address: str, company: str, expected: bool) -> None:
    assert address_fits_company(address, company) is expected
