"""A link between two cards: a routed arrow the user can select and delete."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import LinkLayout
from journeycanvas.canvas.painting import draw_link, link_path, qrect

SELECTION = "#1E88E5"


class LinkItem(LayoutItem[LinkLayout]):
    """Drawn in scene coordinates; it is hit only near its line, not in its bounding box."""

    Z = 12

    def __init__(self, link: LinkLayout) -> None:
        self.link_id = link.link_id
        super().__init__(link)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    def bounds_for(self, link: LinkLayout) -> QRectF:
        rect = link_path(link).boundingRect().adjusted(-8, -8, 8, 8)
        if link.label_rect is not None:
            rect = rect.united(qrect(link.label_rect))
        return rect

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8.0)
        shape = stroker.createStroke(link_path(self.piece))
        if self.piece.label_rect is not None:
            shape.addRect(qrect(self.piece.label_rect))
        return shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            draw_link(painter, self.piece, SELECTION)
        else:
            draw_link(painter, self.piece)
