"""Imports killed or interrupted at every phase (SIGKILL, SIGTERM, Ctrl-C): the database stays
sound, what the command said is true, and running the import again ends in the very state of
an uninterrupted run. On SQLite files and on a real PostgreSQL server."""

from __future__ import annotations

import shutil
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from linkrevive.cli.app import run
from tests.crash.harness import Outcome, content, integrity, interrupt_at
from tests.crash.world import write_cards, write_first_export, write_second_export

UNCHANGED = "linkrevive: cancelled; the database is unchanged."
SAVED = "interrupted too late to cancel: the command had finished and its changes are saved."
#: Phases of an import (``services.workspace.phase``), in order. Up to ``pairing`` a signal
#: cancels it (rolled back); from ``commit`` on the import ends and is saved.
LINKEDIN_PHASES = ("read", "applied", "pairing", "commit", "committed")
CONTACTS_PHASES = ("applied", "pairing", "commit", "committed")
CANCELLABLE = {"read", "applied", "pairing"}


@dataclass
class Scenario:
    """A database before an import, the import's arguments, and the state it should end in."""

    before: Path
    args: list[str]
    expected: dict[str, list[tuple[str, ...]]]
    start: dict[str, list[tuple[str, ...]]]


def _cli(db: Path | str, *args: str) -> None:
    assert run(["--db", str(db), *args]) == 0


def _scenario(
    folder: Path, prepare: Callable[[Path], None], args: list[str], name: str
) -> Scenario:
    before = folder / f"{name}-before.sqlite3"
    prepare(before)
    reference = folder / f"{name}-reference.sqlite3"
    shutil.copy(before, reference)
    _cli(reference, *args)
    return Scenario(before, args, content(str(reference)), content(str(before)))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Scenario]:
    """Two scenarios: a LinkedIn export imported over contacts and an older export (new
    jobs, removals, messages, pairs to make), and an address book imported over exports."""
    folder = tmp_path_factory.mktemp("crash")
    (folder / "in").mkdir()
    cards = write_cards(folder / "in" / "cards.vcf")
    first = write_first_export(folder / "in")
    second = write_second_export(folder / "in")

    def contacts_then_first(db: Path) -> None:
        _cli(db, "import", "contacts", str(cards))
        _cli(db, "import", "linkedin", str(first))

    def both_exports(db: Path) -> None:
        _cli(db, "import", "linkedin", str(first))
        _cli(db, "import", "linkedin", str(second))

    return {
        "linkedin": _scenario(
            folder, contacts_then_first, ["import", "linkedin", str(second)], "linkedin"
        ),
        "contacts": _scenario(folder, both_exports, ["import", "contacts", str(cards)], "contacts"),
    }


def test_the_world_gives_every_phase_work(world: dict[str, Scenario]) -> None:
    """The imports change people, profiles, pairs and signals (else the test proves little)."""
    for scenario in world.values():
        for table in ("pairings", "signals", "profiles"):
            assert scenario.expected[table], table
        assert scenario.expected != scenario.start
        assert scenario.expected["pairings"] != scenario.start["pairings"]
    linkedin = world["linkedin"]
    assert any("removed" in row for row in linkedin.expected["profiles"])
    assert len(linkedin.expected["pairings"]) > 100


def _check_told_the_truth(
    scenario: Scenario, outcome: Outcome, phase: str, sig: signal.Signals, db: str
) -> None:
    assert "Traceback" not in outcome.err
    state = content(db)
    if sig is signal.SIGKILL:
        assert outcome.code == -signal.SIGKILL
        assert outcome.err == "" and outcome.out == ""  # killed: said nothing at all
        # All or nothing: killed before the commit, nothing of the import is there.
        assert state == (scenario.expected if phase == "committed" else scenario.start)
    elif phase in CANCELLABLE:
        assert outcome.code == 130, outcome.err
        assert outcome.err.strip().endswith(UNCHANGED)
        assert outcome.out == ""
        assert state == scenario.start  # "unchanged" is true
    else:
        assert outcome.code == 0, outcome.err
        assert SAVED in outcome.err and "unchanged" not in outcome.err
        assert outcome.out.strip()  # the import's report
        assert state == scenario.expected  # "saved" is true


