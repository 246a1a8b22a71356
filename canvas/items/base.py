"""What every map item shares: it shows one piece of the layout and nothing else.

The scene hands an item a new piece after each edit (``apply``); the item only
recomputes its bounds from it and repaints, so the truth stays in the model and
the geometry in the layout.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

Piece = TypeVar("Piece")


class LayoutItem(QGraphicsItem, Generic[Piece]):
    """A graphics item drawing one layout piece; subclasses say how far it reaches."""

    Z = 0

    def __init__(self, piece: Piece) -> None:
        super().__init__()
        self.setZValue(self.Z)
        self.piece = piece
        self._bounds = QRectF()
        self.apply(piece)

    def apply(self, piece: Piece) -> None:
        """Take a new layout piece after the model changed.

        The scene's index is told of a geometry change only when the bounds did
        change: after an undo most pieces keep their place and size, and
        ``prepareGeometryChange`` makes Qt take the item out of its index and
        repaint where it was, which costs more than the repaint itself.
        """
        bounds = self.bounds_for(piece)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.piece = piece
        self.update()

    def bounds_for(self, piece: Piece) -> QRectF:
        """The area the item paints for ``piece``, in its own coordinates."""
        raise NotImplementedError

    def boundingRect(self) -> QRectF:
        return self._bounds
