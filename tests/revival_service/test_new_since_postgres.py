"""SPEC §8: the mornings' record and "new since last time" behave the same on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli
from tests.revival_service.test_new_since import EXPECTED_NEW, MORNINGS
from tests.revival_service.world import ANNE_MAIL, BRUNO_MAIL, SHEET, first_export, second_export

pytestmark = pytest.mark.services


def _mornings(capsys: pytest.CaptureFixture[str], db: str, folder: Path) -> list[set[object]]:
    folder.mkdir()
    sheet = folder / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    for step in (
        ("import", "linkedin", str(first_export(folder))),
        ("import", "linkedin", str(second_export(folder))),
        ("import", "contacts", str(sheet)),
        ("match",),
    ):
        assert cli(capsys, db, *step).code == 0, step
    seen = []
    for day in [*MORNINGS, "2026-03-17"]:  # the second look of a day merges with the first
        rows = cli(capsys, db, "today", "--as-of", day, "--format", "json", "--mark-seen").json()
        seen.append({r["name"] for r in rows if r["new"]})
    assert cli(capsys, db, "lead", "snooze", BRUNO_MAIL, "--until", "2026-03-25").code == 0
    assert cli(capsys, db, "forget", ANNE_MAIL).code == 0
    rows = cli(capsys, db, "today", "--as-of", "2026-03-25", "--format", "json").json()
    seen.append({r["name"] for r in rows if r["new"]})
    return seen


def test_mornings_match_sqlite(
    capsys: pytest.CaptureFixture[str], pg_db_url: str, tmp_path: Path
) -> None:
    on_sqlite = _mornings(capsys, str(tmp_path / "ref.sqlite3"), tmp_path / "a")
    on_postgres = _mornings(capsys, pg_db_url, tmp_path / "b")
    assert on_postgres == on_sqlite
    assert on_sqlite[0] == EXPECTED_NEW[MORNINGS[0]]
    assert "Bruno Marchal" in on_sqlite[-1]  # his snooze ended since the last look
