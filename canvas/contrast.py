"""Text that can be read on its background: WCAG contrast ratios, and a fix when short.

A card may be any colour the user picks (a dark red pain point, a black sticky
note), and grey secondary text on such a fill cannot be read on screen nor on a
printed poster. The layout asks :func:`readable` for every text colour on a
card, so a colour that falls below WCAG's 4.5:1 for body text is darkened (on a
light fill) or lightened (on a dark one) just enough, keeping its hue.
"""

from __future__ import annotations

from functools import cache

#: WCAG 2's minimum contrast for normal-size text (level AA).
MINIMUM = 4.5


def _rgb(hex_color: str) -> tuple[int, int, int]:
    h = hex_color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


@cache  # a map has a handful of colours, asked for on every card at every layout
def luminance(hex_color: str) -> float:
    """WCAG relative luminance of an sRGB colour, 0 (black) … 1 (white)."""

    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(hex_color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: str, b: str) -> float:
    """The contrast ratio of two colours, 1 … 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(a: str, b: str, t: float) -> str:
    return "#{:02X}{:02X}{:02X}".format(
        *(round(x + (y - x) * t) for x, y in zip(_rgb(a), _rgb(b), strict=True))
    )


@cache
def readable(color: str, background: str, minimum: float = MINIMUM) -> str:
    """``color``, or the nearest shade of it toward black or white that reaches ``minimum``
    against ``background`` (toward whichever end gives the background more contrast)."""
    if ratio(color, background) >= minimum:
        return color
    end = "#000000" if ratio("#000000", background) >= ratio("#FFFFFF", background) else "#FFFFFF"
    for step in range(1, 21):
        shade = _mix(color, end, step / 20)
        if ratio(shade, background) >= minimum:
            return shade
    return end
