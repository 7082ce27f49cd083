"""Every benchmark at real size, one table of figure / reference / goal / verdict, and the
scaling table of issue 15.

    python -m benchmarks [--quick] [--only mbox linkedin ...] [--no-scaling] [--evals]
    python -m benchmarks --only team    (5 processes on a throwaway PostgreSQL; minutes)

Each benchmark stays runnable alone (``python -m benchmarks.bench_…``). A benchmark module
that defines ``summary(quick: bool) -> list[(figure, value, reference, goal, verdict)]`` gives
its rows to the table directly; the others are run as child processes with their real-size
(or ``--quick``) options and their own report printed as is, the table naming the goal and
where to read the figure. Scaling: a module's ``scaling(sizes) -> [(size, wall s, CPU s,
peak MB)]`` when it has one; else the whole benchmark process is timed at each size (its data
generation included), which still shows how time and memory grow. Each size is run three
times, each time by a fresh process of this runner (the median is kept).

Growth is judged on the marginal cost: the CPU time (and peak memory) added per unit between
two sizes must stay within 20 % of what the first step added, i.e. no faster than linear.
``--quick`` uses small sizes to check the machinery in a couple of minutes; its figures say
nothing about the goals. ``--evals`` also runs the quality evaluations (revival, Today files).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from benchmarks.bench_mbox_import import run_child

Row = tuple[str, str, str, str, str]
Scale = tuple[int, float, float, float]


@dataclass(frozen=True)
class Bench:
    """A benchmark module, its options at real size and in ``--quick``, its goal."""

    key: str
    module: str
    real: list[str]
    quick: list[str]
    goal: str
    #: Options giving the size N of the scaling table, and the sizes (real, quick).
    scale_args: Callable[[int], list[str]] | None = None
    scale_sizes: tuple[Sequence[int], Sequence[int]] = field(default=((), ()))
    scale_unit: str = ""
    #: A peak memory no size may pass (the mailbox's 200 MB "whatever the size").
    peak_limit_mb: float | None = None


BENCHES = [
    Bench(
        "mbox", "benchmarks.bench_mbox_import", [], ["-n", "20000", "--runs", "1"],
        "<= 0.5x mailbox.mbox reading Date/From/To; peak <= 200 MB",
        scale_sizes=((50_000, 200_000, 800_000), (5_000, 20_000, 80_000)),
        scale_unit="messages",
        peak_limit_mb=200.0,
    ),
    Bench(
        "mbox-parse", "benchmarks.bench_mbox_parse", ["-n", "152000"],
        ["-n", "20000", "--repeat", "1"], "parser alone (informative)",
    ),
    Bench(
        "linkedin", "benchmarks.bench_linkedin_import", ["--runs", "3"],
        ["--connections", "3000", "--messages", "2000", "--runs", "1"],
        "marginal import <= 2x csv + executemany of the three files",
        scale_args=lambda n: ["--connections", str(n), "--messages", str(n * 2 // 3),
                              "--runs", "1"],
        scale_sizes=((10_000, 30_000, 100_000), (1_000, 3_000, 10_000)),
        scale_unit="connections",
    ),
    Bench(
        "match", "benchmarks.bench_match", ["--runs", "3"],
        ["--profiles", "3000", "--people", "2230", "--paired", "1300", "--seeds", "7"],
        "full match 30,000 x 25,000 <= 5 s; re-match after 100 new <= 0.5 s",
        scale_args=lambda n: ["--profiles", str(n), "--people", str(n * 3 // 4),
                              "--paired", str(n * 43 // 100), "--seeds", "7"],
        scale_sizes=((10_000, 30_000, 100_000), (1_000, 3_000, 10_000)),
        scale_unit="profiles",
    ),
    Bench(
        "today", "benchmarks.bench_today_service", ["--floor"],
        ["--people", "2000", "--exchanges", "20000", "--signals", "3000", "--profiles", "3000"],
        "ranking at real size <= 0.5 s",
    ),
    Bench(
        "cli", "benchmarks.bench_cli_startup", ["--runs", "5"], ["--runs", "3"],
        "whole 'today' command <= 1 s",
    ),
    Bench(
        "gui", "benchmarks.bench_gui", [], ["--connections", "3000", "--people", "2000"],
        "Today on screen <= 1 s after start; no event-loop pause > 100 ms",
    ),
]  # fmt: skip
EVALS = [
    Bench("eval-revival", "benchmarks.eval_revival", [], [], "quality (same figures before/after)"),
    Bench(
        "eval-today-files",
        "benchmarks.eval_today_files",
        [],
        ["--seeds", "1"],
        "quality (same figures before/after)",
    ),
]

#: Run with ``--only`` alone: they start services or take minutes.
ON_DEMAND = [
    Bench(
        "team", "benchmarks.bench_team", [], ["--ops", "40"],
        "5 processes x 200 mixed operations on PostgreSQL: 0 lost updates, 0 violations",
    ),
]  # fmt: skip


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines())


def run_bench(bench: Bench, quick: bool) -> list[Row]:
    """The rows of one benchmark: its own ``summary`` or a child process's report."""
    module = importlib.import_module(bench.module)
    summary = getattr(module, "summary", None)
    print(f"== {bench.key}: {bench.module}", flush=True)
    if summary is not None:
        rows: list[Row] = summary(quick)
        for row in rows:
            print(f"    {row[0]}: {row[1]} (reference {row[2]}; goal {row[3]}) {row[4]}")
        return rows
    argv = [sys.executable, "-m", bench.module, *(bench.quick if quick else bench.real)]
    run = run_child(argv)
    print(_indent(run.output), flush=True)
    return [
        (
            bench.key,
            f"see its report above (process {run.wall:.0f} s)",
            "in its report",
            bench.goal,
            "read above",
        )
    ]


