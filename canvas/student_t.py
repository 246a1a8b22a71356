"""Student's t distribution in pure Python: the 95 % interval and Welch's test.

Why not scipy: the two numbers the map needs (a quantile and a tail probability)
cost ~80 lines here, while scipy would add ~100 MB to a frozen bundle. The CDF
uses the regularized incomplete beta function, evaluated by its continued
fraction (modified Lentz), and the quantile inverts the CDF by bisection — slow
by numerical standards (a few hundred CDF calls) but microseconds per touchpoint.
"""

from __future__ import annotations

import math
from functools import lru_cache

_EPS = 1e-14
_TINY = 1e-300


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b), converging for x < (a + 1) / (a + b + 2)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 500):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPS:
            break
    return h


def incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b) for 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom (df may be fractional)."""
    x = df / (df + t * t)
    tail = 0.5 * incomplete_beta(df / 2.0, 0.5, x)
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
    """The mean and the sample variance (n - 1 in the denominator)."""
    n = len(values)
    mean = math.fsum(values) / n
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    return mean, var


def interval95(values: list[float]) -> tuple[float, float] | None:
    """The 95 % Student-t interval of the mean; None for fewer than two values."""
    n = len(values)
    if n < 2:
        return None
    mean, var = mean_and_variance(values)
    half = t_quantile(0.975, n - 1) * math.sqrt(var / n)
    return mean - half, mean + half


def welch_p(a: list[float], b: list[float]) -> float | None:
    """Two-sided p of Welch's t-test that two samples share a mean (None: too few)."""
    if len(a) < 2 or len(b) < 2:
        return None
    ma, va = mean_and_variance(a)
    mb, vb = mean_and_variance(b)
    sa, sb = va / len(a), vb / len(b)
    if sa + sb == 0.0:
        return 1.0 if ma == mb else 0.0
    t = (ma - mb) / math.sqrt(sa + sb)
    df = (sa + sb) ** 2 / (sa**2 / (len(a) - 1) + sb**2 / (len(b) - 1))
    return 2.0 * t_cdf(-abs(t), df)
