"""Databases of every released schema upgrade to consultants: their LinkedIn network is the
implicit user's, and a teammate's first import takes nothing from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import connections_csv, write_export
from tests.team.conftest import ok, rows

SCHEMAS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "schemas").glob("*.sqlite3"))


@pytest.mark.parametrize("fixture", SCHEMAS, ids=[p.stem for p in SCHEMAS])
def test_a_teammate_joins_a_database_of_every_released_schema(
    fixture: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / fixture.name)
    shutil.copy(fixture, db)
    before = rows(db, "SELECT url, status, connected_on FROM profile ORDER BY url")
    assert before, "the fixture holds LinkedIn profiles"
    shared_url = before[0][0]
    folder = tmp_path / "ioana"
    folder.mkdir()
    export = write_export(
        folder,
        "12-01-2026",
        {
            "Connections.csv": connections_csv(
                [
                    ("Kit", "Synthetic", shared_url, "", "Theta", "Lead", "01 Jan 2024"),
                    ("Lou", "Synthetic", "https://www.linkedin.com/in/lou-synthetic", "",
                     "Iota", "Buyer", "02 Feb 2025"),
                ]
            )
        },
    )  # fmt: skip
    ok(db, "--as-user", "Ioana", "import", "linkedin", str(export))

    # Every profile of the fixture is the implicit user's, as it was; none removed.
    mine = rows(
        db,
        "SELECT p.url, c.status, c.connected_on FROM connection c JOIN profile p "
        "ON p.id = c.profile_id WHERE c.consultant_id = 1 ORDER BY p.url",
    )
    assert [(u, s, str(d) if d else None) for u, s, d in mine] == [
        (u, s, str(d) if d else None) for u, s, d in before
    ]
    after = dict(rows(db, "SELECT url, status FROM profile"))
    assert {u: after[u] for u, _s, _d in before} == {u: s for u, s, _d in before}
    hers = rows(
        db,
        "SELECT p.url, c.status FROM connection c JOIN consultant k ON k.id = c.consultant_id "
        "JOIN profile p ON p.id = c.profile_id WHERE k.name = 'Ioana' ORDER BY p.url",
    )
    assert hers == sorted(
        [(shared_url, "current"), ("https://www.linkedin.com/in/lou-synthetic", "current")]
    )
