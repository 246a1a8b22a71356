"""A re-layout's shortcuts for unchanged cards give what working them out gives.

An undo and its redo swap journeys whose cards are the same. A plain card (no
evidence, KPI, trigger or improvement) whose fields are as before, in a lane of the
same id, kind and colour, as wide and with the same theme, takes its remembered
layout without its key being built; the legend's channel icons and what the cards
have in common (card_facts) are looked up by the fields they are read from instead
of walked; the curve's labels are reused while everything they are placed from
stays. Everything else a card's layout depends on changes here, one at a time (by
edits, and in place): each re-layout must equal the layout made with nothing
remembered.
"""

from __future__ import annotations

import random

import pytest
from test_layout_fast_paths import SAMPLES, fresh_layout, sample

from journeycanvas.canvas import edits, layout_memo, legend
from journeycanvas.canvas.layout import _BEZIER_WEIGHTS, _Layouter, compute_layout, curve_samples
from journeycanvas.canvas.model import Journey, LaneKind
from journeycanvas.canvas.occupancy import Occupied
from journeycanvas.canvas.style import METRICS
from journeycanvas.canvas.text_metrics import metrics


def _walked(journey: Journey) -> list[str]:
    """The legend's icons worked out by walking every card, nothing remembered."""
    return legend.walk_channels(_Layouter(journey, METRICS, metrics()))


def _changes(j: Journey) -> list[Journey]:
    """Edits that keep every card object but change what a card's layout depends on."""
    lanes, stages = j.lanes, j.stages
    out = [
        edits.update_journey(j, theme="harbour"),
        edits.update_journey(j, theme="greyscale"),
        edits.toggle_lane_collapsed(j, lanes[0].id),
        edits.toggle_lane_collapsed(j, [c.lane_id for c in j.cards if c.channel][-1]),
        edits.update_lane(j, lanes[0].id, kind=LaneKind.CHANNELS),
        edits.update_lane(j, lanes[-1].id, kind=LaneKind.STORYBOARD),
        edits.resize_stage(j, stages[0].id, 333.0),
        edits.resize_stage(j, stages[-1].id, 200),  # an int: the box keeps it
    ]
    if len(lanes) > 1:
        out.append(edits.move_lane(j, lanes[0].id, len(lanes) - 1))
    return out


def _with_channels(name: str) -> Journey:
    """The sample with its first lane's cards naming channels in their titles (icons
    once it is a channels lane) and a channel field on the first card of the last lane
    with cards (an icon the legend loses when that lane folds)."""
    j = sample(name)
    first = j.lanes[0].id
    last = [lane.id for lane in j.lanes if any(c.lane_id == lane.id for c in j.cards)][-1]
    for card in [c for c in j.cards if c.lane_id == first]:
        j = edits.update_card(j, card.id, title=card.title + " App 电话", channel="")
    kept = next(c for c in j.cards if c.lane_id == last)
    return edits.update_card(j, kept.id, channel="门店, email", channel_icon=None)


@pytest.mark.parametrize("name", SAMPLES)
def test_the_same_cards_with_other_inputs_lay_out_as_afresh(name: str) -> None:
    journey = _with_channels(name)
    first = compute_layout(journey)
    assert first == fresh_layout(journey)
    compute_layout(journey)  # the plain cards are now remembered by object
    plain = [c.id for c in journey.cards if not (c.evidence or c.kpi or c.trigger or c.improvement)]
    assert plain and all(cid in layout_memo.QUICK_KEYS for cid in plain)
    shown = 0
    changes = _changes(journey)
    for changed in changes:
        assert changed.cards is journey.cards or changed.cards == journey.cards
        remembered = compute_layout(changed)
        afresh = fresh_layout(changed)
        assert remembered == afresh
        assert repr(remembered) == repr(afresh)
        assert legend.used_channels(_Layouter(changed, METRICS, metrics())) == _walked(changed)
        shown += remembered != first
        again = compute_layout(journey)  # and back, as an undo goes
        assert again == first
        assert legend.used_channels(_Layouter(journey, METRICS, metrics())) == _walked(journey)
    assert shown >= len(changes) // 2  # the changes show on the map (not all, in each)


