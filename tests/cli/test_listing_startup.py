"""Issue 14: a listing command reads on SQLAlchemy Core and loads neither SQLModel, the ORM,
Alembic nor the matcher; what it lists is what the store holds, on SQLite and PostgreSQL.
Issue 15: so does ``today`` (but for the matcher), and it says the same on both."""

from __future__ import annotations

import importlib
import json
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from linkrevive import storage
from linkrevive.storage import database
from linkrevive.storage import tables as _tables  # noqa: F401  (fills SQLModel.metadata)
from tests.helpers import cli

#: Modules a listing must not load: each costs a tenth of a second or more of start-up.
HEAVY = (
    "sqlmodel",
    "sqlalchemy.orm",
    "pydantic",
    "alembic",
    "linkrevive.storage.tables",
    "linkrevive.matching.matcher",
    "rapidfuzz",
)
LISTINGS = (
    ("people", "--format", "json"),
    ("people", "--all", "--format", "json"),
    ("connections", "--format", "json"),
    ("signals", "--format", "json"),
    ("signals", "--since", "2026-01-01", "--format", "json"),
    ("pairs", "--format", "json"),
)

#: What ``today`` may load of :data:`HEAVY`: nothing (the revival service's rules use the
#: company and mail-domain keys of ``matching.normalize``, which come without the matcher).
TODAY_HEAVY: tuple[str, ...] = ()
TODAY = (
    ("today", "--as-of", "2026-06-03"),
    ("today", "--as-of", "2026-06-03", "--format", "json"),
    ("today", "--as-of", "2026-06-03", "--new", "--format", "json"),
)

# Runs the real entry point in a fresh interpreter, then names the heavy modules it loaded.
CHILD = f"""
import sys
from linkrevive.__main__ import main
code = main(sys.argv[1:])
loaded = [name for name in {HEAVY!r} if name in sys.modules]
sys.stderr.write("LOADED:" + ",".join(loaded) + "\\n")
sys.exit(code)
"""


