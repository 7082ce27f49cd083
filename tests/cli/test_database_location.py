"""No silent new database: only commands that write create a missing --db file, and say so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from linkrevive.storage.database import Database
from tests.helpers import cli

READING = [
    ["people", "--format", "json"],
    ["connections"],
    ["signals"],
    ["pairs"],
    ["today", "--as-of", "2026-03-01"],
]


@pytest.mark.parametrize("args", READING, ids=lambda a: a[0])
def test_a_reading_command_on_a_mistyped_db_says_it_does_not_exist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str]
) -> None:
    typo = tmp_path / "Documents" / "leds.sqlite3"
    result = cli(capsys, typo, *args)
    assert result.code == 1
    assert result.err.strip() == (
        f"linkrevive: there is no database at {typo} (the file does not exist); check --db, "
        "or create it with an import or 'linkrevive demo'."
    )
    assert result.out == ""
    assert not typo.exists() and not typo.parent.exists()  # nor its folder


def test_an_export_from_a_missing_db_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "list.xlsx"
    result = cli(capsys, tmp_path / "nope.sqlite3", "export", "reactivation", "-o", str(out))
    assert result.code == 1 and "there is no database at" in result.err
    assert not out.exists() and not (tmp_path / "nope.sqlite3").exists()


def test_a_writing_command_creates_it_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "new" / "leads.sqlite3"
    first = cli(capsys, db, "match")
    assert first.code == 0
    assert first.err.strip() == f"linkrevive: created a new database at {db}"
    assert db.exists()
    assert Database(str(db)).url.endswith("leads.sqlite3")  # a real, migrated database
    again = cli(capsys, db, "match")
    assert again.code == 0 and again.err == ""  # said once, when it was created
    listing = cli(capsys, db, "people", "--format", "json")
    assert listing.code == 0 and listing.json() == [] and listing.err == ""


def test_a_failed_writing_command_leaves_no_new_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "deep" / "er" / "leads.sqlite3"
    result = cli(capsys, db, "import", "linkedin", str(tmp_path / "missing.zip"))
    assert result.code == 1 and "no such file or folder" in result.err
    assert "created" not in result.err
    assert not (tmp_path / "deep").exists()


def test_linkrevive_db_from_the_environment_follows_the_same_rule(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    env = {**os.environ, "LINKREVIVE_DB": str(db)}
    done = subprocess.run(
        [sys.executable, "-m", "linkrevive", "today"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1 and f"there is no database at {db}" in done.stderr
    assert not db.exists()


def test_a_database_another_command_created_meanwhile_is_never_removed(tmp_path: Path) -> None:
    from linkrevive.cli.app import _NewDatabase

    db = tmp_path / "new" / "leads.sqlite3"
    mine = _NewDatabase(db)  # this command found no file…
    theirs = _NewDatabase(db)  # …nor did a teammate's, at the same moment
    assert theirs.claim()
    Database(str(db)).dispose()  # theirs: a real, migrated database
    assert not mine.claim()  # not this command's: its failure must not remove it
    assert db.stat().st_size > 0
