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
import functools
import gc
import math
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from operator import attrgetter, itemgetter
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, Union, get_args, get_origin

from annotated_types import Ge, Le
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from journeycanvas.canvas.evidence_store import EvidenceTable, from_file_table
from journeycanvas.canvas.model import Evidence, Journey

if TYPE_CHECKING:
    from journeycanvas.io.piecewise_check import ByCard

_EVIDENCE_LIST = TypeAdapter(list[Evidence])
_NAMES = tuple(Evidence.model_fields)
_extra_of = attrgetter("__pydantic_extra__")
_ID = itemgetter("id")

#: What the fast check allows in one evidence field: its exact JSON types, and the
#: bounds of a number (``None`` when it has none).
_Rule = tuple[frozenset[type], float | None, float | None]


def _rules(model: type[BaseModel] = Evidence) -> dict[str, _Rule] | None:
    """The fast check of every evidence field, read from the model's own declarations.

    Only the kinds of field the model uses are understood: plain text, and an
    optional number with ``ge``/``le`` bounds (a score, a row). A field of any other
    kind (added by a later change to the model) gives ``None``: every card's evidence
    is then validated by pydantic, so the fast path can never accept what the model
    would refuse.
    """
    rules: dict[str, _Rule] = {}
    for name, field in model.model_fields.items():
        if field.metadata:
            return None
        if field.annotation is str:
            rules[name] = (frozenset({str}), None, None)
            continue
        args = get_args(field.annotation)
        if get_origin(field.annotation) not in (Union, UnionType) or len(args) != 2:
            return None
        inner = next((a for a in args if a is not type(None)), None)
        if type(None) not in args or get_origin(inner) is not Annotated:
            return None
        number, *extras = get_args(inner)
        if number not in (int, float) or len(extras) != 1:
            return None
        low = high = None
        for bound in extras[0].metadata:
            if isinstance(bound, Ge):
                low = bound.ge
            elif isinstance(bound, Le):
                high = bound.le
            else:
                return None
        # An int for a float field, or a bool for an int one, is converted or
        # refused by pydantic: such evidence is left to it.
        rules[name] = (frozenset({number, type(None)}), low, high)
    return rules


_RULES = _rules()


def evidence_passes(items: list[Any]) -> bool:
    """Whether validation would keep ``items`` (one card's evidence dicts) as they are."""
    return _strict_ok(items)


def _strict_ok(items: list[Any]) -> bool:
    """Whether validation would keep every evidence dict of ``items`` exactly as it is.

    Checked a field at a time with ``map`` (loops in C), not a dict at a time: at
    100,000 answers a Python loop per dict costs more than parsing the file.
    """
    if _RULES is None:
        return False
    try:
        if set(map(type, items)) != {dict} or set(map(len, items)) != {len(_NAMES)}:
            return False
        columns = {name: list(map(itemgetter(name), items)) for name in _NAMES}
    except (KeyError, TypeError):
        return False  # a field missing (so another one unknown), or not an object
    for name, (types, low, high) in _RULES.items():
        column = columns[name]
        if not set(map(type, column)) <= types:
            return False
        if low is None and high is None:
            continue
        numbers = [v for v in column if v is not None]
        if not numbers:
            continue
        if float in types and not all(map(math.isfinite, numbers)):
            return False
        if (low is not None and min(numbers) < low) or (high is not None and max(numbers) > high):
            return False
    return True


def is_plain(items: list[Any]) -> bool:
    """Whether validation would keep every evidence dict of ``items`` as it is.

    For journey_check.py, which validates a foreign file a card at a time: plain
    evidence needs no pydantic model to be judged valid.
    """
    return _strict_ok(items)


def build_plain(items: list[dict[str, Any]]) -> EvidenceTable:
    """The table of plain evidence (:func:`is_plain`), built straight from its dicts."""
    return table_of_plain(items)


def validate_fast(
    data: dict[str, Any],
    max_depth: int,
    *,
    check_only: bool = False,
    checked_ids: Sequence[str] = (),
    counted: ByCard | None = None,
) -> Journey | None:
    """``Journey.model_validate(data)`` for valid data, quicker; ``None`` for anything else.

    ``data`` must be freshly parsed and not used afterwards: its evidence dicts
    become the models' own. With ``check_only`` (the check before a save, which
    needs the verdict, not the journey) evidence that passes the field-by-field
    check is not built at all, and the journey returned lacks it. ``checked_ids`` are
    the ids of evidence the caller already took out of ``data`` and passed through
    :func:`evidence_passes` (piecewise_check.py): they count in the duplicate check.
    ``counted``: ``data`` was read a card at a time, and the ids of its tables' answers
    were gathered and found unique as each was built (piecewise_check.read_by_card);
    they are judged against every other id instead of being gathered again.

    ``None`` means "validate the slow way": the data is invalid, nested deeper than
    ``max_depth`` in its unknown fields, holds a duplicate id among the evidence or a
    number orjson may have read otherwise than ``json`` (see
    :func:`_holds_huge_number`), and the full validation names the problem as it
    always has.
    """
    cards = data.get("cards")
    if not isinstance(cards, list):
        return None
    held_ids: list[str] = list(checked_ids)  # ids of the evidence checked but not built
    held: list[list[Any] | dict[str, Any] | EvidenceTable | None] = []
    shell_cards: list[Any] = []
    for card in cards:
        evidence = card.get("evidence") if isinstance(card, dict) else None
        # type() for the table: isinstance on a Sequence (an ABC) runs Python code.
        if (isinstance(evidence, list) and evidence) or (
            type(evidence) is EvidenceTable or isinstance(evidence, dict)
        ):
            held.append(evidence)
            shell_cards.append({**card, "evidence": []})
        else:
            held.append(None)
            shell_cards.append(card)
    shell = {**data, "cards": shell_cards}
    if _holds_huge_number(shell):
        return None
    try:
        journey = Journey.model_validate(shell)
        for card, evidence in zip(journey.cards, held, strict=True):
            if evidence is None:
                continue
            if type(evidence) is EvidenceTable:  # built as its card was parsed
                card.__dict__["evidence"] = evidence
                continue
            if isinstance(evidence, dict):
                table = table_passes(evidence)
                if table is None:
                    return None
                card.__dict__["evidence"] = table
                evidence.clear()  # its rows, as parsed: the table holds their values
                continue
            strict = _strict_ok(evidence)
            if strict and check_only:
                held_ids.extend(map(_ID, evidence))
            elif strict:
                card.__dict__["evidence"] = table_of_plain(evidence)
            else:
                table = list_passes(evidence, max_depth)
                if table is None:
                    return None
                card.__dict__["evidence"] = table
    except (ValidationError, PydanticCustomError, RecursionError):
        return None
    if counted is None:
        unique = _ids_unique(journey, held_ids)
    else:
        unique = _ids_unique(journey, held_ids, counted.ids, counted.tables)
    if not unique or _extras_too_deep(journey, max_depth):
        return None
    return journey


