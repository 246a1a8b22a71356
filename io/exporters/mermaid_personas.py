"""Personas with curves in Mermaid: each persona's own score for a task.

Mermaid gives a task one score and a list of actors. Where personas have curves
of their own, a task is written once per distinct score: the card's score with
the personas who have no curve (or whose curve agrees), then a line per other
score with the personas whose curve says so. A persona's score for a task is its
curve's point linked to the task's card, else the mean of its curve's points in
the task's stage; its curve is its first curve with points (as-is before to-be,
as listed). The importer reads repeated tasks back as one card and a curve per
persona.
"""

from __future__ import annotations

from journeycanvas.canvas.model import Card, Journey, Persona


def persona_curve(journey: Journey, persona: Persona) -> str | None:
    """The curve that speaks for a persona: its first curve holding points."""
    having = {journey.curve_of(p) for p in journey.emotion_points}
    return next(
        (c.id for c in journey.curves if c.persona_id == persona.id and c.id in having), None
    )


def curve_score(journey: Journey, curve_id: str, card: Card) -> float | None:
    points = [p for p in journey.emotion_points if journey.curve_of(p) == curve_id]
    linked = next((p.score for p in points if p.card_id == card.id), None)
    if linked is not None:
        return linked
    in_stage = [p.score for p in points if p.stage_id == card.stage_id]
    return sum(in_stage) / len(in_stage) if in_stage else None


def task_lines(
    journey: Journey, card: Card, card_score: int, to_score, actor_name
) -> list[tuple[int, list[str]]]:
    """(score, actors) per line of one task, the card's own score first."""
    groups: dict[int, list[str]] = {card_score: []}
    for persona in journey.personas:
        name = actor_name(persona)
        if not name:
            continue
        curve = persona_curve(journey, persona)
        score = curve_score(journey, curve, card) if curve is not None else None
        groups.setdefault(card_score if score is None else to_score(score), []).append(name)
    return list(groups.items())
