"""The LinkedIn import's bulk paths at a size past one statement: thousands of new profiles
written in several multi-row statements, every message keyed and linked to its profile, the
same store on SQLite and PostgreSQL; and the readers' edge cases those paths must keep (a
date repeated in messages.csv, a Connections.csv without email or URL columns)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from benchmarks.gen_linkedin import export_pair
from linkrevive.importers.linkedin_files import parse_connections, parse_messages
from tests.helpers import cli

#: More new profiles than one INSERT statement takes (30,000 parameters, 11 a profile).
CONNECTIONS = 3_000
MESSAGES = 2_000


def _rows(export: Path) -> list[list[str]]:
    """The data rows of an export's Connections.csv, as the generator wrote them."""
    with zipfile.ZipFile(export) as archive:
        text = archive.read("Connections.csv").decode("utf-8")
    lines = text.splitlines()
    header_at = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    return list(csv.reader(io.StringIO("\n".join(lines[header_at + 1 :]))))


def _listings(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, Any]:
    return {name: cli(capsys, db, name, "--format", "json").json()
            for name in ("connections", "signals")}  # fmt: skip


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return export_pair(tmp_path_factory.mktemp("exports"), CONNECTIONS, MESSAGES)


def test_thousands_of_new_profiles_each_keep_their_own_values(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, exports: tuple[Path, Path]
) -> None:
    first, _newer = exports
    db = str(tmp_path / "store.sqlite3")
    assert cli(capsys, db, "import", "linkedin", str(first)).code == 0
    stored = {
        c["linkedin_url"]: c for c in cli(capsys, db, "connections", "--format", "json").json()
    }
    rows = _rows(first)
    assert len(rows) == CONNECTIONS
    for first_name, last_name, url, email, company, position, _when in rows:
        profile = stored[url]
        assert profile["name"] == f"{first_name} {last_name}"
        assert (profile["email"] or "") == email
        assert (profile["company"], profile["position"]) == (company, position)
    # Each inbound message is a signal of the profile that wrote it, whichever statement
    # inserted that profile.
    signals = cli(capsys, db, "signals", "--format", "json").json()
    assert signals and all(s["linkedin_url"] in stored for s in signals if s["linkedin_url"])


@pytest.mark.services
def test_a_large_export_then_a_newer_one_on_postgres_as_on_sqlite(
    capsys: pytest.CaptureFixture[str], pg_db_url: str, tmp_path: Path, exports: tuple[Path, Path]
) -> None:
    listings = []
    for db in (str(tmp_path / "ref.sqlite3"), pg_db_url):
        for export in exports:
            result = cli(capsys, db, "import", "linkedin", str(export))
            assert result.code == 0, result.err
        listings.append(_listings(capsys, db))
    assert listings[1] == listings[0]
    assert len(listings[0]["connections"]) > CONNECTIONS


MESSAGES_CSV = """CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT
c1,Anne,https://www.linkedin.com/in/anne,Me,https://www.linkedin.com/in/me,2024-01-31 09:15:00 UTC,A
c1,Me,https://www.linkedin.com/in/me,Anne,https://www.linkedin.com/in/anne,2024-01-31 09:15:00 UTC,B
c2,Bob,https://www.linkedin.com/in/bob,Me,https://www.linkedin.com/in/me,someday,C
c2,Bob,https://www.linkedin.com/in/bob,Me,https://www.linkedin.com/in/me,someday,D
"""


def test_a_date_written_twice_in_messages_reads_the_same_and_a_bad_one_is_reported_twice() -> None:
    rows, issues = parse_messages(MESSAGES_CSV, "messages.csv")
    stamp = datetime(2024, 1, 31, 9, 15, tzinfo=UTC)
    assert [(r.subject, r.sent_at) for r in rows] == [("A", stamp), ("B", stamp)]
    assert [(i.line, i.code, i.value) for i in issues] == [
        (4, "bad_date", "someday"),
        (5, "bad_date", "someday"),
    ]


def test_a_connections_file_without_email_or_url_columns_reads_its_names() -> None:
    text = (
        "First Name,Last Name,Company,Position,Connected On\n"
        " Anne , Roux ,Pixel, CTO ,05 Jan 2024\n"
    )
    rows, issues = parse_connections(text, "Connections.csv")
    assert issues == []
    assert [(r.first_name, r.last_name, r.url, r.email, r.company, r.position) for r in rows] == [
        ("Anne", "Roux", None, None, "Pixel", "CTO")
    ]
