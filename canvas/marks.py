"""Small drawn marks — chips, swatches, ticks, icons — as plain shapes, without Qt.

A poster that prints research as running text ("n=4 · +1.00 ±0.42 · few
answers") reads as a spreadsheet; a designed chip per figure reads at a glance.
The layout decides every chip's box and text here, once, and the screen, the
PDF, the PNG and the SVG each draw the same :class:`Shape` list with one small
function of their own, so no renderer decides how a mark looks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import cycle
from operator import add

from journeycanvas.canvas import style
from journeycanvas.canvas.contrast import ratio, readable


@dataclass(frozen=True)
class Shape:
    """One drawn shape in layout points (y down).

    ``kind`` is "rect" (x, y, w, h, corner radius), "circle" (cx, cy, r),
    "poly" (a closed polygon x0, y0, x1, y1, …) or "line" (an open polyline).
    """

    kind: str
    coords: tuple[float, ...]
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0
    dashed: bool = False
    #: A dash pattern in multiples of the line width (on, off, …), when ``dashed``;
    #: empty: the 4-on 3-off points of the map's other dashed lines.
    pattern: tuple[float, ...] = ()


def moved_shapes(shapes: Sequence[Shape], x: float, y: float) -> tuple[Shape, ...]:
    """``shapes`` moved by (x, y): each coordinate the offset plus the shape's own.

    A card laid out at the origin is placed this way (layout_memo.placed). The
    copies skip the frozen dataclass's __init__ (and a call per copy), filling each
    copy's fields straight from the original's: a research map's first layout moves
    17,000 of them.
    """
    new = object.__new__
    out = []
    for shape in shapes:
        c = shape.coords
        if shape.kind in ("rect", "circle"):
            coords = (x + c[0], y + c[1], *c[2:])
        else:  # x, y pairs: v + x is x + v, to the bit (addition commutes in IEEE 754)
            coords = tuple(map(add, c, cycle((x, y))))
        mark = new(Shape)
        fields = mark.__dict__
        fields.update(shape.__dict__)
        fields["coords"] = coords
        out.append(mark)
    return tuple(out)


def rect(x: float, y: float, w: float, h: float, radius: float = 0.0, **kw) -> Shape:
    return Shape("rect", (x, y, w, h, radius), **kw)


def circle(cx: float, cy: float, r: float, **kw) -> Shape:
    return Shape("circle", (cx, cy, r), **kw)


def poly(points: list[tuple[float, float]], **kw) -> Shape:
    return Shape("poly", tuple(v for p in points for v in p), **kw)


def line(points: list[tuple[float, float]], **kw) -> Shape:
    return Shape("line", tuple(v for p in points for v in p), **kw)


@lru_cache(maxsize=1024)
def mix(a: str, b: str, t: float) -> str:
    """Colour ``a`` moved the fraction ``t`` toward ``b`` (remembered: a map mixes the
    same few colours thousands of times)."""
    ra, rb = (tuple(int(c.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)) for c in (a, b))
    return "#{:02X}{:02X}{:02X}".format(
        *(round(x + (y - x) * t) for x, y in zip(ra, rb, strict=True))
    )


def tint(color: str) -> str:
    """A light fill of a colour, on which the main ink reads."""
    return mix(color, "#FFFFFF", 0.72)


# --- chips -----------------------------------------------------------------------


@dataclass(frozen=True)
class Chip:
    """What one chip says and how it is coloured; its place is found by ``flow``.

    ``icon`` is drawn left of the text: "dot" (a disc in ``accent``, the score's
    colour on the emotion scale) or "person" (a head and shoulders: answers).
    """

    text: str
    fill: str | None
    border: str | None
    ink: str
    icon: str = ""
    accent: str = ""


#: Chip text size, and the chip's height and padding per point of it.
CHIP_SIZE = 10.0
_HEIGHT = 1.55
_PAD = 0.5
_GAP = 4.0


def icon_width(chip: Chip, size: float) -> float:
    return size * 0.95 if chip.icon else 0.0


def flow(
    chips: list[Chip],
    x: float,
    top: float,
    width: float,
    ground: str,
    measure: Callable[[str, float], float],
    make_run: Callable[[str, float, float, float, str, str], object],
    size: float = CHIP_SIZE,
    pieces: Callable[[Chip, float, float, float, float, str], tuple[Sequence[Shape], object]]
    | None = None,
) -> tuple[list[Shape], list, float]:
    """Place chips left to right, wrapping to a new row when one would not fit.

    ``measure(text, size)`` is the bold text width; ``make_run(text, x, baseline,
    size, colour, ground)`` makes the text run; ``pieces``, when given, stands for
    :func:`chip_pieces` with that ``make_run`` (a remembered one: the layout's).
    Returns the shapes, the runs and the height the rows take. A chip's text colour
    reads on the chip (or, unfilled, on ``ground``) at 4.5:1: the contrast test checks
    each run against its ground.
    """
    h = size * _HEIGHT
    pad = size * _PAD
    shapes: list[Shape] = []
    runs: list = []
    cx, cy = x, top
    for chip in chips:
        text_w = measure(chip.text, size)
        w = pad + icon_width(chip, size) + text_w + pad
        if cx > x and cx + w > x + width:
            cx, cy = x, cy + h + _GAP
        behind = chip.fill or ground
        if pieces is None:
            chip_shapes, run = chip_pieces(chip, cx, cy, w, size, behind, make_run)
        else:
            chip_shapes, run = pieces(chip, cx, cy, w, size, behind)
        shapes += chip_shapes
        runs.append(run)
        cx += w + _GAP
    height = (cy - top) + h if chips else 0.0
    return shapes, runs, height


def chip_pieces(
    chip: Chip,
    cx: float,
    cy: float,
    w: float,
    size: float,
    behind: str,
    make_run: Callable[[str, float, float, float, str, str], object],
) -> tuple[list[Shape], object]:
    """One chip with its corner at (cx, cy), ``w`` wide: its pill, its icon's shapes and
    its text run. A function of its arguments alone, so the layout may remember it
    (a research map repeats "100" and "±0.28" at the same places on card after card)."""
    h = size * _HEIGHT
    pad = size * _PAD
    shapes = [rect(cx, cy, w, h, h / 2, fill=chip.fill, stroke=chip.border, width=0.8)]
    tx = cx + pad
    if chip.icon:
        shapes += chip_icon(chip, tx, cy + h / 2, size, behind)
        tx += icon_width(chip, size)
    ink = readable(chip.ink, behind)
    return shapes, make_run(chip.text, tx, cy + h / 2 + size * 0.36, size, ink, behind)


def chip_icon(chip: Chip, x: float, cy: float, size: float, behind: str) -> list[Shape]:
    """The small drawing at a chip's left end, vertically centred on ``cy``."""
    r = size * 0.34
    if chip.icon == "dot":
        # The score's colour, ringed in ink where it would fade into the chip.
        ring = style.INK if ratio(chip.accent, behind) < 1.6 else None
        return [circle(x + r, cy, r, fill=chip.accent, stroke=ring, width=0.6)]
    ink = readable(chip.ink, behind)
    head = circle(x + r, cy - r * 0.6, r * 0.52, fill=ink)
    body = rect(x + r * 0.05, cy + r * 0.05, r * 1.9, r * 1.0, r * 0.45, fill=ink)
    return [head, body]
