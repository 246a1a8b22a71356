"""One point of the emotion curve, drawn as a face coloured by its score."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import CurvePoint
from journeycanvas.canvas.painting import draw_point

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
        r = RADIUS * 1.3 + 3  # a triangle or diamond marker reaches past the radius
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        draw_point(painter, self._point, 0.0, 0.0, RADIUS, selected)
