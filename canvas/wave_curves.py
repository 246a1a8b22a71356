"""The Waves view's chart: one data curve per survey wave, over the journey's stages.

Each wave becomes a curve of the curves model (kind segment, computed from data,
named after the wave, a look of its own from ``curve_edits.new_curve``) whose
points sit where the touchpoint's point sits on the map, at that wave's mean. The
result is a small journey holding only the stages, one emotions lane and these
curves, so the chart is laid out and drawn by the same code as the map and the
poster (line styles, markers, legend, nudged coincident points). Derived on
demand and never saved: the waves stay in the evidence, as ``canvas.research``
reads them. Qt-free.
"""

from __future__ import annotations

from journeycanvas.canvas import curve_edits, research
from journeycanvas.canvas.model import (
    Curve,
    CurveKind,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
)


def wave_names(journey: Journey) -> list[str]:
    """The survey waves in import order (imports sharing a name are one wave)."""
    return list(dict.fromkeys(research.wave_names(journey).values()))


def wave_journey(journey: Journey, title: str = "") -> Journey:
    """The journey's stages with one data curve per wave and nothing else.

    A touchpoint a wave has no scored answer for gets no point on that wave's curve,
    so a curve never claims a mean nobody gave.
    """
    lane = next((x for x in journey.lanes if x.kind == LaneKind.EMOTIONS), None)
    lane = Lane(
        id=lane.id if lane else "lane-waves",
        name=lane.name if lane else "",
        kind=LaneKind.EMOTIONS,
    )
    out = journey.model_copy(
        update={
            "title": title,
            "scenario": "",
            "personas": [],
            "lanes": [lane],
            "cards": [],
            "curves": [],
            "comparison": [],
            "emotion_points": [],
            "links": [],
            "comments": [],
            "views": [],
        }
    )
    names = wave_names(journey)
    if not names:
        return out
    drawn_at = {p.card_id: p for p in journey.emotion_points if p.card_id}
    curves: list[Curve] = []
    points: list[EmotionPoint] = []
    for i, name in enumerate(names):
        so_far = out.model_copy(update={"curves": curves})
        curve = curve_edits.new_curve(
            so_far, name, CurveKind.SEGMENT, data=True, id=f"curve-wave-{i + 1}"
        )
        curves.append(curve)
    for stage in journey.stages:
        cards = [c for c in journey.touchpoint_cards(stage.id) if c.responses]
        for k, card in enumerate(cards, start=1):
            at = drawn_at.get(card.id)
            position = at.position if at is not None else k / (len(cards) + 1)
            step_id = at.step_id if at is not None else None
            for curve, group in zip(curves, research.waves(journey, card), strict=True):
                if group.mean is None:
                    continue
                points.append(
                    EmotionPoint(
                        id=f"ep-{curve.id}-{card.id}",
                        stage_id=stage.id,
                        step_id=step_id,
                        position=position,
                        score=max(-2.0, min(2.0, group.mean)),
                        data=True,
                        curve_id=curve.id,
                    )
                )
    return out.model_copy(update={"curves": curves, "emotion_points": points})
