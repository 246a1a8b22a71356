"""The service blueprint: its template, its layout, and the same drawing on every output.

Steps, spanning cards, the three blueprint lines and links are laid out once
(canvas/layout.py); these tests check that the layout is sound and that the
poster (PDF) and the image (PNG) draw the same lines and arrows as the screen.
"""

from __future__ import annotations

import json

import pytest
from export_helpers import squash
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from journeycanvas.app import cli
from journeycanvas.canvas import style
from journeycanvas.canvas.labels import content_labels
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import LaneKind
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.resources import template_names, template_path

BLUEPRINTS = ["blueprint-bank-loan-en", "blueprint-bank-loan-zh"]
LINES = ["line_interaction", "line_visibility", "line_internal"]


def load(name: str):
    return journey_file.load(template_path(name))


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_blueprint_template_has_steps_the_three_lines_and_backstage_to_frontstage_links(name):
    journey = load(name)
    assert name in template_names()
    assert all(len(s.steps) >= 2 for s in journey.stages)
    kinds = [lane.kind for lane in journey.lanes]
    for kind in (LaneKind.ACTIONS, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT):
        assert kind in kinds
    assert kinds.index(LaneKind.PHYSICAL_EVIDENCE) < kinds.index(LaneKind.ACTIONS)
    lay = compute_layout(journey)
    assert [line.key for line in lay.blueprint_lines] == LINES
    labels = content_labels(journey.language)
    assert [line.texts[0].text for line in lay.blueprint_lines] == [labels[k] for k in LINES]
    lane_kind = {lane.id: lane.kind for lane in journey.lanes}
    kind_of = {c.id: lane_kind[c.lane_id] for c in journey.cards}
    crossing = [
        x
        for x in journey.links
        if kind_of[x.from_card] in (LaneKind.BACKSTAGE, LaneKind.SUPPORT)
        and kind_of[x.to_card] == LaneKind.FRONTSTAGE
    ]
    assert len(crossing) >= 3
    assert len(lay.links) == len(journey.links)
    assert any(c.span > 2 for c in journey.cards), "a card spans across stages"
    assert any(c.moment_of_truth for c in journey.cards)
    assert any(step.moment_of_truth for s in journey.stages for step in s.steps)


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_blueprint_layout_cards_never_overlap_and_links_cross_no_card(name):
    lay = compute_layout(load(name))
    cards = lay.cards
    for i, a in enumerate(cards):
        for b in cards[i + 1 :]:
            overlap = (
                a.rect.x < b.rect.right
                and b.rect.x < a.rect.right
                and a.rect.y < b.rect.bottom
                and b.rect.y < a.rect.bottom
            )
            assert not overlap, (a.card_id, b.card_id)
    # A spanning card covers exactly its columns (one box over them, inside the padding).
    for card in cards:
        first = next(i for i, c in enumerate(lay.columns) if c.x <= card.rect.x < c.right)
        last = lay.columns[min(len(lay.columns), first + card.span) - 1]
        assert abs(card.rect.right - (last.right - style.METRICS.cell_padding)) < 0.01
    by_id = {c.card_id: c.rect for c in cards}
    for link in lay.links:
        assert len(link.points) >= 2
        for (ax, ay), (bx, by) in zip(link.points, link.points[1:], strict=False):
            assert ax == bx or ay == by, "routes are orthogonal"
            for cid, r in by_id.items():
                if cid in (link.from_card, link.to_card):
                    continue
                x0, x1 = sorted((ax, bx))
                y0, y1 = sorted((ay, by))
                inside = x1 > r.x + 1 and x0 < r.right - 1 and y1 > r.y + 1 and y0 < r.bottom - 1
                assert not inside, f"{link.link_id} crosses {cid}"


def test_emotion_points_placed_in_a_step_sit_in_that_step():
    journey = load("blueprint-bank-loan-en")
    lay = compute_layout(journey)
    (curve,) = lay.curves
    xs = [p.x for p in curve.points]
    assert xs == sorted(xs)
    for point in journey.emotion_points:
        column = lay.step(point.step_id).column
        drawn = next(p for p in curve.points if p.point_id == point.id)
        assert column.x <= drawn.x <= column.right


@pytest.mark.parametrize("name", BLUEPRINTS)
def test_poster_prints_the_steps_line_names_and_link_labels(name, tmp_path):
    journey = load(name)
    out = export(journey, tmp_path / f"{name}.pdf", ExportOptions(paper="A1"))
    text = squash(PdfReader(out).pages[0].extract_text())
    labels = content_labels(journey.language)
    for key in LINES:
        assert squash(labels[key]) in text
    for stage in journey.stages:
        for step in stage.steps:
            assert squash(step.name) in text, step.name
    for link in journey.links:
        if link.label:
            assert squash(link.label) in text, link.label


def _near(color: QColor, hex_color: str, tolerance: int = 60) -> bool:
    want = QColor(hex_color)
    return (
        abs(color.red() - want.red())
        + abs(color.green() - want.green())
        + abs(color.blue() - want.blue())
    ) <= tolerance


def test_png_draws_links_and_lines_where_the_layout_puts_them(qapp, tmp_path):
    journey = load("blueprint-bank-loan-en")
    lay = compute_layout(journey)
    scale = 2.0
    out = export(journey, tmp_path / "bp.png", ExportOptions(width_px=round(lay.width * scale)))
    image = QImage(str(out))
    s = image.width() / lay.width
    # Every link's longest unlabelled stretch: a pixel on it has the link's colour.
    for link in lay.links:
        (ax, ay), (bx, by) = link.points[-2], link.points[-1]
        # A point on the last segment, between the bend and the arrow head.
        t = 0.3
        x, y = ax + (bx - ax) * t, ay + (by - ay) * t
        found = any(
            _near(image.pixelColor(round(x * s) + dx, round(y * s) + dy), style.LINK)
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
        )
        assert found, link.link_id
    for line in lay.blueprint_lines:
        row = round(line.y * s)
        hits = sum(
            _near(image.pixelColor(x, row + dy), style.BLUEPRINT_LINE)
            for x in range(round((line.x0 + 300) * s), round(line.x1 * s) - 4)
            for dy in (-1, 0, 1)
        )
        assert hits > 50, line.key


