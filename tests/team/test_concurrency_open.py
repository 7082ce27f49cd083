"""Two first opens of an empty database, and one LinkedIn export imported twice at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.team.conftest import ROUNDS, connections, honest, lead_sheet, ok, rows
from tests.team.crew import Crew


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.services)])
def new_database(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[int], str]:
    """Makes an empty database per call: a SQLite file not yet there, or an empty
    database on the real server."""
    if request.param == "sqlite":
        return lambda r: str(tmp_path / f"first{r}.sqlite3")
    server = request.getfixturevalue("postgres_server")
    names: list[str] = []

    def make(_r: int) -> str:
        names.append(server.create_database())
        return str(server.url(names[-1]))

    request.addfinalizer(lambda: [server.drop_database(n) for n in names])
    return make


def test_two_first_opens_of_an_empty_database_both_work(
    new_database: Callable[[int], str], crew: Crew, tmp_path: Path
) -> None:
    for r in range(ROUNDS):
        db = new_database(r)
        sheets = [
            lead_sheet(tmp_path / f"{side}{r}.csv",
                       [{"first": side, "last": "Open", "email": f"{side}{r}@open.example"}])
            for side in ("a", "b")
        ]  # fmt: skip
        outcomes = crew.round(
            [[["--db", db, "import", "contacts", str(sheet)]] for sheet in sheets]
        )
        for outcome in outcomes:
            honest(outcome)
            assert outcome.code == 0, outcome
        emails = [e for (e,) in rows(db, "SELECT email FROM person_email ORDER BY email")]
        assert emails == [f"a{r}@open.example", f"b{r}@open.example"]


def test_the_same_linkedin_export_imported_twice_at_once(
    new_database: Callable[[int], str], crew: Crew, tmp_path: Path
) -> None:
    db = new_database(0)
    seed = lead_sheet(tmp_path / "seed.csv", [{"first": "S", "last": "S", "email": "s@s.example"}])
    ok(db, "import", "contacts", str(seed))
    for r in range(ROUNDS):
        export = connections(
            tmp_path / f"Connections{r}.csv",
            [
                (f"Remi{r}v{i}", "Lambert", f"https://www.linkedin.com/in/remi-{r}-{i}", "",
                 f"Lambert {i}")
                for i in range(30)
            ],
        )  # fmt: skip
        job = [["--db", db, "import", "linkedin", str(export)]]
        for outcome in crew.round([job, job]):
            honest(outcome)
            assert outcome.code == 0, outcome
        count = rows(db, "SELECT count(*) FROM profile WHERE url LIKE :p", p=f"%/remi-{r}-%")
        assert count == [(30,)]
