"""`linkrevive demo` fills only a database that holds nobody: made-up prospects mixed into
a real network could not be told apart and taken out again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import cli, dump


def test_demo_refuses_a_database_holding_people_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: Path
) -> None:
    db = tmp_path / "mine.sqlite3"
    card = samples / "ezvcard_gmail-list.vcf"
    assert cli(capsys, db, "import", "contacts", str(card)).code == 0
    before = dump(db)

    refused = cli(capsys, db, "demo", "--as-of", "2026-06-01")

    assert refused.code != 0
    assert refused.err.strip().splitlines() == [
        f"linkrevive: {db} already holds your people or connections; the demo goes into a "
        "database of its own (--db demo.sqlite3)."
    ]
    assert dump(db) == before


def test_demo_refuses_a_database_holding_only_linkedin_connections(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: Path
) -> None:
    db = tmp_path / "mine.sqlite3"
    connections = samples / "linkedin_Connections_2023plus_SYNTHETIC.csv"
    assert cli(capsys, db, "import", "linkedin", str(connections)).code == 0
    before = dump(db)

    assert cli(capsys, db, "demo").code != 0
    assert dump(db) == before


def test_demo_fills_a_new_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    assert cli(capsys, db, "demo", "--as-of", "2026-06-01").code == 0
    assert cli(capsys, db, "today", "--as-of", "2026-06-01", "--format", "json").json()
