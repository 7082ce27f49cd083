"""A LinkedIn export with no date of its own (the pre-2017 Outlook layout: no file name date,
no connection dates) imported after a dated one may well be older: it adds what it knows but
marks nobody removed, unless the user says it is the newest (``--allow-removals``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from linkrevive.services import linkedin_import
from linkrevive.services.workspace import Workspace
from tests.helpers import cli

DATED = "linkedin_Connections_2023plus_SYNTHETIC.csv"
UNDATED = "linkedin_legacy_outlook_format_pre2017_akitten.csv"


def _statuses(db: Path) -> dict[str, str]:
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT url, status FROM profile WHERE url LIKE 'http%'"))
    finally:
        connection.close()


def test_an_undated_export_after_a_dated_one_removes_nobody_and_says_why(
    capsys: pytest.CaptureFixture[str], db_path: Path, samples: Path
) -> None:
    assert cli(capsys, db_path, "import", "linkedin", str(samples / DATED)).code == 0
    before = _statuses(db_path)
    assert before and set(before.values()) == {"current"}

    result = cli(capsys, db_path, "import", "linkedin", str(samples / UNDATED))

    assert result.code == 0, result.err
    assert "0 removed" in result.out
    assert f"Export with no date of its own: {len(before)} of your current connections" in (
        result.out
    )
    assert _statuses(db_path) == before
    names = {c["name"] for c in cli(capsys, db_path, "connections", "--format", "json").json()}
    assert {"Hugh Triggerr", "Michael Harney"} <= names  # what it knows is added


def test_the_user_may_say_the_undated_export_is_the_newest(
    capsys: pytest.CaptureFixture[str], db_path: Path, samples: Path
) -> None:
    assert cli(capsys, db_path, "import", "linkedin", str(samples / DATED)).code == 0
    urls = set(_statuses(db_path))
    args = ("import", "linkedin", str(samples / UNDATED), "--allow-removals")
    result = cli(capsys, db_path, *args)
    assert result.code == 0, result.err
    assert f"{len(urls)} removed" in result.out
    assert set(_statuses(db_path).values()) == {"removed"}


def test_an_undated_export_into_an_empty_store_is_just_imported(
    db_path: Path, samples: Path
) -> None:
    workspace = Workspace.open(str(db_path))
    try:
        report = linkedin_import.import_linkedin(workspace, samples / UNDATED)
    finally:
        workspace.close()
    assert report.undated is False
    assert report.counts["new"] == 3
