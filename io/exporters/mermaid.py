"""Mermaid ``journey`` text: the map as it travels into Markdown docs and wikis.

A section per stage, a task per touchpoint card, the journey's personas as the
actors. Mermaid scores tasks 1–5 (its docs say 0–5; 1–5 is what renders with a
face), so a −2..+2 score s becomes 3 + s rounded half up (+0.5 → 4, −0.5 → 3,
as a person rounds, not Python's half-to-even), clamped. A card's score is the
mean of its evidence, else the emotion point linked to it. A touchpoint with
neither still needs a number in Mermaid: it is drawn neutral, and a comment line
(:data:`UNSCORED`) says it has no score, so importing it back gives no score.

Names are spelled so that Mermaid's own parser reads each as that name
(io/mermaid_names.py).
"""

from __future__ import annotations

import math

from journeycanvas.canvas.model import Card, Journey
from journeycanvas.io.exporters import mermaid_personas
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.mermaid_names import MARKER, UNSCORED, spell

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
        lines.append(f"    section {spell(stage.name, 'section') or '—'}")
        for card in journey.touchpoint_cards(stage.id):
            raw = card_score(journey, card)
            score = mermaid_score(raw)
            task = spell(card.title) or "—"
            if not any(c.persona_id for c in journey.curves):
                lines.append(f"      {task}: {score}: {actor_text}")
                if raw is None:
                    lines.append(f"      {UNSCORED}")
                continue
            # Personas with curves of their own: a line per score (issue 15).
            found = mermaid_personas.task_lines(journey, card, score, mermaid_score, actor)
            for n, (value, who) in enumerate(found):
                tail = f": {', '.join(who)}" if who else ""
                lines.append(f"      {task}: {value}{tail}")
                if n == 0 and raw is None:
                    lines.append(f"      {UNSCORED}")
    return "\n".join(lines) + "\n"


def export_mermaid(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> None:
    step(progress, 0.0)
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(to_mermaid(journey))
    step(progress, 1.0)
