"""The score shown beside an emotion point while it is dragged (e.g. "+1.5")."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.painting import qcolor, ui_font


class ScoreTipItem(QGraphicsItem):
    Z = 60
    W, H = 46.0, 22.0

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.text = ""
        self.setVisible(False)

    def show_score(self, x: float, y: float, score: float) -> None:
        self.text = f"{score:+.1f}"
        self.setPos(QPointF(x + 14, y - self.H - 6))
        self.setVisible(True)
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.W, self.H)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(style.INK))
        painter.drawRoundedRect(self.boundingRect(), 4, 4)
        font = ui_font(13)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(qcolor("#FFFFFF")))
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.text)
