"""Pairing benchmark: quality and speed of match() on a labelled world, against a naive baseline.

Run: ``.venv/bin/python -m benchmarks.bench_match [--profiles N] [--people N] [--runs N]
[--seed N]`` (or ``.venv/bin/python benchmarks/bench_match.py …``). The world's realism choices
are documented in :mod:`benchmarks.match_world`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.match_world import World, build_world
from linkrevive.domain.enums import PairStatus
from linkrevive.domain.phrases import evidence_text
from linkrevive.domain.text import normalize_email
from linkrevive.matching import Proposal, match


def exact_email_baseline(world: World) -> list[tuple[int, int]]:
    """The naive matcher: pair on equal normalised email, nothing else."""
    by_email: dict[str, int] = {}
    for profile in world.profiles:
        email = normalize_email(profile.email or "")
        if email:
            by_email[email] = profile.id
    pairs = []
    for person in world.people:
        for email in person.emails:
            normal = normalize_email(email)
            if normal and normal in by_email:
                pairs.append((person.id, by_email[normal]))
                break
    return pairs


def evaluate(world: World, proposals: list[Proposal]) -> dict[str, float]:
    """Precision and recall figures of a list of proposals against the truth."""
    true_pairs = {(p, q) for p, q in world.truth.items() if q is not None}
    auto = {(p.person_id, p.profile_id) for p in proposals if p.status == PairStatus.AUTO}
    suggested = {(p.person_id, p.profile_id) for p in proposals if p.status == PairStatus.SUGGESTED}
    auto_ok = len(auto & true_pairs)
    found = len((auto | suggested) & true_pairs)
    return {
        "true_pairs": len(true_pairs),
        "auto": len(auto),
        "auto_precision": auto_ok / len(auto) if auto else 1.0,
        "auto_recall": auto_ok / len(true_pairs),
        "recall_auto_suggested": found / len(true_pairs),
        "suggested": len(suggested),
        "suggested_pct_of_true": 100.0 * len(suggested) / len(true_pairs),
        "suggested_precision": len(suggested & true_pairs) / len(suggested) if suggested else 1.0,
    }


def main() -> None:
    """Build the world, time both matchers, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profiles", type=int, default=30_000)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--paired", type=int, default=12_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong AUTO pairs")
    args = parser.parse_args()

    started = time.perf_counter()
    world = build_world(args.seed, args.profiles, args.people, args.paired)
    print(
        f"world: {len(world.profiles)} profiles ({sum(1 for p in world.profiles if p.email)} "
        f"with email), {len(world.people)} people, "
        f"{sum(1 for v in world.truth.values() if v is not None)} true pairs "
        f"(built in {time.perf_counter() - started:.1f} s)"
    )

    base_times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        base_pairs = exact_email_baseline(world)
        base_times.append(time.perf_counter() - started)
    base = evaluate(
        world,
        [Proposal(p, q, PairStatus.AUTO, 1.0, ("same email",)) for p, q in base_pairs],
    )

    times = []
    proposals: list[Proposal] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        proposals = match(world.people, world.profiles)
        times.append(time.perf_counter() - started)
    result = evaluate(world, proposals)

    print(f"{'':28}{'match()':>12}{'exact-email':>14}")
    for key in (
        "auto",
        "auto_precision",
        "auto_recall",
        "recall_auto_suggested",
        "suggested",
        "suggested_pct_of_true",
        "suggested_precision",
    ):
        print(f"{key:28}{result[key]:>12.4f}{base[key]:>14.4f}")
    print(
        f"{'wall time (median, s)':28}{statistics.median(times):>12.3f}"
        f"{statistics.median(base_times):>14.3f}"
    )
    targets = {
        "auto_precision >= 0.995": result["auto_precision"] >= 0.995,
        "recall auto+suggested >= 0.97": result["recall_auto_suggested"] >= 0.97,
        "suggested <= 10 % of true pairs": result["suggested_pct_of_true"] <= 10.0,
        "full match < 10 s": statistics.median(times) < 10.0,
    }
    for name, ok in targets.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")

    if args.errors:
        by_id = {p.id: p for p in world.profiles}
        people = {p.id: p for p in world.people}
        wrong = [
            p
            for p in proposals
            if p.status == PairStatus.AUTO and world.truth.get(p.person_id) != p.profile_id
        ]
        for p in wrong[: args.errors]:
            truth = world.truth.get(p.person_id)
            reasons = "; ".join(evidence_text(item) for item in p.evidence)
            print("WRONG", people[p.person_id], "->", by_id[p.profile_id], p.score, reasons)
            print("      truth:", by_id[truth] if truth else None)
        found = {(p.person_id, p.profile_id) for p in proposals}
        missed = [(a, b) for a, b in world.truth.items() if b is not None and (a, b) not in found]
        print("missed kinds:", Counter(bool(people[a].display_name) for a, _ in missed))
        for a, b in missed[: args.errors]:
            print("MISSED", people[a], "->", by_id[b])


if __name__ == "__main__":
    main()
