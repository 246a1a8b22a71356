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

from collections.abc import Sequence
from operator import itemgetter
from typing import Any

import orjson

from journeycanvas.canvas.model import SCHEMA_VERSION, Journey
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
_ID = itemgetter("id")


def _card_spans(payload: bytes) -> tuple[int, int, list[tuple[int, int]]] | None:
    """Where the cards list's body starts and ends, and each card's (start, end).

    The list must be the only one opened as the top-level ``"cards"`` is: none may
    follow it (a second key of that name would be the one a parser keeps). One
    inside the list is no matter: it lies inside a card, each of which must parse
    whole on its own, and is then what the whole text's parse makes of those bytes
    too. So only the text after the list is searched, not all 20 MB of a research
    journey twice (a count of the whole text was 10-20 ms of every open and save).

    The cards are walked in one pass: inside a card every line is indented six
    spaces or more, so the first line after its start that holds only four spaces
    and a closing brace ends it, and what follows says whether another card comes
    (``,`` and a new line) or the list ends (a new line, two spaces and ``]``).
    Finding the list's end first scanned its 20 MB once more.
    """
    first = payload.find(_OPEN)
    if first < 0:
        return None
    start = first + len(_OPEN)
    spans = []
    at = start
    while True:
        if payload[at : at + len(_CARD_START)] != _CARD_START:
            return None
        cut = _card_end(payload, at)
        if cut < 0:
            return None
        after = cut + len(_CARD_END)
        spans.append((at, after))
        if payload[after : after + 2] == b",\n":
            at = after + 2
            continue
        if payload[after : after + len(_CLOSE)] == _CLOSE:
            end = after
            break
        return None
    if payload.find(_OPEN, end) >= 0:
        return None
    return start, end, spans


#: Closing braces a card may hold before its end is looked for as one string.
_BRACES_TRIED = 64


def _card_end(payload: bytes, at: int) -> int:
    """Where the card starting at ``at`` ends: its first ``\\n    }``, or -1.

    Its closing braces are found by ``memchr`` (a card holds a few: its evidence
    table, a nested object, a brace in a quote) and the four spaces and new line
    before each compared; a search for the whole string steps through every space of
    the card (the research journey: 19 of the open's milliseconds). A card holding
    many braces is searched the plain way after the first few.
    """
    for _ in range(_BRACES_TRIED):
        brace = payload.find(b"}", at)
        if brace < 0:
            return -1
        if payload.startswith(_CARD_END, brace - len(_CARD_END) + 1):
            return brace - len(_CARD_END) + 1
        at = brace + 1
    return payload.find(_CARD_END, at)


class ByCard:
    """A journey's file parsed a card at a time (:func:`read_by_card`): ``data`` as
    orjson parses it, each card's table built, and the ids of those tables' answers,
    each counted once (``unique``: no answer's id repeats another's)."""

    __slots__ = ("data", "ids", "tables")

    def __init__(self, data: dict[str, Any], ids: set[str], tables: set[int]) -> None:
        self.data = data
        self.ids = ids
        self.tables = tables  # id() of each table whose answers' ids are in ``ids``


def parse_by_card(payload: bytes) -> dict[str, Any] | None:
    """``payload`` of this format parsed as orjson parses it, but a card at a time, each
    card's evidence table made into its :class:`EvidenceTable` as soon as the card is
    parsed (the open of a 100,000-answer journey held every answer's parsed row at
    once: +130 MB). ``None``: not laid out as our writer lays it out, not this format,
    or a table that is not valid as read; the caller then parses the whole text.
    """
    read = read_by_card(payload)
    return None if read is None else read.data


def read_by_card(payload: bytes, *, share: bool = True) -> ByCard | None:
    """:func:`parse_by_card`, and the ids of every table's answers gathered as its card
    is read: hashed while the card's strings are still in the processor's cache, not
    after the whole file was read (100,000 ids looked up again from memory cost the
    open 15-25 ms). ``None`` too when an answer's id repeats another's: the full
    validation then names the duplicate as it always has. Without ``share`` the
    tables' shared columns of many texts are judged but left to
    :func:`~journeycanvas.canvas.evidence_store.share_texts` to intern.
    """
    found = _card_spans(payload)
    if found is None:
        return None
    start, end, spans = found
    view = memoryview(payload)
    ids: set[str] = set()
    tables: set[int] = set()
    counted = 0
    last: dict[str, tuple[str, ...]] = {}  # the shared columns of the table before
    try:
        shell = orjson.loads(b"".join((view[: start - 1], b"]", view[end + len(_CLOSE) :])))
        if not isinstance(shell, dict) or shell.get("cards") != []:
            return None
        if shell.get("schema_version") != SCHEMA_VERSION:
            return None  # an older file is migrated as a whole
        cards: list[Any] = []
        for a, b in spans:
            card = orjson.loads(view[a:b])
            if not isinstance(card, dict):
                return None
            evidence = card.get("evidence")
            if isinstance(evidence, dict):
                table = table_passes(evidence, last=last, share=share)
                if table is None:
                    return None
                ids.update(table.ids)
                counted += len(table)
                if len(ids) != counted:
                    return None
                tables.add(id(table))
                card["evidence"] = table
            cards.append(card)
    except orjson.JSONDecodeError:
        return None
    shell["cards"] = cards
    return ByCard(shell, ids, tables)


def check(payload: bytes, max_depth: int, known_ids: Sequence[str] = ()) -> Journey | None:
    """:func:`validate_fast` of ``payload`` (check only), reading a card at a time.

    ``known_ids`` are the ids of evidence checked elsewhere and left out of
    ``payload`` (the save's checked tables): they count in the duplicate check.
    ``None`` means "no verdict here": check the whole text instead.
    """
    found = _card_spans(payload)
    if found is None:
        return None
    start, end, spans = found
    view = memoryview(payload)
    cards: list[dict] = []
    ids: list[str] = list(known_ids)
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
