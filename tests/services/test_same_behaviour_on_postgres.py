"""SPEC §8: the whole daily flow gives the same results on PostgreSQL as on SQLite."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest

from tests.email_side.test_own_address_taken_back import ME, OLD, write_archives
from tests.helpers import cli
from tests.linkedin.test_import_cli import first_export, second_export
from tests.linkedin.test_old_layouts import OLD_MESSAGES, later_export

pytestmark = pytest.mark.services

T = TypeVar("T")

SHEET = (
    "Prénom;Nom;Courriel;Société;Pays;Étape;Raison du blocage;Dernier contact\n"
    "Anne;Lefèvre;anne.lefevre@pixelbleu.example;Pixel Bleu SARL;France;Appel reporté;"
    "Manque de temps;15/03/2022\n"
    "Bruno;Marchal;bruno@studio-kode.example;Studio Kôdé;Belgique;Infos envoyées;Distance;"
    "02/11/2021\n"
    "David;Nguyen;dnguyen@webfactory.example;Web Factory;Suisse;Appel convenu;Incertitude;"
    "10/01/2020\n"
)


def _flow(capsys: pytest.CaptureFixture[str], db: str, folder: Path) -> dict[str, object]:
    sheet = folder / "leads.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    steps = [
        ("import", "contacts", str(sheet)),
        ("import", "linkedin", str(first_export(folder))),
        ("import", "linkedin", str(second_export(folder))),
        ("import", "linkedin", str(second_export(folder))),  # idempotent
        ("match",),
    ]
    for step in steps:
        result = cli(capsys, db, *step)
        assert result.code == 0, (step, result.err)
    out: dict[str, object] = {}
    for listing in ("people", "connections", "signals", "pairs"):
        out[listing] = cli(capsys, db, listing, "--format", "json").json()
    out["today"] = cli(capsys, db, "today", "--as-of", "2026-04-01", "--format", "json").json()
    return out


def _on_both(pg_db_url: str, tmp_path: Path, flow: Callable[[str, Path], T]) -> tuple[T, T]:
    """``flow(database, folder)`` on a SQLite file, then on PostgreSQL, each in its folder."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    return flow(str(tmp_path / "ref.sqlite3"), tmp_path / "a"), flow(pg_db_url, tmp_path / "b")


def test_daily_flow_matches_sqlite(
    capsys: pytest.CaptureFixture[str], pg_db_url: str, tmp_path: Path
) -> None:
    on_sqlite, on_postgres = _on_both(pg_db_url, tmp_path, partial(_flow, capsys))
    assert on_postgres["today"], "the flow should produce revival candidates"
    for listing, rows in on_sqlite.items():
        assert on_postgres[listing] == rows, listing


def test_bad_input_leaves_postgres_untouched(
    capsys: pytest.CaptureFixture[str], pg_db_url: str, tmp_path: Path
) -> None:
    assert cli(capsys, pg_db_url, "import", "linkedin", str(first_export(tmp_path))).code == 0
    before = cli(capsys, pg_db_url, "connections", "--format", "json").json()
    broken = tmp_path / "Connections.csv"
    broken.write_text('First Name,Last Name,Connected On\nA,"B,01 Jan 2020\nC,D,02 Jan 2020\n')
    result = cli(capsys, pg_db_url, "import", "linkedin", str(broken))
    assert result.code == 1 and "malformed" in result.err
    assert cli(capsys, pg_db_url, "connections", "--format", "json").json() == before


def _own_address_flow(
    capsys: pytest.CaptureFixture[str], db: str, folder: Path
) -> tuple[list[list[str]], object]:
    """A mailbox read before the former address was named, then again with it named: what
    each import said besides its counts, and the people."""
    archives = write_archives(folder)
    said: list[list[str]] = []
    for me in (ME, OLD):
        result = cli(capsys, db, "import", "contacts", str(archives), "--me", me)
        assert result.code == 0, result.err
        said.append(result.out.splitlines()[1:])
    people = cli(capsys, db, "people", "--all", "--format", "json").json()
    return said, people


def test_an_own_address_is_taken_back_the_same_way(
    capsys: pytest.CaptureFixture[str], pg_db_url: str, tmp_path: Path
) -> None:
    on_sqlite, on_postgres = _on_both(pg_db_url, tmp_path, partial(_own_address_flow, capsys))
    assert on_postgres == on_sqlite
    said, people = on_postgres
    assert said[1] and "one of your own addresses" in said[1][0]
    assert OLD not in str(people)


def _old_layouts_flow(
    capsys: pytest.CaptureFixture[str], samples: Path, db: str, folder: Path
) -> list[dict[str, str]]:
    """The 2018 export (names, no URLs), then a later one repeating its messages with their
    URLs in UTC: the signals left, and the people's last exchanges."""
    messages = folder / "Messages.csv"
    messages.write_text(OLD_MESSAGES, encoding="utf-8")
    steps = [
        samples / "linkedin_Connections_2018_SYNTHETIC.csv",
        messages,
        later_export(folder),
        messages,  # again: nothing doubles
    ]
    for path in steps:
        assert cli(capsys, db, "import", "linkedin", str(path)).code in (0, 3)
    signals: list[dict[str, str]] = cli(capsys, db, "signals", "--format", "json").json()
    return signals


def test_old_layouts_give_way_to_their_twins_the_same_way(
    capsys: pytest.CaptureFixture[str], samples: Path, pg_db_url: str, tmp_path: Path
) -> None:
    flow = partial(_old_layouts_flow, capsys, samples)
    on_sqlite, on_postgres = _on_both(pg_db_url, tmp_path, flow)
    assert on_postgres == on_sqlite
    # Each twin kept once, at the second the later export gives (UTC).
    assert [(s["date"], s["kind"]) for s in on_postgres] == [
        ("2021-03-01T10:00:00+00:00", "linkedin_message"),
        ("2018-12-02T15:10:05+00:00", "linkedin_message"),
        ("2018-11-16T07:36:12+00:00", "linkedin_message"),
    ]
