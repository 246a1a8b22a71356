"""The check before a save, one card at a time: the same verdict, a fraction of the memory.

Parsing a 45 MB journey whole to check that it opens again built every one of its
100,000 evidence objects as Python dicts at once (about 200 MB on top of the model
being saved). Our own writer lays the file out so that its cards can be found
without parsing: pydantic indents two spaces a level, a string never holds a raw
newline, so inside the top-level ``"cards"`` list only the cards' own braces stand
at exactly four spaces. Each card is parsed alone, its evidence checked field by
field and dropped; what is left (the journey with evidence-less cards) is validated
as before, with the dropped evidence's ids still taking part in the duplicate check.

Anything this does not recognise — a layout it did not expect, evidence that needs
pydantic's full validation, a card that does not parse — gives ``None``, and the
caller checks the whole text the old way, so no journey is accepted here that the
whole check would refuse.
"""

from __future__ import annotations

from operator import itemgetter

import orjson

from journeycanvas.canvas.model import Journey
from journeycanvas.io.trusted_load import (
    evidence_passes,
    list_passes,
    table_passes,
    validate_fast,
)

_OPEN = b'\n  "cards": [\n'
_CLOSE = b"\n  ]"
_CARD_START = b"    {\n"
_CARD_END = b"\n    }"
_BETWEEN = b"\n    },\n"
_ID = itemgetter("id")


def _card_spans(payload: bytes) -> tuple[int, int, list[tuple[int, int]]] | None:
    """Where the cards list's body starts and ends, and each card's (start, end)."""
    if payload.count(_OPEN) != 1:
        return None
    start = payload.index(_OPEN) + len(_OPEN)
    end = payload.find(_CLOSE, start - 1)
    if end < 0:
        return None
    spans = []
    at = start
    while True:
        cut = payload.find(_BETWEEN, at, end)
        if cut < 0:
            spans.append((at, end))
            break
        spans.append((at, cut + len(_CARD_END)))
        at = cut + len(_BETWEEN)
    view = memoryview(payload)
    for a, b in spans:
        piece = view[a:b]
        if not (piece[: len(_CARD_START)] == _CARD_START and piece[-len(_CARD_END) :] == _CARD_END):
            return None
    return start, end, spans


def check(payload: bytes, max_depth: int) -> Journey | None:
    """:func:`validate_fast` of ``payload`` (check only), reading a card at a time.

    ``None`` means "no verdict here": check the whole text instead.
    """
    found = _card_spans(payload)
    if found is None:
        return None
    start, end, spans = found
    view = memoryview(payload)
    cards: list[dict] = []
    ids: list[str] = []
    try:
        for a, b in spans:
            card = orjson.loads(view[a:b])
            if not isinstance(card, dict):
                return None
            evidence = card.get("evidence")
            if isinstance(evidence, list) and evidence:
                if evidence_passes(evidence):
                    ids.extend(map(_ID, evidence))
                else:
                    table = list_passes(evidence, max_depth)  # unknown fields: rare
                    if table is None:
                        return None
                    ids.extend(table.ids)
                card["evidence"] = []
            elif isinstance(evidence, dict):
                table = table_passes(evidence, kept=False)
                if table is None:
                    return None
                ids.extend(table.ids)
                card["evidence"] = []
            cards.append(card)
        # The journey around its cards: the same bytes with an empty list in their place.
        shell = orjson.loads(b"".join((view[: start - 1], b"]", view[end + len(_CLOSE) :])))
    except orjson.JSONDecodeError:
        return None
    if not isinstance(shell, dict) or shell.get("cards") != []:
        return None
    shell["cards"] = cards
    return validate_fast(shell, max_depth, check_only=True, checked_ids=ids)
