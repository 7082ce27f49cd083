"""Time the LinkedIn import at real size against a plain csv + sqlite3 baseline.

Usage: python -m benchmarks.bench_linkedin_import [--connections 30000] [--runs 5]
                                                  [--all-new-messages] [--profile 25] [--split]
                                                  [--floor] [--import-only DB EXPORT]
Prints the median wall and CPU time of each and their ratio (goal of issue 15: LinkRevive
within 2x the baseline). :func:`summary` gives ``python -m benchmarks`` the same figures and
the ``--floor`` one, :func:`scaling` its growth table.
``--profile N`` then imports both exports once more under ``cProfile`` and prints the N
functions taking the most time of their own in each (where to look before changing anything).
``--split`` then splits the fresh import's CPU time into Python and SQLite: the same import
with its bulk inserts stubbed out (their statements and parameters still built, never sent),
beside the real one, alternating in one process: what the database's own work on the rows
(indexes, foreign keys, the commit) costs, against the whole baseline.
``--floor`` then times the rows a fresh import stored, every column of every row of the tables
it wrote, handed by plain ``sqlite3.executemany`` to an empty database of LinkRevive's own
schema (its indexes and foreign keys, the app's pragmas): what storing these rows costs
before any parsing or rule, beside the baseline, which stores fewer columns in tables with
fewer indexes.

The exports come from :func:`benchmarks.gen_linkedin.export_pair`: 30,000 connections,
20,000 messages and 500 invitations, then a newer export of the same account with the
connections evolved, every earlier message plus 2,000 new ones, and 500 new invitations.
``--all-new-messages`` makes the newer export's 20,000 messages all new instead (the worst
case; LinkedIn's own newer export always repeats the earlier messages).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import csv
import io
import itertools
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.bench_mbox_import import run_child
from benchmarks.gen_linkedin import export_pair
from linkrevive.services.linkedin_import import import_linkedin
from linkrevive.services.workspace import Workspace
from linkrevive.storage import activity_repo, bulk, linkedin_repo


def baseline(zip_path: Path, db_file: Path) -> tuple[float, float]:
    """Plain Python on the same rows: read the three CSV files (preamble skipped),
    executemany every column of every row into SQLite, connections keyed by their URL.
    Returns the wall and CPU seconds."""
    start, cpu = time.perf_counter(), time.process_time()
    with zipfile.ZipFile(zip_path) as archive:
        text = archive.read("Connections.csv").decode("utf-8")
        messages = archive.read("messages.csv").decode("utf-8")
        invitations = archive.read("Invitations.csv").decode("utf-8")
    lines = text.splitlines()
    header_at = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    rows = list(csv.reader(io.StringIO("\n".join(lines[header_at + 1 :]))))
    message_rows = list(csv.reader(io.StringIO(messages)))[1:]
    invitation_rows = list(csv.reader(io.StringIO(invitations)))[1:]
    connection = sqlite3.connect(db_file)
    connection.execute(
        "CREATE TABLE IF NOT EXISTS c (first TEXT, last TEXT, url TEXT UNIQUE, email TEXT, "
        "company TEXT, position TEXT, connected TEXT)"
    )
    connection.execute(
        "CREATE TABLE IF NOT EXISTS m (conversation TEXT, title TEXT, sender TEXT, "
        "sender_url TEXT, recipients TEXT, recipient_urls TEXT, date TEXT, subject TEXT, "
        "content TEXT, folder TEXT)"
    )
    connection.execute(
        "CREATE TABLE IF NOT EXISTS i (sender TEXT, recipient TEXT, sent_at TEXT, message TEXT, "
        "direction TEXT, inviter_url TEXT, invitee_url TEXT)"
    )
    connection.executemany("INSERT OR REPLACE INTO c VALUES (?,?,?,?,?,?,?)", rows)
    connection.executemany("INSERT INTO m VALUES (?,?,?,?,?,?,?,?,?,?)", message_rows)
    connection.executemany("INSERT INTO i VALUES (?,?,?,?,?,?,?)", invitation_rows)
    connection.commit()
    connection.close()
    return time.perf_counter() - start, time.process_time() - cpu


def ours(zip_path: Path, workspace: Workspace) -> tuple[float, float]:
    """Wall and CPU seconds of LinkRevive's import of ``zip_path``."""
    start, cpu = time.perf_counter(), time.process_time()
    import_linkedin(workspace, zip_path)
    return time.perf_counter() - start, time.process_time() - cpu


