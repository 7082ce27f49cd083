"""`today --new`, the `new` flag of JSON and CSV, and `--mark-seen` on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, dump
from tests.revival_service.world import build_world


@pytest.fixture
def world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> Path:
    build_world(capsys, db_path, tmp_path)
    return db_path


def _look(
    capsys: pytest.CaptureFixture[str], db: Path, day: str, *extra: str
) -> list[dict[str, object]]:
    result = cli(capsys, db, "today", "--as-of", day, "--format", "json", *extra)
    assert result.code == 0, result.err
    rows: list[dict[str, object]] = result.json()
    return rows


def test_today_new_lists_only_the_new_and_reading_changes_nothing(
    capsys: pytest.CaptureFixture[str], world: Path
) -> None:
    _look(capsys, world, "2026-03-02", "--mark-seen")
    before = dump(world)
    only = _look(capsys, world, "2026-03-16", "--new")
    assert {r["name"] for r in only} == {"Bruno Marchal", "Anne Lefèvre"} and all(
        r["new"] for r in only
    )
    assert len(_look(capsys, world, "2026-03-16", "--new", "--limit", "1")) == 1
    table = cli(capsys, world, "today", "--as-of", "2026-03-16", "--new")
    assert "Gaston" not in table.out and "2 new leads since 2026-03-02." in table.out
    assert dump(world) == before  # without --mark-seen, a script does not move "since"
    csv_out = cli(capsys, world, "today", "--as-of", "2026-03-16", "--format", "csv").out
    assert csv_out.splitlines()[0].endswith(",new")


def test_the_first_look_marks_nothing_and_says_why(
    capsys: pytest.CaptureFixture[str], world: Path
) -> None:
    rows = _look(capsys, world, "2026-03-16")
    assert rows and not any(r["new"] for r in rows)
    assert _look(capsys, world, "2026-03-16", "--new") == []
    table = cli(capsys, world, "today", "--as-of", "2026-03-16", "--new")
    assert "No earlier look at Today recorded" in table.out
    table = cli(capsys, world, "today", "--as-of", "2026-03-16", "--mark-seen")
    assert "No earlier look" not in table.out and " new " not in table.out
    table = cli(capsys, world, "today", "--as-of", "2026-03-17")
    assert "0 new leads since yesterday." in table.out
    table = cli(capsys, world, "today", "--as-of", "2026-03-19")
    assert "since Monday 2026-03-16." in table.out


def test_help_names_the_options(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    result = cli(capsys, db_path, "today", "--help")
    assert "--new" in result.out and "--mark-seen" in result.out
