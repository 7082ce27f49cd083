"""Quality of the revival ranking on a labelled synthetic world, against a naive baseline.

Prints the precision of the top K (K = number of leads that should be revived), and the
leads that must never appear but do (active leads, clients, lost in cool-down, snoozed...).
Targets: precision >= 0.9, no active lead or client anywhere in the list.

Run: ``.venv/bin/python benchmarks/eval_revival.py [--leads N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from revival_world import MAY_APPEAR, SHOULD_APPEAR, World, build_world

from linkrevive.revival import RevivalSettings, rank, why_now


def newest_signal_baseline(world: World, horizon_days: int) -> list[int]:
    """The naive list: every lead with a recent signal, newest signal first."""
    oldest = world.as_of - timedelta(days=horizon_days)
    scored = []
    for lead in world.leads:
        dates = [
            s.occurred_at for s in lead.signals if oldest <= s.occurred_at.date() <= world.as_of
        ]
        if dates:
            scored.append((max(dates), lead.person_id))
    scored.sort(reverse=True)
    return [pid for _, pid in scored]


def evaluate(world: World, ranked: list[int]) -> dict[str, float]:
    """Top-K precision and the count of leads listed that must never be."""
    k = sum(1 for c in world.labels.values() if c == SHOULD_APPEAR)
    top = ranked[:k]
    hits = sum(1 for pid in top if world.labels[pid] == SHOULD_APPEAR)
    listed = Counter(world.labels[pid] for pid in ranked)
    never = sum(n for c, n in listed.items() if c != SHOULD_APPEAR and c not in MAY_APPEAR)
    return {
        "k": k,
        "listed": len(ranked),
        "precision_at_k": hits / k if k else 1.0,
        "recall_listed": listed[SHOULD_APPEAR] / k if k else 1.0,
        "never_listed": never,
        "active_or_client_listed": listed["never_active"] + listed["never_client"],
    }


def main() -> None:
    """Build the world, rank it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", type=int, default=0, help="print this many misranked leads")
    args = parser.parse_args()

    world = build_world(args.seed, args.leads, extra_signals=args.leads // 2, contacts=2000)
    counts = Counter(world.labels.values())
    print(
        f"world: {len(world.leads)} leads, {world.exchange_count} exchanges, "
        f"{world.signal_count} signals; as of {world.as_of}"
    )
    print("categories:", ", ".join(f"{c}={n}" for c, n in sorted(counts.items())))

    settings = RevivalSettings()
    candidates = rank(world.leads, world.as_of, settings, company_contacts=world.contacts)
    engine = evaluate(world, [c.person_id for c in candidates])
    base = evaluate(world, newest_signal_baseline(world, settings.signal_horizon_days))

    print(f"{'':26}{'rank()':>10}{'newest-signal':>16}")
    for key in ("k", "listed", "precision_at_k", "recall_listed", "never_listed"):
        print(f"{key:26}{engine[key]:>10.3f}{base[key]:>16.3f}")
    print(
        f"{'active_or_client_listed':26}{engine['active_or_client_listed']:>10.0f}"
        f"{base['active_or_client_listed']:>16.0f}"
    )
    listed = Counter(world.labels[c.person_id] for c in candidates)
    print("listed by category:", ", ".join(f"{c}={n}" for c, n in sorted(listed.items())))

    targets = {
        "precision@K >= 0.9": engine["precision_at_k"] >= 0.9,
        "no active lead or client listed": engine["active_or_client_listed"] == 0,
        "no never-category lead listed": engine["never_listed"] == 0,
    }
    for name, ok in targets.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")

    if args.show:
        k = int(engine["k"])
        by_id = {lead.person_id: lead for lead in world.leads}
        for c in candidates[:k]:
            if world.labels[c.person_id] != SHOULD_APPEAR:
                lead = by_id[c.person_id]
                print(world.labels[c.person_id], c.score, lead.stage, why_now(c))
                args.show -= 1
                if not args.show:
                    break


if __name__ == "__main__":
    main()
