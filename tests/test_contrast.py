"""Every text the map draws can be read: 4.5:1 (WCAG AA) against what it is drawn on."""

from __future__ import annotations

import pytest
from conftest import make_journey

from journeycanvas.canvas import style
from journeycanvas.canvas.contrast import MINIMUM, ratio, readable
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Evidence

#: Fills a user gives cards: the lane header colours (salmon pain points), dark ones.
CARD_COLORS = [
    None,
    "#EF9A9A",
    "#C62828",
    "#B71C1C",
    "#000000",
    "#37474F",
    "#FFEB3B",
    "#1565C0",
    "#FFFFFF",
    "#808080",
]


def test_grey_on_salmon_was_unreadable():
    """The figure the issue reported: the old secondary grey on a salmon card."""
    assert ratio("#546E7A", "#EF9A9A") < 2.6


@pytest.mark.parametrize("color", CARD_COLORS)
def test_every_card_text_reads_on_its_fill_in_every_lane(color):
    journey = make_journey(stages=2)
    for card in journey.cards:
        card.color = color
        card.channel = "App"
        card.evidence = [Evidence(text="慢", score=-1.0)]  # a badge with few answers
    lay = compute_layout(journey)
    checked = 0
    for card in lay.cards:
        for run in card.texts:
            ground = run.ground or card.fill
            assert ratio(run.color, ground) >= MINIMUM, (run.text, run.color, ground)
            checked += 1
    assert checked > 3 * len(lay.cards)


def test_headers_and_title_read_on_their_boxes():
    lay = compute_layout(make_journey())
    boxes = [lay.title, *(s.header for s in lay.stages), *(lane.header for lane in lay.lanes)]
    for box in boxes:
        for run in box.texts:
            assert ratio(run.color, box.fill) >= MINIMUM, (run.text, run.color, box.fill)


@pytest.mark.parametrize("kind", list(style.LANE_COLORS))
def test_palette_text_colours_read_on_every_lane_row_and_card(kind):
    colors = style.LANE_COLORS[kind]
    for fg in (style.INK, style.INK_SOFT, style.LOW_CONFIDENCE, style.SIGNIFICANT, style.LINK):
        for bg in (colors.row, colors.card):
            assert ratio(fg, bg) >= MINIMUM, (kind, fg, bg)
    assert ratio(style.INK, colors.header) >= MINIMUM
    assert ratio(style.BLUEPRINT_LINE, colors.row) >= MINIMUM


def test_readable_keeps_a_colour_that_already_reads():
    assert readable(style.INK, "#FFFFFF") == style.INK
    assert ratio(readable(style.INK_SOFT, "#C62828"), "#C62828") >= MINIMUM
