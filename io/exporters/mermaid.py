"""Mermaid ``journey`` text: the map as it travels into Markdown docs and wikis.

A section per stage, a task per touchpoint card, the journey's personas as the
actors. Mermaid scores tasks 1–5 (its docs say 0–5; 1–5 is what renders with a
face), so a −2..+2 score s becomes round(3 + s), clamped. A card's score is the
mean of its evidence, else the emotion point linked to it, else neutral.

Mermaid's grammar reserves ``:`` (in names), ``;``, ``#`` and line breaks, and
``,`` separates actors; those are written as their full-width forms, which read
the same in Chinese and English.
"""

from __future__ import annotations

from journeycanvas.canvas.model import Card, Journey
from journeycanvas.io.exporters import mermaid_personas
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.progress import Progress, step

_RESERVED = str.maketrans({":": "：", ";": "；", "#": "＃", "\r": " ", "\n": " ", "\t": " "})
_ACTOR = str.maketrans({",": "，"})
DEFAULT_ACTOR = {"en": "Customer", "zh": "客户"}


def clean(text: str, *, actor: bool = False) -> str:
    text = text.translate(_RESERVED)
    if actor:
        text = text.translate(_ACTOR)
    return " ".join(text.split())


def mermaid_score(score: float | None) -> int:
    if score is None:
        return 3
    return max(1, min(5, round(3 + score)))


def card_score(journey: Journey, card: Card) -> float | None:
    if card.score is not None:
        return card.score
    return next((p.score for p in journey.emotion_points if p.card_id == card.id), None)


def actor(persona) -> str:
    return clean(persona.name, actor=True) if persona.name.strip() else ""


def to_mermaid(journey: Journey) -> str:
    lang = journey.language.split("-")[0].lower()
    actors = [clean(p.name, actor=True) for p in journey.personas if p.name.strip()]
    actor_text = ", ".join(actors) or DEFAULT_ACTOR.get(lang, DEFAULT_ACTOR["en"])
    lines = ["journey"]
    title = " ".join(journey.title.replace(";", "；").replace("#", "＃").split())
    if title:
        lines.append(f"    title {title}")
    for stage in journey.stages:
        lines.append(f"    section {clean(stage.name) or '—'}")
        for card in journey.touchpoint_cards(stage.id):
            score = mermaid_score(card_score(journey, card))
            if not any(c.persona_id for c in journey.curves):
                lines.append(f"      {clean(card.title) or '—'}: {score}: {actor_text}")
                continue
            # Personas with curves of their own: a line per score (issue 15).
            found = mermaid_personas.task_lines(journey, card, score, mermaid_score, actor)
            for value, who in found:
                tail = f": {', '.join(who)}" if who else ""
                lines.append(f"      {clean(card.title) or '—'}: {value}{tail}")
    return "\n".join(lines) + "\n"


def export_mermaid(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> None:
    step(progress, 0.0)
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(to_mermaid(journey))
    step(progress, 1.0)
