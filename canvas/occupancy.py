"""Which parts of a band are already taken, asked in near-constant time.

A research journey puts a thousand labelled points, their faces and thousands of
small boxes along the curve into one band; asking every earlier box whether a new
label overlaps it made the first layout quadratic (seconds on opening). A grid of
buckets answers the same question looking only at the boxes near the label: the
answer, and so the layout, is exactly the one the full scan gives.
"""

from __future__ import annotations

from typing import Protocol


class Box(Protocol):
    x: float
    y: float
    w: float
    h: float


class Occupied:
    """Boxes put down so far, bucketed by a square grid of ``cell`` points."""

    def __init__(self, cell: float = 64.0) -> None:
        self._cell = cell
        self._buckets: dict[tuple[int, int], list[Box]] = {}

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        c = self._cell
        x0, x1 = int(box.x // c), int((box.x + box.w) // c)
        y0, y1 = int(box.y // c), int((box.y + box.h) // c)
        return [(i, j) for i in range(x0, x1 + 1) for j in range(y0, y1 + 1)]

    def add(self, box: Box) -> None:
        for key in self._cells(box):
            self._buckets.setdefault(key, []).append(box)

    def overlaps(self, box: Box) -> bool:
        """True when ``box`` overlaps (with area, not just touching) a box put down."""
        ax, ay, ar, ab = box.x, box.y, box.x + box.w, box.y + box.h
        buckets = self._buckets
        for key in self._cells(box):
            for b in buckets.get(key, ()):
                if ax < b.x + b.w and b.x < ar and ay < b.y + b.h and b.y < ab:
                    return True
        return False
