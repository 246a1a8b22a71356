"""Drawing a JourneyLayout on a reportlab canvas, exactly as the screen draws it.

The layout already decided every line break, and which of the two bundled fonts
draws which stretch of a line, with these very fonts' metrics, so the text is
drawn as the layout's spans at their baselines, never re-wrapped and never
through Paragraph (which parses markup in user text). Both fonts are embedded as
subsets: only the glyphs the poster uses travel with it. Everything is drawn
in the layout's own coordinates (points, y down) into one PDF form, which the
single poster and every tile then place with a plain transform — a tile is the
same vector drawing seen through a window, so adjacent tiles cannot disagree.

No Qt here: the command line exports PDF on a machine without a display.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from io import BytesIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    xObjectName,
)
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from journeycanvas.canvas import style
from journeycanvas.canvas.card_images import image_bytes
from journeycanvas.canvas.fonts import stroke_width
from journeycanvas.canvas.layout import (
    Box,
    CurveLayout,
    JourneyLayout,
    LinkLayout,
    TextRun,
    card_moment_marker,
    step_moment_marker,
)
from journeycanvas.canvas.marks import Shape
from journeycanvas.canvas.text_metrics import (
    FONTS,
    PDF_FONT_NAME,
    PDF_FONT_NAMES,
    metrics,
)
from journeycanvas.io.exporters import pdf_curves
from journeycanvas.io.exporters.pdf_font_cache import cached_pdf_font
from journeycanvas.io.exporters.pdf_form_stream import FormStream
from journeycanvas.io.exporters.pdf_shapes import fill_op, number, rect_op, shape_ops, stroke_op

MAP_FORM = "journeymap"
FACE_RADIUS = style.METRICS.face_radius


def register_font() -> str:
    """Register both bundled fonts with reportlab once; returns the CJK font's name."""
    registered = pdfmetrics.getRegisteredFontNames()
    for key in FONTS:
        if PDF_FONT_NAMES[key] not in registered:
            pdfmetrics.registerFont(cached_pdf_font(key))
    return PDF_FONT_NAME


def draw_string(
    c: Canvas, x: float, y: float, text: str, size: float, anchor: str = "start"
) -> None:
    """One line of text on a y-up page, each stretch in the font the layout would pick.

    For the words around the map (tile captions, assembly instructions) that no
    layout places; ``anchor`` is "start", "middle" or "end" of the line at x.
    """
    register_font()
    pieces = metrics().pieces(text)
    width = sum(p.width for p in pieces) * size
    x -= {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    for piece in pieces:
        if piece.text:
            c.setFont(PDF_FONT_NAMES[piece.font], size)
            c.drawString(x, y, piece.text)
            x += piece.width * size


@cache
def rgb(hex_color: str) -> Color:
    return HexColor(hex_color)


def define_map_form(c: Canvas, layout: JourneyLayout, extra_runs: Iterable[TextRun] = ()) -> None:
    """Draw the whole map once as a form named MAP_FORM, bbox (0, 0, width, height)."""
    register_font()
    c.beginForm(MAP_FORM, 0, 0, layout.width, layout.height)
    stream = FormStream(c, FORM_COMPRESSION)
    try:
        c.saveState()
        # Form space is y up; flip it so the layout's y-down points draw as they are.
        c.translate(0, layout.height)
        c.scale(1, -1)
        draw_map(c, layout, extra_runs, stream.send)
        c.restoreState()
    except BaseException:
        stream.abandon()
        raise
    _end_form(c, *stream.finish())


#: zlib level of the map's drawing: a 1,000-touchpoint poster's is 5 MB of operators;
#: reportlab's default level 6 takes a quarter of a second on it, level 3 a tenth for
#: a stream some 15 % larger. The drawing is the same; Flate is lossless.
FORM_COMPRESSION = 3


def _end_form(c: Canvas, raw: bytes, packed: bytes) -> None:
    """``c.endForm()``, with the form's operators as encoded and compressed by
    io/exporters/pdf_form_stream.py.

    reportlab turns the stream into bytes through its PDFDocEncoding codec, a
    character-map codec that takes 0.2 s on 5 MB, and compresses it after the
    drawing; the stream made on the way is handed over with its filter named, so
    reportlab writes it as it is.
    """
    c._code = []
    c.endForm()
    form = c._doc.idToObject[xObjectName(MAP_FORM)]
    form.stream = raw
    form.Contents = PDFStream(PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}), packed)


