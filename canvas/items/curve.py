"""The emotion curve: its band with a shaded zero line, and the smooth line through its points."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import CurveLayout
from journeycanvas.canvas.painting import (
    curve_path,
    draw_data_curve,
    draw_runs,
    draw_shapes,
    qcolor,
    qrect,
)


class CurveItem(LayoutItem[CurveLayout]):
    Z = 2

    def __init__(self, curve: CurveLayout) -> None:
        self.lane_id = curve.lane_id
        super().__init__(curve)

    @property
    def curve(self) -> CurveLayout:
        return self.piece

    def bounds_for(self, curve: CurveLayout) -> QRectF:
        return qrect(curve.band).adjusted(-4, -4, 4, 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        c = self.piece
        band = c.band
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # The negative half is shaded, so a dip below zero reads at a glance.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(style.ZERO_BAND))
        painter.drawRect(QRectF(band.x, c.zero_y, band.w, c.bottom_y - c.zero_y))
        draw_shapes(painter, c.grid)
        zero_pen = QPen(qcolor(style.INK_SOFT), 0.8, Qt.PenStyle.DashLine)
        painter.setPen(zero_pen)
        painter.drawLine(QLineF(band.x, c.zero_y, band.right, c.zero_y))
        if c.segments:
            pen = QPen(qcolor(style.CURVE), 2.4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(curve_path(c))
        draw_data_curve(painter, c)
        draw_runs(painter, c.labels)