def _run(db: Path, *args: str) -> tuple[int, str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    marker = [line for line in done.stderr.splitlines() if line.startswith("LOADED:")]
    assert marker, done.stderr
    loaded = [name for name in marker[-1].removeprefix("LOADED:").split(",") if name]
    return done.returncode, done.stdout, loaded


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    code, _, _ = _run(db, "demo", "--as-of", "2026-06-01")
    assert code == 0
    return db


@pytest.mark.parametrize("args", LISTINGS, ids=" ".join)
def test_a_listing_loads_neither_the_orm_nor_the_matcher(demo_db: Path, args: tuple[str]) -> None:
    code, out, loaded = _run(demo_db, *args)
    assert code == 0
    assert json.loads(out), "the demo world lists something"
    assert loaded == [], (
        f"'{' '.join(args)}' loaded {loaded}: a listing reads through services.queries and "
        "storage.listings (SQLAlchemy Core), never the ORM (issue 14: start-up <= 0.4 s)"
    )


@pytest.fixture(scope="module")
def seen_db(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo world after a look at Today two days earlier: visits and proposals to read."""
    db = tmp_path_factory.mktemp("seen") / "seen.sqlite3"
    shutil.copy(demo_db, db)
    code, out, _ = _run(db, "today", "--as-of", "2026-06-01", "--mark-seen")
    assert code == 0 and out
    return db


@pytest.mark.parametrize("args", TODAY, ids=" ".join)
def test_today_loads_neither_the_orm_nor_sqlmodel(seen_db: Path, args: tuple[str]) -> None:
    code, out, loaded = _run(seen_db, *args)
    assert code == 0
    if "json" in args:
        rows = json.loads(out)
        if "--new" not in args:  # (nothing is new two days after the look)
            assert rows, "the demo world has leads to revive"
            assert not all(r["new"] for r in rows), "the earlier look is read"
    else:
        assert out.strip()
    assert set(loaded) <= set(TODAY_HEAVY), (
        f"'{' '.join(args)}' loaded {loaded}: Today reads on SQLAlchemy Core (lead_loading, "
        "preferences, morning_reads, outcome_reads), never the ORM (issue 15: today <= 1 s)"
    )


def test_a_listing_of_an_empty_database_loads_no_alembic(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    assert _run(db, "match")[0] == 0  # creates it, at the newest schema
    code, out, loaded = _run(db, "people", "--format", "json")
    assert (code, json.loads(out), loaded) == (0, [], [])


def _base_type(kind: sa.types.TypeEngine[object]) -> sa.types.TypeEngine[object]:
    return kind.impl_instance if isinstance(kind, sa.types.TypeDecorator) else kind


def _table_clauses() -> list[tuple[str, sa.TableClause]]:
    """Every Core ``table()`` clause a storage module reads through (not the schema's own
    ``Table`` objects): ``storage.listings``, ``storage.team_listings`` and any later one."""
    found = []
    for info in pkgutil.iter_modules(storage.__path__):
        module = importlib.import_module(f"{storage.__name__}.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, sa.TableClause) and not isinstance(value, sa.Table):
                found.append((f"{info.name}.{name}", value))
    return found


def test_the_listings_name_columns_of_the_schema_with_their_types() -> None:
    """One description of the schema (``storage.tables``): the read modules' table clauses
    name a subset of its columns, each with the type the table gives it."""
    schema = SQLModel.metadata.tables
    clauses = _table_clauses()
    assert {where.split(".")[0] for where, _ in clauses} >= {"listings", "team_listings"}
    for where, clause in clauses:
        assert clause.name in schema, f"{where}: no table {clause.name}"
        table = schema[clause.name]
        for column in clause.columns:
            assert column.name in table.c, f"{where}: no column {clause.name}.{column.name}"
            stored, read = _base_type(table.c[column.name].type), column.type
            assert isinstance(stored, type(read)), f"{where}.{column.name}: {stored!r} as {read!r}"
            if isinstance(read, sa.DateTime):  # aware moments, as UTCDateTime keeps them
                assert stored.timezone == read.timezone, f"{where}.{column.name}"  # type: ignore[attr-defined]


@pytest.mark.services
def test_postgres_lists_moments_in_utc_whatever_the_session_zone(
    capsys: pytest.CaptureFixture[str],
    pg_db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A server session in another zone returns its moments in that zone; the listings say
    them in UTC, as on SQLite."""
    monkeypatch.setenv("PGTZ", "Asia/Tokyo")  # libpq sets the session's TimeZone from it
    sqlite = tmp_path / "ref.sqlite3"
    out = {}
    for db in (str(sqlite), pg_db_url):
        assert cli(capsys, db, "demo", "--as-of", "2026-06-01").code == 0
        out[db] = {
            args: cli(capsys, db, *args).out
            for args in LISTINGS
            if args[0] != "connections"  # no moment there
        }
    on_postgres, on_sqlite = out[pg_db_url], out[str(sqlite)]
    assert "+00:00" in on_postgres[("signals", "--format", "json")]
    assert "+09:00" not in "".join(on_postgres.values())
    assert on_postgres == on_sqlite


@pytest.mark.services
def test_today_says_on_postgres_what_it_says_on_sqlite(
    capsys: pytest.CaptureFixture[str],
    pg_db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Today's rows, their news since an earlier look and the learned weights read the same
    on a server whose session speaks another zone as on SQLite: the Core reads say every
    moment in UTC, as the ORM's UTCDateTime did."""
    monkeypatch.setenv("PGTZ", "Asia/Tokyo")  # libpq sets the session's TimeZone from it
    sqlite = tmp_path / "ref.sqlite3"
    out = {}
    for db in (str(sqlite), pg_db_url):
        assert cli(capsys, db, "demo", "--as-of", "2026-06-01").code == 0
        assert cli(capsys, db, "today", "--as-of", "2026-06-01", "--mark-seen").code == 0
        snoozed = cli(
            capsys, db, "lead", "snooze", _first_email(capsys, db), "--until", "2026-06-02"
        )
        assert snoozed.code == 0
        out[db] = [cli(capsys, db, *args).out for args in TODAY]
    on_postgres, on_sqlite = out[pg_db_url], out[str(sqlite)]
    assert json.loads(on_sqlite[1]) and json.loads(on_sqlite[2]), "leads, and news among them"
    assert "+09:00" not in "".join(on_postgres)
    assert on_postgres == on_sqlite


def _first_email(capsys: pytest.CaptureFixture[str], db: str) -> str:
    """The address of the first lead of Today on 2026-06-01 (snoozed: news when it ends)."""
    rows = json.loads(cli(capsys, db, "today", "--as-of", "2026-06-01", "--format", "json").out)
    email: str = next(r["email"] for r in rows if r["email"])
    return email


def test_the_heads_read_without_alembic_are_alembic_s() -> None:
    """A database at the newest schema opens without Alembic (``head_revisions`` reads the
    migration files' text); Alembic itself must find the same heads, or a listing would skip
    a migration or load Alembic for nothing."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(database._MIGRATIONS))
    config.set_main_option("path_separator", "os")
    heads = ScriptDirectory.from_config(config).get_heads()
    assert heads
    assert database.head_revisions() == frozenset(heads)
