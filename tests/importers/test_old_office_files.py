"""Files of older Office versions: a lead sheet kept as an Excel 97-2003 workbook (.xls) is
read like a newer one; Outlook's own files (.pst, .msg, .olm) get one sentence saying what
to do instead. Each goes through ``linkrevive import contacts`` on a real SQLite file; the
workbooks are written by xlwt, a real .xls writer.
"""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import xlwt

from tests.helpers import cli, dump


def _write_xls(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    workbook = xlwt.Workbook(encoding="utf-8")
    day = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for name, rows in sheets.items():
        sheet = workbook.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if isinstance(value, datetime):
                    sheet.write(r, c, value, day)
                elif value is not None:
                    sheet.write(r, c, value)
    workbook.save(str(path))
    return path


LEADS = [
    ["Suivi des prospects 2021"],
    [],
    ["Prénom", "Nom", "E-mail", "Société", "Étape", "Raison du blocage", "Dernier contact"],
    [
        "Hélène",
        "Lefèvre",
        "helene@exemple.fr",
        "Crème & Cie",
        "Appel reporté",
        "Manque de temps",
        datetime(2021, 3, 12),
    ],
    ["Jean-Marc", "Nœud", "jm@exemple.fr", "Atelier Noël", "Infos envoyées", None, 44562],
    ["Zoé", "Çelik", "zoe@exemple.fr", None, "Étape inconnue", None, "05/11/2020"],
    ["Total", None, None, None, None, None, None],
]


def test_an_xls_lead_sheet_imports_like_an_xlsx_one(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    path = _write_xls(
        tmp_path / "prospects.xls",
        {"Lisez-moi": [["Ce classeur suit les prospects."]], "Prospects": LEADS},
    )
    result = cli(capsys, db_path, "import", "contacts", str(path))
    assert result.code == 0, result.err
    assert "line 6: unknown stage: Étape inconnue" in result.err
    assert "line 7: given name only: Total" in result.err
    rows = {r["name"]: r for r in cli(capsys, db_path, "people", "--format", "json").json()}
    assert sorted(rows) == ["Hélène Lefèvre", "Jean-Marc Nœud", "Zoé Çelik"]
    helene = rows["Hélène Lefèvre"]
    assert (helene["company"], helene["stage"], helene["stall_reason"]) == (
        "Crème & Cie",
        "call_postponed",
        "no_time",
    )
    assert helene["last_exchange"].startswith("2021-03-12")  # a date cell
    assert rows["Jean-Marc Nœud"]["last_exchange"].startswith("2022-01-01")  # a day count
    assert rows["Zoé Çelik"]["last_exchange"].startswith("2020-11-05")  # a date as text


def test_a_damaged_xls_is_one_sentence_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    whole = _write_xls(tmp_path / "whole.xls", {"Prospects": LEADS}).read_bytes()
    damaged = tmp_path / "prospects.xls"
    damaged.write_bytes(whole[: len(whole) // 2])
    assert cli(capsys, db_path, "import", "contacts", str(damaged)).code == 1
    before = dump(db_path)
    result = cli(capsys, db_path, "import", "contacts", str(damaged))
    assert result.code == 1
    assert result.err.startswith(f"linkrevive: {damaged} is not a readable Excel 97-2003 workbook")
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err
    assert dump(db_path) == before


def test_an_xls_without_a_lead_sheet(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    path = _write_xls(tmp_path / "budget.xls", {"Budget": [["Poste", "Montant"], ["Loyer", 900]]})
    result = cli(capsys, db_path, "import", "contacts", str(path))
    assert result.code == 1
    assert "the format was not recognised" in result.err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("archive.pst", b"!BDN" + bytes(600)),
        # A saved message is an OLE2 container, as an .xls is: its name tells them apart.
        ("Re devis.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
    ],
)
def test_outlook_files_say_what_to_do_instead(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = cli(capsys, db_path, "import", "contacts", str(path))
    assert result.code == 1
    suffix = Path(name).suffix
    assert f"is an Outlook file ({suffix}), which LinkRevive cannot read" in result.err
    assert "Import from IMAP" in result.err


def test_an_outlook_for_mac_archive_says_what_to_do_instead(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "Outlook pour Mac.olm"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Accounts/a/com.microsoft.__Messages/Inbox/message_00001.xml", "<e/>")
    result = cli(capsys, db_path, "import", "contacts", str(path))
    assert result.code == 1
    assert "is an Outlook file (.olm), which LinkRevive cannot read" in result.err
