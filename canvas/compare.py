"""Two curves compared stage by stage: e.g. to-be minus as-is, a segment against all.

A curve's score in a stage is the mean of its points in that stage; a stage where
either curve has no point has no difference (a gap is not a zero). Pure: the
layout prints the row from this, the Curves dock lists it.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas.model import Journey


@dataclass(frozen=True)
class StageDifference:
    stage_id: str
    first: float | None
    second: float | None

    @property
    def delta(self) -> float | None:
        if self.first is None or self.second is None:
            return None
        return self.first - self.second


def stage_scores(journey: Journey, curve_id: str) -> dict[str, float]:
    """The curve's mean score per stage that has points on it."""
    found: dict[str, list[float]] = {}
    for p in journey.emotion_points:
        if journey.curve_of(p) == curve_id:
            found.setdefault(p.stage_id, []).append(p.score)
    return {sid: sum(v) / len(v) for sid, v in found.items()}


def difference(journey: Journey, first: str, second: str) -> list[StageDifference]:
    """``first`` minus ``second`` for every stage, in stage order."""
    a, b = stage_scores(journey, first), stage_scores(journey, second)
    return [StageDifference(s.id, a.get(s.id), b.get(s.id)) for s in journey.stages]


def compared(journey: Journey) -> tuple[str, str] | None:
    """The journey's chosen comparison when both of its curves still exist."""
    ids = {c.id for c in journey.curves}
    pair = journey.comparison
    if len(pair) == 2 and pair[0] in ids and pair[1] in ids and pair[0] != pair[1]:
        return pair[0], pair[1]
    return None


def mark(delta: float | None) -> str:
    return "—" if delta is None else f"{'+' if delta >= 0 else '−'}{abs(delta):.1f}"
