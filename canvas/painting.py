"""Drawing layout pieces with QPainter: shared by every graphics item and the PNG/SVG export.

Text is drawn at exactly the layout's (fractional) size by scaling a 100 px font,
without hinting, kerning or shaping, so Qt's line widths match the widths the
layout measured with reportlab and a wrapped line never spills out of its card.
Each span of a line is drawn in the bundled font the layout chose for it; Qt's
own font fallback would pick per glyph by its own rules and break that match.
"""

from __future__ import annotations

import base64
from functools import cache, lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from journeycanvas.canvas import style
from journeycanvas.canvas.card_images import image_bytes
from journeycanvas.canvas.fonts import CJK, LATIN, LATIN_BOLD, file_font, stroke_width
from journeycanvas.canvas.layout import (
    BlueprintLineLayout,
    CurvePoint,
    LegendEntry,
    LinkLayout,
    Rect,
    TextRun,
)
from journeycanvas.canvas.layout_curves import CurveTrace, Look, marker_outline
from journeycanvas.canvas.layout_personas import PersonaCard
from journeycanvas.canvas.marks import Shape
from journeycanvas.resources import (
    FONT_FAMILY,
    LATIN_FONT_FAMILY,
    font_path,
    latin_bold_font_path,
    latin_font_path,
)

_BASE_PX = 100


def _register(path, fallback: str) -> str:
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else fallback


@cache
def font_families() -> dict[str, str]:
    """Register both bundled fonts with Qt once; their family names by font key."""
    return {
        LATIN: _register(latin_font_path(), LATIN_FONT_FAMILY),
        CJK: _register(font_path(), FONT_FAMILY),
        # The same family as the regular Latin font; span_font asks for its bold weight.
        LATIN_BOLD: _register(latin_bold_font_path(), LATIN_FONT_FAMILY),
    }


def font_family() -> str:
    """Register the bundled fonts with Qt (once) and return the CJK font's family name."""
    return font_families()[CJK]


def ui_font(pixel_size: float) -> QFont:
    """A font for text Qt lays out itself (the in-place editor, tips): the Latin font
    first and the CJK font for what it lacks, the layout's choice for most text."""
    families = font_families()
    font = QFont()
    font.setFamilies([families[LATIN], families[CJK]])
    font.setPixelSize(max(1, round(pixel_size)))
    return font


@cache
def span_font(key: str = CJK) -> QFont:
    """The 100 px font a span in the bundled font ``key`` is drawn with, then scaled.

    A derived bold (canvas/fonts.py) is its regular font: draw_runs strokes it.
    """
    key = file_font(key)
    font = QFont(font_families().get(key, font_families()[CJK]))
    font.setWeight(QFont.Weight.Bold if key == LATIN_BOLD else QFont.Weight.Normal)
    font.setPixelSize(_BASE_PX)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    # No shaping: reportlab draws one glyph per character at its advance, so Qt must
    # not form ligatures (fi, fl) or shift glyphs either.
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias | QFont.StyleStrategy.PreferNoShaping)
    return font


@cache
def qcolor(hex_color: str) -> QColor:
    return QColor(hex_color)


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def draw_runs(painter: QPainter, runs: tuple[TextRun, ...] | list[TextRun], dx=0.0, dy=0.0) -> None:
    """Draw text runs, each span in its font; dx/dy shift them (an item in its own coordinates).

    Each span is drawn at the origin of its own transform: the painter's transform
    translated to the span and scaled to the run's size. That transform is composed
    here, on a copy of the painter's, and set once per span, in the very order
    ``translate`` then ``scale`` would compose it (so the same matrix, the same
    pixels), instead of a save, translate, scale and restore of the whole painter
    state per span; the pen and font are set only when they change. A screenful
    of 85 cards has some 600 spans.
    """
    if not runs:
        return
    painter.save()
    base = painter.transform()
    color = font_key = None
    for run in runs:
        if run.color != color:
            color = run.color
            painter.setPen(qcolor(color))
        scale = run.size / _BASE_PX
        y = run.y + dy
        for span in run.spans:
            if span.font != font_key:
                font_key = span.font
                painter.setFont(span_font(font_key))
            at = QTransform(base)
            at.translate(run.x + span.dx + dx, y)
            at.scale(scale, scale)
            painter.setTransform(at)
            # Drawn as text (searchable in a printed PDF); a derived bold is then
            # stroked along its outlines, as wide as the PDF and SVG stroke it.
            painter.drawText(_ORIGIN, span.text)
            stroke = stroke_width(font_key, _BASE_PX)
            if stroke:
                painter.strokePath(_outline(font_key, span.text), _stroke_pen(color, stroke))
    painter.restore()


_ORIGIN = QPointF(0, 0)


