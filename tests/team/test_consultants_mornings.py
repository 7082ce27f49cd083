"""Each consultant's own mornings in a shared database (issue 17), on SQLite and on the real
PostgreSQL server: what is "new since last time" is new since *my* last look at Today, so
a teammate's look clears none of my new flags; a snooze ending is news for the one who
snoozed, not for the others; a database of one consultant records and reads its looks as
before (the implicit consultant's), and an old database's looks become that consultant's."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from linkrevive.services import consultants, morning
from linkrevive.services.workspace import Workspace
from tests.helpers import connections_csv, write_export
from tests.team.conftest import ok, rows

ANA = "https://www.linkedin.com/in/ana-synthetic"
BEN = "https://www.linkedin.com/in/ben-synthetic"
FAY = "https://www.linkedin.com/in/fay-synthetic"
IOANA = ("--as-user", "Ioana")
FIXTURE_0007 = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "0007.sqlite3"

#: The lead sheet: Ana, Ben and Fay, dormant since 2023.
SHEET = """First name,Last name,Email,Company,Stage,Stall reason,Last contact
Ana,Synthetic,ana@alpha.example,Alpha,Info sent,No time,2023-01-10
Ben,Synthetic,ben@beta.example,Beta,Info sent,No time,2023-02-10
Fay,Synthetic,fay@eta.example,Eta,Info sent,No time,2023-03-10
"""


def _base(db: str, tmp_path: Path) -> None:
    """The lead sheet and my LinkedIn export (Ana and Ben): a database of one consultant."""
    sheet = tmp_path / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    ok(db, "import", "contacts", str(sheet))
    (tmp_path / "me").mkdir()
    mine = [
        ("Ana", "Synthetic", ANA, "ana@alpha.example", "Alpha", "Director", "10 Mar 2018"),
        ("Ben", "Synthetic", BEN, "ben@beta.example", "Beta", "CTO", "11 Apr 2019"),
    ]
    ok(db, "import", "linkedin", str(write_export(tmp_path / "me", "01-10-2026", {
        "Connections.csv": connections_csv(mine)
    })))  # fmt: skip


def _team(db: str, tmp_path: Path) -> None:
    """My database, then Ioana's export (Ana and Fay), which makes it shared."""
    _base(db, tmp_path)
    (tmp_path / "ioana").mkdir()
    hers = [
        ("Ana", "Synthetic", ANA, "ana@alpha.example", "Alpha", "Director", "02 Feb 2019"),
        ("Fay", "Synthetic", FAY, "fay@eta.example", "Eta", "Partner", "04 Apr 2020"),
    ]
    ok(db, *IOANA, "import", "linkedin", str(write_export(tmp_path / "ioana", "02-01-2026", {
        "Connections.csv": connections_csv(hers)
    })))  # fmt: skip


def _look(db: str, day: str, *extra: str, user: tuple[str, ...] = ()) -> dict[str, bool]:
    """Today of ``day`` (as ``user``): each lead's name and its "new" flag."""
    out = ok(db, *user, "today", "--as-of", day, "--format", "json", *extra).out
    return {row["name"]: bool(row["new"]) for row in json.loads(out)}


def _woken(db: str, day: date, user: str | None) -> set[int]:
    """The leads whose snooze ended since ``user``'s last look (the news "back from
    snooze"), as the window and the nudge read them."""
    workspace = Workspace.open(db)
    try:
        with consultants.acting_as(user):
            news = morning.morning_news(workspace, as_of=day)
        return {i.person_id for i in news.items if news.news_code(i) == morning.WOKEN}
    finally:
        workspace.close()


def _person(db: str, email: str) -> int:
    found = rows(db, "SELECT person_id FROM person_email WHERE email = :e", e=email)
    return int(found[0][0])


