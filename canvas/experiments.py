"""A/B experiments on an improvement: each variant's rate, the lift, and whether it counts.

The first variant is the control. Each other variant is compared with it by the
two-proportion z-test with the pooled rate (two-sided, significant at p < 0.05):

    z = (p_b - p_a) / sqrt(p (1 - p) (1/n_a + 1/n_b)),  p = (x_a + x_b) / (n_a + n_b)

and its lift is p_b / p_a - 1. The normal tail comes from math.erfc; nothing here
imports Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeycanvas.canvas.model import Experiment, Variant

SIGNIFICANT_BELOW = 0.05


def rate(v: Variant) -> float | None:
    return v.conversions / v.visitors if v.visitors else None


@dataclass(frozen=True)
class Comparison:
    variant: Variant
    lift: float | None
    z: float | None
    p: float | None

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


def compare(experiment: Experiment) -> list[Comparison]:
    """Every variant after the control, against the control."""
    if len(experiment.variants) < 2:
        return []
    control = experiment.variants[0]
    base = rate(control)
    out = []
    for v in experiment.variants[1:]:
        found = two_proportion(control, v)
        r = rate(v)
        lift = None if not base or r is None else r / base - 1.0
        out.append(Comparison(v, lift, *(found or (None, None))))
    return out


def line(experiment: Experiment, winner_word: str = "winner") -> str:
    """The card's experiment line: "A 10.0% · B 13.0% (+30% *) · winner B"."""
    results = {c.variant.name: c for c in compare(experiment)}
    parts = []
    for v in experiment.variants:
        r = rate(v)
        text = f"{v.name} {'–' if r is None else f'{r:.1%}'}"
        found = results.get(v.name) if v is not experiment.variants[0] else None
        if found is not None and found.lift is not None:
            text += f" ({found.lift:+.0%}{' *' if found.significant else ''})"
        parts.append(text)
    if experiment.winner:
        parts.append(f"{winner_word} {experiment.winner}")
    return " · ".join(parts)
