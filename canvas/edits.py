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
    MAX_STAGE_WIDTH,
    Card,
    Comment,
    EmotionPoint,
    Journey,
    Lane,
    Link,
    Persona,
    SavedView,
    Stage,
    Step,
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
    """Remove cards and the links to and from them; emotion points that belonged to
    them stay, no longer linked."""
    gone = set(card_ids)
    points = [_with(p, card_id=None) if p.card_id in gone else p for p in j.emotion_points]
    links = [x for x in j.links if x.from_card not in gone and x.to_card not in gone]
    changes: dict[str, Any] = {}
    if len(links) != len(j.links):
        changes["links"] = links
    j = _with(j, cards=[c for c in j.cards if c.id not in gone], emotion_points=points, **changes)
    return prune_comments(j)


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
    moved = [
        _with(moving[cid], stage_id=stage_id, lane_id=lane_id)
        if moving[cid].stage_id == stage_id
        # A step belongs to its stage: a card moved to another stage leaves its step.
        else _with(moving[cid], stage_id=stage_id, lane_id=lane_id, step_id=None)
        for cid in card_ids
    ]
    cards = rest[:at] + moved + rest[at:]
    points = [
        _with(p, stage_id=stage_id, step_id=None)
        if p.card_id in moving and p.stage_id != stage_id
        else p
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
    """Remove a stage with its cards (and their links) and its emotion points."""
    j = delete_cards(j, [c.id for c in j.cards if c.stage_id == stage_id])
    j = _with(
        j,
        stages=[s for s in j.stages if s.id != stage_id],
        emotion_points=[p for p in j.emotion_points if p.stage_id != stage_id],
    )
    return prune_comments(j)


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
    return prune_comments(_with(j, lanes=[lane for lane in j.lanes if lane.id != lane_id]))


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
    j = _with(j, emotion_points=[p for p in j.emotion_points if p.id not in gone])
    return prune_comments(j)


# --- editor conveniences: several changes that make one undo step ------------------

#: Narrowest a stage can be dragged to, in points.
MIN_STAGE_WIDTH = 80.0


def resize_stage(j: Journey, stage_id: str, width: float) -> Journey:
    """Between the narrowest a stage is dragged to and the widest the model accepts."""
    width = min(MAX_STAGE_WIDTH, max(MIN_STAGE_WIDTH, round(float(width), 1)))
    return update_stage(j, stage_id, width=width)


def toggle_lane_collapsed(j: Journey, lane_id: str) -> Journey:
    return update_lane(j, lane_id, collapsed=not j.lane(lane_id).collapsed)


def set_cards_color(j: Journey, card_ids: Iterable[str], color: str | None) -> Journey:
    wanted = set(card_ids)
    cards = [_with(c, color=color) if c.id in wanted and c.color != color else c for c in j.cards]
    return _with(j, cards=cards)


def delete_selection(
    j: Journey,
    card_ids: Iterable[str],
    point_ids: Iterable[str],
    link_ids: Iterable[str] = (),
) -> Journey:
    """Delete cards, emotion points and links together, as the Delete key does."""
    return delete_links(delete_points(delete_cards(j, card_ids), point_ids), link_ids)


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
        copy = fresh_copy(card, *target)
        steps = {step.id for step in j.stage(copy.stage_id).steps}
        if copy.step_id is not None and copy.step_id not in steps:
            copy = _with(copy, step_id=None)  # its step is not in this stage (or is gone)
        copies.append(copy)
    return add_cards(j, copies), [c.id for c in copies]


# --- steps, spans, links and moments of truth ---------------------------------------

#: Narrowest a step can be dragged to, in points.
MIN_STEP_WIDTH = 60.0


def _stage_of_step(j: Journey, step_id: str) -> Stage:
    return next(s for s in j.stages if any(step.id == step_id for step in s.steps))


def add_step(j: Journey, stage_id: str, step: Step, index: int | None = None) -> Journey:
    """A new step in a stage (the first step of a stage takes all its cards)."""
    stage = j.stage(stage_id)
    steps = list(stage.steps)
    steps.insert(len(steps) if index is None else max(0, min(index, len(steps))), step)
    return update_stage(j, stage_id, steps=steps)


def update_step(j: Journey, step_id: str, **fields: Any) -> Journey:
    stage = _stage_of_step(j, step_id)
    steps = [_with(s, **fields) if s.id == step_id else s for s in stage.steps]
    return update_stage(j, stage.id, steps=steps)


def resize_step(j: Journey, step_id: str, width: float) -> Journey:
    return update_step(j, step_id, width=max(MIN_STEP_WIDTH, round(float(width), 1)))


def move_step(j: Journey, step_id: str, index: int) -> Journey:
    """Reorder a step inside its stage; its cards go with it."""
    stage = _stage_of_step(j, step_id)
    step = next(s for s in stage.steps if s.id == step_id)
    steps = [s for s in stage.steps if s.id != step_id]
    steps.insert(max(0, min(index, len(steps))), step)
    return update_stage(j, stage.id, steps=steps)


def delete_step(j: Journey, step_id: str) -> Journey:
    """Remove a step; its cards and curve points move to the step before it (or after
    it, or back to the stage when it was the only one), so no card is lost."""
    stage = _stage_of_step(j, step_id)
    ids = [s.id for s in stage.steps]
    at = ids.index(step_id)
    rest = ids[:at] + ids[at + 1 :]
    heir = (ids[at - 1] if at > 0 else rest[0]) if rest else None
    # A card without a step id sits in the first column whatever it is, so it stays.
    cards = [_with(c, step_id=heir) if c.step_id == step_id else c for c in j.cards]
    points = [_with(p, step_id=heir) if p.step_id == step_id else p for p in j.emotion_points]
    j = _with(j, cards=cards, emotion_points=points)
    return update_stage(j, stage.id, steps=[s for s in stage.steps if s.id != step_id])


def set_span(j: Journey, card_id: str, span: int) -> Journey:
    return update_card(j, card_id, span=max(1, int(span)))


def toggle_card_moment(j: Journey, card_id: str) -> Journey:
    return update_card(j, card_id, moment_of_truth=not j.card(card_id).moment_of_truth)


def toggle_step_moment(j: Journey, step_id: str) -> Journey:
    stage = _stage_of_step(j, step_id)
    step = next(s for s in stage.steps if s.id == step_id)
    return update_step(j, step_id, moment_of_truth=not step.moment_of_truth)


def add_link(j: Journey, link: Link) -> Journey:
    """A link between two different cards; the same link twice is refused (no change)."""
    if link.from_card == link.to_card or any(
        x.from_card == link.from_card and x.to_card == link.to_card for x in j.links
    ):
        return j
    return _with(j, links=[*j.links, link])


def update_link(j: Journey, link_id: str, **fields: Any) -> Journey:
    old = j.links[_index(j.links, link_id)]
    return _with(j, links=_replace_in(j.links, link_id, _with(old, **fields)))


def delete_links(j: Journey, link_ids: Iterable[str]) -> Journey:
    gone = set(link_ids)
    if not gone:
        return j
    return _with(j, links=[x for x in j.links if x.id not in gone])


def move_cards_to_step(
    j: Journey,
    card_ids: list[str],
    stage_id: str,
    lane_id: str,
    step_id: str,
    index: int | None = None,
) -> Journey:
    """Move cards into one step of a cell, at the index-th place among the cards that
    stay in that step (None: after them)."""
    stage = j.stage(stage_id)
    moving = set(card_ids)
    staying = [c for c in j.cards_in(stage_id, lane_id) if c.id not in moving]
    here = [c for c in staying if stage.steps[stage.step_index(c.step_id)].id == step_id]
    if index is not None and index < len(here):
        at: int | None = staying.index(here[index])
    elif here:
        at = staying.index(here[-1]) + 1
    else:
        at = None
    j = move_cards(j, card_ids, stage_id, lane_id, at)
    cards = [_with(c, step_id=step_id) if c.id in moving else c for c in j.cards]
    # A touchpoint's curve point goes with it into the step, keeping its place there.
    points = [
        _with(p, stage_id=stage_id, step_id=step_id)
        if p.card_id in moving and p.step_id != step_id
        else p
        for p in j.emotion_points
    ]
    return _with(j, cards=cards, emotion_points=points)
# --- comments ---------------------------------------------------------------------


def add_comment(j: Journey, comment: Comment) -> Journey:
    return _with(j, comments=[*j.comments, comment])


def update_comment(j: Journey, comment_id: str, **fields: Any) -> Journey:
    comment = next(c for c in j.comments if c.id == comment_id)
    return _with(j, comments=_replace_in(j.comments, comment_id, _with(comment, **fields)))


def delete_comment(j: Journey, comment_id: str) -> Journey:
    return _with(j, comments=[c for c in j.comments if c.id != comment_id])


def prune_comments(j: Journey) -> Journey:
    """Drop the comments whose card, stage, lane or point an edit removed, so a
    deletion takes its comments with it (and its undo brings them back)."""
    kept = [c for c in j.comments if j.has_target(c.target, c.target_id)]
    return j if len(kept) == len(j.comments) else _with(j, comments=kept)


# --- saved views -------------------------------------------------------------------


def add_view(j: Journey, view: SavedView) -> Journey:
    """Save a view; one with the same name is replaced (its place is kept)."""
    same = next((v for v in j.views if v.name == view.name), None)
    if same is None:
        return _with(j, views=[*j.views, view])
    return _with(j, views=_replace_in(j.views, same.id, _with(view, id=same.id)))


def delete_view(j: Journey, view_id: str) -> Journey:
    return _with(j, views=[v for v in j.views if v.id != view_id])
