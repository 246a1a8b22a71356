"""Dragging a card's right edge over the columns beside it: the card spans them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas import edits
from journeycanvas.canvas.interactions.base import Interaction, tr

#: How near the right edge of a card (scene units at 100 %) grabs it for spanning.
SPAN_EDGE = 4.0


class CardSpan(Interaction):
    def __init__(self, scene, card_id: str) -> None:
        super().__init__(scene)
        self.card_id = card_id
        self.span: int | None = None

    def start(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        super().start(pos, modifiers)
        self.scene.clearSelection()
        self.scene.cards[self.card_id].setSelected(True)

    def drag_to(self, pos: QPointF) -> None:
        lay = self.scene.layout_
        self.span = lay.span_at(self.card_id, pos.x())
        card = lay.card(self.card_id)
        start = next(i for i, c in enumerate(lay.columns) if c.x <= card.rect.x < c.right)
        end = min(len(lay.columns), start + self.span) - 1
        x = lay.columns[end].right - 4
        self.scene.drop_indicator.show_line(x, card.rect.y, x, card.rect.bottom)

    def end_preview(self) -> None:
        self.scene.drop_indicator.setVisible(False)

    def commit(self, pos: QPointF) -> None:
        if self.span is None:
            return
        card_id, span = self.card_id, self.span
        self.apply(
            lambda: tr("Span %n column(s)", "", span), lambda j: edits.set_span(j, card_id, span)
        )