CASES = [
    *[("linkedin", phase, sig) for phase in LINKEDIN_PHASES for sig in (signal.SIGKILL,)],
    *[("linkedin", phase, signal.SIGINT) for phase in LINKEDIN_PHASES],
    *[("linkedin", phase, signal.SIGTERM) for phase in ("applied", "pairing", "commit")],
    *[("contacts", phase, signal.SIGKILL) for phase in CONTACTS_PHASES],
    ("contacts", "pairing", signal.SIGINT),
    ("contacts", "commit", signal.SIGINT),
    ("contacts", "applied", signal.SIGTERM),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("source", "phase", "sig"), CASES, ids=[f"{s}-{p}-{g.name}" for s, p, g in CASES]
)
def test_interrupted_import_is_all_or_nothing_and_heals(
    world: dict[str, Scenario], tmp_path: Path, source: str, phase: str, sig: signal.Signals
) -> None:
    scenario = world[source]
    db = tmp_path / "crm.sqlite3"
    shutil.copy(scenario.before, db)
    outcome = interrupt_at(str(db), scenario.args, phase, sig)
    assert outcome.phases[-1] == phase if sig is signal.SIGKILL else phase in outcome.phases
    assert integrity(str(db)) == "ok"
    _check_told_the_truth(scenario, outcome, phase, sig, str(db))
    # One more run of the same import ends where an uninterrupted run ends.
    _cli(db, *scenario.args)
    assert integrity(str(db)) == "ok"
    assert content(str(db)) == scenario.expected


def test_an_uninterrupted_run_passes_every_phase(
    world: dict[str, Scenario], tmp_path: Path
) -> None:
    """The hook itself: an import let go at every phase ends normally, as without it."""
    scenario = world["linkedin"]
    db = tmp_path / "crm.sqlite3"
    shutil.copy(scenario.before, db)
    outcome = interrupt_at(str(db), scenario.args, "none", signal.SIGINT)
    assert outcome.code == 0, outcome.err
    assert tuple(outcome.phases) == LINKEDIN_PHASES
    assert content(str(db)) == scenario.expected


#: Every kill point of the LinkedIn import, as on SQLite.
POSTGRES_CASES = [(phase, sig) for source, phase, sig in CASES if source == "linkedin"]


@pytest.mark.services
@pytest.mark.slow
@pytest.mark.parametrize(
    ("phase", "sig"), POSTGRES_CASES, ids=[f"{p}-{g.name}" for p, g in POSTGRES_CASES]
)
def test_interrupted_import_on_postgresql(
    world: dict[str, Scenario],
    postgres_server: Any,
    tmp_path: Path,
    phase: str,
    sig: signal.Signals,
) -> None:
    """The same on the team's PostgreSQL server: a reference database imported without
    interruption, and one interrupted then imported again, end with the same content."""
    files = Path(world["linkedin"].args[-1]).parent
    cards, first, second = files / "cards.vcf", *sorted(files.glob("*.zip"))
    names = [postgres_server.create_database() for _ in range(2)]
    try:
        reference, db = (postgres_server.url(name) for name in names)
        for url in (reference, db):
            _cli(url, "import", "contacts", str(cards))
            _cli(url, "import", "linkedin", str(first))
        start = content(db)
        _cli(reference, "import", "linkedin", str(second))
        expected = content(reference)
        assert expected != start and expected["pairings"] != start["pairings"]
        outcome = interrupt_at(db, ["import", "linkedin", str(second)], phase, sig)
        assert phase in outcome.phases
        scenario = Scenario(tmp_path, [], expected, start)
        _check_told_the_truth(scenario, outcome, phase, sig, db)
        _cli(db, "import", "linkedin", str(second))
        assert content(db) == expected
    finally:
        for name in names:
            postgres_server.drop_database(name)
