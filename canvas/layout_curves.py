"""Several emotion curves in one band: their looks, points, bands and legend.

Pure geometry and no Qt, like ``layout.py``, which calls in here. A curve is told
apart from the others by three things at once — colour, line style and point
marker — so that six curves still read apart printed in greyscale. A curve
computed from answers (``Curve.data``) is drawn thinner, with hollow markers and
its 95 % band; a hand-drawn one with filled markers. Points of different curves
at the same place are nudged sideways so none hides another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from journeycanvas.canvas import research, style
from journeycanvas.canvas.model import Card, Curve, CurveKind, Journey, LineStyle
from journeycanvas.canvas.student_t import interval95

#: Dash patterns in multiples of the line width (on, off, on, off, …); solid is empty.
DASHES: dict[str, tuple[float, ...]] = {
    LineStyle.SOLID: (),
    LineStyle.DASH: (4.0, 2.5),
    LineStyle.DOT: (0.6, 1.8),
    LineStyle.DASH_DOT: (4.0, 1.8, 0.6, 1.8),
    LineStyle.LONG_DASH: (8.0, 3.0),
    LineStyle.DASH_DOT_DOT: (4.0, 1.5, 0.6, 1.5, 0.6, 1.5),
}
#: Each line style's marker, so the point alone also says which curve it is on.
MARKERS: dict[str, str] = {
    LineStyle.SOLID: "circle",
    LineStyle.DASH: "square",
    LineStyle.DOT: "triangle",
    LineStyle.DASH_DOT: "diamond",
    LineStyle.LONG_DASH: "down",
    LineStyle.DASH_DOT_DOT: "hexagon",
}
HAND_WIDTH = 2.4
DATA_WIDTH = 1.8
#: How far apart points of different curves at one place are set, in points.
NUDGE = 7.0

_KIND_NAMES = {
    "en": {"as_is": "As-is", "to_be": "To-be", "segment": "Segment", "free": "Curve",
           "data": "Survey (all answers)", "persona": "persona"},
    "zh": {"as_is": "现状", "to_be": "目标", "segment": "细分", "free": "曲线",
           "data": "调研（全部回答）", "persona": "画像"},
}  # fmt: skip


@dataclass(frozen=True)
class Look:
    """How one curve is stroked and marked."""

    curve_id: str | None
    name: str
    color: str
    line: str
    marker: str
    data: bool
    persona: str = ""

    @property
    def width(self) -> float:
        return DATA_WIDTH if self.data else HAND_WIDTH

    @property
    def dashes(self) -> tuple[float, ...]:
        return DASHES.get(self.line, ())


@dataclass(frozen=True)
class CurveTrace:
    """One shown curve in the band: its look, Bézier segments and confidence band."""

    look: Look
    segments: tuple[tuple[tuple[float, float], ...], ...]
    confidence: tuple[tuple[float, float, float], ...] = ()


def display_name(journey: Journey, curve: Curve | None) -> str:
    """The curve's name, or a name from its kind when it has none (a migrated file)."""
    names = _KIND_NAMES.get(journey.language.split("-")[0].lower(), _KIND_NAMES["en"])
    if curve is None:
        return names["as_is"]
    if curve.name:
        return curve.name
    if curve.data and not curve.segment:
        return names["data"]
    return curve.segment or names[curve.kind.value]


def full_name(journey: Journey, curve: Curve) -> str:
    """The curve's name with its persona's ("To-be · Emma"), as the legend shows it."""
    persona = next((p.name for p in journey.personas if p.id == curve.persona_id), "")
    name = display_name(journey, curve)
    return f"{name} · {persona}" if persona else name


def looks(journey: Journey) -> list[Look]:
    """Every shown curve's look in list order; a journey without curves has one."""
    personas = {p.id: p.name for p in journey.personas}
    if not journey.curves:
        return [implicit_look(journey, False)]
    return [
        Look(
            c.id,
            display_name(journey, c),
            c.color,
            c.line.value,
            MARKERS.get(c.line, "circle"),
            c.data,
            personas.get(c.persona_id or "", ""),
        )
        for c in journey.curves
        if c.shown
    ]


def implicit_look(journey: Journey, data: bool) -> Look:
    """The look of a journey's implicit curve (points with no curve, none of their kind)."""
    if data:
        names = _KIND_NAMES.get(journey.language.split("-")[0].lower(), _KIND_NAMES["en"])
        return Look("", names["data"], style.DATA_CURVE, LineStyle.DASH, "square", True)
    return Look(None, display_name(journey, None), style.CURVE, LineStyle.SOLID, "circle", False)


def point_interval(
    journey: Journey,
    curve: Curve | None,
    card_id: str | None,
    cards: Mapping[str, Card] | None = None,
):
    """The 95 % interval behind a data point: its touchpoint's, or its segment's.

    ``cards`` (the journey's cards by id) spares a walk through every card per
    point: a research curve has a thousand points on a thousand touchpoints."""
    if curve is None or not curve.data or not card_id:
        return None
    if cards is not None:
        card = cards.get(card_id)
    else:
        card = next((c for c in journey.cards if c.id == card_id), None)
    if card is None:
        return None
    if not curve.segment:
        return research.stats(journey, card).ci95
    group = next((g for g in research.segments(card) if g.name == curve.segment), None)
    return None if group is None else interval95(list(group.scores))


def nudge(xs_ys: list[tuple[float, float, str | None]], radius: float) -> list[float]:
    """New x per point: points of different curves closer than a marker's size are
    spread sideways around their place, in curve order, so every one stays visible."""
    out = [x for x, _y, _c in xs_ys]
    order = sorted(range(len(xs_ys)), key=lambda i: xs_ys[i][0])
    done: set[int] = set()
    for k, i in enumerate(order):
        if i in done:
            continue
        x, y, curve = xs_ys[i]
        cluster = [i]
        for j in order[k + 1 :]:
            xj, yj, cj = xs_ys[j]
            if xj - x > radius:
                break
            if (
                j not in done
                and abs(yj - y) < radius
                and cj != curve
                and cj not in {xs_ys[m][2] for m in cluster}
            ):
                cluster.append(j)
        if len(cluster) > 1:
            for n, m in enumerate(cluster):
                out[m] = xs_ys[m][0] + (n - (len(cluster) - 1) / 2) * NUDGE
        done.update(cluster)
    return out


def marker_outline(marker: str, cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """The marker's corners around (cx, cy), y down; empty for a circle."""
    import math

    if marker == "square":
        k = r * 0.88
        return [(cx - k, cy - k), (cx + k, cy - k), (cx + k, cy + k), (cx - k, cy + k)]
    if marker == "diamond":
        k = r * 1.2
        return [(cx, cy - k), (cx + k, cy), (cx, cy + k), (cx - k, cy)]
    if marker in ("triangle", "down"):
        sign = -1 if marker == "triangle" else 1
        k = r * 1.25
        return [
            (cx + k * math.cos(a), cy + sign * k * math.sin(a))
            for a in (math.pi / 2, math.pi / 2 + 2 * math.pi / 3, math.pi / 2 + 4 * math.pi / 3)
        ]
    if marker == "hexagon":
        k = r * 1.05
        return [(cx + k * math.cos(i * math.pi / 3), cy + k * math.sin(i * math.pi / 3))
                for i in range(6)]  # fmt: skip
    return []


def kind_order(kind: CurveKind) -> int:
    return list(CurveKind).index(kind)
