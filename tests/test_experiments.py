"""A/B experiments: rates, lift and the two-proportion z-test, against figures worked by hand."""

from __future__ import annotations

import math

from journeycanvas.canvas import experiments
from journeycanvas.canvas.improvements import badge
from journeycanvas.canvas.model import Experiment, Improvement, Variant


def _ab(xb: int = 130) -> Experiment:
    return Experiment(
        variants=[
            Variant(name="A", visitors=1000, conversions=100),
            Variant(name="B", visitors=1000, conversions=xb),
        ]
    )


def test_two_proportion_z_test_matches_the_hand_computation():
    # Pooled rate 230 / 2000 = 0.115; se = sqrt(0.115 * 0.885 * (2 / 1000)) = 0.0142671;
    # z = (0.13 - 0.10) / 0.0142671 = 2.10274; two-sided p = 2 * (1 - Phi(2.10274)) = 0.03549
    # (Phi(2.10) = 0.98214, Phi(2.11) = 0.98257 from the normal table, interpolated).
    (found,) = experiments.compare(_ab())
    assert math.isclose(found.z, 2.10274, abs_tol=1e-4)
    assert math.isclose(found.p, 0.03549, abs_tol=2e-4)
    assert math.isclose(found.lift, 0.30)
    assert found.significant


def test_a_small_difference_is_not_significant():
    (found,) = experiments.compare(_ab(xb=110))
    # se = sqrt(0.105 * 0.895 * 0.002) = 0.013709; z = 0.01 / 0.013709 = 0.7294; p = 0.4658.
    assert math.isclose(found.z, 0.7294, abs_tol=1e-3)
    assert math.isclose(found.p, 0.4658, abs_tol=1e-3)
    assert not found.significant


def test_no_visitors_gives_no_verdict():
    e = Experiment(variants=[Variant(name="A"), Variant(name="B", visitors=10, conversions=1)])
    (found,) = experiments.compare(e)
    assert found.p is None and found.lift is None and not found.significant


def test_the_card_line_shows_rates_lift_and_winner():
    e = _ab().model_copy(update={"winner": "B"})
    text, _colour = badge(Improvement(experiment=e), "en")
    assert text == "idea · A/B A 10.0% · B 13.0% (+30% *) · winner B"
    text, _colour = badge(Improvement(experiment=e), "zh")
    assert text.endswith("· 胜出 B")
