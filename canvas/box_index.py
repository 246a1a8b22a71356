"""A grid of placed boxes, so "does this label hit anything placed so far?" looks
at its neighbours only.

The curve lane places a label at every point, greedily, against every face, every
piece of the line and every label placed before it. With 1,000 touchpoints that
was a scan of thousands of boxes per label — tens of seconds of the research
poster's export. A box is filed under every grid cell it spans, so two boxes
that overlap always share a cell, and the answer is exactly the full scan's.
"""

from __future__ import annotations

from math import floor
from typing import Protocol


class Box(Protocol):
    x: float
    y: float
    w: float
    h: float


#: Cell side in layout points: about one label's height times three, a face's
#: diameter a few times over; labels span one to three cells.
CELL = 48.0


class BoxIndex:
    """Boxes filed by grid cell; :meth:`hits` tells whether a box overlaps any of them
    (open overlap: boxes that only touch along an edge do not hit)."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[Box]] = {}

    def add(self, box: Box) -> None:
        for key in _cells_of(box):
            self._cells.setdefault(key, []).append(box)

    def hits(self, box: Box) -> bool:
        cells = self._cells
        for key in _cells_of(box):
            for other in cells.get(key, ()):
                if (
                    box.x < other.x + other.w
                    and other.x < box.x + box.w
                    and box.y < other.y + other.h
                    and other.y < box.y + box.h
                ):
                    return True
        return False


def _cells_of(box: Box) -> list[tuple[int, int]]:
    x0, x1 = floor(box.x / CELL), floor((box.x + box.w) / CELL)
    y0, y1 = floor(box.y / CELL), floor((box.y + box.h) / CELL)
    return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]
