"""Start-up time of the command line: ``--version``, ``--help`` and a listing (issue 14).

Each command runs several times as a fresh subprocess (what a person, a script or a shell
completion pays); the median is printed next to the bare interpreter's start-up
(``python -c pass``) measured in the same run, since the machine is shared and noisy, with
the CPU time the child used (user + system), which other work on the machine hardly moves.
Targets: ``--version`` and ``--help`` at most 0.15 s, ``people --format json`` on an empty
database at most 0.4 s. Then the slowest imports of each command by ``python -X importtime``
(cumulative, microseconds).

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

TARGETS = {"--version": 0.15, "--help": 0.15, "people --format json": 0.4}


def _env(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "LINKREVIVE_DB"}
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
        db = Path(tmp) / "empty.sqlite3"
        env = _env(db)
        cli = [sys.executable, "-m", "linkrevive"]
        subprocess.run([*cli, "match"], env=env, check=True, capture_output=True)  # create it
        commands = {
            "--version": [*cli, "--version"],
            "--help": [*cli, "--help"],
            "people --format json": [*cli, "people", "--format", "json"],
        }
        bare, bare_cpu = _median_seconds([sys.executable, "-c", "pass"], env, args.runs)
        print(f"median of {args.runs} runs (python -c pass: {bare:.3f} s, cpu {bare_cpu:.3f} s)")
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print(f"{'command':<24}{'wall s':>8}{'cpu s':>8}{'target s':>10}  verdict (wall)")
        for label, argv in commands.items():
            median, cpu = _median_seconds(argv, env, args.runs)
            verdict = "ok" if median <= TARGETS[label] else "over"
            print(f"{label:<24}{median:>8.3f}{cpu:>8.3f}{TARGETS[label]:>10.2f}  {verdict}")
        # The floor of a command that reads the database: loading the ORM, nothing else.
        orm = [sys.executable, "-c", "import sqlalchemy.orm, sqlmodel"]
        floor, floor_cpu = _median_seconds(orm, env, args.runs)
        print(f"{'(import the ORM only)':<24}{floor:>8.3f}{floor_cpu:>8.3f}")
        for label, argv in commands.items():
            print(f"\npython -X importtime: top {args.top} cumulative imports of '{label}'")
            for micros, name in _top_imports(argv, env, args.top):
                print(f"  {micros / 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
