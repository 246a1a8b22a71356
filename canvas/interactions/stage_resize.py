"""Resizing a stage by dragging the right edge of its column."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas import edits, step_names
from journeycanvas.canvas.interactions.base import Interaction, tr

#: How near (in scene units at 100 %) the edge the mouse must be to grab it.
EDGE_TOLERANCE = 4.0


class StageResize(Interaction):
    def __init__(self, scene, stage_id: str) -> None:
        super().__init__(scene)
        self.stage_id = stage_id
        self.width: float | None = None
        self.left = 0.0

    def start(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        super().start(pos, modifiers)
        column = next(s.column for s in self.scene.layout_.stages if s.stage_id == self.stage_id)
        self.left = column.x
        self.grab_offset = column.right - pos.x()

    def _far_enough(self, pos: QPointF) -> bool:
        return pos.x() != self.origin.x()

    def drag_to(self, pos: QPointF) -> None:
        lay = self.scene.layout_
        self.width = max(edits.MIN_STAGE_WIDTH, pos.x() + self.grab_offset - self.left)
        x = self.left + self.width
        self.scene.drop_indicator.show_line(x, lay.grid.y, x, lay.grid.bottom)

    def end_preview(self) -> None:
        self.scene.drop_indicator.setVisible(False)

    def commit(self, pos: QPointF) -> None:
        if self.width is None:
            return
        stage_id, width = self.stage_id, self.width
        name = step_names.short(self.scene.document.journey.stage(stage_id).name)
        self.apply(
            lambda: tr("Resize stage “%1”").replace("%1", name),
            lambda j: edits.resize_stage(j, stage_id, width),
        )
