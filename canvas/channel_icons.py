"""Channel icons, drawn as simple vector shapes: no bundled image set, no licence to carry.

A card's channel text ("商城 App、短信", "Push notification, SMS") is read with the
synonym table of ``resources/channels.json`` (canvas/analysis/channel_names.py);
each channel it names that the table knows gets the icon of its key. Icons are
line drawings in one colour, in a unit square, so they print in greyscale as
well as in colour and scale to any size; the layout places them and every
renderer draws them as the same :class:`~journeycanvas.canvas.marks.Shape` list.
"""

from __future__ import annotations

from journeycanvas.canvas.analysis.channel_names import known_channel, split_channels
from journeycanvas.canvas.marks import Shape

# Each icon: (kind, unit coordinates, filled). Kinds as marks.Shape; a "rect" is
# (x, y, w, h, corner radius), a "circle" (cx, cy, r), "poly"/"line" point lists.
_Part = tuple[str, tuple[float, ...], bool]

_BUBBLE = ("rect", (0.06, 0.12, 0.88, 0.6, 0.16), False)
_TAIL = ("line", (0.26, 0.72, 0.2, 0.92, 0.46, 0.72), False)

ICONS: dict[str, tuple[_Part, ...]] = {
    "app": (
        ("rect", (0.26, 0.04, 0.48, 0.92, 0.1), False),
        ("line", (0.42, 0.82, 0.58, 0.82), False),
    ),
    "app_push": (
        ("rect", (0.18, 0.14, 0.46, 0.82, 0.1), False),
        ("line", (0.33, 0.84, 0.49, 0.84), False),
        ("circle", (0.76, 0.2, 0.15), True),
    ),
    "live_chat": (
        _BUBBLE,
        _TAIL,
        ("circle", (0.3, 0.42, 0.06), True),
        ("circle", (0.5, 0.42, 0.06), True),
        ("circle", (0.7, 0.42, 0.06), True),
    ),
    "hotline": (
        (
            "poly",
            (
                0.14,
                0.22,
                0.3,
                0.08,
                0.45,
                0.3,
                0.34,
                0.42,
                0.58,
                0.66,
                0.7,
                0.56,
                0.92,
                0.7,
                0.78,
                0.88,
                0.56,
                0.9,
                0.1,
                0.44,
            ),
            False,
        ),
    ),
    "website": (
        ("circle", (0.5, 0.5, 0.42), False),
        ("line", (0.08, 0.5, 0.92, 0.5), False),
        ("poly", (0.5, 0.08, 0.68, 0.3, 0.68, 0.7, 0.5, 0.92, 0.32, 0.7, 0.32, 0.3), False),
    ),
    "mini_program": (
        ("circle", (0.34, 0.62, 0.22), False),
        ("circle", (0.66, 0.38, 0.22), False),
    ),
    "wechat": (
        ("rect", (0.04, 0.1, 0.6, 0.46, 0.23), False),
        ("rect", (0.38, 0.42, 0.58, 0.44, 0.22), False),
        ("circle", (0.24, 0.32, 0.05), True),
        ("circle", (0.44, 0.32, 0.05), True),
    ),
    "wecom": (
        ("rect", (0.04, 0.1, 0.6, 0.46, 0.23), False),
        ("rect", (0.38, 0.42, 0.58, 0.44, 0.22), False),
        ("rect", (0.6, 0.56, 0.14, 0.14, 0.0), True),
    ),
    "sms": (
        _BUBBLE,
        _TAIL,
        ("line", (0.24, 0.34, 0.76, 0.34), False),
        ("line", (0.24, 0.52, 0.6, 0.52), False),
    ),
    "email": (
        ("rect", (0.06, 0.2, 0.88, 0.6, 0.06), False),
        ("line", (0.06, 0.22, 0.5, 0.56, 0.94, 0.22), False),
    ),
    "douyin": (
        ("circle", (0.36, 0.72, 0.15), True),
        ("line", (0.5, 0.72, 0.5, 0.1, 0.8, 0.26), False),
    ),
    "xiaohongshu": (
        ("rect", (0.16, 0.08, 0.68, 0.84, 0.06), False),
        ("line", (0.32, 0.08, 0.32, 0.92), False),
        ("line", (0.44, 0.3, 0.72, 0.3), False),
    ),
    "instagram": (
        ("rect", (0.1, 0.1, 0.8, 0.8, 0.24), False),
        ("circle", (0.5, 0.5, 0.19), False),
        ("circle", (0.71, 0.29, 0.05), True),
    ),
    "social_media": (
        ("line", (0.26, 0.5, 0.74, 0.22), False),
        ("line", (0.26, 0.5, 0.74, 0.78), False),
        ("circle", (0.24, 0.5, 0.13), True),
        ("circle", (0.76, 0.22, 0.13), True),
        ("circle", (0.76, 0.78, 0.13), True),
    ),
    "store": (
        ("poly", (0.06, 0.36, 0.16, 0.1, 0.84, 0.1, 0.94, 0.36), False),
        ("rect", (0.14, 0.36, 0.72, 0.56, 0.0), False),
        ("rect", (0.42, 0.6, 0.18, 0.32, 0.0), False),
    ),
    "delivery": (
        ("rect", (0.04, 0.24, 0.56, 0.46, 0.04), False),
        ("poly", (0.6, 0.4, 0.8, 0.4, 0.96, 0.56, 0.96, 0.7, 0.6, 0.7), False),
        ("circle", (0.24, 0.8, 0.1), True),
        ("circle", (0.78, 0.8, 0.1), True),
    ),
    "search": (
        ("circle", (0.42, 0.42, 0.28), False),
        ("line", (0.63, 0.63, 0.92, 0.92), False),
    ),
    "ads": (
        ("poly", (0.08, 0.38, 0.3, 0.38, 0.82, 0.12, 0.82, 0.88, 0.3, 0.62, 0.08, 0.62), False),
        ("line", (0.3, 0.62, 0.4, 0.9), False),
    ),
    "word_of_mouth": (
        ("circle", (0.3, 0.3, 0.14), False),
        ("rect", (0.08, 0.52, 0.44, 0.36, 0.16), False),
        ("circle", (0.72, 0.36, 0.11), False),
        ("rect", (0.56, 0.56, 0.36, 0.3, 0.13), False),
    ),
}


def channel_keys(text: str) -> tuple[str, ...]:
    """The icon keys of the channels a card's text names, in order, each once."""
    out: list[str] = []
    for part in split_channels(text):
        known = known_channel(part)
        if known is not None and known.key in ICONS and known.key not in out:
            out.append(known.key)
    return tuple(out)


def icon_shapes(key: str, x: float, y: float, size: float, ink: str) -> list[Shape]:
    """The icon ``key`` in a ``size`` square whose top-left corner is (x, y)."""
    width = max(0.7, size * 0.085)
    out = []
    for kind, unit, filled in ICONS[key]:
        if kind == "rect":
            ux, uy, uw, uh, ur = unit
            coords: tuple[float, ...] = (x + ux * size, y + uy * size, uw * size, uh * size,
                                         ur * size)  # fmt: skip
        elif kind == "circle":
            coords = (x + unit[0] * size, y + unit[1] * size, unit[2] * size)
        else:
            coords = tuple((x if i % 2 == 0 else y) + v * size for i, v in enumerate(unit))
        out.append(Shape(kind, coords, ink if filled else None, None if filled else ink, width))
    return out
