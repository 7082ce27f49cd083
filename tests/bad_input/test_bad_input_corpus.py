"""Every bad input of the corpus, through the real command line in a child process.

Each case asserts what the README promises of bad input: exit status 1, one sentence on
stderr naming the file, no traceback, the database unchanged (its SQL dump, or its bytes
when it is not a database), no backup left behind, and a peak memory under 400 MB (the
child's own maximum resident size, from ``wait4``). The cases run two at a time; the whole
corpus is generated at test time (see ``corpus.py``).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bad_input.corpus import (
    CONNECTION_ROW,
    CONNECTIONS_HEADER,
    PREAMBLE,
    VCARD,
    Case,
    all_cases,
)

pytestmark = pytest.mark.slow

PEAK_LIMIT_KB = 400 * 1024
#: A case still running after this long is killed (and fails): a hang is a defect.
HANG_SECONDS = 120
SETPRIV = shutil.which("setpriv") or "setpriv"
REPO = Path(__file__).resolve().parents[2]
WORKERS = 2
CASES = all_cases()


@dataclass
class Outcome:
    """What one run of the command gave."""

    path: Path
    db: Path
    code: int
    out: str
    err: str
    peak_kb: int
    before: list[str] | bytes
    after: list[str] | bytes
    backups: list[str]
    killed: bool
    seconds: float


def _snapshot(db: Path) -> list[str] | bytes:
    """The SQL dump of a database file, or its bytes when SQLite cannot read it."""
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return db.read_bytes()


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINKREVIVE_", "COV_"))}
    env.update(HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    return env


class _Runner:
    """Runs commands in children of a fork server that imported the app once (fast), or in
    a fresh process under ``setpriv`` for the unreadable cases."""

    def __init__(self) -> None:
        self._server = subprocess.Popen(
            [sys.executable, "-m", "tests.bad_input.forkserver"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )

    def run(self, argv: list[str], home: Path, unprivileged: bool) -> tuple[int, str, str, int]:
        """Exit status (negative when killed), stdout, stderr and peak resident KB."""
        out_file, err_file, peak_file = (home / n for n in ("out.txt", "err.txt", "peak.txt"))
        if unprivileged and os.geteuid() == 0:
            code = self._unprivileged(argv, home, out_file, err_file, peak_file)
        else:
            request = {
                "argv": argv,
                "cwd": str(home),
                "env": _env(home),
                "stdout": str(out_file),
                "stderr": str(err_file),
                "peak": str(peak_file),
                "seconds": HANG_SECONDS,
            }
            assert self._server.stdin is not None and self._server.stdout is not None
            self._server.stdin.write(json.dumps(request) + "\n")
            self._server.stdin.flush()
            code = int(json.loads(self._server.stdout.readline())["code"])
        peak = int(peak_file.read_text()) if peak_file.exists() else PEAK_LIMIT_KB * 10
        return (
            code,
            out_file.read_text(errors="replace"),
            err_file.read_text(errors="replace"),
            peak,
        )

    @staticmethod
    def _unprivileged(argv: list[str], home: Path, out: Path, err: Path, peak: Path) -> int:
        # Root reads a file whatever its mode: without these two capabilities it cannot.
        script = (
            "import runpy, sys\n"
            "try:\n"
            "    runpy.run_module('linkrevive', run_name='__main__')\n"
            "finally:\n"
            "    hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')]\n"
            f"    open({str(peak)!r}, 'w').write(hwm[0].split()[1])\n"
        )
        command = [SETPRIV, "--bounding-set=-dac_override,-dac_read_search"]
        command += [sys.executable, "-c", script, *argv]
        with out.open("wb") as out_handle, err.open("wb") as err_handle:
            done = subprocess.run(
                command,
                stdout=out_handle,
                stderr=err_handle,
                stdin=subprocess.DEVNULL,
                env={**_env(home), "PYTHONPATH": str(REPO)},
                cwd=home,
                timeout=HANG_SECONDS,
                check=False,
            )
        return done.returncode

    def close(self) -> None:
        assert self._server.stdin is not None and self._server.stdout is not None
        self._server.stdin.close()
        self._server.wait()
        self._server.stdout.close()


def _cli(db: Path, *args: str) -> list[str]:
    return ["--db", str(db), *args]


def _base_database(folder: Path) -> Path:
    """A database holding a few people and connections (made by the command line itself)."""
    db = folder / "base.sqlite3"
    (folder / "good.vcf").write_text(VCARD)
    (folder / "Connections.csv").write_text(PREAMBLE + CONNECTIONS_HEADER + CONNECTION_ROW)
    for args in (("import", "contacts", "good.vcf"), ("import", "linkedin", "Connections.csv")):
        done = subprocess.run(
            [sys.executable, "-m", "linkrevive", *_cli(db, *args[:2], str(folder / args[2]))],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    return db


def _play(case: Case, root: Path, base: Path, runners: queue.Queue[_Runner]) -> Outcome:
    folder = root / case.id
    folder.mkdir()
    inputs, home = folder / "in", folder / "home"
    inputs.mkdir()
    home.mkdir()
    db = folder / "db" / "linkrevive.sqlite3"
    db.parent.mkdir()
    shutil.copyfile(base, db)
    path = case.make(inputs)
    if case.database is not None:
        case.database(db)
    before = _snapshot(db)
    started = time.perf_counter()
    runner = runners.get()
    try:
        code, out, err, peak = runner.run(
            _cli(db, "import", case.command, str(path)), home, case.unreadable
        )
    finally:
        runners.put(runner)
    seconds = time.perf_counter() - started
    killed = code < 0
    backups = (
        sorted(p.name for p in (db.parent / "backups").glob("*"))
        if (db.parent / "backups").exists()
        else []
    )
    return Outcome(path, db, code, out, err, peak, before, _snapshot(db), backups, killed, seconds)


@pytest.fixture(scope="module")
def outcomes() -> Iterator[dict[str, Outcome]]:
    """Every case played once, two at a time (the machine has two cores)."""
    root = Path(tempfile.mkdtemp(prefix="linkrevive-bad-input-"))
    try:
        setup = root / "setup"
        setup.mkdir()
        base = _base_database(setup)
        runners: queue.Queue[_Runner] = queue.Queue()
        for _ in range(WORKERS):
            runners.put(_Runner())
        try:
            with ThreadPoolExecutor(max_workers=WORKERS) as pool:
                futures = {case.id: pool.submit(_play, case, root, base, runners) for case in CASES}
                results = {key: future.result() for key, future in futures.items()}
        finally:
            for _ in range(WORKERS):
                runners.get().close()
        if os.environ.get("LINKREVIVE_CORPUS_TIMES"):
            for key, outcome in sorted(results.items(), key=lambda kv: -kv[1].seconds):
                print(f"{outcome.seconds:6.2f} s {outcome.peak_kb // 1024:5d} MB  {key}")
        yield results
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_the_corpus_is_large_and_covers_every_importer() -> None:
    ids = [case.id for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 60
    for prefix in (
        "li-",
        "vcf-",
        "google-",
        "outlook-",
        "thunderbird-",
        "lead-",
        "xlsx-",
        "mbox-",
        "eml-",
        "db-",
    ):
        assert any(i.startswith(prefix) for i in ids), prefix


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input_is_refused_cleanly(case: Case, outcomes: dict[str, Outcome]) -> None:
    result = outcomes[case.id]
    assert not result.killed, f"{case.id} hung or was killed: {result.err[-500:]}"
    assert "Traceback" not in result.err and "Traceback" not in result.out
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err[-2000:]
    sentence = lines[0]
    assert sentence.startswith("linkrevive: "), sentence
    assert "unexpected error" not in sentence.lower(), sentence
    named = result.db if case.database is not None else result.path
    assert str(named) in sentence, sentence
    assert result.code == 1, (result.code, sentence)
    assert result.after == result.before
    assert result.backups == []
    assert result.peak_kb < PEAK_LIMIT_KB, f"peak {result.peak_kb // 1024} MB"


def test_path_traversal_names_are_never_used_as_paths(outcomes: dict[str, Outcome]) -> None:
    assert outcomes["li-zip-traversal"].code == 1
    assert outcomes["xlsx-traversal-names"].code == 1
    assert not Path("/tmp/linkrevive-evil").exists()
    assert not Path("/tmp/linkrevive-evil.xml").exists()
    assert not Path("/etc/linkrevive-evil").exists()


def test_control_characters_of_an_entry_name_stay_on_one_line(
    outcomes: dict[str, Outcome],
) -> None:
    sentence = outcomes["li-zip-control-names"].err.strip()
    assert "\x1b" not in sentence and "\r" not in sentence
    assert "evil?name??" in sentence
