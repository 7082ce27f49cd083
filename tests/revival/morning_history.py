"""Two simulated years of mornings (``benchmarks.morning_world``), built once per run."""

from __future__ import annotations

from functools import cache

from benchmarks.morning_world import EQUAL, SKEWED, History, simulate


@cache
def history(payoff: str) -> History:
    """The history where every sign pays off alike (``equal``) or job changes pay off and
    invitations do not (``skewed``): 300 leads, the user acting on half the first rows."""
    table = {"equal": EQUAL, "skewed": SKEWED}[payoff]
    return simulate(table, leads=300, per_day=1.0, act_rate=0.5, eval_from=10**6, seed=3)