@pytest.mark.parametrize("name", SAMPLES)
def test_the_legend_icons_follow_each_card_edit(name: str) -> None:
    """A card given a channel, a hand-picked icon, or deleted: the icons change with it."""
    journey = sample(name)
    card = journey.cards[len(journey.cards) // 2]
    edited = [
        edits.update_card(journey, card.id, channel="App, email, 门店"),
        edits.update_card(journey, card.id, channel_icon="phone"),
        edits.update_card(journey, card.id, channel_icon=""),
        edits.delete_cards(journey, [c.id for c in journey.cards if c.channel][:3]),
        edits.paste_cards(journey, journey.cards[:4])[0],
    ]
    seen = set()
    for j in [journey, *edited, journey, *reversed(edited)]:
        found = legend.used_channels(_Layouter(j, METRICS, metrics()))
        assert found == _walked(j)
        seen.add(tuple(found))
        assert compute_layout(j) == fresh_layout(j)
    assert len(seen) > 1  # the edits did change the legend


@pytest.mark.parametrize("name", ["sample-bank-loan-en", "sample-ecommerce-zh"])
def test_the_curve_labels_are_reused_only_while_the_curve_stays(name: str) -> None:
    """An edit off the curve keeps the very label runs (the comparison row after them
    is made again); moving a point, renaming a
    labelled one or narrowing its stage places them again, as afresh."""
    journey = sample(name)
    labels = compute_layout(journey).curves[0].labels
    assert labels
    point = journey.emotion_points[len(journey.emotion_points) // 2]
    off_curve = edits.update_card(journey, journey.cards[-1].id, body="another body 另一个")
    kept = compute_layout(off_curve).curves[0].labels
    assert kept == labels and kept[0] is labels[0]  # the point labels' runs, reused
    changed = [
        edits.update_point(journey, point.id, score=-point.score if point.score else 1.5),
        edits.update_point(journey, point.id, label="A new label 新标签"),
        edits.resize_stage(journey, point.stage_id, 150.0),
    ]
    for j in changed:
        remembered = compute_layout(j)
        assert remembered.curves[0].labels != labels
        assert remembered == fresh_layout(j)
        undone = compute_layout(journey).curves[0].labels
        assert undone == labels and undone[0] is labels[0]  # undone: the same runs again


def _walked_facts(cards) -> layout_memo.CardFacts:
    return layout_memo.CardFacts(
        structured=any(c.span > 1 or c.step_id is not None or c.moment_of_truth for c in cards),
        scored=any(c.responses for c in cards),
        moment=any(c.moment_of_truth for c in cards),
        suggested=any(c.suggested for c in cards),
    )


@pytest.mark.parametrize("name", [*SAMPLES, "sample-ecommerce-en"])
def test_the_cards_facts_follow_every_card_edit_and_undo(name: str) -> None:
    """Whether some card spans, is a moment, is suggested or is scored: remembered per
    card list, and each edit that turns one on or off is seen (and its undo)."""
    journey = sample(name)
    card = journey.cards[0]
    scored = [c for c in journey.cards if c.evidence]
    edited = [
        edits.set_span(journey, card.id, 2),
        edits.toggle_card_moment(journey, card.id),
        edits.update_card(journey, card.id, suggested=not card.suggested),
        edits.update_journey(journey, cards=[c for c in journey.cards if not c.evidence]),
        edits.update_journey(journey, cards=[c for c in journey.cards if c.evidence] or [card]),
    ]
    if scored:
        edited.append(edits.update_card(journey, scored[0].id, evidence=[]))
    seen = set()
    for j in [journey, *edited, journey, *reversed(edited), journey]:
        facts = layout_memo.card_facts(j.cards)
        assert facts == _walked_facts(j.cards)
        seen.add(facts)
        assert compute_layout(j) == fresh_layout(j)
    assert len(seen) > 2  # the edits did turn facts on and off


def test_the_curve_squares_are_the_boxes_the_generator_put_down() -> None:
    """curve_samples + add_squares fill the buckets exactly as the boxes built one by
    one and put down by add_all (the slow way) did, on random segments (some boxes
    straddling buckets)."""
    rng = random.Random(11)
    for _ in range(30):
        segments = tuple(
            tuple((rng.uniform(-100, 3000), rng.uniform(-50, 400)) for _ in range(4))
            for _ in range(rng.randint(0, 12))
        )
        slow, fast = Occupied(), Occupied()
        slow.add_all(
            (x - 1.5, y - 1.5, 3.0, 3.0)
            for p0, c1, c2, p3 in segments
            for x, y in (
                (a * p0[0] + b * c1[0] + c * c2[0] + d * p3[0],
                 a * p0[1] + b * c1[1] + c * c2[1] + d * p3[1])
                for a, b, c, d in _BEZIER_WEIGHTS
            )
        )  # fmt: skip
        fast.add_squares(curve_samples(segments), 1.5)
        assert fast._buckets == slow._buckets


@pytest.mark.parametrize("name", SAMPLES)
def test_a_card_changed_in_place_is_laid_out_as_changed(name: str) -> None:
    """The shortcuts read the cards' fields afresh, so even a card object changed in
    place (as scripts and tests do; the editor copies) lays out, and shows its icons
    and marks in the legend, as it now is."""
    journey = _with_channels(name)
    compute_layout(journey)
    compute_layout(journey)  # remembered
    card = next(c for c in journey.cards if not c.evidence and c.kpi is None)
    for field, value in (
        ("title", "很长的标题 " * 12),
        ("channel", "App, 门店, email"),
        ("suggested", not card.suggested),
        ("moment_of_truth", not card.moment_of_truth),
        ("body", "a body 正文 " * 5),
    ):
        setattr(card, field, value)
        remembered = compute_layout(journey)
        assert remembered == fresh_layout(journey)
        assert legend.used_channels(_Layouter(journey, METRICS, metrics())) == _walked(journey)
        assert layout_memo.card_facts(journey.cards) == _walked_facts(journey.cards)
