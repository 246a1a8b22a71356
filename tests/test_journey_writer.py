"""The fast .journey writer: the same bytes as before, and no less safe.

``journey_file.dumps`` lets pydantic write the indented JSON (in Rust) instead of
``json.dumps(indent=2)`` (pure Python). Files must not change because of that:
these tests compare it with the old writer on random journeys, and check that the
checks ``save`` now makes before and after writing catch what the read-back
parse used to catch.
"""

from __future__ import annotations

import json
import math

import pytest
from evidence_forms import reference_dumps, set_column
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeycanvas.canvas import edits
from journeycanvas.canvas.model import (
    MAX_STAGE_WIDTH,
    Card,
    EmotionPoint,
    Evidence,
    Journey,
    Lane,
    Stage,
)
from journeycanvas.io import atomic, journey_file
from journeycanvas.io.journey_file import JourneyFileError


def old_dumps(journey: Journey) -> str:
    """The writer as it was (evidence tables' rows one a line, compact): the reference
    the fast one must match byte for byte."""
    return reference_dumps(journey)


def one_card_journey(**evidence) -> Journey:
    return Journey(
        id="j",
        stages=[Stage(id="s", name="认知")],
        lanes=[Lane(id="l", name="接触点", kind="touchpoints")],
        cards=[Card(id="c", stage_id="s", lane_id="l", evidence=[Evidence(id="e", **evidence)])],
    )


# Any text but lone surrogates (the model cannot write those; tested below).
texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
finite = st.floats(allow_nan=False, allow_infinity=False)
# Tiny, huge and ordinary numbers: where pydantic and Python spell floats differently.
awkward = st.one_of(
    finite,
    st.floats(min_value=1e-12, max_value=1e-3),
    st.floats(min_value=-1e-3, max_value=-1e-12),
    st.sampled_from([0.0, -0.0, 1e-05, 1e-07, 5e-324, 1e16, 1.5e300, 1e-4, 0.1]),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | awkward | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)


