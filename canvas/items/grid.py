"""The grid under the cards: lane row backgrounds and the lines between cells.

One item for the whole grid rather than one per cell: a 40-stage map has
hundreds of cells, and they only ever change all together.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import JourneyLayout
from journeycanvas.canvas.painting import qcolor, qrect


def drawn_grid(layout: JourneyLayout) -> tuple:
    """Everything of a layout the grid paints: an edit that leaves it equal (a new
    colour, a text that keeps its card's height) keeps the grid's pixels."""
    return (
        layout.grid,
        tuple((lane.row, lane.row_fill) for lane in layout.lanes),
        tuple(s.column.right for s in layout.stages),
        tuple(layout.step_lines()),
    )


class GridItem(LayoutItem[JourneyLayout]):
    Z = 0

    def apply(self, layout: JourneyLayout) -> None:
        drawn = drawn_grid(layout)
        if drawn == getattr(self, "_drawn", None):
            self.piece = layout
            return
        self._drawn = drawn
        super().apply(layout)

    def bounds_for(self, layout: JourneyLayout) -> QRectF:
        return qrect(layout.grid).adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lay = self.piece
        painter.setPen(QPen(qcolor(style.GRID), 0))
        for lane in lay.lanes:
            painter.setBrush(qcolor(lane.row_fill))
            painter.drawRect(qrect(lane.row))
        pen = QPen(qcolor(style.GRID), 0.8)
        painter.setPen(pen)
        top, bottom = lay.grid.y, lay.grid.bottom
        painter.drawLines([QLineF(s.column.right, top, s.column.right, bottom) for s in lay.stages])
        painter.setPen(QPen(qcolor(style.GRID), 0.4))
        painter.drawLines([QLineF(x, y0, x, y1) for x, y0, y1 in lay.step_lines()])
