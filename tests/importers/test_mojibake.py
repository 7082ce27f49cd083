"""Text decoded twice before it reached us ("HÃ©lÃ¨ne" for Hélène) is mended on import.

A UTF-8 CSV that Excel opened as Windows-1252 and saved again, LinkedIn's messages.csv,
a mail client labelling UTF-8 names as Latin-1: every importer goes through a real file
and a real SQLite database (``linkrevive import``), and the names come out as written.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from linkrevive.importers.mojibake import mended
from tests.helpers import cli


def twice(text: str) -> str:
    """``text`` as it reads once its UTF-8 bytes are taken for Windows-1252."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


NAMES = ["Hélène Lefèvre", "Jérôme Müller", "François Nœud", "Élodie Garçon"]


def _people(capsys: pytest.CaptureFixture[str], db: Path) -> list[str]:
    return sorted(r["name"] for r in cli(capsys, db, "people", "--format", "json").json())


def test_a_lead_sheet_saved_again_as_csv_utf8(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    rows = ["Prénom;Nom;E-mail;Société"]
    rows += [f"{n.split()[0]};{n.split()[1]};p{i}@exemple.fr;Crème & Cie" for i, n in
             enumerate(NAMES)]  # fmt: skip
    sheet = tmp_path / "prospects.csv"
    sheet.write_text(twice("\r\n".join(rows)), encoding="utf-8-sig")
    assert cli(capsys, db_path, "import", "contacts", str(sheet)).code == 0
    assert _people(capsys, db_path) == sorted(NAMES)
    companies = {r["company"] for r in cli(capsys, db_path, "people", "--format", "json").json()}
    assert companies == {"Crème & Cie"}


def test_a_workbook_whose_cells_were_decoded_twice(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Prénom", "Nom", "E-mail"])
    for i, name in enumerate(NAMES):
        first, last = name.split()
        sheet.append([twice(first), twice(last), f"p{i}@exemple.fr"])
    path = tmp_path / "prospects.xlsx"
    workbook.save(path)
    assert cli(capsys, db_path, "import", "contacts", str(path)).code == 0
    assert _people(capsys, db_path) == sorted(NAMES)


def test_linkedin_message_senders_decoded_twice(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
    header += "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
    lines = [header]
    for i, name in enumerate(NAMES):
        url = f"https://www.linkedin.com/in/member-{i}"
        when = f"2025-0{i + 1}-10 09:00:00 UTC"
        lines.append(f"c{i},,{twice(name)},{url},Pat Owner,https://www.linkedin.com/in/pat,"
                     f"{when},,{twice('Bonjour, ça va ?')},INBOX")  # fmt: skip
    export = tmp_path / "Basic_LinkedInDataExport_03-15-2025.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("messages.csv", "\n".join(lines) + "\n")
    assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    rows = cli(capsys, db_path, "connections", "--format", "json").json()
    assert sorted(r["name"] for r in rows) == sorted(NAMES)


def test_a_mail_name_labelled_latin1_that_is_utf8(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    mbox = tmp_path / "mail.mbox"
    mbox.write_bytes(
        b"From x@y Mon Jan  1 00:00:00 2024\n"
        b"From: =?iso-8859-1?Q?H=C3=A9l=C3=A8ne_Lef=C3=A8vre?= <helene@exemple.fr>\n"
        b"To: me@moi.fr\nDate: Mon, 1 Jan 2024 10:00:00 +0100\nSubject: devis\n\nbody\n\n"
        b"From x@y Tue Jan  2 00:00:00 2024\n"
        b"From: " + twice("Jérôme Müller").encode("utf-8") + b" <jerome@exemple.fr>\n"
        b"To: me@moi.fr\nDate: Tue, 2 Jan 2024 10:00:00 +0100\nSubject: devis\n\nbody\n"
    )
    assert cli(capsys, db_path, "import", "contacts", str(mbox)).code == 0
    assert _people(capsys, db_path) == ["Hélène Lefèvre", "Jérôme Müller"]


def test_a_vcard_decoded_twice(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    card = tmp_path / "contacts.vcf"
    card.write_text(
        twice(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nœud;François;;;\r\nFN:François Nœud\r\n"
            "EMAIL:f@exemple.fr\r\nEND:VCARD\r\n"
        ),
        encoding="utf-8",
    )
    assert cli(capsys, db_path, "import", "contacts", str(card)).code == 0
    assert _people(capsys, db_path) == ["François Nœud"]


@pytest.mark.parametrize(
    "text",
    [
        "Ségolène Lévêque, Crème Brûlée Sàrl, « déjà » — 5 €…",
        "SÃO PAULO, CHÂTEAU D'IF, Ägypten, Åsa Öberg",
        "São Paulo, naïve, cœur, l’été",
        "Ça va ? Â la tienne",
    ],
)
def test_text_written_right_is_left_alone(text: str) -> None:
    assert mended(text) == text


def test_each_line_is_mended_on_its_own() -> None:
    text = "Prénom;Nom\n" + twice("Hélène;Lefèvre") + "\nZoë;Çelik\n"
    assert mended(text) == "Prénom;Nom\nHélène;Lefèvre\nZoë;Çelik\n"
