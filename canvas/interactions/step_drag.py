"""Steps inside a stage: reorder one by dragging its header, resize it by its right edge."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas import edits
from journeycanvas.canvas.interactions.base import Interaction, tr
from journeycanvas.canvas.interactions.header_drag import StageReorder


class StepReorder(StageReorder):
    """Drag a step header left or right inside its stage; its cards go with it."""

    kind = "step"

    def select_header(self) -> None:
        self.scene.set_current_step(self.ident)

    def drag_to(self, pos: QPointF) -> None:
        lay = self.scene.layout_
        self.box.setPos(pos.x() - self.origin.x(), 0)
        self.index, x = lay.step_slot(pos.x(), self.ident)
        step = lay.step(self.ident)
        self.scene.drop_indicator.show_line(x, step.column.y, x, step.column.bottom)

    def commit(self, pos: QPointF) -> None:
        if self.index is None:
            return
        ident, index = self.ident, self.index
        self.apply(lambda: tr("Move step"), lambda j: edits.move_step(j, ident, index))


class StepResize(Interaction):
    """Drag the right edge of a step header to make the step wider or narrower."""

    def __init__(self, scene, step_id: str) -> None:
        super().__init__(scene)
        self.step_id = step_id
        self.width: float | None = None
        self.left = 0.0
        self.grab_offset = 0.0

    def start(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        super().start(pos, modifiers)
        column = self.scene.layout_.step(self.step_id).column
        self.left = column.x
        self.grab_offset = column.right - pos.x()

    def _far_enough(self, pos: QPointF) -> bool:
        return pos.x() != self.origin.x()

    def drag_to(self, pos: QPointF) -> None:
        self.width = max(edits.MIN_STEP_WIDTH, pos.x() + self.grab_offset - self.left)
        column = self.scene.layout_.step(self.step_id).column
        x = self.left + self.width
        self.scene.drop_indicator.show_line(x, column.y, x, column.bottom)

    def end_preview(self) -> None:
        self.scene.drop_indicator.setVisible(False)

    def commit(self, pos: QPointF) -> None:
        if self.width is None:
            return
        step_id, width = self.step_id, self.width
        self.apply(lambda: tr("Resize step"), lambda j: edits.resize_step(j, step_id, width))
