"""The save's look for NaN and infinities asks every model of a kind at once; it must
answer as the walk a model at a time does, and the sentence must stay the walk's.

A journey of every kind of model that holds a float (stages and steps, emotion
points, a KPI and its measurements, an improvement with an experiment's variants,
evidence as lists, unchecked and checked tables) has one field set by hand, past
validation, to NaN, an infinity, a whole number too large for a float, text or a list.
"""

from __future__ import annotations

import math

from evidence_forms import set_column
from hypothesis import given
from hypothesis import strategies as st
from test_trusted_load import SETTINGS

from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import (
    Card,
    EmotionPoint,
    Evidence,
    Experiment,
    Improvement,
    Journey,
    Kpi,
    Lane,
    Measurement,
    Stage,
    Step,
    Variant,
)
from journeycanvas.io import journey_file


def _journey() -> Journey:
    checked = EvidenceTable.validated(2, {"id": ["t1", "t2"], "score": [1.0, -2.0]})
    variant = Variant(name="A", mean=1.5, sd=0.5, n=3, scores=[1.0, 2.0])
    return Journey(
        id="j",
        stages=[
            Stage(id="s1", name="a", width=200.0, steps=[Step(id="st", name="x", width=80.0)]),
            Stage(id="s2", name="b"),
        ],
        lanes=[Lane(id="l", name="l", kind="touchpoints"), Lane(id="k", name="k", kind="metrics")],
        cards=[
            Card(id="c1", stage_id="s1", lane_id="l", evidence=[Evidence(id="e1", score=1.0)]),
            Card(id="c2", stage_id="s2", lane_id="l", evidence=checked),
            Card(
                id="c3",
                stage_id="s1",
                lane_id="k",
                kpi=Kpi(
                    name="NPS",
                    baseline=1.0,
                    target=2.0,
                    measurements=[Measurement(date="2026-01-01", value=1.5)],
                ),
                improvement=Improvement(
                    title="fix",
                    effort=2.0,
                    experiment=Experiment(variants=[variant, variant.model_copy()]),
                ),
            ),
        ],
        emotion_points=[
            EmotionPoint(id=f"p{k}", stage_id="s1", position=0.5, score=1.0) for k in range(3)
        ],
    )


def _places(journey: Journey):
    """Every (model, float field) of the journey, and the evidence columns."""
    out = []
    for stage in journey.stages:
        out += [(stage, "width")] + [(step, "width") for step in stage.steps]
    out += [(p, n) for p in journey.emotion_points for n in ("position", "score")]
    card = journey.cards[2]
    out += [(card.kpi, "baseline"), (card.kpi, "target"), (card.kpi.measurements[0], "value")]
    out += [(card.improvement, "effort"), (card.improvement, "customer_value")]
    for variant in card.improvement.experiment.variants:
        out += [(variant, "mean"), (variant, "sd"), (variant, "scores")]
    out += [("evidence", 0), ("evidence", 1)]
    return out


bad_values = st.sampled_from(
    [math.nan, math.inf, -math.inf, 10**400, "x", [1.0, math.nan], {"a": math.inf}, None, 1.0]
)


@SETTINGS
@given(st.data())
def test_the_look_a_kind_at_a_time_answers_as_the_walk(data):
    journey = _journey()
    places = _places(journey)
    for _ in range(data.draw(st.integers(0, 2))):
        obj, name = data.draw(st.sampled_from(places))
        bad = data.draw(bad_values)
        if obj == "evidence":
            set_column(journey.cards[name], "score", [bad] * len(journey.cards[name].evidence))
        else:
            obj.__dict__[name] = bad
    walked = journey_file._first_non_finite(journey)
    assert journey_file._all_models_finite(journey) == (walked is None)
    assert journey_file._non_finite_float(journey) == walked


def test_each_place_is_found_and_named_as_the_walk_names_it():
    for k in range(len(_places(_journey()))):
        journey = _journey()
        obj, name = _places(journey)[k]
        if obj == "evidence":
            set_column(journey.cards[name], "score", [math.nan] * len(journey.cards[name].evidence))
            expected = "Evidence.score"
        else:
            obj.__dict__[name] = math.inf if name != "scores" else [math.inf]
            expected = f"{type(obj).__name__}.{name}"
        assert not journey_file._all_models_finite(journey)
        assert journey_file._non_finite_float(journey) == expected


def test_a_checked_table_is_not_looked_at_again_an_unchecked_one_is():
    journey = _journey()
    assert journey_file._non_finite_float(journey) is None
    table = journey.cards[1].evidence
    assert table.checked
    set_column(journey.cards[1], "score", [math.nan, 1.0])
    assert not journey.cards[1].evidence.checked
    assert journey_file._non_finite_float(journey) == "Evidence.score"
