"""A mark's path text is worked out per side and remembered, and is the same text.

io/exporters/pdf_shapes.py formats a path's x numbers from its x inputs and its y
numbers from its y inputs, each side remembered (a map's marks sit in a few hundred
columns and rows), and the path in one format call. Before, every path computed and
looked up each of its (up to 26) numbers on its own; that way is kept here as the
reference, and the text of every path must be the same character for character —
so the PDF's numbers, and its bytes, are unchanged.
"""

from __future__ import annotations

from export_helpers import SAMPLES, sample
from hypothesis import given, settings
from hypothesis import strategies as st

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.marks import Shape
from journeycanvas.io.exporters import pdf_shapes
from journeycanvas.io.exporters.pdf_shapes import (
    _CORNER,
    _QUARTERS,
    circle_op,
    number,
    path_op,
    polyline_op,
    rect_op,
)

_ROUND_RECT = "%s %s m %s %s l %s %s %s %s %s %s c %s %s l %s %s %s %s %s %s c %s %s l " + (
    "%s %s %s %s %s %s c %s %s l %s %s %s %s %s %s c h"
)
_CIRCLE = "%s %s m " + " ".join(["%s %s %s %s %s %s c"] * 4)


def reference_path_op(shape: Shape) -> str:
    """The path text before: every number computed and formatted on its own."""
    v = shape.coords
    kind = shape.kind
    if kind == "rect":
        x, y, w, h, radius = v
        if radius <= 0:
            return "n " + " ".join(map(number, v[:4])) + " re"
        xlo, xhi = min(x, x + w), max(x, x + w)
        ylo, yhi = min(y, y + h), max(y, y + h)
        t = _CORNER * radius
        nums = list(map(number, (
            xlo + radius, ylo,
            xhi - radius, ylo,
            xhi - t, ylo, xhi, ylo + t, xhi, ylo + radius,
            xhi, yhi - radius,
            xhi, yhi - t, xhi - t, yhi, xhi - radius, yhi,
            xlo + radius, yhi,
            xlo + t, yhi, xlo, yhi - t, xlo, yhi - radius,
            xlo, ylo + radius,
            xlo, ylo + t, xlo + t, ylo, xlo + radius, ylo,
        )))  # fmt: skip
        return "n " + _ROUND_RECT % tuple(nums)
    if kind == "circle":
        cx, cy, r = v
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
                xc + rx * q[2], yc - ry * q[3],
                xc + rx * q[4], yc - ry * q[5],
                xc + rx * q[6], yc - ry * q[7],
            )  # fmt: skip
        return "n " + _CIRCLE % tuple(map(number, values))
    nums = list(map(number, v))
    parts = ["n", nums[0], nums[1], "m"]
    for i in range(2, len(nums), 2):
        parts += (nums[i], nums[i + 1], "l")
    if kind == "poly":
        parts.append("h")
    return " ".join(parts)


coordinate = st.floats(min_value=-5000, max_value=5000, allow_nan=False) | st.sampled_from(
    [0.0, -0.0, 1.0, 0.5, 12.25, 1e-8, 1234.5678]
)
size = st.floats(min_value=-300, max_value=300, allow_nan=False)
radius = st.sampled_from([0.0, -1.0, 0.5, 3.5, 4.0]) | st.floats(min_value=0, max_value=40)


@settings(max_examples=400, deadline=None)
@given(coordinate, coordinate, size, size, radius)
def test_a_rect_and_a_round_rect_read_as_before(x, y, w, h, r):
    shape = Shape("rect", (x, y, w, h, r))
    assert path_op(shape) == rect_op(x, y, w, h, r) == reference_path_op(shape)


@settings(max_examples=400, deadline=None)
@given(coordinate, coordinate, st.floats(min_value=0, max_value=80, allow_nan=False))
def test_a_circle_reads_as_before(cx, cy, r):
    shape = Shape("circle", (cx, cy, r))
    assert path_op(shape) == circle_op(cx, cy, r) == reference_path_op(shape)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["poly", "line"]), st.lists(coordinate, min_size=1, max_size=12))
def test_a_polygon_and_a_line_read_as_before(kind, values):
    coords = tuple(values + values[:1]) if len(values) % 2 else tuple(values)
    shape = Shape(kind, coords)
    assert path_op(shape) == polyline_op(coords, kind == "poly") == reference_path_op(shape)


def test_remembered_sides_serve_other_shapes_as_their_own():
    """A side remembered for one shape (the same column, another row) gives the next
    shape its own numbers; repeats across shapes read as before, also after the memory
    of sides is emptied."""
    shapes = [Shape("circle", (10.5, y, 4.4)) for y in (1.0, 2.5, 7.75)]
    shapes += [Shape("circle", (x, 2.5, 4.4)) for x in (3.0, 10.5)]
    shapes += [Shape("rect", (4.0, y, 30.0, 12.0, 3.5)) for y in (1.0, 20.0)]
    shapes += [Shape("rect", (x, 20.0, 30.0, 12.0, 3.5)) for x in (4.0, 8.0)]
    first = [path_op(s) for s in shapes]
    pdf_shapes._SIDES.clear()
    assert first == [path_op(s) for s in shapes] == [reference_path_op(s) for s in shapes]
    assert len(set(first)) == len(shapes) - 2  # the repeated circle and rect


def test_every_mark_of_the_samples_reads_as_before():
    count = 0
    for name in SAMPLES:
        layout = compute_layout(sample(name))
        for card in layout.cards:
            r = card.rect
            assert rect_op(r.x, r.y, r.w, r.h, 4) == reference_path_op(
                Shape("rect", (r.x, r.y, r.w, r.h, 4))
            )
            for shape in card.marks:
                assert path_op(shape) == reference_path_op(shape)
                count += 1
    assert count > 100