@st.composite
def journeys(draw) -> Journey:
    stages = [
        Stage(
            id=f"s{i}",
            name=draw(texts),
            width=draw(st.none() | st.floats(min_value=1e-9, max_value=MAX_STAGE_WIDTH)),
        )
        for i in range(draw(st.integers(1, 3)))
    ]
    lanes = [Lane(id="l", name=draw(texts), kind="touchpoints")]
    scores = st.none() | st.floats(min_value=-2, max_value=2) | st.floats(-1e-6, 1e-6)
    cards = [
        Card(
            id=f"c{i}",
            stage_id=stages[i % len(stages)].id,
            lane_id="l",
            title=draw(texts),
            body=draw(texts),
            evidence=[
                Evidence(id=f"e{i}-{j}", text=draw(texts), score=draw(scores), row=j)
                for j in range(draw(st.integers(0, 3)))
            ],
        )
        for i in range(draw(st.integers(0, 4)))
    ]
    points = [
        EmotionPoint(
            id=f"p{i}",
            stage_id=s.id,
            position=draw(st.floats(0, 1)),
            score=draw(st.floats(-2, 2)),
        )
        for i, s in enumerate(stages)
    ]
    extra = draw(st.dictionaries(st.sampled_from(["x_future", "x_plugin"]), json_values))
    return Journey(
        id="j",
        title=draw(texts),
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
        **extra,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_the_fast_writer_writes_the_same_bytes_as_json_dumps(journey):
    assert journey_file.dumps(journey) == old_dumps(journey)


@pytest.mark.parametrize("score", [1e-05, -1e-05, 3.5e-05, 1e-07, -9.999e-09, 1e-10, 5e-324])
def test_tiny_floats_keep_pythons_spelling(score):
    journey = one_card_journey(score=score, text='0.00001 and 1e-7 "x": 1e-7')
    text = journey_file.dumps(journey)
    assert text == old_dumps(journey)
    assert f'["e","0.00001 and 1e-7 \\"x\\": 1e-7",{score!r}]' in text
    assert json.loads(text)["cards"][0]["evidence"]["rows"][0][2] == score


def test_a_string_that_looks_like_a_tiny_number_is_left_alone():
    journey = one_card_journey(score=1e-7, text="1e-7")
    journey.cards[0].title = "0.00001"
    journey.cards[0].body = "2e-5"
    assert journey_file.dumps(journey) == old_dumps(journey)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_nan_or_infinity_in_any_declared_float_is_refused(tmp_path, bad):
    for journey in (one_card_journey(score=0.5), Journey(stages=[Stage(id="s", name="a")])):
        if journey.cards:
            set_column(journey.cards[0], "score", [bad])
        else:
            journey.stages[0].width = bad
        with pytest.raises(ValueError, match="not JSON compliant"):
            journey_file.dumps(journey)
        with pytest.raises(JourneyFileError, match="it was not saved: the journey cannot be"):
            journey_file.save(journey, tmp_path / "a.journey")
    assert list(tmp_path.iterdir()) == []


def test_a_lone_surrogate_is_refused_naming_utf8(tmp_path):
    journey = one_card_journey(text="\ud800")
    with pytest.raises(JourneyFileError, match="cannot be written as UTF-8"):
        journey_file.save(journey, tmp_path / "a.journey")
    assert list(tmp_path.iterdir()) == []


def test_a_journey_that_would_not_open_never_replaces_the_file(tmp_path):
    """An edit made without validation (model_copy) is caught before the disk is touched."""
    path = tmp_path / "a.journey"
    good = one_card_journey(score=1.0)
    journey_file.save(good, path)
    before = path.read_bytes()
    broken = edits.update_card(good, "c", stage_id="gone")
    with pytest.raises(JourneyFileError) as info:
        journey_file.save(broken, path)
    assert str(info.value) == (
        f"{path}: it was not saved: it would not open again "
        "(cards[0].stage_id: no stage has the id 'gone')."
    )
    assert path.read_bytes() == before
    assert not atomic.backup_path(path).exists()
    assert [p.name for p in tmp_path.iterdir()] == ["a.journey"]


def test_out_of_range_score_set_by_hand_is_refused(tmp_path):
    journey = one_card_journey(score=1.0)
    set_column(journey.cards[0], "score", [7.0])
    with pytest.raises(JourneyFileError, match=r"would not open again \(cards\[0\]\.evidence"):
        journey_file.save(journey, tmp_path / "a.journey")


def test_a_journey_nested_too_deeply_to_open_is_not_saved(tmp_path):
    deep: object = 1
    for _ in range(journey_file.MAX_DEPTH):
        deep = [deep]
    journey = Journey(x_deep=deep)
    with pytest.raises(JourneyFileError, match="nested too deeply to open again"):
        journey_file.save(journey, tmp_path / "a.journey")
    # One level less opens again, so it is saved.
    journey_file.save(Journey(x_deep=deep[0]), tmp_path / "b.journey")
    assert journey_file.load(tmp_path / "b.journey").x_deep == deep[0]


def test_a_newer_schema_version_is_not_written(tmp_path):
    journey = one_card_journey()
    journey.schema_version = 99
    with pytest.raises(JourneyFileError, match="says file format 99"):
        journey_file.save(journey, tmp_path / "a.journey")


def test_a_disk_that_returns_other_bytes_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "a.journey"
    journey_file.save(one_card_journey(score=1.0), path)
    real_write = atomic.write_text_atomic

    def flipping_write(target, data, **kwargs):
        return real_write(target, data[:-2] + b"!\n", **kwargs)

    monkeypatch.setattr(journey_file, "write_text_atomic", flipping_write)
    with pytest.raises(JourneyFileError) as info:
        journey_file.save(one_card_journey(score=2.0), path)
    assert str(info.value) == (
        f"{path}: it was saved but reads back differently; "
        "the previous version is in a.journey.bak."
    )
    assert journey_file.load(atomic.backup_path(path)).cards[0].evidence[0].score == 1.0