def test_summary_json_lists_the_steps_of_each_stage(tmp_path, capsys):
    path = template_path("blueprint-bank-loan-zh")
    assert cli.main(["summary", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stages"][1]["steps"] == ["填写申请", "上传材料", "提交申请"]


@pytest.mark.parametrize("name", ["blueprint-bank-loan-en", "blueprint-bank-loan-zh"])
def test_summary_counts_the_frontstage_actions_as_the_blueprints_touchpoints(name, capsys):
    journey = journey_file.load(template_path(name))
    front = {lane.id for lane in journey.lanes if lane.kind == LaneKind.FRONTSTAGE}
    assert front and not journey.lanes_of(LaneKind.TOUCHPOINTS)
    assert cli.main(["summary", str(template_path(name)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    listed = [(s["name"], t["title"]) for s in data["stages"] for t in s["touchpoints"]]
    stage_name = {s.id: s.name for s in journey.stages}
    # Every frontstage card, in map order (stage by stage), and nothing from other lanes.
    want = [
        (stage_name[s.id], c.title)
        for s in journey.stages
        for c in journey.cards
        if c.stage_id == s.id and c.lane_id in front
    ]
    assert listed == want and len(want) == 8
    assert cli.main(["summary", str(template_path(name))]) == 0
    text = capsys.readouterr().out
    assert all(title in text for _stage, title in want)


@pytest.mark.parametrize("name", sorted(template_names()))
def test_every_template_saves_byte_identically_on_a_second_save(name, tmp_path):
    first, second = tmp_path / "a.journey", tmp_path / "b.journey"
    journey_file.save(journey_file.load(template_path(name)), first)
    journey_file.save(journey_file.load(first), second)
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == template_path(name).read_bytes()


def test_the_step_layout_places_a_journey_without_steps_exactly_as_before():
    """One moment-of-truth flag sends a map through the step layout; with no steps and
    no spans every card must stay where the stage x lane layout puts it."""
    journey = load("sample-bank-loan-en")
    before = {c.card_id: c.rect for c in compute_layout(journey).cards}
    flagged = journey.model_copy(deep=True)
    flagged.cards[0].moment_of_truth = True
    after = compute_layout(flagged)
    assert after.card(flagged.cards[0].id).moment_of_truth
    assert {c.card_id: c.rect for c in after.cards} == before


@pytest.mark.parametrize("name", ["blueprint-bank-loan-en", "blueprint-bank-loan-zh"])
def test_the_xlsx_map_names_the_three_lines_between_the_right_lanes(name, tmp_path):
    import openpyxl

    journey = journey_file.load(template_path(name))
    target = tmp_path / "bp.xlsx"
    export(journey, str(target), ExportOptions())
    sheet = openpyxl.load_workbook(target).worksheets[0]
    first = [sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)]
    words = content_labels(journey.language)
    kinds = {lane.name: lane.kind for lane in journey.lanes}
    lines = {words[k]: k for k in ("line_interaction", "line_visibility", "line_internal")}
    # Each line's row sits between the lanes it separates, as on screen and poster.
    seen = [lines.get(v) or kinds[v].value for v in first]
    assert seen == [
        "physical_evidence",
        "actions",
        "line_interaction",
        "frontstage",
        "line_visibility",
        "backstage",
        "line_internal",
        "support",
        "emotions",
    ]
    for r, value in enumerate(first, start=2):
        border = sheet.cell(row=r, column=3).border.bottom.style
        assert (border == "mediumDashed") == (value in lines)


def test_a_repaint_of_part_of_a_blueprint_line_draws_its_dashes_where_the_whole_line_has_them():
    """The screen draws only the exposed dashes (1,500 on a 40-stage map), in the same places."""
    from journeycanvas.canvas.painting import dash_spans

    whole = dash_spans(10.0, 10_000.0)
    for left, right in [(0.0, 50.0), (503.3, 1_250.0), (9_990.0, 12_000.0), (4_000.0, 4_001.0)]:
        part = dash_spans(10.0, 10_000.0, within=(left, right))
        expected = [(a, b) for a, b in whole if b >= left and a <= right]
        assert set(expected) <= set(part) <= set(whole)
        assert len(part) <= len(expected) + 2


def test_a_repaint_of_the_same_stretch_draws_the_very_dashes_made_for_the_first():
    """Issue 17: the dashes of a line drawn again over the same stretch (a repaint after
    an undo) are the lines made the first time, each the dash dash_spans places."""
    from PySide6.QtCore import QLineF

    from journeycanvas.canvas.painting import _dash_lines, dash_spans

    for within in [None, (503.3, 1_250.0), (9_990.0, 12_000.0)]:
        lines = _dash_lines(10.0, 10_000.0, 77.5, within)
        spans = dash_spans(10.0, 10_000.0, within=within)
        assert lines == [QLineF(a, 77.5, b, 77.5) for a, b in spans]
        assert _dash_lines(10.0, 10_000.0, 77.5, within) is lines
    assert _dash_lines(10.0, 10_000.0, 78.5, None) != _dash_lines(10.0, 10_000.0, 77.5, None)