def table_passes(
    value: dict[str, Any],
    *,
    kept: bool = True,
    last: dict[str, tuple[str, ...]] | None = None,
    share: bool = True,
) -> EvidenceTable | None:
    """The table of one card's file table (format 11) if valid as read, else None.

    Judged a column at a time by the model's own check (canvas/evidence_store.py);
    an unknown column holding a float orjson may have read from a huge whole number
    gives None too, for ``json`` to read it exactly. ``last`` and ``share``: see
    :func:`~journeycanvas.canvas.evidence_store.from_file_table`.
    """
    try:
        table = from_file_table(value, kept=kept, last=last, share=share)
    except (ValidationError, PydanticCustomError):
        return None
    if any(_holds_huge_number(list(table.column(n))) for n in table.unknown):
        return None
    return table


def list_passes(items: list[Any], max_depth: int) -> EvidenceTable | None:
    """The table of one card's evidence objects that are not plain (unknown fields, lax
    types), validated by pydantic, if they are valid as read and nest within
    ``max_depth`` where the file puts them (journey 1, cards 2, card 3, list 4)."""
    from journeycanvas.io.journey_file import _too_deep

    if _holds_huge_number(items) or _too_deep(items, max_depth - 3):
        return None
    try:
        return EvidenceTable.from_evidence(_EVIDENCE_LIST.validate_python(items))
    except (ValidationError, RecursionError):
        return None


def table_of_plain(items: list[dict[str, Any]]) -> EvidenceTable:
    """The table of plain evidence dicts (:func:`is_plain`), a column at a time."""
    return EvidenceTable.from_columns(
        len(items), {name: list(map(itemgetter(name), items)) for name in _NAMES}
    )


#: orjson reads a whole number beyond 64 bits as a float (``json`` keeps it exact, or
#: refuses it past 30 digits), so a float this large may have been an int in the file.
_HUGE = 2.0**63


def _holds_huge_number(value: Any) -> bool:
    """Whether a float of ``_HUGE`` or more sits anywhere in parsed ``value``.

    Walked only where the field-by-field evidence check did not look (that check
    allows no number near this size): the journey's own objects and unusual evidence.
    """
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind is float and not -_HUGE < item < _HUGE:
            return True
    return False


def _ids_unique(
    journey: Journey,
    more: list[str],
    counted: AbstractSet[str] = frozenset(),
    counted_tables: AbstractSet[int] = frozenset(),
) -> bool:
    """The model validator's duplicate-id check, which ran before the evidence was in.

    Every model's ``id`` takes part, whatever collection holds it, so a kind of
    object added to the model later is covered without this check knowing of it;
    counting one that the validator does not claim can only send a journey the slow
    way (never let a duplicate through). ``counted`` are ids already known to be
    unique among themselves, those of the tables whose ``id()`` is in
    ``counted_tables``: the rest must be unique and none of them among ``counted``.
    """
    ids = list(more)
    stack: list[BaseModel] = [journey]
    while stack:
        obj = stack.pop()
        if "id" in type(obj).model_fields:
            ids.append(obj.id)
        for name in _fields_to_walk_models(type(obj)):
            value = obj.__dict__.get(name)
            if type(value) is EvidenceTable:
                if id(value) not in counted_tables:
                    ids.extend(value.ids)  # evidence holds no models of ours
            elif isinstance(value, list) and value and type(value[0]) is Evidence:
                ids.extend(map(_ev_id, value))
            elif isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, BaseModel))
            elif isinstance(value, BaseModel):
                stack.append(value)
    return len(set(ids)) == len(ids) and counted.isdisjoint(ids)


_ev_id = attrgetter("id")


@functools.cache
def _fields_to_walk_models(cls: type[BaseModel]) -> tuple[str, ...]:
    """The declared fields of ``cls`` that can hold a model (journey_file's walk)."""
    from journeycanvas.io.journey_file import _fields_to_walk

    return _fields_to_walk(cls)[1]


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
            if type(value) is EvidenceTable:
                continue  # its unknown columns' depth was checked as it was built
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
