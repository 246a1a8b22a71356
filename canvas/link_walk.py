"""Which link the keyboard selects next: a card's links, one after another.

A link is a thin line that a mouse has to hit; the keyboard reaches it from one
of its cards instead. From a selected card the key selects the card's first
link (out or in, in the file's order); pressed again with that link selected it
goes on to the card's next link, round to the first. Kept free of Qt so the
order is the model's and testable alone.
"""

from __future__ import annotations

from journeycanvas.canvas.model import Journey


def card_links(journey: Journey, card_id: str) -> list[str]:
    """The ids of the links from or to a card, in the journey's order."""
    return [x.id for x in journey.links if card_id in (x.from_card, x.to_card)]


def next_link(journey: Journey, card_id: str, current: str | None, step: int = 1) -> str | None:
    """The card's link after ``current`` (its first when ``current`` is not one of
    them, its last when stepping back); None when the card has no links."""
    ids = card_links(journey, card_id)
    if not ids:
        return None
    if current not in ids:
        return ids[0] if step > 0 else ids[-1]
    return ids[(ids.index(current) + step) % len(ids)]
