"""The layout's marks (chips, icons, swatches, ticks) as PDF operators, written at once.

A 1,000-touchpoint poster has some 17,000 marks. Drawn through reportlab's canvas
calls, each cost a graphics-state push and pop, five state operators and a
Python call per path segment (a circle alone is four Bézier segments computed
in Python): over a second of the PDF export, and a content stream that is mostly
repeated state. Here a run of marks is one ``q … Q`` group in which a colour,
line width or cap is written only when it changes, and each path is formatted
in one call.

The drawing is the same as one saved and restored state per mark: every mark
still sets what it paints with (its fill colour when it fills; stroke colour,
width, round caps and joins, and its dash when it strokes), and a mark that is
not dashed after one that was goes back to the dash outside the group (``Q q``),
just as its own restored state would have. The path coordinates are computed
with reportlab's own arithmetic (roundRect's 0.4472 corner factor, bezierArc's
four quarter-circle segments), so the numbers in the file are the same too.
tests/test_pdf_shapes.py replays both streams and compares what is painted.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from math import cos, pi, sin

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str

from journeycanvas.canvas.marks import Shape

#: reportlab's roundRect corner: the control points sit this fraction of the radius in.
_CORNER = 0.4472


def _quarter_factors() -> tuple[tuple[float, ...], ...]:
    """bezierArc(…, 0, 360)'s factors per quarter, computed the way it computes them
    (cos/sin of the same angles, the same kappa), so every product is bit-identical."""
    frag = 360.0 / 4
    half = frag * pi / 360.0
    kappa = abs(4.0 / 3.0 * (1.0 - cos(half)) / sin(half))
    quarters = []
    for i in range(4):
        t0 = (0 + i * frag) * pi / 180.0
        t1 = (0 + (i + 1) * frag) * pi / 180.0
        quarters.append(
            (
                cos(t0),
                sin(t0),
                cos(t0) - kappa * sin(t0),
                sin(t0) + kappa * cos(t0),
                cos(t1) + kappa * sin(t1),
                sin(t1) - kappa * cos(t1),
                cos(t1),
                sin(t1),
            )
        )
    return tuple(quarters)


_QUARTERS = _quarter_factors()


_REMEMBERED = 500_000


class _Numbers(dict):
    """A number → its text in the stream (reportlab's fp_str), remembered: the marks of
    a map sit on a few rows and columns, so most coordinates repeat many times."""

    def __missing__(self, value: float) -> str:
        if len(self) >= _REMEMBERED:  # an editor exports many maps: stay bounded
            self.clear()
        text = self[value] = fp_str(value)
        return text


_NUMBERS = _Numbers()
#: A number as the stream writes it (reportlab's fp_str, remembered).
number = _NUMBERS.__getitem__


def _texts(values) -> list[str]:
    return list(map(_NUMBERS.__getitem__, values))


_CIRCLE = "%s %s m " + " ".join(["%s %s %s %s %s %s c"] * 4)
_ROUND_RECT = "%s %s m %s %s l %s %s %s %s %s %s c %s %s l %s %s %s %s %s %s c %s %s l " + (
    "%s %s %s %s %s %s c %s %s l %s %s %s %s %s %s c h"
)


@cache
def fill_op(hex_color: str) -> str:
    color = HexColor(hex_color)
    return f"{fp_str(color.red, color.green, color.blue)} rg"


@cache
def stroke_op(hex_color: str) -> str:
    color = HexColor(hex_color)
    return f"{fp_str(color.red, color.green, color.blue)} RG"


def _paint(stroke: bool, fill: bool, even_odd: bool) -> str:
    if fill:
        return ("B*" if even_odd else "B") if stroke else ("f*" if even_odd else "f")
    return "S" if stroke else "n"


def path_op(shape: Shape) -> str:
    """The shape's path, in the numbers reportlab's rect/roundRect/circle/lines give."""
    v = shape.coords
    kind = shape.kind
    if kind == "rect":
        x, y, w, h, radius = v
        if radius <= 0:
            return "n " + " ".join(_texts(v[:4])) + " re"
        xlo, xhi = min(x, x + w), max(x, x + w)
        ylo, yhi = min(y, y + h), max(y, y + h)
        t = _CORNER * radius
        nums = _texts((
            xlo + radius, ylo,
            xhi - radius, ylo,
            xhi - t, ylo, xhi, ylo + t, xhi, ylo + radius,
            xhi, yhi - radius,
            xhi, yhi - t, xhi - t, yhi, xhi - radius, yhi,
            xlo + radius, yhi,
            xlo + t, yhi, xlo, yhi - t, xlo, yhi - radius,
            xlo, ylo + radius,
            xlo, ylo + t, xlo + t, ylo, xlo + radius, ylo,
        ))  # fmt: skip
        return "n " + _ROUND_RECT % tuple(nums)
    if kind == "circle":
        cx, cy, r = v
        # canvas.circle → ellipse(x1, y1, x2, y2) → path.ellipse(x1, y1, x2 - x1, y2 - y1)
        # → bezierArc(x1, y1, x1 + w, y1 + h): the same sums, in the same order.
        x1, x2, y1, y2 = cx - r, cx + r, cy - r, cy + r
        w, h = x2 - x1, y2 - y1
        ax, bx = x1, x1 + w
        ay, by = y1, y1 + h
        left, top, right, bottom = min(ax, bx), max(ay, by), max(ax, bx), min(ay, by)
        xc, yc = (left + right) / 2.0, (top + bottom) / 2.0
        rx, ry = (right - left) / 2.0, (bottom - top) / 2.0
        q0 = _QUARTERS[0]
        values = [xc + rx * q0[0], yc - ry * q0[1]]
        for q in _QUARTERS:
            values += (
                xc + rx * q[2],
                yc - ry * q[3],
                xc + rx * q[4],
                yc - ry * q[5],
                xc + rx * q[6],
                yc - ry * q[7],
            )
        return "n " + _CIRCLE % tuple(_texts(values))
    nums = _texts(v)
    parts = ["n", nums[0], nums[1], "m"]
    for i in range(2, len(nums), 2):
        parts += (nums[i], nums[i + 1], "l")
    if kind == "poly":
        parts.append("h")
    return " ".join(parts)


def shape_ops(shapes: Iterable[Shape], even_odd: bool = True) -> list[str]:
    """The operators that draw ``shapes`` in order, as one saved-and-restored group.

    ``even_odd``: the canvas's fill rule (reportlab's default is even-odd: B*, f*).
    """
    ops: list[str] = ["q"]
    fill = stroke = width = dash = None  # None: as outside the group
    round_ends = False
    for shape in shapes:
        fills = bool(shape.fill) and shape.kind != "line"
        strokes = bool(shape.stroke)
        if strokes:
            want = tuple(v * shape.width for v in shape.pattern) or (4, 3) if shape.dashed else None
            if want != dash:
                if want is None:  # back to the dash outside, as a restored state would be
                    ops.append("Q q")
                    fill = stroke = width = None
                    round_ends = False
                else:
                    ops.append(f"[{fp_str(want)}] 0 d")
                dash = want
            if shape.stroke != stroke:
                stroke = shape.stroke
                ops.append(stroke_op(stroke))
            if shape.width != width:
                width = shape.width
                ops.append(f"{fp_str(width)} w")
            if not round_ends:
                ops.append("1 J 1 j")
                round_ends = True
        if fills and shape.fill != fill:
            fill = shape.fill
            ops.append(fill_op(fill))
        ops.append(path_op(shape) + " " + _paint(strokes, fills, even_odd))
    ops.append("Q")
    return ops
