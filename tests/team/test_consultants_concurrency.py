"""Two teammates' first LinkedIn imports at the same moment into a database that was one
consultant's, each round on a fresh database, on SQLite and the real PostgreSQL server: both
succeed, and each network is whole."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.helpers import connections_csv, write_export
from tests.team.conftest import ROUNDS, honest, ok, rows
from tests.team.crew import Crew


def _export(folder: Path, stamp: str, people: list[str]) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    network = [
        (name.title(), "Synthetic", f"https://www.linkedin.com/in/{name}-synthetic", "",
         f"{name.title()} Ltd", "Director", "05 Jun 2021")
        for name in people
    ]  # fmt: skip
    return str(write_export(folder, stamp, {"Connections.csv": connections_csv(network)}))


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.services)]
)
def test_two_teammates_first_imports_at_once(
    backend: str, request: pytest.FixtureRequest, crew: Crew, tmp_path: Path
) -> None:
    server = request.getfixturevalue("postgres_server") if backend == "postgres" else None
    mine = _export(tmp_path / "me", "01-10-2026", ["ana", "ben", "cyd"])
    ioana = _export(tmp_path / "io", "02-01-2026", ["ana", "dot"])
    marc = _export(tmp_path / "ma", "02-02-2026", ["ben", "eve"])
    for r in range(ROUNDS):
        if server is None:
            db = str(tmp_path / f"round{r}.sqlite3")
        else:
            name: str = server.create_database()
            request.addfinalizer(partial(server.drop_database, name))
            db = str(server.url(name))
        ok(db, "import", "linkedin", mine)
        jobs = [[["--db", db, "--as-user", who, "import", "linkedin", path]]
                for who, path in (("Ioana", ioana), ("Marc", marc))]  # fmt: skip
        for outcome in crew.round(jobs):
            honest(outcome)
            assert outcome.code == 0, outcome
        ties = rows(
            db,
            "SELECT k.name, p.url, c.status FROM connection c JOIN consultant k "
            "ON k.id = c.consultant_id JOIN profile p ON p.id = c.profile_id "
            "ORDER BY k.name, p.url",
        )
        url = "https://www.linkedin.com/in/{}-synthetic".format
        assert ties == [
            ("", url("ana"), "current"), ("", url("ben"), "current"), ("", url("cyd"), "current"),
            ("Ioana", url("ana"), "current"), ("Ioana", url("dot"), "current"),
            ("Marc", url("ben"), "current"), ("Marc", url("eve"), "current"),
        ]  # fmt: skip
        assert rows(db, "SELECT DISTINCT status FROM profile") == [("current",)]
