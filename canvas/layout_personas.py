"""Personas drawn as people: one card per persona, side by side under the title.

A card holds the photo (when there is one), the name, the segment, a short
description, goals, needs and pains as short lists and the quote, with a strip
of line samples in the colours and styles of the persona's curves, so a reader
matches person and curve at a glance. The cards share the map's width (wrapping
into rows when there are many), so the block grows with the map instead of
sitting in a corner. Pure geometry, no Qt: the scene and the PDF draw from it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from journeycanvas.canvas import layout_curves, style
from journeycanvas.canvas.card_images import as_drawn

if TYPE_CHECKING:
    from journeycanvas.canvas.layout import Rect, TextRun

#: Narrowest and widest a persona card gets, in points.
MIN_WIDTH = 240.0
MAX_WIDTH = 640.0
GAP = 12.0
PAD = 10.0
#: Items of a list shown on a card, and characters per item: a card, not a report.
LIST_ITEMS = 3
ITEM_CHARS = 60
DESCRIPTION_CHARS = 180
CARD_FILL = "#F5F7F8"


@dataclass(frozen=True)
class PersonaCard:
    persona_id: str
    rect: Rect
    photo: str | None  # a data: URI, drawn into photo_rect
    photo_rect: Rect | None
    texts: tuple[TextRun, ...]
    #: The persona's curves: a line sample each, (look, x, y, width).
    marks: tuple[tuple[layout_curves.Look, float, float, float], ...] = ()
    fill: str = CARD_FILL


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def persona_cards(
    lay, left: float, top: float, width: float, k: float = 1.0
) -> tuple[tuple[PersonaCard, ...], float]:
    """The cards of every persona from (left, top) across ``width``; and their bottom.

    ``lay`` is the layouter (its text measuring and the map's words); ``k`` scales
    the cards' type and spacing with a map much wider than usual (layout.header_scale),
    so a persona stays as readable as the stages once the poster shrinks the map."""
    from journeycanvas.canvas.layout import Rect

    journey = lay.j
    personas = journey.personas
    if not personas:
        return (), top
    per_row = max(1, min(len(personas), int((width + GAP) // (MIN_WIDTH * k + GAP))))
    card_w = min(MAX_WIDTH * k, (width - GAP * (per_row - 1)) / per_row)
    pad = PAD * k
    looks = {look.curve_id: look for look in layout_curves.looks(journey)}
    labels = lay.labels
    out: list[PersonaCard] = []
    row_top, row_bottom = top, top
    for i, persona in enumerate(personas):
        column = i % per_row
        if column == 0 and i:
            row_top = row_bottom + GAP
        x = left + column * (card_w + GAP)
        y = row_top + pad
        texts: list[TextRun] = []
        photo_rect = None
        text_x = x + pad
        text_w = card_w - 2 * pad
        if persona.photo:
            side = min(84.0 * k, card_w * 0.3)
            photo_rect = Rect(x + pad, y, side, side)
            text_x = x + pad + side + pad
            text_w = card_w - side - 3 * pad
        # Curves of this persona: line samples along the card's top.
        marks = []
        mark_x = text_x
        for curve in journey.curves:
            look = looks.get(curve.id)
            if curve.persona_id == persona.id and look is not None:
                marks.append((look, mark_x, y + 3 * k, 26.0 * k))
                mark_x += 32.0 * k
        ty = y + (10.0 * k if marks else 0.0)
        segment = labels["segment"].get(persona.segment.value, persona.segment.value)
        # The name and the list headings are bold, as the map's other titles are.
        runs, h = lay.runs(persona.name or "—", text_x, ty, text_w, 14.0 * k, style.INK, bold=True)
        texts += runs
        ty += h
        runs, h = lay.runs(segment, text_x, ty, text_w, 10.0 * k, style.INK_SOFT)
        texts += runs
        ty += h + 2
        if persona.description:
            runs, h = lay.runs(
                _short(persona.description, DESCRIPTION_CHARS), text_x, ty, text_w, 10.0 * k,
                style.INK_SOFT,
            )  # fmt: skip
            texts += runs
            ty += h + 2
        if photo_rect is not None:
            ty = max(ty, photo_rect.bottom + 4)
        # The lists and the quote use the card's whole width, below the photo.
        for key in ("goals", "needs", "pains"):
            items = getattr(persona, key)[:LIST_ITEMS]
            if not items:
                continue
            runs, h = lay.runs(
                labels[key], x + pad, ty, card_w - 2 * pad, 10.5 * k, style.INK, bold=True
            )
            texts += runs
            ty += h
            for item in items:
                runs, h = lay.runs(
                    "• " + _short(item, ITEM_CHARS), x + pad + 6 * k, ty,
                    card_w - 2 * pad - 6 * k, 9.5 * k, style.INK_SOFT,
                )  # fmt: skip
                texts += runs
                ty += h
            ty += 2
        if persona.quote:
            runs, h = lay.runs(f"“{persona.quote}”", x + pad, ty + 2, card_w - 2 * pad, 10.5 * k,
                               style.INK)  # fmt: skip
            texts += runs
            ty += h + 2
        rect = Rect(x, row_top, card_w, ty - row_top + pad)
        photo = as_drawn(persona.photo, lay.theme.grey) if persona.photo else None
        out.append(PersonaCard(persona.id, rect, photo, photo_rect, tuple(texts),
                               tuple(marks)))  # fmt: skip
        row_bottom = max(row_bottom, rect.bottom)
    # Cards of one row share its height, so they read as one block.
    tops: dict[float, float] = {}
    for card in out:
        tops[card.rect.y] = max(tops.get(card.rect.y, 0.0), card.rect.bottom)
    same = tuple(
        replace(c, rect=Rect(c.rect.x, c.rect.y, c.rect.w, tops[c.rect.y] - c.rect.y)) for c in out
    )
    return same, row_bottom
