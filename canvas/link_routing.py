"""Routing a link between two cards as an orthogonal path through the gaps of the grid.

Cards sit inside their cells with padding, so the lines between lanes and the lines
between columns are corridors no unspanned card enters. A route leaves the source
card from a side, runs along a column corridor to a lane corridor, across, and down
another column corridor into the target card's side. Several such routes are tried
(straight first) and the shortest one that crosses no other card wins. Pure
geometry, no Qt: the screen and every export draw the same path.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

Point = tuple[float, float]


class Box(NamedTuple):
    """A card's rectangle as the router sees it (a tuple: compared and hashed fast)."""

    x: float
    y: float
    right: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x + self.right) / 2

    @property
    def cy(self) -> float:
        return (self.y + self.bottom) / 2


def _hits(a: Point, b: Point, box: Box, margin: float = 1.0) -> bool:
    """Does the axis-parallel segment a-b pass through the inside of box?"""
    x0, x1 = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
    y0, y1 = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
    return (
        x1 > box.x + margin
        and x0 < box.right - margin
        and y1 > box.y + margin
        and y0 < box.bottom - margin
    )


def _length(path: Sequence[Point]) -> float:
    return sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in pairwise(path))


def _simplify(path: list[Point]) -> tuple[Point, ...]:
    """Drop repeated points and middle points of straight runs."""
    out: list[Point] = []
    for p in path:
        if out and abs(out[-1][0] - p[0]) < 1e-6 and abs(out[-1][1] - p[1]) < 1e-6:
            continue
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            if (abs(a[0] - b[0]) < 1e-6 and abs(b[0] - p[0]) < 1e-6) or (
                abs(a[1] - b[1]) < 1e-6 and abs(b[1] - p[1]) < 1e-6
            ):
                out[-1] = p
                continue
        out.append(p)
    return tuple(out)


def route(
    source: Box,
    target: Box,
    source_row: tuple[float, float],
    target_row: tuple[float, float],
    corridors_x: Sequence[float],
    obstacles: Sequence[Box],
) -> tuple[Point, ...]:
    """The path from source to target (first point on the source, last on the target).

    ``source_row``/``target_row`` are the (top, bottom) of the cards' lanes,
    ``corridors_x`` the x of every line between columns (and the grid's edges).
    """
    candidates: list[list[Point]] = []
    # Straight across, when the two cards face each other.
    lo, hi = max(source.y, target.y), min(source.bottom, target.bottom)
    if hi - lo > 4:
        y = (lo + hi) / 2
        if target.x >= source.right:
            candidates.append([(source.right, y), (target.x, y)])
        elif source.x >= target.right:
            candidates.append([(source.x, y), (target.right, y)])
    lo, hi = max(source.x, target.x), min(source.right, target.right)
    if hi - lo > 4:
        x = (lo + hi) / 2
        if target.y >= source.bottom:
            candidates.append([(x, source.bottom), (x, target.y)])
        elif source.y >= target.bottom:
            candidates.append([(x, source.y), (x, target.bottom)])

    xs = sorted(set(corridors_x))
    if source_row == target_row:
        lane_pairs = [(source_row[0], source_row[0]), (source_row[1], source_row[1])]
    elif target_row[0] >= source_row[1]:
        lane_pairs = [(source_row[1], target_row[0])]
    else:
        lane_pairs = [(source_row[0], target_row[1])]
    for side_a in ("right", "left"):
        sa, xa = _exit(source, side_a, xs)
        for side_b in ("left", "right"):
            sb, xb = _exit(target, side_b, xs)
            if xa is None or xb is None:
                continue
            if xa == xb:
                candidates.append([sa, (xa, sa[1]), (xb, sb[1]), sb])
            for g1, g2 in lane_pairs:
                if g1 == g2:
                    candidates.append([sa, (xa, sa[1]), (xa, g1), (xb, g1), (xb, sb[1]), sb])
                    continue
                middle = (xa + xb) / 2
                for xm in sorted(xs, key=lambda x: abs(x - middle))[:6]:
                    candidates.append(
                        [sa, (xa, sa[1]), (xa, g1), (xm, g1), (xm, g2), (xb, g2), (xb, sb[1]), sb]
                    )

    # Shortest first; the first route that crosses no card wins. Only cards inside
    # the area the routes can reach are looked at (a 2,000-card map has few there).
    paths = sorted(dict.fromkeys(_simplify(p) for p in candidates), key=_length)
    if not paths:
        return ((source.cx, source.cy), (target.cx, target.cy))
    x0 = min(x for p in paths for x, _ in p)
    x1 = max(x for p in paths for x, _ in p)
    y0 = min(y for p in paths for _, y in p)
    y1 = max(y for p in paths for _, y in p)
    near = [
        b
        for b in obstacles
        if b is not source
        and b is not target
        and b.right > x0
        and b.x < x1
        and b.bottom > y0
        and b.y < y1
    ]
    for path in paths:
        if not any(_hits(a, b, box) for a, b in pairwise(path) for box in near):
            return path
    # Every route crosses a card: the one crossing fewest, then the shortest.
    return min(
        paths,
        key=lambda p: (sum(_hits(a, b, box) for a, b in pairwise(p) for box in near), _length(p)),
    )


def _exit(box: Box, side: str, xs: Sequence[float]) -> tuple[Point, float | None]:
    """Where a path leaves a card's side and the column corridor it reaches there."""
    if side == "right":
        start = (box.right, box.cy)
        after = [x for x in xs if x >= box.right - 1e-6]
        return start, (after[0] if after else None)
    start = (box.x, box.cy)
    before = [x for x in xs if x <= box.x + 1e-6]
    return start, (before[-1] if before else None)


def arrow_head(path: Sequence[Point], size: float = 7.0) -> tuple[Point, Point, Point]:
    """The triangle at the end of a path, pointing along its last segment."""
    (ax, ay), (bx, by) = path[-2], path[-1]
    dx, dy = bx - ax, by - ay
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    base = (bx - ux * size, by - uy * size)
    half = size * 0.45
    return (
        (bx, by),
        (base[0] - uy * half, base[1] + ux * half),
        (base[0] + uy * half, base[1] - ux * half),
    )


def label_anchor(path: Sequence[Point]) -> Point:
    """The middle of the longest segment: where a link's label sits."""
    best = max(
        pairwise(path),
        key=lambda seg: abs(seg[1][0] - seg[0][0]) + abs(seg[1][1] - seg[0][1]),
    )
    (ax, ay), (bx, by) = best
    return (ax + bx) / 2, (ay + by) / 2
