"""The matcher's evidence as codes with parameters, read in English or French."""

from __future__ import annotations

import string
from typing import Any

import pytest

from linkrevive.domain.phrases import EVIDENCE, evidence_text
from linkrevive.matching import PersonSide, ProfileSide, match

NAME = "Jean-Pierre Dupont"

# (item, English as it always read, French)
SENTENCES: list[tuple[dict[str, Any], str, str]] = [
    ({"code": "same_email"}, "same email", "même adresse e-mail"),
    ({"code": "same_name"}, "same name", "même nom"),
    (
        {"code": "same_name", "swapped": True},
        "same name (first and last name swapped)",
        "même nom (prénom et nom inversés)",
    ),
    (
        {"code": "same_name_without_accents", "swapped": True, "decorated": "Jean Dupont MBA"},
        "name matches after removing accents (first and last name swapped), ignoring the "
        "decorations in “Jean Dupont MBA”",
        "le nom correspond une fois les accents retirés (prénom et nom inversés), sans tenir "
        "compte des mentions ajoutées à « Jean Dupont MBA »",
    ),
    (
        {"code": "name_compound", "name": NAME},
        f"name fits {NAME} (compound or middle name, or initials)",
        f"le nom correspond à {NAME} (nom composé, deuxième prénom ou initiales)",
    ),
    (
        {"code": "name_close", "name": NAME},
        f"name is close to {NAME} (one spelling differs)",
        f"le nom est proche de {NAME} (une différence d'orthographe)",
    ),
    (
        {"code": "same_last_name_initial", "name": NAME},
        f"same last name as {NAME}, same first initial",
        f"même nom de famille que {NAME}, même initiale du prénom",
    ),
    (
        {"code": "same_last_name", "name": NAME},
        f"same last name as {NAME}; no first name on the email side",
        f"même nom de famille que {NAME} ; pas de prénom côté e-mail",
    ),
    (
        {"code": "same_first_name", "name": NAME},
        f"same first name as {NAME}; no last name on the email side",
        f"même prénom que {NAME} ; pas de nom de famille côté e-mail",
    ),
    (
        {"code": "email_fits_name", "local": "jpdupont", "name": NAME},
        f"email jpdupont@… fits the name {NAME}",
        f"l'adresse jpdupont@… correspond au nom {NAME}",
    ),
    (
        {"code": "domain_company", "domain": "atelier-leman.ch", "company": "Atelier Léman Sàrl"},
        "email domain atelier-leman.ch ~ company Atelier Léman Sàrl",
        "le domaine atelier-leman.ch ~ l'entreprise Atelier Léman Sàrl",
    ),
    (
        {"code": "company_company", "company": "Pixel Bleu", "linkedin_company": "Pixel Bleu SA"},
        "company Pixel Bleu ~ Pixel Bleu SA on LinkedIn",
        "l'entreprise Pixel Bleu ~ Pixel Bleu SA sur LinkedIn",
    ),
    (
        {"code": "display_name_company", "company": "Pixel Bleu SA"},
        "company in the display name ~ Pixel Bleu SA on LinkedIn",
        "l'entreprise indiquée dans le nom affiché ~ Pixel Bleu SA sur LinkedIn",
    ),
    (
        {"code": "domain_former_company", "domain": "vague.fr", "company": "Vague SAS"},
        "email domain vague.fr ~ former company Vague SAS (position history)",
        "le domaine vague.fr ~ l'ancienne entreprise Vague SAS (historique des postes)",
    ),
    (
        {"code": "company_former_company", "company": "Vague", "former_company": "Vague SAS"},
        "company Vague ~ former company Vague SAS",
        "l'entreprise Vague ~ l'ancienne entreprise Vague SAS",
    ),
    (
        {"code": "different_company", "company": "Nord Digital SA"},
        "works at Nord Digital SA on LinkedIn: a different company (may have changed jobs)",
        "travaille chez Nord Digital SA selon LinkedIn : une autre entreprise "
        "(a peut-être changé d'emploi)",
    ),
    (
        {"code": "free_mail", "domain": "gmail.com"},
        "free-mail address (gmail.com): no company evidence",
        "adresse de messagerie gratuite (gmail.com) : pas d'indice sur l'entreprise",
    ),
    (
        {"code": "namesake_risk", "company": "Studio Citron"},
        "same name, but never at Studio Citron on LinkedIn — may be a namesake",
        "même nom, mais jamais chez Studio Citron selon LinkedIn — peut-être un homonyme",
    ),
    (
        {"code": "common_name"},
        "a common name, and nothing else ties them: check before pairing",
        "un nom courant, et rien d'autre ne les relie : à vérifier",
    ),
    (
        {"code": "namesakes_among_contacts"},
        "other contacts bear the same name",
        "d'autres contacts portent le même nom",
    ),
    (
        {"code": "distinctive_name"},
        "a rare name, borne by no other contact",
        "un nom rare, porté par aucun autre contact",
    ),
    (
        {"code": "rare_name_sole_fit"},
        "a rare name: no other LinkedIn profile fits this contact, and no other contact fits "
        "this profile",
        "un nom rare : aucun autre profil LinkedIn ne correspond à ce contact, et aucun autre "
        "contact à ce profil",
    ),
    (
        {"code": "full_name_sole_fit"},
        "the address spells the full name, which no other LinkedIn profile and no other contact "
        "bears",
        "l'adresse écrit le nom complet, que ne porte aucun autre profil LinkedIn ni aucun autre "
        "contact",
    ),
    (
        {"code": "initial_sole_fit"},
        "the address spells the initial and a last name no other LinkedIn profile bears, and no "
        "other contact fits this profile",
        "l'adresse écrit l'initiale et un nom de famille qu'aucun autre profil LinkedIn ne porte, "
        "et aucun autre contact ne correspond à ce profil",
    ),
    (
        {"code": "other_last_name", "company": "Pixel Bleu"},
        "same given name at Pixel Bleu, another last name: a married name, or a colleague?",
        "même prénom chez Pixel Bleu, autre nom de famille : nom d'épouse, ou un collègue ?",
    ),
    (
        {"code": "short_given_name", "name": "Fred"},
        "given name written as a short form (Fred on LinkedIn)",
        "prénom sous une forme courte (Fred sur LinkedIn)",
    ),
    (
        {"code": "profile_paired_elsewhere", "email": "anne@pixelbleu.fr"},
        "this profile is already paired through anne@pixelbleu.fr: another address of the same "
        "person?",
        "ce profil est déjà associé à anne@pixelbleu.fr : une autre adresse de la même personne ?",
    ),
    (
        {"code": "same_person_other_address", "email": "anne@pixelbleu.fr"},
        "another address of the person paired through anne@pixelbleu.fr (both at the profile's "
        "companies)",
        "une autre adresse de la personne associée à anne@pixelbleu.fr (toutes deux chez les "
        "entreprises du profil)",
    ),
    (
        {"code": "same_rare_name_other_address", "email": "anne@pixelbleu.fr"},
        "another address of the person paired through anne@pixelbleu.fr: the same rare name, "
        "borne by no other contact",
        "une autre adresse de la personne associée à anne@pixelbleu.fr : le même nom rare, porté "
        "par aucun autre contact",
    ),
    (
        {"code": "sole_last_name_at_company", "name": "Vauquelinard"},
        "nobody else named Vauquelinard at that company, on LinkedIn or among the contacts",
        "personne d'autre ne s'appelle Vauquelinard dans cette entreprise, ni sur LinkedIn ni "
        "parmi les contacts",
    ),
    (
        {"code": "other_profiles_fit"},
        "other LinkedIn profiles fit this contact too",
        "d'autres profils LinkedIn correspondent aussi à ce contact",
    ),
    (
        {"code": "box_company", "email": "contact@vague.fr", "company": "Vague SAS"},
        "the card also holds contact@vague.fr, a shared address of Vague SAS",
        "la fiche contient aussi contact@vague.fr, une adresse partagée de Vague SAS",
    ),
    (
        {"code": "box_former_company", "email": "hello@vague.fr", "company": "Vague SAS"},
        "the card also holds hello@vague.fr, a shared address of former company Vague SAS "
        "(position history)",
        "la fiche contient aussi hello@vague.fr, une adresse partagée de l'ancienne entreprise "
        "Vague SAS (historique des postes)",
    ),
    ({"code": "user_decided"}, "decided by the user", "décidé par l'utilisateur"),
    ({"code": "text", "text": "same name"}, "same name", "same name"),
]


