"""Mermaid ``journey`` text: the map as it travels into Markdown docs and wikis.

A section per stage, a task per touchpoint card, the journey's personas as the
actors. Mermaid scores tasks 1–5 (its docs say 0–5; 1–5 is what renders with a
face), so a −2..+2 score s becomes 3 + s rounded half up (+0.5 → 4, −0.5 → 3,
as a person rounds, not Python's half-to-even), clamped. A card's score is the
mean of its evidence, else the emotion point linked to it. A touchpoint with
neither still needs a number in Mermaid: it is drawn neutral, and a comment line
(:data:`UNSCORED`) says it has no score, so importing it back gives no score.

A stage with steps becomes a section per step, named "stage › step" (Mermaid's
journey has sections and tasks, nothing nested), each holding the touchpoints of
its step; a comment line before it (:func:`step_comment`) lets the importer rebuild
the stage and its steps, while Mermaid draws the sections as they read.

A moment of truth has no place in Mermaid's grammar either: a comment line after
its task (:data:`MOMENT`) or after its step's section (:data:`STEP_MOMENT`) says
so, and the importer flags the card or step again.

Names are spelled so that Mermaid's own parser reads each as that name
(io/mermaid_names.py).
"""

from __future__ import annotations

import math

from journeycanvas.canvas.model import Card, Journey, Stage, Step
from journeycanvas.io.exporters import mermaid_personas
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.mermaid_names import (
    MARKER,
    MOMENT,
    STEP_MOMENT,
    STEP_SEPARATOR,
    UNSCORED,
    spell,
    step_comment,
)

DEFAULT_ACTOR = {"en": "Customer", "zh": "客户"}
NEUTRAL = 3


def mermaid_score(score: float | None) -> int:
    """−2..+2 onto Mermaid's 1..5, half up; no score is drawn neutral."""
    if score is None:
        return NEUTRAL
    return max(1, min(5, math.floor(3 + score + 0.5)))


def card_score(journey: Journey, card: Card) -> float | None:
    if card.score is not None:
        return card.score
    return next((p.score for p in journey.emotion_points if p.card_id == card.id), None)


def actor(persona) -> str:
    return spell(persona.name, "actor") if persona.name.strip() else ""


def to_mermaid(journey: Journey) -> str:
    lang = journey.language.split("-")[0].lower()
    actors = [spell(p.name, "actor") for p in journey.personas if p.name.strip()]
    actor_text = ", ".join(actors) or DEFAULT_ACTOR.get(lang, DEFAULT_ACTOR["en"])
    lines = ["journey", f"    {MARKER}"]
    title = spell(journey.title, "title")
    if title:
        lines.append(f"    title {title}")
    for stage in journey.stages:
        name = spell(stage.name, "section") or "—"
        cards = journey.touchpoint_cards(stage.id)
        if not stage.steps:
            lines.append(f"    section {name}")
            lines += _tasks(journey, cards, actor_text)
            continue
        for i, (column, in_step) in enumerate(_by_step(stage, cards)):
            step_name = spell(column.name, "section") or "—"
            lines.append(f"    {step_comment(len(name), i == 0)}")
            lines.append(f"    section {name}{STEP_SEPARATOR}{step_name}")
            if column.moment_of_truth:
                lines.append(f"    {STEP_MOMENT}")
            lines += _tasks(journey, in_step, actor_text)
    return "\n".join(lines) + "\n"


def _by_step(stage: Stage, cards: list[Card]) -> list[tuple[Step, list[Card]]]:
    """The stage's steps in order, each with its touchpoint cards (a card without a
    step sits in the first, as on the map)."""
    groups: list[tuple[Step, list[Card]]] = [(step, []) for step in stage.steps]
    for card in cards:
        groups[stage.step_index(card.step_id)][1].append(card)
    return groups


def _tasks(journey: Journey, cards: list[Card], actor_text: str) -> list[str]:
    """The task lines of some touchpoint cards: one per card, or, where personas have
    curves of their own, one per distinct score (issue 15)."""
    lines = []
    by_persona = any(c.persona_id for c in journey.curves)
    for card in cards:
        raw = card_score(journey, card)
        score = mermaid_score(raw)
        task = spell(card.title) or "—"
        if not by_persona:
            lines.append(f"      {task}: {score}: {actor_text}")
            if raw is None:
                lines.append(f"      {UNSCORED}")
            if card.moment_of_truth:
                lines.append(f"      {MOMENT}")
            continue
        found = mermaid_personas.task_lines(journey, card, score, mermaid_score, actor)
        for n, (value, who) in enumerate(found):
            tail = f": {', '.join(who)}" if who else ""
            lines.append(f"      {task}: {value}{tail}")
            if n == 0 and raw is None:
                lines.append(f"      {UNSCORED}")
            if n == 0 and card.moment_of_truth:
                lines.append(f"      {MOMENT}")
    return lines


def export_mermaid(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> None:
    step(progress, 0.0)
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(to_mermaid(journey))
    step(progress, 1.0)
