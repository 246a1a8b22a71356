"""Themes: the journey remembers the colours it is drawn in; every theme reads at
4.5:1; the greyscale one tells every lane and curve apart without hue."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_journey
from gestures import editor_fixture
from test_contrast import CARD_COLORS

from journeycanvas.canvas import style
from journeycanvas.canvas.contrast import MINIMUM, luminance, ratio
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.legend import curve_keys
from journeycanvas.canvas.model import EmotionPoint, Evidence
from journeycanvas.canvas.themes import THEMES
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.poster_content import poster_journey
from journeycanvas.io.migrations import MIGRATIONS

FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATES = Path(__file__).parent.parent / "resources" / "templates"
editor = editor_fixture()


def is_grey(color: str) -> bool:
    h = color.lstrip("#")
    return h[0:2] == h[2:4] == h[4:6]


def themed(theme: str, color: str | None = None):
    journey = make_journey(stages=2)
    journey.theme = theme
    for card in journey.cards:
        card.color = color
        card.channel = "App"
        card.evidence = [Evidence(text="慢", score=-1.0)]  # chips, few answers among them
    return journey


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("color", CARD_COLORS)
def test_every_text_reads_on_its_ground_in_every_theme(theme, color):
    lay = compute_layout(themed(theme, color))
    checked = 0
    for card in lay.cards:
        for run in card.texts:
            ground = run.ground or card.fill
            assert ratio(run.color, ground) >= MINIMUM, (theme, run.text, run.color, ground)
            checked += 1
    boxes = [*(s.header for s in lay.stages), *(lane.header for lane in lay.lanes)]
    boxes.append(lay.legend_block)
    for box in boxes:
        for run in box.texts:
            ground = run.ground or box.fill
            assert ratio(run.color, ground) >= MINIMUM, (theme, run.text, run.color, ground)
            checked += 1
    assert checked > 3 * len(lay.cards)


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_theme_colours_every_lane_kind_readably(theme):
    t = THEMES[theme]
    for kind, colors in t.lanes.items():
        for fg in (style.INK, style.INK_SOFT):
            for bg in (colors.row, colors.card):
                assert ratio(fg, bg) >= MINIMUM, (theme, kind, fg, bg)
        assert ratio(style.INK, colors.header) >= MINIMUM, (theme, kind)
    assert ratio(t.stage_header_text, t.stage_header) >= MINIMUM
    assert ratio(style.PAGE, t.significant) >= MINIMUM
    assert ratio(style.PAGE, t.low_confidence) >= MINIMUM


def test_greyscale_draws_every_fill_in_grey_even_a_users_salmon_card():
    lay = compute_layout(themed("greyscale", "#EF9A9A"))
    fills = [card.fill for card in lay.cards]
    fills += [lane.row_fill for lane in lay.lanes] + [lane.header.fill for lane in lay.lanes]
    fills += [s.header.fill for s in lay.stages]
    # The chips' pills (the icons and marks inside them are drawn in the text's ink).
    fills += [
        s.fill
        for card in lay.cards
        for s in card.marks
        if s.fill and s.kind == "rect" and s.coords[4] * 2 == s.coords[3]
    ]
    fills += [p.color for curve in lay.curves for p in curve.points]
    assert fills and all(is_grey(f) for f in fills), [f for f in fills if not is_grey(f)]


@pytest.mark.parametrize("template", sorted(TEMPLATES.glob("*.journey")), ids=lambda p: p.stem)
def test_greyscale_tells_neighbouring_lanes_apart(template):
    journey = journey_file.load(template)
    journey.theme = "greyscale"
    lanes = compute_layout(journey).lanes
    for above, below in itertools.pairwise(lanes):
        a, b = above.header.fill, below.header.fill
        # Neighbouring lane headers differ in lightness, so a grey print keeps them apart.
        assert a != b and ratio(a, b) >= 1.15, (above.lane_id, below.lane_id, a, b)


def test_greyscale_tells_the_curves_apart_by_their_line():
    journey = themed("greyscale")
    stage = journey.stages[0].id
    journey.emotion_points.append(EmotionPoint(stage_id=stage, score=1.0, data=True))
    lay = compute_layout(journey)
    keys = curve_keys(journey, {})
    # By hand solid with filled markers, from answers dashed with hollow ones.
    assert [k.dashed for k in keys] == [False, True] and [k.hollow for k in keys] == [False, True]
    dashes = {s.dashed for s in lay.legend_block.marks if s.kind == "line" and s.width > 1.5}
    assert dashes == {False, True}
    # The faces differ in lightness along the scale, not only in hue.
    grey = THEMES["greyscale"]
    steps = [luminance(grey.score_color(v)) for v in (-2, -1, 0, 1, 2)]
    assert steps == sorted(steps) and len(set(steps)) == 5


def test_v7_file_opens_in_the_classic_theme_and_keeps_unknown_fields(tmp_path):
    path = FIXTURES / "v7_before_themes.journey"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 7 and "theme" not in raw
    upgraded = MIGRATIONS[7](raw)
    assert upgraded["theme"] == "classic" and upgraded["schema_version"] == 8
    assert upgraded["kept_by_a_newer_version"] == {"answer": 42}
    assert "theme" not in raw  # the step does not change its input
    journey = journey_file.load(path)
    assert journey.theme == "classic"
    out = tmp_path / "again.journey"
    journey_file.save(journey, out)
    assert json.loads(out.read_text(encoding="utf-8"))["theme"] == "classic"


def test_a_journey_remembers_its_theme():
    journey = journey_file.load(FIXTURES / "theme_greyscale.journey")
    assert journey.theme == "greyscale"
    lay = compute_layout(journey)
    assert all(is_grey(lane.header.fill) for lane in lay.lanes)


def test_an_export_may_use_another_theme_without_changing_the_journey():
    journey = make_journey()
    shown = poster_journey(journey, ExportOptions(theme="greyscale"), "pdf")
    assert shown.theme == "greyscale" and journey.theme == "classic"
    assert poster_journey(journey, ExportOptions(theme="greyscale"), "xlsx") is journey


def test_cli_theme_option(tmp_path):
    src = TEMPLATES / "sample-ecommerce-en.journey"
    out = tmp_path / "grey.svg"
    run = [sys.executable, "-m", "journeycanvas", "export", str(src), "-o"]
    done = subprocess.run([*run, str(out), "--theme", "greyscale"], capture_output=True,
                          text=True, timeout=120, env={**__import__("os").environ,
                                                       "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    classic = style.LANE_COLORS[next(iter(style.LANE_COLORS))].header.lower()
    assert classic not in text.lower()  # the classic actions-lane blue is gone
    refused = subprocess.run([*run, str(tmp_path / "x.xlsx"), "--theme", "greyscale"],
                             capture_output=True, text=True, timeout=120)  # fmt: skip
    assert refused.returncode == 2 and "--theme" in refused.stderr


def test_view_menu_theme_is_one_undoable_edit(editor, qtbot):
    w = editor()
    lane = w.scene.layout_.lanes[0]
    assert not is_grey(lane.row_fill)
    w.theme_menu.actions_["greyscale"].trigger()
    assert w.document.journey.theme == "greyscale"
    assert all(is_grey(x.header.fill) for x in w.scene.layout_.lanes)  # the screen follows
    assert w.theme_menu.actions_["greyscale"].isChecked()
    w.document.undo_stack.undo()
    assert w.document.journey.theme == "classic"
    assert w.theme_menu.actions_["classic"].isChecked()
