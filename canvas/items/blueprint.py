"""The service blueprint's lines and the moment-of-truth marks of steps.

One item for them all, like the grid: they change only when the whole layout does.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import JourneyLayout, step_moment_marker
from journeycanvas.canvas.painting import draw_blueprint_line, draw_moment, qrect


class BlueprintItem(LayoutItem[JourneyLayout]):
    Z = 6  # over the headers (a step's mark sits on its header), under the cards

    def __init__(self, piece: JourneyLayout) -> None:
        super().__init__(piece)
        # Told what is exposed, so a repaint draws the dashes there, not the map's width.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def apply(self, layout: JourneyLayout) -> None:
        """The lines' pixels are kept (zoomed out) while an edit leaves them as they were."""
        drawn = (
            layout.grid,
            layout.blueprint_lines,
            tuple((s.header.rect, s.moment_of_truth) for s in layout.steps),
        )
        if drawn == getattr(self, "_drawn", None):
            self.piece = layout
            return
        self._drawn = drawn
        super().apply(layout)

    def bounds_for(self, layout: JourneyLayout) -> QRectF:
        return qrect(layout.grid).adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        exposed = option.exposedRect
        within = (exposed.left() - 1, exposed.right() + 1)
        for line in self.piece.blueprint_lines:
            draw_blueprint_line(painter, line, within=within)
        for step in self.piece.steps:
            if step.moment_of_truth:
                draw_moment(painter, step_moment_marker(step))
