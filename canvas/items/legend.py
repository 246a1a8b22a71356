"""The curves' legend under the title: a line sample, marker and name per curve."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import LegendEntry
from journeycanvas.canvas.painting import draw_legend


class LegendItem(LayoutItem[tuple[LegendEntry, ...]]):
    Z = 6

    def bounds_for(self, entries: tuple[LegendEntry, ...]) -> QRectF:
        out = QRectF()
        for e in entries:
            right = max((r.x + r.width for r in e.texts), default=e.x + e.w)
            out = out.united(QRectF(e.x - 6, e.y - 10, right - e.x + 12, 20))
        return out

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        draw_legend(painter, self.piece)
