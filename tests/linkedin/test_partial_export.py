"""A partial LinkedIn export (a lone or cut Connections.csv) removes nobody unless the user says
so (``--allow-removals``), and the report says it was taken as partial; ordinary removals
between two full exports still count."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from linkrevive.services.linkedin_import import is_partial
from tests.helpers import cli, connections_csv, write_export


def _export(folder: Path, stamp: str, indexes: range | list[int]) -> Path:
    rows = [
        (f"Prénom{i}", f"Nom{i}", f"https://www.linkedin.com/in/p{i}", "", "Agence", "CTO",
         "03 Feb 2019")
        for i in indexes
    ]  # fmt: skip
    folder.mkdir(exist_ok=True)
    return write_export(folder, stamp, {"Connections.csv": connections_csv(rows)})


def _statuses(db: Path) -> dict[str, int]:
    connection = sqlite3.connect(db)
    try:
        return dict(connection.execute("SELECT status, count(*) FROM profile GROUP BY status"))
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("missing", "current", "partial"),
    [(1068, 1069, True), (11, 30, True), (10, 30, False), (11, 56, False), (12, 56, True),
     (0, 0, False), (25, 1000, False)],
)  # fmt: skip
def test_partial_means_more_than_ten_and_more_than_a_fifth(
    missing: int, current: int, partial: bool
) -> None:
    assert is_partial(missing, current) is partial


def test_a_one_row_export_removes_nobody_and_says_so(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    full = _export(tmp_path / "a", "01-15-2025", range(30))
    lone = _export(tmp_path / "b", "02-15-2025", [0])
    assert cli(capsys, db_path, "import", "linkedin", str(full)).code == 0
    result = cli(capsys, db_path, "import", "linkedin", str(lone))
    assert result.code == 0, result.err
    assert "0 removed" in result.out
    assert "Partial export: 29 of your current connections are not in it" in result.out
    assert "--allow-removals" in result.out
    assert _statuses(db_path) == {"current": 30}
    # The full export again (newer): nobody came back, so no false "reconnected" signal.
    newer = _export(tmp_path / "c", "03-15-2025", range(30))
    result = cli(capsys, db_path, "import", "linkedin", str(newer))
    assert result.code == 0 and "Partial export" not in result.out
    assert cli(capsys, db_path, "signals", "--format", "json").json() == []
    assert _statuses(db_path) == {"current": 30}


def test_allow_removals_marks_the_missing_ones_removed(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    full = _export(tmp_path / "a", "01-15-2025", range(30))
    lone = _export(tmp_path / "b", "02-15-2025", [0])
    assert cli(capsys, db_path, "import", "linkedin", str(full)).code == 0
    result = cli(capsys, db_path, "import", "linkedin", "--allow-removals", str(lone))
    assert result.code == 0, result.err
    assert "29 removed" in result.out and "Partial export" not in result.out
    assert _statuses(db_path) == {"current": 1, "removed": 29}


def test_a_few_connections_gone_between_full_exports_are_removed(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    full = _export(tmp_path / "a", "01-15-2025", range(60))
    later = _export(tmp_path / "b", "02-15-2025", range(10, 60))  # 10 of 60 gone
    assert cli(capsys, db_path, "import", "linkedin", str(full)).code == 0
    result = cli(capsys, db_path, "import", "linkedin", str(later))
    assert result.code == 0 and "10 removed" in result.out
    assert "Partial export" not in result.out
    assert _statuses(db_path) == {"current": 50, "removed": 10}