def draw_map(
    c: Canvas,
    layout: JourneyLayout,
    extra_runs: Iterable[TextRun] = (),
    send: Callable[[], None] = lambda: None,
) -> None:
    """Fills first, then all text in one text object, then the faces on top.

    ``send`` is called now and then with more operators written (a form's stream
    takes them to compress while the drawing goes on: pdf_form_stream.py)."""
    c.setFillColor(rgb(style.PAGE))
    c.rect(0, 0, layout.width, layout.height, stroke=0, fill=1)
    _grid(c, layout)
    for curve in layout.curves:
        _curve(c, curve)
    boxes: list[tuple[Box, str | None]] = [(layout.title, None)]
    if layout.persona is not None:
        boxes.append((layout.persona, style.GRID))
    boxes += [(s.header, "#FFFFFF") for s in layout.stages]
    boxes += [(lane.header, style.GRID) for lane in layout.lanes]
    boxes += [(step.header, "#FFFFFF") for step in layout.steps]
    if layout.legend_block is not None:
        boxes.append((layout.legend_block, style.GRID))
    for box, border in boxes:
        _box(c, box, border)
    _blueprint_lines(c, layout)
    _cards(c, layout, send)
    for link in layout.links:
        _link(c, link)
    markers = [step_moment_marker(s) for s in layout.steps if s.moment_of_truth]
    markers += [card_moment_marker(card) for card in layout.cards if card.moment_of_truth]
    for marker in markers:
        _polygon(c, marker, style.MOMENT, "#FFFFFF")
    pdf_curves.draw_persona_cards(c, layout.persona_cards)
    if layout.comment_list is not None:
        _box(c, layout.comment_list, style.GRID)
    for disc in layout.comment_markers:
        c.setFillColor(rgb(disc.fill))
        c.setStrokeColor(rgb("#FFFFFF"))
        c.setLineWidth(1.2)
        c.circle(disc.x, disc.y, disc.r, stroke=1, fill=1)

    runs: list[TextRun] = [r for box, _ in boxes for r in box.texts]
    runs += [r for card in layout.cards for r in card.texts]
    runs += [r for curve in layout.curves for r in curve.labels]
    runs += [r for entry in layout.legend for r in entry.texts]
    runs += [r for card in layout.persona_cards for r in card.texts]
    runs += [r for line in layout.blueprint_lines for r in line.texts]
    runs += [r for link in layout.links for r in link.texts]
    if layout.comment_list is not None:
        runs += layout.comment_list.texts
    runs += [r for disc in layout.comment_markers for r in disc.texts]
    runs += list(extra_runs)
    draw_runs(c, runs)
    send()
    pdf_curves.draw_legend_marks(c, layout.legend)
    pdf_curves.draw_points(c, (p for curve in layout.curves for p in curve.points), FACE_RADIUS)


