"""The legend block: a poster read without the editor says what its colours, faces,
curves and marks mean, in the journey's language, and the screen shows the same."""

from __future__ import annotations

from conftest import make_journey
from export_helpers import sample, squash
from pypdf import PdfReader

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.legend import curve_keys
from journeycanvas.canvas.model import Curve, CurveKind, EmotionPoint, LineStyle
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions


def legend_text(layout) -> str:
    return " ".join(r.text for r in layout.legend_block.texts)


def test_legend_names_every_lane_with_its_colours_below_the_map():
    journey = make_journey()
    layout = compute_layout(journey)
    legend = layout.legend_block
    assert legend is not None and legend.rect.y > layout.grid.bottom
    assert legend.rect.bottom <= layout.height  # on the page, not past its edge
    words = [r.text for r in legend.texts]
    for lane in journey.lanes:
        assert lane.name in words
    fills = {s.fill for s in legend.marks if s.kind == "rect"}
    for lane in journey.lanes:
        colors = style.LANE_COLORS[lane.kind]
        assert {colors.header, colors.card} <= fills  # the header's and the cards' colour


def test_faces_and_the_scale_in_the_journeys_language():
    journey = make_journey()  # language zh
    text = legend_text(compute_layout(journey))
    assert "图例" in text and "非常不满" in text and "非常满意" in text
    journey.language = "en"
    text = legend_text(compute_layout(journey))
    assert "Legend" in text and "very negative" in text and "very positive" in text
    faces = [
        s
        for s in compute_layout(journey).legend_block.marks
        if s.kind == "circle" and s.coords[2] > 5
    ]
    # Five faces, red at −2 to green at +2, in the curve's colours.
    assert [f.fill for f in faces] == [style.score_color(v) for v in (-2, -1, 0, 1, 2)]


def test_curves_listed_from_the_journeys_curves_each_drawn_as_the_band_draws_it():
    journey = make_journey()
    journey.language = "en"
    persona = journey.personas[0]
    journey.personas[0].name = "Emma"
    as_is = Curve(name="As-is", kind=CurveKind.AS_IS, persona_id=persona.id)
    to_be = Curve(name="To-be", kind=CurveKind.TO_BE, color="#2E7D32", line=LineStyle.DASH)
    data = Curve(name="Survey", kind=CurveKind.SEGMENT, color="#1565C0",
                 line=LineStyle.DOT, data=True)  # fmt: skip
    journey.curves = [as_is, to_be, data]
    stage = journey.stages[0].id
    for p in journey.emotion_points:
        p.curve_id = as_is.id
    journey.emotion_points += [
        EmotionPoint(stage_id=stage, score=1.5, curve_id=to_be.id),
        EmotionPoint(stage_id=stage, position=0.8, score=-0.5, curve_id=data.id, data=True),
    ]
    layout = compute_layout(journey)
    text = legend_text(layout)
    assert "As-is · Emma" in text and "To-be" in text and "Survey" in text
    assert "95 % interval" in text and "hollow" in text  # the data curve's shading
    keys = curve_keys(journey, {})
    assert [k.name for k in keys] == ["As-is · Emma", "To-be", "Survey"]
    assert len({(k.pattern, k.marker) for k in keys}) == 3  # apart without colour
    assert [k.hollow for k in keys] == [False, False, True]
    strokes = {s.stroke for s in layout.legend_block.marks if s.kind == "line" and s.width > 1.5}
    assert {"#2E7D32", "#1565C0"} <= strokes  # each sample in its curve's colour
    # A curve hidden from the map is not in the legend either.
    journey.curves[1].shown = False
    assert "To-be" not in legend_text(compute_layout(journey))


def test_research_marks_explained_only_when_the_map_has_them():
    journey = make_journey()  # touchpoints with answers
    journey.language = "en"
    text = legend_text(compute_layout(journey))
    for words in ("answers behind it", "95 % interval of the mean", "latest wave", "Welch"):
        assert words in text
    assert "fewer than 5 answers" in text and "few answers" in text
    for card in journey.cards:
        card.evidence = []
    assert "answers behind it" not in legend_text(compute_layout(journey))


def test_legend_on_screen_and_on_the_poster(qapp, tmp_path):
    from journeycanvas.canvas.document import JourneyDocument
    from journeycanvas.canvas.scene import JourneyScene

    journey = sample("sample-ecommerce-en")
    scene = JourneyScene(JourneyDocument(journey))
    item = scene.boxes[("legend", "legend")]
    assert item.box == scene.layout_.legend_block  # the screen draws the layout's legend
    out = export(journey, tmp_path / "p.pdf", ExportOptions())
    text = squash(PdfReader(out).pages[0].extract_text())
    for words in ("Legend", "Feelings", "answers behind it", "very positive"):
        assert squash(words) in text
