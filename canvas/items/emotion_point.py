"""One point of the emotion curve, drawn as a face coloured by its score."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import CurvePoint
from journeycanvas.canvas.painting import face_paths, qcolor

RADIUS = style.METRICS.face_radius


class EmotionPointItem(QGraphicsItem):
    """Drawn around its pos, which is the point's place on the curve."""

    Z = 20

    def __init__(self, point: CurvePoint) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(self.Z)
        self.point_id = point.point_id
        self._point = point
        self.apply(point)

    @property
    def point(self) -> CurvePoint:
        return self._point

    def apply(self, point: CurvePoint) -> None:
        self._point = point
        self.setPos(point.x, point.y)
        self.update()

    def boundingRect(self) -> QRectF:
        r = RADIUS + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # A point computed from answers wears the data curve's colour; a hand point white.
        ring = style.DATA_CURVE if self._point.data else "#FFFFFF"
        painter.setPen(QPen(qcolor("#1E88E5" if selected else ring), 2.0 if selected else 1.5))
        painter.setBrush(qcolor(self._point.color))
        painter.drawEllipse(QPointF(0, 0), RADIUS, RADIUS)
        eyes, mouth = face_paths(0, 0, RADIUS, self._point.score)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(style.INK))
        painter.drawPath(eyes)
        painter.setPen(QPen(qcolor(style.INK), 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)