def draw_runs(c: Canvas, runs: Iterable[TextRun]) -> None:
    """Each run upright at its baseline, span by span in its font, in a y-down system.

    A derived bold (canvas/fonts.py) is its regular font in text render mode 2,
    fill and stroke, the stroke as wide as the screen draws it.
    """
    text = c.beginText()
    code = text._code
    # Set here rather than by setTextTransform and textOut, which also format the
    # matrix number by number and measure every span to move a cursor no one reads:
    # the same operators for a third of the time (textOut's own formatting is kept).
    fast = bool(c.bottomup)
    # A poster repeats its texts (a 1,000-touchpoint map: 9,400 spans, 1,400 different),
    # and a span's operators depend only on the text, the font, its size and leading and
    # the font subset in force before it: each such span is formatted once. reportlab
    # assigns a character its subset code when first formatted, so a repeat formats
    # to the same operators and leaves the same subset in force (saved with them).
    formatted: dict[tuple[object, ...], tuple[str, int]] = {}
    font = size = color = None
    # A card's title and body alternate fonts and sizes (6,700 switches on that map)
    # and the runs' colours 4,000 times: each switch is set from remembered operators
    # when the text object is as draw_runs knows it (no colour space to enforce, a
    # TrueType font, no clipping), through reportlab's setters otherwise.
    quick = fast and text._enforceColorSpace is None and not text._clipping
    alpha_set = None  # the alpha this loop last set for both fill and stroke
    for run in runs:
        if not run.spans:
            continue
        if run.color != color:
            color = run.color
            colour = rgb(color)
            if quick and type(colour) is Color:
                # setFillColor and setStrokeColor's operators, each followed by its
                # alpha; setting the alpha set last again changes nothing, so it is not.
                alpha = colour.alpha
                again = alpha is None or alpha == alpha_set
                code.append(fill_op(color))
                text._fillColorObj = colour
                if not again:
                    text.setFillAlpha(alpha)
                code.append(stroke_op(color))
                text._strokeColorObj = colour
                if not again:
                    text.setStrokeAlpha(alpha)
                    alpha_set = alpha
            else:
                text.setFillColor(colour)
                text.setStrokeColor(colour)
                alpha_set = None
        baseline = number(run.y)  # the same for every span of the run
        for span in run.spans:
            if span.font != font or run.size != size:
                font, size = span.font, run.size
                switch = _font_switch(font, size) if quick else None
                if switch is None:
                    text.setFont(PDF_FONT_NAMES[font], size, size * style.METRICS.line_spacing)
                    stroke = stroke_width(font, size)
                    if stroke:
                        _text_line_width(text, stroke)
                    text.setTextRenderMode(2 if stroke else 0)
                else:
                    name, leading, width_op, mode = switch
                    text._fontname, text._fontsize, text._leading = name, size, leading
                    text._curSubset = -1  # what setFont does for a TrueType font
                    if width_op:
                        code.append(width_op)
                    if text._textRenderMode != mode:
                        text._textRenderMode = mode
                        code.append(f"{mode} Tr")
            # The matrix flips y back, so glyphs stand upright on the baseline.
            if fast:
                code.append(f"1 0 0 -1 {number(run.x + span.dx)} {baseline} Tm")
                key = (text._fontname, text._fontsize, text._leading, text._curSubset, span.text)
                done = formatted.get(key)
                if done is None:
                    done = formatted[key] = (text._formatText(span.text), text._curSubset)
                code.append(done[0])
                text._curSubset = done[1]
            else:
                text.setTextTransform(1, 0, 0, -1, run.x + span.dx, run.y)
                text.textOut(span.text)
    c.drawText(text)


@cache
def _font_switch(font: str, size: float) -> tuple[str, float, str, int] | None:
    """What ``setFont`` and the render mode set for ``font`` at ``size``: its name,
    leading, the stroke width's operator ("" when not stroked) and the render mode;
    None for a font that is not TrueType (setFont writes operators for those)."""
    name = PDF_FONT_NAMES[font]
    if not pdfmetrics.getFont(name)._dynamicFont:
        return None
    stroke = stroke_width(font, size)
    width_op = f"{stroke:.3f} w" if stroke else ""
    return name, size * style.METRICS.line_spacing, width_op, 2 if stroke else 0


def _text_line_width(text: PDFTextObject, width: float) -> None:
    """Set the line width inside a text object (BT … ET allows the ``w`` operator;
    reportlab's text object has no method for it, only the canvas outside it)."""
    text._code.append(f"{width:.3f} w")


def _grid(c: Canvas, layout: JourneyLayout) -> None:
    c.setStrokeColor(rgb(style.GRID))
    c.setLineWidth(0.5)
    for lane in layout.lanes:
        r = lane.row
        c.setFillColor(rgb(lane.row_fill))
        c.rect(r.x, r.y, r.w, r.h, stroke=1, fill=1)
    c.setLineWidth(0.8)
    top, bottom = layout.grid.y, layout.grid.bottom
    path = c.beginPath()
    for stage in layout.stages:
        x = stage.column.right
        path.moveTo(x, top)
        path.lineTo(x, bottom)
    c.drawPath(path, stroke=1, fill=0)
    if layout.steps:
        c.setLineWidth(0.4)
        path = c.beginPath()
        for x, y0, y1 in layout.step_lines():
            path.moveTo(x, y0)
            path.lineTo(x, y1)
        c.drawPath(path, stroke=1, fill=0)


def _curve(c: Canvas, curve: CurveLayout) -> None:
    band = curve.band
    c.setFillColor(rgb(style.ZERO_BAND))
    c.rect(band.x, curve.zero_y, band.w, curve.bottom_y - curve.zero_y, stroke=0, fill=1)
    draw_shapes(c, curve.grid)
    c.saveState()
    c.setStrokeColor(rgb(style.INK_SOFT))
    c.setLineWidth(0.8)
    c.setDash(3, 3)
    c.line(band.x, curve.zero_y, band.right, curve.zero_y)
    c.restoreState()
    pdf_curves.draw_traces(c, curve.traces)  # every shown curve (issue 15)


