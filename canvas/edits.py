"""Every change a user can make, as a pure function from one journey to the next.

Copy on write: an edit never changes the journey it is given. It returns a new
Journey that shares every untouched stage, lane, card and point with the old
one, so keeping the old one for undo costs a few list copies, not a deep copy,
and undo is exact by construction. Nothing here imports Qt; the undo commands
in ``commands.py`` only swap one journey for the next.

Rule for anyone adding an edit: never assign to a field of an object reachable
from the journey you were given — build a changed copy with ``_with``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from journeycanvas.canvas.model import (
    Card,
    EmotionPoint,
    Journey,
    Lane,
    Persona,
    Stage,
    new_id,
)


def _with(obj: Any, **changes: Any) -> Any:
    """A shallow copy of a model object with some fields replaced."""
    return obj.model_copy(update=changes)


def _replace_in(items: list, ident: str, new: Any) -> list:
    return [new if x.id == ident else x for x in items]


def _index(items: list, ident: str) -> int:
    for i, x in enumerate(items):
        if x.id == ident:
            return i
    raise KeyError(ident)


# --- the journey itself ---------------------------------------------------------


def update_journey(j: Journey, **fields: Any) -> Journey:
    """Title, scenario, language: fields of the journey that are not lists."""
    return _with(j, **fields)


# --- personas -------------------------------------------------------------------


def add_persona(j: Journey, persona: Persona) -> Journey:
    return _with(j, personas=[*j.personas, persona])


def update_persona(j: Journey, persona_id: str, **fields: Any) -> Journey:
    old = j.personas[_index(j.personas, persona_id)]
    return _with(j, personas=_replace_in(j.personas, persona_id, _with(old, **fields)))


def delete_persona(j: Journey, persona_id: str) -> Journey:
    """Remove a persona; its curves stay, no longer anyone's."""
    curves = [_with(c, persona_id=None) if c.persona_id == persona_id else c for c in j.curves]
    return _with(j, personas=[p for p in j.personas if p.id != persona_id], curves=curves)


# --- cards ----------------------------------------------------------------------


def _cell_insert_at(cards: list[Card], stage_id: str, lane_id: str, index: int | None) -> int:
    """Position in the global card list for the index-th place inside a cell."""
    positions = [i for i, c in enumerate(cards) if c.stage_id == stage_id and c.lane_id == lane_id]
    if index is None or index >= len(positions):
        return positions[-1] + 1 if positions else len(cards)
    return positions[max(0, index)]


def add_cards(j: Journey, cards: Iterable[Card], index: int | None = None) -> Journey:
    """Add cards (to the end of their cells, or from the index-th place of each cell)."""
    out = list(j.cards)
    offsets: dict[tuple[str, str], int] = {}
    for card in cards:
        key = (card.stage_id, card.lane_id)
        at = None if index is None else index + offsets.get(key, 0)
        out.insert(_cell_insert_at(out, card.stage_id, card.lane_id, at), card)
        offsets[key] = offsets.get(key, 0) + 1
    return _with(j, cards=out)


def update_card(j: Journey, card_id: str, **fields: Any) -> Journey:
    old = j.card(card_id)
    return _with(j, cards=_replace_in(j.cards, card_id, _with(old, **fields)))


def delete_cards(j: Journey, card_ids: Iterable[str]) -> Journey:
    """Remove cards; emotion points that belonged to them stay, no longer linked."""
    gone = set(card_ids)
    points = [_with(p, card_id=None) if p.card_id in gone else p for p in j.emotion_points]
    return _with(j, cards=[c for c in j.cards if c.id not in gone], emotion_points=points)


def move_cards(
    j: Journey, card_ids: list[str], stage_id: str, lane_id: str, index: int | None = None
) -> Journey:
    """Move cards, in the given order, into a cell at the index-th place (None: the end).

    Linked emotion points follow a card that changes stage, keeping their place.
    """
    moving = {cid: j.card(cid) for cid in card_ids}
    rest = [c for c in j.cards if c.id not in moving]
    # The index counts places among the cards that stay in the target cell.
    at = _cell_insert_at(rest, stage_id, lane_id, index)
    moved = [_with(moving[cid], stage_id=stage_id, lane_id=lane_id) for cid in card_ids]
    cards = rest[:at] + moved + rest[at:]
    points = [
        _with(p, stage_id=stage_id) if p.card_id in moving and p.stage_id != stage_id else p
        for p in j.emotion_points
    ]
    return _with(j, cards=cards, emotion_points=points)


def duplicate_cards(j: Journey, card_ids: list[str]) -> tuple[Journey, list[str]]:
    """Copies placed right after each original, with new ids (evidence ids too)."""
    cards = list(j.cards)
    new_ids: list[str] = []
    for cid in card_ids:
        original = j.card(cid)
        copy = fresh_copy(original)
        cards.insert(_index(cards, cid) + 1, copy)
        new_ids.append(copy.id)
    return _with(j, cards=cards), new_ids


def fresh_copy(card: Card, stage_id: str | None = None, lane_id: str | None = None) -> Card:
    """A deep copy of a card under new ids: what paste and duplicate insert."""
    data = card.model_dump(mode="python")
    data["id"] = new_id("card")
    for ev in data.get("evidence", []):
        ev["id"] = new_id("ev")
    if stage_id is not None:
        data["stage_id"] = stage_id
    if lane_id is not None:
        data["lane_id"] = lane_id
    return Card.model_validate(data)


