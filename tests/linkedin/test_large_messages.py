"""Years of LinkedIn messages: a ``messages.csv`` past what is read whole (its text makes it
tens of megabytes) is read as it streams, in a zip, a folder or alone, with the same records
and the same one-sentence refusals as a file read whole."""

from __future__ import annotations

import codecs
import io
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from linkrevive.domain.errors import InputError
from linkrevive.importers import linkedin_files
from linkrevive.importers.csv_stream import stream_csv
from linkrevive.importers.limits import MAX_LINE_CHARS, MAX_RECORDS, MAX_TEXT_BYTES
from linkrevive.importers.linkedin import read_linkedin_export
from linkrevive.importers.linkedin_files import is_messages_header, parse_messages
from linkrevive.services.linkedin_import import import_linkedin
from linkrevive.services.workspace import Workspace

HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT\n"
)
OWNER = "https://www.linkedin.com/in/pat-owner"
CONTENT = "Bonjour Pat, suite à notre échange 😀 " + "voici le détail du projet. " * 24


def _row(index: int, sender: str = "Avery Example") -> str:
    url = f"https://www.linkedin.com/in/contact-{index % 500}"
    day = 1 + index % 28
    draft = "Yes" if index % 1000 == 999 else "No"
    return (
        f"2-conv{index // 4}==,,{sender},{url},Pat Owner,{OWNER},"
        f'2024-03-{day:02d} 10:{index % 60:02d}:00 UTC,Re: projet {index % 7},"{CONTENT}",'
        f"INBOX,{draft}\n"
    )


def _messages_text(rows: int) -> str:
    return HEADER + "".join(_row(i) for i in range(rows))


def _big_text() -> str:
    """A messages.csv just past the cap of a file read whole."""
    rows = MAX_TEXT_BYTES // len(_row(0).encode()) + 200
    text = _messages_text(rows)
    assert len(text.encode()) > MAX_TEXT_BYTES
    return text


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A zip as LinkedIn names it, with a Connections.csv and the large messages.csv."""
    folder = tmp_path_factory.mktemp("large")
    text = _big_text()
    path = folder / "Complete_LinkedInDataExport_03-15-2026.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            "Avery,Example,https://www.linkedin.com/in/contact-1,,Northwind,CEO,14 Nov 2025\n",
        )
        archive.writestr("messages.csv", text)
    return path, text


def test_the_stream_reads_the_records_a_whole_reading_reads() -> None:
    text = _messages_text(3000)
    whole = parse_messages(text, "messages.csv")
    streamed = linkedin_files.parse_messages_stream(io.BytesIO(text.encode()), "messages.csv")
    assert streamed == whole
    rows, issues = streamed
    assert len(rows) == 3000 - 3  # three drafts dropped
    assert issues == []


def test_a_large_messages_file_in_a_zip_is_imported(
    big_export: tuple[Path, str], tmp_path: Path
) -> None:
    path, text = big_export
    expected = parse_messages(text, "messages.csv")[0]
    export = read_linkedin_export(path)
    assert export.messages == tuple(expected)
    assert len(export.connections) == 1
    workspace = Workspace.open(str(tmp_path / "db.sqlite3"))
    try:
        report = import_linkedin(workspace, path)
    finally:
        workspace.close()
    assert report.counts["new"] == 1
    connection = sqlite3.connect(tmp_path / "db.sqlite3")
    try:
        (stored,) = connection.execute("SELECT count(*) FROM exchange").fetchone()
    finally:
        connection.close()
    assert stored == len(expected) == report.counts["exchanges"]


def test_and_unzipped_or_alone(big_export: tuple[Path, str], tmp_path: Path) -> None:
    path, text = big_export
    folder = tmp_path / "Complete_LinkedInDataExport_03-15-2026"
    with zipfile.ZipFile(path) as archive:
        archive.extractall(folder)
    expected = tuple(parse_messages(text, "messages.csv")[0])
    assert read_linkedin_export(folder).messages == expected
    alone = tmp_path / "messages.csv"
    shutil.copyfile(folder / "messages.csv", alone)
    assert read_linkedin_export(alone).messages == expected


def test_another_large_file_is_still_refused_whole(tmp_path: Path) -> None:
    row = "Avery,Example,https://www.linkedin.com/in/a,,Northwind,CEO,14 Nov 2025\n"
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + row * (MAX_TEXT_BYTES // len(row) + 2),
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_linkedin_export(path)
    assert caught.value.code == "too_large" and caught.value.file == str(path)


def _streamed(data: bytes, limit: int = 1000) -> list[tuple[int, list[str]]]:
    found = stream_csv(io.BytesIO(data), "messages.csv", is_messages_header, limit=limit)
    assert found is not None
    return list(found[1])


def test_a_line_not_in_utf8_is_read_as_windows_1252() -> None:
    # As a whole file mixing the two is read (an Excel re-save): line by line.
    line = _row(1, sender="Rémi Lefèvre").replace("😀", "")
    data = (HEADER + _row(0)).encode() + line.encode("cp1252")
    records = _streamed(codecs.BOM_UTF8 + data)  # UTF-8's mark is no part of the header
    assert [cells[2] for _line, cells in records] == ["Avery Example", "Rémi Lefèvre"]
    assert [line for line, _cells in records] == [2, 3]


def test_a_utf16_file_is_not_read_as_it_streams() -> None:
    # Only a file of usual size may be UTF-16: past the cap it is refused as too large.
    data = _messages_text(5).encode("utf-16")
    assert stream_csv(io.BytesIO(data), "m.csv", is_messages_header, limit=10) is None


@pytest.mark.parametrize(
    ("data", "code", "line"),
    [
        ((HEADER + _row(0)).encode() + b"x" * (MAX_LINE_CHARS + 10) + b"\n", "line_too_long", 3),
        # Past the bytes a line of that many characters may take: not even read whole.
        ((HEADER + _row(0)).encode() + b"x" * (4 * MAX_LINE_CHARS + 10), "line_too_long", 3),
        ((HEADER + _row(0) + '2-a,,"never closed\n').encode(), "bad_csv", 3),
        ((HEADER + "".join(_row(i) for i in range(12))).encode(), "too_many_rows", None),
    ],
    ids=["line-too-long", "line-bytes-past-cap", "open-quote", "too-many-rows"],
)  # fmt: skip
def test_a_bad_stream_is_refused_in_one_sentence(data: bytes, code: str, line: int | None) -> None:
    with pytest.raises(InputError) as caught:
        _streamed(data, limit=10)
    assert caught.value.code == code
    assert caught.value.line == line
    assert caught.value.file == "messages.csv"


def test_more_messages_than_rows_of_another_csv_are_read_whole_too() -> None:
    # Short messages: more of them than the 100,000 rows of another CSV, under 32 MB.
    rows = MAX_RECORDS + 10
    text = HEADER + "".join(
        f"2-c{i}==,,A B,https://www.linkedin.com/in/c-{i % 50},P,{OWNER},"
        f"2024-03-01 10:00:00 UTC,,hi,INBOX,No\n"
        for i in range(rows)
    )
    assert len(text.encode()) < MAX_TEXT_BYTES
    messages, _issues = parse_messages(text, "messages.csv")
    assert len(messages) == rows
