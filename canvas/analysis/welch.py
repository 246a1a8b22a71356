"""Welch's t-test, with the t distribution computed here rather than by scipy.

Why not scipy: the channel view needs one two-sided p-value, and scipy (with
numpy) would add tens of megabytes to every install and the desktop bundle
and a noticeable import time to the command line, for one function. The t
distribution's tail is a regularized incomplete beta function, evaluated by
its continued fraction (modified Lentz method), which converges quickly for
the arguments a t-test gives. Plain floats, no Qt, no numpy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import fmean

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


def _variance(xs: list[float]) -> float:
    """The sample variance in floats (statistics.variance is exact, and slow on long lists)."""
    mean = fmean(xs)
    return sum((x - mean) ** 2 for x in xs) / (len(xs) - 1)


@dataclass(frozen=True)
class WelchResult:
    """One comparison: the difference of means (first minus second), t, df and p."""

    difference: float
    t: float
    df: float
    p: float


def welch_test(first: list[float], second: list[float]) -> WelchResult | None:
    """Welch's unequal-variance t-test of two samples.

    None when it cannot be computed: a sample of fewer than two, or both samples
    without any spread (then there is no standard error to divide by).
    """
    if len(first) < 2 or len(second) < 2:
        return None
    n1, n2 = len(first), len(second)
    v1, v2 = _variance(first) / n1, _variance(second) / n2
    if v1 + v2 == 0.0:
        return None
    difference = fmean(first) - fmean(second)
    t = difference / math.sqrt(v1 + v2)
    df = (v1 + v2) ** 2 / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1))
    return WelchResult(difference, t, df, t_two_sided_p(t, df))
