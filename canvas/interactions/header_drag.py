"""Reordering stages and lanes by dragging their headers.

The header box follows the mouse along its axis; a line marks the gap it will
drop into. One class serves both, told which axis and which edit to use.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas import edits, step_names
from journeycanvas.canvas.interactions.base import Interaction, tr
from journeycanvas.canvas.items.box import BoxItem

_LIFT = 40


class StageReorder(Interaction):
    """Drag a stage header left or right to move the stage (with all its cards)."""

    kind = "stage"

    def __init__(self, scene, ident: str) -> None:
        super().__init__(scene)
        self.ident = ident
        self.index: int | None = None

    def start(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        super().start(pos, modifiers)
        self.scene.clearSelection()
        self.select_header()

    def select_header(self) -> None:
        self.scene.set_current(stage_id=self.ident)

    @property
    def box(self) -> BoxItem:
        return self.scene.boxes[(self.kind, self.ident)]

    def begin_drag(self, pos: QPointF) -> None:
        self.box.setZValue(BoxItem.Z + _LIFT)
        self.box.setOpacity(0.85)

    def drag_to(self, pos: QPointF) -> None:
        lay = self.scene.layout_
        self.box.setPos(pos.x() - self.origin.x(), 0)
        self.index, x = lay.stage_slot(pos.x(), self.ident)
        self.scene.drop_indicator.show_line(x, lay.grid.y, x, lay.grid.bottom)

    def end_preview(self) -> None:
        self.scene.drop_indicator.setVisible(False)
        box = self.scene.boxes.get((self.kind, self.ident))
        if box is not None:
            box.setPos(0, 0)
            box.setZValue(BoxItem.Z)
            box.setOpacity(1.0)

    def commit(self, pos: QPointF) -> None:
        if self.index is None:
            return
        ident, index = self.ident, self.index
        name = step_names.short(self.scene.document.journey.stage(ident).name)
        self.apply(
            lambda: tr("Move stage “%1”").replace("%1", name),
            lambda j: edits.move_stage(j, ident, index),
        )


class LaneReorder(StageReorder):
    """Drag a lane header up or down to move the lane (with all its cards)."""

    kind = "lane"

    def select_header(self) -> None:
        self.scene.set_current(lane_id=self.ident)

    def drag_to(self, pos: QPointF) -> None:
        lay = self.scene.layout_
        self.box.setPos(0, pos.y() - self.origin.y())
        self.index, y = lay.lane_slot(pos.y(), self.ident)
        self.scene.drop_indicator.show_line(lay.grid.x, y, lay.grid.right, y)

    def commit(self, pos: QPointF) -> None:
        if self.index is None:
            return
        ident, index = self.ident, self.index
        name = step_names.short(self.scene.document.journey.lane(ident).name)
        self.apply(
            lambda: tr("Move lane “%1”").replace("%1", name),
            lambda j: edits.move_lane(j, ident, index),
        )
