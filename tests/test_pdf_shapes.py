"""The PDF's fast drawing paints exactly what reportlab's own calls painted.

io/exporters/pdf_shapes.py writes a card's marks as one state group with each
colour and width said once (the card frames and the curves' faces likewise);
before, every mark was a saveState, five state calls, the path through
reportlab's path object, and a restoreState. The old way is kept here as the
reference; both streams are replayed (tests/pdf_replay.py) and must paint the
same paths, in the same order, with the same state.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from export_helpers import SAMPLES, sample
from pdf_replay import painted
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas import marks, style
from journeycanvas.canvas.fonts import stroke_width
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.marks import Shape
from journeycanvas.canvas.text_metrics import PDF_FONT_NAMES
from journeycanvas.io.exporters import pdf_curves, pdf_drawing
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.pdf_drawing import draw_map, rgb


def reference_draw_shapes(c: Canvas, shapes) -> None:
    """The drawing of marks before the fast path: reportlab calls, a state per mark."""
    for shape in shapes:
        c.saveState()
        if shape.fill and shape.kind != "line":
            c.setFillColor(rgb(shape.fill))
        if shape.stroke:
            c.setStrokeColor(rgb(shape.stroke))
            c.setLineWidth(shape.width)
            c.setLineCap(1)
            c.setLineJoin(1)
            if shape.dashed:
                c.setDash([v * shape.width for v in shape.pattern] or [4, 3])
        fill = 1 if shape.fill and shape.kind != "line" else 0
        stroke = 1 if shape.stroke else 0
        v = shape.coords
        if shape.kind == "rect":
            if v[4] > 0:
                c.roundRect(v[0], v[1], v[2], v[3], v[4], stroke=stroke, fill=fill)
            else:
                c.rect(v[0], v[1], v[2], v[3], stroke=stroke, fill=fill)
        elif shape.kind == "circle":
            c.circle(v[0], v[1], v[2], stroke=stroke, fill=fill)
        else:
            path = c.beginPath()
            path.moveTo(v[0], v[1])
            for i in range(2, len(v), 2):
                path.lineTo(v[i], v[i + 1])
            if shape.kind == "poly":
                path.close()
            c.drawPath(path, stroke=stroke, fill=fill)
        c.restoreState()


def reference_cards(c: Canvas, layout, send=None) -> None:
    """The card frames before: colours set for every card, reportlab's roundRect
    (``send``, the form stream's hand-over, is not the drawing's business here)."""
    c.setLineWidth(0.8)
    dashed = False
    for card in layout.cards:
        r = card.rect
        want_dash = card.border != style.CARD_BORDER
        if want_dash != dashed:
            c.setDash(4, 2) if want_dash else c.setDash()
            dashed = want_dash
        c.setFillColor(rgb(card.fill))
        c.setStrokeColor(rgb(card.border))
        c.roundRect(r.x, r.y, r.w, r.h, 4, stroke=1, fill=1)
    if dashed:
        c.setDash()
    for card in layout.cards:
        if card.image is not None:
            pdf_drawing._picture(c, *card.image)
        if card.marks:
            pdf_drawing.draw_shapes(c, card.marks)


def _reference_point(c: Canvas, point, r: float) -> None:
    """The point's marker in its curve's ring (hollow when computed from answers),
    with the face whose mouth bends with the score."""
    cx, cy = point.x, point.y
    c.setFillColor(rgb("#FFFFFF" if point.data else point.color))
    c.setStrokeColor(rgb(point.ring))
    c.setLineWidth(2.0 if point.ring != "#FFFFFF" else 1.5)
    c.setDash()
    pdf_curves.marker(c, point.marker, cx, cy, r)
    c.setFillColor(rgb(style.INK))
    eye = r * 0.14
    for ex in (-0.35, 0.35):
        c.circle(cx + ex * r, cy - 0.25 * r, eye, stroke=0, fill=1)
    # The screen draws the mouth as a quadratic curve; PDF has cubics, which hold it exactly.
    mouth_y = cy + 0.3 * r
    bend = point.score / 2.0 * 0.35 * r
    p0 = (cx - 0.45 * r, mouth_y - bend / 2)
    q = (cx, mouth_y + bend * 1.5)
    p2 = (cx + 0.45 * r, mouth_y - bend / 2)
    c1 = (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]))
    c2 = (p2[0] + 2 / 3 * (q[0] - p2[0]), p2[1] + 2 / 3 * (q[1] - p2[1]))
    c.setStrokeColor(rgb(style.INK))
    c.setLineWidth(1.2)
    path = c.beginPath()
    path.moveTo(*p0)
    path.curveTo(c1[0], c1[1], c2[0], c2[1], p2[0], p2[1])
    c.drawPath(path, stroke=1, fill=0)


def reference_points(c: Canvas, points, r: float) -> None:
    """The faces before: reportlab calls per point."""
    for point in points:
        _reference_point(c, point, r)


def reference_draw_runs(c: Canvas, runs) -> None:
    """The text before: reportlab's setTextTransform and textOut per span."""
    text = c.beginText()
    font = size = color = None
    for run in runs:
        if not run.spans:
            continue
        if run.color != color:
            color = run.color
            text.setFillColor(rgb(color))
            text.setStrokeColor(rgb(color))
        for span in run.spans:
            if span.font != font or run.size != size:
                font, size = span.font, run.size
                text.setFont(PDF_FONT_NAMES[font], size, size * style.METRICS.line_spacing)
                stroke = stroke_width(font, size)
                if stroke:
                    pdf_drawing._text_line_width(text, stroke)
                text.setTextRenderMode(2 if stroke else 0)
            text.setTextTransform(1, 0, 0, -1, run.x + span.dx, run.y)
            text.textOut(span.text)
    c.drawText(text)


