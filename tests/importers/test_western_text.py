"""Text that is not UTF-8: Windows-1252 unless the bytes prove another code page.

A French Excel sheet saved as CSV is cp1252; a detector alone reads it as cp1250
("Ségolčne"). The sheets go through ``linkrevive import contacts`` on a real SQLite file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linkrevive.importers.textfile import decode_text, foreign_marks, single_byte_encoding
from linkrevive.services import queries
from linkrevive.services.workspace import Workspace
from tests.helpers import cli

#: A French lead sheet as Excel writes it: ``;``, CRLF, every accent of the language,
#: typographic quotes, apostrophes, ellipsis and the euro sign.
FRENCH_SHEET = (
    "Prénom;Nom;E-mail;Société;Pays;Étape;Raison du blocage;Dernier contact;Notes\r\n"
    "Ségolène;Lévêque;segolene@comete.fr;Comète & Co;France;Appel reporté;Manque de temps;"
    "14/02/2022;Relancer après l’été : « projet e-commerce » à 45 000 €…\r\n"
    "Loïc;Bénard;loic@atelier-noel.fr;Atelier Noël;Belgique;Infos envoyées;Pas de méthode;"
    "03/11/2021;Coût : ça dépend du cœur de métier, hôtel à Liège\r\n"
    "Anaïs;Dœuvre;anais@creme-brulee.ch;Crème Brûlée Sàrl;Suisse;Premier contact;;"
    "01/06/2023;Île-de-France ou Genève ? Réponse « d’ici l’automne »\r\n"
    "Joël;Çelik;joel@garcon-ete.fr;Garçon d’Été;France;Test;Distance;"
    "20/09/2020;Visite à Bucarest prévue — week-end\r\n"
)

#: A Romanian lead sheet in UTF-8 (comma-below letters, not the cedilla ones).
ROMANIAN_SHEET = (
    "Prénom;Nom;E-mail;Société;Pays;Notes\n"
    "Ștefan;Țăranu;stefan@fabrica-digitala.ro;Fabrica Digitală;Roumanie;"
    "Întâlnire la București, după sărbători\n"
    "Mădălina;Iațcu;madalina@bucuresti-web.ro;Agenția Șapte;Roumanie;Așteaptă oferta\n"
)


def _people(db: Path) -> dict[str, object]:
    workspace = Workspace.open(str(db))
    try:
        return {p.name: p for p in queries.people(workspace)}
    finally:
        workspace.close()


def test_french_cp1252_sheet_imports_with_every_accent(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "prospects.csv"
    sheet.write_bytes(FRENCH_SHEET.encode("cp1252"))
    # The detector on its own would pick cp1250 here (the bug this guards against).
    assert single_byte_encoding(sheet.read_bytes()) == "cp1252"
    result = cli(capsys, db_path, "import", "contacts", str(sheet))
    assert result.code == 0, result.err
    rows = {r["name"]: r for r in cli(capsys, db_path, "people", "--format", "json").json()}
    assert sorted(rows) == ["Anaïs Dœuvre", "Joël Çelik", "Loïc Bénard", "Ségolène Lévêque"]
    assert rows["Ségolène Lévêque"]["company"] == "Comète & Co"
    assert rows["Anaïs Dœuvre"]["company"] == "Crème Brûlée Sàrl"
    assert rows["Joël Çelik"]["company"] == "Garçon d’Été"
    people = _people(db_path)
    notes = {name: p.notes for name, p in people.items()}  # type: ignore[attr-defined]
    assert notes["Ségolène Lévêque"] == "Relancer après l’été : « projet e-commerce » à 45 000 €…"
    assert notes["Loïc Bénard"] == "Coût : ça dépend du cœur de métier, hôtel à Liège"
    assert notes["Anaïs Dœuvre"] == "Île-de-France ou Genève ? Réponse « d’ici l’automne »"
    assert notes["Joël Çelik"] == "Visite à Bucarest prévue — week-end"
    everything = repr(rows) + repr(notes)
    for wrong in ("č", "ď", "ę", "\ufffd", "Ã"):
        assert wrong not in everything


def test_romanian_utf8_sheet_keeps_comma_below_letters(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "romania.csv"
    sheet.write_bytes(ROMANIAN_SHEET.encode("utf-8"))
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    rows = {r["name"]: r for r in cli(capsys, db_path, "people", "--format", "json").json()}
    assert sorted(rows) == ["Mădălina Iațcu", "Ștefan Țăranu"]
    assert rows["Ștefan Țăranu"]["company"] == "Fabrica Digitală"
    assert rows["Mădălina Iațcu"]["company"] == "Agenția Șapte"
    notes = {n: p.notes for n, p in _people(db_path).items()}  # type: ignore[attr-defined]
    assert notes["Ștefan Țăranu"] == "Întâlnire la București, după sărbători"


def test_notes_are_not_duplicated_between_a_vcard_and_the_sheet(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    card = tmp_path / "contacts.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lévêque;Ségolène;;;\r\nFN:Ségolène Lévêque\r\n"
        "ORG:Comète & Co\r\nEMAIL;TYPE=WORK:segolene@comete.fr\r\n"
        "NOTE:Relancer après l’été : « projet e-commerce » à 45 000 €…\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    sheet = tmp_path / "prospects.csv"
    sheet.write_bytes(FRENCH_SHEET.encode("cp1252"))
    for path in (card, sheet, card):
        assert cli(capsys, db_path, "import", "contacts", str(path)).code == 0
    people = _people(db_path)
    segolene = people["Ségolène Lévêque"]
    assert segolene.notes == "Relancer après l’été : « projet e-commerce » à 45 000 €…"  # type: ignore[attr-defined]
    assert len([p for p in people if "Lévêque" in p]) == 1


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Paweł Wąsik, Łódź, Szczęsny Pełny, Źródło", "cp1250"),
        ("Ştefan Ţăranu şi Ţuţu", "cp1250"),
        ("Привет мир, Иван Петров, компания Ромашка", "cp1251"),
    ],
)
def test_other_code_pages_are_kept_when_the_bytes_say_so(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert foreign_marks(data.decode("cp1252", errors="replace"))
    assert decode_text(data, "x") == text


@pytest.mark.parametrize(
    "text",
    [
        "Surface : 120 m², N° client 12, 1er étage",
        "Ségolène, Loïc, Anaïs, Noël, Œuvre, garçon, « déjà » — 5 €",
        "Señor Muñoz, Straße, Åsa Öberg, João",
    ],
)
def test_western_text_has_no_foreign_marks(text: str) -> None:
    assert not foreign_marks(text)
    assert decode_text(text.encode("cp1252"), "x") == text


def test_mixed_utf8_and_cp1252_lines_each_read_right() -> None:
    data = "Prénom;Nom\n".encode() + "Hélène;Noël\n".encode("cp1252") + "Zoé;Ătu\n".encode()
    assert decode_text(data, "x") == "Prénom;Nom\nHélène;Noël\nZoé;Ătu\n"
