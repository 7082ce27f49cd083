"""Fixtures of the team tests: one database per test on each backend, a crew of processes,
files to import, and the checks every concurrent command must pass."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from linkrevive.cli.app import run
from linkrevive.storage.database import Database
from tests.helpers import connections_csv
from tests.team.crew import Crew, Outcome

#: Rounds of each scenario (the issue asks for at least 20).
ROUNDS = 20


@pytest.fixture(autouse=True)
def _no_saved_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No name saved on this computer and none in the environment: each test says who the
    user is (``--as-user``, the environment) itself."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("LINKREVIVE_USER", raising=False)


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.services)],
)
def team_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database on each backend: a SQLite file, or a database on the real server
    (under CI=true a missing PostgreSQL fails, as the fixture does)."""
    if request.param == "sqlite":
        return str(tmp_path / "team.sqlite3")
    url: str = request.getfixturevalue("pg_db_url")
    return url


@pytest.fixture(scope="module")
def crew() -> Iterator[Crew]:
    """Two processes that start their commands together."""
    team = Crew(2)
    yield team
    team.close()


def cli(db: str, *args: str) -> Outcome:
    """Run one command in this process and capture its output."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run(["--db", db, *args])
    return Outcome(code, out.getvalue(), err.getvalue())


def ok(db: str, *args: str) -> Outcome:
    """Run one command that must succeed."""
    outcome = cli(db, *args)
    assert outcome.code == 0, outcome
    return outcome


def rows(db: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """The rows of a query, read with a connection of its own."""
    database = Database(db, migrate=False)
    try:
        with database.engine.connect() as connection:
            return [tuple(r) for r in connection.execute(sa.text(sql), params)]
    finally:
        database.dispose()


def honest(outcome: Outcome, private: Sequence[str] = ()) -> None:
    """What any command run beside another must respect: no crash (exit 70), no SQL and
    none of the given personal data on stderr, no "nothing was changed" (only a refusal
    that names what changed is allowed)."""
    assert outcome.code != 70, outcome
    assert "unexpected error" not in outcome.err, outcome
    assert "nothing was changed" not in outcome.err, outcome
    for word in ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "[SQL", "[parameters"):
        assert word not in outcome.err, outcome
    for value in private:
        assert value not in outcome.err, outcome


def lead_sheet(path: Path, people: Sequence[dict[str, str]]) -> Path:
    """A lead sheet CSV (English headers) with these people."""
    columns = ("First name", "Last name", "Email", "Company", "Stage", "Notes", "Tags")
    keys = ("first", "last", "email", "company", "stage", "notes", "tags")
    lines = [",".join(columns)]
    lines += [",".join(p.get(k, "") for k in keys) for p in people]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def connections(path: Path, profiles: Sequence[tuple[str, str, str, str, str]]) -> Path:
    """A LinkedIn Connections.csv: (first, last, URL, email, company) each."""
    lines = [(f, la, u, e, c, "Director", "12 Jan 2021") for f, la, u, e, c in profiles]
    path.write_text(connections_csv(lines), encoding="utf-8")
    return path


def mbox(path: Path, senders: Sequence[tuple[str, str]], me: str = "me@agency.example") -> Path:
    """An mbox file with one message from each (name, address) to ``me``."""
    parts = []
    for index, (name, address) in enumerate(senders):
        parts.append(
            f"From {address} Mon Jan 15 10:00:00 2024\n"
            f"From: {name} <{address}>\n"
            f"To: Me <{me}>\n"
            f"Subject: Project {index}\n"
            f"Date: Mon, 15 Jan 2024 10:{index % 60:02d}:00 +0000\n"
            f"Message-ID: <m{index}-{address}>\n"
            "\n"
            "Hello, shall we talk about the project?\n"
        )
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
