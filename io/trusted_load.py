"""Parsed file data into a :class:`Journey` fast, with exactly what validation would make.

Validating 100,000 evidence objects one pydantic model at a time is most of what
opening (and checking before saving) an evidence-heavy journey cost. Evidence as
our writer spells it is plain: eleven fields of exact JSON types. So the journey is
validated without its evidence, and each card's evidence is checked field by field
in one tight loop and built directly; anything unusual in a card's evidence (an
unknown field, an int for a float, a missing field) is validated by pydantic as
before, and anything invalid returns ``None`` so the caller validates the whole
data the slow way and reports the very error it always reported. The same
guarantees hold; only the common case is cheaper.
"""

from __future__ import annotations

import contextlib
import gc
import math
from collections.abc import Callable, Iterator
from operator import attrgetter, itemgetter
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from journeycanvas.canvas.model import MAX_SCORE, MIN_SCORE, Evidence, Journey

_EVIDENCE_LIST = TypeAdapter(list[Evidence])
_NAMES = tuple(Evidence.model_fields)
_NAME_SET = frozenset(_NAMES)
_STRINGS = tuple(n for n in _NAMES if n not in ("score", "row"))
_STR = frozenset({str})
_INT_OR_NONE = frozenset({int, type(None)})
_FLOAT_OR_NONE = frozenset({float, type(None)})
_extra_of = attrgetter("__pydantic_extra__")
_ID = itemgetter("id")


def _strict_ok(items: list[Any]) -> bool:
    """Whether validation would keep every evidence dict of ``items`` exactly as it is.

    Checked a field at a time with ``map`` (loops in C), not a dict at a time: at
    100,000 answers a Python loop per dict costs more than parsing the file.
    """
    try:
        if set(map(type, items)) != {dict} or set(map(len, items)) != {len(_NAMES)}:
            return False
        columns = {name: list(map(itemgetter(name), items)) for name in _NAMES}
    except (KeyError, TypeError):
        return False  # a field missing (so another one unknown), or not an object
    for name in _STRINGS:
        if not set(map(type, columns[name])) <= _STR:
            return False
    if not set(map(type, columns["row"])) <= _INT_OR_NONE:
        return False
    scores = columns["score"]
    if not set(map(type, scores)) <= _FLOAT_OR_NONE:
        return False
    floats = [s for s in scores if s is not None]
    return not floats or (
        all(map(math.isfinite, floats)) and min(floats) >= MIN_SCORE and max(floats) <= MAX_SCORE
    )


def _filler() -> Callable[[list[dict[str, Any]]], list[Evidence]] | None:
    """Models filled straight from checked dicts, if a probe shows they equal validated ones.

    Filling leans on how pydantic stores a model; should a pydantic release store it
    otherwise, the probe fails and every card is validated by pydantic instead.
    """
    new = Evidence.__new__
    put = object.__setattr__

    names = frozenset(_NAMES)

    def one(d: dict[str, Any]) -> Evidence:
        obj = new(Evidence)
        put(obj, "__dict__", d)
        put(obj, "__pydantic_fields_set__", set(names))
        put(obj, "__pydantic_extra__", {})
        put(obj, "__pydantic_private__", None)
        return obj

    def fill(dicts: list[dict[str, Any]]) -> list[Evidence]:
        return list(map(one, dicts))

    probe = {
        "id": "ev-probe",
        "text": "太慢了",
        "score": -1.5,
        "source": "a.xlsx",
        "sheet": "s",
        "row": 3,
        "respondent": "P1",
        "answer": "2",
        "scale": "1-5",
        "segment": "企业客户",
        "import_id": "import-probe",
    }
    try:
        filled = fill([dict(probe)])[0]
        checked = Evidence.model_validate(probe)
        same = (
            _strict_ok([probe])
            and filled == checked
            and filled.model_dump_json() == checked.model_dump_json()
            and filled.model_fields_set == checked.model_fields_set
        )
    except Exception:
        same = False
    return fill if same else None


_fill = _filler()


def evidence_list(items: list[Any]) -> list[Evidence]:
    """One card's evidence from freshly parsed JSON, whose dicts it takes over.

    pydantic's ValidationError if the evidence is invalid.
    """
    if _fill is not None and _strict_ok(items):
        return _fill(items)
    return _EVIDENCE_LIST.validate_python(items)


def validate_fast(
    data: dict[str, Any], max_depth: int, *, check_only: bool = False
) -> Journey | None:
    """``Journey.model_validate(data)`` for valid data, quicker; ``None`` for anything else.

    ``data`` must be freshly parsed and not used afterwards: its evidence dicts
    become the models' own. With ``check_only`` (the check before a save, which
    needs the verdict, not the journey) evidence that passes the field-by-field
    check is not built at all, and the journey returned lacks it.

    ``None`` means "validate the slow way": the data is invalid, nested deeper than
    ``max_depth`` in its unknown fields, or holds a duplicate id among the evidence,
    and the full validation names the problem as it always has.
    """
    cards = data.get("cards")
    if not isinstance(cards, list):
        return None
    held_ids: list[str] = []  # ids of the evidence checked but not built
    held: list[list[Any] | None] = []
    shell_cards: list[Any] = []
    for card in cards:
        evidence = card.get("evidence") if isinstance(card, dict) else None
        if isinstance(evidence, list) and evidence:
            held.append(evidence)
            shell_cards.append({**card, "evidence": []})
        else:
            held.append(None)
            shell_cards.append(card)
    try:
        journey = Journey.model_validate({**data, "cards": shell_cards})
        for card, evidence in zip(journey.cards, held, strict=True):
            if evidence is None:
                continue
            if check_only and _strict_ok(evidence):
                held_ids.extend(map(_ID, evidence))
            else:
                card.__dict__["evidence"] = evidence_list(evidence)
    except (ValidationError, RecursionError):
        return None
    if not _ids_unique(journey, held_ids) or _extras_too_deep(journey, max_depth):
        return None
    return journey


def _ids_unique(journey: Journey, more: list[str]) -> bool:
    """The model validator's duplicate-id check, which ran before the evidence was in."""
    ids = [ev.id for card in journey.cards for ev in card.evidence]
    ids += more
    for name in ("personas", "stages", "lanes", "cards", "emotion_points", "imports"):
        ids.extend(obj.id for obj in getattr(journey, name))
    return len(set(ids)) == len(ids)


def _extras_too_deep(journey: Journey, limit: int) -> bool:
    """Whether any unknown field nests deeper than the file may (declared ones cannot).

    Depth counts as in the file: the journey object is level 1, a card 3, its
    evidence 5.
    """
    from journeycanvas.io.journey_file import _fields_to_walk, _too_deep

    stack: list[tuple[BaseModel, int]] = [(journey, 1)]
    while stack:
        obj, depth = stack.pop()
        extra = obj.__pydantic_extra__
        if extra and _too_deep(extra, limit - depth + 1):
            return True
        for name in _fields_to_walk(type(obj))[1]:
            value = obj.__dict__.get(name)
            if isinstance(value, list) and value and type(value[0]) is Evidence:
                # Evidence holds no models: only those with unknown fields need a look.
                if any(map(_extra_of, value)):
                    stack.extend((v, depth + 2) for v in value if v.__pydantic_extra__)
            elif isinstance(value, list):
                stack.extend((v, depth + 2) for v in value if isinstance(v, BaseModel))
            elif isinstance(value, BaseModel):
                stack.append((value, depth + 1))
    return False


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while a journey's objects are made.

    Parsing and building 100,000 evidence objects makes no cycles, yet would set
    off dozens of collections that each walk every object made so far (a quarter
    of the load time).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
