"""The layout's fast paths give exactly what working everything out afresh gives.

A re-layout after an edit reuses what it remembered: wrapped lines, each card's
layout at the origin and the last corners it was placed at, channel icons, link
routes. The user must never see the difference: after any sequence of edits and
undos, the remembered layout equals, to the last float, the one computed with
every cache emptied. A moved card is placed by copying fields instead of through
the dataclasses, and the curve labels' taken boxes are plain tuples: each is
checked here against the plain, slow way of doing the same thing.
"""

from __future__ import annotations

import gc
import itertools
import random
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_journey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeycanvas.canvas import edits, layout_memo
from journeycanvas.canvas.layout import (
    _BEZIER_WEIGHTS,
    CardLayout,
    JourneyLayout,
    Rect,
    compute_layout,
)
from journeycanvas.canvas.marks import Shape
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.occupancy import Occupied
from journeycanvas.canvas.text_metrics import metrics
from journeycanvas.io import journey_file

TEMPLATES = Path(__file__).resolve().parents[1] / "resources" / "templates"
SAMPLES = [
    "sample-bank-loan-en",  # evidence chips, improvements, curves
    "sample-ecommerce-zh",  # KPIs, triggers, Chinese wrapping
    "blueprint-bank-loan-en",  # steps, spans, links, blueprint lines
]


def sample(name: str) -> Journey:
    return journey_file.load(TEMPLATES / f"{name}.journey")


def fresh_layout(journey: Journey) -> JourneyLayout:
    """The layout with nothing remembered, leaving the remembered state as it was."""
    saved = (
        dict(layout_memo.CARD_CACHE),
        dict(layout_memo.WRAP_CACHE),
        dict(layout_memo.ROUTE_CACHE),
        [dict(metrics(bold)._paragraphs) for bold in (False, True)],
        dict(layout_memo.SCORE_CHIPS),
        dict(layout_memo.QUICK_KEYS),
        list(layout_memo.USED_CHANNELS),
        list(layout_memo.POINT_LABELS),
        list(layout_memo.CARD_FACTS),
        {k: list(v) for k, v in layout_memo.CELL_CACHE.items()},
        list(layout_memo.GROUPS),
        list(layout_memo.LEGENDS),
        {k: list(v) for k, v in layout_memo.LANES.items()},
    )
    layout_memo.clear_caches()
    try:
        return compute_layout(journey)
    finally:
        layout_memo.clear_caches()
        layout_memo.CARD_CACHE.update(saved[0])
        layout_memo.WRAP_CACHE.update(saved[1])
        layout_memo.ROUTE_CACHE.update(saved[2])
        for bold, paragraphs in zip((False, True), saved[3], strict=True):
            metrics(bold)._paragraphs.update(paragraphs)
        layout_memo.SCORE_CHIPS.update(saved[4])
        layout_memo.QUICK_KEYS.update(saved[5])
        layout_memo.USED_CHANNELS[:] = saved[6]
        layout_memo.POINT_LABELS[:] = saved[7]
        layout_memo.CARD_FACTS[:] = saved[8]
        layout_memo.CELL_CACHE.update(saved[9])
        layout_memo.GROUPS[:] = saved[10]
        layout_memo.LEGENDS[:] = saved[11]
        layout_memo.LANES.update(saved[12])


# --- random edits and undos: remembered == afresh ------------------------------------

_ids = itertools.count()


