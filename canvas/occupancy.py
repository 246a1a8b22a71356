"""Which parts of a band are already taken, asked in near-constant time.

A research journey puts a thousand labelled points, their faces and thousands of
small boxes along the curve into one band; asking every earlier box whether a new
label overlaps it made the first layout quadratic (seconds on opening). A grid of
buckets answers the same question looking only at the boxes near the label: the
answer, and so the layout, is exactly the one the full scan gives.

Boxes are kept as plain (left, top, right, bottom) tuples, their right and bottom
edges added once when put down (the same sums the full scan makes), so the
sixteen thousand small boxes along a research curve cost no objects of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
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
        self._buckets: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        #: Runs of squares (add_square_runs) by bucket: (the box around a run's squares,
        #: the squares), filed once per run instead of once per square.
        self._runs: dict[tuple[int, int], list[tuple[float, float, float, float, tuple]]] = {}

    def add(self, box: Box) -> None:
        self.add_xywh(box.x, box.y, box.w, box.h)

    def add_xywh(self, x: float, y: float, w: float, h: float) -> None:
        """Put down the box with its corner at (x, y), ``w`` wide and ``h`` tall."""
        right, bottom = x + w, y + h
        entry = (x, y, right, bottom)
        c = self._cell
        buckets = self._buckets
        x0, x1 = int(x // c), int(right // c)
        y0, y1 = int(y // c), int(bottom // c)
        for i in range(x0, x1 + 1):
            for j in range(y0, y1 + 1):
                found = buckets.get((i, j))
                if found is None:
                    buckets[(i, j)] = [entry]
                else:
                    found.append(entry)

    def add_all(self, boxes: Iterable[tuple[float, float, float, float]]) -> None:
        """Put down many (x, y, w, h) boxes, as :meth:`add_xywh` one by one would."""
        c = self._cell
        buckets = self._buckets
        for x, y, w, h in boxes:
            right, bottom = x + w, y + h
            entry = (x, y, right, bottom)
            x0, x1, y0, y1 = int(x // c), int(right // c), int(y // c), int(bottom // c)
            if x0 == x1 and y0 == y1:  # the usual small box: one bucket, filed here
                found = buckets.get((x0, y0))
                if found is None:
                    buckets[(x0, y0)] = [entry]
                else:
                    found.append(entry)
            else:
                self.add_xywh(x, y, w, h)

    def add_squares(self, centres: Iterable[tuple[float, float]], half: float) -> None:
        """Put down a square ``2 * half`` wide around each centre: the boxes
        ``(x - half, y - half, 2 * half, 2 * half)``, to the same floats."""
        size = 2 * half
        self.add_all((cx - half, cy - half, size, size) for cx, cy in centres)

    def add_square_runs(self, centres: list[tuple[float, float]], half: float, run: int) -> None:
        """Put down the squares :meth:`add_squares` would (the same floats), kept in
        runs of ``run`` consecutive centres: the samples of one curve segment lie close
        together, so a run is filed in the buckets of the box around its squares, once,
        and its squares are looked at only when a box asked about reaches that box. A
        research curve's sixteen thousand squares are a thousand runs to file."""
        size = 2 * half
        c = self._cell
        runs = self._runs
        for k in range(0, len(centres), run):
            squares = tuple(
                (cx - half, cy - half, cx - half + size, cy - half + size)
                for cx, cy in centres[k : k + run]
            )
            left = min(s[0] for s in squares)
            top = min(s[1] for s in squares)
            right = max(s[2] for s in squares)
            bottom = max(s[3] for s in squares)
            entry = (left, top, right, bottom, squares)
            for i in range(int(left // c), int(right // c) + 1):
                for j in range(int(top // c), int(bottom // c) + 1):
                    found = runs.get((i, j))
                    if found is None:
                        runs[(i, j)] = [entry]
                    else:
                        found.append(entry)

    def overlaps(self, box: Box) -> bool:
        """True when ``box`` overlaps (with area, not just touching) a box put down.

        A run of squares is asked square by square only when the box overlaps the box
        around them (which holds every square of it: no overlap is missed), and where
        a square overlaps, the point they share lies in a bucket both are filed in."""
        return self.overlaps_xywh(box.x, box.y, box.w, box.h)

    def overlaps_xywh(self, ax: float, ay: float, w: float, h: float) -> bool:
        """:meth:`overlaps` of the box with its corner at (ax, ay), ``w`` wide and ``h``
        tall (no box object made for a question: a curve's labels ask two thousand)."""
        ar, ab = ax + w, ay + h
        c = self._cell
        buckets = self._buckets
        runs = self._runs
        for i in range(int(ax // c), int(ar // c) + 1):
            for j in range(int(ay // c), int(ab // c) + 1):
                for bx, by, br, bb in buckets.get((i, j), ()):
                    if ax < br and bx < ar and ay < bb and by < ab:
                        return True
                for gx, gy, gr, gb, squares in runs.get((i, j), ()):
                    if ax < gr and gx < ar and ay < gb and gy < ab:
                        for bx, by, br, bb in squares:
                            if ax < br and bx < ar and ay < bb and by < ab:
                                return True
        return False
