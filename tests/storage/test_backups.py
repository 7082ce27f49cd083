"""Backups before imports (issue 13, defect 5): exact names, the last five, nothing from a
failure."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from linkrevive.storage.database import BACKUPS_KEPT, Database
from tests.helpers import cli

SHEET = "First name,Last name,Email,Company\nAnne,Lefèvre,anne{n}@pixelbleu.fr,Pixel Bleu\n"
STAMPED = re.compile(r"-\d{8}T\d{12}Z")


def _import(capsys: pytest.CaptureFixture[str], db: Path, folder: Path, n: int) -> None:
    sheet = folder / f"sheet-{n}.csv"
    sheet.write_text(SHEET.format(n=n), encoding="utf-8")
    result = cli(capsys, db, "import", "contacts", str(sheet))
    assert result.code == 0, result.err


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_each_database_keeps_its_own_last_five(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    crm, old = tmp_path / "crm.sqlite3", tmp_path / "crm-old.sqlite3"
    backups = tmp_path / "backups"
    for n in range(3):
        _import(capsys, old, tmp_path, n)
    old_copies = [n for n in _names(backups) if n.startswith("crm-old-")]
    assert len(old_copies) == 3  # one before each import (the first: the empty schema)
    for n in range(BACKUPS_KEPT + 3):
        _import(capsys, crm, tmp_path, 10 + n)
    names = _names(backups)
    assert [n for n in names if n.startswith("crm-old-")] == old_copies
    mine = [n for n in names if not n.startswith("crm-old-")]
    assert len(mine) == BACKUPS_KEPT
    assert all(re.fullmatch(r"crm-\d{8}T\d{12}Z\.sqlite3", n) for n in mine)
    # Each copy is a whole database: the newest holds the import before the last one.
    newest = sqlite3.connect(backups / mine[-1])
    try:
        emails = {row[0] for row in newest.execute("SELECT email FROM person_email")}
    finally:
        newest.close()
    assert f"anne{10 + BACKUPS_KEPT + 1}@pixelbleu.fr" in emails
    assert f"anne{10 + BACKUPS_KEPT + 2}@pixelbleu.fr" not in emails


def test_a_failed_import_costs_no_backup_and_leaves_none(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "crm.sqlite3"
    for n in range(BACKUPS_KEPT + 1):
        _import(capsys, db, tmp_path, n)
    before = _names(tmp_path / "backups")
    assert len(before) == BACKUPS_KEPT
    broken = tmp_path / "export.zip"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a zip header, then nothing
    result = cli(capsys, db, "import", "linkedin", str(broken))
    assert result.code == 1 and "export.zip" in result.err
    assert _names(tmp_path / "backups") == before
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert cli(capsys, db, "import", "contacts", str(empty)).code == 1
    assert _names(tmp_path / "backups") == before


def test_a_copy_left_by_a_killed_import_is_removed_by_the_next(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "crm.sqlite3"
    _import(capsys, db, tmp_path, 0)
    # A process that took its pending copy, then died (as under kill -9).
    script = (
        "import os, sys\n"
        "from linkrevive.storage.database import Database\n"
        "copy = Database(sys.argv[1]).backup()\n"
        "print(copy)\n"
        "os._exit(9)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(db)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 9, done.stderr
    stale = Path(done.stdout.strip())
    assert stale.exists() and stale.name.endswith(".partial")
    # A pending copy of a live process (this one) is left alone.
    database = Database(str(db))
    try:
        live = database.backup()
        assert live is not None
        _import(capsys, db, tmp_path, 1)
        assert not stale.exists()
        assert live.exists()
        database.drop_backup(live)
    finally:
        database.dispose()
    names = _names(tmp_path / "backups")
    assert len(names) == 2 and not any(n.endswith(".partial") for n in names)


def test_a_database_without_suffix_has_copies_of_its_own(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bare, full = tmp_path / "crm", tmp_path / "crm.sqlite3"
    for n in range(2):
        _import(capsys, bare, tmp_path, n)
        _import(capsys, full, tmp_path, 10 + n)
    assert len(Database(str(bare), migrate=False).backups()) == 2
    assert len(Database(str(full), migrate=False).backups()) == 2
    assert all(STAMPED.search(n) for n in _names(tmp_path / "backups"))
