"""Do the learned sign weights help? Precision at K with the default and the learned weights.

Two simulated histories of two years of mornings (``morning_world``): one where every sign
pays off alike, one where job changes pay off and invitations do not. On every evaluated
morning of the second year, the same leads are ranked twice — with the default weights
and with the weights learned from the outcomes so far — and each top K is scored by the
share of its leads whose sign is real (written to, they would answer). The history itself
follows the default ranking, so both rankings see the same world.

Targets: on the equal-payoff history the learned weights do not lower the mean precision
(within 0.03); on the skewed one they raise it.

Run: ``.venv/bin/python benchmarks/eval_learning.py [--seeds 3] [--leads 1500] [--k 5]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from morning_world import EQUAL, SKEWED, simulate

from linkrevive.revival.learning import sign_records

TOLERANCE = 0.03


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--leads", type=int, default=1500)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--every", type=int, default=7, help="evaluate every N mornings")
    args = parser.parse_args()
    verdicts = []
    print(f"precision@{args.k}, second year, mean over evaluated mornings")
    print(f"{'history':<8} {'seed':>4} {'mornings':>8} {'default':>8} {'learned':>8}  weights")
    for name, payoff in (("equal", EQUAL), ("skewed", SKEWED)):
        totals = [0.0, 0.0]
        for seed in range(1, args.seeds + 1):
            history = simulate(payoff, leads=args.leads, seed=seed, k=args.k, eval_every=args.every)
            default, learned = history.mean_precision()
            totals[0] += default
            totals[1] += learned
            records = sign_records(history.outcomes())
            factors = ", ".join(
                f"{sign} {r.answered}/{r.acted} ×{r.factor:.2f}"
                for sign, r in sorted(records.items())
            )
            print(
                f"{name:<8} {seed:>4} {len(history.precision):>8} {default:>8.3f} "
                f"{learned:>8.3f}  {factors}"
            )
        default, learned = totals[0] / args.seeds, totals[1] / args.seeds
        if name == "equal":
            ok = learned >= default - TOLERANCE
            verdicts.append(ok)
            rule = f"learned >= default - {TOLERANCE}"
        else:
            ok = learned > default
            verdicts.append(ok)
            rule = "learned > default"
        verdict = "ok" if ok else "FAIL"
        print(f"{name:<8} mean {'':>8} {default:>8.3f} {learned:>8.3f}  {rule}: {verdict}")
    sys.exit(0 if all(verdicts) else 1)


if __name__ == "__main__":
    main()