@dataclass(frozen=True)
class Figures:
    """Median wall and CPU seconds of each import and of its baseline, same run."""

    runs: int
    #: ``(wall, cpu)`` medians keyed by "fresh export" and "newer export".
    mine: dict[str, tuple[float, float]]
    base: dict[str, tuple[float, float]]

    def ratio(self, label: str) -> float:
        return self.mine[label][0] / self.base[label][0]


def _medians(times: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def measure(connections: int, messages: int, runs: int, all_new_messages: bool) -> Figures:
    """Import a fresh export then a newer one ``runs`` times, each run beside the baseline."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        first, second = export_pair(
            folder, connections, messages, all_new_messages=all_new_messages
        )
        fresh, newer, base_fresh, base_newer = [], [], [], []
        for run in range(runs):
            workspace = Workspace.open(str(folder / f"run{run}.sqlite3"))
            fresh.append(ours(first, workspace))
            newer.append(ours(second, workspace))
            workspace.close()
            base_db = folder / f"base{run}.sqlite3"
            base_fresh.append(baseline(first, base_db))
            base_newer.append(baseline(second, base_db))
    return Figures(
        runs,
        {"fresh export": _medians(fresh), "newer export": _medians(newer)},
        {"fresh export": _medians(base_fresh), "newer export": _medians(base_newer)},
    )


def summary(quick: bool) -> list[tuple[str, str, str, str, str]]:
    """Rows for ``python -m benchmarks``: each import beside the csv + executemany floor."""
    connections, messages, runs = (3000, 2000, 1) if quick else (30_000, 20_000, 3)
    found = measure(connections, messages, runs, all_new_messages=False)
    rows = []
    for label in ("fresh export", "newer export"):
        (wall, cpu), (base_wall, base_cpu) = found.mine[label], found.base[label]
        ratio = found.ratio(label)
        rows.append(
            (
                f"linkedin: {label}, {connections:,} connections + {messages:,} messages "
                f"(median of {runs})",
                f"{wall:.2f} s ({cpu:.2f} s CPU), {ratio:.1f}x",
                f"csv + executemany {base_wall:.2f} s ({base_cpu:.2f} s CPU)",
                "<= 2x",
                "PASS" if ratio <= 2.0 else "FAIL",
            )
        )
    # What no import of this schema can go below: the goal measured against it.
    floor = measure_floor(connections, messages, runs)
    rows.append(
        (
            "linkedin: storing the fresh import's rows alone, plain executemany into "
            "LinkRevive's schema (no reading, no rule)",
            f"{floor.total:.2f} s CPU, {floor.total / floor.reference:.2f}x",
            f"csv + executemany {floor.reference:.2f} s CPU",
            "floor (informative)",
            "-",
        )
    )
    return rows


def scaling(sizes: list[int]) -> list[tuple[int, float, float, float]]:
    """(connections, wall s, CPU s, peak MB) at each size: the import of a fresh export with
    two thirds as many messages as connections, as ``python -m benchmarks`` sizes them, in
    a process of its own. The times are the import's (``import_only``), as the matcher's
    are the match's: the interpreter's start and the new database's schema, the same at
    every size, are left out of the times, not of the peak (their noise, ±0.1 s, was a
    quarter of the first step's 0.4 s and swung the growth from x0.9 to x1.5). The fresh
    export only: at 100,000 connections the newer one (2 % more) would pass the reader's
    cap of 100,000 rows a file and be refused."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in sizes:
            fresh, _newer = export_pair(folder, size, size * 2 // 3)
            db = folder / f"scaling-{size}.sqlite3"
            run = run_child([sys.executable, "-m", "benchmarks.bench_linkedin_import",
                             "--import-only", str(db), str(fresh)])  # fmt: skip
            wall, cpu = (float(v) for v in run.output.split()[-2:])
            found.append((size, wall, cpu, run.peak_mb))
    return found


def import_only(db: Path, export: Path) -> None:
    """Print the wall and CPU seconds of importing ``export`` into a new database ``db``
    (its schema made first, untimed), for :func:`scaling`."""
    workspace = Workspace.open(str(db))
    try:
        wall, cpu = ours(export, workspace)
    finally:
        workspace.close()
    print(f"{wall:.4f} {cpu:.4f}")


def profile(connections: int, messages: int, top: int, all_new_messages: bool) -> None:
    """Print the ``top`` functions by own time of a fresh import, then of the newer export."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        exports = export_pair(folder, connections, messages, all_new_messages=all_new_messages)
        workspace = Workspace.open(str(folder / "profiled.sqlite3"))
        try:
            for label, export in zip(("fresh export", "newer export"), exports, strict=True):
                profiler = cProfile.Profile()
                profiler.runcall(import_linkedin, workspace, export)
                print(f"\n{label}: the {top} functions taking the most time of their own")
                pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
        finally:
            workspace.close()


@contextlib.contextmanager
def _inserts_stubbed() -> Iterator[None]:
    """Bulk inserts of the LinkedIn import build their statements and parameters but never
    send them; new profiles get made-up ids (a measuring aid, never a test double)."""
    ids = itertools.count(1)

    def insert(
        session: Any, table: Any, rows: Any, *, skip_duplicates_of: str | None = None
    ) -> int:
        built = bulk._insert_statements(session, table, rows, "")
        return sum(len(params) for _sql, params in built)

    def insert_returning(
        session: Any, table: Any, rows: Any, *, skip_duplicates_of: str, returning: Any
    ) -> list[tuple[Any, ...]]:
        for _statement in bulk._insert_statements(session, table, rows, ""):
            pass
        at = rows.columns.index("url")
        return [(row[at], next(ids)) for row in rows.rows]

    stubs = {
        (linkedin_repo, "insert_returning"): insert_returning,
        (linkedin_repo, "bulk_insert"): insert,
        (activity_repo, "bulk_insert"): insert,
    }
    saved = {place: getattr(*place) for place in stubs}
    for (module, name), stub in stubs.items():
        setattr(module, name, stub)
    try:
        yield
    finally:
        for (module, name), kept in saved.items():
            setattr(module, name, kept)


def split(connections: int, messages: int, runs: int) -> None:
    """Print the fresh import's CPU time with and without its bulk inserts sent to SQLite
    (medians of ``runs``, alternating), beside the baseline's."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fresh, _newer = export_pair(folder, connections, messages)
        real: list[float] = []
        stubbed: list[float] = []
        base: list[float] = []
        for run in range(runs):
            for label, found in (("real", real), ("stubbed", stubbed)):
                workspace = Workspace.open(str(folder / f"split-{label}-{run}.sqlite3"))
                with _inserts_stubbed() if label == "stubbed" else contextlib.nullcontext():
                    found.append(ours(fresh, workspace)[1])
                workspace.close()
            base.append(baseline(fresh, folder / f"split-base-{run}.sqlite3")[1])
    whole, python, floor = (statistics.median(t) for t in (real, stubbed, base))
    print(f"\nfresh export, CPU medians of {runs} runs: import {whole:.3f} s = Python "
          f"{python:.3f} s (inserts stubbed) + SQLite {whole - python:.3f} s (the inserts, their "
          f"commit); "
          f"baseline {floor:.3f} s (2x: {2 * floor:.3f} s)")  # fmt: skip


#: The tables a fresh LinkedIn import fills, parents first (foreign keys are on).
_STORED_TABLES = ("import_run", "profile", "exchange", "signal")


@dataclass(frozen=True)
class Floor:
    """CPU medians of storing a fresh import's rows by plain executemany into LinkRevive's
    schema (``total``, and each table and the commit in ``parts``), and of the baseline."""

    total: float
    reference: float
    parts: str


def schema_floor(connections: int, messages: int, runs: int) -> None:
    """Print the CPU time of storing a fresh import's rows by plain executemany into an
    empty database of LinkRevive's schema (medians of ``runs``), beside the baseline's."""
    found = measure_floor(connections, messages, runs)
    floor, reference = found.total, found.reference
    print(f"\nfresh export, what its stored rows cost by plain executemany into LinkRevive's "
          f"schema (CPU, median of {runs}): {floor:.3f} s = {floor / reference:.2f}x the "
          f"baseline {reference:.3f} s; 2x the baseline leaves {2 * reference - floor:.3f} s "
          f"for reading the files and every rule\n  {found.parts}")  # fmt: skip


def measure_floor(connections: int, messages: int, runs: int) -> Floor:
    """:class:`Floor` of a fresh export of this size."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        fresh, _newer = export_pair(folder, connections, messages)
        workspace = Workspace.open(str(folder / "imported.sqlite3"))
        import_linkedin(workspace, fresh)
        workspace.close()
        source = sqlite3.connect(folder / "imported.sqlite3")
        stored = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in _STORED_TABLES}
        source.close()
        times: dict[str, list[float]] = {t: [] for t in (*_STORED_TABLES, "commit", "total")}
        base: list[float] = []
        for run in range(runs):
            # The schema and the driver connection as the app makes them (its pragmas).
            empty = Workspace.open(str(folder / f"floor-{run}.sqlite3"))
            connection = empty.database.engine.raw_connection()
            connection.execute("BEGIN IMMEDIATE")
            start = time.process_time()
            for table, rows in stored.items():
                began = time.process_time()
                marks = ", ".join("?" * len(rows[0])) if rows else ""
                if rows:
                    connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)
                times[table].append(time.process_time() - began)
            began = time.process_time()
            connection.execute("COMMIT")
            times["commit"].append(time.process_time() - began)
            times["total"].append(time.process_time() - start)
            connection.close()
            empty.close()
            base.append(baseline(fresh, folder / f"floor-base-{run}.sqlite3")[1])
    parts = ", ".join(
        f"{t} {statistics.median(times[t]):.3f} s ({len(stored.get(t, ())):,} rows)"
        if t in stored
        else f"{t} {statistics.median(times[t]):.3f} s"
        for t in (*_STORED_TABLES, "commit")
    )
    return Floor(statistics.median(times["total"]), statistics.median(base), parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--all-new-messages", action="store_true")
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--split", action="store_true")
    parser.add_argument("--floor", action="store_true")
    parser.add_argument(
        "--import-only",
        nargs=2,
        type=Path,
        metavar=("DB", "EXPORT"),
        help="time one import into a new database (for the scaling table)",
    )
    args = parser.parse_args()
    if args.import_only:
        import_only(*args.import_only)
        return
    found = measure(args.connections, args.messages, args.runs, args.all_new_messages)
    newer_messages = "all new" if args.all_new_messages else "earlier ones + 10 % new"
    print(f"LinkedIn import, {args.connections} connections + {args.messages} messages "
          f"+ 500 invitations (newer export's messages: {newer_messages}), "
          f"median of {args.runs} runs")  # fmt: skip
    for label in ("fresh export", "newer export"):
        (m, m_cpu), (b, b_cpu) = found.mine[label], found.base[label]
        print(f"  {label:13} linkrevive {m:6.2f} s ({m_cpu:5.2f} s CPU)   "
              f"baseline {b:6.2f} s ({b_cpu:5.2f} s CPU)   ratio {m / b:4.1f}x")  # fmt: skip
    if args.profile:
        profile(args.connections, args.messages, args.profile, args.all_new_messages)
    if args.split:
        split(args.connections, args.messages, args.runs)
    if args.floor:
        schema_floor(args.connections, args.messages, args.runs)


if __name__ == "__main__":
    main()
