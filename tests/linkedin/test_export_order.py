"""LinkedIn exports imported in any order: an older one adds history only, changes are dated
by the exports (never the import day) and say the span, any order ends in the same store."""

from __future__ import annotations

import itertools
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from linkrevive.domain.enums import SignalKind
from linkrevive.domain.phrases import signal_detail
from linkrevive.services.linkedin_import import import_linkedin
from linkrevive.services.workspace import Workspace
from tests.helpers import CliResult, cli, connections_csv, dump, write_export
from tests.linkedin.exports import (
    ANNE,
    BRUNO,
    CHLOE,
    DAVID,
    DAYS,
    EMILE,
    FANNY,
    GASTON,
    write_sheet,
    write_year,
)

LISTINGS = ("connections", "signals", "people")


def _import(capsys: pytest.CaptureFixture[str], db: Path, path: Path) -> CliResult:
    result = cli(capsys, db, "import", "linkedin", str(path))
    assert result.code == 0, result.err
    return result


def _listings(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, list[dict[str, Any]]]:
    """The full JSON of ``connections``, ``signals`` and ``people``."""
    return {name: cli(capsys, db, name, "--format", "json").json() for name in LISTINGS}


def _without_history(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "history"} for row in rows]


def _by_url(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["linkedin_url"]: row for row in rows}


