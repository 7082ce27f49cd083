"""Fuzzing every importer's parser: whatever rows or bytes come in, the only exception that
may come out is the clean ``InputError`` (one sentence for the user), never another one.

Rows are built from cells that real files hold and cells that break parsers (quotes,
separators, dates of every shape, control characters, odd Unicode); bytes are raw. The
number of examples is bounded and, under CI, the examples are the same on every run.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkrevive.domain.errors import InputError
from linkrevive.importers.address_csv import KINDS, parse_address_csv
from linkrevive.importers.contacts_formats import detect_contacts_format, read_contacts
from linkrevive.importers.lead_sheet import parse_lead_sheet_csv, parse_lead_sheet_xlsx
from linkrevive.importers.linkedin import (
    parse_connections,
    parse_invitations,
    parse_linkedin_date,
    parse_messages,
    read_linkedin_export,
)
from linkrevive.importers.mailbox import iter_eml_folder, iter_mbox, parse_headers
from linkrevive.importers.textfile import decode_text
from linkrevive.importers.vcard import parse_vcards
from linkrevive.services.linkedin_import import import_linkedin
from linkrevive.services.workspace import Workspace

IN_CI = os.environ.get("CI", "").lower() == "true"
FUZZ = settings(
    max_examples=int(os.environ.get("LINKREVIVE_FUZZ_EXAMPLES", "60")),
    deadline=None,
    derandomize=IN_CI,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HEADERS = {
    "connections": "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "messages": (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT"
    ),
    "invitations": "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
    "messages_2018": "From,To,Date,Subject,Content,Direction,Folder",
    "invitations_2021": "From,To,Sent At,Message,Direction",
    "google": "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name",
    "outlook": "First Name,Last Name,E-mail Address,Company,Job Title,Country/Region",
    "thunderbird": "First Name,Last Name,Display Name,Nickname,Primary Email,Organization",
    "lead": "Prénom;Nom;E-mail;Société;Pays;Étape;Raison du blocage;Dernier contact;Notes",
}
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            '"',
            '""',
            '"a""b"',
            ",",
            ";",
            "\t",
            "\n",
            "\r\n",
            "\r",
            "=1+1",
            "Ana",
            "Pop",
            "Ana Pop",
            "Pop, PhD",
            "Ana Pop,Ana Pop",
            "ana@agence.fr",
            "contact@agence.fr",
            "not@an@email",
            "https://www.linkedin.com/in/ana-pop",
            "https://www.linkedin.com/in/",
            "linkedin.com/in/%FF%FE",
            "05 Jan 2024",
            "5-Jan-26",
            "01 Jan 0001",
            "31 Feb 2024",
            "16.09.2021",
            "13/13/13",
            "12/15/24, 7:47 AM",
            "2024-01-31 09:15:00 UTC",
            "2024/01/31 09:15:00 UTC",
            "9999-99-99",
            "INCOMING",
            "OUTGOING",
            "Yes",
            "Appel reporté",
            "Manque de temps",
            "Client",
            "\x00",
            "\ufeff",
            "\u202e",
            "\udcff",
            "😀",
            "ÿ" * 300,
        ]
    ),
    st.text(max_size=40),
)


def _rows(kind: str) -> st.SearchStrategy[str]:
    """Text of a file with ``kind``'s header (sometimes damaged) and generated rows."""
    header = HEADERS[kind]
    delimiter = ";" if kind == "lead" else ","
    width = header.count(delimiter) + 1
    row = st.lists(CELLS, min_size=0, max_size=width + 2).map(delimiter.join)
    head = st.one_of(
        st.just(header),
        st.just(header.upper()),
        st.just(header.replace(delimiter, delimiter + " ")),
        st.just('Notes:\n"When exporting..."\n\n' + header),
        st.text(max_size=80),
    )
    newline = st.sampled_from(["\n", "\r\n", "\r"])
    return st.tuples(head, st.lists(row, max_size=12), newline).map(
        lambda parts: parts[2].join([parts[0], *parts[1]])
    )


def _only_input_errors(call: Callable[[], object]) -> None:
    try:
        result = call()
        if isinstance(result, Iterator):
            for _item in result:
                pass
    except InputError as error:
        assert error.message().strip()


@contextmanager
def _file(name: str, data: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        yield path


@FUZZ
@given(_rows("connections"))
def test_connections_parser(text: str) -> None:
    _only_input_errors(lambda: parse_connections(text, "Connections.csv"))


@FUZZ
@given(_rows("messages"))
def test_messages_parser(text: str) -> None:
    _only_input_errors(lambda: parse_messages(text, "messages.csv"))


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Path]]:
    """A database of a few connections known by name only (no URL, as before 2023): two
    namesakes, one with a degree, one whose name is an emoji; and a folder for files."""
    folder = tmp_path_factory.mktemp("named")
    connections = folder / "Connections.csv"
    connections.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Ana,Pop,,Agence,CEO,05 Jan 2024\nAna,Pop,,Autre,CTO,06 Jan 2024\n"
        'Avery,"Example, PhD",,,,07 Jan 2024\n😀,,,,,08 Jan 2024\n',
        encoding="utf-8",
    )
    workspace = Workspace.open(str(folder / "named.sqlite3"))
    import_linkedin(workspace, connections)
    yield workspace, folder
    workspace.close()


