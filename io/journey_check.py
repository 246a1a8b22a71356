"""Reading a journey from anyone within bounds: refused up front, parsed once, checked by card.

Validating a 100 MB journey (300,000 answers) used to hold its bytes, the decoded
text (two bytes a character once it holds Chinese), the parsed dict and the model
at once: 11 s and 1.1 GB, and a file of 33 million empty lists in an unknown field
took minutes and 5 GB before it was found "valid". Here:

- **Up front**, the brackets and commas of the bytes are counted (in C, a few
  milliseconds a megabyte): a file with more lists and objects, or more values,
  than a journey this editor can hold is refused in one sentence before anything
  is built. The counts are upper bounds (a bracket inside a quote counts too), so
  the limits sit well above what a real journey of :data:`MAX_FILE_BYTES` holds.
- **Parsed once**, from the bytes, by pydantic-core's JSON parser (no decoded text;
  short strings such as a source name repeated 300,000 times are shared).
- **Validated a card's evidence at a time**: the journey is validated with its cards'
  evidence set aside, then each card's evidence on its own — plain evidence (every
  field of its exact type, as imports write it) by trusted_load's field-by-field
  check, anything else by pydantic. ``validate`` on the command line keeps none of
  it; an open builds the answers only once the whole journey is judged valid.
- Only unknown fields can nest freely or hold numbers no declared field allows, so
  only they are walked for depth, infinities and huge integers.

Anything the fast parser refuses (broken JSON, binary data, a lone surrogate) raises
:class:`ParseRefused`, and the caller names the problem: the exact ``json`` path for
a small file, the fast parser's own position for a big one.
"""

from __future__ import annotations

import contextlib
import gc
import math
from collections.abc import Iterator, Sequence
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import from_json

from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import Evidence, Journey
from journeycanvas.io import trusted_load

#: Lists and objects a journey file may hold. A survey of 300,000 answers (100 MB)
#: holds about 300,000; parsed, each costs 60-700 bytes.
MAX_CONTAINERS = 1_000_000
#: Values (numbers, strings, lists, objects) a journey file may hold, counted by the
#: commas between them. That survey holds about 3.6 million; parsed, each costs
#: 60-100 bytes, so this is what fits in memory beside the file and its model.
MAX_VALUES = 4_000_000
#: Digits of the largest whole number an unknown field may hold (journey_file's too).
MAX_INT_DIGITS = 30

_EVIDENCE_LIST = TypeAdapter(list[Evidence])
_extra_of = attrgetter("__pydantic_extra__")
_id_of = attrgetter("id")
_key_id = itemgetter("id")


#: Every byte but the brackets and commas :func:`budget_problem` counts.
_NOT_COUNTED = bytes(b for b in range(256) if b not in b"[{,")
#: How much of the bytes is sifted at a time (the sifted copy is at most this big).
_SIFT_BLOCK = 1 << 20


def _counts(raw: bytes) -> tuple[int, int]:
    """The opening brackets of ``raw``, and its brackets and commas together.

    Each block is sifted down to those three bytes in one pass (a tenth of a
    journey's bytes are left) and they are counted there: three counts over the
    whole file took twice as long (the research journey: 28 -> 16 ms).
    """
    containers = values = 0
    for at in range(0, len(raw), _SIFT_BLOCK):
        marks = raw[at : at + _SIFT_BLOCK].translate(None, _NOT_COUNTED)
        containers += marks.count(b"[") + marks.count(b"{")
        values += len(marks)
    return containers, values


def budget_problem(raw: bytes) -> str | None:
    """Why ``raw`` holds more than a journey can, as the tail of a sentence; None if it fits."""
    containers, values = _counts(raw)
    if containers > MAX_CONTAINERS:
        return (
            f"it holds about {containers:,} lists and objects, more than the "
            f"{MAX_CONTAINERS:,} a journey file may hold"
        )
    if values > MAX_VALUES:
        return (
            f"it holds about {values:,} values, more than the {MAX_VALUES:,} a journey file "
            "may hold (a survey of 300,000 answers holds about 3.6 million)"
        )
    return None


