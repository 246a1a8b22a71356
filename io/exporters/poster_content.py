"""What goes on a poster: the journey as the user made it, not an import's guesses.

An import leaves suggestions (cards marked as made by the import and not yet
accepted, drawn on screen with a red border for review). A poster handed to a
client must not show guesses as findings, so poster formats (PDF, PNG, SVG)
leave them out unless the user asks for them; then they are drawn marked, as
on screen. The xlsx and Mermaid exports are working files and keep everything.
"""

from __future__ import annotations

from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions

#: Formats that are posters (drawn from the layout).
POSTERS = frozenset({"pdf", "png", "svg"})


def poster_journey(journey: Journey, options: ExportOptions, fmt: str) -> Journey:
    """``journey`` without unaccepted suggestions for a poster format (the same object
    when there are none or the user wants them shown), in the theme the export asks
    for when it names one."""
    if fmt in POSTERS and options.theme and options.theme != journey.theme:
        journey = journey.model_copy(update={"theme": options.theme})
    if fmt not in POSTERS or options.include_suggestions:
        return journey
    if not any(card.suggested for card in journey.cards):
        return journey
    cards = [card for card in journey.cards if not card.suggested]
    kept = {card.id for card in cards}
    links = [ln for ln in journey.links if ln.from_card in kept and ln.to_card in kept]
    points = [p for p in journey.emotion_points if p.card_id is None or p.card_id in kept]
    return journey.model_copy(update={"cards": cards, "links": links, "emotion_points": points})
