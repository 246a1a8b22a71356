"""One point of the emotion curve, drawn as a face coloured by its score."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import CurvePoint
from journeycanvas.canvas.painting import draw_point, no_pen

RADIUS = style.METRICS.face_radius
_REACH = RADIUS * 1.3 + 3  # a triangle or diamond marker reaches past the radius
#: What a point paints around its pos, whatever its marker.
BOUNDS = QRectF(-_REACH, -_REACH, 2 * _REACH, 2 * _REACH)


class EmotionPointItem(QGraphicsRectItem):
    """Drawn around its pos, which is the point's place on the curve.

    A rectangle item only so that Qt keeps its bounds (the rectangle, no pen):
    a repaint asks every item for them, and a Python ``boundingRect`` costs a
    call into Python each time (a research journey has 1,000 points).
    """

    Z = 20

    def __init__(self, point: CurvePoint) -> None:
        super().__init__(BOUNDS)
        self.setPen(no_pen())
        self.setFlag(_SELECTABLE, True)
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

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(_ANTIALIASING, True)
        # The item's own flag: the option's is made from it (see CardItem.paint).
        draw_point(painter, self._point, 0.0, 0.0, RADIUS, self.isSelected())


# Qt's enum values looked up once: a research journey opens with 1,000 points made
# and painted at once, and each lookup through the enum classes costs as much as
# the call it feeds.
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_ANTIALIASING = QPainter.RenderHint.Antialiasing
