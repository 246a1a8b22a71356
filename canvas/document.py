"""The open document: the journey, where it lives on disk, and its undo stack.

This is the Qt side of the model (napari's lesson: keep the model Qt-free and put
the notifications beside it). Commands change ``journey`` and then call
``notify``; the scene and the docks listen to ``changed`` and redraw.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeycanvas.canvas.model import Journey


class JourneyDocument(QObject):
    #: Emitted after any change of the journey (by a command, a load or a revert).
    changed = Signal()
    #: Emitted when the file the document belongs to changes (Save As, Open).
    pathChanged = Signal(object)

    def __init__(self, journey: Journey, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.journey = journey
        self.path = path
        self.undo_stack = QUndoStack(self)

    def notify(self) -> None:
        self.changed.emit()

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit(path)

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()