@lru_cache(maxsize=256)
def _stroke_pen(color: str, width: float) -> QPen:
    """The pen a derived bold's outlines are stroked with, made once per colour."""
    pen = QPen(qcolor(color), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


@lru_cache(maxsize=4096)
def _outline(font_key: str, text: str) -> QPainterPath:
    """The glyph outlines a derived bold is stroked along, made once per text: a banded
    poster paints each card's text in every band it touches, and the editor repaints."""
    path = QPainterPath()
    path.addText(QPointF(0, 0), span_font(font_key), text)
    return path


def draw_shapes(painter: QPainter, shapes, dx: float = 0.0, dy: float = 0.0) -> None:
    """Draw the layout's marks (chips, icons, swatches, ticks) as marks.Shape describes."""
    if not shapes:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for shape in shapes:
        _draw_shape(painter, shape, dx, dy)
    painter.restore()


@lru_cache(maxsize=1024)
def _shape_pen(color: str, width: float, dashed: bool, pattern: tuple[float, ...]) -> QPen:
    """A mark's pen, made once per look: a poster has thousands of marks in a few dozen
    looks, and building a QPen with its caps, joins and dashes per mark was a third of
    the time the marks took. Painters copy the pen they are given, so sharing is safe."""
    pen = QPen(qcolor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        w = max(width, 0.1)
        pen.setDashPattern(list(pattern) or [4.0 / w, 3.0 / w])
    return pen


@cache
def no_pen() -> QPen:
    """``Qt.NoPen`` as a pen, made once. Painters take it as they take the enum (the
    same state, the same pixels), but PySide converts an enum argument at some
    3,700 machine instructions more than a pen: a fitted research journey's first
    paint sets it on 2,000 fresh painters (cards' bars, points' eyes)."""
    return QPen(Qt.PenStyle.NoPen)


@cache
def no_brush() -> QBrush:
    """``Qt.NoBrush`` as a brush, made once (see ``no_pen``)."""
    return QBrush(Qt.BrushStyle.NoBrush)


def _draw_shape(painter: QPainter, shape: Shape, dx: float, dy: float) -> None:
    if shape.stroke:
        painter.setPen(_shape_pen(shape.stroke, shape.width, shape.dashed, shape.pattern))
    else:
        painter.setPen(no_pen())
    fill = shape.fill and shape.kind != "line"
    painter.setBrush(qcolor(shape.fill) if fill else no_brush())
    c = shape.coords
    if shape.kind == "rect":
        box = QRectF(c[0] + dx, c[1] + dy, c[2], c[3])
        if c[4] > 0:
            painter.drawRoundedRect(box, c[4], c[4])
        else:
            painter.drawRect(box)
    elif shape.kind == "circle":
        painter.drawEllipse(QPointF(c[0] + dx, c[1] + dy), c[2], c[2])
    else:
        pts = [(c[i] + dx, c[i + 1] + dy) for i in range(0, len(c), 2)]
        if shape.kind == "poly":
            painter.drawPolygon(polygon(pts))
        else:
            painter.drawPolyline(polygon(pts))


@lru_cache(maxsize=128)
def _picture(uri: str) -> QImage:
    image = QImage()
    image.loadFromData(image_bytes(uri))
    return image


def draw_picture(
    painter: QPainter, picture, dx: float = 0.0, dy: float = 0.0, frame: bool = True
) -> None:
    """A card's picture (layout ``(Rect, data URI)``) scaled into its box, thinly framed
    (a logo, ``frame=False``, is not: it brings its own edges)."""
    if picture is None:
        return
    box, uri = picture
    image = _picture(uri)
    if image.isNull():
        return
    target = QRectF(box.x + dx, box.y + dy, box.w, box.h)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(target, image)
    if frame:
        painter.setPen(QPen(qcolor(style.GRID), 0.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
    painter.restore()


def face_paths(
    cx: float, cy: float, radius: float, score: float
) -> tuple[QPainterPath, QPainterPath]:
    """Eyes (to fill) and a mouth (to stroke) that smiles at +2 and frowns at −2."""
    eyes = QPainterPath()
    eye = radius * 0.14
    for ex in (-0.35, 0.35):
        eyes.addEllipse(QPointF(cx + ex * radius, cy - 0.25 * radius), eye, eye)
    mouth = QPainterPath()
    mouth_y = cy + 0.3 * radius
    bend = score / 2.0 * 0.35 * radius
    mouth.moveTo(cx - 0.45 * radius, mouth_y - bend / 2)
    mouth.quadTo(cx, mouth_y + bend * 1.5, cx + 0.45 * radius, mouth_y - bend / 2)
    return eyes, mouth


# --- several curves (issue 15) --------------------------------------------------


def segments_path(segments, dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    for i, (p0, c1, c2, p3) in enumerate(segments):
        if i == 0:
            path.moveTo(p0[0] + dx, p0[1] + dy)
        path.cubicTo(c1[0] + dx, c1[1] + dy, c2[0] + dx, c2[1] + dy, p3[0] + dx, p3[1] + dy)
    return path


def look_pen(look: Look, width: float | None = None) -> QPen:
    """The curve's pen: its colour, width and dash pattern (in multiples of the width)."""
    pen = QPen(qcolor(look.color), width or look.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if look.dashes else Qt.PenCapStyle.RoundCap)
    if look.dashes:
        pen.setDashPattern(list(look.dashes))
    return pen


def band_path(band, dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    if len(band) == 1:
        x, hi, lo = band[0]
        path.addRect(x - 2 + dx, hi + dy, 4, lo - hi)
        return path
    for i, (x, hi, _lo) in enumerate(band):
        (path.moveTo if i == 0 else path.lineTo)(x + dx, hi + dy)
    for x, _hi, lo in reversed(band):
        path.lineTo(x + dx, lo + dy)
    if band:
        path.closeSubpath()
    return path


def draw_traces(
    painter: QPainter,
    traces: tuple[CurveTrace, ...],
    dx: float = 0.0,
    dy: float = 0.0,
    active: str | None = "-",
) -> None:
    """Every curve's confidence band first, then every line in list order; the curve
    being edited (``active``) is drawn wider, so the one new points go to is plain."""
    for trace in traces:
        if trace.confidence:
            shade = QColor(trace.look.color)
            shade.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawPath(band_path(trace.confidence, dx, dy))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for trace in traces:
        if not trace.segments:
            continue
        wide = trace.look.curve_id == active and len(traces) > 1
        painter.setPen(look_pen(trace.look, trace.look.width * 1.6 if wide else None))
        painter.drawPath(segments_path(trace.segments, dx, dy))


def marker_path(marker: str, cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    corners = marker_outline(marker, cx, cy, r)
    if not corners:
        path.addEllipse(QPointF(cx, cy), r, r)
        return path
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.closeSubpath()
    return path


def draw_point(
    painter: QPainter, point: CurvePoint, cx: float, cy: float, radius: float,
    selected: bool = False,
) -> None:  # fmt: skip
    """A point: its curve's marker, ringed in the curve's colour, with a face that
    smiles or frowns with the score. Hand points are filled with the score's colour,
    points computed from answers are hollow (white).

    Its paths and pens are made once per look and place (the editor draws every
    point at its item's origin, so a repaint finds them made): a research journey
    has 1,000 points, and each cost two pens and three paths built in Python."""
    ring = "#1E88E5" if selected else point.ring
    marker, eyes, mouth = _point_paths(point.marker, cx, cy, radius, point.score)
    painter.setPen(_ring_pen(ring, 2.0 if selected or point.ring != "#FFFFFF" else 1.5))
    painter.setBrush(qcolor("#FFFFFF" if point.data else point.color))
    painter.drawPath(marker)
    painter.setPen(no_pen())
    painter.setBrush(qcolor(style.INK))
    painter.drawPath(eyes)
    painter.setPen(_mouth_pen())
    painter.setBrush(no_brush())
    painter.drawPath(mouth)


@lru_cache(maxsize=64)
def _ring_pen(color: str, width: float) -> QPen:
    return QPen(qcolor(color), width)


@cache
def _mouth_pen() -> QPen:
    """The mouth's pen, made on first use (a QPen wants the QApplication first)."""
    return QPen(qcolor(style.INK), 1.2)


@lru_cache(maxsize=4096)
def _point_paths(
    marker: str, cx: float, cy: float, radius: float, score: float
) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    """The marker, the eyes and the mouth of a point; QPainter copies what it draws."""
    return (marker_path(marker, cx, cy, radius), *face_paths(cx, cy, radius, score))


def draw_legend(painter: QPainter, entries: tuple[LegendEntry, ...], *, text: bool = True) -> None:
    """Each curve's line sample with its marker, and its name (``text=False``: the
    name is left to a writer that sets text itself, the SVG)."""
    for entry in entries:
        painter.setPen(look_pen(entry.look))
        painter.drawLine(QPointF(entry.x, entry.y), QPointF(entry.x + entry.w, entry.y))
        painter.setPen(QPen(qcolor(entry.look.color), 1.6))
        painter.setBrush(qcolor("#FFFFFF"))
        painter.drawPath(marker_path(entry.look.marker, entry.x + entry.w / 2, entry.y, 4.5))
        if text:
            draw_runs(painter, entry.texts)


# --- personas as cards (issue 15) ----------------------------------------------------


@lru_cache(maxsize=32)
def photo_image(uri: str) -> QImage:
    """A persona's photo from its data: URI; a null image when it cannot be read."""
    _head, _, payload = uri.partition(",")
    try:
        return QImage.fromData(base64.b64decode(payload, validate=False))
    except ValueError:
        return QImage()


def draw_persona_card(painter: QPainter, card: PersonaCard, *, text: bool = True) -> None:
    """The card, its photo (cropped to a square), its curves' line samples, its text."""
    painter.setPen(QPen(qcolor(style.GRID), 0.8))
    painter.setBrush(qcolor(card.fill))
    painter.drawRoundedRect(qrect(card.rect), 6, 6)
    if card.photo and card.photo_rect is not None:
        image = photo_image(card.photo)
        if not image.isNull():
            side = min(image.width(), image.height())
            source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
            painter.drawImage(qrect(card.photo_rect), image, source)
    for look, x, y, w in card.marks:
        painter.setPen(look_pen(look))
        painter.drawLine(QPointF(x, y), QPointF(x + w, y))
        painter.setPen(QPen(qcolor(look.color), 1.4))
        painter.setBrush(qcolor("#FFFFFF"))
        painter.drawPath(marker_path(look.marker, x + w / 2, y, 3.5))
    if text:
        draw_runs(painter, card.texts)


# --- steps, blueprint lines, links and moments of truth ---------------------------


def polygon(points) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


def draw_moment(painter: QPainter, points, dx: float = 0.0, dy: float = 0.0) -> None:
    """The gold diamond of a moment of truth."""
    painter.save()
    painter.setPen(QPen(qcolor("#FFFFFF"), 1.0))
    painter.setBrush(qcolor(style.MOMENT))
    painter.drawPolygon(polygon([(x + dx, y + dy) for x, y in points]))
    painter.restore()


def draw_blueprint_line(
    painter: QPainter,
    line: BlueprintLineLayout,
    *,
    text: bool = True,
    within: tuple[float, float] | None = None,
) -> None:
    """A dashed line across the lanes with its name in the band above it.

    ``text=False`` leaves the name's patch for a writer that sets the text itself (SVG).
    ``within`` (x from, x to) draws only the dashes there, e.g. what the screen
    exposes: a line across a 40-stage map has 1,500 dashes.
    """
    painter.save()
    painter.setPen(QPen(qcolor(style.BLUEPRINT_LINE), 1.2))
    # Dashes drawn one by one: Qt's own dash pattern restarts where a banded export
    # clips the line, so the bands of a poster would not join.
    painter.drawLines(_dash_lines(line.x0, line.x1, line.y, within))
    painter.restore()
    if line.texts:
        # The name sits on a patch of page so the line does not strike through it.
        run = line.texts[0]
        painter.fillRect(
            QRectF(run.x - 3, run.y - run.size, run.width + 6, run.size * 1.3), qcolor(style.PAGE)
        )
        if text:
            draw_runs(painter, line.texts)


@lru_cache(maxsize=64)
def _dash_lines(x0: float, x1: float, y: float, within: tuple[float, float] | None) -> list[QLineF]:
    """A blueprint line's dashes as Qt lines, made once per line and stretch drawn: a
    repaint of the same view (an undo's) draws the same few hundred dashes, and
    stepping to them from the line's start and making each QLineF cost ~0.5 ms a
    line. QPainter copies the lines it is given, so the list is shared unchanged."""
    return [QLineF(a, y, b, y) for a, b in dash_spans(x0, x1, within=within)]


def dash_spans(
    x0: float,
    x1: float,
    dash: float = 4.0,
    gap: float = 3.0,
    within: tuple[float, float] | None = None,
):
    """The (start, end) of each dash of a dashed line from x0 to x1 (the PDF's 4, 3 pattern).

    With ``within``, only the dashes reaching into that stretch of x, in the very
    places the whole line has them.
    """
    out = []
    left, right = within if within is not None else (x0, x1)
    x = x0
    while x < x1 and x <= right:
        end = min(x + dash, x1)
        if end >= left:  # stepped as for the whole line, so each dash is exactly there
            out.append((x, end))
        x += dash + gap
    return out


def link_path(link: LinkLayout) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(*link.points[0])
    for x, y in link.points[1:]:
        path.lineTo(x, y)
    return path


def draw_link(
    painter: QPainter, link: LinkLayout, color: str = style.LINK, *, text: bool = True
) -> None:
    """A routed arrow with its head and, when it has one, its label on a white patch."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(qcolor(color), 1.4)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(link_path(link))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(color))
    painter.drawPolygon(polygon(link.head))
    if link.label_rect is not None:
        painter.setBrush(qcolor(style.PAGE))
        painter.drawRect(qrect(link.label_rect))
        if text:
            draw_runs(painter, link.texts)
    painter.restore()