#: Runs at each size of the scaling table (the median is kept: one run is noise).
SCALE_RUNS = 3


def scale_bench(bench: Bench, quick: bool) -> list[Scale]:
    """Time and peak memory of a benchmark at each size of the scaling table, measured
    by a fresh process of this runner (``--scale-one``), median of :data:`SCALE_RUNS`.

    A fresh process because Linux counts in a child's peak memory the memory of the
    process it was forked from: launched from this runner once it had run the window's and
    the matcher's benchmarks in-process, every import reported the runner's 338 MB.
    """
    argv = [sys.executable, "-m", "benchmarks", "--scale-one", bench.key]
    runs: list[list[Scale]] = []
    for _ in range(SCALE_RUNS):
        output = run_child([*argv, "--quick"] if quick else argv).output
        runs.append([tuple(row) for row in json.loads(output.strip().splitlines()[-1])])
    return [
        (size, *(statistics.median(run[i][k] for run in runs) for k in (1, 2, 3)))  # type: ignore[misc]
        for i, (size, *_rest) in enumerate(runs[0])
    ]


def _scale_here(bench: Bench, quick: bool) -> list[Scale]:
    """One run of each size of the scaling table, in this process."""
    sizes = list(bench.scale_sizes[1 if quick else 0])
    module = importlib.import_module(bench.module)
    scaling = getattr(module, "scaling", None)
    if scaling is not None:
        found: list[Scale] = scaling(sizes)
        return found
    assert bench.scale_args is not None
    measured = []
    for size in sizes:
        run = run_child([sys.executable, "-m", bench.module, *bench.scale_args(size)])
        measured.append((size, run.wall, run.cpu, run.peak_mb))
    return measured


def growth(rows: list[Scale]) -> tuple[float, float]:
    """Marginal CPU time and peak memory per unit of the last step, over the first step's."""
    (n0, _, c0, p0), (n1, _, c1, p1), (n2, _, c2, p2) = rows[0], rows[1], rows[-1]
    first_cpu = (c1 - c0) / (n1 - n0)
    last_cpu = (c2 - c1) / (n2 - n1)
    first_mem = max(p1 - p0, 0.0) / (n1 - n0)
    last_mem = max(p2 - p1, 0.0) / (n2 - n1)
    cpu_ratio = last_cpu / first_cpu if first_cpu > 0 else float("inf")
    mem_ratio = last_mem / first_mem if first_mem > 0 else (0.0 if last_mem == 0 else 1.0)
    return cpu_ratio, mem_ratio


def print_table(rows: list[Row]) -> None:
    headers = ("figure", "value", "reference (same run)", "goal", "verdict")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="small sizes (checks the runs)")
    parser.add_argument("--only", nargs="+", metavar="KEY", help="these benchmarks only")
    parser.add_argument("--no-scaling", action="store_true", help="skip the scaling table")
    parser.add_argument("--evals", action="store_true", help="run the quality evaluations too")
    parser.add_argument("--scale-one", metavar="KEY", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.scale_one:  # a child of scale_bench: one run per size, as JSON
        (bench,) = [b for b in BENCHES if b.key == args.scale_one]
        print(json.dumps(_scale_here(bench, args.quick)))
        return
    benches = BENCHES + (EVALS if args.evals else []) + (ON_DEMAND if args.only else [])
    known = {b.key for b in benches}
    if args.only:
        unknown = set(args.only) - known
        if unknown:
            parser.error(f"unknown benchmark {sorted(unknown)}; known: {sorted(known)}")
        benches = [b for b in benches if b.key in args.only]
    start = time.perf_counter()
    print(f"python -m benchmarks{' --quick' if args.quick else ''}: {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} at start", flush=True)  # fmt: skip
    rows: list[Row] = []
    for bench in benches:
        rows.extend(run_bench(bench, args.quick))
    scales: list[tuple[Bench, list[Scale]]] = []
    if not args.no_scaling:
        for bench in benches:
            if bench.scale_sizes[0]:
                print(f"== scaling: {bench.key}", flush=True)
                scales.append((bench, scale_bench(bench, args.quick)))
    print()
    print_table(rows)
    if scales:
        print()
        print(f"scaling (median of {SCALE_RUNS} runs per size; growth = marginal cost per unit")
        print("of the last step over the first step's; linear within 20 % means <= 1.20)")
        for bench, measured in scales:
            for size, wall, cpu, peak in measured:
                print(f"  {bench.key:9} {size:>9,} {bench.scale_unit:11} {wall:7.1f} s  "
                      f"CPU {cpu:7.1f} s  peak {peak:6.0f} MB")  # fmt: skip
            cpu_growth, mem_growth = growth(measured)
            limit = bench.peak_limit_mb
            within = limit is None or all(peak <= limit for *_, peak in measured)
            verdict = "PASS" if cpu_growth <= 1.2 and mem_growth <= 1.2 and within else "FAIL"
            bound = "" if limit is None else f", every peak <= {limit:.0f} MB: {within}"
            print(f"  {bench.key:9} growth: CPU x{cpu_growth:.2f}, peak memory x{mem_growth:.2f}"
                  f"{bound}  {verdict}")  # fmt: skip
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end; "
          f"{time.perf_counter() - start:.0f} s in all")  # fmt: skip


if __name__ == "__main__":
    main()
