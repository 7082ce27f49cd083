"""Import a Gmail-sized mbox through the whole product; time and peak memory beside references.

    python -m benchmarks.bench_mbox_import [-n 152000] [--runs 3] [--scaling 50000 200000 800000]

Runs ``linkrevive import contacts`` (parse + store + pair) in a child process on a generated
mbox, so its peak resident memory is its own, and in the same run the issue's reference:
Python's ``mailbox.mbox`` merely reading ``Date``/``From``/``To`` of every message (also in a
child). The machine is shared: each figure is the median of ``--runs`` runs, with the CPU time
of the child beside the wall time (every thread's: the import reads the file on one, stores
each chunk on a second and hashes the file on a third, so on a busy machine its wall time
suffers more than the single-threaded reference's). A plain-Python floor is printed too: a
line scan that keeps From/To/Date and inserts them with ``sqlite3.executemany``.
``--scaling`` imports mboxes of those sizes once each and prints the time and peak memory
per size.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.gen_mbox import ME, generate

#: The issue's reference: the standard library's naive read of the same file.
STDLIB_READ = """
import mailbox, sys
for message in mailbox.mbox(sys.argv[1], create=False):
    message["Date"], message["From"], message["To"]
"""
#: Goals of issue 15: import time against the reference, peak memory whatever the size.
GOAL_RATIO = 0.5
GOAL_PEAK_MB = 200.0
REAL_SIZE = 152_000


@dataclass(frozen=True)
class Run:
    """One child process: wall and CPU seconds, peak resident memory in MB."""

    wall: float
    cpu: float
    peak_mb: float
    output: str


def run_child(argv: list[str]) -> Run:
    """Run a command; its own rusage (``os.wait4``), not the sum of all children."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert child.stdout is not None
    output = child.stdout.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])}… failed:\n{output}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def import_mbox(mbox: Path, db: Path) -> Run:
    """``linkrevive import contacts MBOX --me ME`` into a fresh database."""
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    return run_child(
        [sys.executable, "-m", "linkrevive", "--db", str(db),
         "import", "contacts", str(mbox), "--me", ME]
    )  # fmt: skip


def stdlib_read(mbox: Path) -> Run:
    """The issue's reference: ``mailbox.mbox`` reading Date/From/To of every message."""
    return run_child([sys.executable, "-c", STDLIB_READ, str(mbox)])


def baseline(path: Path, db: Path) -> float:
    """Plain Python: scan lines, keep three headers per message, executemany them."""
    start = time.perf_counter()
    rows: list[tuple[str, str, str]] = []
    current: dict[str, str] = {}
    in_headers = False
    with path.open("rb") as handle:
        for raw in handle:
            if raw.startswith(b"From "):
                if current:
                    rows.append((current.get("from", ""), current.get("to", ""),
                                 current.get("date", "")))  # fmt: skip
                current, in_headers = {}, True
            elif in_headers:
                if raw in (b"\n", b"\r\n"):
                    in_headers = False
                else:
                    name, _, value = raw.decode("utf-8", "replace").partition(":")
                    if name.lower() in ("from", "to", "date"):
                        current[name.lower()] = value.strip()
    if current:
        rows.append((current.get("from", ""), current.get("to", ""), current.get("date", "")))
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE m (sender TEXT, recipients TEXT, date TEXT)")
    connection.executemany("INSERT INTO m VALUES (?, ?, ?)", rows)
    connection.commit()
    connection.close()
    return time.perf_counter() - start


@dataclass(frozen=True)
class Measure:
    """Medians of several alternating runs of the import and of the reference."""

    messages: int
    size_mb: float
    ours: Run
    reference: Run
    summary_line: str


def _median_run(runs: list[Run]) -> Run:
    return Run(
        statistics.median(r.wall for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mb for r in runs),
        runs[-1].output,
    )


