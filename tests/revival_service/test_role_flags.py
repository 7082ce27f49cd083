"""A shared box an older version stored unflagged is flagged once by migration 0010, and
the Today load, which now trusts the stored flag, still reads it as a shared box."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from linkrevive.revival import ROLE
from linkrevive.services import revival
from linkrevive.services.workspace import Workspace

_SCHEMA_0009 = Path(__file__).resolve().parents[1] / "fixtures" / "schemas" / "0009.sqlite3"

#: (person id, address) written unflagged, as a version before 0010 could leave them.
_WRITTEN = [
    (4, "contact@agence-sud-fictive.fr"),  # Gérard Pâquet's only address: a shared box
    (3, "info+devis@webatelier-fictif.ch"),  # a second address of Zoé Lefèvre's
    (3, "zoe@webatelier-fictif.ch"),
]


def test_unflagged_boxes_of_an_older_version_are_flagged_and_read_as_boxes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(_SCHEMA_0009, path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.executemany(
            "INSERT INTO person_email (person_id, email, is_role) VALUES (?, ?, 0)", _WRITTEN
        )
    workspace = Workspace.open(str(path))  # upgrades to the newest schema
    try:
        with closing(sqlite3.connect(path)) as connection:
            flags = dict(connection.execute("SELECT email, is_role FROM person_email").fetchall())
        assert flags["contact@agence-sud-fictive.fr"] == 1
        assert flags["info+devis@webatelier-fictif.ch"] == 1
        assert flags["zoe@webatelier-fictif.ch"] == 0
        assert flags["lea.dubreuil@agence-exemple.fr"] == 0  # a person's own address
        relations = {lead.person_id: lead.relation for lead in revival.load_facts(workspace).leads}
        assert relations[4] == ROLE  # nothing but a shared box
        assert relations[3] != ROLE  # a person's address beside the box
    finally:
        workspace.close()
