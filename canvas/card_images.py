"""Pictures on cards: a screenshot, a storyboard sketch, a photo, kept in the file.

A card's picture is stored as a ``data:`` URI (like the persona photo), already
downscaled when it was added (app/card_image.py), so a journey stays one
self-contained, reasonably small file. The layout needs only the picture's
pixel size to give it a box of the right shape; that is read here from the
PNG or JPEG header in plain Python, so the PDF export stays free of Qt.
"""

from __future__ import annotations

import base64
import binascii
import io
import struct
from functools import lru_cache

#: The longest side a picture is stored at, in pixels (enough for an A1 poster card).
IMAGE_SIDE = 800
#: The tallest a picture is drawn on a card, in points; in a storyboard lane, where the
#: pictures are the cards, a frame may be taller.
MAX_HEIGHT = 150.0
STORYBOARD_HEIGHT = 240.0


@lru_cache(maxsize=256)
def image_bytes(uri: str) -> bytes:
    """The decoded bytes of a data: URI (empty when it is not one, or broken)."""
    if not uri.startswith("data:") or "," not in uri:
        return b""
    try:
        return base64.b64decode(uri.split(",", 1)[1], validate=False)
    except (binascii.Error, ValueError):
        return b""


def as_drawn(uri: str, grey: bool) -> str:
    """The picture as a theme draws it: itself, or (``grey``: the greyscale theme, made
    for an office printer) its greys, so that a poster is grey all through and shows on
    screen what the printer will make of it."""
    return greyed(uri) if grey else uri


@lru_cache(maxsize=128)
def greyed(uri: str) -> str:
    """``uri``'s picture in greys (its transparency kept), as a PNG data: URI; the URI
    itself when it cannot be read."""
    from PIL import Image, UnidentifiedImageError

    data = image_bytes(uri)
    if not data:
        return uri
    try:
        with Image.open(io.BytesIO(data)) as image:
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            grey = image.convert("LA" if has_alpha else "L")
            out = io.BytesIO()
            grey.save(out, "PNG", optimize=False)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return uri
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG's or a baseline/progressive JPEG's header."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return (w, h) if w and h else None
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return (w, h) if w and h else None
        i += 2 + length
    return None


def picture_box(
    uri: str | None, width: float, max_height: float = 0.0
) -> tuple[float, float] | None:
    """The (width, height) in points a picture takes on a card ``width`` wide: the
    card's width, or narrower when that would make it taller than ``max_height``
    (MAX_HEIGHT; a storyboard lane's frames may be taller)."""
    limit = max_height or MAX_HEIGHT
    if not uri:
        return None
    size = pixel_size(image_bytes(uri))
    if size is None:
        return None
    w, h = size
    height = width * h / w
    if height > limit:
        return limit * w / h, limit
    return width, height
