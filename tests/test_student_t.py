"""The pure-Python t distribution against printed tables and a published example."""

from __future__ import annotations

import math

import pytest

from journeycanvas.canvas.student_t import interval95, t_cdf, t_quantile, welch_p

#: Two-sided 95 % critical values of Student's t, from a printed table.
TABLE = {1: 12.706, 2: 4.303, 5: 2.571, 10: 2.228, 30: 2.042, 120: 1.980}


@pytest.mark.parametrize(("df", "value"), sorted(TABLE.items()))
def test_quantile_matches_the_table(df, value):
    assert math.isclose(t_quantile(0.975, df), value, abs_tol=0.001)
    assert math.isclose(t_quantile(0.025, df), -value, abs_tol=0.001)


def test_cdf_at_known_points():
    assert math.isclose(t_cdf(0.0, 7), 0.5, abs_tol=1e-12)
    assert math.isclose(t_cdf(2.0, 5), 0.9490, abs_tol=0.0005)  # tables: 0.94903
    assert math.isclose(t_cdf(-2.0, 5) + t_cdf(2.0, 5), 1.0, abs_tol=1e-12)


def test_welch_on_the_textbook_example():
    """The first example of Welch's test on Wikipedia: t = −2.46, ν = 24.9, p = 0.021."""
    a = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
    b = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]
    assert math.isclose(welch_p(a, b), 0.021, abs_tol=0.001)
    assert welch_p([1.0], b) is None


def test_interval_needs_two_answers_and_is_mean_plus_minus_t_se():
    assert interval95([1.0]) is None
    values = [-2.0, -1.0, 0.0, 1.0]  # mean −0.5, sd 1.2910, n 4, t(0.975, 3) = 3.182
    low, high = interval95(values)
    half = 3.182 * 1.2910 / 2
    assert math.isclose(low, -0.5 - half, abs_tol=0.01)
    assert math.isclose(high, -0.5 + half, abs_tol=0.01)


def test_there_is_one_t_distribution_module():
    """The channel view's Welch test and the waves' share this module; no second copy."""
    import importlib.util
    from pathlib import Path

    import journeycanvas

    assert importlib.util.find_spec("journeycanvas.canvas.analysis.welch") is None
    root = Path(journeycanvas.__file__).parent
    holders = [
        p.relative_to(root).as_posix()
        for folder in ("canvas", "io", "app")
        for p in (root / folder).rglob("*.py")
        if "def _beta_fraction" in p.read_text(encoding="utf-8")
        or "def regularized_beta" in p.read_text(encoding="utf-8")
    ]
    assert holders == ["canvas/student_t.py"]


def test_welch_from_summary_agrees_with_welch_on_the_samples():
    from journeycanvas.canvas.student_t import mean_and_variance, welch_from_summary, welch_test

    a, b = [1.0, 2.0, 2.0, 1.0, 2.0], [-2.0, -1.0, -2.0, -1.0, 0.5]
    (ma, va), (mb, vb) = mean_and_variance(a), mean_and_variance(b)
    from_summary = welch_from_summary(ma, math.sqrt(va), 5, mb, math.sqrt(vb), 5)
    assert from_summary == pytest.approx(welch_test(a, b))
