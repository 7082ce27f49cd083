"""Start-up time of the command line: ``--version``, ``--help`` and a listing (issue 14).

Each command runs several times as a fresh subprocess (what a person, a script or a shell
completion pays); the median is printed next to the bare interpreter's start-up
(``python -c pass``) measured in the same run, since the machine is shared and noisy.
Targets: ``--version`` and ``--help`` at most 0.15 s, ``people --format json`` on an empty
database at most 0.4 s. Then the slowest imports of each command by ``python -X importtime``
(cumulative, microseconds).

    python -m benchmarks.bench_cli_startup [--runs 7] [--top 12]
"""

from __future__ import annotations

import argparse
import os
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


def _median_seconds(argv: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
        bare = _median_seconds([sys.executable, "-c", "pass"], env, args.runs)
        print(f"median of {args.runs} runs (python -c pass: {bare:.3f} s)")
        print(f"{'command':<24}{'median s':>10}{'target s':>10}  verdict")
        for label, argv in commands.items():
            median = _median_seconds(argv, env, args.runs)
            verdict = "ok" if median <= TARGETS[label] else "over"
            print(f"{label:<24}{median:>10.3f}{TARGETS[label]:>10.2f}  {verdict}")
        for label, argv in commands.items():
            print(f"\npython -X importtime: top {args.top} cumulative imports of '{label}'")
            for micros, name in _top_imports(argv, env, args.top):
                print(f"  {micros / 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
