"""The touchpoint statistics read the evidence table's columns, and give exactly what
a walk over every answer gives.

``research.waves`` groups a card's scores by wave with C's compress and filter, and
the sample variance squares deviations by ``map``; a touchpoint's interval and its
wave change on the map must not move by a single float for it. The references here
are the per-answer loops the code had before.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from journeycanvas.canvas import research
from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import Card, Evidence, ImportRecord, Journey, Lane, Stage
from journeycanvas.canvas.student_t import mean_and_variance


def reference_waves(journey: Journey, card: Card) -> list[research.Group]:
    """The answer-by-answer grouping: each scored answer into its import's wave."""
    names = research.wave_names(journey)
    found: dict[str, list[float]] = {name: [] for name in names.values()}
    for answer in card.evidence:
        if answer.score is not None and answer.import_id in names:
            found[names[answer.import_id]].append(answer.score)
    return [research.Group(name, tuple(scores)) for name, scores in found.items()]


def reference_variance(values: list[float]) -> tuple[float, float]:
    n = len(values)
    mean = math.fsum(values) / n
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    return mean, var


SCORES = st.one_of(
    st.none(),
    st.integers(-2, 2).map(float),
    st.floats(-2, 2, allow_nan=False).map(lambda v: round(v, 3)),
)


def journey_with(answers: list[tuple[int, float | None]], wave_of: list[int]) -> Journey:
    """Imports 0..len(wave_of)-1 (import i in wave ``wave_of[i]``, so some share a wave),
    and one card whose answers name import ``k`` (k past the last: no import claims it)."""
    imports = [
        ImportRecord(id=f"imp{i}", sha256="0" * 64, source=f"s{i}.xlsx", wave=f"W{w}")
        for i, w in enumerate(wave_of)
    ]
    evidence = [Evidence(score=s, import_id=f"imp{k}" if k >= 0 else "") for k, s in answers]
    stage, lane = Stage(name="S"), Lane(name="L")
    card = Card(stage_id=stage.id, lane_id=lane.id, title="t", evidence=EvidenceTable(evidence))
    return Journey(title="j", stages=[stage], lanes=[lane], cards=[card], imports=imports)


@settings(max_examples=300, deadline=None)
@given(
    wave_of=st.lists(st.integers(0, 2), min_size=0, max_size=4),
    answers=st.lists(st.tuples(st.integers(-1, 4), SCORES), max_size=40),
)
def test_waves_by_columns_equal_the_answer_loop(
    wave_of: list[int], answers: list[tuple[int, float | None]]
) -> None:
    journey = journey_with(answers, wave_of)
    card = journey.cards[0]
    assert research.waves(journey, card) == reference_waves(journey, card)
    assert research.change(journey, card) == _reference_change(journey, card)


def _reference_change(journey: Journey, card: Card) -> research.Change | None:
    from journeycanvas.canvas.student_t import welch_p

    groups = [g for g in reference_waves(journey, card) if g.scores]
    if len(groups) < 2:
        return None
    before, latest = groups[-2], groups[-1]
    assert before.mean is not None and latest.mean is not None
    return research.Change(
        latest.mean - before.mean, welch_p(list(latest.scores), list(before.scores))
    )


def test_a_card_of_one_import_is_one_wave() -> None:
    """The usual case (every answer from one import) and an import the journey lost."""
    journey = journey_with([(1, 2.0), (1, None), (1, -1.0)], [0, 1])
    assert research.waves(journey, journey.cards[0]) == [
        research.Group("W0", ()),
        research.Group("W1", (2.0, -1.0)),
    ]
    lost = journey_with([(3, 2.0), (3, 1.0)], [0, 1])
    assert research.waves(lost, lost.cards[0]) == [
        research.Group("W0", ()),
        research.Group("W1", ()),
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=60))
def test_variance_by_map_equals_the_generator(values: list[float]) -> None:
    assert mean_and_variance(values) == reference_variance(values)


def reference_segments(card: Card) -> list[research.Group]:
    """The answer-by-answer grouping by segment (a segment met only unscored is kept)."""
    found: dict[str, list[float]] = {}
    for answer in card.evidence:
        if answer.segment:
            bucket = found.setdefault(answer.segment, [])
            if answer.score is not None:
                bucket.append(answer.score)
    return [research.Group(name, tuple(scores)) for name, scores in found.items()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", "VIP", "新客", "vip"]), SCORES), max_size=40))
def test_segments_by_columns_equal_the_answer_loop(answers: list[tuple[str, float | None]]) -> None:
    evidence = [Evidence(score=score, segment=segment) for segment, score in answers]
    stage, lane = Stage(name="S"), Lane(name="L")
    card = Card(stage_id=stage.id, lane_id=lane.id, title="t", evidence=EvidenceTable(evidence))
    assert research.segments(card) == reference_segments(card)
