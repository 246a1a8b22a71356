"""A close-up card kept as the very pixels its drawing left on screen.

An undo of a 200-card paste, and its redo, repaint the ~90 cards in view at
100 %, and drawing them (their frames, some 500 text spans, 125 derived bold
outlines stroked) was most of the repaint. Undo and redo swap two journeys
whose cards come back as the very same layout pieces at the very same places
(the layout's cell cache), so each card has been drawn there, in that piece,
before.

What is kept (while a view scrolls, only once a card is drawn at one place a
second time) is what the screen showed: the device pixels of the card's bounds
just before the card was drawn (what lies under it) and just after (before its
moment-of-truth mark and link handle, which are drawn each time), copied out of
the window's raster backing store, keyed by the piece itself, its selection and
the whole device transform. Drawing the same commands on the same pixels with
the same raster engine gives the same pixels, so when a later paint of that
piece there finds the very pixels under it that were there before, it puts the
pixels the drawing gave back instead of drawing again; when anything under it
differs, it draws, and keeps the new pixels. The card's drawing stays within
its bounds (its content's ink is checked to lie inside them), so nothing
outside them is left out. Whatever does not fit that (a transform not a plain
scale, a translucent painter, a scene rendered for an export, a device pixel
ratio other than 1) is drawn as before, and nothing is kept from a painter with
a clip, a device not a widget's raster backing store or a part in view not
wholly painted this time; a card at the viewport's edge is kept as the part of
it in view. Kept pixels are let go, oldest first, past PIXELS_MAX bytes.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from functools import lru_cache
from time import monotonic

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter, QRegion, QTransform
from PySide6.QtWidgets import QWidget

from journeycanvas.canvas.fonts import stroke_width
from journeycanvas.canvas.layout import CardLayout
from journeycanvas.canvas.painting import _outline

#: How many bytes of kept pixels at most (under and drawn: some 350 cards at 100 %).
PIXELS_MAX = 40 * 1024 * 1024
#: How far a card's drawing (before its moment mark and handle, drawn each time)
#: may reach beyond its box: half a selected card's 2-point border.
REACH = 1.0
#: The largest and smallest zoom kept (beyond: big pixmaps, or the greyed text).
SCALE_MAX = 4.0
SCALE_MIN = 0.25

#: key -> (the piece, the device rect kept, the pixels under it there, the pixels drawn)
_KEPT: OrderedDict[tuple, tuple[CardLayout, QRect, QImage, QImage]] = OrderedDict()
_kept_bytes = 0
#: A card drawn this soon (seconds) after a view scrolled (a wheel, a drag or an
#: autoscroll scrolls every 16 ms or so) is kept only when drawn
#: at that place a second time (:func:`scrolled`).
SCROLL_QUIET = 0.1
_scrolled_at = -math.inf
#: The keys of the last cards drawn and not kept, with their pieces: drawn there
#: again, they are kept.
_SEEN: OrderedDict[tuple, CardLayout] = OrderedDict()
_SEEN_MAX = 4096
#: Whether the content of the last pieces asked about lies within their bounds.
_INSIDE: OrderedDict[int, tuple[CardLayout, bool]] = OrderedDict()
_INSIDE_MAX = 8192


def forget() -> None:
    """Let every kept pixel go (tests compare against drawing afresh)."""
    global _kept_bytes
    _KEPT.clear()
    _SEEN.clear()
    _INSIDE.clear()
    _kept_bytes = 0


def scrolled() -> None:
    """A view scrolled (JourneyView.scrollContentsBy): the cards it draws next are
    at places they may never be drawn at again."""
    global _scrolled_at
    _scrolled_at = monotonic()


def kept_count() -> int:
    return len(_KEPT)


def kept_bytes() -> int:
    return _kept_bytes


class Place:
    """Where a card is drawn this time: what it would be kept by, the device pixels
    of it painted and what was under them."""

    __slots__ = ("device", "key", "rect", "under")

    def __init__(self, key: tuple, rect: QRect, device: QImage, under: QImage) -> None:
        self.key = key
        self.rect = rect
        self.device = device
        self.under = under


def put_back(
    painter: QPainter, lay: CardLayout, selected: bool, widget: QWidget | None
) -> Place | bool | None:
    """Put the card's kept pixels back (True), or say where to keep them from once it
    is drawn (a Place, for :func:`keep`), or None: draw it, nothing to keep.

    ``widget`` is the one Qt paints the item for: None when the scene is rendered
    (an export), which is drawn as ever. A view paints its viewport with a painter
    of its own, begun afresh in source-over with the view's render hints (those
    are in the key), and each item starts from that state: only the opacity (an
    item's, a dragged card's) is asked before a look-up (the painter's enums cost
    microseconds apiece, a hundred cards per repaint)."""
    if widget is None or painter.opacity() != 1.0:
        return None
    dt = painter.deviceTransform()
    if dt.isRotating() or not dt.isAffine():
        return None
    s = dt.m11()
    world = painter.worldTransform()
    if dt.m22() != s or world.m11() != s or not SCALE_MIN <= s <= SCALE_MAX:
        return None  # (world and device differ in scale: a device pixel ratio)
    dx, dy = dt.dx(), dt.dy()
    box = lay.rect
    # The device pixels the card's drawing touches, and one more each side.
    x0 = math.floor(dx - REACH * s) - 1
    y0 = math.floor(dy - REACH * s) - 1
    rect = QRect(
        x0,
        y0,
        math.ceil(dx + (box.w + REACH) * s) + 2 - x0,
        math.ceil(dy + (box.h + REACH) * s) + 2 - y0,
    )
    key = (id(lay), selected, s, dx, dy, painter.renderHints())
    hit = _KEPT.get(key)
    # While the view scrolls every card in view is drawn at a place it may never be
    # drawn at again, and copying its pixels out would cost a third more than
    # drawing it: then a card is kept only when drawn at one place a second time.
    if (
        (hit is None or hit[0] is not lay)
        and monotonic() - _scrolled_at < SCROLL_QUIET
        and _SEEN.get(key) is not lay
    ):
        _SEEN[key] = lay
        if len(_SEEN) > _SEEN_MAX:
            _SEEN.popitem(last=False)
        return None
    engine = painter.paintEngine()
    image = engine.paintDevice()
    if not isinstance(image, QImage):
        return None  # (not a raster engine's image)
    # What of it is painted this time: on the image, within the system clip (a card
    # at the viewport's edge is kept as the part of it in view).
    part = rect.intersected(image.rect())
    clip = engine.systemClip()
    if not clip.isEmpty():
        part = part.intersected(clip.boundingRect())
    if part.isEmpty():
        return None
    under = image.copy(part)
    if hit is not None and hit[0] is lay:
        kept = hit[1]
        if kept == part:
            source = None
        elif kept.contains(part):  # a smaller part painted this time (a partial repaint)
            source = part.translated(-kept.x(), -kept.y())
        else:
            source = False
        if source is not False and (hit[2] if source is None else hit[2].copy(source)) == under:
            # The same drawing on the same pixels: the pixels it gave. (Where the
            # system clip is not, neither would change a pixel.)
            _KEPT.move_to_end(key)
            painter.setWorldTransform(_IDENTITY)
            # At the identity, logical is device but for the widget's offset in
            # its window's backing store (a whole number).
            at = QPoint(part.x() - round(dx - world.dx()), part.y() - round(dy - world.dy()))
            if source is None:
                painter.drawImage(at, hit[3])
            else:
                painter.drawImage(at, hit[3], source)
            painter.setWorldTransform(world)
            return True
    # Kept: drawn on a raster image (the device is one), for a widget, by a painter
    # begun in source-over with a device pixel ratio of 1 (as asked above), with
    # no clip of its own, all of the part painted this time (within a system clip
    # of one rectangle, as a full repaint's, it lies by construction).
    if painter.hasClipping():
        return None
    if clip.rectCount() > 1 and not QRegion(part).subtracted(clip).isEmpty():
        return None  # not all of the part in view is painted this time
    if not content_inside(lay):
        return None
    return Place(key, part, image, under)


def keep(place: Place, lay: CardLayout) -> None:
    """Keep the pixels the card was just drawn as (see :func:`put_back`); pixels kept
    of more of it stay (a partial repaint)."""
    global _kept_bytes
    key = place.key
    known = _KEPT.get(key)
    if known is not None:
        if known[0] is lay and known[1] != place.rect and known[1].contains(place.rect):
            return
        _kept_bytes -= _size(_KEPT.pop(key))
    entry = (lay, place.rect, place.under, place.device.copy(place.rect))
    _KEPT[key] = entry
    _kept_bytes += _size(entry)
    while _kept_bytes > PIXELS_MAX and _KEPT:
        _kept_bytes -= _size(_KEPT.popitem(last=False)[1])


def _size(entry: tuple[CardLayout, QRect, QImage, QImage]) -> int:
    return 2 * entry[3].sizeInBytes()  # (the pixels under and drawn: one rect, one format)


def content_inside(lay: CardLayout) -> bool:
    """Whether the card's text, marks and picture leave their ink within its box: the
    pixels kept (the box, its border and a pixel more) then hold all its drawing."""
    known = _INSIDE.get(id(lay))
    if known is not None and known[0] is lay:
        return known[1]
    bounds = content_bounds(lay)
    box = lay.rect
    inside = bounds is None or (
        bounds[0] >= 0 and bounds[1] >= 0 and bounds[2] <= box.w and bounds[3] <= box.h
    )
    _INSIDE[id(lay)] = (lay, inside)
    if len(_INSIDE) > _INSIDE_MAX:
        _INSIDE.popitem(last=False)
    return inside


def content_bounds(lay: CardLayout) -> tuple[float, float, float, float] | None:
    """Where the card's text, marks and picture can leave ink, in the card's own
    coordinates (left, top, right, bottom); None when it has none."""
    ox, oy = lay.rect.x, lay.rect.y
    xs: list[float] = []
    ys: list[float] = []
    for run in lay.texts:
        scale = run.size / 100.0
        for span in run.spans:
            ink = _ink(span.font, span.text)
            if ink is None:
                continue
            left, top, right, bottom = ink
            x, y = run.x + span.dx - ox, run.y - oy
            xs += (x + left * scale, x + right * scale)
            ys += (y + top * scale, y + bottom * scale)
    for shape in lay.marks:
        c = shape.coords
        grow = shape.width / 2 if shape.stroke else 0.0
        if shape.kind == "rect":
            sx, sy, sw, sh = c[0] - ox, c[1] - oy, c[2], c[3]
            xs += (sx - grow, sx + sw + grow)
            ys += (sy - grow, sy + sh + grow)
        elif shape.kind == "circle":
            r = c[2] + grow
            xs += (c[0] - ox - r, c[0] - ox + r)
            ys += (c[1] - oy - r, c[1] - oy + r)
        else:
            px, py = c[0::2], c[1::2]
            xs += (min(px) - ox - grow, max(px) - ox + grow)
            ys += (min(py) - oy - grow, max(py) - oy + grow)
    if lay.image is not None:
        box = lay.image[0]
        xs += (box.x - ox - 0.3, box.x - ox + box.w + 0.3)  # (its 0.6-point frame)
        ys += (box.y - oy - 0.3, box.y - oy + box.h + 0.3)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)


@lru_cache(maxsize=8192)
def _ink(font_key: str, text: str) -> tuple[float, float, float, float] | None:
    """The outline bounds of a span's glyphs at the 100 px font, from its baseline's
    start, widened by a derived bold's stroke; None for blank text."""
    box = _outline(font_key, text).boundingRect()
    if box.isEmpty():
        return None
    grow = stroke_width(font_key, 100.0) / 2 + 1.0  # (and a pixel of the 100 px outline)
    return box.left() - grow, box.top() - grow, box.right() + grow, box.bottom() + grow


_IDENTITY = QTransform()
