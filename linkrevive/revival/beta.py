"""The Beta distribution of an answer rate: its cumulative probability and its quantiles.

What the learned sign weights need to tell a real difference from chance (standard library
only: the regularized incomplete beta function by its continued fraction, as in Numerical
Recipes §6.4, and the quantile by bisection).
"""

from __future__ import annotations

import math

_TINY = 1e-300
_EPSILON = 3e-16
_MAX_TERMS = 300


def _continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz's method)."""
    total = a + b
    c = 1.0
    d = 1.0 - total * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    fraction = d
    for m in range(1, _MAX_TERMS + 1):
        twice = 2 * m
        for term in (
            m * (b - m) * x / ((a - 1.0 + twice) * (a + twice)),
            -(a + m) * (total + m) * x / ((a + twice) * (a + 1.0 + twice)),
        ):
            d = 1.0 + term * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + term / c
            c = c if abs(c) > _TINY else _TINY
            fraction *= d * c
        if abs(d * c - 1.0) < _EPSILON:
            break
    return fraction


def cdf(x: float, a: float, b: float) -> float:
    """P(X ≤ ``x``) for X ~ Beta(``a``, ``b``), ``a`` and ``b`` > 0."""
    if a <= 0 or b <= 0:
        raise ValueError(f"Beta parameters must be positive: {a}, {b}")
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    # The fraction converges fast on the side of the mean it is evaluated from.
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _continued_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _continued_fraction(b, a, 1.0 - x) / b


def quantile(p: float, a: float, b: float) -> float:
    """The ``p`` quantile of Beta(``a``, ``b``): the x with P(X ≤ x) = ``p``."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"not a probability: {p}")
    low, high = 0.0, 1.0
    for _ in range(64):  # 2⁻⁶⁴: far below any difference a rate can show
        middle = (low + high) / 2
        if cdf(middle, a, b) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def interval(level: float, a: float, b: float) -> tuple[float, float]:
    """The central credible interval of Beta(``a``, ``b``) holding ``level`` of it."""
    tail = (1.0 - level) / 2
    return quantile(tail, a, b), quantile(1.0 - tail, a, b)