def test_a_teammates_look_at_today_does_not_clear_my_new_flags(
    team_db: str, tmp_path: Path
) -> None:
    _team(team_db, tmp_path)
    first = _look(team_db, "2026-02-01", "--limit", "1", "--mark-seen")
    assert len(first) == 1
    (seen,) = first
    # Ioana looks at her whole Today in between.
    hers = _look(team_db, "2026-02-04", "--mark-seen", user=IOANA)
    assert {"Ana Synthetic", "Ben Synthetic", "Fay Synthetic"} <= set(hers)

    mine = _look(team_db, "2026-02-05")
    assert {name for name, new in mine.items() if new} == set(mine) - {seen}
    table = ok(team_db, "today", "--as-of", "2026-02-05").out
    assert "since Sunday 2026-02-01." in table  # my last look, not hers (Wednesday)
    # Hers showed everything she sees: nothing is new for her the next day.
    assert not any(_look(team_db, "2026-02-05", user=IOANA).values())
    assert sorted(
        rows(
            team_db,
            "SELECT k.name, CAST(v.as_of AS VARCHAR(10)) FROM today_visit v "
            "JOIN consultant k ON k.id = v.consultant_id",
        )
    ) == [("", "2026-02-01"), ("Ioana", "2026-02-04")]


def test_a_snooze_ending_is_news_for_the_one_who_snoozed(team_db: str, tmp_path: Path) -> None:
    _team(team_db, tmp_path)
    ana, ben = _person(team_db, "ana@alpha.example"), _person(team_db, "ben@beta.example")
    ok(team_db, *IOANA, "lead", "snooze", "ana@alpha.example", "--until", "2026-02-03")
    ok(team_db, "lead", "snooze", "ben@beta.example", "--until", "2026-02-03")
    mine = _look(team_db, "2026-02-01", "--mark-seen")
    hers = _look(team_db, "2026-02-01", "--mark-seen", user=IOANA)
    assert "Ana Synthetic" in mine and "Ben Synthetic" not in mine
    assert "Ben Synthetic" in hers and "Ana Synthetic" not in hers

    # Both snoozes ended on the 3rd: each is back from snooze for the one who snoozed.
    assert _woken(team_db, date(2026, 2, 5), None) == {ben}
    assert _woken(team_db, date(2026, 2, 5), "Ioana") == {ana}
    mine = _look(team_db, "2026-02-05")
    hers = _look(team_db, "2026-02-05", user=IOANA)
    assert {n for n, new in mine.items() if new} == {"Ben Synthetic"}
    assert {n for n, new in hers.items() if new} == {"Ana Synthetic"}


def test_a_database_of_one_consultant_keeps_its_mornings(
    team_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _base(team_db, tmp_path)
    # A name saved on this computer changes nothing while nobody else shares the database.
    monkeypatch.setenv("LINKREVIVE_USER", "Me")
    ben = _person(team_db, "ben@beta.example")
    ok(team_db, "lead", "snooze", "ben@beta.example", "--until", "2026-02-03")
    first = _look(team_db, "2026-02-01", "--limit", "1", "--mark-seen")
    (seen,) = first
    mine = _look(team_db, "2026-02-05")
    assert "Ben Synthetic" in mine
    assert {n for n, new in mine.items() if new} == set(mine) - {seen}
    assert _woken(team_db, date(2026, 2, 5), None) == {ben}
    assert rows(team_db, "SELECT consultant_id FROM today_visit") == [(1,)]
    assert rows(team_db, "SELECT id, name FROM consultant") == [(1, "")]


def test_the_looks_of_an_older_database_are_the_implicit_consultants(tmp_path: Path) -> None:
    db = str(tmp_path / "old.sqlite3")
    shutil.copy(FIXTURE_0007, db)
    shown = rows(db, "SELECT person_id, profile_id, signs FROM today_visit_lead")
    ok(db, "today", "--as-of", "2026-03-20")  # opens (migrates) the database
    assert rows(db, "SELECT consultant_id, CAST(as_of AS VARCHAR(10)) FROM today_visit") == [
        (1, "2026-03-19")
    ]
    assert rows(db, "SELECT person_id, profile_id, signs FROM today_visit_lead") == shown
    assert "since yesterday." in ok(db, "today", "--as-of", "2026-03-20").out


def test_a_teammates_notification_does_not_silence_mine(team_db: str, tmp_path: Path) -> None:
    _team(team_db, tmp_path)
    day = date(2026, 2, 5)
    workspace = Workspace.open(team_db)
    try:
        with consultants.acting_as("Ioana"):
            morning.remember_nudge(workspace, day)
            assert not morning.nudge_due(workspace, day)
        assert morning.nudge_due(workspace, day)
        assert morning.nudged_on(workspace) is None
        morning.remember_nudge(workspace, day)
        assert not morning.nudge_due(workspace, day)
    finally:
        workspace.close()
