"""Two curves compared stage by stage: e.g. to-be minus as-is, a segment against the rest.

A curve's score in a stage is the mean of its points in that stage; a stage where
either curve has no point has no difference (a gap is not a zero). Pure: the
layout prints the row from this, the Curves dock lists it.

"The rest" is not a curve the journey keeps: it is every answer outside a segment
data curve's segment (unsegmented answers included), read from the evidence each
time, so a re-import or a deleted answer changes it without anything to update.
It is scored as a data curve of those answers would be: a touchpoint's score is
the mean of its answers outside the segment, a stage's the mean of its
touchpoints'. The journey's ``comparison`` names it with :data:`REST` in place
of the second curve id; a version that does not know the word prints no row.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import Card, Journey

#: Second entry of ``Journey.comparison``: every answer not in the first curve's segment.
#: No generated id looks like it (ids are ``prefix-hex``).
REST = "~rest"
_REST_NAMES = {"en": "the rest", "zh": "其余回答"}


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


def segment_of(journey: Journey, curve_id: str | None) -> str | None:
    """The segment a data curve shows, or None when the curve has no "rest" to compare
    with (a hand curve, the all-answers curve, or no such curve)."""
    curve = next((c for c in journey.curves if c.id == curve_id), None)
    if curve is None or not curve.data or not curve.segment:
        return None
    return curve.segment


def _rest_mean(card: Card, segment: str) -> float | None:
    table = EvidenceTable.from_evidence(card.evidence)
    scores = [
        score
        for own, score in zip(table.segments, table.scores, strict=True)
        if own != segment and score is not None
    ]
    return max(-2.0, min(2.0, sum(scores) / len(scores))) if scores else None


def rest_scores(journey: Journey, segment: str) -> dict[str, float]:
    """Per stage, the mean over its cards of their answers outside ``segment``."""
    found: dict[str, list[float]] = {}
    for card in journey.cards:
        if card.evidence:
            mean = _rest_mean(card, segment)
            if mean is not None:
                found.setdefault(card.stage_id, []).append(mean)
    return {sid: sum(v) / len(v) for sid, v in found.items()}


def rest_name(language: str) -> str:
    """What the map calls the rest, in the journey's language."""
    return _REST_NAMES.get(language.split("-")[0].lower(), _REST_NAMES["en"])


def difference(journey: Journey, first: str, second: str) -> list[StageDifference]:
    """``first`` minus ``second`` (a curve id or :data:`REST`) for every stage, in order."""
    a = stage_scores(journey, first)
    if second == REST:
        segment = segment_of(journey, first)
        b = rest_scores(journey, segment) if segment is not None else {}
    else:
        b = stage_scores(journey, second)
    return [StageDifference(s.id, a.get(s.id), b.get(s.id)) for s in journey.stages]


def compared(journey: Journey) -> tuple[str, str] | None:
    """The journey's chosen comparison when both of its curves still exist."""
    ids = {c.id for c in journey.curves}
    pair = journey.comparison
    if len(pair) != 2 or pair[0] not in ids or pair[0] == pair[1]:
        return None
    if pair[1] in ids or (pair[1] == REST and segment_of(journey, pair[0]) is not None):
        return pair[0], pair[1]
    return None


def allowed(journey: Journey, first: str | None, second: str | None) -> bool:
    """Whether ``first`` minus ``second`` is a comparison the map can print."""
    if not first or not second or first == second:
        return False
    return second != REST or segment_of(journey, first) is not None


def mark(delta: float | None) -> str:
    return "—" if delta is None else f"{'+' if delta >= 0 else '−'}{abs(delta):.1f}"
