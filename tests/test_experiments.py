"""A/B experiments: rates, lift and the two-proportion z-test, against figures worked by hand."""

from __future__ import annotations

import math

from journeycanvas.canvas import experiments
from journeycanvas.canvas.improvements import badge
from journeycanvas.canvas.model import Experiment, ExperimentMeasure, Improvement, Variant


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


# --- experiments measured by mean score: Welch's t-test --------------------------------


def _means(**b) -> Experiment:
    return Experiment(
        measure=ExperimentMeasure.MEAN,
        variants=[
            Variant(name="A", mean=3.6, sd=1.0, n=50),
            Variant(name="B", **({"mean": 4.0, "sd": 1.2, "n": 50} | b)),
        ],
    )


def test_mean_scores_are_compared_by_welch_with_hand_worked_figures():
    from test_channel_analysis import integrated_p

    (found,) = experiments.compare(_means())
    # se = sqrt(1.0² / 50 + 1.2² / 50) = sqrt(0.0488) = 0.220907; t = 0.4 / 0.220907 = 1.81072;
    # df = 0.0488² / ((0.02² + 0.0288²) / 49) = 94.913 (Welch–Satterthwaite).
    assert math.isclose(found.z, 1.81072, abs_tol=1e-4)
    assert math.isclose(found.difference, 0.4, abs_tol=1e-9)
    assert math.isclose(found.lift, 0.4 / 3.6)
    assert math.isclose(found.p, integrated_p(1.81072, 94.913), abs_tol=1e-4)  # ≈ 0.0733
    assert not found.significant
    text, _ = badge(Improvement(experiment=_means()), "en")
    assert text == "idea · A/B A 3.60 · B 4.00 (+11%)"


def test_raw_scores_give_their_own_mean_sd_and_n():
    """The Wikipedia example of Welch's test: t = −2.46, ν = 24.9, p = 0.021 (b against a)."""
    a = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]
    b = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]
    e = Experiment(
        measure=ExperimentMeasure.MEAN,
        variants=[Variant(name="old", scores=b), Variant(name="new", scores=a)],
    )
    (found,) = experiments.compare(e)
    assert math.isclose(found.z, -2.46, abs_tol=0.01)
    assert math.isclose(found.p, 0.021, abs_tol=0.001) and found.significant


def test_a_mean_variant_without_n_or_spread_gets_no_verdict():
    (found,) = experiments.compare(_means(n=None))
    assert found.p is None and not found.significant
    flat = Experiment(
        measure=ExperimentMeasure.MEAN,
        variants=[Variant(name="A", mean=3, sd=0, n=9), Variant(name="B", mean=4, sd=0, n=9)],
    )
    assert experiments.compare(flat)[0].p is None
