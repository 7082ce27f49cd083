"""Speed of the Today list: rank() at the largest real size, against a plain-Python baseline.

20,000 leads, about 200,000 exchanges, 30,000 signals (a 30,000-connection network's worth
of changes) and 30,000 other connections for the company-contact lines. Target: the engine
ranks them in under 1 s (median of several runs).

Run: ``.venv/bin/python benchmarks/bench_today.py [--leads N] [--exchanges N] [--runs N]``.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.revival_world import World, build_world
from linkrevive.revival import RevivalSettings, add_months, rank


def silent_baseline(world: World, months: int) -> list[int]:
    """The simplest useful list: leads whose last exchange is older than the threshold."""
    cutoff = add_months(world.as_of, -months)
    out = []
    for lead in world.leads:
        last: date | None = None
        for exchange in lead.exchanges:
            day = exchange.occurred_at.date()
            if last is None or day > last:
                last = day
        if last is not None and last <= cutoff:
            out.append(lead.person_id)
    return out


def main() -> None:
    """Build the world, time rank() and the baseline, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=20_000)
    parser.add_argument("--exchanges", type=int, default=200_000)
    parser.add_argument("--signals", type=int, default=30_000)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    started = time.perf_counter()
    per_lead = args.exchanges / args.leads
    probe = build_world(args.seed, args.leads, exchanges_per_lead=per_lead)
    world = build_world(
        args.seed,
        args.leads,
        exchanges_per_lead=per_lead,
        extra_signals=max(args.signals - probe.signal_count, 0),
        contacts=args.contacts,
    )
    print(
        f"world: {len(world.leads)} leads, {world.exchange_count} exchanges, "
        f"{world.signal_count} signals, {len(world.contacts)} other connections "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )

    settings = RevivalSettings()

    def timed(runs: int) -> tuple[list[float], list[float], int, int]:
        times, base_times = [], []
        listed = base = 0
        for _ in range(runs):
            gc.collect()
            started = time.perf_counter()
            listed = len(rank(world.leads, world.as_of, settings, company_contacts=world.contacts))
            times.append(time.perf_counter() - started)
            started = time.perf_counter()
            base = len(silent_baseline(world, settings.dormancy_months))
            base_times.append(time.perf_counter() - started)
        return times, base_times, listed, base

    # With the garbage collector as it comes: its full passes over the ~500,000 loaded
    # objects are part of what the user waits for.
    times, base_times, listed, base = timed(args.runs)
    # With the loaded world frozen out of the collector (gc.freeze(), which a service can
    # do after loading the facts): the engine's own cost.
    gc.freeze()
    frozen, frozen_base, _, _ = timed(args.runs)
    gc.unfreeze()
    print(f"{'':34}{'rank()':>10}{'silent-baseline':>18}")
    print(f"{'listed':34}{listed:>10}{base:>18}")
    print(
        f"{'wall time, median (s)':34}{statistics.median(times):>10.3f}"
        f"{statistics.median(base_times):>18.3f}"
    )
    print(
        f"{'wall time, median, gc.freeze (s)':34}{statistics.median(frozen):>10.3f}"
        f"{statistics.median(frozen_base):>18.3f}"
    )
    print(f"{'rank() min / max (s)':34}{min(times):>10.3f} / {max(times):.3f}")
    ok = statistics.median(times) < 1.0
    print(f"{'PASS' if ok else 'FAIL'}  rank() on {len(world.leads)} leads < 1 s")


if __name__ == "__main__":
    main()
