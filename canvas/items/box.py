"""A filled box with text: stage headers, lane headers, the title and persona blocks."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import Box
from journeycanvas.canvas.painting import draw_runs, qcolor, qrect


class BoxItem(QGraphicsItem):
    """Drawn in scene coordinates (its pos stays at the origin), as the layout says."""

    Z = 5

    def __init__(self, kind: str, key: str, box: Box, border: str | None = style.GRID) -> None:
        super().__init__()
        self.kind = kind  # "stage", "lane", "title" or "persona"
        self.key = key  # the stage or lane id, or the kind again
        self._border = border
        self.setZValue(self.Z)
        self._box = box
        self._bounds = QRectF()
        self.apply(box)

    @property
    def box(self) -> Box:
        return self._box

    def apply(self, box: Box) -> None:
        self.prepareGeometryChange()
        self._box = box
        self._bounds = qrect(box.rect).adjusted(-1, -1, 1, 1)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._border:
            painter.setPen(QPen(qcolor(self._border), 0.8))
        else:
            painter.setPen(QPen(qcolor(self._box.fill), 0))
        painter.setBrush(qcolor(self._box.fill))
        painter.drawRect(qrect(self._box.rect))
        draw_runs(painter, self._box.texts)
