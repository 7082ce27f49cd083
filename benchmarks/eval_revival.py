"""Quality of the revival ranking on a labelled synthetic world, against a naive baseline.

Prints the precision of the top K (K = number of leads that should be revived), and the
leads that must never appear but do (active leads, clients, lost in cool-down, snoozed...),
on the list worth reading (:func:`shortlist`: fresh signs, ten due, the network block):
automated senders and other non-prospects proposed as leads, stale signs used as why-now,
rows whose texts disagree (last exchange vs "no news since", company vs opener, a job
change not reflected in the company), and the list's length against fresh signs + 10.
Targets: precision >= 0.95, and zero of each fault.

Run: ``.venv/bin/python benchmarks/eval_revival.py [--leads N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.revival_world import (
    MAY_APPEAR,
    NETWORK_MAY_APPEAR,
    NON_PROSPECTS,
    SHOULD_APPEAR,
    World,
    build_world,
)
from linkrevive.domain.enums import SignalKind
from linkrevive.revival import (
    Candidate,
    LeadFacts,
    RevivalSettings,
    rank,
    reasons_text,
    shortlist,
    why_now,
)
from linkrevive.revival import candidates as codes


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


_ROLE_CHANGES = frozenset({SignalKind.JOB_CHANGE, SignalKind.TITLE_CHANGE})


def faults(world: World, shown: list[Candidate], settings: RevivalSettings) -> dict[str, int]:
    """What must never happen in the list worth reading, counted."""
    by_id = {lead.person_id: lead for lead in world.leads}
    oldest = world.as_of - timedelta(days=settings.signal_horizon_days)
    leads = [c for c in shown if c.section != codes.NETWORK]
    network = [c for c in shown if c.section == codes.NETWORK]
    stale = 0
    for c in shown:
        for reason in c.reasons:
            if (
                reason.code in (codes.SIGNAL, codes.WROTE_AGAIN)
                and date.fromisoformat(str(reason.params["date"])) < oldest
            ):
                stale += 1
    return {
        "automated_proposed": sum(
            1 for c in shown if world.labels[c.person_id] == "never_automated"
        ),
        "colleagues_proposed": sum(
            1 for c in shown if world.labels[c.person_id] == "never_colleague"
        ),
        "non_prospects_as_leads": sum(
            1 for c in leads if world.labels[c.person_id] in NON_PROSPECTS
        ),
        "network_not_allowed": sum(
            1 for c in network if world.labels[c.person_id] not in NETWORK_MAY_APPEAR
        ),
        "stale_signs_used": stale,
        "texts_disagree": sum(1 for c in shown if _disagrees(c, by_id[c.person_id], world.as_of)),
    }


def _disagrees(c: Candidate, lead: LeadFacts, as_of: date) -> bool:
    """True when the row's texts tell two stories."""
    lines = reasons_text(c)
    if why_now(c) != (lines[0] if lines else ""):
        return True
    # "Last exchange" is where "No news since" starts.
    if (
        c.section != codes.NETWORK
        and c.last_exchange is not None
        and c.dormant_since != c.last_exchange.date()
    ):
        return True
    moves = [s for s in lead.signals if s.kind in _ROLE_CHANGES and s.occurred_at.date() <= as_of]
    if moves:
        # The company now: the newest job change's (or the title change's, which names it).
        newest = max(moves, key=lambda s: s.occurred_at)
        key = "new_company" if newest.kind is SignalKind.JOB_CHANGE else "company"
        if c.company != str(newest.params.get(key) or "").strip():
            return True
    return bool(c.company) and c.company not in c.opener["en"]


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
    ranked = rank(world.leads, world.as_of, settings, company_contacts=world.contacts)
    candidates, more_due = shortlist(ranked, settings)
    leads = [c for c in candidates if c.section != codes.NETWORK]
    engine = evaluate(world, [c.person_id for c in leads])
    base = evaluate(world, newest_signal_baseline(world, settings.signal_horizon_days))

    print(f"{'':26}{'rank()':>10}{'newest-signal':>16}")
    for key in ("k", "listed", "precision_at_k", "recall_listed", "never_listed"):
        print(f"{key:26}{engine[key]:>10.3f}{base[key]:>16.3f}")
    print(
        f"{'active_or_client_listed':26}{engine['active_or_client_listed']:>10.0f}"
        f"{base['active_or_client_listed']:>16.0f}"
    )
    listed = Counter(world.labels[c.person_id] for c in leads)
    print("listed by category:", ", ".join(f"{c}={n}" for c, n in sorted(listed.items())))
    sections = Counter(c.section for c in candidates)
    print(
        f"list: {sections[codes.FRESH]} fresh signs + {sections[codes.DUE]} due "
        f"(+{more_due} more due, not listed) + {sections[codes.NETWORK]} new in the network; "
        f"{len(ranked)} eligible before the cut"
    )
    found = faults(world, candidates, settings)
    for key, value in found.items():
        print(f"{key:26}{value:>10}")

    targets = {
        "precision@K >= 0.95": engine["precision_at_k"] >= 0.95,
        "no active lead or client listed": engine["active_or_client_listed"] == 0,
        "no never-category lead listed": engine["never_listed"] == 0,
        "at most fresh signs + 10 due leads": len(leads)
        <= sections[codes.FRESH] + settings.due_block,
        **{f"no {key.replace('_', ' ')}": value == 0 for key, value in found.items()},
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
