"""A/B experiments on an improvement: each variant's rate or mean, the lift, and whether
it counts.

The first variant is the control. An experiment measured by conversion compares each
other variant with it by the two-proportion z-test with the pooled rate (two-sided,
significant at p < 0.05):

    z = (p_b - p_a) / sqrt(p (1 - p) (1/n_a + 1/n_b)),  p = (x_a + x_b) / (n_a + n_b)

and its lift is p_b / p_a - 1. The normal tail comes from math.erfc. One measured by
mean score (each variant's mean, SD and n, or its raw scores) is compared by Welch's
t-test (canvas/student_t.py), and its lift is mean_b / mean_a - 1. Nothing here
imports Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeycanvas.canvas import student_t
from journeycanvas.canvas.model import Experiment, ExperimentMeasure, Variant

SIGNIFICANT_BELOW = 0.05


def rate(v: Variant) -> float | None:
    return v.conversions / v.visitors if v.visitors else None


def summary(v: Variant) -> tuple[float, float, int] | None:
    """(mean, SD, n) of a mean-score variant: from its scores when it has them."""
    if v.scores:
        n = len(v.scores)
        mean, variance = student_t.mean_and_variance(list(v.scores))
        return mean, math.sqrt(variance), n
    if v.mean is None or not v.n:
        return None
    return v.mean, v.sd or 0.0, v.n


def measured(experiment: Experiment, v: Variant) -> float | None:
    """What the experiment compares: the conversion rate, or the mean score."""
    if experiment.measure == ExperimentMeasure.MEAN:
        found = summary(v)
        return None if found is None else found[0]
    return rate(v)


@dataclass(frozen=True)
class Comparison:
    """One variant against the control: ``z`` is the z statistic for conversions and
    Welch's t for means; ``difference`` the variant's rate or mean minus the control's."""

    variant: Variant
    lift: float | None
    z: float | None
    p: float | None
    difference: float | None = None

    @property
    def significant(self) -> bool:
        return self.p is not None and self.p < SIGNIFICANT_BELOW


def two_proportion(a: Variant, b: Variant) -> tuple[float, float] | None:
    """(z, two-sided p) of b against a; None when either has no visitors or no spread."""
    if not a.visitors or not b.visitors:
        return None
    pooled = (a.conversions + b.conversions) / (a.visitors + b.visitors)
    se = math.sqrt(pooled * (1 - pooled) * (1 / a.visitors + 1 / b.visitors))
    if se == 0.0:
        return None
    z = (b.conversions / b.visitors - a.conversions / a.visitors) / se
    return z, math.erfc(abs(z) / math.sqrt(2.0))


def welch_means(a: Variant, b: Variant) -> tuple[float, float] | None:
    """(t, two-sided p) of b's mean against a's by Welch's test; None when it cannot be."""
    sa, sb = summary(a), summary(b)
    if sa is None or sb is None:
        return None
    found = student_t.welch_from_summary(*sb, *sa)
    return None if found is None else (found.t, found.p)


def compare(experiment: Experiment) -> list[Comparison]:
    """Every variant after the control, against the control."""
    if len(experiment.variants) < 2:
        return []
    control = experiment.variants[0]
    base = measured(experiment, control)
    means = experiment.measure == ExperimentMeasure.MEAN
    out = []
    for v in experiment.variants[1:]:
        found = welch_means(control, v) if means else two_proportion(control, v)
        r = measured(experiment, v)
        lift = None if not base or r is None else r / base - 1.0
        difference = None if base is None or r is None else r - base
        out.append(Comparison(v, lift, *(found or (None, None)), difference))
    return out


def line(experiment: Experiment, winner_word: str = "winner") -> str:
    """The card's experiment line: "A 10.0% · B 13.0% (+30% *) · winner B"; by mean score
    "A 3.60 · B 4.10 (+14% *)"."""
    results = {c.variant.name: c for c in compare(experiment)}
    means = experiment.measure == ExperimentMeasure.MEAN
    parts = []
    for v in experiment.variants:
        r = measured(experiment, v)
        shown = "–" if r is None else f"{r:.2f}" if means else f"{r:.1%}"
        text = f"{v.name} {shown}"
        found = results.get(v.name) if v is not experiment.variants[0] else None
        if found is not None and found.lift is not None:
            text += f" ({found.lift:+.0%}{' *' if found.significant else ''})"
        parts.append(text)
    if experiment.winner:
        parts.append(f"{winner_word} {experiment.winner}")
    return " · ".join(parts)
