"""Name, company and email forms used by the matcher."""

from __future__ import annotations

import pytest

from linkrevive.matching.normalize import (
    company_key,
    display_name_parts,
    domain_key,
    is_free_mail,
    local_segments,
    name_parts,
)


@pytest.mark.parametrize(
    ("first", "last", "words"),
    [
        ("Jean-Pierre", "Dupont", {"jean", "pierre", "dupont"}),
        ("Sophie", "Martin 🚀 | Growth", {"sophie", "martin"}),
        ("Luc", "Bernard, PhD", {"luc", "bernard"}),
        ("Dr. Anne", "Roux (she/her)", {"anne", "roux"}),
        ("Marie", "DE LA FONTAINE", {"marie", "fontaine"}),
        ("Wim", "Van den Berghe, MBA", {"wim", "berghe"}),
        ("Zoé", "Müller", {"zo", "muller"}),
    ],
)
def test_name_parts_drop_decorations_and_particles(first: str, last: str, words: set[str]) -> None:
    assert set(name_parts(first, last).words) == words


def test_particles_survive_in_the_joined_last_name() -> None:
    parts = name_parts("Wim", "Van den Berghe")
    assert parts.last_key == "berghe"
    assert parts.last_joined == "vandenberghe"


def test_umlaut_and_transliteration_meet() -> None:
    assert name_parts("Zoé", "Müller").last_key == name_parts("Zoe", "Mueller").last_key


@pytest.mark.parametrize(
    ("display", "first", "last"),
    [
        ("Jean-Pierre Dupont", ("jean", "pierre"), ("dupont",)),
        ("DUPONT Jean-Pierre", ("jean", "pierre"), ("dupont",)),
        ("Dupont, Jean-Pierre", ("jean", "pierre"), ("dupont",)),
        ("DE LA FONTAINE Marie", ("marie",), ("fontaine",)),
        ("Marie de la Fontaine", ("marie",), ("fontaine",)),
        ("Luc Bernard, PhD", ("luc",), ("bernard",)),
    ],
)
def test_display_names_are_split(
    display: str, first: tuple[str, ...], last: tuple[str, ...]
) -> None:
    parts = display_name_parts(display)
    assert parts.first == first
    assert parts.last_core == last


def test_an_address_as_display_name_gives_no_name() -> None:
    assert display_name_parts("jp.dupont@pixelbleu.fr").is_empty


@pytest.mark.parametrize(
    ("company", "domain"),
    [
        ("Pixel Bleu SARL", "pixelbleu.fr"),
        ("Agence Pixel Bleu SAS", "agence-pixel-bleu.fr"),
        ("Atelier Léman Sàrl", "atelier-leman.ch"),
        ("Studio Nord GmbH", "studionord.ch"),
        ("Groupe Horizon SA", "horizon.be"),
        ("Fabrikam, Inc.", "fabrikam.co.uk"),
    ],
)
def test_company_and_domain_keys_meet(company: str, domain: str) -> None:
    assert company_key(company) == domain_key(domain)


@pytest.mark.parametrize(
    ("domain", "free"),
    [
        ("gmail.com", True),
        ("hotmail.fr", True),
        ("orange.fr", True),
        ("bluewin.ch", True),
        ("skynet.be", True),
        ("videotron.ca", True),
        ("yahoo.co.uk", True),
        ("pixelbleu.fr", False),
        ("orange-digital.fr", False),
    ],
)
def test_free_mail(domain: str, free: bool) -> None:
    assert is_free_mail(domain) is free


def test_local_segments_drop_numbers_and_tags() -> None:
    assert local_segments("jean-pierre.dupont75+news") == ("jean", "pierre", "dupont")
