"""Files written on a Mac: Excel for Mac's "CSV (Macintosh)" ends its lines with a carriage
return alone and writes Mac Roman, where "é" is the byte Windows-1252 reads as "Ž".

The sheets go through ``linkrevive import`` on a real SQLite file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from linkrevive.importers.textfile import decode_text, single_byte_encoding
from tests.helpers import cli
from tests.importers.test_western_text import FRENCH_SHEET


def _mac(text: str) -> bytes:
    """``text`` as "CSV (Macintosh)" writes it: Mac Roman, a carriage return ending each line."""
    return text.replace("\r\n", "\n").replace("\n", "\r").encode("mac_roman")


def test_a_mac_lead_sheet_imports_with_every_accent(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "prospects.csv"
    sheet.write_bytes(_mac(FRENCH_SHEET))
    result = cli(capsys, db_path, "import", "contacts", str(sheet))
    assert result.code == 0, result.err
    rows = {r["name"]: r for r in cli(capsys, db_path, "people", "--format", "json").json()}
    assert sorted(rows) == ["Anaïs Dœuvre", "Joël Çelik", "Loïc Bénard", "Ségolène Lévêque"]
    assert rows["Joël Çelik"]["company"] == "Garçon d’Été"
    assert rows["Ségolène Lévêque"]["stage"] == "call_postponed"
    assert rows["Loïc Bénard"]["last_exchange"].startswith("2021-11-03")


def test_a_mac_sheet_names_the_line_of_a_bad_row(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "prospects.csv"
    rows = [
        "Prénom;Nom;E-mail;Étape",
        "Rémi;Léger;remi@exemple.fr;Premier contact",
        "Zoé;Dupré;zoe@exemple.fr;Étape inconnue",
    ]
    sheet.write_bytes(_mac("\n".join(rows) + "\n"))
    result = cli(capsys, db_path, "import", "contacts", str(sheet))
    assert "line 3: unknown stage: Étape inconnue" in result.err
    names = [r["name"] for r in cli(capsys, db_path, "people", "--format", "json").json()]
    assert sorted(names) == ["Rémi Léger", "Zoé Dupré"]


def test_a_connections_file_resaved_by_excel_for_mac_imports(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, samples: Path
) -> None:
    sample = samples / "linkedin_Connections_excel_deDE_resaved_cp1252_SYNTHETIC.csv"
    export = tmp_path / "Connections.csv"
    export.write_bytes(_mac(sample.read_bytes().decode("cp1252")))
    result = cli(capsys, db_path, "import", "linkedin", str(export))
    assert result.code == 0, result.err
    rows = cli(capsys, db_path, "connections", "--format", "json").json()
    assert sorted(r["name"] for r in rows) == ["Björn Müller-Lüdenscheidt", "Chris Sample, PhD"]


@pytest.mark.parametrize(
    "text",
    [
        # Every byte of these is also a Windows-1252 character: "StŽphane", "Garc’a", "C™tŽ".
        "Prénom;Nom\nStéphane;Dupré\nRémi;Léger\n",
        "First;Last\nJosé;García\nAndré;Côté\n",
        # "è" is a byte Windows-1252 leaves undefined.
        "Prénom;Nom\nHélène;Lefèvre\n",
        # One line, the accent after a capital or at a word's start: "MŽnard", "ƒditions",
        # "No‘l" in Windows-1252.
        "Arnaud;Ménard;Les Éditions Faucon\n",
        "Camille;Noël;\n",
    ],
)
def test_mac_roman_is_read_as_mac_roman(text: str) -> None:
    assert single_byte_encoding(text.encode("mac_roman")) == "mac_roman"
    assert decode_text(_mac(text), "x") == text


@pytest.mark.parametrize(
    "text",
    [
        "Rendez-vous aujourd’hui chez l’Oréal",  # an apostrophe inside a word
        "Slavoj Žižek, Škoda",  # capitals of another alphabet, at the start of words
        "Société Générale™ … 5 €",
        "MÜLLER ÉLODIE, ÇA VA",
    ],
)
def test_windows_text_stays_windows(text: str) -> None:
    assert single_byte_encoding(text.encode("cp1252")) == "cp1252"
    assert decode_text(text.encode("cp1252"), "x") == text


@pytest.mark.parametrize(
    ("line_end", "read"),
    [("\r", "\n"), ("\n", "\n"), ("\r\n", "\r\n")],  # a Windows line end is left as it is
)
def test_every_line_end_reads_the_same(line_end: str, read: str) -> None:
    text = "Prénom;Nom\nHélène;Noël\n".replace("\n", line_end)
    assert decode_text(text.encode("utf-8"), "x") == "Prénom;Nom\nHélène;Noël\n".replace("\n", read)


def _both_can_write(text: str) -> bool:
    """Whether Mac Roman and Windows-1252 both have every letter of ``text``."""
    try:
        text.encode("mac_roman")
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_names_of_a_world_read_right_in_either_code_page(seed: int) -> None:
    """The files world's people (real name frequencies, French, Belgian, Swiss and Québec
    names, companies): their sheet reads right whether Windows or a Mac wrote it, and each
    line alone reads right in Windows-1252 (Mac Roman alone may be ambiguous: "Marie-Ève" is
    "Marie-éve" to Windows, a plausible name)."""
    from benchmarks.revival_files_world import WorldBuilder

    world = WorldBuilder(seed, 250, "me@exemple.fr")
    world.build()
    every = (f"{p.first};{p.last};{p.company}\n" for p in world.people)
    lines = [line for line in every if _both_can_write(line)]
    sheet = "".join(lines)
    assert len(lines) > 600
    assert decode_text(sheet.encode("mac_roman"), "x") == sheet
    assert decode_text(sheet.encode("cp1252"), "x") == sheet
    assert [line for line in lines if decode_text(line.encode("cp1252"), "x") != line] == []