def _store(db: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Every profile (without its id) and every past position, in a stable order."""
    connection = sqlite3.connect(db)
    try:
        profiles = connection.execute(
            "SELECT url, first_name, last_name, email, company, position, connected_on, status,"
            " first_seen, last_seen, position_since, removed_on FROM profile ORDER BY url"
        ).fetchall()
        positions = connection.execute(
            "SELECT p.url, h.company, h.position, h.first_seen, h.last_seen FROM position h"
            " JOIN profile p ON p.id = h.profile_id ORDER BY p.url, h.first_seen, h.company"
        ).fetchall()
    finally:
        connection.close()
    return profiles, positions


def _signal_rows(db: Path) -> list[tuple[str, str, str, dict[str, Any]]]:
    """``(kind, occurred_at, url, params)`` of every signal."""
    connection = sqlite3.connect(db)
    try:
        rows = connection.execute(
            "SELECT s.kind, s.occurred_at, p.url, s.params FROM signal s"
            " JOIN profile p ON p.id = s.profile_id ORDER BY s.kind, p.url"
        ).fetchall()
    finally:
        connection.close()
    return [(kind, when, url, json.loads(params)) for kind, when, url, params in rows]


def test_an_older_export_after_a_newer_one_adds_history_and_changes_nothing_current(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    assert cli(capsys, db_path, "import", "contacts", str(write_sheet(tmp_path))).code == 0
    _import(capsys, db_path, write_year(tmp_path, "2026"))
    assert cli(capsys, db_path, "match").code == 0
    before = _listings(capsys, db_path)
    assert any(p["linkedin_url"] for p in before["people"])  # pairs exist: they must hold

    result = _import(capsys, db_path, write_year(tmp_path, "2023"))
    assert "Export of 2023-06-15: older than the export of 2026-11-03: history only." in (
        result.out
    )
    assert "0 new, 0 updated," in result.out and "0 removed" in result.out
    assert "Signals found" not in result.out
    after = _listings(capsys, db_path)

    # Signals and people (stages, pairs, last exchanges) exactly as they were.
    assert after["signals"] == before["signals"]
    assert after["people"] == before["people"]
    # Every connection as it was but for its history; the one connection the old export
    # alone holds is kept as a former (removed) connection.
    connections = _by_url(after["connections"])
    fanny = connections.pop(FANNY)
    assert (fanny["status"], fanny["company"], fanny["position"]) == (
        "removed", "Studio Roche", "Directrice artistique",
    )  # fmt: skip
    assert _without_history(list(connections.values())) == _without_history(before["connections"])
    # The history added, dated by the export (never the import day).
    assert connections[ANNE]["history"] == [
        {"company": "Pixel Bleu SARL", "position": "Développeuse",
         "first_seen": DAYS["2023"], "last_seen": DAYS["2023"]}
    ]  # fmt: skip
    assert connections[BRUNO]["history"] == [
        {"company": "Studio Kôdé", "position": "CTO",
         "first_seen": DAYS["2023"], "last_seen": DAYS["2023"]}
    ]  # fmt: skip
    assert connections[CHLOE]["history"] == []  # nothing then: nothing to add
    assert connections[EMILE]["status"] == "current"  # not in 2023: not removed for it
    # David held the same job in 2023: his current span now starts at that export.
    profiles, _positions = _store(db_path)
    david = next(p for p in profiles if p[0] == DAVID)
    assert (david[8], david[9], david[10]) == (DAYS["2023"], DAYS["2026"], DAYS["2023"])

    # The newer export again: nothing changes, no false "connected again".
    result = _import(capsys, db_path, write_year(tmp_path, "2026"))
    assert "0 new, 0 updated, 5 unchanged, 0 removed" in result.out
    assert "history only" not in result.out
    again = _listings(capsys, db_path)
    assert again == after
    assert not [s for s in again["signals"] if s["kind"] == "reconnected"]
    # The older export again: it has nothing more to add.
    stored = [line for line in dump(db_path) if "import_run" not in line]
    result = _import(capsys, db_path, write_year(tmp_path, "2023"))
    assert "0 history" in result.out
    assert [line for line in dump(db_path) if "import_run" not in line] == stored


FORWARD = ("2021", "2023", "2026")


@pytest.mark.parametrize(
    "order", [o for o in itertools.permutations(FORWARD) if o != FORWARD], ids="-".join
)
def test_exports_in_any_order_end_in_the_same_store(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, order: tuple[str, ...]
) -> None:
    exports = {year: write_year(tmp_path / "exports", year) for year in FORWARD}
    forward, shuffled = tmp_path / "forward.sqlite3", tmp_path / "shuffled.sqlite3"
    for year in FORWARD:
        _import(capsys, forward, exports[year])
    for year in order:
        _import(capsys, shuffled, exports[year])
    # Profiles (values, status, first/last seen, current span, removal day) and positions.
    assert _store(shuffled) == _store(forward)
    assert (
        cli(capsys, shuffled, "connections", "--format", "json").json()
        == cli(capsys, forward, "connections", "--format", "json").json()
    )
    gaston = next(p for p in _store(forward)[0] if p[0] == GASTON)
    assert (gaston[7], gaston[9], gaston[11]) == ("removed", DAYS["2021"], DAYS["2023"])
    # Whatever the order, no re-connection is made up and no change is dated by the
    # import day: every change signal is dated at an export's own date.
    for kind, when, _url, _params in _signal_rows(shuffled):
        assert kind != "reconnected"
        if kind in ("job_change", "title_change"):
            assert when[:10] in DAYS.values()


def test_changes_are_dated_at_the_later_export_and_say_the_span(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    _import(capsys, db_path, write_year(tmp_path, "2023"))
    result = _import(capsys, db_path, write_year(tmp_path, "2026"))
    assert "history only" not in result.out
    signals = cli(capsys, db_path, "signals", "--format", "json").json()
    changes = {(s["kind"], s["linkedin_url"]): s for s in signals
               if s["kind"] in ("job_change", "title_change", "reconnected")}  # fmt: skip
    assert set(changes) == {("job_change", ANNE), ("title_change", BRUNO), ("job_change", CHLOE)}
    today = datetime.now(UTC).date().isoformat()
    for signal in changes.values():
        assert signal["date"] == "2026-11-03T00:00:00+00:00"
        assert signal["date"][:10] != today
    assert changes[("job_change", ANNE)]["detail"] == (
        "New job between June 2023 and November 2026: moved from Pixel Bleu SARL to "
        "Atelier Numérique as CTO"
    )
    assert changes[("title_change", BRUNO)]["detail"] == (
        "New title at Studio Kôdé between June 2023 and November 2026: CEO (was CTO)"
    )
    # A company and title where there were none: a job change.
    assert changes[("job_change", CHLOE)]["detail"] == (
        "New job between June 2023 and November 2026: Co-fondatrice at Abeille Factory"
    )
    # The params carry both exports' dates; the French text says the same span.
    stored = {(k, url): params for k, _when, url, params in _signal_rows(db_path)}
    chloe = stored[("job_change", CHLOE)]
    assert (chloe["earlier_export"], chloe["later_export"]) == (DAYS["2023"], DAYS["2026"])
    assert signal_detail(SignalKind.JOB_CHANGE, chloe, "fr") == (
        "Nouvel emploi entre juin 2023 et novembre 2026 : Co-fondatrice chez Abeille Factory"
    )
    assert signal_detail(SignalKind.TITLE_CHANGE, stored[("title_change", BRUNO)], "fr") == (
        "Nouveau poste chez Studio Kôdé entre juin 2023 et novembre 2026 : CEO (avant : CTO)"
    )
    # The position history shows the exports' dates, never the import day.
    anne = next(
        c for c in cli(capsys, db_path, "connections", "--format", "json").json()
        if c["linkedin_url"] == ANNE
    )  # fmt: skip
    assert anne["history"] == [
        {"company": "Pixel Bleu SARL", "position": "Développeuse",
         "first_seen": DAYS["2023"], "last_seen": DAYS["2023"]}
    ]  # fmt: skip
    _profiles, positions = _store(db_path)
    assert all(today not in (first, last) for _u, _c, _p, first, last in positions)


def test_the_import_day_never_dates_a_change(tmp_path: Path) -> None:
    """The same exports imported on two different days give the very same signals."""
    seen = []
    for import_day in (date(2027, 1, 4), date(2031, 7, 14)):
        workspace = Workspace.open(str(tmp_path / f"{import_day}.sqlite3"))
        try:
            for year in ("2023", "2026"):
                import_linkedin(workspace, write_year(tmp_path / "x", year), today=import_day)
        finally:
            workspace.close()
        rows = _signal_rows(tmp_path / f"{import_day}.sqlite3")
        assert {when[:10] for kind, when, _u, _p in rows if kind == "job_change"} == {DAYS["2026"]}
        seen.append(rows)
    assert seen[0] == seen[1]


def _two_exports(folder: Path, before: tuple[str, str], after: tuple[str, str]) -> list[Path]:
    url = "https://www.linkedin.com/in/hugo-lambert"
    exports = []
    for stamp, (company, position) in (("01-10-2024", before), ("09-30-2025", after)):
        rows = [("Hugo", "Lambert", url, "", company, position, "12 May 2020")]
        exports.append(write_export(folder, stamp, {"Connections.csv": connections_csv(rows)}))
    return exports


@pytest.mark.parametrize(
    ("before", "after", "kind", "detail"),
    [
        (("", ""), ("Abeille Factory", "Co-fondatrice"), "job_change",
         "New job between January 2024 and September 2025: Co-fondatrice at Abeille Factory"),
        (("", ""), ("", "Consultant indépendant"), "job_change",
         "New job between January 2024 and September 2025: Consultant indépendant"),
        (("", "Développeur"), ("Agence Zinc", "Développeur"), "job_change",
         "New job between January 2024 and September 2025: Développeur at Agence Zinc"),
        (("Agence Zinc", ""), ("Agence Zinc", "CTO"), "title_change",
         "New title at Agence Zinc between January 2024 and September 2025: CTO"),
        (("Agence Zinc", "CTO"), ("", ""), None, None),
    ],
    ids=["company-and-title-appear", "title-appears", "company-appears",
         "title-at-same-company", "left-blank"],
)  # fmt: skip
def test_a_job_where_there_was_none(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    before: tuple[str, str],
    after: tuple[str, str],
    kind: str | None,
    detail: str | None,
) -> None:
    for export in _two_exports(tmp_path, before, after):
        _import(capsys, db_path, export)
    signals = cli(capsys, db_path, "signals", "--format", "json").json()
    assert [(s["kind"], s["detail"], s["date"][:10]) for s in signals] == (
        [(kind, detail, "2025-09-30")] if kind else []
    )


@pytest.mark.services
def test_exports_out_of_order_on_postgres_as_on_sqlite(
    capsys: pytest.CaptureFixture[str], pg_db_url: str, tmp_path: Path
) -> None:
    exports = {year: write_year(tmp_path / "exports", year) for year in FORWARD}
    listings = []
    for db in (str(tmp_path / "ref.sqlite3"), pg_db_url):
        for year in ("2026", "2021", "2023", "2026"):
            result = cli(capsys, db, "import", "linkedin", str(exports[year]))
            assert result.code == 0, result.err
        listings.append({name: cli(capsys, db, name, "--format", "json").json()
                         for name in ("connections", "signals")})  # fmt: skip
    assert listings[1] == listings[0]
    assert len(listings[0]["connections"]) == 7
