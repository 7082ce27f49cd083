"""`export reactivation|to-connect` and `forget` end to end on a real SQLite file."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from tests.helpers import cli, dump
from tests.revival_service.world import (
    ANNE,
    ANNE_MAIL,
    AS_OF,
    EMILE,
    KARL_MAIL,
    build_world,
    pair,
)


@pytest.fixture
def world(capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path) -> dict[str, Path]:
    return build_world(capsys, db_path, tmp_path)


def _csv(path: Path, delimiter: str = ",") -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_export_reactivation_csv(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, world: dict[str, Path]
) -> None:
    target = tmp_path / "relance.csv"
    result = cli(
        capsys,
        db_path,
        "export",
        "reactivation",
        "-o",
        str(target),
        "--as-of",
        AS_OF,
        "--delimiter",
        ";",
    )
    assert result.code == 0, result.err
    assert result.out.strip() == f"{target}: 4 leads exported."
    rows = _csv(target, ";")
    assert [r["name"] for r in rows] == [
        "Anne Lefèvre",
        "Bruno Marchal",
        "Gaston Roux",
        "Émile Van den Berghe",
    ]
    assert [r["section"] for r in rows] == [
        "Fresh sign",
        "Fresh sign",
        "Due for a revisit",
        "New in your network",
    ]
    anne = rows[0]
    assert anne["rank"] == "1"
    assert anne["emails"] == ANNE_MAIL
    assert anne["linkedin_url"] == ANNE
    assert anne["last_exchange"] == "2023-05-10"
    assert anne["company"] == "Atelier Numérique"
    assert anne["stage"] == "Call postponed"
    assert anne["stall_reason"] == "No time"
    # The silence ended when she wrote: May 2023 to March 2026.
    assert anne["dormant_for"] == "2 years 9 months"
    assert anne["signals"].splitlines() == [
        "2026-03-15 — New job between January 2025 and March 2026: moved from Pixel Bleu SARL "
        "to Atelier Numérique as CTO",
        "2026-03-01 — Sent you a LinkedIn message: “Nouveau projet”",
    ]
    assert anne["why_now"].startswith("Sent you a LinkedIn message")
    assert anne["opener"].startswith("Hello Anne, thank you for your message")
    today = cli(capsys, db_path, "today", "--as-of", AS_OF, "--format", "json").json()
    assert [int(r["score"]) for r in rows] == [r["score"] for r in today]
    gaston = rows[2]
    # Distance was the blocker: the opener offers the on-site visit.
    assert "visit our team on site" in gaston["opener"]


def test_export_reactivation_xlsx_in_french(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, world: dict[str, Path]
) -> None:
    target = tmp_path / "relance.xlsx"
    result = cli(
        capsys,
        db_path,
        "export",
        "reactivation",
        "-o",
        str(target),
        "--format",
        "xlsx",
        "--as-of",
        AS_OF,
        "--lang",
        "fr",
    )
    assert result.code == 0, result.err
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = values[0]
    assert header[:3] == ("Rang", "Score", "Nom")
    assert len(values) == 5
    assert values[-1][-1] == "Nouveau dans votre réseau"
    first = dict(zip(header, values[1], strict=True))
    assert first["Nom"] == "Anne Lefèvre"
    assert first["Étape"] == "Appel reporté"
    assert str(first["Message suggéré"]).startswith("Bonjour Anne,")
    assert str(first["Pourquoi maintenant"]).startswith("Vous a écrit sur LinkedIn")


def test_export_format_follows_the_suffix_and_bad_targets_fail_cleanly(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, world: dict[str, Path]
) -> None:
    target = tmp_path / "list.xlsx"
    assert cli(capsys, db_path, "export", "reactivation", "-o", str(target)).code == 0
    assert target.read_bytes().startswith(b"PK")  # a zip: an XLSX workbook
    before = dump(db_path)
    missing = tmp_path / "no-such-folder" / "list.csv"
    result = cli(capsys, db_path, "export", "reactivation", "-o", str(missing))
    assert result.code == 1
    assert result.err.strip() == (
        f"linkrevive: {missing} could not be written (its folder does not exist)."
    )
    result = cli(capsys, db_path, "export", "to-connect", "-o", str(tmp_path), "--delimiter", ";")
    assert result.code == 1 and "could not be written (it is a folder)" in result.err
    flat = tmp_path / "list.csv"
    bad = cli(capsys, db_path, "export", "reactivation", "-o", str(flat), "--delimiter", "::")
    assert bad.code == 1
    assert "The CSV delimiter must be one character" in bad.err
    assert not flat.exists()
    assert dump(db_path) == before


def test_export_to_connect(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, world: dict[str, Path]
) -> None:
    target = tmp_path / "to-connect.csv"
    result = cli(capsys, db_path, "export", "to-connect", "-o", str(target))
    assert result.code == 0, result.err
    rows = _csv(target)
    # Paired people are connected already; contact@ is no person; Julie never exchanged.
    assert [r["name"] for r in rows] == ["Karl Weber", "Ivan Petit"]
    karl = rows[0]
    assert karl == {
        "name": "Karl Weber",
        "email": KARL_MAIL,
        "company": "Weber Digital",
        "last_exchange": "2025-11-02",
        "linkedin_search_url": (
            "https://www.linkedin.com/search/results/people/?keywords=Karl%20Weber%20Weber%20Digital"
        ),
    }
    # Once paired, Karl leaves the list.
    assert cli(capsys, db_path, "import", "linkedin", str(world["second"])).code == 0
    pair(db_path, KARL_MAIL, "https://www.linkedin.com/in/david-nguyen")
    assert cli(capsys, db_path, "export", "to-connect", "-o", str(target)).code == 0
    assert [r["name"] for r in _csv(target)] == ["Ivan Petit"]


def _mentions(db: Path, *needles: str) -> list[str]:
    return [line for line in dump(db) if any(n in line for n in needles)]


def test_forget_by_email_erases_both_sides_and_blocks_reimport(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    assert _mentions(db_path, ANNE_MAIL, "Lefèvre", "anne-lef")
    result = cli(capsys, db_path, "forget", ANNE_MAIL.upper())
    assert result.code == 0, result.err
    assert result.out.startswith(f"{ANNE_MAIL.upper()}: forgotten (")
    assert "1 people" in result.out and "1 profiles" in result.out
    assert _mentions(db_path, ANNE_MAIL, "Lefèvre", "anne-lef") == []
    # Every import source that named her skips her from now on.
    for source in ("first", "second"):
        assert cli(capsys, db_path, "import", "linkedin", str(world[source])).code == 0
    assert cli(capsys, db_path, "import", "contacts", str(world["sheet"])).code == 0
    assert _mentions(db_path, ANNE_MAIL, "Lefèvre", "anne-lef") == []
    today = cli(capsys, db_path, "today", "--as-of", AS_OF, "--format", "json").json()
    assert "Anne Lefèvre" not in [r["name"] for r in today]


def test_forget_a_profile_known_only_from_an_invitation(
    capsys: pytest.CaptureFixture[str], db_path: Path, world: dict[str, Path]
) -> None:
    assert _mentions(db_path, "Berghe")
    result = cli(capsys, db_path, "forget", EMILE + "/")
    assert result.code == 0, result.err
    assert "1 profiles" in result.out and "people" not in result.out
    assert _mentions(db_path, "Berghe", "emile-van") == []
    assert cli(capsys, db_path, "import", "linkedin", str(world["second"])).code == 0
    assert _mentions(db_path, "Berghe", "emile-van") == []
    connections = cli(capsys, db_path, "connections", "--format", "json").json()
    assert len(connections) == 4
    # Forgetting twice: nothing is left to match.
    again = cli(capsys, db_path, "forget", EMILE)
    assert again.code == 1
    assert again.err.strip() == f"linkrevive: No person or LinkedIn profile matches '{EMILE}'."
