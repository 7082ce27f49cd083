"""Newer matcher rules, one table per rule, with invented French, Belgian and Swiss names."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from linkrevive.matching import PersonSide, ProfileSide, Proposal, match, matcher
from linkrevive.matching.evidence import NameLevel, name_fit, similar
from linkrevive.matching.normalize import display_company, name_parts


def person(pid: int, email: str, name: str = "", first: str = "", last: str = "") -> PersonSide:
    return PersonSide(pid, first, last, name, (email,) if email else ())


def profile(
    pid: int, first: str, last: str, company: str = "", former: tuple[str, ...] = ()
) -> ProfileSide:
    return ProfileSide(
        pid, first, last, None, company, f"https://www.linkedin.com/in/p{pid}", former
    )


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


def proposals(people: Sequence[PersonSide], profiles: Sequence[ProfileSide]) -> list[Proposal]:
    return match(people, [*profiles, *FILLER])


def best_for(people: Sequence[PersonSide], profiles: Sequence[ProfileSide]) -> Proposal | None:
    found = [p for p in proposals(people, profiles) if p.person_id == people[0].id]
    return max(found, key=lambda p: p.score) if found else None


# A given name and the initial of the last name ("Jean D.", as chat tools and some mail
# clients shorten it), completed by the email local part.
LAST_INITIAL = [
    (
        person(1, "lunotard.d@lynxlogic.fr", name="Denis L."),
        profile(10, "Denis", "Lunotard", "Lynx Logic SARL"),
    ),
    (
        person(2, "wvandamme@noordlicht.be", name="Wim V."),
        profile(20, "Wim", "Van Damme", "Noordlicht BV"),
    ),
    (
        person(3, "p.ponbardon@gmail.com", name="Pascal P."),
        profile(30, "Pascal", "Ponbardon", "Ours Créa SARL"),
    ),
    (
        person(4, "urs.zbinden@bluewin.ch", first="Urs", last="Z."),
        profile(40, "Urs", "Zbinden", "Jura Conseil AG"),
    ),
]


@pytest.mark.parametrize(("who", "target"), LAST_INITIAL)
def test_a_last_initial_and_the_local_part_make_a_full_name(
    who: PersonSide, target: ProfileSide
) -> None:
    found = best_for([who], [target])
    assert found is not None
    assert found.profile_id == target.id
    assert any("fits the name" in line for line in lines(found)), lines(found)


@pytest.mark.parametrize(
    ("display", "first", "last", "fits"),
    [
        ("Denis L.", "Denis", "Lunotard", True),
        ("Denis L.", "Denis", "Marchand", False),
        ("Denis L.", "Lunotard", "Denis", True),  # the profile's fields are swapped
        ("Nicolas F.", "Nicolas", "Martin", False),
        ("Louis P.", "Pramont", "Louis", True),
    ],
)
def test_a_last_initial_fits_only_the_last_name(
    display: str, first: str, last: str, fits: bool
) -> None:
    given, _, initial = display.partition(" ")
    fit = name_fit(name_parts(given, initial), name_parts(first, last))
    assert (fit.level != NameLevel.NONE) is fits


# Position history: the address is from an earlier employer that an earlier export showed.
FORMER = [
    (
        person(1, "s.bourgeois@louplab.com"),
        profile(10, "Sébastien", "Bourgeois", "Castor Vertex SA", ("Loup Lab",)),
        "former company Loup Lab",
    ),
    (
        person(2, "dubelard@alpeslynx.be"),
        profile(20, "Jonas", "Dubelard", "Colibri Renard", ("Agence Alpes Lynx",)),
        "former company Agence Alpes Lynx",
    ),
    (
        person(3, "reto.kaelin@banque-lemanique.ch", name="Reto Kälin"),
        profile(30, "Reto", "Kälin", "Quartz AG", ("Banque Lémanique SA", "Alpes Digital")),
        "former company Banque Lémanique SA",
    ),
]


@pytest.mark.parametrize(("who", "target", "evidence"), FORMER)
def test_an_earlier_employer_is_company_evidence(
    who: PersonSide, target: ProfileSide, evidence: str
) -> None:
    found = best_for([who], [target])
    assert found is not None and found.profile_id == target.id
    assert any(evidence in line for line in lines(found)), lines(found)


def test_an_earlier_employer_separates_namesakes() -> None:
    who = person(1, "jean.vernier@norddigital.fr", name="Jean Vernier")
    twins = [
        profile(10, "Jean", "Vernier", "Sud Média SARL", ("Nord Digital SA",)),
        profile(11, "Jean", "Vernier", "Cobalt Conseil SA"),
    ]
    found = best_for([who], twins)
    assert found is not None
    assert (found.profile_id, found.status) == (10, PairStatus.AUTO)


def test_profiles_without_history_still_work() -> None:
    side = ProfileSide(1, "Anne", "Roux", None, "Vague SAS")
    assert side.former_companies == ()


# A typo is one slip of the keyboard; a look-alike name is another family.
@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("dupont", "dupnot", True),  # two letters swapped
        ("brossardet", "brosardet", True),  # a letter dropped
        ("vauquelin", "vauquellin", True),  # a letter doubled
        ("joubert", "jouberteau", False),
        ("lubert", "luberteau", False),
        ("clamiquinez", "clamipinez", False),
        ("roux", "roue", False),  # too short to tell a typo from another name
    ],
)
def test_typos_and_look_alike_names(left: str, right: str, same: bool) -> None:
    assert similar(left, right) is same


@pytest.mark.parametrize(
    ("who", "target", "paired"),
    [
        # A typo in the address book: still the same person.
        (
            person(1, "", first="Sophie", last="Vauqelin"),
            profile(10, "Sophie", "Vauquelin", "Vague SAS"),
            True,
        ),
        # "Julien" is a given name in its own right, not a typo of "Julie".
        (
            person(2, "julien.tholon@jurafaucon.ch", name="Julien Tholon"),
            profile(20, "Julie", "Tholon", "Studio Aigle Menthe"),
            False,
        ),
        # Two compound given names that share only their first part.
        (
            person(3, "jc.votardon@gmail.com", name="Jean-Claude Votardon"),
            profile(30, "Jean-Philippe", "Votardon", "Seine Lab SA"),
            False,
        ),
        (
            person(4, "", name="Anne-Sophie Podetin"),
            profile(40, "Anne-Laure", "Podetier", "Renard Web SARL"),
            False,
        ),
    ],
)
def test_spelling_rules(who: PersonSide, target: ProfileSide, paired: bool) -> None:
    others = [profile(50, "Julien", "Marchal"), profile(51, "Julien", "Pellet")]
    found = best_for([who], [target, *others])
    assert (found is not None and found.profile_id == target.id) is paired


# Profiles whose first and last names were typed into the wrong fields.
SWAPPED = [
    (
        person(1, "mouellet@codeleman.lu"),
        profile(10, "Ouellet", "Marie-Claire", "Code Léman SA"),
    ),
    (
        person(2, "hflolissely@cobaltleman.fr"),
        profile(20, "Flolissely", "Héloïse", "Cobalt Léman EURL"),
    ),
    (
        person(3, "wim.vandenberghe@gmail.com", name="Wim Van den Berghe"),
        profile(30, "Van den Berghe", "Wim", "Noordlicht BV"),
    ),
]


@pytest.mark.parametrize(("who", "target"), SWAPPED)
def test_swapped_profiles_are_found_from_the_local_part(
    who: PersonSide, target: ProfileSide
) -> None:
    found = best_for([who], [target])
    assert found is not None and found.profile_id == target.id


def test_a_common_pair_of_names_stays_common_in_either_order() -> None:
    """ "ericdurand@" fits every Éric Durand, so a swapped "Durand | Éric" is not a sure pair."""
    who = person(1, "ericdurand@icloud.com")
    durands = [profile(20 + i, "Éric", "Durand", f"Onde {i} SA") for i in range(4)]
    swapped = profile(10, "Durand", "Éric", "Zénith Code Inc")
    result = [p for p in proposals([who], [swapped, *durands]) if p.profile_id == 10]
    assert all(p.status != PairStatus.AUTO for p in result)


@pytest.mark.parametrize(
    ("display", "company"),
    [
        ("Jean Dupont - Pixel Bleu", "Pixel Bleu"),
        ("Lotte Peeters (Noordlicht BV)", "Noordlicht BV"),
        ("Urs Meier | Banque Lémanique", "Banque Lémanique"),
        ("Anne Roux (she/her)", ""),
        ("Marie-Claire Dubois", ""),
        ("jp.dupont@pixelbleu.fr", ""),
    ],
)
def test_the_company_in_a_display_name(display: str, company: str) -> None:
    assert display_company(display) == company


def test_the_company_in_a_display_name_separates_namesakes() -> None:
    who = person(1, "jean.vernier@gmail.com", name="Jean Vernier - Nord Digital")
    twins = [
        profile(10, "Jean", "Vernier", "Nord Digital SA"),
        profile(11, "Jean", "Vernier", "Sud Média SARL"),
    ]
    found = best_for([who], twins)
    assert found is not None and found.profile_id == 10
    assert any("display name" in line for line in lines(found))


def test_a_tagline_in_a_display_name_is_no_company_mismatch() -> None:
    who = person(1, "sophie.vauquelin@gmail.com", name="Sophie Vauquelin | Growth")
    found = best_for([who], [profile(10, "Sophie", "Vauquelin", "Vague SAS")])
    assert found is not None
    assert not any("different company" in line for line in lines(found))


def test_a_given_name_that_differs_rules_the_local_part_out() -> None:
    who = person(1, "c.moreau@gmail.com", name="Claire")
    found = [p for p in proposals([who], [profile(10, "Cédric", "Moreau")]) if p.person_id == 1]
    assert found == []


def test_alternatives_are_listed_only_when_close(monkeypatch: pytest.MonkeyPatch) -> None:
    # A low floor, so that only the margin to the favourite can leave an alternative out.
    monkeypatch.setattr(matcher, "SUGGEST_THRESHOLD", 0.1)
    who = person(1, "cmoreau@vague.fr")
    even = [profile(10, "Claire", "Moreau"), profile(11, "Cédric", "Moreau")]
    listed = [p for p in proposals([who], even) if p.person_id == 1]
    assert {p.profile_id for p in listed} == {10, 11}
    # Claire works elsewhere now (or is somebody else): Cédric is the clear favourite.
    uneven = [profile(10, "Claire", "Moreau", "Onde SA"), profile(11, "Cédric", "Moreau")]
    listed = [p for p in proposals([who], uneven) if p.person_id == 1]
    assert [p.profile_id for p in listed] == [11]
