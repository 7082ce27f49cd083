"""The user's own lead sheet: French Excel CSV (cp1252, ';'), English CSV, and XLSX."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from linkrevive.domain.enums import Stage, StallReason
from linkrevive.domain.errors import InputError
from linkrevive.domain.records import ContactRecord, ContactsBatch, ImportIssue
from linkrevive.importers.lead_sheet import (
    is_lead_sheet_header,
    parse_lead_sheet_csv,
    parse_lead_sheet_xlsx,
)
from linkrevive.importers.textfile import decode_text
from tests.helpers import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "email_side"
FRENCH_CSV = FIXTURES / "leads_fr_excel_cp1252.csv"
LABEL = "leads.csv"


def _french_batch() -> ContactsBatch:
    data = FRENCH_CSV.read_bytes()
    assert "É".encode("cp1252") in data  # the fixture really is Windows-1252
    return parse_lead_sheet_csv(decode_text(data, LABEL), LABEL)


def test_french_excel_csv_rows() -> None:
    batch = _french_batch()
    assert batch.format == "lead_sheet"
    summary = [
        (c.first_name, c.last_name, c.emails, c.stage, c.stall_reason, c.last_contact, c.line)
        for c in batch.contacts
    ]
    assert summary == [
        (
            "Léa",
            "Dubreuil",
            ("lea.dubreuil@agence-exemple.fr",),
            Stage.CALL_POSTPONED,
            StallReason.NO_TIME,
            date(2022, 3, 15),
            3,
        ),
        (
            "Benoît",
            "Mercier",
            ("b.mercier@studio-fictif.be", "benoit.mercier@perso-fictif.be"),
            Stage.INFO_SENT,
            StallReason.NO_NEED,
            date(2021, 11, 2),
            4,
        ),
        ("Zoé", "Lefèvre", ("zoe.lefevre@webatelier-fictif.ch",), None, None, None, 5),
        ("Gérard", "Pâquet", (), Stage.VISIT, StallReason.DISTANCE, date(2023, 2, 1), 8),
        (
            "Hélène",
            "Roux",
            ("helene.roux@exemple-agence.fr",),
            Stage.CALL_POSTPONED,
            StallReason.UNCERTAINTY,
            date(2020, 5, 2),
            9,
        ),
    ]


def test_french_excel_csv_other_columns() -> None:
    lea = _french_batch().contacts[0]
    assert lea == ContactRecord(
        emails=("lea.dubreuil@agence-exemple.fr",),
        first_name="Léa",
        last_name="Dubreuil",
        company="Agence Exemple",
        position="Directrice technique",
        country="France",
        stage=Stage.CALL_POSTPONED,
        stall_reason=StallReason.NO_TIME,
        last_contact=date(2022, 3, 15),
        notes="Rappeler après l'été",
        line=3,
    )


def test_french_excel_csv_warnings_and_skips() -> None:
    batch = _french_batch()
    assert batch.warnings == (
        ImportIssue(LABEL, 5, "unknown_stage", "Étape inconnue"),
        ImportIssue(LABEL, 5, "unknown_stall_reason", "Autre chose"),
        ImportIssue(LABEL, 5, "bad_date", "32/13/2020"),
    )
    # Line 6 is empty (silently ignored); line 7 has a company but no name nor email.
    assert batch.skipped == (ImportIssue(LABEL, 7, "no_name_or_email", ""),)
    assert batch.rejected == ()


def test_english_csv_with_full_name_column_and_tags() -> None:
    text = (
        "Name,Email,Company,Country,Stage,Stall reason,Last contact,Notes,Title,Tags\n"
        "Chloé Cazenave,chloe@nordweb.example,Nordweb,Luxembourg,call_agreed,No time,"
        '2024-01-31,"Met at ""Web Days""",CEO,"agency, nearshore"\n'
        "Hugo,hugo@kodama.example,Kodama,,Lost,,,,,\n"
        "Nobody,not-an-email,,,,,,,,\n"
    )
    batch = parse_lead_sheet_csv(text, "en.csv")
    chloe, hugo, nobody = batch.contacts
    assert (chloe.display_name, chloe.first_name, chloe.last_name) == (
        "Chloé Cazenave",
        "Chloé",
        "Cazenave",
    )
    assert chloe.stage is Stage.CALL_AGREED
    assert chloe.stall_reason is StallReason.NO_TIME
    assert chloe.last_contact == date(2024, 1, 31)
    assert (chloe.notes, chloe.position, chloe.tags) == (
        'Met at "Web Days"',
        "CEO",
        ("agency", "nearshore"),
    )
    assert (hugo.name, hugo.stage) == ("Hugo", Stage.LOST)
    assert nobody.emails == ()
    assert batch.warnings == (ImportIssue("en.csv", 4, "bad_email", "not-an-email"),)


def test_nom_alone_is_the_full_name() -> None:
    text = "Nom;Courriel;Entreprise\nOrsini Pierrick;p.orsini@lumen.example;Lumen\n"
    (contact,) = parse_lead_sheet_csv(text, "x").contacts
    assert contact.display_name == "Orsini Pierrick"
    assert contact.emails == ("p.orsini@lumen.example",)
    assert contact.company == "Lumen"


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["Prénom", "Nom", "E-mail", "Société"], True),
        (["PRENOM", "NOM", "ETAPE"], True),
        (["first name", "last name", "Adresse e-mail"], True),
        (["Name", "Stage"], True),
        (["Nom", "Courriel"], True),
        (["Prénom", "Nom", "Société"], False),
        (
            ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"],
            False,
        ),
        (["Notes:"], False),
        (["E-mail"], False),
        ([], False),
    ],
)
def test_is_lead_sheet_header(cells: list[str], expected: bool) -> None:
    assert is_lead_sheet_header(cells) is expected


