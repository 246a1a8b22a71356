"""A comment marker: a small speech bubble on whatever open comments are pinned to.

The count of open comments is written in it; resolved ones leave no mark, so the
map shows at a glance where a discussion is still going on. Drawn on the map
only: posters never show it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.painting import qcolor, ui_font

SIZE = 18.0
FILL = "#FFC107"
INK = "#3E2723"


@dataclass(frozen=True)
class Marker:
    key: tuple[str, str]  # (target kind, target id)
    x: float  # the bubble's top right corner, in scene coordinates
    y: float
    count: int


class CommentMarkerItem(LayoutItem[Marker]):
    Z = 60

    def __init__(self, marker: Marker) -> None:
        super().__init__(marker)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def bounds_for(self, marker: Marker) -> QRectF:
        return QRectF(marker.x - SIZE, marker.y, SIZE, SIZE + 5).adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        m = self.piece
        body = QRectF(m.x - SIZE, m.y, SIZE, SIZE)
        path = QPainterPath()
        path.addRoundedRect(body, 4, 4)
        tail = QPainterPath(QPointF(body.left() + 4, body.bottom() - 1))
        tail.lineTo(body.left() + 4, body.bottom() + 5)
        tail.lineTo(body.left() + 10, body.bottom() - 1)
        path = path.united(tail)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(qcolor(INK), 0.8))
        painter.setBrush(qcolor(FILL))
        painter.drawPath(path)
        painter.setFont(ui_font(11))
        painter.drawText(body, int(Qt.AlignmentFlag.AlignCenter), str(m.count))
