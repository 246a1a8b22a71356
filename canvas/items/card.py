"""A card on the canvas: draws its layout, holds no state of its own."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.layout import CardLayout
from journeycanvas.canvas.painting import draw_runs, qcolor

SELECTION = "#1E88E5"


class CardItem(QGraphicsItem):
    """Drawn in its own coordinates: the item's pos is the card's top-left corner."""

    Z = 10

    def __init__(self, layout: CardLayout) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setZValue(self.Z)
        self.card_id = layout.card_id
        self._layout = layout
        self._bounds = QRectF()
        self.apply(layout)

    @property
    def layout(self) -> CardLayout:
        return self._layout

    def apply(self, layout: CardLayout) -> None:
        """Take a new layout after the model changed."""
        self.prepareGeometryChange()
        self._layout = layout
        self._bounds = QRectF(0, 0, layout.rect.w, layout.rect.h).adjusted(-2, -2, 2, 2)
        self.setPos(layout.rect.x, layout.rect.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lay = self._layout
        rect = QRectF(0, 0, lay.rect.w, lay.rect.h)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(qcolor(SELECTION if selected else lay.border), 2.0 if selected else 0.8)
        if lay.border != "#90A4AE" and not selected:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(qcolor(lay.fill))
        painter.drawRoundedRect(rect, 4, 4)
        draw_runs(painter, lay.texts, -lay.rect.x, -lay.rect.y)
