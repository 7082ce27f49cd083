"""Databases the app cannot use say so in one sentence (issue 13, defect 8): a newer schema,
a read-only or immutable file, an unknown URL; ``?mode=ro`` is honoured."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import CliResult, cli, dump

SHEET = "First name,Last name,Email,Company\nAnne,Lefèvre,anne@pixelbleu.fr,Pixel Bleu\n"
SECOND = "First name,Last name,Email,Company\nPaul,Ferrand,paul.secret-row@ferrand.fr,Ferrand\n"


@pytest.fixture
def filled(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    db = tmp_path / "crm.sqlite3"
    sheet = tmp_path / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert cli(capsys, db, "import", "contacts", str(sheet)).code == 0
    (tmp_path / "second.csv").write_text(SECOND, encoding="utf-8")
    return db


def _one_sentence(result: CliResult) -> str:
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err and "[SQL" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    return lines[0]


def _backups(db: Path) -> list[str]:
    folder = db.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_a_newer_schema_names_the_file_and_the_need(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    connection = sqlite3.connect(filled)
    connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.commit()
    connection.close()
    before, copies = dump(filled), _backups(filled)
    for command in (("people",), ("import", "contacts", str(filled.parent / "second.csv"))):
        error = _one_sentence(cli(capsys, filled, *command))
        assert error == (
            f"linkrevive: {filled} was written by a newer LinkRevive (database version "
            "0099_from_the_future); it needs a newer LinkRevive to open it."
        )
    assert dump(filled) == before
    assert _backups(filled) == copies


@pytest.fixture
def immutable(filled: Path) -> Iterator[Path]:
    chattr = shutil.which("chattr")
    if chattr is None:
        pytest.skip("chattr is not installed")
    done = subprocess.run([chattr, "+i", str(filled)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"this file system has no immutable flag: {done.stderr!r}")
    try:
        yield filled
    finally:
        subprocess.run([chattr, "-i", str(filled)], check=True)


def test_an_immutable_file_is_read_but_never_written_and_no_row_is_printed(
    capsys: pytest.CaptureFixture[str], immutable: Path
) -> None:
    before, copies = dump(immutable), _backups(immutable)
    listed = cli(capsys, immutable, "people", "--format", "json")
    assert listed.code == 0 and [p["name"] for p in listed.json()] == ["Anne Lefèvre"]
    result = cli(capsys, immutable, "import", "contacts", str(immutable.parent / "second.csv"))
    error = _one_sentence(result)
    assert error == (
        f"linkrevive: {immutable} cannot be written (it is read-only); LinkRevive needs a "
        "database it can write to."
    )
    assert "paul.secret-row" not in result.out + result.err
    assert dump(immutable) == before
    assert _backups(immutable) == copies  # the import's copy went with it


def test_mode_ro_opens_the_file_read_only(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    url = f"sqlite:///{filled}?mode=ro"
    before = dump(filled)
    listed = cli(capsys, url, "people", "--format", "json")
    assert listed.code == 0, listed.err
    assert [p["name"] for p in listed.json()] == ["Anne Lefèvre"]
    error = _one_sentence(cli(capsys, url, "import", "contacts", str(filled.parent / "second.csv")))
    assert "cannot be written (it is read-only)" in error
    assert dump(filled) == before
    assert not list(filled.parent.glob("*mode=ro*"))  # no new file named after the URL
    missing = f"sqlite:///{filled.parent / 'none.sqlite3'}?mode=ro"
    assert "none.sqlite3" in _one_sentence(cli(capsys, missing, "people"))


@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("bogus://x", "'bogus://x' is not a database LinkRevive can open ('bogus' is not a"),
        ("mysql+nodriver://u:pw@h/db", "'mysql+nodriver://u:***@h/db' is not a database"),
        ("postgresql+psycopg://u:pw@h:notaport/db", "is not a database LinkRevive can open"),
    ],
)
def test_unknown_database_urls_are_one_sentence(
    capsys: pytest.CaptureFixture[str], location: str, said: str
) -> None:
    error = _one_sentence(cli(capsys, location, "people"))
    assert said in error
    assert ":pw@" not in error
