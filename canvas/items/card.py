"""A card on the canvas: draws its layout, holds no state of its own."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import (
    LINK_HANDLE_RADIUS,
    CardLayout,
    card_moment_marker,
    link_handle,
)
from journeycanvas.canvas.painting import (
    draw_moment,
    draw_picture,
    draw_runs,
    draw_shapes,
    no_pen,
    qcolor,
)

SELECTION = "#1E88E5"
GREEK = "#B0BEC5"
#: Below this size on screen (pixels) a card's text is drawn as bars.
GREEK_BELOW_PX = 3.0


class CardItem(LayoutItem[CardLayout]):
    """Drawn in its own coordinates: the item's pos is the card's top-left corner."""

    Z = 10

    def __init__(self, layout: CardLayout) -> None:
        self.card_id = layout.card_id
        self._bars: list[QRectF] = []
        self._bars_of: CardLayout | None = None  # the piece the greek bars are of
        super().__init__(layout)
        self.setFlag(_SELECTABLE, True)

    @property
    def layout(self) -> CardLayout:
        return self.piece

    def apply(self, layout: CardLayout) -> None:
        """Drawn in its own coordinates, placed at the card's corner (so a drag moves it).

        An undo that grows a lane moves every card below it. A card of the same size
        keeps its bounds (they are in its own coordinates), so the scene's index is
        not told of a geometry change; it is only moved, and repainted where it
        lands. Its pixels are painted again too, except close up: there Qt paints
        a moved item at its new place anyway, and no pixels are kept. Zoomed out,
        the kept pixels are painted again, so a card shows exactly as a freshly
        built map would show it (a kept pixmap is only blitted at whole pixels).
        """
        old = self.piece
        rect, was = layout.rect, old.rect
        if layout is old or was.w != rect.w or was.h != rect.h:
            super().apply(layout)  # new, or resized: new bounds
        elif was.x != rect.x or was.y != rect.y:
            self.piece = layout
            if self.keeps_pixels:
                self.update()
        elif layout != old:
            self.piece = layout
            self.update()
        # Also puts it back in its place after a drag's preview moved it.
        self.setPos(rect.x, rect.y)

    def bounds_for(self, layout: CardLayout) -> QRectF:
        # Room above for a moment-of-truth mark astride the top edge, below for the
        # link handle astride the bottom edge.
        return QRectF(0, 0, layout.rect.w, layout.rect.h).adjusted(-2, -8, 2, 8)

    def shape(self) -> QPainterPath:
        """The card itself (and its link handle while selected), not the margin its
        bounds keep for the marks astride its edges: a click just below a card is
        in the cell, not on the card.

        Selecting a card adds its handle without telling Qt of a geometry change:
        the handle lies within the bounds (their margin below the card reaches
        past it), Qt asks for the shape afresh at each hit test, and a Python
        ``itemChange`` would be called for every change of all 2,000 cards (each
        added, removed, selected or given a cache mode), some 800 calls per undo.
        """
        lay = self.piece
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the handle overlaps the card's edge
        path.addRect(QRectF(0, 0, lay.rect.w, lay.rect.h).adjusted(-2, -2, 2, 2))
        if self.isSelected():
            hx, hy = link_handle(lay)
            r = LINK_HANDLE_RADIUS + 2
            path.addEllipse(QPointF(hx - lay.rect.x, hy - lay.rect.y), r, r)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lay = self.piece
        box = lay.rect
        # Qt's option says the item is selected exactly when it is (it is made from the
        # item), and asking the item is a plain bool: reading the option's state and
        # masking it builds two Python enums, ~12,000 machine instructions a card.
        selected = self.isSelected()
        painter.setRenderHint(_ANTIALIASING, True)
        painter.setPen(_border_pen(SELECTION if selected else lay.border, selected))
        painter.setBrush(qcolor(lay.fill))
        painter.drawRoundedRect(QRectF(0, 0, box.w, box.h), 4, 4)
        texts = lay.texts
        if texts and (
            option.levelOfDetailFromTransform(painter.worldTransform()) * texts[0].size
            < GREEK_BELOW_PX
        ):
            self._greek(painter)
        else:
            draw_picture(painter, lay.image, -box.x, -box.y)
            draw_shapes(painter, lay.marks, -box.x, -box.y)
            draw_runs(painter, texts, -box.x, -box.y)
        if lay.moment_of_truth:
            draw_moment(painter, card_moment_marker(lay), -box.x, -box.y)
        if selected:
            # The handle a link is dragged from.
            hx, hy = link_handle(lay)
            painter.setPen(QPen(qcolor("#FFFFFF"), 1.2))
            painter.setBrush(qcolor(SELECTION))
            radius = LINK_HANDLE_RADIUS
            painter.drawEllipse(QPointF(hx - box.x, hy - box.y), radius, radius)

    def _greek(self, painter: QPainter) -> None:
        """Text too small to read is drawn as grey bars: a zoomed-out map of 2,000
        cards then repaints in milliseconds instead of drawing 6,000 tiny lines of text.

        The bars are worked out once per piece: a research journey opens zoomed out
        with 1,000 cards of six lines each, and their widths cost more than drawing.
        They are handed to Qt in one call: ``drawRect`` of a QRectF is Qt's
        ``drawRects`` of one rectangle, so each bar reaches the paint engine as
        before, in the same order, with one call from Python instead of six."""
        lay = self.piece
        if self._bars_of is not lay:
            self._bars, self._bars_of = greek_bars(lay), lay
        painter.setPen(no_pen())
        painter.setBrush(qcolor(GREEK))
        painter.drawRects(self._bars)


def greek_bars(lay: CardLayout) -> list[QRectF]:
    """The grey bar of each line of a card's text, in the card's own coordinates.

    A bar is as wide as its line (the end of its last span, ``TextRun.width``),
    at most the card's inner width. Worked out with the values read once and no
    property per line: the first paint of a fitted research journey makes 6,000
    bars, and reading each line's width through its property was half their cost.
    """
    rect = lay.rect
    ox, oy = rect.x, rect.y
    texts = lay.texts
    inner = rect.w - 2 * (texts[0].x - ox)
    bars = []
    for run in texts:
        spans = run.spans
        if spans:
            last = spans[-1]
            width = last[2] + last[3]  # FontSpan: (text, font, dx, width)
        else:
            width = 0.0
        size = run.size
        bars.append(
            QRectF(run.x - ox, run.y - oy - size * 0.7, width if width < inner else inner,
                   size * 0.6)
        )  # fmt: skip
    return bars


_ANTIALIASING = QPainter.RenderHint.Antialiasing
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


@lru_cache(maxsize=64)
def _border_pen(color: str, selected: bool) -> QPen:
    """A card's border: thicker when selected, dashed in any colour but the usual
    grey (a card an import suggested); made once per look, as painters copy it."""
    pen = QPen(qcolor(color), 2.0 if selected else 0.8)
    if color != "#90A4AE" and not selected:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen
