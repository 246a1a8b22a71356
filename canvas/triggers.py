"""Triggers: the planned automations of a journey (个性化规则与触发机制), one per card of a
triggers lane — when an event happens, how long after, what is done, through which
channel (the card's own channel) and for which segment.

The card prints its trigger as one line in the journey's language, on screen and on
the poster through the one layout; the action plan lists every trigger by stage.
Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas.model import Card, Journey, LaneKind, Trigger

#: The colour of a trigger's line: the lane's violet, dark enough to read on its cards.
COLOUR = "#5E35B1"

_WORDS = {
    "en": {"when": "when {}", "after": "after {}", "do": "→ {}", "via": "via {}", "for": "for {}"},
    "zh": {"when": "当{}", "after": "{}后", "do": "→ {}", "via": "经{}", "for": "面向{}"},
}


def _words(language: str) -> dict[str, str]:
    return _WORDS.get(language.split("-")[0].lower(), _WORDS["en"])


def line(trigger: Trigger, channel: str, language: str) -> str:
    """ "▶ when cart abandoned · after 30 min → send a reminder · via SMS · for new customers"."""
    w = _words(language)
    parts = []
    head = [w["when"].format(trigger.event)] if trigger.event else []
    if trigger.delay:
        head.append(w["after"].format(trigger.delay))
    if head:
        parts.append(" · ".join(head))
    if trigger.action:
        parts.append(w["do"].format(trigger.action))
    tail = [w["via"].format(channel)] if channel else []
    if trigger.segment:
        tail.append(w["for"].format(trigger.segment))
    text = " ".join(parts)
    if tail:
        text = " · ".join([text, *tail]) if text else " · ".join(tail)
    return "▶ " + text if text else ""


@dataclass(frozen=True)
class Row:
    card: Card
    trigger: Trigger
    stage: str


def rows(journey: Journey) -> list[Row]:
    """Every card that plans a trigger, in map order (stage by stage)."""
    stages = {s.id: s.name for s in journey.stages}
    order = {s.id: i for i, s in enumerate(journey.stages)}
    found = [c for c in journey.cards if c.trigger is not None]
    found.sort(key=lambda c: order.get(c.stage_id, len(order)))  # stable: map order within
    return [Row(c, c.trigger, stages.get(c.stage_id, "")) for c in found if c.trigger]


def is_trigger_card(journey: Journey, card: Card) -> bool:
    return journey.lane(card.lane_id).kind == LaneKind.TRIGGERS or card.trigger is not None


# --- edits (pure, copy on write; the Inspector pushes them as commands) ---------------


def update_trigger(journey: Journey, card_id: str, **fields: str) -> Journey:
    """Change fields of a card's trigger (making it one); text is kept as typed, trimmed."""
    from journeycanvas.canvas import edits

    card = journey.card(card_id)
    base = card.trigger or Trigger()
    new = base.model_copy(update={k: v.strip() for k, v in fields.items()})
    if new == card.trigger:
        return journey
    return edits.update_card(journey, card_id, trigger=new)


def clear_trigger(journey: Journey, card_id: str) -> Journey:
    from journeycanvas.canvas import edits

    if journey.card(card_id).trigger is None:
        return journey
    return edits.update_card(journey, card_id, trigger=None)
