"""A persona drawn as a card on the map: photo, name, segment, lists, quote."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout_personas import PersonaCard
from journeycanvas.canvas.painting import draw_persona_card, qrect


class PersonaCardItem(LayoutItem[PersonaCard]):
    Z = 5

    def bounds_for(self, card: PersonaCard) -> QRectF:
        return qrect(card.rect).adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        draw_persona_card(painter, self.piece)
