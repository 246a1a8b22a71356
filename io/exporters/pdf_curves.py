"""The emotion curves on a reportlab canvas: lines, bands, markers and the legend.

The PDF twin of the Qt helpers in ``canvas/painting.py``, from the same layout
pieces, so the poster tells six curves apart as the screen does — by colour, by
dash pattern and by marker, which is what survives a greyscale printer. Bands
are opaque tints (the poster draws through form XObjects, where reportlab's
transparency states go missing), all drawn before any line. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import CurvePoint, LegendEntry
from journeycanvas.canvas.layout_curves import CurveTrace, Look, marker_outline
from journeycanvas.io.exporters.pdf_shapes import circle_op, fill_op, polyline_op, stroke_op


def tint(hex_color: str, amount: float = 0.16) -> Color:
    """The colour mixed with white: what a 16 % translucent fill looks like on white."""
    c = HexColor(hex_color)
    return Color(1 - (1 - c.red) * amount, 1 - (1 - c.green) * amount, 1 - (1 - c.blue) * amount)


def _pen(c: Canvas, look: Look, width: float | None = None) -> None:
    w = width or look.width
    c.setStrokeColor(HexColor(look.color))
    c.setLineWidth(w)
    if look.dashes:
        c.setLineCap(0)
        c.setDash([d * w for d in look.dashes], 0)
    else:
        c.setLineCap(1)
        c.setDash()
    c.setLineJoin(1)


def draw_traces(c: Canvas, traces: tuple[CurveTrace, ...]) -> None:
    for trace in traces:
        band = trace.confidence
        if not band:
            continue
        c.saveState()
        c.setFillColor(tint(trace.look.color))
        path = c.beginPath()
        if len(band) == 1:
            x, hi, lo = band[0]
            path.rect(x - 2, hi, 4, lo - hi)
        else:
            path.moveTo(band[0][0], band[0][1])
            for x, hi, _lo in band[1:]:
                path.lineTo(x, hi)
            for x, _hi, lo in reversed(band):
                path.lineTo(x, lo)
            path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()
    for trace in traces:
        if not trace.segments:
            continue
        c.saveState()
        _pen(c, trace.look)
        path = c.beginPath()
        path.moveTo(*trace.segments[0][0])
        for _p0, c1, c2, p3 in trace.segments:
            path.curveTo(c1[0], c1[1], c2[0], c2[1], p3[0], p3[1])
        c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


def marker(c: Canvas, shape: str, cx: float, cy: float, r: float, fill: bool = True) -> None:
    corners = marker_outline(shape, cx, cy, r)
    if not corners:
        c.circle(cx, cy, r, stroke=1, fill=1 if fill else 0)
        return
    path = c.beginPath()
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.close()
    c.drawPath(path, stroke=1, fill=1 if fill else 0)


def draw_points(c: Canvas, points: Iterable[CurvePoint], r: float) -> None:
    """Every point's marker in its curve's ring (hollow when computed from answers),
    with the face whose mouth bends with the score, written in one state group with
    each colour and width said when it changes: a 1,000-touchpoint map has 1,000
    faces, four shapes each (pdf_shapes.py explains the group)."""
    ops = ["q", "[] 0 d"]
    append = ops.append
    fill = stroke = width = None  # as set last in the group (None: not yet)
    ink = style.INK
    ink_fill, ink_stroke = fill_op(ink), stroke_op(ink)
    for point in points:
        cx, cy = point.x, point.y
        face = "#FFFFFF" if point.data else point.color
        if face != fill:
            fill = face
            append(fill_op(face))
        if point.ring != stroke:
            stroke = point.ring
            append(stroke_op(stroke))
        ring_width = 2.0 if point.ring != "#FFFFFF" else 1.5
        if ring_width != width:
            width = ring_width
            append(f"{fp_str(width)} w")
        corners = marker_outline(point.marker, cx, cy, r)
        outline = (
            polyline_op(tuple(v for p in corners for v in p)) if corners else circle_op(cx, cy, r)
        )
        append(outline + " B*")
        if fill != ink:
            fill = ink
            append(ink_fill)
        eye = r * 0.14
        eye_y = cy - 0.25 * r
        append(circle_op(cx + -0.35 * r, eye_y, eye) + " f*")
        append(circle_op(cx + 0.35 * r, eye_y, eye) + " f*")
        mouth_y = cy + 0.3 * r
        bend = point.score / 2.0 * 0.35 * r
        p0 = (cx - 0.45 * r, mouth_y - bend / 2)
        q = (cx, mouth_y + bend * 1.5)
        p2 = (cx + 0.45 * r, mouth_y - bend / 2)
        c1 = (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]))
        c2 = (p2[0] + 2 / 3 * (q[0] - p2[0]), p2[1] + 2 / 3 * (q[1] - p2[1]))
        if stroke != ink:
            stroke = ink
            append(ink_stroke)
        if width != 1.2:
            width = 1.2
            append("1.2 w")
        append(f"n {fp_str(*p0)} m {fp_str(c1[0], c1[1], c2[0], c2[1], p2[0], p2[1])} c S")
    ops.append("Q")
    c._code.extend(ops)


def draw_legend_marks(c: Canvas, entries: tuple[LegendEntry, ...]) -> None:
    """The legend's line samples and markers (its names go with the other text)."""
    for entry in entries:
        c.saveState()
        _pen(c, entry.look)
        c.line(entry.x, entry.y, entry.x + entry.w, entry.y)
        c.setDash()
        c.setLineWidth(1.6)
        c.setFillColor(HexColor("#FFFFFF"))
        marker(c, entry.look.marker, entry.x + entry.w / 2, entry.y, 4.5)
        c.restoreState()


def draw_persona_cards(c: Canvas, cards) -> None:
    """Persona cards' boxes, photos and line samples (their text goes with the rest).

    The map is drawn y down, so a photo is drawn through a flip to stand upright."""
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    for card in cards:
        r = card.rect
        c.setFillColor(HexColor(card.fill))
        c.setStrokeColor(HexColor(style.GRID))
        c.setLineWidth(0.8)
        c.setDash()
        c.roundRect(r.x, r.y, r.w, r.h, 6, stroke=1, fill=1)
        if card.photo and card.photo_rect is not None:
            try:
                import base64

                raw = base64.b64decode(card.photo.partition(",")[2])
                image = ImageReader(BytesIO(raw))
                iw, ih = image.getSize()
            except Exception:
                image = None
            if image is not None:
                p = card.photo_rect
                side = min(iw, ih)
                c.saveState()
                clip = c.beginPath()
                clip.rect(p.x, p.y, p.w, p.h)
                c.clipPath(clip, stroke=0, fill=0)
                # Scale so the shorter side fills the square, centred (a crop).
                w, h = p.w * iw / side, p.h * ih / side
                c.translate(p.x + p.w / 2, p.y + p.h / 2)
                c.scale(1, -1)
                c.drawImage(image, -w / 2, -h / 2, w, h)
                c.restoreState()
        for look, x, y, w in card.marks:
            c.saveState()
            _pen(c, look)
            c.line(x, y, x + w, y)
            c.setDash()
            c.setLineWidth(1.4)
            c.setFillColor(HexColor("#FFFFFF"))
            marker(c, look.marker, x + w / 2, y, 3.5)
            c.restoreState()
