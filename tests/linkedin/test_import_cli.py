"""`linkrevive import linkedin` end to end on a real SQLite file: changes, signals, errors."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import (
    cli,
    connections_csv,
    dump,
    invitations_csv,
    messages_csv,
    write_export,
)

OWNER = "https://www.linkedin.com/in/claire-vendeuse"
ANNE = "https://www.linkedin.com/in/anne-lef%C3%A8vre"
BRUNO = "https://www.linkedin.com/in/bruno-marchal"
CELINE = "https://www.linkedin.com/in/celine-dubois"
DAVID = "https://www.linkedin.com/in/david-nguyen"
EMILE = "https://www.linkedin.com/in/emile-van-den-berghe"


def first_export(folder: Path) -> Path:
    return write_export(
        folder,
        "01-15-2025",
        {
            "Connections.csv": connections_csv(
                [
                    ("Anne", "Lefèvre", ANNE, "", "Pixel Bleu SARL", "Développeuse", "03 Feb 2019"),
                    ("Bruno", "Marchal", BRUNO, "", "Studio Kôdé", "CTO", "11 Jun 2020"),
                    (
                        "Céline",
                        "Dubois",
                        CELINE,
                        "celine@agence-dubois.fr",
                        "Agence Dubois",
                        "Gérante",
                        "20 Sep 2018",
                    ),
                    ("David", "Nguyen", DAVID, "", "Web Factory", "Lead dev", "02 Jan 2017"),
                ]
            ),
        },
    )


def second_export(folder: Path) -> Path:
    return write_export(
        folder,
        "03-15-2026",
        {
            "Connections.csv": connections_csv(
                [
                    ("Anne", "Lefèvre", ANNE, "", "Atelier Numérique", "CTO", "03 Feb 2019"),
                    ("Bruno", "Marchal", BRUNO, "", "Studio Kôdé", "CEO", "11 Jun 2020"),
                    ("David", "Nguyen", DAVID, "", "Web Factory", "Lead dev", "01 Mar 2026"),
                ]
            ),
            "messages.csv": messages_csv(
                [
                    {
                        "CONVERSATION ID": "2-abc==",
                        "FROM": "Anne Lefèvre",
                        "SENDER PROFILE URL": ANNE,
                        "TO": "Claire Vendeuse",
                        "RECIPIENT PROFILE URLS": OWNER,
                        "DATE": "2026-03-01 08:30:00 UTC",
                        "SUBJECT": "Nouveau projet",
                        "CONTENT": "Bonjour Claire",
                        "FOLDER": "INBOX",
                        "IS MESSAGE DRAFT": "No",
                        "IS CONVERSATION DRAFT": "No",
                    },
                    {
                        "CONVERSATION ID": "2-abc==",
                        "FROM": "Claire Vendeuse",
                        "SENDER PROFILE URL": OWNER,
                        "TO": "Anne Lefèvre",
                        "RECIPIENT PROFILE URLS": ANNE,
                        "DATE": "2019-02-04 10:00:00 UTC",
                        "CONTENT": "Merci pour la connexion",
                        "FOLDER": "INBOX",
                        "IS MESSAGE DRAFT": "No",
                        "IS CONVERSATION DRAFT": "No",
                    },
                    {
                        "CONVERSATION ID": "2-draft==",
                        "FROM": "Claire Vendeuse",
                        "SENDER PROFILE URL": OWNER,
                        "TO": "Bruno Marchal",
                        "RECIPIENT PROFILE URLS": BRUNO,
                        "DATE": "2026-03-02 08:30:00 UTC",
                        "CONTENT": "brouillon",
                        "FOLDER": "INBOX",
                        "IS MESSAGE DRAFT": "Yes",
                        "IS CONVERSATION DRAFT": "Yes",
                    },
                ]
            ),
            "Invitations.csv": invitations_csv(
                [
                    (
                        "Émile Van den Berghe",
                        "Claire Vendeuse",
                        "2/20/26, 9:05 AM",
                        "Bonjour, on s'était parlé en 2021",
                        "INCOMING",
                        EMILE,
                        OWNER,
                    ),
                    (
                        "Claire Vendeuse",
                        "David Nguyen",
                        "2/27/26, 4:12 PM",
                        "",
                        "OUTGOING",
                        OWNER,
                        DAVID,
                    ),
                ]
            ),
        },
    )


@pytest.fixture
def two_exports(tmp_path: Path) -> tuple[Path, Path]:
    return first_export(tmp_path), second_export(tmp_path)


def test_newer_export_detects_every_change(
    capsys: pytest.CaptureFixture[str], db_path: Path, two_exports: tuple[Path, Path]
) -> None:
    first, second = two_exports
    result = cli(capsys, db_path, "import", "linkedin", str(first))
    assert result.code == 0, result.err
    assert "4 new" in result.out
    assert cli(capsys, db_path, "signals", "--format", "json").json() == []

    result = cli(capsys, db_path, "import", "linkedin", str(second))
    assert result.code == 0, result.err
    assert "0 new, 3 updated, 0 unchanged, 1 removed" in result.out

    signals = cli(capsys, db_path, "signals", "--format", "json").json()
    by_kind = {(s["kind"], s["name"]): s for s in signals}
    assert set(by_kind) == {
        ("job_change", "Anne Lefèvre"),
        ("title_change", "Bruno Marchal"),
        ("reconnected", "David Nguyen"),
        ("linkedin_message", "Anne Lefèvre"),
        ("linkedin_invitation", "Émile Van den Berghe"),
    }
    assert by_kind[("job_change", "Anne Lefèvre")]["detail"] == (
        "New job between January 2025 and March 2026: moved from Pixel Bleu SARL to "
        "Atelier Numérique as CTO"
    )
    assert by_kind[("title_change", "Bruno Marchal")]["detail"] == (
        "New title at Studio Kôdé between January 2025 and March 2026: CEO (was CTO)"
    )
    # Changes are dated at the later export; a re-connection on its own day between them.
    assert by_kind[("job_change", "Anne Lefèvre")]["date"] == "2026-03-15T00:00:00+00:00"
    assert by_kind[("title_change", "Bruno Marchal")]["date"] == "2026-03-15T00:00:00+00:00"
    assert by_kind[("reconnected", "David Nguyen")]["date"].startswith("2026-03-01")
    assert by_kind[("reconnected", "David Nguyen")]["detail"] == (
        "Connected again between January 2025 and March 2026 (on 1 March 2026)"
    )
    assert by_kind[("linkedin_message", "Anne Lefèvre")]["date"] == "2026-03-01T08:30:00+00:00"
    assert by_kind[("linkedin_invitation", "Émile Van den Berghe")]["linkedin_url"] == EMILE
    # Only incoming messages are signals; the draft and the owner's own message are not.
    assert sum(1 for s in signals if s["kind"] == "linkedin_message") == 1

    connections = {
        c["name"]: c for c in cli(capsys, db_path, "connections", "--format", "json").json()
    }
    assert connections["Céline Dubois"]["status"] == "removed"
    assert connections["Émile Van den Berghe"]["status"] == "invitation"
    anne = connections["Anne Lefèvre"]
    assert (anne["company"], anne["position"], anne["status"]) == (
        "Atelier Numérique",
        "CTO",
        "current",
    )
    assert anne["history"] == [
        {"company": "Pixel Bleu SARL", "position": "Développeuse", "first_seen": "2025-01-15",
         "last_seen": "2025-01-15"}
    ]  # fmt: skip
    bruno = connections["Bruno Marchal"]
    assert [h["position"] for h in bruno["history"]] == ["CTO"]
    assert connections["David Nguyen"]["connected_on"] == "2026-03-01"

    kinds = cli(capsys, db_path, "signals", "--kind", "job_change", "--format", "csv").out
    assert kinds.splitlines()[0] == "date,kind,name,email,linkedin_url,detail"
    assert len(kinds.splitlines()) == 2
    since = cli(capsys, db_path, "signals", "--since", "2026-03-01", "--format", "json").json()
    assert {s["kind"] for s in since} == {"job_change", "title_change", "reconnected",
                                          "linkedin_message"}  # fmt: skip


def test_same_export_twice_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, two_exports: tuple[Path, Path]
) -> None:
    first, second = two_exports
    assert cli(capsys, db_path, "import", "linkedin", str(first)).code == 0
    assert cli(capsys, db_path, "import", "linkedin", str(second)).code == 0
    before = [line for line in dump(db_path) if "import_run" not in line]
    result = cli(capsys, db_path, "import", "linkedin", str(second))
    assert result.code == 0
    assert "0 new, 0 updated, 3 unchanged, 0 removed" in result.out
    assert "0 signals" in result.out
    after = [line for line in dump(db_path) if "import_run" not in line]
    assert after == before


def test_a_connection_removed_then_back_is_reconnected(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    two_exports: tuple[Path, Path],
) -> None:
    first, second = two_exports
    for export in (first, second):
        assert cli(capsys, db_path, "import", "linkedin", str(export)).code == 0
    third = write_export(
        tmp_path,
        "06-01-2026",
        {
            "Connections.csv": connections_csv(
                [("Céline", "Dubois", CELINE, "", "Agence Dubois", "Gérante", "28 May 2026")]
            )
        },
    )
    assert cli(capsys, db_path, "import", "linkedin", str(third)).code == 0
    signals = cli(capsys, db_path, "signals", "--kind", "reconnected", "--format", "json").json()
    assert [(s["name"], s["date"][:10]) for s in signals] == [
        ("Céline Dubois", "2026-05-28"),
        ("David Nguyen", "2026-03-01"),
    ]


def test_an_older_export_adds_history_without_signals(
    capsys: pytest.CaptureFixture[str], db_path: Path, two_exports: tuple[Path, Path]
) -> None:
    first, second = two_exports
    assert cli(capsys, db_path, "import", "linkedin", str(second)).code == 0
    signals_before = cli(capsys, db_path, "signals", "--format", "json").json()
    assert cli(capsys, db_path, "import", "linkedin", str(first)).code == 0
    assert cli(capsys, db_path, "signals", "--format", "json").json() == signals_before
    anne = next(
        c
        for c in cli(capsys, db_path, "connections", "--format", "json").json()
        if c["name"] == "Anne Lefèvre"
    )
    assert anne["company"] == "Atelier Numérique"
    assert [h["company"] for h in anne["history"]] == ["Pixel Bleu SARL"]


def test_unzipped_folder_and_single_file_import(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    two_exports: tuple[Path, Path],
) -> None:
    _, second = two_exports
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(second) as archive:
        archive.extractall(folder)
    (folder / "Connections.csv").rename(folder / "connections.CSV")  # names vary in case
    result = cli(capsys, db_path, "import", "linkedin", str(folder))
    assert result.code == 0, result.err
    assert "3 new" in result.out
    assert len(cli(capsys, db_path, "connections", "--format", "json").json()) == 4


def test_every_linkedin_sample_imports(
    capsys: pytest.CaptureFixture[str], db_path: Path, samples: Path
) -> None:
    names = sorted(p.name for p in samples.glob("linkedin_*"))
    assert len(names) >= 10
    for name in names:
        result = cli(capsys, db_path, "import", "linkedin", str(samples / name))
        assert result.code == 0, (name, result.err)
    rows = cli(capsys, db_path, "connections", "--format", "json").json()
    by_url = {r["linkedin_url"]: r for r in rows if r["linkedin_url"]}
    bjorn = by_url["https://www.linkedin.com/in/bj%C3%B6rn-m%C3%BCller-12345678"]
    assert bjorn["name"] == "Björn Müller-Lüdenscheidt"
    assert by_url["https://www.linkedin.com/in/eve-oneil"]["name"] == "Eve O'Neil 🚀"


# -- bad input ------------------------------------------------------------------------------


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    binary = folder / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 20)
    other = folder / "budget.csv"
    other.write_text("Month,Amount\nJanuary,12\n", encoding="utf-8")
    empty = folder / "Connections.csv"
    empty.write_bytes(b"")
    good = first_export(folder)
    truncated = folder / "Complete_LinkedInDataExport_02-01-2025.zip"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    broken = folder / "broken.csv"
    broken.write_text(
        connections_csv(
            [
                ("Anne", "Lefèvre", ANNE, "", "Pixel Bleu", "Dev", "03 Feb 2019"),
                ("Bruno", 'Mar"chal', BRUNO, "", "Studio", "CTO", "11 Jun 2020"),
            ]
        ).replace('"Mar""chal"', '"Mar"chal"'),
        encoding="utf-8",
    )
    return {
        "binary": (binary, "photo.csv is not a text file"),
        "not linkedin": (other, "budget.csv is not a LinkedIn Connections.csv"),
        "empty": (empty, "Connections.csv is empty"),
        "truncated zip": (truncated, "is not a readable zip archive"),
        "broken quoting": (broken, "broken.csv, line 6: the CSV is malformed"),
        "missing": (folder / "nowhere.zip", "nowhere.zip: no such file or folder"),
    }


@pytest.mark.parametrize(
    "case", ["binary", "not linkedin", "empty", "truncated zip", "broken quoting", "missing"]
)
def test_bad_input_is_one_sentence_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, case: str
) -> None:
    (tmp_path / "in").mkdir()
    good = first_export(tmp_path)
    assert cli(capsys, db_path, "import", "linkedin", str(good)).code == 0
    before = dump(db_path)
    path, expected = _bad_inputs(tmp_path / "in")[case]
    result = cli(capsys, db_path, "import", "linkedin", str(path))
    assert result.code != 0
    assert expected in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert dump(db_path) == before


def test_real_entry_point_reports_without_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "LINKREVIVE_DB": str(tmp_path / "x.sqlite3")}
    env.pop("LINKREVIVE_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "linkrevive", "import", "linkedin", str(tmp_path / "none.zip")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"linkrevive: {tmp_path / 'none.zip'}: no such file or folder."
    assert done.stdout == ""


def test_no_display_is_one_sentence_not_a_crash(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-m", "linkrevive", "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if not sys.platform.startswith("linux"):
        pytest.skip("the display check is for Linux sessions")
    assert done.returncode == 1
    assert "no graphical display" in done.stderr and "Traceback" not in done.stderr
