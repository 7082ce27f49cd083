"""The bad-input corpus: hostile and broken files for every importer, made at test time.

Each case writes its input under a folder and says which command reads it. Nothing large
is committed: the huge cases are generated just over the caps of
``linkrevive.importers.limits`` so that they stay quick to write and to refuse.

``python -m tests.bad_input.corpus FOLDER`` writes every case there (to look at them).
"""

from __future__ import annotations

import codecs
import io
import os
import random
import sqlite3
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from linkrevive.importers.limits import (
    MAX_CONTACT_RECORDS,
    MAX_FIELD_CHARS,
    MAX_LINE_CHARS,
    MAX_RECORDS,
    MAX_TEXT_BYTES,
    MAX_ZIP_ENTRIES,
    MAX_ZIP_TOTAL_BYTES,
)

PREAMBLE = 'Notes:\n"When exporting your connection data, ..."\n\n'
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
CONNECTION_ROW = "Ana,Pop,https://www.linkedin.com/in/ana-pop,,Agence,CEO,05 Jan 2024\n"
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
)
GOOGLE_HEADER = (
    "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name\n"
)
GOOGLE_ROW = "Ana Pop,Ana,Pop,* Work,ana@agence.fr,Agence\n"
LEAD_HEADER = "Prénom;Nom;E-mail;Société;Pays;Étape;Raison du blocage;Dernier contact;Notes\n"
LEAD_ROW = "Ana;Pop;ana@agence.fr;Agence;France;Appel reporté;Manque de temps;12/03/2022;\n"
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Pop\r\nEMAIL:ana@agence.fr\r\nEND:VCARD\r\n"
MBOX_MESSAGE = (
    "From ana@agence.fr Tue Mar 11 01:31:25 2025\n"
    "From: Ana Pop <ana@agence.fr>\nTo: me@nearshore.ro\nSubject: Projet\n"
    "Date: Tue, 11 Mar 2025 01:31:25 +0000\nMessage-ID: <1@agence.fr>\n\nBonjour\n\n"
)
EML = (
    "From: Ana Pop <ana@agence.fr>\r\nTo: me@nearshore.ro\r\nSubject: Projet\r\n"
    "Date: Tue, 11 Mar 2025 01:31:25 +0000\r\nMessage-ID: <1@agence.fr>\r\n\r\nBonjour\r\n"
)
MULTIPART_EML = EML.replace(
    "Message-ID: <1@agence.fr>\r\n",
    "Message-ID: <2@agence.fr>\r\nContent-Type: multipart/mixed; boundary=b\r\n",
).replace("Bonjour", "--b\r\nContent-Type: text/plain\r\n\r\nBonjour\r\n--b--")
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


@dataclass(frozen=True)
class Case:
    """One bad input: ``make(folder)`` writes it and returns the path given to the command.

    ``command`` is ``linkedin`` or ``contacts``. The one sentence must name the input (or
    the database, for a database case). ``database`` makes a bad database file from a good
    one instead of a bad input (the input is then a good file). ``unreadable``: the command
    runs without the capabilities that let root read a file whatever its mode.
    """

    id: str
    command: str
    make: Callable[[Path], Path]
    database: Callable[[Path], None] | None = None
    unreadable: bool = False


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _zip(path: Path, entries: dict[str, bytes | str], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 5, 1, 0, 0, 0)), data, method)
    return path


def _random(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


#: The first bytes of Microsoft's Compound Document container (.xls, .msg).
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _xls_bytes() -> bytes:
    """A real Excel 97-2003 lead sheet, written by xlwt."""
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Prospects")
    for r, row in enumerate([LEAD_HEADER.strip().split(";"), LEAD_ROW.strip().split(";")] * 30):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _good_connections() -> str:
    return PREAMBLE + CONNECTIONS_HEADER + CONNECTION_ROW


def _xlsx(path: Path, sheet_xml: str | bytes, extra: dict[str, bytes | str] | None = None) -> Path:
    """A minimal workbook whose first sheet is ``sheet_xml``."""
    entries: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
            '.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats'
            '-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd'
            '.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas'
            '.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{SHEET_NS}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Leads" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas'
            '.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet_xml,
        **(extra or {}),
    }
    return _zip(path, entries)


