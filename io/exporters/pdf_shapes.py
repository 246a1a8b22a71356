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


#: even_odd → [strokes][fills] → " " and the paint operator, looked up per mark.
_PAINTS = {
    rule: tuple(tuple(" " + _paint(st, fi, rule) for fi in (False, True)) for st in (False, True))
    for rule in (False, True)
}


# A path's x numbers depend only on its x inputs and its y numbers only on its y inputs:
# a map's marks sit in a few hundred columns and rows (1,000 cards' 5,000 circles have
# some 700 different centre-x-and-radius pairs and 125 centre-y ones), so each side's
# numbers are worked out and formatted once per such pair and the path is one format
# call over both. The sums are reportlab's own, in its order (see the module's doc).


class _Sides(dict):
    """(which, inputs) → the formatted numbers of one side of a path, remembered."""

    def __missing__(self, key: tuple) -> tuple[str, ...]:
        if len(self) >= _REMEMBERED:
            self.clear()
        which, a, b, c = key
        made = self[key] = tuple(map(number, _SIDE_MAKERS[which](a, b, c)))
        return made


def _circle_xs(cx: float, r: float, _unused: None) -> list[float]:
    # canvas.circle → ellipse(x1, y1, x2, y2) → path.ellipse(x1, y1, x2 - x1, y2 - y1)
    # → bezierArc(x1, y1, x1 + w, y1 + h): the same sums, in the same order.
    x1, x2 = cx - r, cx + r
    w = x2 - x1
    ax, bx = x1, x1 + w
    left, right = min(ax, bx), max(ax, bx)
    xc, rx = (left + right) / 2.0, (right - left) / 2.0
    values = [xc + rx * _QUARTERS[0][0]]
    for q in _QUARTERS:
        values += (xc + rx * q[2], xc + rx * q[4], xc + rx * q[6])
    return values


def _circle_ys(cy: float, r: float, _unused: None) -> list[float]:
    y1, y2 = cy - r, cy + r
    h = y2 - y1
    ay, by = y1, y1 + h
    top, bottom = max(ay, by), min(ay, by)
    yc, ry = (top + bottom) / 2.0, (bottom - top) / 2.0
    values = [yc - ry * _QUARTERS[0][1]]
    for q in _QUARTERS:
        values += (yc - ry * q[3], yc - ry * q[5], yc - ry * q[7])
    return values


def _round_side(start: float, length: float, radius: float) -> tuple[float, ...]:
    """roundRect's six coordinates along one axis: lo, lo + t, lo + radius,
    hi - radius, hi - t, hi (t = 0.4472 radius)."""
    lo, hi = min(start, start + length), max(start, start + length)
    t = _CORNER * radius
    return (lo, lo + t, lo + radius, hi - radius, hi - t, hi)


_SIDE_MAKERS = {"cx": _circle_xs, "cy": _circle_ys, "round": _round_side}
_SIDES = _Sides()


def _circle_template() -> str:
    """x0 y0 m, then four curves of three points: xs are fields 0-12, ys 13-25."""
    curves = " ".join(
        f"{{{1 + 3 * k}}} {{{14 + 3 * k}}} {{{2 + 3 * k}}} {{{15 + 3 * k}}} "
        f"{{{3 + 3 * k}}} {{{16 + 3 * k}}} c"
        for k in range(4)
    )
    return "n {0} {13} m " + curves


def _round_rect_template() -> str:
    """roundRect's path, each point an (x, y) pair of indices into the six xs and ys."""
    lo, lo_t, lo_r, hi_r, hi_t, hi = range(6)
    points = [
        ("m", [(lo_r, lo)]),
        ("l", [(hi_r, lo)]),
        ("c", [(hi_t, lo), (hi, lo_t), (hi, lo_r)]),
        ("l", [(hi, hi_r)]),
        ("c", [(hi, hi_t), (hi_t, hi), (hi_r, hi)]),
        ("l", [(lo_r, hi)]),
        ("c", [(lo_t, hi), (lo, hi_t), (lo, hi_r)]),
        ("l", [(lo, lo_r)]),
        ("c", [(lo, lo_t), (lo_t, lo), (lo_r, lo)]),
    ]
    parts = ["n"]
    for op, pairs in points:
        parts += [f"{{{x}}} {{{6 + y}}}" for x, y in pairs]
        parts.append(op)
    return " ".join(parts) + " h"


_CIRCLE = _circle_template().format
_ROUND_RECT = _round_rect_template().format
_sides = _SIDES.__getitem__


def circle_op(cx: float, cy: float, r: float) -> str:
    """canvas.circle(cx, cy, r)'s path (without its paint operator)."""
    return _CIRCLE(*_sides(("cx", cx, r, None)), *_sides(("cy", cy, r, None)))


def rect_op(x: float, y: float, w: float, h: float, radius: float) -> str:
    """canvas.rect's path, or roundRect's when ``radius`` > 0."""
    if radius <= 0:
        return f"n {number(x)} {number(y)} {number(w)} {number(h)} re"
    return _ROUND_RECT(*_sides(("round", x, w, radius)), *_sides(("round", y, h, radius)))


@cache
def _polyline_template(count: int, closed: bool) -> str:
    """The path ``n %s %s m %s %s l … [h]`` for ``count`` numbers."""
    return " ".join(["n %s %s m", *["%s %s l"] * (count // 2 - 1), *(["h"] if closed else [])])


def polyline_op(coords: tuple[float, ...], closed: bool = True) -> str:
    """A polygon's path (``closed``) or an open line's, through x0, y0, x1, y1, …"""
    return _polyline_template(len(coords), closed) % tuple(map(number, coords))


def path_op(shape: Shape) -> str:
    """The shape's path, in the numbers reportlab's rect/roundRect/circle/lines give."""
    kind = shape.kind
    if kind == "rect":
        return rect_op(*shape.coords)
    if kind == "circle":
        return circle_op(*shape.coords)
    v = shape.coords
    return _polyline_template(len(v), kind == "poly") % tuple(map(number, v))


def shape_ops(shapes: Iterable[Shape], even_odd: bool = True) -> list[str]:
    """The operators that draw ``shapes`` in order, as one saved-and-restored group.

    ``even_odd``: the canvas's fill rule (reportlab's default is even-odd: B*, f*).
    """
    ops: list[str] = ["q"]
    append = ops.append
    paints = _PAINTS[bool(even_odd)]
    fill = stroke = width = dash = None  # None: as outside the group
    round_ends = False
    for shape in shapes:
        kind = shape.kind
        fills = bool(shape.fill) and kind != "line"
        strokes = bool(shape.stroke)
        if strokes:
            want = tuple(v * shape.width for v in shape.pattern) or (4, 3) if shape.dashed else None
            if want != dash:
                if want is None:  # back to the dash outside, as a restored state would be
                    append("Q q")
                    fill = stroke = width = None
                    round_ends = False
                else:
                    append(f"[{fp_str(want)}] 0 d")
                dash = want
            if shape.stroke != stroke:
                stroke = shape.stroke
                append(stroke_op(stroke))
            if shape.width != width:
                width = shape.width
                append(f"{fp_str(width)} w")
            if not round_ends:
                append("1 J 1 j")
                round_ends = True
        if fills and shape.fill != fill:
            fill = shape.fill
            append(fill_op(fill))
        # path_op, without a call per mark
        v = shape.coords
        if kind == "rect":
            path = rect_op(*v)
        elif kind == "circle":
            path = circle_op(*v)
        else:
            path = _polyline_template(len(v), kind == "poly") % tuple(map(number, v))
        append(path + paints[strokes][fills])
    append("Q")
    return ops