def _edit(j: Journey, op: int, pick: int, value: float) -> Journey:
    """One of a dozen edits the editor makes, on the picked card, stage, lane or step."""
    if not j.cards or not j.stages or not j.lanes:
        return j
    card = j.cards[pick % len(j.cards)]
    stage = j.stages[pick % len(j.stages)]
    lane = j.lanes[pick % len(j.lanes)]
    steps = [step for s in j.stages for step in s.steps]
    kind = op % 14
    if kind == 0:
        return edits.paste_cards(j, j.cards[pick % len(j.cards) :][:5])[0]
    if kind == 1 and len(j.cards) > 1:
        return edits.delete_cards(j, [card.id])
    if kind == 2:
        return edits.update_card(j, card.id, title=card.title + " 更长的 title words" * (pick % 3))
    if kind == 3:
        return edits.update_card(j, card.id, body="" if card.body else "a body 正文 " * 6)
    if kind == 4:
        return edits.resize_stage(j, stage.id, 120 + value * 300)
    if kind == 5:
        return edits.toggle_lane_collapsed(j, lane.id)
    if kind == 6:
        return edits.move_cards(j, [card.id], stage.id, lane.id, 0)
    if kind == 7:
        return edits.set_cards_color(j, [card.id], None if card.color else "#1F3A5F")
    if kind == 8:
        return edits.update_card(j, card.id, channel="" if card.channel else "App, email")
    if kind == 9 and steps:
        return edits.resize_step(j, steps[pick % len(steps)].id, 60 + value * 200)
    if kind == 10:
        return edits.move_stage(j, stage.id, (pick // 3) % len(j.stages))
    if kind == 11:
        return edits.set_span(j, card.id, 1 + pick % 3)
    scored = [c for c in j.cards if c.evidence]
    if kind == 12 and scored:  # one answer less: the chips' figures change
        card = scored[pick % len(scored)]
        return edits.update_card(j, card.id, evidence=card.evidence[:-1])
    if kind == 13 and j.imports:
        return _one_wave(j)
    return j


def _one_wave(j: Journey) -> Journey:
    """Every import made part of one wave: no wave-to-wave change is left to show."""
    last = j.imports[-1].wave or j.imports[-1].source
    imports = [r.model_copy(update={"wave": last}) for r in j.imports]
    return edits.update_journey(j, imports=imports)


@pytest.fixture(autouse=True)
def _deterministic_ids(monkeypatch):
    monkeypatch.setattr(edits, "new_id", lambda prefix: f"{prefix}-t{next(_ids):07d}")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    start=st.sampled_from([*SAMPLES, "made"]),
    steps=st.lists(
        st.tuples(
            st.booleans(),  # undo back to an earlier journey instead of editing
            st.integers(0, 1000),
            st.integers(0, 1000),
            st.floats(0.0, 1.0),
        ),
        min_size=1,
        max_size=7,
    ),
)
def test_a_relayout_after_any_edits_and_undos_equals_the_layout_made_afresh(start, steps):
    journey = make_journey(stages=3, cards_per_cell=2) if start == "made" else sample(start)
    history = [journey]
    assert compute_layout(journey) == fresh_layout(journey)
    for undo, op, pick, value in steps:
        if undo and len(history) > 1:
            journey = history[pick % (len(history) - 1)]  # the very object undo restores
        else:
            journey = _edit(journey, op, pick, value)
            history.append(journey)
        remembered, afresh = compute_layout(journey), fresh_layout(journey)
        assert remembered == afresh
        assert repr(remembered) == repr(afresh)  # 144 == 144.0, but not when printed


def test_the_remembered_chips_follow_the_waves_of_the_journey():
    journey = sample("sample-ecommerce-en")
    before = compute_layout(journey)
    merged = _one_wave(journey)
    after = compute_layout(merged)
    assert after == fresh_layout(merged)
    assert after.cards != before.cards  # the change chips went
    assert compute_layout(journey) == before


def test_undo_and_redo_of_a_paste_reuse_every_unchanged_card():
    """The two places an undo and its redo toggle between are remembered per card:
    the same card layouts come back, equal to a fresh layout's."""
    journey = sample("sample-bank-loan-en")
    pasted = edits.paste_cards(journey, journey.cards[:8])[0]
    before = compute_layout(journey)
    for k in range(6):  # other places meanwhile: the place in use must stay remembered
        compute_layout(edits.paste_cards(journey, journey.cards[: k + 1])[0])
        assert compute_layout(journey).cards == before.cards
    after = compute_layout(pasted)
    again = compute_layout(journey)
    assert again == fresh_layout(journey)
    same = sum(a is b for a, b in zip(before.cards, again.cards, strict=True))
    assert same == len(before.cards)
    assert compute_layout(pasted).cards == after.cards


# --- a moved card: field copies == the dataclasses' own replace --------------------


def _shape_moved(shape: Shape, x: float, y: float) -> Shape:
    c = shape.coords
    if shape.kind in ("rect", "circle"):
        coords = (x + c[0], y + c[1], *c[2:])
    else:
        coords = tuple((x if i % 2 == 0 else y) + v for i, v in enumerate(c))
    return replace(shape, coords=coords)


def _slow_placed(local: CardLayout, x: float, y: float) -> CardLayout:
    """Every coordinate the corner plus the local one, through dataclasses.replace."""
    image = None
    if local.image is not None:
        box, uri = local.image
        image = (replace(box, x=x + box.x, y=y + box.y), uri)
    return replace(
        local,
        rect=replace(local.rect, x=x + local.rect.x, y=y + local.rect.y),
        texts=tuple(replace(t, x=x + t.x, y=y + t.y) for t in local.texts),
        marks=tuple(_shape_moved(s, x, y) for s in local.marks),
        image=image,
    )


@pytest.mark.parametrize("name", SAMPLES)
def test_a_moved_card_is_placed_exactly_as_the_dataclasses_would_move_it(name):
    journey = sample(name)
    compute_layout(journey)
    kinds = set()
    for _key, local, _places in list(layout_memo.CARD_CACHE.values()):
        for x, y in ((0.0, 0.0), (37.25, 1234.5), (1e4 + 0.1, 3.3)):
            fast = layout_memo.placed(local, x, y)
            slow = _slow_placed(local, x, y)
            assert fast == slow and repr(fast) == repr(slow)
            assert type(fast.texts[0]) is type(slow.texts[0])
        kinds |= {s.kind for s in local.marks}
    assert {"rect", "circle"} <= kinds  # chips and icons were among the cards moved


@pytest.mark.parametrize("name", SAMPLES)
def test_a_card_whose_marks_move_when_read_equals_one_moved_at_once(name):
    journey = sample(name)
    compute_layout(journey)
    with_marks = 0
    for _key, local, _places in list(layout_memo.CARD_CACHE.values()):
        for x, y in ((0.0, 0.0), (37.25, 1234.5), (1e4 + 0.1, 3.3)):
            later = layout_memo.placed(local, x, y, marks_later=True)
            hashed = layout_memo.placed(local, x, y, marks_later=True)
            slow = _slow_placed(local, x, y)
            assert hash(hashed) == hash(slow)  # hashing reads the marks too
            if local.marks:
                with_marks += 1
                assert "marks" not in later.__dict__  # not moved yet
            assert later == slow and repr(later) == repr(slow)
            assert later.marks is later.marks  # moved once, then the card's own
            assert replace(later, fill="#000000").marks == slow.marks
    assert with_marks


def test_a_first_layout_leaves_card_marks_unmoved_until_read():
    """What the fitted first frame gains: a measured card's marks are moved only when
    something reads them (a frame drawn close up, a poster, a comparison)."""
    journey = sample("sample-bank-loan-en")
    layout_memo.clear_caches()
    cards = compute_layout(journey).cards
    unmoved = [c for c in cards if "marks" not in c.__dict__]
    assert unmoved  # the scored touchpoints' chips
    assert fresh_layout(journey).cards == cards


def test_a_placed_card_shares_no_mutable_state_with_its_origin_layout():
    journey = sample("sample-bank-loan-en")
    compute_layout(journey)
    _key, local, _places = next(iter(layout_memo.CARD_CACHE.values()))
    moved = layout_memo.placed(local, 10.0, 20.0)
    assert moved.texts[0].__dict__ is not local.texts[0].__dict__
    assert local.texts[0].x + 10.0 == moved.texts[0].x


# --- the taken boxes along a curve: buckets == a scan of every box ------------------


def test_the_bucketed_boxes_answer_as_a_scan_of_every_box_does():
    rng = random.Random(17)
    taken = Occupied()
    boxes: list[Rect] = []
    for _ in range(600):
        small = rng.random() < 0.5  # a box of the curve's line: mostly in one bucket
        box = Rect(rng.uniform(-50, 900), rng.uniform(-50, 300),
                   3.0 if small else rng.uniform(0, 90),
                   3.0 if small else rng.uniform(0, 30))  # fmt: skip
        pick = rng.random()
        if pick < 0.33:
            taken.add(box)
        elif pick < 0.66:
            taken.add_xywh(box.x, box.y, box.w, box.h)
        else:
            taken.add_all([(box.x, box.y, box.w, box.h)])
        boxes.append(box)
    for _ in range(2000):
        probe = Rect(rng.uniform(-60, 950), rng.uniform(-60, 320), rng.uniform(0.5, 80),
                     rng.uniform(0.5, 20))  # fmt: skip
        scan = any(
            probe.x < b.x + b.w and b.x < probe.x + probe.w
            and probe.y < b.y + b.h and b.y < probe.y + probe.h
            for b in boxes
        )  # fmt: skip
        assert taken.overlaps(probe) is scan


def test_the_curve_samples_are_the_bezier_sums_written_out():
    rng = random.Random(3)
    for _ in range(50):
        p0, c1, c2, p3 = ((rng.uniform(0, 3000), rng.uniform(0, 400)) for _ in range(4))
        for i, (a, b, c, d) in zip(range(1, 16), _BEZIER_WEIGHTS, strict=True):
            t = i / 16
            u = 1 - t
            x = u**3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p3[0]
            y = u**3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p3[1]
            assert a * p0[0] + b * c1[0] + c * c2[0] + d * p3[0] == x
            assert a * p0[1] + b * c1[1] + c * c2[1] + d * p3[1] == y


# --- the collector ------------------------------------------------------------------


def test_the_collector_is_back_as_it_was_after_a_layout():
    journey = sample("sample-bank-loan-en")
    assert gc.isenabled()
    compute_layout(journey)
    assert gc.isenabled()
    gc.disable()
    try:
        compute_layout(journey)
        assert not gc.isenabled()  # left off by whoever turned it off
    finally:
        gc.enable()


# --- a paragraph that fits: one line without walking its words ---------------------


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab c,.。，“”你好 \u00a0—", max_size=40),
    limit=st.floats(0.0, 30.0),
)
def test_a_paragraph_that_fits_breaks_as_the_word_by_word_loop_breaks_it(text, limit):
    from journeycanvas.canvas import text_metrics

    for bold in (False, True):
        para = metrics(bold).paragraph(text)
        fast = text_metrics._break_paragraph(para, limit)
        assert fast == text_metrics._break_lines(para, limit)
