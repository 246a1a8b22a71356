"""Presentation mode's spotlight: every stage but the current one under a veil.

A workshop follows one stage at a time; the others stay on screen (the curve
runs through them) but dimmed, so eyes go to the stage being talked about. The
title, persona and lane headers are left clear: they frame every stage.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.layout import JourneyLayout
from journeycanvas.canvas.painting import qrect

#: How strongly the other stages are veiled (0 = not at all, 1 = hidden).
VEIL = 0.62


class SpotlightItem(QGraphicsItem):
    Z = 90

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.layout_: JourneyLayout | None = None
        self.stage_id: str | None = None
        self._bounds = QRectF()
        self.setVisible(False)

    def show_stage(self, layout: JourneyLayout, stage_id: str | None) -> None:
        self.prepareGeometryChange()
        self.layout_, self.stage_id = layout, stage_id
        self._bounds = qrect(layout.grid) if layout.stages else QRectF()
        self.setVisible(stage_id is not None)
        self.update()

    def veiled(self) -> list[QRectF]:
        """The scene rectangles dimmed: the columns of every other stage."""
        if self.layout_ is None or self.stage_id is None:
            return []
        return [qrect(s.column) for s in self.layout_.stages if s.stage_id != self.stage_id]

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        veil = QColor(255, 255, 255)
        veil.setAlphaF(VEIL)
        painter.setPen(Qt.PenStyle.NoPen)
        for rect in self.veiled():
            painter.fillRect(rect, veil)
