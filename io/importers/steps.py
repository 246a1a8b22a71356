"""Placing imported touchpoints in the steps of their stages.

A sheet may name each row's step (a "步骤" / "Step" column beside the stage and
touchpoint); a touchpoint whose name is a step of its stage goes to that step
too. This runs after the answers became cards (``aggregate.build``), so the
aggregation itself stays as it is: it only gives cards a step (adding the step
to the stage when the stage lacks it) and moves their curve points into it.
"""

from __future__ import annotations

from collections import Counter

from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import Card, Journey, Stage, Step


def _steps_named(card: Card, steps_by_row: dict[int, str], source: str) -> Counter[str]:
    """How often the rows of ``source`` behind the card name each step."""
    table = EvidenceTable.from_evidence(card.evidence)  # columns: no model per answer
    return Counter(
        steps_by_row[row]
        for from_source, row in zip(table.column("source"), table.column("row"), strict=True)
        if from_source == source and row in steps_by_row and steps_by_row[row]
    )


def place_in_steps(journey: Journey, steps_by_row: dict[int, str], source: str) -> Journey:
    """``journey`` with this import's touchpoint cards put in their steps."""
    stages = {s.id: s for s in journey.stages}
    touch_lanes = set(journey.touchpoint_lane_ids())
    wanted: dict[str, str] = {}  # card id -> step name
    for card in journey.cards:
        if card.lane_id not in touch_lanes:
            continue
        # A sheet without a step column names none: its answers are not walked (the
        # 100,000-row survey's took ~10 ms for an empty count per card).
        named = _steps_named(card, steps_by_row, source) if steps_by_row else None
        if named:
            wanted[card.id] = named.most_common(1)[0][0]
        elif card.step_id is None and any(
            s.name.strip() == card.title.strip() for s in stages[card.stage_id].steps
        ):
            wanted[card.id] = card.title.strip()
    if not wanted:
        return journey

    new_stages: dict[str, Stage] = dict(stages)
    step_of: dict[str, str] = {}
    for card in journey.cards:
        name = wanted.get(card.id)
        if name is None:
            continue
        stage = new_stages[card.stage_id]
        step = next((s for s in stage.steps if s.name.strip() == name), None)
        if step is None:
            step = Step(name=name)
            stage = stage.model_copy(update={"steps": [*stage.steps, step]})
            new_stages[stage.id] = stage
        step_of[card.id] = step.id
    cards = [
        c.model_copy(update={"step_id": step_of[c.id]}) if c.id in step_of else c
        for c in journey.cards
    ]
    # A curve point of a touchpoint now in a step sits in that step, spread as the
    # importer spreads them over a stage: the k-th touchpoint of n at (k + 0.5) / n.
    in_step: dict[str, list[str]] = {}
    for c in cards:
        if c.id in step_of:
            in_step.setdefault(step_of[c.id], []).append(c.id)
    points = []
    for p in journey.emotion_points:
        if p.card_id in step_of:
            row = in_step[step_of[p.card_id]]
            position = (row.index(p.card_id) + 0.5) / len(row)
            p = p.model_copy(update={"step_id": step_of[p.card_id], "position": position})
        points.append(p)
    return journey.model_copy(
        update={
            "stages": [new_stages[s.id] for s in journey.stages],
            "cards": cards,
            "emotion_points": points,
        }
    )
