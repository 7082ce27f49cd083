"""An import's summary counts its signals once: the stored count, not the 200 newest the
report carries to list them ("415 signals" then "Signals found (200)" disagreed)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from benchmarks.gen_linkedin import make_rows, write_zip
from tests.helpers import cli


def test_the_signal_count_agrees_with_the_database(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    export = write_zip(
        tmp_path / "Complete_LinkedInDataExport_01-02-2025.zip", make_rows(1000, 1), 800, 1
    )
    result = cli(capsys, db_path, "import", "linkedin", str(export))
    assert result.code == 0, result.err
    connection = sqlite3.connect(db_path)
    try:
        (stored,) = connection.execute("SELECT count(*) FROM signal").fetchone()
    finally:
        connection.close()
    assert stored > 200
    assert f", {stored} signals" in result.out
    assert f"Signals found ({stored}):" in result.out
    assert f"  … and {stored - 50} more (see 'linkrevive signals')." in result.out
    assert len(re.findall(r"^  \d{4}-\d\d-\d\d ", result.out, re.MULTILINE)) == 50