def _stream(draw) -> bytes:
    pdf_drawing.register_font()
    c = Canvas(BytesIO())
    draw(c)
    return "\n".join(c._code).encode("latin-1")


#: Every kind, filled, stroked, both and neither; dashes on, off and patterned, after
#: and before solid ones (a solid mark after a dashed one must get the outside dash back).
MIXED = (
    marks.rect(10, 10, 40, 12, 3.5, fill="#FFEEDD", stroke="#112233", width=0.8),
    marks.rect(10, 30, 40, 12, fill="#FFEEDD"),
    marks.circle(60.25, 17.125, 4.4, fill="#204060"),
    marks.circle(70, 17, 2.2, stroke="#204060", width=1.3, dashed=True),
    marks.line([(0, 0), (5.5, 7.25), (9, 1)], stroke="#AA0000", width=1.2, fill="#00FF00"),
    marks.poly([(1, 1), (4, 9), (8, 2)], fill="#00AA00", stroke="#000000", width=0.5),
    marks.line([(2, 2), (30, 2)], stroke="#555555", width=2, dashed=True, pattern=(1, 2)),
    marks.rect(1, 1, 2, 2, 0.5),
    marks.line([(2, 4), (30, 4)], stroke="#555555", width=2),
    marks.circle(5, 5, 1, fill="#204060", stroke="#204060", width=2),
    marks.circle(6, 5, 1, fill="#204060", stroke="#204060", width=2),
)


def _outer_dash(c: Canvas) -> None:
    c.setDash(6, 2)  # a caller's own dash: solid marks inherit it, as before


@pytest.mark.parametrize("outer", [None, _outer_dash])
def test_mixed_marks_paint_the_same(outer):
    def old(c):
        if outer:
            outer(c)
        reference_draw_shapes(c, MIXED)

    def new(c):
        if outer:
            outer(c)
        pdf_drawing.draw_shapes(c, MIXED)

    before, after = painted(_stream(old)), painted(_stream(new))
    assert len(before) == len(MIXED) - 1  # the mark with neither fill nor stroke paints nothing
    assert after == before


def test_replay_tells_a_changed_mark_apart():
    """The comparison can fail: one colour, one width, one coordinate changed shows."""
    base = painted(_stream(lambda c: reference_draw_shapes(c, MIXED)))
    for changed in (
        Shape("circle", (60.25, 17.125, 4.4), fill="#204061"),
        Shape("circle", (60.25, 17.125, 4.5), fill="#204060"),
        Shape("circle", (60.25, 17.125, 4.4), fill="#204060", stroke="#000000", width=1),
    ):
        shapes = (*MIXED[:2], changed, *MIXED[3:])
        assert painted(_stream(lambda c, s=shapes: pdf_drawing.draw_shapes(c, s))) != base


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_poster_paints_the_same(name, monkeypatch):
    """The whole map: marks in their real context (cards, boxes, curve grids), the
    card frames, the faces on the curves and the text."""
    layout = compute_layout(sample(name))
    assert any(card.marks for card in layout.cards)
    assert any(curve.points for curve in layout.curves)
    after = painted(_stream(lambda c: draw_map(c, layout)))
    monkeypatch.setattr(pdf_drawing, "draw_shapes", reference_draw_shapes)
    monkeypatch.setattr(pdf_drawing, "_cards", reference_cards)
    monkeypatch.setattr(pdf_curves, "draw_points", reference_points)
    monkeypatch.setattr(pdf_drawing, "draw_runs", reference_draw_runs)
    before = painted(_stream(lambda c: draw_map(c, layout)))
    assert after == before


def _form_data(path) -> bytes:
    reader = PdfReader(path)
    forms = reader.pages[0]["/Resources"]["/XObject"]
    return forms[f"/{pdf_drawing.xObjectName(pdf_drawing.MAP_FORM)}"].get_object().get_data()


def test_the_form_written_at_its_own_level_holds_the_same_drawing(tmp_path, monkeypatch):
    """The map's form is encoded and compressed on the way (pdf_form_stream.py) and
    handed over by _end_form, not by reportlab's endForm: the file still holds the
    drawing, and it is smaller than reportlab's ASCII85 text."""
    journey = sample(SAMPLES[0])
    fast = export(journey, tmp_path / "fast.pdf")
    monkeypatch.setattr(pdf_drawing, "_end_form", lambda c, raw, packed: c.endForm())
    slow = export(journey, tmp_path / "slow.pdf")
    assert painted(_form_data(fast)) == painted(_form_data(slow))
    assert len(painted(_form_data(fast))) > 100
    assert fast.stat().st_size < slow.stat().st_size