# --- stages ---------------------------------------------------------------------


def add_stage(j: Journey, stage: Stage, index: int | None = None) -> Journey:
    stages = list(j.stages)
    stages.insert(len(stages) if index is None else index, stage)
    return _with(j, stages=stages)


def update_stage(j: Journey, stage_id: str, **fields: Any) -> Journey:
    old = j.stage(stage_id)
    return _with(j, stages=_replace_in(j.stages, stage_id, _with(old, **fields)))


def delete_stage(j: Journey, stage_id: str) -> Journey:
    """Remove a stage with its cards and its emotion points."""
    return _with(
        j,
        stages=[s for s in j.stages if s.id != stage_id],
        cards=[c for c in j.cards if c.stage_id != stage_id],
        emotion_points=[p for p in j.emotion_points if p.stage_id != stage_id],
    )


def move_stage(j: Journey, stage_id: str, index: int) -> Journey:
    stages = [s for s in j.stages if s.id != stage_id]
    stages.insert(max(0, min(index, len(stages))), j.stage(stage_id))
    return _with(j, stages=stages)


# --- lanes ----------------------------------------------------------------------


def add_lane(j: Journey, lane: Lane, index: int | None = None) -> Journey:
    lanes = list(j.lanes)
    lanes.insert(len(lanes) if index is None else index, lane)
    return _with(j, lanes=lanes)


def update_lane(j: Journey, lane_id: str, **fields: Any) -> Journey:
    old = j.lane(lane_id)
    return _with(j, lanes=_replace_in(j.lanes, lane_id, _with(old, **fields)))


def delete_lane(j: Journey, lane_id: str) -> Journey:
    """Remove a lane with its cards (points linked to them stay, unlinked)."""
    gone = [c.id for c in j.cards if c.lane_id == lane_id]
    j = delete_cards(j, gone)
    return _with(j, lanes=[lane for lane in j.lanes if lane.id != lane_id])


def move_lane(j: Journey, lane_id: str, index: int) -> Journey:
    lanes = [lane for lane in j.lanes if lane.id != lane_id]
    lanes.insert(max(0, min(index, len(lanes))), j.lane(lane_id))
    return _with(j, lanes=lanes)


# --- the emotion curve ------------------------------------------------------------


def add_point(j: Journey, point: EmotionPoint) -> Journey:
    return _with(j, emotion_points=[*j.emotion_points, point])


def update_point(j: Journey, point_id: str, **fields: Any) -> Journey:
    old = j.emotion_points[_index(j.emotion_points, point_id)]
    if "score" in fields:
        fields["score"] = max(-2.0, min(2.0, float(fields["score"])))
    if "position" in fields:
        fields["position"] = max(0.0, min(1.0, float(fields["position"])))
    return _with(j, emotion_points=_replace_in(j.emotion_points, point_id, _with(old, **fields)))


def delete_points(j: Journey, point_ids: Iterable[str]) -> Journey:
    gone = set(point_ids)
    return _with(j, emotion_points=[p for p in j.emotion_points if p.id not in gone])


# --- editor conveniences: several changes that make one undo step ------------------

#: Narrowest a stage can be dragged to, in points.
MIN_STAGE_WIDTH = 80.0


def resize_stage(j: Journey, stage_id: str, width: float) -> Journey:
    return update_stage(j, stage_id, width=max(MIN_STAGE_WIDTH, round(float(width), 1)))


def toggle_lane_collapsed(j: Journey, lane_id: str) -> Journey:
    return update_lane(j, lane_id, collapsed=not j.lane(lane_id).collapsed)


def set_cards_color(j: Journey, card_ids: Iterable[str], color: str | None) -> Journey:
    wanted = set(card_ids)
    cards = [_with(c, color=color) if c.id in wanted and c.color != color else c for c in j.cards]
    return _with(j, cards=cards)


def delete_selection(j: Journey, card_ids: Iterable[str], point_ids: Iterable[str]) -> Journey:
    """Delete cards and emotion points together, as the Delete key does."""
    return delete_points(delete_cards(j, card_ids), point_ids)


def paste_cards(
    j: Journey, cards: Iterable[Card], stage_id: str | None = None, lane_id: str | None = None
) -> tuple[Journey, list[str]]:
    """Insert copies (new ids) of cards: all into one cell when a cell is given, else
    each into its original cell; a card whose cell this journey lacks goes to the first
    stage, into a lane of the same kind's name or the first lane."""
    if not j.stages or not j.lanes:
        return j, []
    stage_ids = {s.id for s in j.stages}
    lane_ids = {lane.id for lane in j.lanes}
    copies: list[Card] = []
    for card in cards:
        if stage_id is not None and lane_id is not None:
            target = (stage_id, lane_id)
        else:
            target = (
                card.stage_id if card.stage_id in stage_ids else j.stages[0].id,
                card.lane_id if card.lane_id in lane_ids else j.lanes[0].id,
            )
        copies.append(fresh_copy(card, *target))
    return add_cards(j, copies), [c.id for c in copies]