def test_csv_without_lead_header_is_unknown_format() -> None:
    with pytest.raises(InputError) as caught:
        parse_lead_sheet_csv("a;b\n1;2\n", "x.csv")
    assert (caught.value.code, caught.value.file) == ("unknown_format", "x.csv")


def _write_xlsx(path: Path) -> None:
    workbook = openpyxl.Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Lisez-moi"
    notes.append(["Ce classeur suit les prospects."])
    sheet = workbook.create_sheet("Prospects")
    sheet.append(["Suivi 2024"])
    sheet.append([])
    sheet.append(
        [
            "Prénom",
            "Nom",
            "E-mail",
            "Société",
            "Étape",
            "Raison du blocage",
            "Dernier contact",
            "Notes",
            "Pays",
        ]
    )
    sheet.append(
        [
            "Léa",
            "Dubreuil",
            "lea.dubreuil@agence-exemple.fr",
            "Agence Exemple",
            "Appel reporté",
            "Manque de temps",
            datetime(2022, 3, 15),
            "À relancer",
            "France",
        ]
    )
    sheet.append(
        [
            "Benoît",
            "Mercier",
            "b.mercier@studio-fictif.be ; bm@perso-fictif.be",
            "Studio Fictif",
            "Infos envoyées",
            "pas le temps",
            date(2021, 11, 2),
            None,
            None,
        ]
    )
    sheet.append([None, None, None, None, None, None, None, None, None])
    sheet.append(["Zoé", "Lefèvre", None, 1234, "???", None, "02/05/2020", None, "Suisse"])
    sheet.append([None, None, None, "Sans nom", None, None, "hier", None, None])
    workbook.save(path)


def test_xlsx_first_matching_sheet_and_real_dates(tmp_path: Path) -> None:
    path = tmp_path / "prospects.xlsx"
    _write_xlsx(path)
    batch = parse_lead_sheet_xlsx(path, "prospects.xlsx")
    lea, benoit, zoe = batch.contacts
    assert (lea.name, lea.stage, lea.stall_reason, lea.last_contact, lea.line) == (
        "Léa Dubreuil",
        Stage.CALL_POSTPONED,
        StallReason.NO_TIME,
        date(2022, 3, 15),
        4,
    )
    assert lea.notes == "À relancer"
    assert benoit.emails == ("b.mercier@studio-fictif.be", "bm@perso-fictif.be")
    assert benoit.last_contact == date(2021, 11, 2)
    assert (zoe.emails, zoe.company, zoe.last_contact, zoe.country, zoe.line) == (
        (),
        "1234",
        date(2020, 5, 2),
        "Suisse",
        7,
    )
    assert batch.warnings == (ImportIssue("prospects.xlsx", 7, "unknown_stage", "???"),)
    assert batch.skipped == (ImportIssue("prospects.xlsx", 8, "no_name_or_email", ""),)


def test_xlsx_without_lead_sheet_header(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Produit", "Prix"])
    workbook.save(path)
    with pytest.raises(InputError) as caught:
        parse_lead_sheet_xlsx(path, "other.xlsx")
    assert caught.value.code == "unknown_format"


def test_broken_xlsx_is_bad_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError) as caught:
        parse_lead_sheet_xlsx(path, "broken.xlsx")
    assert (caught.value.code, caught.value.file) == ("bad_xlsx", "broken.xlsx")


def test_a_sheets_total_line_and_notes_are_no_prospects(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """A given name alone, with no address, last name or company, finds nobody: a total line
    or a note under the table, skipped with its line; the others are prospects."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "E-mail", "Société", "Étape", "Montant"])
    sheet.append(["Hélène", "Lefèvre", None, None, "Appel reporté", 500])
    sheet.append(["Zoé", None, "zoe@exemple.fr", None, "Perdu", 300])
    sheet.append(["Karim", None, None, "Maître & Fils", "Premier contact", None])
    sheet.append([None] * 6)
    sheet.append(["Total", None, None, None, None, "=SUM(F2:F4)"])
    sheet.append(["Relancer en mars", None, None, None, None, None])
    path = tmp_path / "prospects.xlsx"
    workbook.save(path)
    result = cli(capsys, db_path, "import", "contacts", str(path))
    assert result.code == 0, result.err
    assert "line 6: given name only: Total" in result.err
    assert "line 7: given name only: Relancer en mars" in result.err
    assert "the other rows were imported" in result.err
    names = [r["name"] for r in cli(capsys, db_path, "people", "--format", "json").json()]
    assert sorted(names) == ["Hélène Lefèvre", "Karim", "Zoé"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (44562, date(2022, 1, 1)),  # a date cell that lost its date format
        (45000.75, date(2023, 3, 15)),  # with a time of day
        ("44562", date(2022, 1, 1)),  # a CSV written from such a cell
        ("2021", None),  # a year, or any small number, is no day count
        (99999, None),
    ],
)
def test_excel_day_counts_in_the_last_contact_column(
    tmp_path: Path, cell: object, expected: date | None
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "E-mail", "Dernier contact"])
    sheet.append(["Léa", "Dubreuil", "lea@exemple.fr", cell])
    path = tmp_path / "prospects.xlsx"
    workbook.save(path)
    batch = parse_lead_sheet_xlsx(path, "prospects.xlsx")
    assert batch.contacts[0].last_contact == expected
    warnings = [] if expected else [ImportIssue("prospects.xlsx", 2, "bad_date", str(cell))]
    assert list(batch.warnings) == warnings
