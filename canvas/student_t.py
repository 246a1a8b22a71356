"""Student's t distribution and Welch's test, in pure Python: the one place the map does
t statistics (the 95 % interval of a touchpoint, the wave change, before/after an
improvement, the channel view's flags, and A/B experiments measured by mean score).

Why not scipy: the few numbers the map needs (a quantile and a tail probability)
cost ~100 lines here, while scipy (with numpy) would add ~100 MB to a frozen bundle
and a noticeable import time to the command line. The tail is the regularized
incomplete beta function, evaluated by its continued fraction (modified Lentz),
which converges quickly for the arguments a t-test gives; the quantile inverts the
CDF by bisection — slow by numerical standards (a few hundred CDF calls) but
microseconds per touchpoint. Plain floats, no Qt, no numpy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import sub

_EPS = 1e-15
_TINY = 1e-300
_MAX_TERMS = 500


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b), by the modified Lentz method."""
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    result = d
    for m in range(1, _MAX_TERMS + 1):
        # The even step d_{2m}, then the odd step d_{2m+1} of the fraction.
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            step = c * d
            result *= step
        if abs(step - 1.0) < _EPS:
            break
    return result


def regularized_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularized incomplete beta function, for a, b > 0 and 0 <= x <= 1."""
    if not 0.0 <= x <= 1.0:
        raise ValueError(f"x must lie in [0, 1], not {x}")
    if x in (0.0, 1.0):
        return x
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    # The fraction converges fast on the side of the mean; use the symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def t_two_sided_p(t: float, df: float) -> float:
    """P(|T| >= |t|) for Student's t with df degrees of freedom (df may be fractional)."""
    if df <= 0:
        raise ValueError(f"degrees of freedom must be positive, not {df}")
    if math.isinf(t):
        return 0.0
    return regularized_beta(df / 2.0, 0.5, df / (df + t * t))


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom (df may be fractional)."""
    tail = 0.5 * t_two_sided_p(t, df)
    return 1.0 - tail if t > 0 else tail


@lru_cache(maxsize=1024)
def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p, by bisection on :func:`t_cdf`."""
    if not 0.0 < p < 1.0:
        raise ValueError(p)
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        hi *= 2.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2.0


def mean_and_variance(values: list[float]) -> tuple[float, float]:
    """The mean and the sample variance (n - 1 in the denominator) in floats
    (statistics.variance is exact, and slow on long lists)."""
    n = len(values)
    mean = math.fsum(values) / n
    # The squared deviations by map (C), each exactly the (v - mean) ** 2 it stands for.
    squares = map(pow, map(sub, values, repeat(mean)), repeat(2))
    var = math.fsum(squares) / (n - 1) if n > 1 else 0.0
    return mean, var


def interval95(values: list[float]) -> tuple[float, float] | None:
    """The 95 % Student-t interval of the mean; None for fewer than two values."""
    n = len(values)
    if n < 2:
        return None
    mean, var = mean_and_variance(values)
    half = t_quantile(0.975, n - 1) * math.sqrt(var / n)
    return mean - half, mean + half


@dataclass(frozen=True)
class WelchResult:
    """One comparison: the difference of means (first minus second), t, df and p."""

    difference: float
    t: float
    df: float
    p: float


def welch_from_summary(
    mean1: float, sd1: float, n1: int, mean2: float, sd2: float, n2: int
) -> WelchResult | None:
    """Welch's unequal-variance t-test from two groups' means, sample SDs and sizes.

    None when it cannot be computed: a group of fewer than two, or neither group with
    any spread (then there is no standard error to divide by).
    """
    if n1 < 2 or n2 < 2:
        return None
    v1, v2 = sd1 * sd1 / n1, sd2 * sd2 / n2
    if v1 + v2 == 0.0:
        return None
    difference = mean1 - mean2
    t = difference / math.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    return WelchResult(difference, t, df, t_two_sided_p(t, df))


def welch_test(first: list[float], second: list[float]) -> WelchResult | None:
    """Welch's test of two samples (see :func:`welch_from_summary` for when it is None)."""
    if len(first) < 2 or len(second) < 2:
        return None
    m1, v1 = mean_and_variance(first)
    m2, v2 = mean_and_variance(second)
    return welch_from_summary(m1, math.sqrt(v1), len(first), m2, math.sqrt(v2), len(second))


def welch_p(a: list[float], b: list[float]) -> float | None:
    """Two-sided p of Welch's test that two samples share a mean (None: too few).

    Two samples without any spread differ for certain (p 0) unless their means are
    equal (p 1): a wave where everyone answered 4 against one where all said 2.
    """
    if len(a) < 2 or len(b) < 2:
        return None
    found = welch_test(a, b)
    if found is not None:
        return found.p
    return 1.0 if mean_and_variance(a)[0] == mean_and_variance(b)[0] else 0.0
