"""Drawing a link: drag from a selected card's handle and let go over another card."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from journeycanvas.canvas import edits
from journeycanvas.canvas.interactions.base import Interaction, tr
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.model import Link


class LinkDrag(Interaction):
    def __init__(self, scene, card_id: str) -> None:
        super().__init__(scene)
        self.card_id = card_id
        self.target: str | None = None

    def card_under(self, pos: QPointF) -> str | None:
        item = next((i for i in self.scene.items(pos) if isinstance(i, CardItem)), None)
        if item is None or item.card_id == self.card_id:
            return None
        return item.card_id

    def drag_to(self, pos: QPointF) -> None:
        self.target = self.card_under(pos)
        start = self.scene.cards[self.card_id].layout.rect
        self.scene.drop_indicator.show_line(start.x + start.w / 2, start.bottom, pos.x(), pos.y())

    def end_preview(self) -> None:
        self.scene.drop_indicator.setVisible(False)

    def commit(self, pos: QPointF) -> None:
        target = self.card_under(pos)
        if target is None:
            return
        link = Link(from_card=self.card_id, to_card=target)
        self.apply(lambda: tr("Link cards"), lambda j: edits.add_link(j, link))
        item = self.scene.links.get(link.id)
        if item is not None:
            self.scene.clearSelection()
            item.setSelected(True)