NAMES = st.one_of(
    st.sampled_from(["Ana Pop", "ANA POP", "Avery Example, PhD", "Ana Pop,Avery Example, PhD",
                     "Avery Example", "😀", "", ",", "Pat Owner", "Ana Pop,,Ana Pop"]),
    CELLS,
)  # fmt: skip
STAMPS = st.one_of(
    st.sampled_from(["10/16/18, 8:36 AM", "10/16/18, 8:36 AM", "12/15/24, 7:47 PM", "13/13/13"]),
    CELLS,
)
DIRECTIONS = st.sampled_from(["INCOMING", "OUTGOING", " outgoing ", "", "SIDEWAYS"])


def _named_rows(kind: str) -> st.SearchStrategy[str]:
    """A file of ``kind`` (the 2018 messages or the 2021 invitations) whose cells are mostly
    the right kind of value: names the store holds or nearly, stamps, directions."""
    if kind == "messages_2018":
        cells = st.tuples(NAMES, NAMES, STAMPS, CELLS, CELLS, DIRECTIONS, CELLS)
    else:
        cells = st.tuples(NAMES, NAMES, STAMPS, CELLS, DIRECTIONS)

    def text(rows: list[tuple[str, ...]]) -> str:
        out = io.StringIO()
        csv.writer(out).writerows([HEADERS[kind].split(","), *rows])
        return out.getvalue()

    return st.one_of(st.lists(cells, max_size=12).map(text), _rows(kind))


@FUZZ
@given(st.sampled_from(["messages_2018", "invitations_2021"]).flatmap(
    lambda kind: st.tuples(st.just(kind), _named_rows(kind))
))  # fmt: skip
def test_files_naming_people_import_or_are_refused_in_one_sentence(
    network: tuple[Workspace, Path], kind_text: tuple[str, str]
) -> None:
    """Messages and invitations without profile URLs go through the whole import, each
    looked up by name among the stored connections: saved, or refused in words."""
    workspace, folder = network
    kind, text = kind_text
    path = folder / ("Messages.csv" if kind == "messages_2018" else "Invitations.csv")
    path.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    _only_input_errors(lambda: import_linkedin(workspace, path))


@FUZZ
@given(_rows("invitations"))
def test_invitations_parser(text: str) -> None:
    _only_input_errors(lambda: parse_invitations(text, "Invitations.csv"))


@FUZZ
@given(st.text(max_size=40), st.booleans())
def test_linkedin_dates(raw: str, day_first: bool) -> None:
    parse_linkedin_date(raw, day_first=day_first)


@FUZZ
@given(st.sampled_from(["google", "outlook", "thunderbird"]), st.data())
def test_address_book_csv_parser(kind: str, data: st.DataObject) -> None:
    text = data.draw(_rows(kind))
    fmt = data.draw(st.sampled_from([None, *KINDS]))
    _only_input_errors(lambda: parse_address_csv(text, "book.csv", kind=fmt))


@FUZZ
@given(_rows("lead"))
def test_lead_sheet_csv_parser(text: str) -> None:
    _only_input_errors(lambda: parse_lead_sheet_csv(text, "leads.csv"))


CARD_LINES = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:4.0",
        "FN:Ana Pop",
        "N:Pop;Ana;;;",
        "N:;;;;",
        "EMAIL;TYPE=INTERNET:ana@agence.fr",
        "EMAIL:",
        "ORG:Agence;Paris",
        "NOTE;ENCODING=QUOTED-PRINTABLE:caf=C3=A9=",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=x-unknown:=ZZ",
        "FN;CHARSET=ISO-8859-1:Andr\u00e9",
        " folded",
        "\tfolded",
        "PHOTO;ENCODING=b:AAAA",
        "ADR;TYPE=work:;;1 rue;Paris;;75001;France",
        "CATEGORIES:a,b\\,c",
        "item1.EMAIL:x@y.fr",
        ":",
        ";;;",
        "\\",
        "=",
    ]
)


