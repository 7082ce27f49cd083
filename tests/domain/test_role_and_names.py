"""Shared boxes by their local part, and when two ways of writing a name are one person."""

from __future__ import annotations

import pytest

from linkrevive.domain.text import is_role_address, same_person_name


@pytest.mark.parametrize(
    "address",
    [
        "contact@agence.fr", "info@studio.be", "hello@pixel.ch", "bonjour@atelier.fr",
        "agence@pons.fr", "studio@citron.fr", "admin@x.fr", "devis@x.fr", "compta@x.fr",
        "jobs@x.fr", "rh@x.fr", "commercial@x.fr", "team@x.io", "equipe@x.fr",
        "Équipe@x.fr", "service.client@x.fr", "contact-fr@x.com", "info.be@x.com",
        "info+devis@x.fr", "CONTACT@X.FR", "no-reply@saas.io",
    ],
)  # fmt: skip
def test_role_boxes_and_their_variants(address: str) -> None:
    assert is_role_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "jean.dupont@agence.fr", "contactless.jean@agence.fr", "dev.martin@x.fr",
        "theo@studio-pons.fr", "infante@x.es", "hellene@x.fr", "us@x.com", "it@x.com",
    ],
)  # fmt: skip
def test_personal_addresses_are_not_role_boxes(address: str) -> None:
    assert not is_role_address(address)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Jean-Pierre Dupont", "JP Dupont", True),
        ("Dupont Jean", "Jean Dupont", True),
        ("Jean Dupont (Pixel Bleu)", "Jean Dupont", True),
        ("Marie Martin", "Marie Dupont-Martin", True),
        ("Marie Martin", "Marie Dupont", True),  # married name beside the maiden one
        ("ÉLODIE FAURE", "Elodie Faure", True),
        ("", "Théo Pons", True),  # nothing to tell them apart
        ("Théo Pons", "Léa Martin", False),
        ("Paul Dupont", "Marie Dupont", False),  # a family address
        ("Agence Bernard", "Luc Bernard", False),
    ],
)
def test_same_person_name(first: str, second: str, same: bool) -> None:
    assert same_person_name(first, second) is same
    assert same_person_name(second, first) is same
