"""Driver-speed reads and writes of the store, the same on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from linkrevive.domain.records import Batch
from linkrevive.storage import linkedin_repo
from linkrevive.storage.bulk import bulk_insert, plain_rows, stored_values, update_rows
from linkrevive.storage.database import Database
from linkrevive.storage.tables import ImportRunRow, ProfileRow, SignalRow, UTCDateTime

_profile = ProfileRow.__table__  # type: ignore[attr-defined]
_signal = SignalRow.__table__  # type: ignore[attr-defined]
_run = ImportRunRow.__table__  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, db_path: Path) -> Database:
    """A migrated, empty store on SQLite and on a real PostgreSQL server."""
    if request.param == "sqlite":
        found = Database(str(db_path))
    else:
        found = Database(request.getfixturevalue("pg_db_url"))
    request.addfinalizer(found.dispose)
    return found


def _profile_values(index: int, **changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "url": f"https://www.linkedin.com/in/member-{index:05d}",
        "first_name": "Éloïse",
        "last_name": "Van den Berghe",
        "email": None,
        "company": "Studio Kôdé",
        "position": "Gérante",
        "connected_on": date(2019, 2, 10),
        "status": "current",
        "first_seen": date(2025, 1, 15),
        "last_seen": date(2025, 1, 15),
    }
    values.update(changes)
    return values


@pytest.mark.parametrize(
    "value",
    [
        datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
        datetime(2024, 5, 6, 7, 8, 9, 999999, tzinfo=UTC),
        datetime(999, 1, 2, tzinfo=UTC),
        datetime(2024, 1, 2, 3, 4, 5, 123, tzinfo=timezone(timedelta(hours=2))),
        datetime(2024, 5, 6, 7, 8, 9),  # naive: taken as UTC
    ],
)
def test_timestamps_are_written_as_sqlalchemy_writes_them(value: datetime) -> None:
    # The fast SQLite writer must give the very text SQLAlchemy's own DateTime gives, or
    # sorting and comparing stored timestamps would break between old and new rows.
    dialect = sqlite.dialect()
    ours = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
    theirs = sa.DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert theirs is not None
    expected = theirs(UTCDateTime().process_bind_param(value, dialect))
    assert ours(value) == expected
    assert ours(None) is None


def test_batches_and_dicts_store_the_same_rows(database: Database) -> None:
    stamp = datetime(2026, 3, 1, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    with database.session(write=True) as session:
        run_id = session.execute(
            sa.insert(_run).values(
                kind="linkedin", source="x", file_hash="h", started_at=stamp, outcome="ok"
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        as_dicts = [
            {"kind": "job_change", "occurred_at": stamp, "params": "{}", "source_key": "a",
             "import_run_id": run_id, "created_at": stamp},
        ]  # fmt: skip
        as_batch = Batch(
            ("kind", "occurred_at", "params", "source_key"),
            [("job_change", stamp, "{}", "b"), ("job_change", stamp, "{}", "a")],
            {"import_run_id": run_id, "created_at": stamp},
        )
        assert bulk_insert(session, _signal, as_dicts) == 1
        # "a" is stored already: skipped, not an error.
        assert bulk_insert(session, _signal, as_batch, skip_duplicates_of="source_key") == 1
        assert bulk_insert(session, _signal, Batch(("kind",))) == 0
    with database.session() as session:
        rows = session.execute(
            sa.select(_signal.c.source_key, _signal.c.occurred_at, _signal.c.import_run_id)
            .order_by(_signal.c.source_key)
        ).all()  # fmt: skip
    assert [(key, when.astimezone(UTC), run) for key, when, run in rows] == [
        ("a", datetime(2026, 3, 1, 7, 30, tzinfo=UTC), run_id),
        ("b", datetime(2026, 3, 1, 7, 30, tzinfo=UTC), run_id),
    ]


@pytest.mark.parametrize(
    ("stored_count", "asked_count"),
    [
        (3, 3),  # a few keys: IN lookups
        (2500, 2500),  # thousands sharing "li:", about as many stored: one index walk
        (12000, 2500),  # many more stored than asked: the walk stops, lookups take over
    ],
)
def test_stored_values_finds_exactly_the_stored_keys(
    database: Database, stored_count: int, asked_count: int
) -> None:
    stored = [_profile_values(i, url=f"li:{i:06d}") for i in range(0, stored_count, 2)]
    stored += [_profile_values(i, url=f"li:{i:06d}") for i in range(stored_count, 2 * stored_count)]
    with database.session(write=True) as session:
        bulk_insert(session, _profile, stored)
        asked = [f"li:{i:06d}" for i in range(asked_count)] + ["li:", "lj:000000", "li:000000"]
        found = stored_values(session, _profile.c.url, asked)
    assert found == {str(row["url"]) for row in stored} & set(asked)


def test_plain_rows_reads_dates_as_the_driver_gives_them(database: Database) -> None:
    with database.session(write=True) as session:
        bulk_insert(session, _profile, [_profile_values(1), _profile_values(2, email="a@b.c")])
    with database.session() as session:
        rows = plain_rows(
            session, _profile, ("email", "connected_on"), where_in=("email", ["a@b.c"])
        )
        assert plain_rows(session, _profile, ("id",), where_in=("email", [])) == []
        states = linkedin_repo.load_profile_states(session)
        some = linkedin_repo.load_profile_states(
            session, ["https://www.linkedin.com/in/member-00002"]
        )
    assert len(rows) == 1 and rows[0][0] == "a@b.c"
    assert str(rows[0][1]) == "2019-02-10"  # text on SQLite, a date on PostgreSQL
    assert {s.connected_on for s in states.values()} == {date(2019, 2, 10)}
    assert {s.last_seen for s in states.values()} == {date(2025, 1, 15)}
    assert list(some) == ["https://www.linkedin.com/in/member-00002"]
    assert some["https://www.linkedin.com/in/member-00002"].email == "a@b.c"


def test_update_rows_writes_each_row_its_own_columns(database: Database) -> None:
    with database.session(write=True) as session:
        bulk_insert(session, _profile, [_profile_values(i) for i in range(3)])
        ids = [pid for (pid,) in plain_rows(session, _profile, ("id",))]
        update_rows(
            session,
            _profile,
            [
                {"id": ids[0], "company": "Atelier Œil", "last_seen": date(2026, 11, 3)},
                {"id": ids[1], "company": "Pixel Bleu", "last_seen": date(2026, 11, 4)},
                {"id": ids[2], "email": None, "position": ""},  # other columns, a NULL
                {"id": ids[2]},  # nothing to change
            ],
        )
    with database.session() as session:
        rows = session.execute(
            sa.select(_profile.c.company, _profile.c.last_seen, _profile.c.position)
            .order_by(_profile.c.id)
        ).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [
        ("Atelier Œil", date(2026, 11, 3), "Gérante"),
        ("Pixel Bleu", date(2026, 11, 4), "Gérante"),
        ("Studio Kôdé", date(2025, 1, 15), ""),
    ]


def test_profile_digests_match_the_values_an_export_row_gives(database: Database) -> None:
    rows = [
        _profile_values(1),
        _profile_values(2, email="anne@pixel.example", first_name="Anne 🚀"),
        _profile_values(3, connected_on=None, company="", position=""),
    ]
    with database.session(write=True) as session:
        bulk_insert(session, _profile, rows)
    with database.session() as session:
        digests = linkedin_repo.profile_digests(session)
        ids = linkedin_repo.profile_ids(session)
    for row in rows:
        when = row["connected_on"]
        expected = linkedin_repo.connection_values(
            str(row["first_name"]),
            str(row["last_name"]),
            row["email"],  # type: ignore[arg-type]
            str(row["company"]),
            str(row["position"]),
            when.isoformat() if isinstance(when, date) else "",
        )
        pid, status, values = digests[str(row["url"])]
        assert (pid, status, values) == (ids[str(row["url"])], "current", expected)
    # Any value that differs gives another string.
    changed = linkedin_repo.connection_values(
        "Éloïse", "Van den Berghe", None, "Studio Kôdé", "Gérant", "2019-02-10"
    )
    assert changed != digests["https://www.linkedin.com/in/member-00001"][2]


def test_latest_seen_is_the_newest_export_date(database: Database) -> None:
    with database.session() as session:
        assert linkedin_repo.latest_seen(session) is None
    with database.session(write=True) as session:
        bulk_insert(
            session,
            _profile,
            [_profile_values(1), _profile_values(2, last_seen=date(2026, 3, 15))],
        )
    with database.session() as session:
        assert linkedin_repo.latest_seen(session) == date(2026, 3, 15)


def test_driver_reads_see_the_rows_of_their_own_transaction(database: Database) -> None:
    # Rows written in the session are visible to the driver-level reads before commit,
    # and gone with a rollback.
    with database.session(write=True) as session:
        bulk_insert(session, _profile, [_profile_values(7)])
        assert list(linkedin_repo.profile_ids(session)) == [
            "https://www.linkedin.com/in/member-00007"
        ]
        session.rollback()
    with database.session() as session:
        assert linkedin_repo.profile_ids(session) == {}
