"""The line that shows where a dragged card, stage or lane will land.

It belongs to a gesture in progress, not to the model: the gesture shows it,
moves it and hides it again; the scene owns one and never syncs it.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.painting import qcolor

COLOR = "#1E88E5"
WIDTH = 3.0


class DropIndicatorItem(QGraphicsItem):
    Z = 50

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self._line = QLineF()
        self.setVisible(False)

    @property
    def line(self) -> QLineF:
        return QLineF(self._line)

    def show_line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        line = QLineF(x1, y1, x2, y2)
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        pad = WIDTH + 4
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-pad, -pad, pad, pad)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(qcolor(COLOR), WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        # Small end marks, so a short line still reads as "here".
        painter.setBrush(qcolor(COLOR))
        painter.drawEllipse(self._line.p1(), 3.0, 3.0)
        painter.drawEllipse(self._line.p2(), 3.0, 3.0)
