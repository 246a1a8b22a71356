"""Stage and lane headers that stay in view while the map scrolls (frozen panes).

Scrolled down a long map, a reader no longer saw which stage a column was;
scrolled right, which lane a row was. When the header row (or column) has left
the top (or left) of the view, a copy of it is painted pinned to that edge, over
the map, as a spreadsheet freezes panes. Only painted: the headers themselves
(and their gestures) stay where the layout puts them, and nothing is printed.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import Box, JourneyLayout
from journeycanvas.canvas.painting import draw_persona_card, draw_runs, qcolor, qrect


def offsets(lay: JourneyLayout, visible: QRectF) -> tuple[float, float]:
    """How far the header row must come down and the header column move right to be
    at the view's top and left edges (0 when they are in view anyway)."""
    if not lay.stages and not lay.lanes:
        return 0.0, 0.0
    top = lay.stages[0].header.rect.y if lay.stages else lay.grid.y
    left = lay.lanes[0].header.rect.x if lay.lanes else lay.grid.x
    bottom = lay.grid.bottom
    right = lay.grid.right
    dy = visible.top() - top if top < visible.top() < bottom else 0.0
    dx = visible.left() - left if left < visible.left() < right else 0.0
    return max(0.0, dx), max(0.0, dy)


def _box(painter: QPainter, box: Box, dx: float, dy: float, border: str | None) -> None:
    rect = qrect(box.rect).translated(dx, dy)
    painter.setPen(QPen(qcolor(border or box.fill), 0.8 if border else 0))
    painter.setBrush(qcolor(box.fill))
    painter.drawRect(rect)
    painter.save()
    painter.setClipRect(rect)
    draw_runs(painter, box.texts, dx, dy)
    painter.restore()


def paint(painter: QPainter, lay: JourneyLayout, visible: QRectF) -> bool:
    """Paint the pinned headers for the visible scene rectangle; True if any were."""
    dx, dy = offsets(lay, visible)
    if not dx and not dy:
        return False
    painter.save()
    # Only the headers in view: a 40-stage map pinned its every stage's name,
    # drawn in Python and clipped away by Qt, at each repaint (an undo's too). A
    # header's pen and anti-aliasing reach a little past it (``reach``, in the
    # map's units: two device pixels and its pen), the rest of it is clipped to it.
    reach = 1.0 + 2.0 / max(abs(painter.worldTransform().m11()), 1e-6)
    left, right = visible.left() - reach, visible.right() + reach
    top, bottom = visible.top() - reach, visible.bottom() + reach
    if dy:
        for stage in lay.stages:
            r = stage.header.rect
            if r.x < right and r.x + r.w > left:
                _box(painter, stage.header, 0.0, dy, "#FFFFFF")
    if dx:
        for lane in lay.lanes:
            r = lane.header.rect
            if r.y < bottom and r.y + r.h > top:
                _box(painter, lane.header, dx, 0.0, style.GRID)
    if dx and dy and lay.stages and lay.lanes:
        # The corner where both meet: blank, so neither shows through the other.
        head = lay.stages[0].header.rect
        col = lay.lanes[0].header.rect
        corner = QRectF(col.x + dx, head.y + dy, col.w, head.h)
        painter.setPen(QPen(qcolor(style.GRID), 0.8))
        painter.setBrush(qcolor(style.PAGE))
        painter.drawRect(corner)
    painter.restore()
    return True


def persona_rect(lay: JourneyLayout) -> QRectF | None:
    """The region of the personas: the persona block, or the persona cards together."""
    rects = [qrect(card.rect) for card in lay.persona_cards]
    if lay.persona is not None:
        rects.append(qrect(lay.persona.rect))
    if not rects:
        return None
    region = rects[0]
    for rect in rects[1:]:
        region = region.united(rect)
    return region


def persona_offsets(lay: JourneyLayout, visible: QRectF) -> tuple[float, float] | None:
    """How far the personas must move to lie in view (None without any).

    For presenting: the map is drawn as high as the screen and scrolled to the
    stage being presented, so on a map wider than the screen the personas (under
    the title at the left, or the block at the top right) were out of sight for
    most stages. They are then pinned to the nearer edge of the view, as the
    headers are; a row of personas wider than the view keeps its start in view.
    """
    r = persona_rect(lay)
    if r is None:
        return None
    pad = 4.0
    dx = dy = 0.0
    if r.right() > visible.right():
        dx = visible.right() - pad - r.right()
    if r.left() + dx < visible.left():
        dx = visible.left() + pad - r.left()
    if r.top() < visible.top():
        dy = visible.top() + pad - r.top()
    return dx, dy


def paint_persona(painter: QPainter, lay: JourneyLayout, visible: QRectF) -> bool:
    """Paint the personas pinned into view, on a patch of page; True if they had to move."""
    moved = persona_offsets(lay, visible)
    region = persona_rect(lay)
    if region is None or moved is None or moved == (0.0, 0.0):
        return False
    dx, dy = moved
    painter.save()
    painter.setPen(QPen(qcolor(style.GRID), 0.8))
    painter.setBrush(qcolor(style.PAGE))
    painter.drawRect(region.translated(dx, dy).adjusted(-3, -3, 3, 3))
    if lay.persona is not None:
        _box(painter, lay.persona, dx, dy, style.GRID)
    painter.translate(dx, dy)
    for card in lay.persona_cards:
        draw_persona_card(painter, card)
    painter.restore()
    return True