class ParseRefused(ValueError):
    """The fast parser refused the bytes; ``args[0]`` is its reason, with line and column."""


def parse(raw: bytes) -> Any:
    """The parsed JSON of ``raw`` (a UTF-8 BOM allowed); :class:`ParseRefused` if it is not.

    Refused too: NaN and infinities spelt as such, broken UTF-8, raw control
    characters in a string, lone surrogate escapes, numbers of over 4,300 digits and
    nesting past 200 levels. ``1e400`` is parsed as an infinity; validation and
    :func:`validate`'s walk of unknown fields refuse it.
    """
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return from_json(body, cache_strings="all", allow_inf_nan=False)
    except ValueError as exc:
        raise ParseRefused(str(exc)) from None


class EvidenceRefused(ValueError):
    """A card's evidence is invalid: ``card`` is its index, ``error`` pydantic's verdict."""

    def __init__(self, card: int, error: ValidationError) -> None:
        super().__init__(card, error)
        self.card = card
        self.error = error


class DuplicateEvidenceId(ValueError):
    """The one sentence the model's own check gives for an evidence id used twice."""


class UnknownFieldRefused(ValueError):
    """An unknown field nests too deeply or holds a number no journey uses."""


def validate(data: dict[str, Any], *, keep_evidence: bool, max_depth: int) -> Journey:
    """``Journey.model_validate(data)``, its evidence validated a card at a time.

    ``data`` is taken over: its cards' evidence lists are set aside and, without
    ``keep_evidence``, let go as they are checked; the journey returned then has
    every card's evidence checked but left out. With it, plain evidence (most of
    it) is built only once everything is judged valid. Raises ValidationError (the
    journey without its evidence), :class:`EvidenceRefused`,
    :class:`DuplicateEvidenceId` or :class:`UnknownFieldRefused`.
    """
    held: list[tuple[int, list[Any]]] = []
    cards = data.get("cards")
    if isinstance(cards, list):
        for index, card in enumerate(cards):
            evidence = card.get("evidence") if isinstance(card, dict) else None
            if isinstance(evidence, list) and evidence:
                held.append((index, evidence))
                card["evidence"] = []  # same key, same place: only the list is set aside
        del cards
    with _collector_paused():
        journey = Journey.model_validate(data)
        del data
        _check_extras(journey, 1, max_depth)
        ids: set[str] = _ids_outside_evidence(journey)
        # Evidence tables (format 11) were judged with the journey, their ids too.
        ids.update(chain.from_iterable(card.evidence.ids for card in journey.cards))
        earlier: list[tuple[int, list[str]]] = []
        built: dict[int, Sequence[Evidence]] = {}  # evidence that needed pydantic, if kept
        kept: list[tuple[int, list[Any]]] = []  # plain evidence, built once all is judged
        held.reverse()  # popped from the end: the first card first
        while held:
            index, evidence = held.pop()
            if trusted_load.is_plain(evidence):
                # Judged field by field in C (trusted_load.py): no model is needed to know
                # it valid; a kept one is built straight from the dicts at the end.
                own = list(map(_key_id, evidence))
                if keep_evidence:
                    kept.append((index, evidence))
            else:
                try:
                    models = _EVIDENCE_LIST.validate_python(evidence)
                except ValidationError as exc:
                    raise EvidenceRefused(index, exc) from None
                own = list(map(_id_of, models))
                if any(map(_extra_of, models)):
                    for model in models:
                        _check_extras(model, 5, max_depth)  # journey 1, cards 2, card 3, list 4
                if keep_evidence:
                    built[index] = models
            del evidence
            before = len(ids)
            ids.update(own)
            if len(ids) != before + len(own):
                raise DuplicateEvidenceId(_duplicate_sentence(journey, earlier, index, own))
            earlier.append((index, own))
        # Only a journey judged valid is built: a file refused at its last answer costs
        # no more than validate does.
        for index, evidence in kept:
            built[index] = trusted_load.build_plain(evidence)
        for index, models in built.items():
            journey.cards[index].__dict__["evidence"] = EvidenceTable.from_evidence(models)
    return journey


