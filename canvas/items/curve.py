"""The emotion curve: its band with a shaded zero line, and the smooth line through its points."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import CurveLayout
from journeycanvas.canvas.painting import draw_runs, draw_traces, qcolor, qrect


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
        zero_pen = QPen(qcolor(style.INK_SOFT), 0.8, Qt.PenStyle.DashLine)
        painter.setPen(zero_pen)
        painter.drawLine(QLineF(band.x, c.zero_y, band.right, c.zero_y))
        scene = self.scene()
        active = getattr(scene, "active_curve_id", None) if scene is not None else None
        draw_traces(painter, c.traces, active=active)
        draw_runs(painter, c.labels)
