"""Which columns (steps, or stages without steps) a card covers, from the model alone.

The Inspector names them ("Form → Send") and bounds the span a user can type; the
layout clamps a span at the last column the same way, so both agree.
"""

from __future__ import annotations

from journeycanvas.canvas.model import Card, Journey


def columns(journey: Journey) -> list[tuple[str, str | None, str]]:
    """Every column left to right: (stage id, step id or None, its name)."""
    out: list[tuple[str, str | None, str]] = []
    for stage in journey.stages:
        if stage.steps:
            out += [(stage.id, step.id, step.name or stage.name) for step in stage.steps]
        else:
            out.append((stage.id, None, stage.name))
    return out


def start_column(journey: Journey, card: Card) -> int:
    """The index of the column the card starts in."""
    stage = journey.stage(card.stage_id)
    step_id = stage.steps[stage.step_index(card.step_id)].id if stage.steps else None
    return next(
        i
        for i, (sid, kid, _) in enumerate(columns(journey))
        if (sid, kid) == (card.stage_id, step_id)
    )


def max_span(journey: Journey, card: Card) -> int:
    """The widest span the card can have: up to the journey's last column."""
    return len(columns(journey)) - start_column(journey, card)


def spanned_names(journey: Journey, card: Card) -> list[str]:
    """The names of the columns the card covers, in order."""
    start = start_column(journey, card)
    return [name for _s, _k, name in columns(journey)[start : start + card.span]]
