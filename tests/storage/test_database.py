"""The SQLite store: migrations match the models, backups, concurrent writers."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from linkrevive.storage.database import BACKUPS_KEPT, Database
from linkrevive.storage.tables import PersonRow


def test_migrations_build_exactly_the_models(db_path: Path) -> None:
    database = Database(str(db_path))
    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    pragmas = sqlite3.connect(db_path)
    assert pragmas.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    database.dispose()


def test_reopening_a_migrated_database_keeps_its_rows(db_path: Path) -> None:
    first = Database(str(db_path))
    with first.session(write=True) as session:
        session.add(PersonRow(first_name="Zoé", last_name="Müller"))
    first.dispose()
    second = Database(str(db_path))
    with second.session() as session:
        assert [p.first_name for p in session.scalars(sa.select(PersonRow))] == ["Zoé"]
    second.dispose()


def test_backups_keep_the_last_five(db_path: Path) -> None:
    database = Database(str(db_path))
    # A copy is pending until its import commits (keep_backup), then the last five stay.
    copies = [database.keep_backup(database.backup()) for _ in range(BACKUPS_KEPT + 3)]
    kept = sorted((db_path.parent / "backups").iterdir())
    assert len(kept) == BACKUPS_KEPT
    assert set(kept) == {c for c in copies[-BACKUPS_KEPT:] if c is not None}
    restored = sqlite3.connect(kept[-1])
    assert restored.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    database.dispose()


def test_two_writers_queue_instead_of_failing(db_path: Path) -> None:
    """The app and a command may write the same file at once: the second one waits."""
    gui, command = Database(str(db_path)), Database(str(db_path))
    holding = threading.Event()
    order: list[str] = []

    def long_import() -> None:
        with gui.session(write=True) as session:
            session.add(PersonRow(first_name="first"))
            session.flush()
            holding.set()
            time.sleep(0.3)  # an import still writing while the other writer arrives
            order.append("first committed")

    worker = threading.Thread(target=long_import)
    worker.start()
    assert holding.wait(5)
    with command.session(write=True) as session:
        session.add(PersonRow(first_name="second"))
    order.append("second committed")
    worker.join()
    assert order == ["first committed", "second committed"]
    with command.session() as session:
        names = sorted(p.first_name for p in session.scalars(sa.select(PersonRow)))
    assert names == ["first", "second"]
    gui.dispose()
    command.dispose()


SCHEMAS = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "schemas").glob("*.sqlite3"))


def test_there_is_a_fixture_for_every_released_schema() -> None:
    revisions = sorted(
        p.name.split("_")[0]
        for p in (Path(__file__).resolve().parents[2] / "linkrevive/storage/migrations/versions")
        .glob("*.py")
    )  # fmt: skip
    assert [p.stem for p in SCHEMAS] == revisions


@pytest.mark.parametrize("fixture", SCHEMAS, ids=[p.stem for p in SCHEMAS])
def test_databases_of_every_released_schema_upgrade(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    database = Database(str(copy))
    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
    with database.session() as session:
        assert session.execute(sa.select(sa.func.count()).select_from(PersonRow)).scalar() == 5
    database.dispose()
