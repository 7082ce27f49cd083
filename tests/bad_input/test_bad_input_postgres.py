"""The importer cases of the bad-input corpus, against a real PostgreSQL server.

The same promise as on SQLite files (``test_bad_input_corpus.py``): through the real command
line, with ``--db`` a database of the server started by ``tests/services.py``, every bad input
of every importer ends with exit status 1, one sentence on stderr naming the file, no
traceback, no password in any output, and the database unchanged: a dump of every table (each
row as text, sorted) is the same before and after. The cases about a bad SQLite database file
have no PostgreSQL meaning and are left out; the peak memory is the SQLite test's concern.

The URL carries a password (the test server trusts every local connection, so the password is
never needed, but the command line sees it like any other) to show it is never printed. Each
of the two workers has its own database, made from one seeded database as a template.
"""

from __future__ import annotations

import queue
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import sql

from tests.bad_input.corpus import (
    CONNECTION_ROW,
    CONNECTIONS_HEADER,
    PREAMBLE,
    VCARD,
    Case,
    all_cases,
)
from tests.bad_input.test_bad_input_corpus import _Runner

pytestmark = [pytest.mark.slow, pytest.mark.services]

WORKERS = 2
PASSWORD = "Corpus-Secret-7f3a"
CASES = [case for case in all_cases() if case.database is None]

Dump = dict[str, list[str]]


@dataclass
class Outcome:
    """What one run of the command gave on a PostgreSQL database."""

    path: Path
    code: int
    out: str
    err: str
    before: Dump
    after: Dump


def _with_password(url: str) -> str:
    scheme, rest = url.split("://", 1)
    user, host = rest.split("@", 1)
    return f"{scheme}://{user}:{PASSWORD}@{host}"


def _dump(url: str) -> Dump:
    """Every table of the database, each row as text, sorted: equal dumps, equal data."""
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1)) as conn:
        tables = [
            str(row[0])
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                " ORDER BY table_name"
            )
        ]
        dump: Dump = {}
        for table in tables:
            query = sql.SQL('SELECT t::text FROM {} t ORDER BY t::text COLLATE "C"').format(
                sql.Identifier(table)
            )
            dump[table] = [str(row[0]) for row in conn.execute(query)]
        return dump


def _seed(url: str, folder: Path) -> None:
    """A few people and connections, imported by the command line itself."""
    (folder / "good.vcf").write_text(VCARD)
    (folder / "Connections.csv").write_text(PREAMBLE + CONNECTIONS_HEADER + CONNECTION_ROW)
    for command, name in (("contacts", "good.vcf"), ("linkedin", "Connections.csv")):
        done = subprocess.run(
            [sys.executable, "-m", "linkrevive", "--db", url, "import", command, folder / name],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert PASSWORD not in done.stdout + done.stderr


def _play(case: Case, root: Path, workers: queue.Queue[tuple[_Runner, str]]) -> Outcome:
    folder = root / case.id
    inputs, home = folder / "in", folder / "home"
    inputs.mkdir(parents=True)
    home.mkdir()
    path = case.make(inputs)
    runner, url = workers.get()
    try:
        before = _dump(url)
        argv = ["--db", url, "import", case.command, str(path)]
        code, out, err, _peak = runner.run(argv, home, case.unreadable)
        after = _dump(url)
    finally:
        workers.put((runner, url))
    return Outcome(path, code, out, err, before, after)


@pytest.fixture(scope="module")
def seeded(postgres_server: Any) -> Iterator[tuple[Any, str]]:
    """The server and the name of a database seeded by a small real import (a template)."""
    root = Path(tempfile.mkdtemp(prefix="linkrevive-bad-input-pg-"))
    name = postgres_server.create_database()
    try:
        _seed(_with_password(postgres_server.url(name)), root)
        yield postgres_server, name
    finally:
        postgres_server.drop_database(name)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def outcomes(seeded: tuple[Any, str]) -> Iterator[dict[str, Outcome]]:
    """Every importer case played once, two at a time, each worker on its own database."""
    server, template = seeded
    root = Path(tempfile.mkdtemp(prefix="linkrevive-bad-input-pg-"))
    names: list[str] = []
    workers: queue.Queue[tuple[_Runner, str]] = queue.Queue()
    try:
        for index in range(WORKERS):
            names.append(f"{template}_w{index}")
            server.admin(f'CREATE DATABASE "{names[-1]}" TEMPLATE "{template}"')
            workers.put((_Runner(), _with_password(server.url(names[-1]))))
        try:
            with ThreadPoolExecutor(max_workers=WORKERS) as pool:
                futures = {case.id: pool.submit(_play, case, root, workers) for case in CASES}
                yield {key: future.result() for key, future in futures.items()}
        finally:
            for _ in range(WORKERS):
                workers.get()[0].close()
    finally:
        for name in names:
            server.drop_database(name)
        shutil.rmtree(root, ignore_errors=True)


def test_the_seed_is_real_and_every_importer_case_runs(seeded: tuple[Any, str]) -> None:
    server, name = seeded
    dump = _dump(server.url(name))
    assert dump["person"] and dump["profile"] and dump["alembic_version"]
    assert len(CASES) >= 60
    assert len(CASES) == len([case for case in all_cases() if not case.id.startswith("db-")])
    assert {case.command for case in CASES} == {"linkedin", "contacts"}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input_is_refused_cleanly_on_postgresql(
    case: Case, outcomes: dict[str, Outcome]
) -> None:
    result = outcomes[case.id]
    assert result.code >= 0, f"{case.id} hung or was killed: {result.err[-500:]}"
    assert "Traceback" not in result.err and "Traceback" not in result.out
    assert PASSWORD not in result.err and PASSWORD not in result.out
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err[-2000:]
    sentence = lines[0]
    assert sentence.startswith("linkrevive: "), sentence
    assert "unexpected error" not in sentence.lower(), sentence
    assert str(result.path) in sentence, sentence
    assert result.code == 1, (result.code, sentence)
    assert result.after == result.before
