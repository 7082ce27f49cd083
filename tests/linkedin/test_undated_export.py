"""A LinkedIn export with no date of its own (the pre-2017 Outlook layout: no file name date,
no connection dates) imported after a dated one may well be older: it adds what it knows but
marks nobody removed, unless the user says it is the newest (``--allow-removals``)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

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


# -- the import day is never the export's date --------------------------------------------

OLD_COMPANY = "Contoso Ltd"


def _undated_file(folder: Path) -> Path:
    """A Connections.csv of the old Outlook layout (no date anywhere) naming two people of
    the dated sample: one at another company than the dated export shows, one with the
    email address the dated export lacks."""
    path = folder / "old-connections.csv"
    path.write_text(
        '"First Name","Last Name","E-mail Address","Company","Job Title"\n'
        f'"Avery","Example","","{OLD_COMPANY}","CEO"\n'
        '"Eve","O\'Neil 🚀","eve@tailspin.example","Tailspin Toys",'
        '"Founder & CEO | ""Growth"" advisor"\n',
        encoding="utf-8",
    )
    return path


def _import_both(db: Path, first: Path, second: Path, day: date, *, newest: bool = False) -> Any:
    """Import ``first`` then ``second`` on ``day``; the report of the second."""
    workspace = Workspace.open(str(db))
    try:
        linkedin_import.import_linkedin(workspace, first, today=day)
        return linkedin_import.import_linkedin(workspace, second, today=day, allow_removals=newest)
    finally:
        workspace.close()


def _state(db: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every profile (name, company, status, days seen) and every signal (kind, day, whose)."""
    connection = sqlite3.connect(db)
    try:
        profiles = connection.execute(
            "SELECT first_name, last_name, company, status, first_seen, last_seen FROM profile "
            "ORDER BY first_name, last_name, url"
        ).fetchall()
        signals = connection.execute(
            "SELECT s.kind, substr(s.occurred_at, 1, 10), p.first_name FROM signal s "
            "JOIN profile p ON p.id = s.profile_id ORDER BY 1, 2, 3"
        ).fetchall()
    finally:
        connection.close()
    return profiles, signals


@pytest.mark.parametrize("undated_first", [True, False], ids=["undated-first", "dated-first"])
def test_the_day_of_the_import_changes_nothing(
    tmp_path: Path, samples: Path, undated_first: bool
) -> None:
    undated = _undated_file(tmp_path)
    files = (undated, samples / DATED) if undated_first else (samples / DATED, undated)
    found = []
    for day in (date(2024, 1, 2), date(2031, 5, 6)):  # before and after the dated export
        db = tmp_path / f"{day.isoformat()}.sqlite3"
        _import_both(db, *files, day)
        found.append(_state(db))
    assert found[0] == found[1]
    profiles, _signals = found[0]
    assert {status for *_name, status, _first, _last in profiles} == {"current"}


def test_a_dated_export_after_an_undated_one_is_applied_in_full(
    tmp_path: Path, samples: Path
) -> None:
    # Imported on a day after the dated export was made: it is not taken as older.
    report = _import_both(tmp_path / "db.sqlite3", _undated_file(tmp_path), samples / DATED,
                          date(2026, 12, 5))  # fmt: skip
    assert report.newer_export is None and "history" not in report.counts
    assert report.export_date == date(2025, 11, 14)
    profiles, signals = _state(tmp_path / "db.sqlite3")
    avery = [p for p in profiles if p[0] == "Avery"]
    assert [(p[2], p[3], p[5]) for p in avery] == [("Northwind Traders", "current", "2025-11-14")]
    # Seen at no known day before, Avery's old company says nothing of when she moved.
    assert [s for s in signals if s[0] == "job_change"] == []


def test_an_undated_export_after_a_dated_one_changes_nothing_it_shows_differently(
    tmp_path: Path, samples: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    report = _import_both(db, samples / DATED, _undated_file(tmp_path), date(2026, 12, 5))
    assert report.undated and report.export_date is None
    assert report.counts["kept_different"] == 1  # Avery at another company
    assert report.counts["updated"] == 1  # Eve's address, which the store lacked
    assert report.signals == ()
    profiles, signals = _state(db)
    assert [(p[2], p[5]) for p in profiles if p[0] == "Avery"] == [
        ("Northwind Traders", "2025-11-14")
    ]
    assert signals == []
    connection = sqlite3.connect(db)
    try:
        emails = dict(connection.execute("SELECT first_name, email FROM profile"))
    finally:
        connection.close()
    assert emails["Eve"] == "eve@tailspin.example" and emails["Avery"] is None


def test_said_to_be_the_newest_it_is_applied_as_of_the_import_day(
    tmp_path: Path, samples: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    day = date(2026, 12, 5)
    report = _import_both(db, samples / DATED, _undated_file(tmp_path), day, newest=True)
    assert report.export_date == day and not report.undated
    profiles, signals = _state(db)
    assert [(p[2], p[5]) for p in profiles if p[0] == "Avery"] == [(OLD_COMPANY, day.isoformat())]
    assert ("job_change", day.isoformat(), "Avery") in signals


def test_whom_only_an_undated_export_knows_was_gone_by_the_first_dated_one(
    tmp_path: Path, samples: Path
) -> None:
    db = tmp_path / "db.sqlite3"
    _import_both(db, samples / DATED, samples / UNDATED, date(2026, 12, 5))
    connection = sqlite3.connect(db)
    try:
        known_only_then = connection.execute(
            "SELECT first_name, status, removed_on, first_seen FROM profile "
            "WHERE url NOT LIKE 'http%' ORDER BY first_name"
        ).fetchall()
    finally:
        connection.close()
    assert known_only_then == [
        (name, "removed", "2025-11-14", None) for name in ("Hugh", "Michael", "Ola")
    ]
    # Said to be the newest after all: they are connections again, and that is no news
    # (they were never seen on a known day before).
    report = _import_both(db, samples / DATED, samples / UNDATED, date(2026, 12, 6), newest=True)
    assert report.counts["updated"] == 3
    assert not any(s.kind == "reconnected" for s in report.signals)
