"""The curves an import computes: one for all answers, one per segment.

Every touched touchpoint gets a point at its mean on the journey's data curve (all
answers), and, where its answers name segments (``--segment`` or a detected
customer-type column), a point at that segment's mean on the segment's own data
curve. A re-import finds those curves again (by the segment they show) and moves
their points instead of adding curves, so a journey never collects duplicates.
A point whose answers are gone with their import goes too. Pure and Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable

from journeycanvas.canvas import curve_edits, research
from journeycanvas.canvas.model import Card, Curve, CurveKind, EmotionPoint, Journey

#: The data curve of all answers has no segment.
ALL = ""
_NAMES = {"en": "Survey (all answers)", "zh": "调研（全部回答）"}


def update(journey: Journey, touched: Iterable[str]) -> Journey:
    """``journey`` with its data curves brought up to date for the touched cards."""
    touched = list(dict.fromkeys(touched))
    if not touched:
        return journey
    # Cards looked up once: Journey.card walks every card, and 1,000 touched cards
    # made that a million steps (issue 17's measurement of the import).
    by_id = {c.id: c for c in journey.cards}
    wanted: list[str] = [ALL]
    for card_id in touched:
        for group in research.segments(by_id[card_id]):
            if group.name not in wanted:
                wanted.append(group.name)
    curve_ids: dict[str, str] = {}
    for segment in wanted:
        found = _data_curve(journey, segment)
        if found is None and segment != ALL and not _any_scores(by_id, touched, segment):
            continue
        if found is None:
            name = _NAMES.get(journey.language, _NAMES["en"]) if segment == ALL else segment
            found = curve_edits.new_curve(
                journey, name, CurveKind.SEGMENT, data=True, segment=segment
            )
            journey = curve_edits.add_curve(journey, found)
        curve_ids[segment] = found.id
    for segment, curve_id in curve_ids.items():
        journey = _points(journey, by_id, curve_id, segment, touched)
    return journey


def _data_curve(journey: Journey, segment: str) -> Curve | None:
    found = next((c for c in journey.curves if c.data and c.segment == segment), None)
    if found is None and segment == ALL:
        # A file from before curves: its data points sit on whichever curve holds them.
        holder = next((journey.curve_of(p) for p in journey.emotion_points if p.data), None)
        if holder is not None:
            found = journey.curve(holder)
    return found


def _any_scores(by_id: dict[str, Card], touched: list[str], segment: str) -> bool:
    return any(_mean(by_id[c], segment) is not None for c in touched)


def _mean(card: Card, segment: str) -> float | None:
    if segment == ALL:
        return card.score
    group = next((g for g in research.segments(card) if g.name == segment), None)
    return None if group is None else group.mean


def _points(
    journey: Journey, by_id: dict[str, Card], curve_id: str, segment: str, touched: list[str]
) -> Journey:
    points = list(journey.emotion_points)
    rows: dict[str, tuple[dict[str, int], int]] | None = None  # see _places
    linked = {
        p.card_id: i for i, p in enumerate(points) if p.card_id and journey.curve_of(p) == curve_id
    }
    gone: set[int] = set()
    for card_id in touched:
        card = by_id[card_id]
        score = _mean(card, segment)
        if score is None:
            if card_id in linked and points[linked[card_id]].data:
                gone.add(linked[card_id])  # its answers were removed with their import
            continue
        score = max(-2.0, min(2.0, score))
        if card_id in linked:
            i = linked[card_id]
            update = {"score": score, "data": True, "curve_id": curve_id}
            points[i] = points[i].model_copy(update=update)
            continue
        if rows is None:
            rows = _places(journey)
        places, count = rows[card.stage_id]
        points.append(
            EmotionPoint(
                stage_id=card.stage_id,
                position=(places[card_id] + 0.5) / count,
                score=score,
                label=card.title,
                card_id=card_id,
                data=True,
                curve_id=curve_id,
            )
        )
        linked[card_id] = len(points) - 1
    points = [p for i, p in enumerate(points) if i not in gone]
    return journey.model_copy(update={"emotion_points": points})


def _places(journey: Journey) -> dict[str, tuple[dict[str, int], int]]:
    """Per stage, each touchpoint card's first place among the stage's touchpoint cards
    (as Journey.touchpoint_cards lists them: lanes in order, cards in order) and their
    count, in one pass over the lanes' cards instead of a walk of every card per stage."""
    ids: dict[str, list[str]] = {}
    cards = journey.cards
    for lane_id in journey.touchpoint_lane_ids():
        for card in cards:
            if card.lane_id == lane_id:
                ids.setdefault(card.stage_id, []).append(card.id)
    rows: dict[str, tuple[dict[str, int], int]] = {}
    for stage_id, row in ids.items():
        places: dict[str, int] = {}
        for i, card_id in enumerate(row):
            places.setdefault(card_id, i)
        rows[stage_id] = (places, len(row))
    return rows