@FUZZ
@given(
    st.lists(st.one_of(CARD_LINES, st.text(max_size=30)), max_size=30),
    st.sampled_from(["\r\n", "\n", "\r\r\n"]),
    st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_vcard_parser(lines: list[str], newline: str, encoding: str) -> None:
    data = newline.join(lines).encode(encoding, errors="replace")
    _only_input_errors(lambda: parse_vcards(data, "book.vcf"))


HEADER_LINES = st.sampled_from(
    [
        "From: Ana Pop <ana@agence.fr>",
        "From: =?utf-8?q?Andr=C3=A9?= <andre@agence.fr>",
        "From: =?unknown-charset?b?!!!?= <x@y>",
        "From: <<<>>>",
        "To: me@nearshore.ro, , <>",
        "Cc: undisclosed-recipients:;",
        "Subject: Projet",
        "Subject: =?utf-8?b?invalid base64?=",
        "Date: Tue, 11 Mar 2025 01:31:25 +0000",
        "Date: Tue, 31 Feb 0001 99:99:99 +9999",
        "Date: yesterday",
        "Message-ID: <1@agence.fr>",
        "List-Unsubscribe: <mailto:x@y>",
        "Auto-Submitted: auto-generated",
        "Precedence: bulk",
        "Content-Type: multipart/mixed; boundary=b",
        "Content-Type: text/calendar; method=REQUEST",
        "X-Gmail-Labels: Inbox,Important",
        " continued",
        "no colon here",
        "",
        "From ana@agence.fr Tue Mar 11 01:31:25 2025",
    ]
)


@FUZZ
@given(st.lists(st.one_of(HEADER_LINES, st.text(max_size=40)), max_size=25))
def test_mail_header_parser(lines: list[str]) -> None:
    raw = "\r\n".join(lines).encode("utf-8", errors="surrogateescape")
    _only_input_errors(lambda: parse_headers(raw, 1))


@FUZZ
@given(st.lists(st.one_of(HEADER_LINES, st.text(max_size=40)), max_size=40))
def test_mbox_reader(lines: list[str]) -> None:
    data = "\n".join(["From ana@agence.fr Tue Mar 11 01:31:25 2025", *lines]).encode(
        "utf-8", errors="surrogateescape"
    )
    with _file("mail.mbox", data) as path:
        _only_input_errors(lambda: iter_mbox(path, str(path)))


@FUZZ
@given(st.lists(st.one_of(HEADER_LINES, st.text(max_size=40)), max_size=30))
def test_eml_reader(lines: list[str]) -> None:
    data = "\r\n".join(lines).encode("utf-8", errors="surrogateescape")
    with _file("a.eml", data) as path:
        _only_input_errors(lambda: iter_eml_folder(path.parent, str(path.parent)))


@FUZZ
@given(st.binary(max_size=2048))
def test_text_decoding(data: bytes) -> None:
    _only_input_errors(lambda: decode_text(data, "file.csv"))


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=4096),
        _rows("google").map(lambda t: t.encode("utf-8", errors="surrogateescape")),
        _rows("lead").map(lambda t: t.encode("cp1252", errors="replace")),
    ),
    st.sampled_from(["contacts.csv", "book.vcf", "mail.mbox", "leads.xlsx", "file"]),
)
def test_contacts_files_of_any_bytes(data: bytes, name: str) -> None:
    def read() -> object:
        with _file(name, data) as path:
            fmt = detect_contacts_format(path)
            if fmt in ("mbox", "eml"):
                return list(iter_mbox(path, str(path)) if fmt == "mbox" else [])
            return read_contacts(path, fmt)

    _only_input_errors(read)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=4096),
        _rows("connections").map(lambda t: t.encode("utf-8", errors="surrogateescape")),
        _rows("messages").map(lambda t: t.encode("utf-16", errors="surrogatepass")),
    ),
    st.sampled_from(["Connections.csv", "export.zip", "messages.csv"]),
)
def test_linkedin_files_of_any_bytes(data: bytes, name: str) -> None:
    def read() -> object:
        with _file(name, data) as path:
            return read_linkedin_export(path)

    _only_input_errors(read)


@FUZZ
@given(st.binary(min_size=1, max_size=3000), st.sampled_from([0, 10, 30, 200, 1000]))
def test_zips_of_damaged_bytes(noise: bytes, at: int) -> None:
    """A real zip (a LinkedIn export, a workbook) with bytes overwritten somewhere."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", HEADERS["connections"] + "\nAna,Pop,,,,,05 Jan 2024\n")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    whole = bytearray(buffer.getvalue())
    whole[at : at + len(noise)] = noise
    with _file("export.zip", bytes(whole)) as path:
        _only_input_errors(lambda: read_linkedin_export(path))
        _only_input_errors(lambda: parse_lead_sheet_xlsx(path, str(path)))


@FUZZ
@given(st.lists(st.lists(CELLS, max_size=10), max_size=12), st.booleans())
def test_lead_sheet_workbooks(rows: list[list[str]], with_header: bool) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    if with_header:
        sheet.append(HEADERS["lead"].split(";"))
    for row in rows:
        # openpyxl refuses control characters in cells, as Excel does.
        sheet.append(["".join(c for c in cell if c >= " " or c == "\t") for cell in row])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leads.xlsx"
        workbook.save(path)
        _only_input_errors(lambda: parse_lead_sheet_xlsx(path, str(path)))


@FUZZ
@given(st.binary(min_size=1, max_size=3000), st.integers(min_value=0, max_value=6000))
def test_xls_workbooks_of_damaged_bytes(noise: bytes, at: int) -> None:
    """A real Excel 97-2003 lead sheet (written by xlwt) with bytes overwritten somewhere."""
    import io

    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    sheet = workbook.add_sheet("Prospects")
    for r, row in enumerate([HEADERS["lead"].split(";"), ["Léa", "Dubreuil", "lea@exemple.fr"]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    whole = bytearray(buffer.getvalue())
    whole[at : at + len(noise)] = noise
    with _file("leads.xls", bytes(whole)) as path:
        _only_input_errors(lambda: read_contacts(path, detect_contacts_format(path)))
