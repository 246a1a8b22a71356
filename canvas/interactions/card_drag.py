"""Dragging cards to another cell or place: items follow the mouse, a line marks the slot."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas import edits, step_names
from journeycanvas.canvas.interactions.base import Interaction, tr
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.link_follow import LinkFollower

_LIFT = 30  # z added to cards in flight, so they pass over the others


class CardDrag(Interaction):
    def __init__(self, scene, card_id: str) -> None:
        super().__init__(scene)
        self.card_id = card_id
        self.card_ids: list[str] = []
        self.target: tuple[str, str, int] | None = None
        self.step_id: str | None = None  # the step dropped into, in a stage with steps
        self._select_only_on_click = False
        self.follower: LinkFollower | None = None

    def start(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        super().start(pos, modifiers)
        item = self.scene.cards[self.card_id]
        toggle = modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if toggle:
            item.setSelected(not item.isSelected())
        elif not item.isSelected():
            self.scene.clearSelection()
            item.setSelected(True)
        else:
            # A plain click on one card of a selection selects just it, unless it drags.
            self._select_only_on_click = True
        lay = item.layout
        self.scene.set_current(lay.stage_id, lay.lane_id)

    def begin_drag(self, pos: QPointF) -> None:
        selected = set(self.scene.selected_card_ids())
        if self.card_id not in selected:
            selected = {self.card_id}
        # The model's order, so cards dropped together keep their reading order.
        self.card_ids = [c.id for c in self.scene.document.journey.cards if c.id in selected]
        for cid in self.card_ids:
            self.scene.cards[cid].setZValue(CardItem.Z + _LIFT)
            self.scene.cards[cid].setOpacity(0.85)
        lay = self.scene.layout_
        if lay.links:
            follower = LinkFollower(lay, set(self.card_ids))
            self.follower = follower if follower.links else None

    def drag_to(self, pos: QPointF) -> None:
        delta = pos - self.origin
        for cid in self.card_ids:
            item = self.scene.cards[cid]
            item.setPos(item.layout.rect.x + delta.x(), item.layout.rect.y + delta.y())
        if self.follower is not None:
            # The arrows of the cards in flight follow them (and only those).
            for piece in self.follower.at(delta.x(), delta.y()):
                link = self.scene.links.get(piece.link_id)
                if link is not None:
                    link.apply(piece)
        lay = self.scene.layout_
        cell = lay.cell_at(pos.x(), pos.y())
        indicator = self.scene.drop_indicator
        lane = lay.lane_at(pos.y())
        if cell is None or lane is None or lane.collapsed:
            self.target = None
            indicator.setVisible(False)
            return
        column = lay.column_at(pos.x())
        self.step_id = column.step_id if column is not None else None
        if column is not None and column.step_id is not None:
            index, y = lay.step_drop_slot(column, cell[1], pos.y(), frozenset(self.card_ids))
            indicator.show_line(column.x + 6, y, column.right - 6, y)
            self.target = (cell[0], cell[1], index)
            return
        index, y = lay.drop_slot(cell[0], cell[1], pos.y(), frozenset(self.card_ids))
        rect = lay.cells[cell]
        indicator.show_line(rect.x + 6, y, rect.right - 6, y)
        self.target = (cell[0], cell[1], index)

    def end_preview(self) -> None:
        self.scene.drop_indicator.setVisible(False)
        for cid in self.card_ids:
            item = self.scene.cards.get(cid)
            if item is not None:
                item.setZValue(CardItem.Z)
                item.setOpacity(1.0)
                item.apply(item.layout)
        if self.follower is not None:
            for piece in self.follower.links:
                link = self.scene.links.get(piece.link_id)
                if link is not None:
                    link.apply(piece)
            self.follower = None

    def commit(self, pos: QPointF) -> None:
        if self.target is None:
            return
        stage_id, lane_id, index = self.target
        ids, n, step_id = self.card_ids, len(self.card_ids), self.step_id
        name = step_names.card_title(self.scene.document.journey, ids)

        def text() -> str:
            return step_names.named(name, tr("Move card “%1”"), tr("Move %n cards", "", n))

        if step_id is not None:
            self.apply(
                text,
                lambda j: edits.move_cards_to_step(j, ids, stage_id, lane_id, step_id, index),
            )
        else:
            self.apply(text, lambda j: edits.move_cards(j, ids, stage_id, lane_id, index))
        self.scene.set_current(stage_id, lane_id)

    def click(self) -> None:
        if self._select_only_on_click:
            self.scene.clearSelection()
            self.scene.cards[self.card_id].setSelected(True)
