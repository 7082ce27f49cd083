"""What a LinkedIn import writes into the indexes (migration 0009): a signal without a person
takes no entry in the person index, nor a profile in an email index; the reads of a person's
or a profile's signals and exchanges still search the indexes, which now hold only the rows
having one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from benchmarks.gen_linkedin import export_pair
from linkrevive.services.linkedin_import import import_linkedin
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo
from linkrevive.storage.database import Database


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding a fresh export of 300 connections and 200 messages, then its newer one."""
    folder = tmp_path_factory.mktemp("indexes")
    db = folder / "store.sqlite3"
    workspace = Workspace.open(str(db))
    for export in export_pair(folder, 300, 200):
        import_linkedin(workspace, export)
    workspace.close()
    return db


def _one(db: Path, sql: str, *params: Any) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute(sql, params).fetchone()[0])
    finally:
        connection.close()


def _entries(db: Path, index: str) -> int:
    """How many entries an index holds (each sits in exactly one page of its tree)."""
    return _one(db, "SELECT COALESCE(SUM(ncell), 0) FROM dbstat WHERE name = ?", index)


def test_signals_and_exchanges_index_only_the_side_they_have(imported: Path) -> None:
    signals = _one(imported, "SELECT COUNT(*) FROM signal")
    exchanges = _one(imported, "SELECT COUNT(*) FROM exchange")
    assert signals > 100 and exchanges > 200
    # LinkedIn's signals and messages concern profiles: the person index of signals holds none.
    assert _one(imported, "SELECT COUNT(*) FROM signal WHERE person_id IS NOT NULL") == 0
    assert _entries(imported, "ix_signal_person_id") == 0
    assert _entries(imported, "ix_signal_profile_id") == signals
    assert _entries(imported, "ix_exchange_profile_id") == exchanges
    # Nothing searches profiles by email: no index to keep up at each import.
    assert _one(imported, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_profile_email'") == 0


@pytest.fixture
def plans(imported: Path) -> Iterator[Callable[[Callable[[Any], object]], list[str]]]:
    """Run a read on the store and return the query plans of the statements it sent."""
    workspace = Workspace.open(str(imported))
    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        sent.append((statement, params))

    sa.event.listen(workspace.database.engine, "before_cursor_execute", keep)

    def plan(read: Callable[[Any], object]) -> list[str]:
        sent.clear()
        with workspace.database.session() as session:
            read(session)
            connection = session.connection()
            return [
                row[3]
                for statement, params in list(sent)
                for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
            ]

    yield plan
    workspace.close()


def test_reads_by_person_or_profile_still_search_the_indexes(
    imported: Path, plans: Callable[[Callable[[Any], object]], list[str]]
) -> None:
    profile = _one(imported, "SELECT MIN(profile_id) FROM signal")
    by_profile = plans(lambda s: activity_repo.list_signals(s.connection(), profile_id=profile))
    assert any("USING INDEX ix_signal_profile_id" in step for step in by_profile), by_profile
    by_person = plans(lambda s: activity_repo.list_signals(s.connection(), person_id=1))
    assert any("USING INDEX ix_signal_person_id" in step for step in by_person), by_person
    both = plans(lambda s: activity_repo.list_exchanges(s, person_id=1, profile_id=profile))
    assert any("USING INDEX ix_exchange_profile_id" in step for step in both), both
    assert any("USING INDEX ix_exchange_person_id" in step for step in both), both
    assert not any(step.startswith("SCAN signal") or step.startswith("SCAN exchange")
                   for step in by_profile + by_person + both)  # fmt: skip


@pytest.mark.services
def test_postgresql_gets_the_same_indexes(pg_db_url: str) -> None:
    database = Database(pg_db_url)
    try:
        with database.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), SQLModel.metadata) == []
            found: dict[str, str] = dict(
                connection.exec_driver_sql(
                    "SELECT indexname, indexdef FROM pg_indexes "
                    "WHERE tablename IN ('profile', 'exchange', 'signal')"
                ).all()
            )
    finally:
        database.dispose()
    assert "ix_profile_email" not in found
    assert found["ix_exchange_person_id"].endswith("(person_id)")
    for name, column in (("ix_exchange_profile_id", "profile_id"),
                         ("ix_signal_person_id", "person_id"),
                         ("ix_signal_profile_id", "profile_id")):  # fmt: skip
        assert found[name].endswith(f"({column}) WHERE ({column} IS NOT NULL)"), found[name]