def measure(messages: int, runs: int, folder: Path) -> Measure:
    """Generate an mbox of ``messages`` and time import and reference ``runs`` times each,
    alternating them so that both see the same load."""
    mbox = folder / f"all-mail-{messages}.mbox"
    if not mbox.exists():
        generate(mbox, messages)
    ours, reference = [], []
    for _ in range(runs):
        ours.append(import_mbox(mbox, folder / "bench.sqlite3"))
        reference.append(stdlib_read(mbox))
    summary = next(
        (line for line in ours[-1].output.splitlines() if "messages" in line), ""
    ).strip()
    return Measure(
        messages, mbox.stat().st_size / 1e6, _median_run(ours), _median_run(reference), summary
    )


def summary(quick: bool = False) -> list[tuple[str, str, str, str, str]]:
    """Rows (figure, value, reference, goal, verdict) for ``python -m benchmarks``."""
    messages, runs = (20_000, 3) if quick else (REAL_SIZE, 3)
    with tempfile.TemporaryDirectory() as tmp:
        m = measure(messages, runs, Path(tmp))
    ratio = m.ours.wall / m.reference.wall
    cpu_ratio = m.ours.cpu / m.reference.cpu
    return [
        (
            f"mbox import {messages:,} msgs (parse+store+pair), median of {runs}",
            f"{m.ours.wall:.1f} s (CPU {m.ours.cpu:.1f} s)",
            f"mailbox.mbox read {m.reference.wall:.1f} s (CPU {m.reference.cpu:.1f} s)",
            f"<= {GOAL_RATIO}x",
            f"{'PASS' if ratio <= GOAL_RATIO else 'FAIL'} {ratio:.2f}x (CPU {cpu_ratio:.2f}x)",
        ),
        (
            f"mbox import {messages:,} msgs, peak memory",
            f"{m.ours.peak_mb:.0f} MB",
            f"mailbox.mbox read {m.reference.peak_mb:.0f} MB",
            f"<= {GOAL_PEAK_MB:.0f} MB",
            "PASS" if m.ours.peak_mb <= GOAL_PEAK_MB else "FAIL",
        ),
    ]


def scaling(sizes: list[int]) -> list[tuple[int, float, float, float]]:
    """(messages, wall s, CPU s, peak MB) of one import per size."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in sizes:
            mbox = folder / "scaling.mbox"
            generate(mbox, size)
            run = import_mbox(mbox, folder / "scaling.sqlite3")
            found.append((size, run.wall, run.cpu, run.peak_mb))
            mbox.unlink()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", "--messages", type=int, default=REAL_SIZE)
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median)")
    parser.add_argument("--scaling", type=int, nargs="*", default=[], metavar="N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        m = measure(args.messages, args.runs, folder)
        floor = baseline(folder / f"all-mail-{args.messages}.mbox", folder / "base.sqlite3")
    n = args.messages
    print(f"mbox import, {n:,} messages ({m.size_mb:.0f} MB), medians of {args.runs} runs, "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"  linkrevive        {m.ours.wall:6.1f} s  CPU {m.ours.cpu:6.1f} s  "
          f"{n / m.ours.wall:8.0f} msg/s  peak RSS {m.ours.peak_mb:.0f} MB")  # fmt: skip
    print(f"  mailbox.mbox read {m.reference.wall:6.1f} s  CPU {m.reference.cpu:6.1f} s  "
          f"{n / m.reference.wall:8.0f} msg/s  peak RSS {m.reference.peak_mb:.0f} MB")  # fmt: skip
    print(f"  ratio {m.ours.wall / m.reference.wall:.2f}x wall, "
          f"{m.ours.cpu / m.reference.cpu:.2f}x CPU (goal <= {GOAL_RATIO}x)")  # fmt: skip
    print(f"  plain line scan + executemany floor {floor:.1f} s")
    print("  " + m.summary_line)
    if args.scaling:
        print("scaling (one import each):")
        rows = scaling(args.scaling)
        first = rows[0]
        for size, wall, cpu, peak in rows:
            growth = (cpu / size) / (first[2] / first[0])
            print(f"  {size:>9,} msgs  {wall:6.1f} s  CPU {cpu:6.1f} s  peak {peak:5.0f} MB  "
                  f"CPU per message x{growth:.2f} of the smallest")  # fmt: skip


if __name__ == "__main__":
    main()
