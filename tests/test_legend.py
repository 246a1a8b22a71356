"""The legend block: a poster read without the editor says what its colours, faces,
curves and marks mean, in the journey's language, and the screen shows the same."""

from __future__ import annotations

from conftest import make_journey
from export_helpers import sample, squash
from pypdf import PdfReader

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import EmotionPoint
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


def test_curves_listed_from_the_journeys_points():
    journey = make_journey()
    journey.language = "en"
    text = legend_text(compute_layout(journey))
    assert "Emotion curve, placed by the team" in text
    assert "computed from survey answers" not in text  # no data points: no data curve
    stage = journey.stages[0].id
    journey.emotion_points.append(EmotionPoint(stage_id=stage, score=1.0, data=True))
    layout = compute_layout(journey)
    text = legend_text(layout)
    assert "Curve computed from survey answers" in text
    assert "95 % interval" in text
    dashed = [s for s in layout.legend_block.marks if s.kind == "line" and s.dashed]
    assert any(s.stroke == style.DATA_CURVE for s in dashed)  # drawn as the map draws it


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