#: The lists whose items' ids the model's check claims, in its order.
_ID_LISTS = (
    "personas",
    "stages",
    "lanes",
    "cards",
    "emotion_points",
    "imports",
    "links",
    "comments",
    "views",
)


def _ids_outside_evidence(journey: Journey) -> set[str]:
    ids = {obj.id for name in _ID_LISTS for obj in getattr(journey, name)}
    ids.update(step.id for stage in journey.stages for step in stage.steps)
    return ids


def _duplicate_sentence(
    journey: Journey, earlier: list[tuple[int, list[str]]], index: int, own: list[str]
) -> str:
    """What the model's own check says about the first reused id of card ``index``'s evidence.

    Its wording and order (every other id first, then evidence card by card), found
    the slow way, as it is only needed once; ``earlier`` holds the evidence ids of
    the cards checked before.
    """
    seen: dict[str, str] = {}
    for name in _ID_LISTS:
        for i, obj in enumerate(getattr(journey, name)):
            seen.setdefault(obj.id, f"{name}[{i}]")
    for i, stage in enumerate(journey.stages):
        for k, step in enumerate(stage.steps):
            seen.setdefault(step.id, f"stages[{i}].steps[{k}]")
    for i, card in enumerate(journey.cards):  # evidence tables, judged with the journey
        for j, ident in enumerate(card.evidence.ids):
            seen.setdefault(ident, f"cards[{i}].evidence[{j}]")
    for i, ids in earlier:
        for j, ident in enumerate(ids):
            seen.setdefault(ident, f"cards[{i}].evidence[{j}]")
    for j, ident in enumerate(own):
        where = f"cards[{index}].evidence[{j}]"
        if ident in seen:
            return f"{where}.id: duplicate id {ident!r} (also used by {seen[ident]})"
        seen[ident] = where
    raise AssertionError("no duplicate id found")  # pragma: no cover - the caller saw one


def _check_extras(model: BaseModel, depth: int, max_depth: int) -> None:
    """Walk the unknown fields under ``model`` (at ``depth`` in the file) for what they can't hold.

    Declared fields nest a few levels and validation bounds their numbers; only
    unknown ones can hold anything, and they are rare, so the walk is short.
    """
    stack: list[tuple[BaseModel, int]] = [(model, depth)]
    while stack:
        obj, level = stack.pop()
        extra = obj.__pydantic_extra__
        if extra:
            for field, value in extra.items():
                _check_value(field, value, level + 1, max_depth)
        for value in obj.__dict__.values():
            if isinstance(value, BaseModel):
                stack.append((value, level + 1))
            elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
                if type(value[0]) is Evidence and not any(map(_extra_of, value)):
                    continue  # 300 answers of a card: none holds an unknown field
                stack.extend((v, level + 2) for v in value if isinstance(v, BaseModel))


def _check_value(field: str, value: Any, level: int, max_depth: int) -> None:
    """The unknown field ``field``'s ``value`` sits at ``level``: bounded depth, usable numbers."""
    stack: list[tuple[Any, int]] = [(value, level)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        elif isinstance(item, float) and not math.isfinite(item):
            raise UnknownFieldRefused(
                f"the field {field!r} holds an infinite number, which a journey cannot hold"
            )
        elif isinstance(item, int) and abs(item).bit_length() > 99:  # 2**99 has 30 digits
            raise UnknownFieldRefused(
                f"the field {field!r} holds a whole number of over {MAX_INT_DIGITS} digits, "
                "larger than any a journey uses"
            )
        else:
            continue
        if at > max_depth:
            raise UnknownFieldRefused("it is not a journey file: it is nested too deeply")
        stack.extend((child, at + 1) for child in children)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic collection while 300,000 answers are built: they make no cycles, and
    each collection would walk every object made so far."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


__all__ = [
    "MAX_CONTAINERS",
    "MAX_VALUES",
    "DuplicateEvidenceId",
    "EvidenceRefused",
    "ParseRefused",
    "UnknownFieldRefused",
    "budget_problem",
    "parse",
    "validate",
]
