"""The date of a LinkedIn export: LinkedIn's file name (zip or unzipped folder), else the zip
entries' times, else the newest date inside its files, else the import day."""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from linkrevive.importers.linkedin import read_linkedin_export
from linkrevive.services.linkedin_import import import_linkedin
from linkrevive.services.workspace import Workspace
from tests.helpers import cli, connections_csv, invitations_csv, query, write_export
from tests.linkedin.exports import DAYS, export_files, write_undated_zip, write_year

ENTRY_TIME = (2023, 6, 15, 18, 4, 52)


def _zip(path: Path, files: dict[str, str]) -> Path:
    """A zip whose entries carry the time of writing (today): only its name can date it."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Complete_LinkedInDataExport_11-03-2026.zip", date(2026, 11, 3)),
        ("Basic_LinkedInDataExport_02-10-2024.zip", date(2024, 2, 10)),
        ("LinkedInDataExport_07-21-2017.zip", date(2017, 7, 21)),
        ("complete_linkedindataexport_01-05-2025 (1).zip", date(2025, 1, 5)),
    ],
)
def test_the_name_linkedin_gives_the_zip(tmp_path: Path, name: str, expected: date) -> None:
    export = read_linkedin_export(_zip(tmp_path / name, export_files("2023")))
    assert (export.export_date, export.dated_by) == (expected, "name")


def test_the_unzipped_folder_and_a_file_inside_it(tmp_path: Path) -> None:
    folder = tmp_path / "Complete_LinkedInDataExport_09-12-2022 (1)"
    folder.mkdir()
    for name, text in export_files("2023").items():
        (folder / name).write_text(text, encoding="utf-8")
    assert read_linkedin_export(folder).export_date == date(2022, 9, 12)
    alone = read_linkedin_export(folder / "Connections.csv")
    assert (alone.export_date, alone.dated_by) == (date(2022, 9, 12), "name")


def test_a_renamed_zip_is_dated_by_its_entries(tmp_path: Path) -> None:
    # A date-like name of the user's own is not LinkedIn's: the entries date the export.
    path = write_undated_zip(tmp_path / "linkedin-01-02-2024.zip", export_files("2026"), ENTRY_TIME)
    export = read_linkedin_export(path)
    assert (export.export_date, export.dated_by) == (date(2023, 6, 15), "entries")


def test_a_renamed_zip_of_the_dated_folder_keeps_its_date(tmp_path: Path) -> None:
    path = tmp_path / "mes données.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in export_files("2023").items():
            archive.writestr(f"Basic_LinkedInDataExport_04-30-2024/{name}", text)
    assert read_linkedin_export(path).export_date == date(2024, 4, 30)


def test_a_bare_connections_file_is_dated_by_its_newest_connection(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(connections_csv([
        ("Anne", "Lefèvre", "https://www.linkedin.com/in/anne", "", "Pixel Bleu", "CTO",
         "03 Feb 2019"),
        ("Bruno", "Marchal", "https://www.linkedin.com/in/bruno", "", "Kôdé", "CEO",
         "28 May 2024"),
        ("Chloé", "Abeille", "https://www.linkedin.com/in/chloe", "", "", "", "11 Jan 2022"),
    ]), encoding="utf-8")  # fmt: skip
    export = read_linkedin_export(path)
    assert (export.export_date, export.dated_by) == (date(2024, 5, 28), "content")


def test_bare_messages_and_invitations_are_dated_by_their_newest_row(tmp_path: Path) -> None:
    messages = tmp_path / "messages.csv"
    messages.write_text(export_files("2026")["messages.csv"], encoding="utf-8")
    assert read_linkedin_export(messages).export_date == date(2026, 10, 20)
    invitations = tmp_path / "Invitations.csv"
    invitations.write_text(invitations_csv([
        ("Émile Van den Berghe", "Claire Vendeuse", "10/9/24, 8:30 AM", "", "INCOMING",
         "https://www.linkedin.com/in/emile", "https://www.linkedin.com/in/claire"),
        ("Claire Vendeuse", "Fanny Roche", "12/1/24, 4:12 PM", "", "OUTGOING",
         "https://www.linkedin.com/in/claire", "https://www.linkedin.com/in/fanny"),
    ]), encoding="utf-8")  # fmt: skip
    assert read_linkedin_export(invitations).export_date == date(2024, 12, 1)


def test_nothing_dated_is_never_dated_at_the_import_day(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Anne,Lefèvre,https://www.linkedin.com/in/anne,,Pixel Bleu,CTO,\n",
        encoding="utf-8",
    )
    assert read_linkedin_export(path).export_date is None
    workspace = Workspace.open(str(tmp_path / "db.sqlite3"))
    try:
        report = import_linkedin(workspace, path, today=date(2025, 2, 3))
    finally:
        workspace.close()
    assert report.export_date is None and report.newer_export is None
    assert report.counts["new"] == 1
    connection = sqlite3.connect(tmp_path / "db.sqlite3")
    try:
        seen = connection.execute("SELECT status, first_seen, last_seen FROM profile").fetchall()
    finally:
        connection.close()
    assert seen == [("current", None, None)]  # seen on no known day


def test_an_older_renamed_zip_is_known_older_by_its_entries(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    assert cli(capsys, db_path, "import", "linkedin", str(write_year(tmp_path, "2026"))).code == 0
    before = cli(capsys, db_path, "signals", "--format", "json").json()
    renamed = write_undated_zip(tmp_path / "ancien.zip", export_files("2023"), ENTRY_TIME)
    result = cli(capsys, db_path, "import", "linkedin", str(renamed))
    assert result.code == 0, result.err
    assert f"Export of {DAYS['2023']}: older than the export of {DAYS['2026']}: history only." in (
        result.out
    )
    assert cli(capsys, db_path, "signals", "--format", "json").json() == before


def test_a_bare_connections_file_older_than_the_store_adds_history_only(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    assert cli(capsys, db_path, "import", "linkedin", str(write_year(tmp_path, "2026"))).code == 0
    bare = tmp_path / "Connections.csv"
    bare.write_text(export_files("2023")["Connections.csv"], encoding="utf-8")
    result = cli(capsys, db_path, "import", "linkedin", str(bare))
    assert result.code == 0, result.err
    # Its newest connection is of March 2022: older than the export of November 2026.
    assert "Export of 2022-03-08: older than the export of 2026-11-03: history only." in (
        result.out
    )
    assert "0 removed" in result.out
    connections = cli(capsys, db_path, "connections", "--format", "json").json()
    assert {c["status"] for c in connections if "emile" in c["linkedin_url"]} == {"current"}


# The same three connections in a dated export and later, unzipped, with one job changed and
# nobody added since: its newest connection (May 2024) says nothing of when it was exported.
_BEFORE = [
    ("Anne", "Lefèvre", "https://www.linkedin.com/in/anne", "", "Pixel Bleu", "CTO", "03 Feb 2019"),
    ("Bruno", "Marchal", "https://www.linkedin.com/in/bruno", "", "Kôdé", "CEO", "28 May 2024"),
    ("Chloé", "Abeille", "https://www.linkedin.com/in/chloe", "", "", "", "11 Jan 2022"),
]
_AFTER = [_BEFORE[0], (*_BEFORE[1][:4], "Studio Kôdé", "CEO", "28 May 2024"), _BEFORE[2]]


def _positions(db: Path) -> list[tuple[Any, ...]]:
    return query(
        db, "SELECT p.first_name, s.company FROM position s JOIN profile p ON p.id = s.profile_id"
    )


@pytest.mark.parametrize("user", [(), ("--as-user", "Ioana")], ids=["alone", "a consultant"])
def test_a_bare_connections_file_that_may_be_newer_is_not_taken_as_older(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, user: tuple[str, ...]
) -> None:
    dated = write_export(tmp_path, "11-03-2026", {"Connections.csv": connections_csv(_BEFORE)})
    assert cli(capsys, db_path, *user, "import", "linkedin", str(dated)).code == 0
    bare = tmp_path / "Connections.csv"
    bare.write_text(connections_csv(_AFTER), encoding="utf-8")

    result = cli(capsys, db_path, *user, "import", "linkedin", str(bare))

    # Not "older than the export of 2026-11-03: history only", which would have filed Studio
    # Kôdé as a company Bruno left: it may be the newer one; the user is asked.
    assert result.code == 0, result.err
    assert "history only" not in result.out
    assert "Export with no date of its own: 0 of your current connections are not in it and " \
        "1 show other details" in result.out  # fmt: skip
    companies = {c["name"]: c["company"] for c in cli(
        capsys, db_path, *user, "connections", "--format", "json").json()}  # fmt: skip
    assert companies["Bruno Marchal"] == "Kôdé"
    assert _positions(db_path) == []
    assert cli(capsys, db_path, *user, "signals", "--format", "json").json() == []

    newest = cli(capsys, db_path, *user, "import", "linkedin", str(bare), "--allow-removals")
    assert newest.code == 0, newest.err
    companies = {c["name"]: c["company"] for c in cli(
        capsys, db_path, *user, "connections", "--format", "json").json()}  # fmt: skip
    assert companies["Bruno Marchal"] == "Studio Kôdé"
    assert _positions(db_path) == [("Bruno", "Kôdé")]
    kinds = [s["kind"] for s in cli(capsys, db_path, *user, "signals", "--format", "json").json()]
    assert kinds == ["job_change"]


def test_a_bare_connections_file_lacking_a_later_connection_is_older(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    # Bruno, connected in May 2024, is missing from a file whose newest connection is of
    # January 2022: that file was exported before May 2024, whatever else it says.
    dated = write_export(tmp_path, "11-03-2026", {"Connections.csv": connections_csv(_BEFORE)})
    assert cli(capsys, db_path, "import", "linkedin", str(dated)).code == 0
    bare = tmp_path / "Connections.csv"
    old_anne = (*_BEFORE[0][:4], "Agence Lumen", "Développeuse", "03 Feb 2019")
    bare.write_text(connections_csv([old_anne, _BEFORE[2]]), encoding="utf-8")
    result = cli(capsys, db_path, "import", "linkedin", str(bare))
    assert result.code == 0, result.err
    assert "Export of 2022-01-11: older than the export of 2026-11-03: history only." in result.out
    assert _positions(db_path) == [("Anne", "Agence Lumen")]