@pytest.mark.parametrize(("item", "english", "french"), SENTENCES)
def test_evidence_reads_in_both_languages(item: dict[str, Any], english: str, french: str) -> None:
    assert evidence_text(item) == english
    assert evidence_text(item, "en") == english
    assert evidence_text(item, "fr") == french


def test_every_code_has_both_languages_with_the_same_parameters() -> None:
    assert set(EVIDENCE["en"]) == set(EVIDENCE["fr"])
    assert {item["code"] for item, _, _ in SENTENCES} == set(EVIDENCE["en"])

    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for code, template in EVIDENCE["en"].items():
        assert fields(template) == fields(EVIDENCE["fr"][code]), code


def test_an_unknown_code_reads_as_its_text_or_its_code() -> None:
    assert evidence_text({"code": "from_the_future", "text": "a new kind"}, "fr") == "a new kind"
    assert evidence_text({"code": "from_the_future"}) == "from_the_future"
    assert evidence_text({"code": "same_email"}, "de") == "same email"


def test_the_matcher_gives_codes_that_read_in_french() -> None:
    who = PersonSide(1, "", "", "Jean-Pierre Dupont", ("jpdupont@gmail.com",))
    target = ProfileSide(10, "Jean-Pierre", "Dupont", None, "Pixel Bleu SARL", "https://x/in/p10")
    found = match([who], [target])
    assert len(found) == 1
    items = found[0].evidence
    assert all(item["code"] in EVIDENCE["en"] for item in items)
    french = [evidence_text(item, "fr") for item in items]
    assert "même nom" in french
    assert "adresse de messagerie gratuite (gmail.com) : pas d'indice sur l'entreprise" in french
