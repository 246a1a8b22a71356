"""What every map item shares: it shows one piece of the layout and nothing else.

The scene hands an item a new piece after each edit (``apply``); the item only
recomputes its bounds from it and repaints, so the truth stays in the model and
the geometry in the layout.

The bounds are kept by Qt, not in Python: a map item is a rectangle item whose
rectangle is its bounds (no pen, no brush; it paints itself). Qt asks every item
for its bounds several times per repaint, and a zoomed-out 2,000-card map's
repaint otherwise spent a fifth of its time calling a Python ``boundingRect``
6,000 times.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QRectF, QSize
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from journeycanvas.canvas.painting import no_pen

Piece = TypeVar("Piece")


class LayoutItem(QGraphicsRectItem, Generic[Piece]):
    """A graphics item drawing one layout piece; subclasses say how far it reaches."""

    Z = 0
    #: The item keeps its pixels between repaints (zoomed out): a change of its
    #: piece must paint them again. Kept here because asking Qt (``cacheMode()``)
    #: builds a Python enum each time, for thousands of cards per undo.
    keeps_pixels = False

    def __init__(self, piece: Piece) -> None:
        super().__init__()
        self.setPen(no_pen())  # the bounds are the rectangle, not a pen wider
        self.setZValue(self.Z)
        self.piece = piece
        self.apply(piece)

    def apply(self, piece: Piece) -> None:
        """Take a new layout piece after the model changed.

        The scene's index is told of a geometry change only when the bounds did
        change (``setRect`` leaves an equal rectangle alone): after an undo most
        pieces keep their place and size, and ``prepareGeometryChange`` makes Qt
        take the item out of its index and repaint where it was.
        """
        self.setRect(self.bounds_for(piece))
        self.piece = piece
        self.update()

    def setCacheMode(
        self, mode: QGraphicsItem.CacheMode, logicalCacheSize: QSize | None = None
    ) -> None:
        self.keeps_pixels = mode != QGraphicsItem.CacheMode.NoCache
        if logicalCacheSize is None:
            super().setCacheMode(mode)
        else:
            super().setCacheMode(mode, logicalCacheSize)

    def bounds_for(self, piece: Piece) -> QRectF:
        """The area the item paints for ``piece``, in its own coordinates."""
        raise NotImplementedError
