"""Export targets (issue 13, defect 1): never the database, a backup, a link or a device."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from linkrevive.exporters import safe_cell, usable_delimiter
from tests.helpers import cli, dump
from tests.revival_service.world import AS_OF, build_world

SQLITE_MAGIC = b"SQLite format 3\x00"


@pytest.fixture
def world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> dict[str, Path]:
    return build_world(capsys, db_path, tmp_path)


def _refused(capsys: pytest.CaptureFixture[str], db: Path, target: Path | str, *extra: str) -> str:
    """Run both exports to ``target``; both must fail with one sentence and change nothing."""
    before = dump(db)
    errors = []
    for command in (("reactivation", "--as-of", AS_OF), ("to-connect",)):
        result = cli(capsys, db, "export", *command, "-o", str(target), *extra)
        assert result.code == 1, (command, result.out, result.err)
        assert result.out == ""
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.err, result.err
        errors.append(lines[0])
    assert dump(db) == before
    assert db.read_bytes().startswith(SQLITE_MAGIC)
    assert errors[0] == errors[1]
    return errors[0]


@pytest.mark.usefixtures("world")
def test_the_open_database_and_its_journal_files_are_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    error = _refused(capsys, db_path, db_path)
    assert error == (
        f"linkrevive: {db_path} is refused as an export target: it is the database "
        f"LinkRevive is working on ({db_path.name})."
    )
    for suffix in ("-wal", "-shm", "-journal"):
        journal = Path(f"{db_path}{suffix}")
        assert f"({journal.name})" in _refused(capsys, db_path, journal)
    # Through a symbolic link, a hard link, or a relative path with '..' in it.
    link = tmp_path / "list.csv"
    link.symlink_to(db_path)
    assert "it is the database" in _refused(capsys, db_path, link)
    assert link.is_symlink()
    hard = tmp_path / "other-name.csv"
    os.link(db_path, hard)
    assert "it is the database" in _refused(capsys, db_path, hard)
    roundabout = tmp_path / "sub" / ".." / db_path.name
    (tmp_path / "sub").mkdir()
    assert "it is the database" in _refused(capsys, db_path, roundabout)


@pytest.mark.usefixtures("world")
def test_backups_and_other_databases_are_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    backups = sorted((tmp_path / "backups").iterdir())
    assert backups, "the imports of the world took backups"
    copy = backups[-1]
    saved = copy.read_bytes()
    assert "backup folder" in _refused(capsys, db_path, copy)
    assert "backup folder" in _refused(capsys, db_path, copy.parent / "new.csv")
    assert copy.read_bytes() == saved
    other = tmp_path / "crm-old.sqlite3"
    other.write_bytes(db_path.read_bytes())
    error = _refused(capsys, db_path, other)
    assert error.endswith("it is a SQLite database, which an export never replaces.")
    assert other.read_bytes() == db_path.read_bytes()


@pytest.mark.usefixtures("world")
def test_devices_pipes_and_folders_are_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    error = _refused(capsys, db_path, fifo)  # refused at once: nobody reads the pipe
    assert "it is not a regular file (a device, a pipe or a socket)" in error
    assert fifo.exists() and not fifo.is_file()
    link = tmp_path / "to-pipe.csv"
    link.symlink_to(fifo)
    assert "not a regular file" in _refused(capsys, db_path, link)
    assert link.is_symlink()
    assert "it is a folder" in _refused(capsys, db_path, tmp_path)
    assert "its folder does not exist" in _refused(capsys, db_path, tmp_path / "no" / "x.csv")


@pytest.mark.usefixtures("world")
def test_a_symbolic_link_is_written_through_and_stays_a_link(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    real = elsewhere / "relance.csv"
    real.write_text("old export", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "relance.csv"
    link.symlink_to(real)
    result = cli(capsys, db_path, "export", "reactivation", "--as-of", AS_OF, "-o", str(link))
    assert result.code == 0, result.err
    assert link.is_symlink() and link.resolve() == real
    content = real.read_bytes()
    assert content.startswith(b"\xef\xbb\xbfrank,score,name")
    assert (real.stat().st_mode & 0o777) == 0o640  # the replaced file's permissions
    assert sorted(p.name for p in elsewhere.iterdir()) == ["relance.csv"]  # no temp file
    # A dangling link gets a new file where it points.
    dangling = tmp_path / "to-connect.csv"
    dangling.symlink_to(elsewhere / "new.csv")
    assert cli(capsys, db_path, "export", "to-connect", "-o", str(dangling)).code == 0
    assert dangling.is_symlink()
    assert (elsewhere / "new.csv").read_bytes().startswith(b"\xef\xbb\xbfname,email")


@pytest.mark.usefixtures("world")
def test_dash_writes_to_standard_output(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    capsys.readouterr()
    # The CSV bytes go to the binary standard output; capfd sees them, not capsys.
    target = tmp_path / "copy.csv"
    assert cli(capsys, db_path, "export", "reactivation", "--as-of", AS_OF, "-o", str(target))
    with_file = target.read_bytes()
    assert not Path("-").exists()
    result = cli(capsys, db_path, "export", "to-connect", "-o", "-")
    assert result.code == 0
    assert result.err.strip().startswith("-: ")  # the summary is on stderr
    assert "exported" not in result.out
    assert not Path("-").exists()
    assert with_file.startswith(b"\xef\xbb\xbf")


def test_dash_output_holds_the_whole_list(
    capfd: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    from linkrevive.cli.app import run

    assert run(["--db", str(db_path), "demo", "--as-of", AS_OF]) == 0
    capfd.readouterr()
    file = tmp_path / "list.csv"
    assert (
        run(["--db", str(db_path), "export", "reactivation", "--as-of", AS_OF, "-o", str(file)])
        == 0
    )
    capfd.readouterr()
    assert run(["--db", str(db_path), "export", "reactivation", "--as-of", AS_OF, "-o", "-"]) == 0
    out, err = capfd.readouterr()
    assert out.encode("utf-8") == file.read_bytes()
    assert err.startswith("-: ") and err.strip().endswith("exported.")


@pytest.mark.usefixtures("world")
@pytest.mark.parametrize("delimiter", ['"', "\n", "\r", " ", "a", "7", "'", ";;", ""])
def test_unusable_delimiters_are_refused(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, delimiter: str
) -> None:
    target = tmp_path / "list.csv"
    result = cli(
        capsys, db_path, "export", "to-connect", "-o", str(target), "--delimiter", delimiter
    )
    assert result.code == 1
    assert len(result.err.strip().splitlines()) == 1
    assert "The CSV delimiter must be one character other than a quote" in result.err
    assert not target.exists()
    assert not usable_delimiter(delimiter)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_usual_delimiters_are_taken(delimiter: str) -> None:
    assert usable_delimiter(delimiter)


@pytest.mark.parametrize(
    "value", [" =1+1", '  =HYPERLINK("x")', "\u00a0+33", " \t@SUM(A1)", "\n-2", " -x"]
)
def test_formula_after_leading_white_space_is_made_inert(value: str) -> None:
    assert safe_cell(value) == "'" + value
    assert safe_cell(" a = b") == " a = b"
