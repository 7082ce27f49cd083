"""The learned weights on simulated years of mornings: precision at K never lower where
every sign pays off alike, higher where some signs pay off and others do not.

The same check as ``benchmarks/eval_learning.py`` with fewer seeds and evaluated mornings
(directions only; no timing)."""

from __future__ import annotations

from functools import cache

import pytest

from benchmarks.morning_world import EQUAL, SKEWED, History, simulate

SEEDS = (1, 2)

pytestmark = pytest.mark.slow


@cache
def played(payoff: str, seed: int) -> History:
    """Two years of mornings of the benchmark's world (600 leads: fewer would run out of
    dormant ones), evaluated every second week of the second year."""
    table = {"equal": EQUAL, "skewed": SKEWED}[payoff]
    return simulate(table, leads=600, per_day=1.2, seed=seed, eval_every=14)


@pytest.mark.parametrize("seed", SEEDS)
def test_where_every_sign_pays_off_alike_learning_ranks_as_the_defaults(seed: int) -> None:
    history = played("equal", seed)
    assert len(history.precision) >= 10
    # The same top K as the default weights on every evaluated morning: an exact tie.
    assert [learned for _day, _default, learned in history.precision] == [
        default for _day, default, _learned in history.precision
    ]


@pytest.mark.parametrize("seed", SEEDS)
def test_where_signs_pay_off_unequally_learning_raises_precision(seed: int) -> None:
    history = played("skewed", seed)
    assert len(history.precision) >= 10
    default, learned = history.mean_precision()
    assert learned > default
