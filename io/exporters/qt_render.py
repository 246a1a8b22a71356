"""Drawing a whole JourneyLayout with QPainter, as the canvas shows it, minus the editing.

PNG, SVG and printing draw through here: the same painting helpers the scene's
items use, in the same order (grid, curve, boxes, cards, faces), but without
selection outlines or handles. ``visible`` lets a banded render skip everything
outside its band, which is what keeps a 300-DPI A1 poster fast.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import (
    Box,
    JourneyLayout,
    Rect,
    TextRun,
    card_moment_marker,
    step_moment_marker,
)
from journeycanvas.canvas.painting import (
    draw_blueprint_line,
    draw_legend,
    draw_link,
    draw_moment,
    draw_persona_card,
    draw_picture,
    draw_point,
    draw_runs,
    draw_shapes,
    draw_traces,
    qcolor,
    qrect,
)
from journeycanvas.io.exporters.qt_refcount import protect_none

# A poster is millions of void QPainter calls; see qt_refcount for why this matters.
protect_none()

FACE_RADIUS = style.METRICS.face_radius


def _meets(r: Rect, v: QRectF) -> bool:
    return r.x <= v.right() and r.right >= v.left() and r.y <= v.bottom() and r.bottom >= v.top()


def _run_meets(run: TextRun, v: QRectF) -> bool:
    return run.y - run.size * 1.2 <= v.bottom() and run.y + run.size * 0.6 >= v.top()


def paint_map(
    painter: QPainter,
    layout: JourneyLayout,
    extra_runs: tuple[TextRun, ...] = (),
    *,
    transparent: bool = False,
    visible: QRectF | None = None,
    text: bool = True,
) -> None:
    """Draw the map in layout coordinates (points, y down) with the painter's transform.

    ``text=False`` draws everything but the text (the SVG writes its text itself).
    """
    # Culling is generous: strokes and descenders reach a little past their boxes.
    v = (visible or QRectF(0, 0, layout.width, layout.height)).adjusted(-4, -4, 4, 4)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if not transparent:
        painter.fillRect(QRectF(0, 0, layout.width, layout.height), qcolor(style.PAGE))
    _grid(painter, layout, v)
    for curve in layout.curves:
        if _meets(curve.band, v):
            _curve(painter, curve, text=text)
    boxes: list[tuple[Box, str | None]] = [(layout.title, None)]
    if layout.persona is not None:
        boxes.append((layout.persona, style.GRID))
    boxes += [(s.header, "#FFFFFF") for s in layout.stages]
    boxes += [(lane.header, style.GRID) for lane in layout.lanes]
    boxes += [(step.header, "#FFFFFF") for step in layout.steps]
    if layout.legend_block is not None:
        boxes.append((layout.legend_block, style.GRID))
    for box, border in boxes:
        # A box filled with the page colour (the title block) is the page itself: on
        # a transparent background it must not become an opaque white rectangle.
        page_coloured = box.fill.upper() == style.PAGE.upper()
        # A box's text may reach past its rectangle (a title's descenders): test both.
        _box(painter, box, border, v, fill=not (transparent and page_coloured), text=text)
    for line in layout.blueprint_lines:
        if v.top() - 20 <= line.y <= v.bottom() + 20:
            draw_blueprint_line(painter, line, text=text)
    for step in layout.steps:
        if step.moment_of_truth and _meets(step.header.rect, v):
            draw_moment(painter, step_moment_marker(step))
    for card in layout.cards:
        if not _meets(card.rect, v):
            continue
        pen = QPen(qcolor(card.border), 0.8)
        if card.border != style.CARD_BORDER:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(qcolor(card.fill))
        painter.drawRoundedRect(qrect(card.rect), 4, 4)
        draw_picture(painter, card.image)
        draw_shapes(painter, card.marks)
        if text:
            draw_runs(painter, [r for r in card.texts if _run_meets(r, v)])
        if card.moment_of_truth:
            draw_moment(painter, card_moment_marker(card))
    for link in layout.links:
        xs = [p[0] for p in link.points]
        ys = [p[1] for p in link.points]
        if _meets(Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)), v):
            draw_link(painter, link, text=text)
    if layout.comment_list is not None:
        _box(painter, layout.comment_list, style.GRID, v, fill=True, text=text)
    for disc in layout.comment_markers:
        if abs(disc.y - v.center().y()) <= v.height() / 2 + disc.r + 2:
            painter.setPen(QPen(qcolor("#FFFFFF"), 1.2))
            painter.setBrush(qcolor(disc.fill))
            painter.drawEllipse(QPointF(disc.x, disc.y), disc.r, disc.r)
            if text:
                draw_runs(painter, disc.texts)
    if text:
        draw_runs(painter, [r for r in extra_runs if _run_meets(r, v)])
    draw_legend(painter, layout.legend, text=text)
    for card in layout.persona_cards:
        if _meets(card.rect, v):
            draw_persona_card(painter, card, text=text)
    for curve in layout.curves:
        for point in curve.points:
            if abs(point.y - v.center().y()) <= v.height() / 2 + FACE_RADIUS + 4:
                draw_point(painter, point, point.x, point.y, FACE_RADIUS)
    painter.restore()


def _grid(painter: QPainter, layout: JourneyLayout, v: QRectF) -> None:
    painter.setPen(QPen(qcolor(style.GRID), 0.5))
    for lane in layout.lanes:
        if _meets(lane.row, v):
            painter.setBrush(qcolor(lane.row_fill))
            painter.drawRect(qrect(lane.row))
    painter.setPen(QPen(qcolor(style.GRID), 0.8))
    top, bottom = max(layout.grid.y, v.top() - 1), min(layout.grid.bottom, v.bottom() + 1)
    if top < bottom:
        xs = [s.column.right for s in layout.stages]
        painter.drawLines([QLineF(x, top, x, bottom) for x in xs])
    painter.setPen(QPen(qcolor(style.GRID), 0.4))
    lines = [
        (x, max(y0, v.top() - 1), min(y1, v.bottom() + 1)) for x, y0, y1 in layout.step_lines()
    ]
    painter.drawLines([QLineF(x, y0, x, y1) for x, y0, y1 in lines if y0 < y1])


def _curve(painter: QPainter, curve, *, text: bool = True) -> None:
    band = curve.band
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(style.ZERO_BAND))
    painter.drawRect(QRectF(band.x, curve.zero_y, band.w, curve.bottom_y - curve.zero_y))
    draw_shapes(painter, curve.grid)
    painter.setPen(QPen(qcolor(style.INK_SOFT), 0.8, Qt.PenStyle.DashLine))
    painter.drawLine(QLineF(band.x, curve.zero_y, band.right, curve.zero_y))
    draw_traces(painter, curve.traces)  # every shown curve, data curves with their bands
    if text:
        draw_runs(painter, curve.labels)


def _box(
    painter: QPainter, box: Box, border: str | None, v: QRectF, *, fill: bool, text: bool
) -> None:
    if _meets(box.rect, v) and (fill or border):
        painter.setPen(QPen(qcolor(border), 0.8) if border else Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(box.fill) if fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(qrect(box.rect))
    if _meets(box.rect, v):
        draw_shapes(painter, box.marks)
        draw_picture(painter, box.image, frame=False)
    if text:
        draw_runs(painter, [r for r in box.texts if _run_meets(r, v)])
