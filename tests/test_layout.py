"""The layout: what a consultant sees on the map, computed without Qt."""

from __future__ import annotations

import itertools

import pytest
from conftest import make_journey

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Card, LaneKind
from journeycanvas.canvas.text_metrics import metrics


def test_every_stage_lane_and_card_has_a_place(journey):
    lay = compute_layout(journey)
    assert [s.stage_id for s in lay.stages] == [s.id for s in journey.stages]
    assert [lane.lane_id for lane in lay.lanes] == [lane.id for lane in journey.lanes]
    assert {c.card_id for c in lay.cards} == {c.id for c in journey.cards}


def test_cards_never_overlap_and_stay_inside_their_cell():
    journey = make_journey(stages=4, cards_per_cell=3)
    lay = compute_layout(journey)
    for a, b in itertools.combinations(lay.cards, 2):
        ra, rb = a.rect, b.rect
        apart = ra.right <= rb.x or rb.right <= ra.x or ra.bottom <= rb.y or rb.bottom <= ra.y
        assert apart, f"{a.card_id} overlaps {b.card_id}"
    for c in lay.cards:
        cell = lay.cells[(c.stage_id, c.lane_id)]
        assert cell.x <= c.rect.x and c.rect.right <= cell.right
        assert cell.y <= c.rect.y and c.rect.bottom <= cell.bottom


def test_a_cell_grows_to_fit_more_cards():
    one = compute_layout(make_journey(cards_per_cell=1))
    three = compute_layout(make_journey(cards_per_cell=3))
    assert three.lanes[0].row.h > one.lanes[0].row.h * 2


def test_wrapped_lines_fit_inside_the_card():
    journey = make_journey()
    journey.cards[0].title = (
        "一个非常非常长的标题，用来检验换行是否正确 and a long English tail " * 3
    )
    lay = compute_layout(journey)
    fm = metrics()
    for card in lay.cards:
        for run in card.texts:
            assert run.x + run.width <= card.rect.right + 0.01
            widths = sum(fm.width(s.text, run.size, s.font) for s in run.spans)
            assert run.width == pytest.approx(widths)


def test_long_title_makes_the_card_taller_not_wider():
    journey = make_journey()
    before = compute_layout(journey).card(journey.cards[0].id).rect
    journey.cards[0].title = "很长的标题 " * 30
    after = compute_layout(journey).card(journey.cards[0].id).rect
    assert after.w == before.w
    assert after.h > before.h * 2


def test_emotion_curve_passes_through_its_points_in_journey_order(journey):
    lay = compute_layout(journey)
    (curve,) = lay.curves
    xs = [p.x for p in curve.points]
    assert xs == sorted(xs)
    for seg, (a, b) in zip(curve.segments, itertools.pairwise(curve.points), strict=True):
        assert seg[0] == (a.x, a.y) and seg[3] == (b.x, b.y)
    best = max(curve.points, key=lambda p: p.score)
    worst = min(curve.points, key=lambda p: p.score)
    assert best.y < curve.zero_y < worst.y  # +2 above the zero line, −2 below


def test_curve_never_swings_beyond_the_scale(journey):
    curve = compute_layout(journey).curves[0]
    for seg in curve.segments:
        for _x, y in seg:
            assert curve.top_y - 0.01 <= y <= curve.bottom_y + 0.01


def test_collapsed_lane_hides_its_cards(journey):
    lane = journey.lanes_of(LaneKind.ACTIONS)[0]
    lane.collapsed = True
    lay = compute_layout(journey)
    assert not [c for c in lay.cards if c.lane_id == lane.id]


def test_card_shows_responses_and_mean_score(journey):
    card: Card = journey.touchpoint_cards(journey.stages[0].id)[0]
    lay = compute_layout(journey)
    chips = [r.text for r in lay.card(card.id).texts if r.ground]
    assert chips[:2] == ["−1.00", "1"]  # the mean's pill and the answers' chip


@pytest.mark.parametrize(
    ("language", "top", "bottom"),
    [("en", "very positive", "very negative"), ("zh", "非常满意", "非常不满")],
)
def test_emotion_lane_has_a_labelled_scale_in_the_journeys_language(journey, language, top, bottom):
    journey.language = language
    lay = compute_layout(journey)
    (curve,) = lay.curves
    header = next(lane.header for lane in lay.lanes if lane.lane_id == curve.lane_id)
    scale = [r for r in header.texts if r.size == style.METRICS.badge_size]
    assert [r.text for r in scale] == [f"{top} +2", "+1", "0", "−1", f"{bottom} −2"]
    # Each figure sits at its score's height on the band (its baseline a little below).
    for run, score in zip(scale, (2, 1, 0, -1, -2), strict=True):
        assert curve.y_for(score) < run.y < curve.y_for(score) + run.size
        assert run.x + run.width <= header.rect.right  # inside the header, against the band
    ticks = [s for s in header.marks if s.kind == "line"]
    assert len(ticks) == 6  # a tick per whole score and the axis line
    # +2 sits below the lane's name, so the top word never overlaps it.
    name = header.texts[0]
    assert name.y + 4 < scale[0].y - scale[0].size
    assert len(curve.grid) == 4  # faint lines at ±1 and ±2 across the band


def test_empty_lanes_are_drawn_shorter_than_full_ones(journey):
    lane = journey.lanes_of(LaneKind.THOUGHTS)[0]
    journey.cards = [c for c in journey.cards if c.lane_id != lane.id]
    lay = compute_layout(journey)
    rows = {row.lane_id: row.row.h for row in lay.lanes}
    full = journey.lanes_of(LaneKind.ACTIONS)[0].id
    assert rows[lane.id] <= style.METRICS.empty_lane_height + 1
    assert rows[lane.id] < rows[full] / 1.5
    # Its header still holds its name.
    header = next(row.header for row in lay.lanes if row.lane_id == lane.id)
    assert header.texts and header.texts[0].y < header.rect.bottom


def test_an_emotion_lane_without_points_keeps_its_scale_in_a_lower_band(journey):
    emotions = journey.lanes_of(LaneKind.EMOTIONS)[0].id
    before = next(r.row.h for r in compute_layout(journey).lanes if r.lane_id == emotions)
    journey.emotion_points = []
    lay = compute_layout(journey)
    after = next(r for r in lay.lanes if r.lane_id == emotions)
    assert after.row.h < before - 40
    (curve,) = lay.curves
    assert curve.top_y < curve.zero_y < curve.bottom_y  # still a scale to place points on
    assert len([r for r in after.header.texts if r.size == style.METRICS.badge_size]) == 5
