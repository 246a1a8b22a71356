"""The emotion curve: its band with a shaded zero line, and the smooth line through its points."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import CurveLayout
from journeycanvas.canvas.painting import curve_path, qcolor, qrect


class CurveItem(QGraphicsItem):
    Z = 2

    def __init__(self, curve: CurveLayout) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.lane_id = curve.lane_id
        self._curve = curve
        self._bounds = QRectF()
        self.apply(curve)

    @property
    def curve(self) -> CurveLayout:
        return self._curve

    def apply(self, curve: CurveLayout) -> None:
        self.prepareGeometryChange()
        self._curve = curve
        self._bounds = qrect(curve.band).adjusted(-4, -4, 4, 4)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        c = self._curve
        band = c.band
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # The negative half is shaded, so a dip below zero reads at a glance.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(style.ZERO_BAND))
        painter.drawRect(QRectF(band.x, c.zero_y, band.w, c.bottom_y - c.zero_y))
        zero_pen = QPen(qcolor(style.INK_SOFT), 0.8, Qt.PenStyle.DashLine)
        painter.setPen(zero_pen)
        painter.drawLine(QLineF(band.x, c.zero_y, band.right, c.zero_y))
        if c.segments:
            pen = QPen(qcolor(style.CURVE), 2.4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(curve_path(c))
