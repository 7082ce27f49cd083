"""A new SQLite file is built from the tables and stamped at the newest revision: the same
schema as the migrations build, without loading Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from linkrevive.storage.database import Database, head_revisions


def _schema(path: Path) -> dict[str, Any]:
    """Everything SQLite knows of a file's schema, as its own pragmas report it: each table's
    columns in order (type, NOT NULL, default, primary key), its indexes (unique, made by a
    constraint or not, partial, columns; the SQL of the named ones), its foreign keys (in any
    order: SQLite numbers them by their place in the CREATE TABLE), and its rows (the stored
    revisions among them)."""
    connection = sqlite3.connect(path)
    try:
        found: dict[str, Any] = {}
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            found[f"{table} columns"] = connection.execute(
                f"PRAGMA table_xinfo('{table}')"
            ).fetchall()
            found[f"{table} foreign keys"] = sorted(
                row[2:] for row in connection.execute(f"PRAGMA foreign_key_list('{table}')")
            )
            indexes = []
            for _seq, name, unique, origin, partial in connection.execute(
                f"PRAGMA index_list('{table}')"
            ):
                columns = [row[2] for row in connection.execute(f"PRAGMA index_info('{name}')")]
                # SQLite numbers the indexes of UNIQUE constraints by their place too.
                named = "" if name.startswith("sqlite_autoindex_") else name
                indexes.append((named, unique, origin, partial, columns))
            found[f"{table} indexes"] = sorted(indexes)
            # The rows too: the migrations write some (the implicit consultant).
            found[f"{table} rows"] = sorted(connection.execute(f"SELECT * FROM '{table}'"))
        found["index statements"] = sorted(
            connection.execute(
                "SELECT name, tbl_name, sql FROM sqlite_master "
                "WHERE type = 'index' AND sql NOT NULL"
            )
        )
        return found
    finally:
        connection.close()


def test_a_new_file_gets_the_schema_the_migrations_build(tmp_path: Path) -> None:
    migrated = Database(str(tmp_path / "migrated.sqlite3"), migrate=False)
    migrated.migrate(replay=True)
    built = Database(str(tmp_path / "built.sqlite3"))
    for database in (migrated, built):
        with database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
        database.dispose()
    expected = _schema(tmp_path / "migrated.sqlite3")
    assert expected["alembic_version rows"] == [(head,) for head in sorted(head_revisions())]
    assert expected["consultant rows"] == [(1, "")]
    assert "exchange columns" in expected and "signal indexes" in expected
    assert _schema(tmp_path / "built.sqlite3") == expected


# Run in a child: whether opening the database loaded Alembic, and the revisions stored.
_OPEN = """
import sys
from linkrevive.storage.database import Database
database = Database(sys.argv[1])
print("alembic" in sys.modules, sorted(database._stored_revisions() or ()))
database.dispose()
"""


def _open_in_child(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _OPEN, str(path)], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_a_new_file_is_built_without_alembic(tmp_path: Path, kind: str) -> None:
    # "empty": the command line claims a new database's file before opening it.
    path = tmp_path / "new.sqlite3"
    if kind == "empty":
        path.touch()
    heads = sorted(head_revisions())
    assert _open_in_child(path) == f"False {heads}"
    assert _open_in_child(path) == f"False {heads}"  # at the newest revision: left as it is


def test_a_file_holding_other_tables_runs_the_migrations(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.execute("INSERT INTO notes VALUES ('kept')")
    connection.commit()
    connection.close()
    assert _open_in_child(path) == f"True {sorted(head_revisions())}"
    reference = Database(str(tmp_path / "reference.sqlite3"), migrate=False)
    reference.migrate(replay=True)
    reference.dispose()
    found = _schema(path)
    assert found.pop("notes columns") == [(0, "body", "TEXT", 0, None, 0, 0)]
    assert found.pop("notes rows") == [("kept",)]
    found.pop("notes foreign keys"), found.pop("notes indexes")
    assert found == _schema(tmp_path / "reference.sqlite3")
