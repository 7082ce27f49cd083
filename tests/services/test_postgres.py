"""The store on a real PostgreSQL server: migrations, round trip, no lost update."""

from __future__ import annotations

from typing import Any, cast

import pytest
import sqlalchemy as sa

from linkrevive.storage.database import Database
from linkrevive.storage.tables import PersonRow

pytestmark = pytest.mark.services


def test_migrates_and_round_trips(pg_db_url: str) -> None:
    db = Database(pg_db_url)
    try:
        assert db.engine.dialect.name == "postgresql"
        with db.session(write=True) as session:
            session.add(PersonRow(first_name="Élodie", last_name="Dupré", company="Agence Œil"))
        with db.session() as session:
            rows = session.scalars(sa.select(PersonRow)).all()
        assert [(r.first_name, r.last_name, r.company, r.version) for r in rows] == [
            ("Élodie", "Dupré", "Agence Œil", 1)
        ]
        assert rows[0].created_at.tzinfo is not None

        # Migrating an up-to-date database again changes nothing.
        Database(pg_db_url).dispose()
        with db.session() as session:
            assert len(session.scalars(sa.select(PersonRow)).all()) == 1
    finally:
        db.dispose()


def test_each_test_gets_an_empty_database(pg_db_url: str) -> None:
    db = Database(pg_db_url)
    try:
        with db.session() as session:
            assert session.scalars(sa.select(PersonRow)).all() == []
    finally:
        db.dispose()


def _compare_and_set(db: Database, person_id: int, seen_version: int, notes: str) -> bool:
    table = PersonRow.__table__  # type: ignore[attr-defined]
    with db.session(write=True) as session:
        result = session.execute(
            sa.update(table)
            .where(table.c.id == person_id, table.c.version == seen_version)
            .values(notes=notes, version=seen_version + 1)
        )
        return bool(cast("sa.CursorResult[Any]", result).rowcount == 1)


def test_two_sessions_do_not_lose_an_update(pg_db_url: str) -> None:
    alice = Database(pg_db_url)
    bob = Database(pg_db_url, migrate=False)
    try:
        with alice.session(write=True) as session:
            row = PersonRow(first_name="Marc", notes="")
            session.add(row)
            session.flush()
            person_id = row.id
        assert person_id is not None

        with alice.session() as session:
            seen_by_alice = session.get(PersonRow, person_id)
        with bob.session() as session:
            seen_by_bob = session.get(PersonRow, person_id)
        assert seen_by_alice is not None and seen_by_bob is not None
        assert seen_by_alice.version == seen_by_bob.version == 1

        assert _compare_and_set(alice, person_id, 1, seen_by_alice.notes + "[alice]")
        # Bob saw version 1 too: his write must not overwrite Alice's.
        assert not _compare_and_set(bob, person_id, 1, seen_by_bob.notes + "[bob]")
        with bob.session() as session:
            fresh = session.get(PersonRow, person_id)
        assert fresh is not None
        assert _compare_and_set(bob, person_id, fresh.version, fresh.notes + "[bob]")

        with alice.session() as session:
            final = session.get(PersonRow, person_id)
        assert final is not None
        assert (final.notes, final.version) == ("[alice][bob]", 3)
    finally:
        alice.dispose()
        bob.dispose()
