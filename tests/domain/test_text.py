"""Pure text rules: folding, canonical keys, role boxes, legal forms."""

from __future__ import annotations

import pytest

from linkrevive.domain.text import (
    fold,
    is_role_address,
    normalize_email,
    normalize_linkedin_url,
    without_legal_form,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Zoé Müller", "zoe muller"),
        ("Œuvre Straße", "oeuvre strasse"),
        ("ÉLODIE", "elodie"),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert fold(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://www.linkedin.com/in/jean-dupont", "https://www.linkedin.com/in/jean-dupont"),
        ("www.linkedin.com/in/Jean-Dupont/", "https://www.linkedin.com/in/jean-dupont"),
        ("https://fr.linkedin.com/in/jean-dupont?trk=x", "https://www.linkedin.com/in/jean-dupont"),
        ("https://www.linkedin.com/in/Zo%C3%A9-m", "https://www.linkedin.com/in/zo%C3%A9-m"),
        ("https://www.linkedin.com/in/zoé-m", "https://www.linkedin.com/in/zo%C3%A9-m"),
        ("https://example.org/in/jean", None),
        ("https://www.linkedin.com/company/pixel-bleu", None),
        ("", None),
    ],
)
def test_linkedin_url(raw: str, expected: str | None) -> None:
    assert normalize_linkedin_url(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" <Jean.Dupont@Pixel-Bleu.FR> ", "jean.dupont@pixel-bleu.fr"),
        ("mailto:a@b.ch", "a@b.ch"),
        ("pas une adresse", None),
        ("a@b", None),
    ],
)
def test_email(raw: str, expected: str | None) -> None:
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    ("address", "role"),
    [
        ("contact@agence.fr", True),
        ("bonjour@studio.ch", True),
        ("no-reply@saas.io", True),
        ("noreply.notifications@saas.io", True),
        ("jean.dupont@agence.fr", False),
        ("contactless.jean@agence.fr", False),
    ],
)
def test_role_boxes(address: str, role: bool) -> None:
    assert is_role_address(address) is role


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Pixel Bleu SARL", "Pixel Bleu"),
        ("Fabrikam, Inc.", "Fabrikam"),
        ("Lémanic Web Sàrl", "Lémanic Web"),
        ("Bruxelles Média SPRL", "Bruxelles Média"),
        ("Studio Kôdé", "Studio Kôdé"),
        ("SA", "SA"),
    ],
)
def test_without_legal_form(company: str, expected: str) -> None:
    assert without_legal_form(company) == expected


def test_ascii_text_folds_as_the_full_rule_would() -> None:
    """``fold`` takes a shortcut for ASCII text; it must give what NFKD and casefold give."""
    import unicodedata

    from linkrevive.domain import text as text_rules

    def full_rule(value: str) -> str:
        decomposed = unicodedata.normalize("NFKD", value.casefold())
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    every_ascii = "".join(chr(i) for i in range(128))
    for value in (every_ascii, "Jean-Baptiste O'NEIL", "ANNE.martin@Example.COM", ""):
        assert text_rules.fold(value) == full_rule(value)
    assert text_rules.fold("Ségolène Œuvrard") == "segolene oeuvrard"
