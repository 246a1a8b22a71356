"""Colours and sizes of the map, as data shared by the screen and the poster.

Kept free of Qt so the PDF exporter reads the very same table; colours are
#rrggbb strings that both QColor and reportlab understand.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas.model import LaneKind


@dataclass(frozen=True)
class LaneColors:
    row: str  # background of the lane's row
    header: str  # the lane header on the left
    card: str  # default card fill


LANE_COLORS: dict[LaneKind, LaneColors] = {
    LaneKind.ACTIONS: LaneColors("#F3F8FE", "#BBDEFB", "#DCEBFB"),
    LaneKind.TOUCHPOINTS: LaneColors("#FFF8EF", "#FFCC80", "#FFE3BD"),
    LaneKind.CHANNELS: LaneColors("#F4F5FB", "#C5CAE9", "#E0E3F4"),
    LaneKind.THOUGHTS: LaneColors("#FAF4FB", "#E1BEE7", "#EFDCF2"),
    LaneKind.EMOTIONS: LaneColors("#FFFFFF", "#F8BBD0", "#FCE4EC"),
    LaneKind.PAIN_POINTS: LaneColors("#FFF5F5", "#EF9A9A", "#FFD6D6"),
    LaneKind.OPPORTUNITIES: LaneColors("#F3FAF3", "#A5D6A7", "#D4EDD5"),
    LaneKind.NEEDS: LaneColors("#F0FAFB", "#80DEEA", "#CDEFF3"),
    LaneKind.OWNERS: LaneColors("#F6F7F8", "#B0BEC5", "#E1E6E9"),
    LaneKind.METRICS: LaneColors("#FFFDF0", "#FFF176", "#FFF6B8"),
    LaneKind.TEXT: LaneColors("#FAFAFA", "#E0E0E0", "#FFFFFF"),
    # Service blueprint lanes: cool greys deepening from what the customer sees to what
    # only the organisation sees, and warm sand for the physical evidence.
    LaneKind.FRONTSTAGE: LaneColors("#F1F8F7", "#80CBC4", "#CFEAE7"),
    LaneKind.BACKSTAGE: LaneColors("#F2F4F7", "#9FA8DA", "#D9DDF0"),
    LaneKind.SUPPORT: LaneColors("#F4F4F4", "#BDBDBD", "#E4E4E4"),
    LaneKind.PHYSICAL_EVIDENCE: LaneColors("#FBF7F1", "#D7CCC8", "#EFE7DF"),
    # Planned automations: a violet apart from every customer and blueprint lane.
    LaneKind.TRIGGERS: LaneColors("#F7F3FD", "#B39DDB", "#E6DDF7"),
    LaneKind.STORYBOARD: LaneColors("#F7F8F9", "#CFD8DC", "#FFFFFF"),
}

#: The three lines of a service blueprint: which lane kind a line sits on top of, the
#: kind a lane above must have for the line to be drawn, and the label key in labels.py.
BLUEPRINT_LINES: tuple[tuple[LaneKind, LaneKind, str], ...] = (
    (LaneKind.FRONTSTAGE, LaneKind.ACTIONS, "line_interaction"),
    (LaneKind.BACKSTAGE, LaneKind.FRONTSTAGE, "line_visibility"),
    (LaneKind.SUPPORT, LaneKind.BACKSTAGE, "line_internal"),
)
BLUEPRINT_LINE = "#3949AB"  # the lines and their names (4.5:1 on every row)
LINK = "#5D4037"  # connectors between cards
MOMENT = "#FFB300"  # the marker of a moment of truth
MOMENT_STEP_HEADER = "#FFF3C4"
STEP_HEADER = "#ECEFF1"

INK = "#263238"  # main text
INK_SOFT = "#455A64"  # secondary text: 4.5:1 or more on every lane row and card fill
GRID = "#CFD8DC"  # cell borders
STAGE_HEADER = "#37474F"
STAGE_HEADER_TEXT = "#FFFFFF"
CARD_BORDER = "#90A4AE"
SUGGESTED_BORDER = "#E53935"
CURVE = "#455A64"
DATA_CURVE = "#1565C0"  # the curve computed from imported answers
DATA_BAND = "#D6E4F5"  # its 95 % confidence band where no transparency is at hand
LOW_CONFIDENCE = "#8A4B00"  # a touchpoint's badge when it rests on few answers (4.5:1)
SIGNIFICANT = "#6A1B9A"  # a wave-to-wave change Welch's test finds significant
ZERO_BAND = "#ECEFF1"
PAGE = "#FFFFFF"


@dataclass(frozen=True)
class Metrics:
    """Sizes in points (1/72 inch); the scene uses the same numbers as scene units."""

    margin: float = 24
    lane_header_width: float = 150
    stage_width: float = 230
    stage_header_height: float = 52
    cell_padding: float = 8
    card_gap: float = 8
    card_padding: float = 8
    card_min_height: float = 40
    empty_row_height: float = 44
    empty_lane_height: float = 28  # a lane without a single card
    empty_band_height: float = 104  # the emotion band of a curve without points
    collapsed_row_height: float = 26
    curve_band_height: float = 170
    title_size: float = 26
    subtitle_size: float = 13
    stage_title_size: float = 15
    lane_title_size: float = 13
    card_title_size: float = 12.5
    card_body_size: float = 10.5
    badge_size: float = 9.5
    line_spacing: float = 1.32
    face_radius: float = 9
    header_gap: float = 16
    persona_width: float = 420
    step_width: float = 160
    step_header_height: float = 30
    step_title_size: float = 11
    blueprint_band: float = 20
    line_label_size: float = 9
    link_label_size: float = 9
    moment_radius: float = 6


METRICS = Metrics()


def score_color(score: float) -> str:
    """Red at −2, amber at 0, green at +2: the colour of an emotion face."""
    t = max(-2.0, min(2.0, score)) / 2.0
    red, amber, green = (0xE5, 0x39, 0x35), (0xFF, 0xB3, 0x00), (0x43, 0xA0, 0x47)
    a, b, u = (amber, green, t) if t >= 0 else (amber, red, -t)
    rgb = tuple(round(x + (y - x) * u) for x, y in zip(a, b, strict=True))
    return "#{:02X}{:02X}{:02X}".format(*rgb)
