"""The open's and the save's walks over a journey's models, read a kind at a time,
answer as the walks a model at a time did (kept here as the reference): the same
duplicate ids found (cards, stages, steps, evidence lists and tables, measurements,
variants, counted tables left out), the same unknown fields found too deep at
every level a model sits.
"""

from __future__ import annotations

from operator import attrgetter

from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel
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
from journeycanvas.io import trusted_load
from journeycanvas.io.journey_file import _fields_to_walk, _too_deep


def reference_ids_unique(journey, more, counted=frozenset(), counted_tables=frozenset()):
    ids = list(more)
    stack = [journey]
    while stack:
        obj = stack.pop()
        if "id" in type(obj).model_fields:
            ids.append(obj.id)
        for name in _fields_to_walk(type(obj))[1]:
            value = obj.__dict__.get(name)
            if type(value) is EvidenceTable:
                if id(value) not in counted_tables:
                    ids.extend(value.ids)
            elif isinstance(value, list) and value and type(value[0]) is Evidence:
                ids.extend(map(attrgetter("id"), value))
            elif isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, BaseModel))
            elif isinstance(value, BaseModel):
                stack.append(value)
    return len(set(ids)) == len(ids) and counted.isdisjoint(ids)


def reference_extras_too_deep(journey, limit):
    stack = [(journey, 1)]
    while stack:
        obj, depth = stack.pop()
        extra = obj.__pydantic_extra__
        if extra and _too_deep(extra, limit - depth + 1):
            return True
        for name in _fields_to_walk(type(obj))[1]:
            value = obj.__dict__.get(name)
            if type(value) is EvidenceTable:
                continue
            if isinstance(value, list) and value and type(value[0]) is Evidence:
                if any(v.__pydantic_extra__ for v in value):
                    stack.extend((v, depth + 2) for v in value if v.__pydantic_extra__)
            elif isinstance(value, list):
                stack.extend((v, depth + 2) for v in value if isinstance(v, BaseModel))
            elif isinstance(value, BaseModel):
                stack.append((value, depth + 1))
    return False


def _nested(levels: int):
    value: object = 1
    for _ in range(levels):
        value = [value]
    return value


@st.composite
def journeys(draw):
    ids = st.sampled_from(["a", "b", "c", "d", "e", "f", "g", "h"])
    extra = st.none() | st.integers(0, 8)

    def extras():
        levels = draw(extra)
        return {} if levels is None else {"x_deep": _nested(levels)}

    stages = [
        Stage(id=draw(ids), name="s", steps=[Step(id=draw(ids), **extras())], **extras())
        for _ in range(draw(st.integers(1, 3)))
    ]
    cards = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 3))
        more = {}
        if kind == 0:
            more["evidence"] = [Evidence(id=draw(ids), **extras())]
        elif kind == 1:
            more["evidence"] = EvidenceTable.validated(1, {"id": [draw(ids)]})
        elif kind == 2:
            more["kpi"] = Kpi(
                name="k", measurements=[Measurement(date="2026-01-01", value=1.0, **extras())]
            )
        else:
            variant = Variant(name="v", **extras())
            more["improvement"] = Improvement(
                title="i", experiment=Experiment(variants=[variant], **extras()), **extras()
            )
        cards.append(Card(id=draw(ids), stage_id="s", lane_id="l", **more, **extras()))
    journey = Journey.model_construct(
        id="j",
        stages=stages,
        lanes=[Lane(id=draw(ids), name="l", kind="touchpoints")],
        cards=cards,
        emotion_points=[EmotionPoint(id=draw(ids), stage_id="s", position=0.5, score=1.0)],
        **extras(),
    )
    return journey


@SETTINGS
@given(journeys(), st.lists(st.sampled_from(["a", "z", "y"]), max_size=2), st.booleans())
def test_ids_read_a_kind_at_a_time_are_judged_as_one_by_one(journey, more, count_tables):
    tables = [c.evidence for c in journey.cards if type(c.evidence) is EvidenceTable and c.evidence]
    counted = {i for t in tables for i in t.ids} if count_tables else set()
    counted_tables = {id(t) for t in tables} if count_tables else set()
    assert trusted_load._ids_unique(journey, more, counted, counted_tables) == (
        reference_ids_unique(journey, more, counted, counted_tables)
    )


@SETTINGS
@given(journeys(), st.integers(4, 12))
def test_unknown_fields_read_a_kind_at_a_time_are_as_deep_as_one_by_one(journey, limit):
    assert trusted_load._extras_too_deep(journey, limit) == reference_extras_too_deep(
        journey, limit
    )


def test_the_walks_see_both_answers():
    """The generated journeys reach both verdicts, so the comparisons mean something."""
    deep = Journey.model_construct(
        id="j", stages=[Stage(id="s", name="s", steps=[Step(id="t", x_deep=_nested(9))])]
    )
    assert trusted_load._extras_too_deep(deep, 10) and reference_extras_too_deep(deep, 10)
    assert not trusted_load._extras_too_deep(deep, 20) and not reference_extras_too_deep(deep, 20)
    twice = Journey.model_construct(id="j", stages=[Stage(id="j", name="s")])
    assert not trusted_load._ids_unique(twice, []) and trusted_load._ids_unique(
        Journey.model_construct(id="j", stages=[Stage(id="s", name="s")]), []
    )