def _box(c: Canvas, box: Box, border: str | None) -> None:
    r = box.rect
    c.setFillColor(rgb(box.fill))
    if border:
        c.setStrokeColor(rgb(border))
        c.setLineWidth(0.8)
    c.rect(r.x, r.y, r.w, r.h, stroke=1 if border else 0, fill=1)
    draw_shapes(c, box.marks)
    if box.image is not None:
        _picture(c, *box.image, frame=False)


#: Cards whose marks are drawn between two hand-overs to the form's compressing thread.
SEND_EVERY = 200


def _cards(c: Canvas, layout: JourneyLayout, send: Callable[[], None]) -> None:
    c.setLineWidth(0.8)
    dashed = False
    fill = border = None
    paint = " B*" if c._fillMode == FILL_EVEN_ODD else " B"
    for card in layout.cards:
        r = card.rect
        want_dash = card.border != style.CARD_BORDER
        if want_dash != dashed:
            c.setDash(4, 2) if want_dash else c.setDash()
            dashed = want_dash
        # Cards of a lane share colours: each is set when it changes, not per card.
        if card.fill != fill:
            fill = card.fill
            c.setFillColor(rgb(fill))
        if card.border != border:
            border = card.border
            c.setStrokeColor(rgb(border))
        c._code.append(rect_op(r.x, r.y, r.w, r.h, 4) + paint)
    if dashed:
        c.setDash()
    send()
    for i, card in enumerate(layout.cards, 1):
        if card.image is not None:
            _picture(c, *card.image)
        if card.marks:
            draw_shapes(c, card.marks)
        if not i % SEND_EVERY:
            send()
    send()


def _picture(c: Canvas, box, uri: str, frame: bool = True) -> None:
    """A card's picture in its box, the right way up in the y-down drawing, thinly framed
    (a logo is not)."""
    data = image_bytes(uri)
    if not data:
        return
    try:
        reader = ImageReader(BytesIO(data))
    except Exception:
        return
    c.saveState()
    c.translate(box.x, box.bottom)
    c.scale(1, -1)
    c.drawImage(reader, 0, 0, box.w, box.h, mask="auto")
    c.restoreState()
    if frame:
        c.setStrokeColor(rgb(style.GRID))
        c.setLineWidth(0.6)
        c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=0)


def draw_shapes(c: Canvas, shapes: Iterable[Shape]) -> None:
    """The layout's marks (chips, icons, swatches, ticks), as the screen draws them:
    one state group for the lot, each colour or width written when it changes
    (io/exporters/pdf_shapes.py)."""
    shapes = tuple(shapes)
    if shapes:
        c._code.extend(shape_ops(shapes, even_odd=c._fillMode == FILL_EVEN_ODD))


def _blueprint_lines(c: Canvas, layout: JourneyLayout) -> None:
    """Dashed lines across the lanes; a patch of page under each name (drawn later)."""
    for line in layout.blueprint_lines:
        c.saveState()
        c.setStrokeColor(rgb(style.BLUEPRINT_LINE))
        c.setLineWidth(1.2)
        c.setDash(4, 3)
        c.line(line.x0, line.y, line.x1, line.y)
        c.restoreState()
        for run in line.texts:
            c.setFillColor(rgb(style.PAGE))
            c.rect(run.x - 3, run.y - run.size, run.width + 6, run.size * 1.3, stroke=0, fill=1)


def _polygon(c: Canvas, points, fill: str, stroke: str | None = None) -> None:
    path = c.beginPath()
    path.moveTo(*points[0])
    for p in points[1:]:
        path.lineTo(*p)
    path.close()
    c.setFillColor(rgb(fill))
    if stroke:
        c.setStrokeColor(rgb(stroke))
        c.setLineWidth(1.0)
    c.drawPath(path, stroke=1 if stroke else 0, fill=1)


def _link(c: Canvas, link: LinkLayout) -> None:
    """The routed arrow, its head, and a white patch for its label (drawn with the text)."""
    c.saveState()
    c.setStrokeColor(rgb(style.LINK))
    c.setLineWidth(1.4)
    c.setLineJoin(1)
    path = c.beginPath()
    path.moveTo(*link.points[0])
    for p in link.points[1:]:
        path.lineTo(*p)
    c.drawPath(path, stroke=1, fill=0)
    _polygon(c, link.head, style.LINK)
    if link.label_rect is not None:
        r = link.label_rect
        c.setFillColor(rgb(style.PAGE))
        c.rect(r.x, r.y, r.w, r.h, stroke=0, fill=1)
    c.restoreState()