def _sheet(rows: list[list[str]]) -> str:
    cells = "".join(
        "<row>"
        + "".join(f'<c t="inlineStr"><is><t>{value}</t></is></c>' for value in row)
        + "</row>"
        for row in rows
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET_NS}">'
        f"<sheetData>{cells}</sheetData></worksheet>"
    )


LEAD_CELLS = ["Prénom", "Nom", "E-mail", "Société", "Étape"]


def _fifo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def _huge_line_text(header: str, size: int) -> str:
    return header + "x" * size + "\n"


def _huge_field_text(header: str, before: str, size: int) -> str:
    # A quoted cell spanning many short lines: no line is long, the cell is.
    body = ("y" * 99 + "\n") * (size // 100 + 1)
    return header + before + '"' + body + '"\n'


def _bomb_zip(path: Path, name: str, size: int) -> Path:
    block = b"0" * (1 << 20)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open(name, "w", force_zip64=True) as entry,
    ):
        for _ in range(size // len(block) + 1):
            entry.write(block)
    return path


def _many_zeros_entries(path: Path, prefix: str = "") -> Path:
    """Entries of 1 MB of zeros each (too small for the ratio test), too many MB in all."""
    block = b"\0" * (1 << 20)
    count = MAX_ZIP_TOTAL_BYTES // len(block) + 2
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for index in range(count):
            archive.writestr(f"{prefix}part{index}.bin", block)
    return path


def _too_many_entries(path: Path, first: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, text in first.items():
            archive.writestr(name, text)
        for index in range(MAX_ZIP_ENTRIES + 1):
            archive.writestr(f"x/{index}", b"")
    return path


def _stored_big_entry(path: Path, name: str) -> Path:
    """An entry just over the text cap, stored (so its ratio is 1, not a bomb's)."""
    row = CONNECTION_ROW.encode()
    data = (PREAMBLE + CONNECTIONS_HEADER).encode() + row * (MAX_TEXT_BYTES // len(row) + 2)
    return _zip(path, {name: data}, zipfile.ZIP_STORED)


def _corrupt_zip(path: Path) -> Path:
    """A zip whose entry bytes were damaged after writing (CRC mismatch or inflate error)."""
    _zip(path, {"Connections.csv": _good_connections() * 50})
    data = bytearray(path.read_bytes())
    for offset in range(60, 200):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _unsupported_method_zip(path: Path) -> Path:
    """An entry whose compression method number means nothing (a zip of the future)."""
    _zip(path, {"Connections.csv": _good_connections()}, zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    # Method field of the local header (offset 8) and of the central directory entry.
    data[8:10] = (99).to_bytes(2, "little")
    central = data.rfind(b"PK\x01\x02")
    data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def _lying_size_zip(path: Path) -> Path:
    """The central directory says 100 bytes; the entry inflates to 60 MB of zeros."""
    _bomb_zip(path, "Connections.csv", 60 << 20)
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def _symlink(path: Path, target: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)
    return path


def _folder(path: Path, files: dict[str, bytes | str]) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        _write(path / name, data)
    return path


def _not_sqlite(db: Path) -> None:
    db.write_bytes(_random(8192, 7))


def _text_database(db: Path) -> None:
    db.write_text("SQLite format 3? no: a text file with a .sqlite3 name\n" * 40)


def _newer_schema(db: Path) -> None:
    connection = sqlite3.connect(db)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        connection.commit()
    finally:
        connection.close()


def _truncated_database(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def _good_vcard(folder: Path) -> Path:
    return _write(folder / "good.vcf", VCARD)


def _linkedin_cases() -> list[Case]:
    li = "linkedin"
    over_line = MAX_LINE_CHARS + 10
    return [
        Case("li-random-zip", li, lambda d: _write(d / "export.zip", _random(50_000, 1))),
        Case("li-random-csv", li, lambda d: _write(d / "Connections.csv", _random(50_000, 2))),
        Case("li-empty", li, lambda d: _write(d / "Connections.csv", b"")),
        Case("li-blank", li, lambda d: _write(d / "Connections.csv", b" \r\n\t\n" * 100)),
        Case(
            "li-truncated-zip",
            li,
            lambda d: _write(
                d / "cut.zip",
                _half(_zip(d / "whole.zip", {"Connections.csv": _random(20_000, 6)})),
            ),
        ),
        Case("li-zip-bomb", li, lambda d: _bomb_zip(d / "bomb.zip", "Connections.csv", 60 << 20)),
        Case(
            "li-zip-bomb-messages",
            li,
            lambda d: _bomb_zip(d / "bomb2.zip", "Export/messages.csv", 60 << 20),
        ),
        Case("li-zip-lying-size", li, lambda d: _lying_size_zip(d / "lying.zip")),
        Case("li-zip-total-too-big", li, lambda d: _many_zeros_entries(d / "total.zip")),
        Case(
            "li-zip-too-many-entries",
            li,
            lambda d: _too_many_entries(d / "many.zip", {"Connections.csv": _good_connections()}),
        ),
        Case(
            "li-zip-entry-too-large",
            li,
            lambda d: _stored_big_entry(d / "big.zip", "Connections.csv"),
        ),
        Case("li-zip-corrupt", li, lambda d: _corrupt_zip(d / "corrupt.zip")),
        Case("li-zip-unknown-method", li, lambda d: _unsupported_method_zip(d / "method.zip")),
        Case(
            "li-zip-traversal",
            li,
            lambda d: _zip(
                d / "traversal.zip",
                {
                    "../../../../tmp/linkrevive-evil/Connections.csv": _random(4096, 3),
                    "/etc/linkrevive-evil/messages.csv": _random(4096, 4),
                },
            ),
        ),
        Case(
            "li-zip-control-names",
            li,
            lambda d: _zip(d / "names.zip", {"evil\nname\r\x1b[2J/Connections.csv": b"\0" * 4096}),
        ),
        Case(
            "li-zip-nested",
            li,
            lambda d: _zip(
                d / "nested.zip",
                {
                    "inner.zip": _zip(
                        d / "inner.zip", {"Connections.csv": _good_connections()}
                    ).read_bytes()
                },
            ),
        ),
        Case(
            "li-huge-line",
            li,
            lambda d: _write(
                d / "Connections.csv", _huge_line_text(PREAMBLE + CONNECTIONS_HEADER, over_line)
            ),
        ),
        Case(
            "li-huge-first-line",
            li,
            lambda d: _write(d / "Connections.csv", "First Name," + "z" * over_line),
        ),
        Case(
            "li-huge-line-of-commas",
            li,
            lambda d: _write(d / "Connections.csv", CONNECTIONS_HEADER + "," * over_line + "\n"),
        ),
        Case(
            "li-huge-field-in-zip",
            li,
            lambda d: _zip(
                d / "field.zip",
                {
                    "Connections.csv": _good_connections(),
                    "messages.csv": _huge_field_text(
                        MESSAGES_HEADER, "c1,t,Ana,u,Me,v,", MAX_FIELD_CHARS
                    ),
                },
            ),
        ),
        Case(
            "li-huge-field-folder",
            li,
            lambda d: _folder(
                d / "Basic_LinkedInDataExport_05-01-2024",
                {
                    "Connections.csv": _huge_field_text(
                        PREAMBLE + CONNECTIONS_HEADER, "Ana,", MAX_FIELD_CHARS
                    )
                },
            ),
        ),
        Case(
            "li-file-too-large",
            li,
            lambda d: _write(
                d / "Connections.csv",
                CONNECTIONS_HEADER + CONNECTION_ROW * (MAX_TEXT_BYTES // len(CONNECTION_ROW) + 2),
            ),
        ),
        Case(
            "li-too-many-rows",
            li,
            lambda d: _write(
                d / "Connections.csv", CONNECTIONS_HEADER + "a,b,,,,,\n" * (MAX_RECORDS + 1)
            ),
        ),
        Case(
            "li-many-short-lines-cp1252",
            li,
            # Millions of short lines, one of them not UTF-8: decoded line by line, in blocks.
            lambda d: _write(d / "Connections.csv", b"x\n" * 4_000_000 + b"Soci\xe9t\xe9\n"),
        ),
        Case(
            "li-utf16-odd",
            li,
            lambda d: _write(
                d / "Connections.csv",
                codecs.BOM_UTF16_LE + CONNECTIONS_HEADER.encode("utf-16-le")[:-1] + b"\xd8",
            ),
        ),
        Case(
            "li-utf16be-no-bom",
            li,
            lambda d: _write(d / "Connections.csv", CONNECTIONS_HEADER.encode("utf-16-be")),
        ),
        Case(
            "li-utf32",
            li,
            lambda d: _write(
                d / "Connections.csv", (CONNECTIONS_HEADER + CONNECTION_ROW).encode("utf-32")
            ),
        ),
        Case(
            "li-ebcdic",
            li,
            lambda d: _write(
                # Read right (the detector knows EBCDIC), and so found to hold no header.
                d / "Connections.csv",
                "Alpha,Beta,Gamma\nUn,Deux,Trois\n".encode("cp500"),
            ),
        ),
        Case(
            "li-utf7",
            li,
            lambda d: _write(d / "Connections.csv", "Prénom,Nom\r\nAna,Pop\r\n".encode("utf-7")),
        ),
        Case(
            "li-overlong-utf8",
            li,
            lambda d: _write(
                d / "Connections.csv",
                b"\xc0\xaf\xe0\x80\xaf\xed\xa0\x80,\xf8\x88\x80\x80\x80\n" * 500,
            ),
        ),
        Case(
            "li-bom-then-binary",
            li,
            lambda d: _write(
                d / "Connections.csv", codecs.BOM_UTF8 + b"First Name\0\0\0" + _random(4000, 5)
            ),
        ),
        Case(
            "li-invisible-header",
            li,
            # Zero-width and bidi marks inside the header words: not the LinkedIn header.
            lambda d: _write(
                d / "Connections.csv", "Fi\u200brst Name,\u202eConnected On\n" + CONNECTION_ROW
            ),
        ),
        Case(
            "li-broken-quoting",
            li,
            lambda d: _write(
                d / "Connections.csv", PREAMBLE + CONNECTIONS_HEADER + 'Ana,"Pop"x"y,,,,,\n'
            ),
        ),
        Case("li-fifo", li, lambda d: _fifo(d / "Connections.csv")),
        Case("li-dev-zero", li, lambda d: _symlink(d / "Connections.csv", "/dev/zero")),
        Case("li-empty-folder", li, lambda d: _folder(d / "export", {})),
        Case(
            "li-folder-of-fifos",
            li,
            lambda d: (
                (
                    _fifo(d / "export" / "Connections.csv"),
                    _symlink(d / "export" / "messages.csv", "/dev/zero"),
                )[0].parent
            ),
        ),
        Case("li-missing", li, lambda d: d / "no-such-export.zip"),
        Case(
            "li-unreadable",
            li,
            lambda d: _unreadable(_write(d / "Connections.csv", _good_connections())),
            unreadable=True,
        ),
        Case(
            "li-unreadable-folder-entry",
            li,
            lambda d: (
                _unreadable(_write(d / "export" / "Connections.csv", _good_connections())).parent
            ),
            unreadable=True,
        ),
    ]


def _half(path: Path) -> bytes:
    data = path.read_bytes()
    return data[: len(data) // 2]


def _unreadable(path: Path) -> Path:
    path.chmod(0)
    return path


def _contacts_cases() -> list[Case]:
    co = "contacts"
    over_line = MAX_LINE_CHARS + 10
    return [
        # vCard
        Case("vcf-random", co, lambda d: _write(d / "book.vcf", _random(30_000, 11))),
        Case("vcf-nul", co, lambda d: _write(d / "book.vcf", VCARD.encode() + b"\0" * 400)),
        Case(
            "vcf-truncated",
            co,
            lambda d: _write(
                d / "book.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Pop\r\nEMAIL:ana@"
            ),
        ),
        Case(
            "vcf-huge-folded-line",
            co,
            lambda d: _write(
                d / "book.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a\r\n"
                + " bcdefghij\r\n" * (MAX_LINE_CHARS // 10 + 10)
                + "END:VCARD\r\n",
            ),
        ),
        Case(
            "vcf-huge-qp-line",
            co,
            lambda d: _write(
                d / "book.vcf",
                "BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:=\r\n"
                + "=41=42=43=\r\n" * (MAX_LINE_CHARS // 10 + 10)
                + "\r\nEND:VCARD\r\n",
            ),
        ),
        Case(
            "vcf-huge-physical-line",
            co,
            lambda d: _write(
                d / "book.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + "A" * over_line + "\r\nEND:VCARD\r\n",
            ),
        ),
        Case(
            "vcf-too-large",
            co,
            lambda d: _write(d / "book.vcf", VCARD * (MAX_TEXT_BYTES // len(VCARD) + 2)),
        ),
        Case(
            "vcf-utf16-truncated",
            co,
            lambda d: _write(
                d / "book.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n".encode("utf-16") + b"\x00",
            ),
        ),
        Case("vcf-fifo", co, lambda d: _fifo(d / "book.vcf")),
        Case(
            "vcf-too-many-cards",
            co,
            lambda d: _write(
                d / "book.vcf", "BEGIN:VCARD\nFN:A\nEND:VCARD\n" * (MAX_CONTACT_RECORDS + 1)
            ),
        ),
        # address-book CSV
        Case(
            "google-huge-line",
            co,
            lambda d: _write(d / "google.csv", GOOGLE_HEADER + GOOGLE_ROW + "q" * over_line + "\n"),
        ),
        Case(
            "google-huge-field",
            co,
            lambda d: _write(
                d / "google.csv",
                _huge_field_text(GOOGLE_HEADER, "Ana,Ana,Pop,* Work,", MAX_FIELD_CHARS),
            ),
        ),
        Case(
            "google-broken-quoting",
            co,
            lambda d: _write(d / "google.csv", GOOGLE_HEADER + '"Ana"Pop",x,y\n'),
        ),
        Case(
            "google-too-large",
            co,
            lambda d: _write(
                d / "google.csv",
                GOOGLE_HEADER + GOOGLE_ROW * (MAX_TEXT_BYTES // len(GOOGLE_ROW) + 2),
            ),
        ),
        Case(
            "google-too-many-rows",
            co,
            lambda d: _write(d / "google.csv", GOOGLE_HEADER + "a,b\n" * (MAX_CONTACT_RECORDS + 1)),
        ),
        Case(
            "csv-unknown-header", co, lambda d: _write(d / "other.csv", "Alpha,Beta,Gamma\n1,2,3\n")
        ),
        Case(
            "outlook-binary",
            co,
            lambda d: _write(
                d / "outlook.csv", b"First Name,Last Name,E-mail Address\r\n" + b"\0\1\2\3" * 2000
            ),
        ),
        Case(
            "thunderbird-cp1252-broken",
            co,
            lambda d: _write(
                d / "tb.csv",
                b"First Name,Last Name,Display Name,Nickname,Primary Email\r\n"
                + b'"Andr\xe9,"x"y,\r\n',
            ),
        ),
        # lead sheet CSV
        Case(
            "lead-huge-line",
            co,
            lambda d: _write(d / "leads.csv", LEAD_HEADER + LEAD_ROW + ";" * over_line + "\n"),
        ),
        Case(
            "lead-huge-field",
            co,
            lambda d: _write(
                d / "leads.csv",
                _huge_field_text(
                    LEAD_HEADER, "Ana;Pop;ana@agence.fr;Agence;France;Test;;;", MAX_FIELD_CHARS
                ),
            ),
        ),
        Case(
            "lead-cp1252-broken-quoting",
            co,
            lambda d: _write(d / "leads.csv", LEAD_HEADER.encode("cp1252") + b'Andr\xe9;"Pop"x;\n'),
        ),
        Case(
            "lead-too-many-rows",
            co,
            lambda d: _write(d / "leads.csv", LEAD_HEADER + ";x;\n" * (MAX_CONTACT_RECORDS + 1)),
        ),
        # lead sheet XLSX
        Case(
            "xlsx-random",
            co,
            lambda d: _write(d / "leads.xlsx", b"PK\x03\x04" + _random(20_000, 12)),
        ),
        Case(
            "xlsx-truncated",
            co,
            lambda d: _write(
                d / "leads.xlsx",
                _xlsx(d / "whole.xlsx", _sheet([LEAD_CELLS] * 50)).read_bytes()[:900],
            ),
        ),
        Case("xlsx-bomb", co, lambda d: _xlsx_bomb(d / "bomb.xlsx")),
        Case("xlsx-part-too-large", co, lambda d: _xlsx_big_part(d / "big.xlsx")),
        Case(
            "xlsx-too-many-entries",
            co,
            lambda d: _too_many_entries(d / "many.xlsx", {"xl/workbook.xml": "<workbook/>"}),
        ),
        Case(
            "xlsx-total-too-big", co, lambda d: _many_zeros_entries(d / "total.xlsx", "xl/media/")
        ),
        Case(
            "xlsx-bad-xml",
            co,
            lambda d: _xlsx(d / "badxml.xlsx", "<worksheet><sheetData><row><c t="),
        ),
        Case("xlsx-billion-laughs", co, lambda d: _xlsx(d / "laughs.xlsx", _billion_laughs())),
        Case("xlsx-external-entity", co, lambda d: _xlsx(d / "xxe.xlsx", _external_entity())),
        Case(
            "xlsx-traversal-names",
            co,
            lambda d: _xlsx(
                d / "traversal.xlsx",
                "not xml at all",
                {"../../../../tmp/linkrevive-evil.xml": "<x/>"},
            ),
        ),
        Case(
            "xlsx-too-many-rows",
            co,
            lambda d: _xlsx(
                d / "rows.xlsx", _sheet([LEAD_CELLS] + [["a"]] * (MAX_CONTACT_RECORDS + 1))
            ),
        ),
        # Excel 97-2003 workbooks, Outlook's own files
        Case("xls-truncated", co, lambda d: _write(d / "leads.xls", _xls_bytes()[:3000])),
        Case(
            "xls-random-body",
            co,
            lambda d: _write(d / "leads.xls", _xls_bytes()[:512] + _random(20_000, 17)),
        ),
        Case(
            "xls-too-large",
            co,
            lambda d: _write(d / "big.xls", _xls_bytes() + bytes(MAX_TEXT_BYTES)),
        ),
        Case("outlook-msg", co, lambda d: _write(d / "Re devis.msg", OLE2 + _random(4_000, 19))),
        Case(
            "outlook-olm",
            co,
            lambda d: _zip(d / "Outlook.olm", {"Accounts/a/message_00001.xml": "<email/>"}),
        ),
        # mbox
        Case("mbox-random", co, lambda d: _write(d / "mail.mbox", b"From " + _random(30_000, 13))),
        Case(
            "mbox-huge-line",
            co,
            lambda d: _write(
                d / "mail.mbox", MBOX_MESSAGE + MBOX_MESSAGE.replace("Bonjour", "B" * over_line)
            ),
        ),
        Case(
            "mbox-huge-first-line", co, lambda d: _write(d / "mail.mbox", "From " + "f" * over_line)
        ),
        Case(
            "mbox-huge-header-line",
            co,
            lambda d: _write(
                d / "mail.mbox",
                MBOX_MESSAGE.replace("Subject: Projet", "Subject: " + "s" * over_line),
            ),
        ),
        Case("mbox-fifo", co, lambda d: _fifo(d / "mail.mbox")),
        Case(
            "mbox-unreadable",
            co,
            lambda d: _unreadable(_write(d / "mail.mbox", MBOX_MESSAGE)),
            unreadable=True,
        ),
        # .eml folder
        Case(
            "eml-huge-line",
            co,
            lambda d: _folder(
                # Multipart: the parts' lines are read (a plain body is not read at all).
                d / "mails",
                {"a.eml": EML, "b.eml": MULTIPART_EML.replace("Bonjour", "B" * over_line)},
            ),
        ),
        Case(
            "eml-huge-header",
            co,
            lambda d: _folder(d / "mails", {"a.eml": "Subject: " + "s" * over_line + "\r\n" + EML}),
        ),
        Case("eml-only-fifo", co, lambda d: _fifo(d / "mails" / "a.eml").parent),
        Case("eml-only-device", co, lambda d: _symlink(d / "mails" / "a.eml", "/dev/zero").parent),
        Case(
            "eml-unreadable",
            co,
            lambda d: _unreadable(_write(d / "mails" / "a.eml", EML)).parent,
            unreadable=True,
        ),
        # any contacts input
        Case("contacts-missing", co, lambda d: d / "no-such-file.vcf"),
        Case(
            "contacts-empty-folder", co, lambda d: _folder(d / "nothing", {"notes.txt": "hello\n"})
        ),
        Case("contacts-dev-zero", co, lambda d: _symlink(d / "zero.vcf", "/dev/zero")),
        Case("contacts-dev-urandom", co, lambda d: _symlink(d / "random.csv", "/dev/urandom")),
        Case("contacts-random", co, lambda d: _write(d / "unknown.dat", _random(40_000, 14))),
        Case(
            "contacts-unreadable",
            co,
            lambda d: _unreadable(_write(d / "book.vcf", VCARD)),
            unreadable=True,
        ),
    ]


def _xlsx_bomb(path: Path) -> Path:
    _bomb_zip(path, "xl/worksheets/sheet1.xml", 60 << 20)
    return path


def _xlsx_big_part(path: Path) -> Path:
    """A stored (uncompressed) sheet just over the text cap: no bomb, just too big."""
    row = '<row><c t="inlineStr"><is><t>Ana</t></is></c></row>'
    filler = row * (MAX_TEXT_BYTES // len(row) + 2)
    sheet = _sheet([LEAD_CELLS]).replace("</sheetData>", filler + "</sheetData>")
    _xlsx(path, sheet)
    data = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(data, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
    path.write_bytes(data.getvalue())
    return path


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE worksheet [' + "".join(entities) + "]>"
        f'<worksheet xmlns="{SHEET_NS}"><sheetData><row><c t="inlineStr"><is><t>&lol9;</t>'
        "</is></c></row></sheetData></worksheet>"
    )


def _external_entity() -> str:
    return (
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///dev/zero">]>'
        f'<worksheet xmlns="{SHEET_NS}"><sheetData><row><c t="inlineStr"><is><t>&xxe;</t>'
        "</is></c></row></sheetData></worksheet>"
    )


def _database_cases() -> list[Case]:
    return [
        Case("db-not-sqlite", "contacts", _good_vcard, database=_not_sqlite),
        Case("db-text-file", "contacts", _good_vcard, database=_text_database),
        Case("db-newer-schema", "contacts", _good_vcard, database=_newer_schema),
        Case("db-truncated", "contacts", _good_vcard, database=_truncated_database),
    ]


def all_cases() -> list[Case]:
    """Every case of the corpus."""
    return [*_linkedin_cases(), *_contacts_cases(), *_database_cases()]


def main(argv: list[str]) -> int:
    """Write every case under the folder given."""
    folder = Path(argv[0])
    for case in all_cases():
        print(case.id, case.make(folder / case.id))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
