"""What every gesture shares: start, move, finish, cancel, and the drag threshold."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QApplication

from journeycanvas.canvas import commands
from journeycanvas.canvas.model import Journey

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Undo-step names and other strings the gestures show, through Qt's translator.

    The empty context is the one ``pyside6-lupdate`` files a bare ``tr("...")``
    under, so the strings it collects are the ones found at run time; pass n
    (``tr("Move %n card(s)", "", n)``) for a count, so plurals read well in both.
    """
    return QCoreApplication.translate("", text, disambiguation, n)


class Interaction:
    """A gesture in progress. Subclasses override the four steps they need."""

    def __init__(self, scene: JourneyScene) -> None:
        self.scene = scene
        self.origin = QPointF()
        self.dragging = False

    def start(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.origin = QPointF(pos)

    def move(self, pos: QPointF) -> None:
        if not self.dragging and self._far_enough(pos):
            self.dragging = True
            self.begin_drag(pos)
        if self.dragging:
            self.drag_to(pos)

    def finish(self, pos: QPointF) -> None:
        self.end_preview()
        if self.dragging:
            self.commit(pos)
        else:
            self.click()

    def cancel(self) -> None:
        self.end_preview()

    # --- for subclasses ---------------------------------------------------------

    def begin_drag(self, pos: QPointF) -> None:
        """The mouse moved far enough: the press becomes a drag."""

    def drag_to(self, pos: QPointF) -> None:
        """Preview the gesture at pos (move items, show the drop indicator)."""

    def end_preview(self) -> None:
        """Put every previewed item back where the layout says and hide helpers."""

    def commit(self, pos: QPointF) -> None:
        """Push the one command the drag stands for."""

    def click(self) -> None:
        """The button went up without a drag."""

    # --- helpers ----------------------------------------------------------------

    def _far_enough(self, pos: QPointF) -> bool:
        views = self.scene.views()
        zoom = views[0].transform().m11() if views else 1.0
        threshold = QApplication.startDragDistance() / max(zoom, 1e-6)
        return (pos - self.origin).manhattanLength() >= threshold

    def apply(self, text: commands.Text, edit: Callable[[Journey], Journey]) -> None:
        commands.apply(self.scene.document, text, edit)
