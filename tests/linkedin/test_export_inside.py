"""The export's zip handed inside something else (a folder of downloads, a zip a mail program
or a colleague made of it): one sentence naming the zip to import, nothing imported."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from tests.helpers import cli, connections_csv, write_export

ROW = ("Ana", "Pop", "https://www.linkedin.com/in/ana-pop", "", "Agence", "CEO", "05 Jan 2024")


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_export(tmp_path, "06-01-2024", {"Connections.csv": connections_csv([ROW])})


def test_a_folder_holding_the_export_zip_names_it(
    export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    shutil.move(export, folder / export.name)
    (folder / "holiday photos.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # not LinkedIn's
    db = tmp_path / "inside.sqlite3"
    found = cli(capsys, db, "import", "linkedin", str(folder))
    assert found.code == 1
    assert found.err.strip() == (
        f"linkrevive: {folder} is a folder holding the LinkedIn export as a zip, "
        f"{export.name}: import that zip."
    )
    assert not db.exists()  # nothing imported, no database made for it
    assert cli(capsys, db, "import", "linkedin", str(folder / export.name)).code == 0


def test_a_zip_holding_the_export_zip_names_it(
    export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outer = tmp_path / "from a colleague.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(export, f"exports/{export.name}")
    found = cli(capsys, tmp_path / "inside.sqlite3", "import", "linkedin", str(outer))
    assert found.code == 1
    assert f"holds the LinkedIn export as another zip, {export.name}: take it out" in found.err


def test_a_folder_of_other_zips_is_no_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    (folder / "holiday photos.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    found = cli(capsys, tmp_path / "none.sqlite3", "import", "linkedin", str(folder))
    assert found.code == 1 and "is not a LinkedIn export" in found.err
