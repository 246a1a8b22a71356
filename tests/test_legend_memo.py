"""The legend block is looked up while everything it shows is as before.

An undo of a paste moves the legend and changes nothing it shows, so its block is
remembered by all it is made from (layout_memo.LEGENDS). Each edit here changes
one thing the legend reads (and its undo changes it back) while the remembered
blocks are in place: each legend must be the one laid out with nothing remembered.
"""

from __future__ import annotations

import pytest
from test_layout_fast_paths import SAMPLES, fresh_layout, sample

from journeycanvas.canvas import edits, layout_memo
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Journey, LaneKind


def _edits(j: Journey) -> list[Journey]:
    """One edit per thing the legend reads."""
    card = next(c for c in j.cards if not c.evidence and c.kpi is None)
    scored = [c for c in j.cards if c.evidence]
    steps = [st for s in j.stages for st in s.steps]
    out = [
        edits.update_journey(j, theme="harbour"),
        edits.update_journey(j, language="zh" if j.language != "zh" else "en"),
        edits.update_lane(j, j.lanes[0].id, name=j.lanes[0].name + " renamed"),
        edits.update_lane(j, j.lanes[-1].id, kind=LaneKind.CHANNELS),
        edits.update_card(j, card.id, channel="App, 门店, email", channel_icon=None),
        edits.update_card(j, card.id, suggested=not card.suggested),
        edits.toggle_card_moment(j, card.id),
        edits.resize_stage(j, j.stages[0].id, 500.0),  # the legend moves across
        edits.update_card(j, card.id, body="a body 正文 that wraps " * 80),  # and down
        edits.resize_stage(j, j.stages[-1].id, 200),  # an int: the box keeps it
    ]
    if scored:
        out.append(edits.delete_cards(j, [c.id for c in scored]))  # no research chips
    if steps:
        out.append(edits.toggle_step_moment(j, steps[0].id))
    if j.emotion_points:
        out.append(edits.delete_points(j, [p.id for p in j.emotion_points]))  # no faces
    if j.curves:
        curve = j.curves[0]
        renamed = curve.model_copy(update={"name": "renamed"})
        out.append(edits.update_journey(j, curves=[renamed, *j.curves[1:]]))
    return out


@pytest.mark.parametrize("name", SAMPLES)
def test_the_legend_follows_every_edit_it_shows_and_its_undo(name: str) -> None:
    journey = sample(name)
    base = compute_layout(journey).legend_block
    got = []
    for edited in _edits(journey):
        got.append((edited, compute_layout(edited).legend_block))
        assert compute_layout(journey).legend_block is base  # the undo: looked up
    assert layout_memo.LEGENDS
    for edited, legend in got:
        fresh = fresh_layout(edited).legend_block
        assert legend == fresh
        assert repr(legend) == repr(fresh)  # 200 == 200.0, but not when printed
    assert base == fresh_layout(journey).legend_block
