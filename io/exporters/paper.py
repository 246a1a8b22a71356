"""Paper sizes as data, and the one place that turns a paper name into points.

Print shops and office printers name sheets, not dimensions: ``A1``, ``Letter``,
``A4``. A custom sheet is written ``WIDTHxHEIGHT`` in millimetres (``600x900``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

MM = 72.0 / 25.4  # points per millimetre

#: Portrait width and height in millimetres.
PAPER_SIZES_MM: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A2": (420.0, 594.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
    "Letter": (215.9, 279.4),
    "Tabloid": (279.4, 431.8),
}

#: Sheets an office printer takes, offered for tiling.
TILE_PAPERS = ("A4", "A3", "Letter", "Tabloid")

#: Limits for a custom size: a business card up to a banner roll.
MIN_MM, MAX_MM = 50.0, 5000.0

_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*$", re.IGNORECASE)


class Orientation(StrEnum):
    AUTO = "auto"  # whichever suits the map's proportions
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class PaperError(ValueError):
    """A paper name or size that cannot be used; the message is one sentence."""


@dataclass(frozen=True)
class Paper:
    """A sheet in points, already turned to its orientation."""

    name: str
    width: float
    height: float

    @property
    def width_mm(self) -> float:
        return self.width / MM

    @property
    def height_mm(self) -> float:
        return self.height / MM

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def turned(self, orientation: Orientation, content_w: float = 1, content_h: float = 1) -> Paper:
        """This sheet portrait, landscape, or (auto) the way the content is shaped."""
        short, long_ = sorted((self.width, self.height))
        if orientation == Orientation.AUTO:
            orientation = Orientation.LANDSCAPE if content_w > content_h else Orientation.PORTRAIT
        if orientation == Orientation.LANDSCAPE:
            return Paper(self.name, long_, short)
        return Paper(self.name, short, long_)


def paper_names() -> list[str]:
    return list(PAPER_SIZES_MM)


def parse_paper(text: str) -> Paper:
    """``A1``, ``a4``, ``Letter`` or a custom ``600x900`` (mm), portrait."""
    key = text.strip()
    for name, (w, h) in PAPER_SIZES_MM.items():
        if name.lower() == key.lower():
            return Paper(name, w * MM, h * MM)
    match = _CUSTOM.match(key)
    if not match:
        known = ", ".join(PAPER_SIZES_MM)
        raise PaperError(
            f"{text!r} is not a paper size; use one of {known} or WIDTHxHEIGHT in millimetres"
        )
    w, h = float(match.group(1)), float(match.group(2))
    if not (MIN_MM <= w <= MAX_MM and MIN_MM <= h <= MAX_MM):
        raise PaperError(
            f"a custom paper must be between {MIN_MM:g} and {MAX_MM:g} mm on each side, "
            f"not {w:g}×{h:g} mm"
        )
    return Paper(f"{w:g}x{h:g}mm", w * MM, h * MM)
