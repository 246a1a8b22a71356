"""Themes: the colours a map is drawn in, as data the layout reads (no Qt).

A theme names the lane colours, the stage headers, the accent under the title,
the colours of the research chips and the ramp of the emotion scale. The layout
writes these colours into every box, card, chip and face it lays out, so the
screen and every poster format draw a theme without knowing about themes.

``greyscale`` is made for an office printer: every fill is a grey, neighbouring
lane kinds differ in lightness, and nothing relies on hue — the curves differ
in dash, the chips in their words and fill, the faces in their mouths.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas import style
from journeycanvas.canvas.contrast import luminance
from journeycanvas.canvas.marks import mix
from journeycanvas.canvas.model import LaneKind
from journeycanvas.canvas.style import LaneColors

DEFAULT = "classic"


@dataclass(frozen=True)
class Theme:
    key: str
    lanes: dict[LaneKind, LaneColors]
    stage_header: str
    stage_header_text: str
    accent: str  # the rule under the title block
    significant: str  # a chip's fill for a significant change
    low_confidence: str  # a chip's fill for few answers
    #: The emotion scale's colours at −2, 0 and +2 (faces and score pills).
    scale: tuple[str, str, str] = ("#E53935", "#FFB300", "#43A047")
    #: Every other colour (a user's card colour, a badge's) drawn as its grey.
    grey: bool = False

    def paint(self, color: str) -> str:
        """``color`` as this theme draws it: unchanged, or its grey of equal luminance."""
        if not self.grey:
            return color
        level = round(255 * luminance(color) ** (1 / 2.2))
        return f"#{level:02X}{level:02X}{level:02X}"

    def score_color(self, score: float) -> str:
        """The colour of a score on this theme's ramp, −2 … 0 … +2."""
        t = max(-2.0, min(2.0, score)) / 2.0
        low, mid, high = self.scale
        return mix(mid, high, t) if t >= 0 else mix(mid, low, -t)


def _grey(header: str, row: str, card: str) -> LaneColors:
    return LaneColors(row, header, card)


#: Greys for the lane kinds, neighbours in the usual lane order a step apart.
_GREYS: dict[LaneKind, LaneColors] = {
    LaneKind.ACTIONS: _grey("#C8C8C8", "#FFFFFF", "#F2F2F2"),
    LaneKind.TOUCHPOINTS: _grey("#9E9E9E", "#F4F4F4", "#FFFFFF"),
    LaneKind.CHANNELS: _grey("#E2E2E2", "#FFFFFF", "#F2F2F2"),
    LaneKind.THOUGHTS: _grey("#B4B4B4", "#F4F4F4", "#FFFFFF"),
    LaneKind.EMOTIONS: _grey("#D6D6D6", "#FFFFFF", "#F2F2F2"),
    LaneKind.PAIN_POINTS: _grey("#A0A0A0", "#EDEDED", "#DADADA"),
    LaneKind.OPPORTUNITIES: _grey("#EEEEEE", "#FFFFFF", "#F7F7F7"),
    LaneKind.NEEDS: _grey("#BDBDBD", "#F4F4F4", "#FFFFFF"),
    LaneKind.OWNERS: _grey("#DCDCDC", "#FFFFFF", "#F2F2F2"),
    LaneKind.METRICS: _grey("#A8A8A8", "#F4F4F4", "#FFFFFF"),
    LaneKind.TEXT: _grey("#E8E8E8", "#FFFFFF", "#FFFFFF"),
    LaneKind.FRONTSTAGE: _grey("#A8A8A8", "#FFFFFF", "#F2F2F2"),
    LaneKind.BACKSTAGE: _grey("#E0E0E0", "#F4F4F4", "#FFFFFF"),
    LaneKind.SUPPORT: _grey("#A4A4A4", "#FFFFFF", "#F0F0F0"),
    LaneKind.PHYSICAL_EVIDENCE: _grey("#E8E8E8", "#F4F4F4", "#FFFFFF"),
    LaneKind.STORYBOARD: _grey("#B0B0B0", "#FFFFFF", "#FFFFFF"),
    LaneKind.TRIGGERS: _grey("#D0D0D0", "#F4F4F4", "#FFFFFF"),
}

#: A calm navy-and-teal palette for clients who find the classic one loud.
_HARBOUR: dict[LaneKind, LaneColors] = {
    LaneKind.ACTIONS: LaneColors("#F4F8FB", "#C9DCEB", "#E3EEF6"),
    LaneKind.TOUCHPOINTS: LaneColors("#F2FAF9", "#A9DCD5", "#D8F0EC"),
    LaneKind.CHANNELS: LaneColors("#F6F7FA", "#CDD3E3", "#E6E9F2"),
    LaneKind.THOUGHTS: LaneColors("#F8F6FA", "#D8CFE6", "#ECE7F3"),
    LaneKind.EMOTIONS: LaneColors("#FFFFFF", "#E8D9C5", "#F6EEE3"),
    LaneKind.PAIN_POINTS: LaneColors("#FCF5F3", "#E8B9AE", "#F6DED8"),
    LaneKind.OPPORTUNITIES: LaneColors("#F4F9F2", "#BFDDB3", "#E1F0DA"),
    LaneKind.NEEDS: LaneColors("#F2F8FA", "#B4D6E2", "#DCEDF3"),
    LaneKind.OWNERS: LaneColors("#F6F7F8", "#C5CCD3", "#E5E9ED"),
    LaneKind.METRICS: LaneColors("#FCFAF2", "#E6DCA8", "#F4EFD3"),
    LaneKind.TEXT: LaneColors("#FAFAFA", "#E0E0E0", "#FFFFFF"),
    LaneKind.FRONTSTAGE: LaneColors("#F2F8F7", "#A9D3CD", "#D7ECE9"),
    LaneKind.BACKSTAGE: LaneColors("#F3F4F8", "#B8BFDC", "#DEE1EF"),
    LaneKind.SUPPORT: LaneColors("#F5F5F5", "#C8C8C8", "#E6E6E6"),
    LaneKind.PHYSICAL_EVIDENCE: LaneColors("#FAF7F3", "#D9CFC4", "#EEE8E1"),
    LaneKind.STORYBOARD: LaneColors("#F7F8F9", "#CBD5DC", "#FFFFFF"),
    LaneKind.TRIGGERS: LaneColors("#F7F5FB", "#CFC4E6", "#ECE6F5"),
}

THEMES: dict[str, Theme] = {
    "classic": Theme(
        "classic",
        style.LANE_COLORS,
        style.STAGE_HEADER,
        style.STAGE_HEADER_TEXT,
        "#37474F",
        style.SIGNIFICANT,
        style.LOW_CONFIDENCE,
    ),
    "harbour": Theme(
        "harbour",
        _HARBOUR,
        "#1F3A5F",
        "#FFFFFF",
        "#2A9D8F",
        "#5B2C83",
        "#8A4B00",
        ("#C0392B", "#E9A23B", "#2E8B57"),
    ),
    "greyscale": Theme(
        "greyscale",
        _GREYS,
        "#333333",
        "#FFFFFF",
        "#333333",
        "#3A3A3A",
        "#5E5E5E",
        ("#8A8A8A", "#B8B8B8", "#E2E2E2"),
        grey=True,
    ),
}


def theme(key: str | None) -> Theme:
    """The theme called ``key``; the classic one for an unknown or empty name."""
    return THEMES.get(key or DEFAULT, THEMES[DEFAULT])
