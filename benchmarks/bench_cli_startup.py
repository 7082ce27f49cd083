"""Start-up time of the command line: ``--version``, ``--help`` and every listing (issue 14).

Each command runs several times as a fresh subprocess (what a person, a script or a shell
completion pays); the median is printed next to the bare interpreter's start-up
(``python -c pass``) measured in the same run, since the machine is shared and noisy, with
the CPU time the child used (user + system), which other work on the machine hardly moves.
The listings (``people``, ``connections``, ``signals``, ``pairs`` as JSON, and ``today``) run
on an empty database and on the demo world (``demo --as-of 2026-06-01``, a small database).
Targets: ``--version`` and ``--help`` at most 0.15 s, each listing at most 0.4 s, the whole
``today`` command at most 1 s. Floors measured in the same run: importing SQLAlchemy Core
(what a listing cannot avoid) and the ORM with SQLModel (what a listing no longer loads).
Then the slowest imports of some commands by ``python -X importtime`` (cumulative).

    python -m benchmarks.bench_cli_startup [--runs 7] [--top 12]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LISTINGS = {
    "people": ["people", "--format", "json"],
    "connections": ["connections", "--format", "json"],
    "signals": ["signals", "--format", "json"],
    "pairs": ["pairs", "--format", "json"],
    "today": ["today", "--as-of", "2026-06-01", "--format", "json"],
}
#: Seconds (wall, median); ``today`` ranks the leads, the others list rows.
TARGETS = {"--version": 0.15, "--help": 0.15, **dict.fromkeys(LISTINGS, 0.4), "today": 1.0}
#: Commands whose imports are listed (by their label below).
IMPORTS_OF = ("--version", "people (empty)", "people (demo)", "today (demo)")


def _env(db: Path) -> dict[str, str]:
    """The commands' environment: ``db`` as the default database, and bytecode written as an
    installed app has it (pip compiles on install; a shell's ``PYTHONDONTWRITEBYTECODE``
    would make each fresh process compile every module changed since the last cache)."""
    drop = ("LINKREVIVE_DB", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["LINKREVIVE_DB"] = str(db)
    return env


def _median_seconds(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median wall-clock time and median CPU time (user + system) of the child process.

    The CPU time hardly moves when other work shares the machine; the wall time does.
    """
    times, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu)


def _top_imports(argv: list[str], env: dict[str, str], top: int) -> list[tuple[int, str]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *argv[1:]],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        parts = line.removeprefix("import time:").split("|")
        cumulative, name = int(parts[1]), parts[2].strip()
        rows.append((cumulative, name))
    rows.sort(reverse=True)
    return rows[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (median)")
    parser.add_argument("--top", type=int, default=12, help="imports listed per command")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        empty, demo = Path(tmp) / "empty.sqlite3", Path(tmp) / "demo.sqlite3"
        cli = [sys.executable, "-m", "linkrevive"]
        # Both at the newest schema; "match" creates the empty one and writes nothing else.
        subprocess.run([*cli, "match"], env=_env(empty), check=True, capture_output=True)
        subprocess.run(
            [*cli, "demo", "--as-of", "2026-06-01"], env=_env(demo), check=True, capture_output=True
        )
        commands: dict[str, tuple[str, list[str], dict[str, str]]] = {
            "--version": ("--version", [*cli, "--version"], _env(empty)),
            "--help": ("--help", [*cli, "--help"], _env(empty)),
        }
        for where, db in (("empty", empty), ("demo", demo)):
            for name, argv in LISTINGS.items():
                commands[f"{name} ({where})"] = (name, [*cli, *argv], _env(db))
        bare, bare_cpu = _median_seconds([sys.executable, "-c", "pass"], _env(empty), args.runs)
        print(f"median of {args.runs} runs (python -c pass: {bare:.3f} s, cpu {bare_cpu:.3f} s)")
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"{'command':<24}{'wall s':>8}{'cpu s':>8}{'target s':>10}  verdict (wall)")
        for label, (key, argv, env) in commands.items():
            median, cpu = _median_seconds(argv, env, args.runs)
            verdict = "ok" if median <= TARGETS[key] else "over"
            print(f"{label:<24}{median:>8.3f}{cpu:>8.3f}{TARGETS[key]:>10.2f}  {verdict}")
        # The floors of a command that reads the database: what it must and must not load.
        for label, code in (
            ("(import SQLAlchemy Core)", "import sqlalchemy"),
            ("(import ORM + SQLModel)", "import sqlalchemy.orm, sqlmodel"),
        ):
            floor, floor_cpu = _median_seconds([sys.executable, "-c", code], _env(empty), args.runs)
            print(f"{label:<24}{floor:>8.3f}{floor_cpu:>8.3f}")
        for label in IMPORTS_OF:
            _key, argv, env = commands[label]
            print(f"\npython -X importtime: top {args.top} cumulative imports of '{label}'")
            for micros, name in _top_imports(argv, env, args.top):
                print(f"  {micros / 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
