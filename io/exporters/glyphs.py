"""Which characters of a journey no bundled font can draw, for the warning a user sees.

The layout draws such characters as U+FFFD in every poster format
(canvas/text_metrics.py); this names them beforehand, so the command line can
list them on stderr and the Export dialog can warn before the poster is made.
Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterator

from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.text_metrics import REPLACEMENT, metrics


def drawn_texts(journey: Journey) -> Iterator[str]:
    """Every text of the journey that a poster can show (evidence is not drawn)."""
    yield journey.title
    yield journey.scenario
    for persona in journey.personas:
        yield from (persona.name, persona.description, persona.quote)
        yield from (*persona.goals, *persona.needs, *persona.pains)
    for stage in journey.stages:
        yield from (stage.name, stage.description)
    for lane in journey.lanes:
        yield lane.name
    for card in journey.cards:
        yield from (card.title, card.body, card.channel, card.owner)
    for point in journey.emotion_points:
        yield point.label


def undrawable_characters(journey: Journey) -> list[str]:
    """The characters no bundled font has, each once, in the order they first appear.

    All the texts are looked at as one (a 1,000-touchpoint map has 5,000): the
    characters of the whole in order are those of each text in turn."""
    return metrics().undrawable("".join(drawn_texts(journey)))


def describe(characters: list[str], limit: int = 8) -> str:
    """ "😀 (U+1F600), م (U+0645) and 3 more" — the characters, each with its code."""
    shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in characters[:limit])
    more = len(characters) - limit
    return f"{shown} and {more} more" if more > 0 else shown


def warning(characters: list[str]) -> str:
    """One sentence for the command line (English, as its other messages are)."""
    count = len(characters)
    noun = "character has" if count == 1 else "characters have"
    return (
        f"{count} {noun} no glyph in the bundled fonts and "
        f"{'is' if count == 1 else 'are'} drawn as {REPLACEMENT}: {describe(characters)}."
    )
