"""A filled box with text: stage headers, lane headers, the title and persona blocks."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import Box
from journeycanvas.canvas.painting import draw_picture, draw_runs, draw_shapes, qcolor, qrect


class BoxItem(LayoutItem[Box]):
    """Drawn in scene coordinates (its pos stays at the origin), as the layout says."""

    Z = 5

    def __init__(self, kind: str, key: str, box: Box, border: str | None = style.GRID) -> None:
        self.kind = kind  # "stage", "lane", "title" or "persona"
        self.key = key  # the stage or lane id, or the kind again
        self._border = border
        super().__init__(box)

    @property
    def box(self) -> Box:
        return self.piece

    def bounds_for(self, box: Box) -> QRectF:
        return qrect(box.rect).adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._border:
            painter.setPen(QPen(qcolor(self._border), 0.8))
        else:
            painter.setPen(QPen(qcolor(self.piece.fill), 0))
        painter.setBrush(qcolor(self.piece.fill))
        painter.drawRect(qrect(self.piece.rect))
        draw_shapes(painter, self.piece.marks)
        draw_picture(painter, self.piece.image, frame=False)
        draw_runs(painter, self.piece.texts)
