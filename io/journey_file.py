"""Reading and writing .journey files: UTF-8 JSON of the model, upgraded on load.

Every failure becomes a :class:`JourneyFileError` whose text is one sentence naming
the file, because the command line prints it as is and the editor shows it in a
dialog; nothing here may let a traceback reach a user. A file from a newer version
is refused rather than half-read (tldraw, not Excalidraw: docs/ARCHITECTURE.md).

The text is deterministic — model field order, indent 2, a final newline — so
save -> load -> save gives the same bytes and a journey diffs well in git.
"""

from __future__ import annotations

import codecs
import functools
import json
import math
import operator
import os
import re
import threading
from pathlib import Path
from typing import Annotated, Any, NamedTuple, get_args, get_origin

import orjson
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from journeycanvas.canvas import collector
from journeycanvas.canvas.evidence_store import FILE_CONTEXT, PLACEHOLDER, EvidenceTable
from journeycanvas.canvas.model import SCHEMA_VERSION, Card, Evidence, Journey
from journeycanvas.io import journey_check, piecewise_check
from journeycanvas.io.atomic import (
    Gate,
    WriteRefused,
    backup_path,
    clean_stale_temp_files,
    write_text_atomic,
)
from journeycanvas.io.errors import JourneyFileError, NewerFileError
from journeycanvas.io.migrations import MigrationError, migrate
from journeycanvas.io.trusted_load import no_gc, validate_fast

__all__ = [
    "MAX_FILE_BYTES",
    "JourneyFileError",
    "NewerFileError",
    "check",
    "clean_stale_temp_files",
    "dump_bytes",
    "dumps",
    "load",
    "load_bytes",
    "loads",
    "save",
]

SUFFIX = ".journey"

#: A real journey with photos is a few MB; anything this big is not one of ours.
MAX_FILE_BYTES = 200 * 1024 * 1024

#: A journey nests about six levels deep. pydantic cannot write back data nested
#: deeper than ~255 levels, so a file that opens must stay well under that to save.
MAX_DEPTH = 64

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def dump_bytes(journey: Journey) -> bytes:
    """:func:`dumps` as UTF-8 bytes, without the text in between.

    Saving a 40 MB journey held the text (one to four bytes a character) and its
    bytes at once; pydantic writes bytes, so only they are made, and the text only
    in the rare case a float's spelling must be put right.
    """
    return _dump_for_save(journey)[0]


class _ForCheck:
    """What the check before a save reads besides the file's bytes: the same text with
    every :attr:`~EvidenceTable.checked` table written as an empty list, and those
    tables' ids (they still count in the duplicate check)."""

    __slots__ = ("ids", "text")

    def __init__(self, text: bytes, ids: list[str]) -> None:
        self.text = text
        self.ids = ids


def _dump_for_save(journey: Journey) -> tuple[bytes, _ForCheck | None]:
    """The file's bytes and, where some card's table is checked, the text to check."""
    where = _non_finite_float(journey)
    if where is not None:
        raise ValueError(f"Out of range float values are not JSON compliant ({where})")
    try:
        raw, for_check, look_at = _by_card(journey, quick=True)
        respell = _needs_respelling(look_at)
        del look_at
        if respell:  # some number may be spelt otherwise: row by row, as ever
            raw, for_check = _json_by_card_and_check(journey)
            respell = _needs_respelling(raw)
    except PydanticSerializationError as exc:
        if "surrogates not allowed" in str(exc):
            raise UnicodeEncodeError("utf-8", "", 0, 1, "surrogates not allowed") from None
        raise ValueError(str(exc)) from None
    if respell:  # (the quick text's answer stands for the same text: judged once)
        if for_check is not None:
            for_check.text = _respelt(for_check.text)
        return _respelt(raw), for_check
    return raw, for_check


def _respelt(raw: bytes) -> bytes:
    return _python_float_spelling(raw.decode("utf-8")).encode("utf-8")


def _needs_respelling(raw: bytes) -> bool:
    """Whether ``raw`` may hold a number Python spells otherwise (see :data:`_SMALL_DECIMAL`)."""
    return bool(_SMALL_DECIMAL_B.search(raw)) or _short_exponent_in(raw)


def _short_exponent_in(raw: bytes) -> bool:
    """Whether ``raw`` holds a number such as ``1e-7``: an ``e-`` with a digit before.

    The digit is what the respelling asks for too: without it every id such as
    ``stage-3c0f…`` matched, and every save of a large journey decoded, respelt and
    encoded its whole text (+170 MB, 0.5 s). Looked for by the literal pattern, which
    ``re`` scans for quickly, and the byte before tested here (a digit class leading
    the pattern made the scan ten times slower).
    """
    return any(m.start() and raw[m.start() - 1] in _DIGITS for m in _SHORT_EXPONENT_B.finditer(raw))


_DIGITS = frozenset(b"0123456789")


_CARDS_EMPTY = b'\n  "cards": [],\n'


def _json_by_card(journey: Journey) -> bytes:
    """pydantic's indented JSON of ``journey`` and its final newline, written a card
    at a time, each card's evidence table one answer a line.

    One call over a 45 MB journey grows its buffer by doubling and then copies it
    into the bytes, and adding the newline copied it again: three copies alive at
    once (+170 MB). Written a card at a time, the small pieces are joined once.
    Each card is re-indented by four spaces, safe because a JSON string never holds
    a raw newline; a journey laid out otherwise is written in one call.
    """
    return _json_by_card_and_check(journey)[0]


def _json_by_card_and_check(
    journey: Journey, *, quick: bool = False
) -> tuple[bytes, _ForCheck | None]:
    """:func:`_json_by_card`, and the text the check before a save reads (None: the
    file's own bytes). A checked table's values cannot be invalid (see
    :attr:`EvidenceTable.checked`), and tests/test_save_checked.py holds the writer to
    giving back exactly that table when its rows are read again, so parsing and
    judging its 100 rows a second time would prove nothing the table does not.

    ``quick``: the tables' rows are not looked at for numbers to spell as Python does;
    the same bytes whenever the whole text holds none (:func:`_needs_respelling`: a
    row that would be respelt holds one, and the rows stand in the text as they are),
    which the caller judges once over the whole text instead of card by card."""
    raw, for_check, _ = _by_card(journey, quick=quick)
    return raw, for_check


def _by_card(journey: Journey, *, quick: bool) -> tuple[bytes, _ForCheck | None, bytes]:
    """:func:`_json_by_card_and_check`, and the part of the text a quick write must look
    at for numbers to respell: the text without the rows of the checked tables whose
    rows hold none (:func:`_rows_spelt_alike`), 1 MB instead of 20 for the
    100,000-answer import (the search of the whole text was ~30 ms)."""
    serializer = journey.__pydantic_serializer__
    if not journey.cards:
        raw = serializer.to_json(journey, indent=2) + b"\n"
        return raw, None, raw
    shell = journey.model_copy(update={"cards": []})
    head = serializer.to_json(shell, indent=2)
    if head.count(_CARDS_EMPTY) != 1:
        raw = serializer.to_json(journey, indent=2) + b"\n"
        return raw, None, raw
    before, _, after = head.partition(_CARDS_EMPTY)
    parts = [before, b'\n  "cards": [\n']
    checks = [before, b'\n  "cards": [\n']
    looked_at = [before]
    skipped = False  # some checked table's rows are not looked at
    ids: list[str] = []
    for k, card in enumerate(journey.cards):
        if k:
            parts.append(b",\n")
            checks.append(b",\n")
        written = _card_in_list(card, quick=quick)
        parts += written.pieces
        if written.look_at_rows:
            looked_at += written.pieces
        else:
            looked_at += written.shell
            skipped = True
        if written.for_check is None:
            checks += written.pieces
        else:
            checks.append(written.for_check)
            ids.extend(card.evidence.ids)
    parts += [b"\n  ],\n", after, b"\n"]
    looked_at.append(after)
    raw = b"".join(parts)
    # Pieces joined by a newline: no number stands across one (nor does one start a piece).
    look_at = b"\n".join(looked_at) if skipped else raw
    if not ids:
        return raw, None, look_at
    checks += [b"\n  ],\n", after, b"\n"]
    return raw, _ForCheck(b"".join(checks), ids), look_at


class _InList:
    """One card as the cards' list holds it (indented four spaces more than at the top
    level): ``pieces`` joined are its text, ``shell`` the same pieces without its
    table's rows, ``for_check`` its text for the check with a checked table's rows left
    out (None: checked as written). ``look_at_rows``: whether its rows may hold a number
    to respell (:func:`_rows_spelt_alike`)."""

    __slots__ = ("for_check", "look_at_rows", "pieces", "shell")

    def __init__(
        self,
        pieces: list[bytes],
        shell: list[bytes] | None = None,
        for_check: bytes | None = None,
        look_at_rows: bool = True,
    ) -> None:
        self.pieces = pieces
        self.shell = pieces if shell is None else shell
        self.for_check = for_check
        self.look_at_rows = look_at_rows


def _card_in_list(card: Card, *, quick: bool) -> _InList:
    """:func:`_card_and_check` indented for the cards' list, the card's JSON indented
    before its rows go in and the rows written at their depth: re-indenting the whole
    text after (a replace and a copy of every card's rows, 20 MB for the 100,000-answer
    import) gave the same bytes, as a JSON string never holds a raw newline."""
    raw = Card.__pydantic_serializer__.to_json(card, indent=2, context=FILE_CONTEXT)
    shell = b"    " + raw.replace(b"\n", b"\n    ")
    before, found, after = shell.partition(_TABLE_IN_LIST)
    if not found:
        return _InList([shell])
    table = card.evidence
    assert isinstance(table, EvidenceTable)
    names = table.written_columns()
    assert names is not None
    try:
        rows = list(map(orjson.dumps, table.rows(names)))
    except orjson.JSONEncodeError:  # written (or refused) as it always was
        written, for_check = _card_and_check(card, quick=quick)
        indented = _indented(written)
        return _InList([indented], for_check=None if for_check is None else _indented(for_check))
    if not quick and _needs_respelling(b"\n".join(rows)):
        rows = _python_rows(rows)
    frame = _IN_LIST
    head = b"".join((before, frame.open, _columns_json(tuple(names)), frame.rows_open))
    pieces = [head, frame.row_sep.join(rows), frame.close + after]
    for_check = b"".join((before, _EMPTY_IN_LIST, after)) if table.checked else None
    return _InList(pieces, [head, pieces[2]], for_check, not _rows_spelt_alike(table))


@functools.lru_cache(maxsize=64)
def _columns_json(names: tuple[str, ...]) -> bytes:
    """A table's column names as the file writes them; the 1,000 tables of an import
    name the same dozen columns, and json.dumps made each list afresh (~5 ms)."""
    return json.dumps(list(names), ensure_ascii=False).encode("utf-8")


def _indented(written: bytes) -> bytes:
    return b"    " + written.replace(b"\n", b"\n    ")


class _TableFrame(NamedTuple):
    """What the file writes around an evidence table's column names and rows, for a
    card at the top level (``card_bytes``) or in the cards' list (four spaces more):
    one table written the same at either depth."""

    open: bytes
    rows_open: bytes
    row_sep: bytes
    close: bytes

    @classmethod
    def indented(cls, pad: bytes) -> _TableFrame:
        return cls(
            b"\n" + pad + b'  "evidence": {\n' + pad + b'    "columns": ',
            b",\n" + pad + b'    "rows": [\n' + pad + b"      ",
            b",\n" + pad + b"      ",
            b"\n" + pad + b"    ]\n" + pad + b"  }",
        )


_AT_TOP = _TableFrame.indented(b"")
_IN_LIST = _TableFrame.indented(b"    ")


def _rows_spelt_alike(table: EvidenceTable) -> bool:
    """Whether the table's rows are sure to hold no number orjson spells otherwise than
    Python (so none the respelling would change): a checked table holds only text,
    whole numbers, None and scores (finite, within +-2), and orjson spells a float as
    Python's ``repr`` does from 1e-4 up (tests/test_save_spelling.py). Text in a row
    that looks like such a number (``"0.00001"`` in a quote) is written by ``json``
    as orjson writes it, so its row stands as it is either way. A table with a score
    below 1e-3 (not zero) is looked at as text, as before."""
    if not table.checked:
        return False
    scores = table.scores
    try:
        # (min: one pass fewer than asking each; a checked table holds no NaN)
        return min(map(abs, filter(None, scores)), default=_TINY) >= _TINY
    except TypeError:  # pragma: no cover - a checked table's scores are numbers
        return False


#: Scores this small (and not zero) are looked for as text in their rows.
_TINY = 1e-3


_TABLE_AT = b'\n  "evidence": ' + json.dumps(PLACEHOLDER).encode("ascii")


_EMPTY_AT = b'\n  "evidence": []'
_TABLE_IN_LIST = b"\n    " + _TABLE_AT[1:]
_EMPTY_IN_LIST = b"\n    " + _EMPTY_AT[1:]


def card_bytes(card: Card) -> bytes:
    """One card's indented JSON as the file holds it (at the top level, not indented)."""
    return _card_and_check(card)[0]


def _card_and_check(card: Card, *, quick: bool = False) -> tuple[bytes, bytes | None]:
    """:func:`card_bytes`, and for a card whose table is checked the same text with an
    empty evidence list in the table's place (None: the card is checked as written);
    ``quick`` as :func:`_json_by_card_and_check` has it."""
    raw = Card.__pydantic_serializer__.to_json(card, indent=2, context=FILE_CONTEXT)
    if _TABLE_AT not in raw:
        return raw, None
    table = card.evidence
    assert isinstance(table, EvidenceTable)
    for_check = raw.replace(_TABLE_AT, _EMPTY_AT, 1) if table.checked else None
    names = table.written_columns()
    assert names is not None
    try:
        rows = list(map(orjson.dumps, table.rows(names)))
    except orjson.JSONEncodeError as exc:
        if "surrogates" in str(exc):
            raise UnicodeEncodeError("utf-8", "", 0, 1, "surrogates not allowed") from None
        # An unknown column's whole number beyond 64 bits: json writes it exactly.
        rows = [
            json.dumps(list(r), ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()
            for r in table.rows(names)
        ]
        return _spliced(raw, names, rows), for_check
    return _spliced(raw, names, rows, quick=quick), for_check


def _spliced(raw: bytes, names: list[str], rows: list[bytes], *, quick: bool = False) -> bytes:
    """The card's JSON with its table's place taken by the table, one answer a line;
    ``quick``: the rows are not looked at for numbers to respell (see
    :func:`_json_by_card_and_check`)."""
    if not quick and _needs_respelling(b"\n".join(rows)):
        rows = _python_rows(rows)
    frame = _AT_TOP
    text = b"".join(
        (
            frame.open,
            _columns_json(tuple(names)),
            frame.rows_open,
            frame.row_sep.join(rows),
            frame.close,
        )
    )
    return raw.replace(_TABLE_AT, text, 1)


def _python_rows(rows: list[bytes]) -> list[bytes]:
    """orjson spells a float below 1e-4 as pydantic does (0.00001, 1e-7): such rows
    are written again by json, so every number is spelt as Python spells it."""
    return [
        _python_row(r) if _SMALL_DECIMAL_B.search(r) or _short_exponent_in(r) else r for r in rows
    ]


def _python_row(row: bytes) -> bytes:
    values = json.loads(row)  # exactly: it may hold a whole number beyond 64 bits
    return json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def dumps(journey: Journey) -> str:
    """The file text of ``journey`` (:func:`dump_bytes` decoded); ValueError if it holds
    NaN or an infinity.

    pydantic writes the indented JSON in Rust, about seven times faster than
    ``json.dumps(indent=2)``, whose indenting encoder is pure Python (a 22 MB
    journey: 0.2 s instead of 1.4 s). The text is kept byte for byte what
    ``json.dumps(model_dump(mode="json"), ensure_ascii=False, indent=2)`` gave, so
    files written before and after diff cleanly, except for evidence tables, whose
    rows stand one a line; the two differ otherwise only in how a float below 1e-4
    is spelt (``1e-7`` against ``1e-07``), which is put right here.
    """
    return dump_bytes(journey).decode("utf-8")


#: Numbers pydantic spells otherwise than Python's ``repr``: below 1e-4 Python
#: writes ``1e-05``/``1e-07`` where pydantic writes ``0.00001``/``1e-7``. Two plain
#: patterns, because one alternation makes ``re`` crawl (0.3 s on 22 MB, not 0.02 s).
#: Text that merely looks like one is harmless: only whole numbers on their own line
#: are respelt.
_SMALL_DECIMAL = re.compile(r"0\.0000[0-9]")
_SHORT_EXPONENT = re.compile(r"e-[1-9](?![0-9])")
_SMALL_DECIMAL_B = re.compile(_SMALL_DECIMAL.pattern.encode("ascii"))
_SHORT_EXPONENT_B = re.compile(_SHORT_EXPONENT.pattern.encode("ascii"))

#: One line of indented JSON holding a number: indent, an optional key, the number,
#: an optional comma. A string value always ends in a quote, so never matches.
_NUMBER_LINE = re.compile(r'( *(?:"(?:[^"\\]|\\.)*": )?)(-?[0-9][0-9.eE+-]*)(,?)')


def _python_float_spelling(text: str) -> str:
    """``text`` with every float on a suspect line spelt as ``json.dumps`` spells it."""
    suspects = [m.start() for m in _SMALL_DECIMAL.finditer(text)]
    suspects += [
        m.start()
        for m in _SHORT_EXPONENT.finditer(text)
        if m.start() and text[m.start() - 1].isdigit()
    ]
    if not suspects:
        return text
    parts: list[str] = []
    done = 0
    for at in sorted(suspects):
        start = text.rfind("\n", 0, at) + 1
        if start < done:
            continue  # a second suspect on a line already put right
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = _NUMBER_LINE.fullmatch(text, start, end)
        if line is None:
            continue
        number = line.group(2)
        if any(c in number for c in ".eE"):
            number = repr(float(number))
        parts += [text[done:start], line.group(1), number, line.group(3)]
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _non_finite_float(model: BaseModel) -> str | None:
    """Where the first NaN or infinity sits in a declared field, e.g. ``Stage.width``.

    ``json.dumps`` refused these; pydantic would quietly write ``null``, losing the
    fact that the value was broken, so they are looked for first. Only declared
    fields are looked at: unknown ones were always written as ``null``. Whether there
    is one at all is asked of the models a kind at a time (:func:`_all_models_finite`);
    only then are they walked one by one, to name it as ever.
    """
    if _all_models_finite(model):
        return None
    return _first_non_finite(model)


def _all_models_finite(model: BaseModel) -> bool:
    """Whether :func:`_first_non_finite` would find nothing: the same fields of the same
    models, but each field of every model of one kind read at once (a journey's 1,000
    cards and 1,000 emotion points: one map per field instead of a walk per model, ~13
    -> ~2 ms). False also where it cannot tell (a model lacking a declared field), which
    only sends the question to the walk."""
    pending: list[list[Any]] = [[model]]
    while pending:
        for group in models_by_type(pending.pop()):
            kind = type(group[0])
            float_fields, model_fields = _fields_to_walk(kind)
            try:
                for name in float_fields:
                    if not _column_finite(tuple(map(operator.attrgetter(name), group))):
                        return False
                walked = ""
                if kind is Card:
                    walked = "evidence"
                    for evidence in map(_EVIDENCE, group):
                        if evidence and not _table_finite(evidence):
                            return False
                children: list[Any] = []
                for name in model_fields:
                    if name == walked:
                        continue
                    for value in map(operator.attrgetter(name), group):
                        if value is None:
                            continue
                        if isinstance(value, BaseModel):
                            children.append(value)
                        elif isinstance(value, list | tuple):
                            if value:
                                children.extend(v for v in value if isinstance(v, BaseModel))
                        elif isinstance(value, dict):
                            children.extend(v for v in value.values() if isinstance(v, BaseModel))
            except AttributeError:  # a field not set: the walk reads it as None
                return False
            if children:
                pending.append(children)
    return True


_EVIDENCE = operator.attrgetter("evidence")


def _table_finite(evidence: Any) -> bool:
    """A card's evidence as :func:`_first_non_finite` judges it (a checked table's
    numbers were judged finite as they entered)."""
    table = EvidenceTable.from_evidence(evidence)
    if table.checked:
        return True
    floats, nested = _fields_to_walk(Evidence)
    if nested:  # pragma: no cover - evidence holds no models today
        return False
    return all(_column_finite(table.column(n)) for n in floats) and all(
        all(map(_all_finite, table.column(n))) for n in table.unknown
    )


def models_by_type(models: list[Any]) -> list[list[Any]]:
    """``models`` as lists of one type each (one look in C when they are all one)."""
    if not models:
        return []
    first = type(models[0])
    if len(set(map(type, models))) == 1:
        return [models]
    groups: dict[type, list[Any]] = {first: []}
    for obj in models:
        groups.setdefault(type(obj), []).append(obj)
    return list(groups.values())


def _first_non_finite(model: BaseModel) -> str | None:
    """:func:`_non_finite_float` walked a model at a time."""
    stack: list[BaseModel] = [model]
    while stack:
        obj = stack.pop()
        if type(obj) is Card and obj.evidence:
            # 100,000 answers: their float fields checked a column at a time, in C; a
            # checked table's were judged finite as they entered and cannot change.
            table = EvidenceTable.from_evidence(obj.evidence)
            if table.checked:
                floats, nested = (), ()
            else:
                floats, nested = _fields_to_walk(Evidence)
            for name in floats:
                if not _column_finite(table.column(name)):
                    return f"Evidence.{name}"
            for name in table.unknown:
                if not all(map(_all_finite, table.column(name))):
                    return f"Evidence.{name}"
            if nested:  # pragma: no cover - evidence holds no models today
                stack.extend(table)
            walked = "evidence"
        else:
            walked = ""
        float_fields, model_fields = _fields_to_walk(type(obj))
        for name in float_fields:
            if not _all_finite(getattr(obj, name, None)):
                return f"{type(obj).__name__}.{name}"
        for name in model_fields:
            if name == walked:
                continue
            value = getattr(obj, name, None)
            if isinstance(value, BaseModel):
                stack.append(value)
            elif isinstance(value, list | tuple):
                stack.extend(v for v in value if isinstance(v, BaseModel))
            elif isinstance(value, dict):
                stack.extend(v for v in value.values() if isinstance(v, BaseModel))
    return None


@functools.cache
def _fields_to_walk(cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The declared fields of ``cls`` whose type can hold a float, and a model (or a
    card's evidence table, which holds the models' data)."""
    floats: list[str] = []
    models: list[str] = []
    for name, info in cls.model_fields.items():
        leaves = _leaf_types(info.annotation)
        if float in leaves or Any in leaves:
            floats.append(name)
        if Any in leaves or any(
            isinstance(t, type) and issubclass(t, BaseModel | EvidenceTable) for t in leaves
        ):
            models.append(name)
    return tuple(floats), tuple(models)


def _leaf_types(annotation: Any) -> set[Any]:
    args = get_args(annotation)
    if not args:
        return {annotation}
    if get_origin(annotation) is Annotated:
        return _leaf_types(args[0])
    return set().union(*(_leaf_types(arg) for arg in args))


def _column_finite(column: tuple[Any, ...]) -> bool:
    """Whether a column of numbers and None holds no NaN or infinity (in C)."""
    try:
        return all(map(math.isfinite, filter(_is_not_none, column)))
    except (TypeError, OverflowError):  # not only floats: an edit left something else there
        return all(map(_all_finite, column))


_is_not_none = functools.partial(operator.is_not, None)


def _all_finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list | tuple):
        return all(_all_finite(v) for v in value)
    if isinstance(value, dict):
        return all(_all_finite(v) for v in value.values())
    return True


def load(path: str | os.PathLike[str]) -> Journey:
    """Read, upgrade and validate the journey in ``path``.

    Every value is judged as it is read; the repeated texts of a big file's evidence
    (channels, dates, answers) are shared later, by
    :func:`~journeycanvas.canvas.evidence_store.share_texts`, which the editor calls
    once the map is on screen: a command that exports and exits never needs them
    shared, and the open of the research journey spent a sixth of its time on it.
    """
    return _load(path, keep_evidence=True, share=False)


def check(path: str | os.PathLike[str]) -> Journey:
    """Whether ``path`` opens, decided as :func:`load` decides, but its evidence not kept.

    The journey returned has every card's evidence checked and left out: the
    command line's ``validate`` needs the verdict and the counts, not 300,000
    answers as models (half a gigabyte for a 100 MB survey).
    """
    return _load(path, keep_evidence=False)


#: Up to this size an open tries the quick path (orjson and trusted_load) first. It
#: holds the bytes, orjson's objects and the models at once, about eight times the
#: file: a 100 MB survey took 820 MB that way, 520 MB a card at a time, and one whose
#: last answer is invalid 810 MB before it was refused. Past this size the
#: card-at-a-time path alone keeps an open of anyone's file near its model's size.
QUICK_MAX_BYTES = 48 * 1024 * 1024

#: Up to this size a file the fast parser refuses is read again by ``json``, whose
#: errors name the line and column as users have always been told; a bigger one is
#: named from the fast parser's own position, to stay within time and memory.
EXACT_RETRY_BYTES = 8 * 1024 * 1024


#: From this size a journey opened the quick way is frozen out of the collector's
#: passes (canvas/collector.py): its evidence columns are few objects but millions of
#: references, a pass over them tens of milliseconds (a 1 MB file's, about one).
FREEZE_FROM_BYTES = 4 * 1024 * 1024


def _load(path: str | os.PathLike[str], *, keep_evidence: bool, share: bool = True) -> Journey:
    name = os.fspath(path)
    # The bytes are let go on return; validate (no evidence kept) never takes the
    # quick path, which builds every answer.
    data = _read_and_parse(path, name, quick=keep_evidence, share=share)
    if isinstance(data, Journey):
        return data
    return _upgrade_and_check(data, name, keep_evidence=keep_evidence)


def _read_and_parse(
    path: str | os.PathLike[str], name: str, *, quick: bool, share: bool = True
) -> dict[str, Any] | Journey:
    """The file's JSON object parsed once from its bytes, after the up-front checks.

    A file the fast parser refuses comes back as the journey :func:`loads` makes of
    it, when it is small enough to read again exactly, which it rarely is: ``loads``
    names the problem.
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JourneyFileError(name, "the file does not exist") from None
    except IsADirectoryError:
        raise JourneyFileError(name, "it is a folder, not a journey file") from None
    except PermissionError:
        raise JourneyFileError(name, "you do not have permission to read it") from None
    except OSError as exc:
        raise JourneyFileError(name, f"it could not be read ({_reason(exc)})") from None
    return _parse_bytes(raw, name, quick=quick, share=share)


def load_bytes(raw: bytes, name: str | os.PathLike[str] = "<journey>") -> Journey:
    """:func:`load` of a file's bytes already read (the disk watch hashes them first)."""
    name = os.fspath(name)
    data = _parse_bytes(raw, name)
    if isinstance(data, Journey):
        return data
    return _upgrade_and_check(data, name, keep_evidence=True)


def _parse_bytes(
    raw: bytes, name: str, *, quick: bool = True, share: bool = True
) -> dict[str, Any] | Journey:
    """The journey (``quick``: a valid one, the fast way) or the parsed object to validate.

    What holds more than a journey can is refused before any parser sees it. Then,
    with ``quick``, orjson and the fast validation (trusted_load.py) make the journey
    of a valid file; anything else, and everything ``check`` reads, is parsed once
    by pydantic-core's parser for the card-at-a-time validation, which names it.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(name)
    problem = journey_check.budget_problem(raw)
    if problem is not None:
        raise JourneyFileError(name, problem)
    body = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
    if quick and len(raw) <= QUICK_MAX_BYTES and b"\x00" not in body:
        # orjson checks the UTF-8 as it parses: no 40 MB text is decoded first. Bytes
        # it refuses (broken UTF-8 too) go the long way, to be named exactly. The
        # collector is paused meanwhile and a big journey's objects frozen out of its
        # passes after (canvas/collector.py): the first allocation after the pause
        # would otherwise walk them all (the research journey: ~30 ms inside load).
        with collector.opening(heavy=len(raw) >= FREEZE_FROM_BYTES):
            journey = _load_quick(body, share=share)
        if journey is not None:
            return journey
    del body
    try:
        data = journey_check.parse(raw)
    except journey_check.ParseRefused as exc:
        if len(raw) <= EXACT_RETRY_BYTES:
            return _loads(_decode(raw, name), name, quick=False)
        raise JourneyFileError(name, _parse_refusal(str(exc))) from None
    if not isinstance(data, dict):
        raise JourneyFileError(
            name, f"it is not a journey file: it holds a JSON {_json_kind(data)}, not an object"
        )
    return data


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            # A UTF-8 character cut in half at the very end: the file was truncated.
            raise JourneyFileError(name, "the file is cut off (it ends mid-character)") from None
        raise JourneyFileError(
            name,
            "it is not a journey file: it is binary data or text in another encoding "
            f"than UTF-8 (first bad byte at offset {exc.start})",
        ) from None


_AT_LINE = re.compile(r" at line (\d+) column (\d+)$")

#: The fast parser's reasons, by a word of theirs, as the end of our sentence.
_REFUSALS = (
    ("recursion limit", "it is not a journey file: it is nested too deeply"),
    (
        "unicode code point",
        "it is not a journey file: it is binary data or text in another encoding than UTF-8",
    ),
    ("control character", "it is not a journey file: it holds binary data"),
    ("number out of range", "it holds a number larger than any a journey uses"),
    ("escape", "it holds text that is not valid Unicode (a broken \\u escape)"),
)


def _parse_refusal(reason: str) -> str:
    """One sentence for what the fast parser refused in a big file, with its line and column."""
    at = _AT_LINE.search(reason)
    where = f"line {int(at.group(1)):,}, column {int(at.group(2)):,}" if at else ""
    for word, sentence in _REFUSALS:
        if word in reason:
            return f"{sentence} ({where})" if where else sentence
    return f"the file is cut off or is not JSON ({where})" if where else "it is not JSON"


def loads(text: str, name: str | os.PathLike[str] = "<journey>") -> Journey:
    """Parse, upgrade and validate file text; ``name`` is only used in messages."""
    return _loads(text, os.fspath(name), quick=True)


def _loads(text: str, name: str, *, quick: bool) -> Journey:
    """:func:`loads`; ``quick=False`` when the quick path was already tried on these bytes."""
    if len(text) > MAX_FILE_BYTES:
        raise _too_large(name)
    if not text or text.isspace():  # not strip(): that copies a 40 MB text
        raise JourneyFileError(name, "the file is empty")
    if "\x00" in text:
        raise JourneyFileError(name, "it is not a journey file: it holds binary data")
    if quick:
        with collector.opening(heavy=len(text) >= FREEZE_FROM_BYTES):  # as in _parse_bytes
            journey = _load_quick(text)
        if journey is not None:
            return journey
    try:
        data = json.loads(
            text, parse_constant=_refuse_constant, parse_float=_finite_float, parse_int=_small_int
        )
    except json.JSONDecodeError as exc:
        raise JourneyFileError(
            name,
            f"the file is cut off or is not JSON (line {exc.lineno}, column {exc.colno})",
        ) from None
    except RecursionError:
        raise JourneyFileError(name, "it is not a journey file: it is nested too deeply") from None
    except _HugeIntError as exc:
        raise JourneyFileError(name, _huge_int_message(text, exc.args[0])) from None
    except _ConstantError as exc:
        raise JourneyFileError(
            name, f"it holds the number {exc.args[0]}, which a journey cannot hold"
        ) from None
    if not isinstance(data, dict):
        raise JourneyFileError(
            name, f"it is not a journey file: it holds a JSON {_json_kind(data)}, not an object"
        )
    if _too_deep(data, MAX_DEPTH):
        raise JourneyFileError(name, "it is not a journey file: it is nested too deeply")
    # Our writer never escapes, so a surrogate escape is rare; only then look for a
    # lone one, which would load here but make every later save fail.
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(data):
        raise JourneyFileError(
            name, "it holds text that is not valid Unicode (a lone \\u surrogate escape)"
        )
    return _upgrade_and_validate(data, name)


def _parse_quick(text: str | bytes) -> dict[str, Any] | None:
    """The parsed object by orjson, or None: not an object, or anything orjson refuses.

    About twice as fast as ``json.loads`` on a large journey. Whatever it refuses is
    parsed again by ``json``, whose errors name line and column as users are told.
    """
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def _load_quick(text: str | bytes, *, share: bool = True) -> Journey | None:
    """The journey from orjson and the fast validation, or None: take the long way.

    About twice as fast as ``json.loads`` and pydantic on a large journey, and it
    builds the very model they build (tests/test_trusted_load.py). Anything out of
    the ordinary (orjson refuses the text, the format is unknown or its upgrade
    fails, the data is invalid or holds a number orjson may read differently) gives
    None, and the caller parses the text again with ``json``, so every refusal
    names the problem exactly as it always did. ``share``: see
    :func:`piecewise_check.read_by_card`.
    """
    read = piecewise_check.read_by_card(text, share=share) if isinstance(text, bytes) else None
    if read is not None:
        return validate_fast(read.data, MAX_DEPTH, counted=read)  # of this format
    data = _parse_quick(text)
    if data is None:
        return None
    version = data.get("schema_version", 0)
    if type(version) is not int or not 0 <= version <= SCHEMA_VERSION:
        return None
    if version < SCHEMA_VERSION:
        # Migrations copy the data recursively: its depth must be known first.
        if _too_deep(data, MAX_DEPTH):
            return None
        try:
            data = migrate(data, version, SCHEMA_VERSION)
        except (MigrationError, RecursionError):
            return None
    return validate_fast(data, MAX_DEPTH)


def _upgrade_and_validate(data: dict[str, Any], name: str) -> Journey:
    """Upgrade ``data`` (parsed by ``json``, depth checked) to this format and validate it."""
    version = _schema_version(data, name)
    if version > SCHEMA_VERSION:
        raise NewerFileError(name, version, SCHEMA_VERSION)
    if version < SCHEMA_VERSION:
        try:
            data = migrate(data, version, SCHEMA_VERSION)
        except MigrationError as exc:
            raise JourneyFileError(
                name, f"it could not be upgraded from file format {version}: {exc}"
            ) from None
    try:
        return Journey.model_validate(data)
    except ValidationError as exc:
        raise JourneyFileError(name, describe_validation_error(exc)) from None
    except RecursionError:
        raise JourneyFileError(name, "it is not a journey file: it is nested too deeply") from None


def _upgrade_and_check(data: dict[str, Any], name: str, *, keep_evidence: bool) -> Journey:
    """Upgrade freshly parsed ``data`` (taken over) and validate it a card at a time."""
    version = _schema_version(data, name)
    if abs(version).bit_length() > 99:  # 2**99 has 30 digits
        raise JourneyFileError(
            name,
            f"schema_version holds a whole number of over {MAX_INT_DIGITS} digits, "
            "larger than any a journey uses",
        )
    if version > SCHEMA_VERSION:
        raise NewerFileError(name, version, SCHEMA_VERSION)
    if version < SCHEMA_VERSION:
        # Migrations copy the data recursively: its depth must be known first.
        if _too_deep(data, MAX_DEPTH):
            raise JourneyFileError(name, "it is not a journey file: it is nested too deeply")
        try:
            data = migrate(data, version, SCHEMA_VERSION)
        except MigrationError as exc:
            raise JourneyFileError(
                name, f"it could not be upgraded from file format {version}: {exc}"
            ) from None
    try:
        return journey_check.validate(data, keep_evidence=keep_evidence, max_depth=MAX_DEPTH)
    except ValidationError as exc:
        raise JourneyFileError(name, describe_validation_error(exc)) from None
    except journey_check.EvidenceRefused as exc:
        within = ("cards", exc.card, "evidence")
        raise JourneyFileError(name, describe_validation_error(exc.error, within)) from None
    except (journey_check.DuplicateEvidenceId, journey_check.UnknownFieldRefused) as exc:
        raise JourneyFileError(name, str(exc)) from None
    except RecursionError:
        raise JourneyFileError(name, "it is not a journey file: it is nested too deeply") from None


def save(journey: Journey, path: str | os.PathLike[str], *, keep_backup: bool = True) -> Path:
    """Write ``journey`` to ``path`` atomically, keep the old file as NAME.bak, verify.

    A crash at any moment leaves the old file or the new one. The text is checked
    to open again as a journey *before* the file is replaced (its bytes go to a temp
    file beside it meanwhile, see :class:`_Writer`), so a journey that an unchecked
    edit left inconsistent never replaces a good file; after the replace
    the file is read back and compared byte for byte with what was written, so a
    save that "succeeded" onto a failing disk is reported instead of discovered at
    the next open. (The check used to parse the read-back bytes: the same safety,
    as they are the very bytes checked, at twice the cost on a large journey.)
    """
    name = os.fspath(path)
    try:
        payload, for_check = _dump_for_save(journey)
    except UnicodeEncodeError:  # a ValueError too, so it must be caught first
        raise JourneyFileError(
            name, "it was not saved: the journey holds text that cannot be written as UTF-8"
        ) from None
    except ValueError as exc:
        raise JourneyFileError(
            name, f"it was not saved: the journey cannot be written ({exc})"
        ) from None
    folder = Path(path).parent
    writer = _Writer(path, payload, keep_backup) if folder.is_dir() else None
    try:
        _check_opens_again(payload, name, for_check)
    except BaseException:
        if writer is not None:
            writer.refuse()
        raise
    del for_check

    if writer is None:
        raise JourneyFileError(name, f"it was not saved: the folder {str(folder)!r} does not exist")
    try:
        written = writer.finish()
    except IsADirectoryError:
        raise JourneyFileError(name, "it was not saved: that name is a folder") from None
    except OSError as exc:
        raise JourneyFileError(
            name, f"it was not saved ({_reason(exc)}); the file on disk was not changed"
        ) from None

    _verify(written, payload, name, keep_backup)
    # Temp files of this journey's earlier saves that were killed half-way.
    clean_stale_temp_files(written.parent, name=written.name)
    return written


class _Writer:
    """The new bytes written to a temp file and synced on a thread while the journey is
    checked (writing and syncing 20 MB lets the interpreter go: ~20 ms of the
    100,000-answer import's save no longer follow the check); the file is replaced
    only once the check passes (:class:`~journeycanvas.io.atomic.Gate`), so an
    invalid journey never replaces a good file, and a refused one leaves no temp file.
    The thread is always joined before the save returns or raises."""

    def __init__(self, path: str | os.PathLike[str], payload: bytes, keep_backup: bool) -> None:
        self._gate = Gate()
        self._written: Path | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._write, args=(path, payload, keep_backup), name="journey-save"
        )
        self._thread.start()

    def _write(self, path: str | os.PathLike[str], payload: bytes, keep_backup: bool) -> None:
        try:
            self._written = write_text_atomic(
                path, payload, keep_backup=keep_backup, gate=self._gate
            )
        except WriteRefused:
            pass
        except BaseException as exc:  # handed to the saving thread, which says it
            self._error = exc

    def refuse(self) -> None:
        self._gate.shut()
        self._thread.join()

    def finish(self) -> Path:
        """The path written, once replaced; the write's own error if it failed."""
        self._gate.open()
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        assert self._written is not None
        return self._written


def _check_opens_again(payload: bytes, name: str, for_check: _ForCheck | None = None) -> None:
    """Refuse to write text that :func:`load` would refuse: what it checks, but cheaply.

    The bytes are parsed and validated as :func:`loads` does for valid data (orjson
    and the fast validation of ``trusted_load``); only if that refuses them does
    pydantic parse them again, to name the problem. The Python-level checks of
    :func:`loads` are needed only where our own writer could trip them.

    Validated once, where the data entered: with ``for_check``, the cards whose
    evidence tables are checked are judged without their rows (their values were
    judged as they entered and cannot change; their ids still count), and everything
    else as before. The size, the budget of values and the nesting are always judged
    on the very bytes to be written; if the text without the rows gets no verdict,
    the whole text is judged the old way.
    """
    if len(payload) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise JourneyFileError(
            name, f"it was not saved: it would be too large to open again (over {limit} MB)"
        )
    problem = journey_check.budget_problem(payload)
    if problem is not None:
        raise JourneyFileError(name, f"it was not saved: it would not open again ({problem})")
    # Indented two spaces a level, a container nested deeper than MAX_DEPTH starts on
    # a line indented at least this far; only then is the full walk worth doing. Looked
    # for in the text without the checked tables' rows when there is one: it holds every
    # line of the file but those rows (one line each, indented ten spaces), 1 MB instead
    # of 20 for the 100,000-answer import.
    lines = payload if for_check is None else for_check.text
    if _DEEP_LINE in lines and _too_deep(json.loads(payload), MAX_DEPTH):
        raise JourneyFileError(name, "it was not saved: it is nested too deeply to open again")
    with no_gc():
        again = None
        if for_check is not None:
            again = piecewise_check.check(for_check.text, MAX_DEPTH, known_ids=for_check.ids)
        # A card at a time first (a fraction of the memory); the whole text if that
        # gives no verdict.
        if again is None:
            again = piecewise_check.check(payload, MAX_DEPTH)
        if again is None:
            parsed = _parse_quick(payload)
            if parsed is not None:
                again = validate_fast(parsed, MAX_DEPTH, check_only=True)
            del parsed
    if again is not None:
        _check_version(again, name)
        return
    try:
        again = Journey.model_validate_json(payload)
    except ValidationError as exc:
        raise JourneyFileError(
            name, f"it was not saved: it would not open again ({describe_validation_error(exc)})"
        ) from None
    _check_version(again, name)


#: The start of a line nested deeper than a journey may be (see _check_opens_again).
_DEEP_LINE = b"\n" + b" " * (2 * MAX_DEPTH)


def _check_version(again: Journey, name: str) -> None:
    if again.schema_version != SCHEMA_VERSION:
        raise JourneyFileError(
            name,
            f"it was not saved: it says file format {again.schema_version}, "
            f"but this version writes format {SCHEMA_VERSION}",
        )


def _verify(written: Path, payload: bytes, name: str, had_backup: bool) -> None:
    """The file on disk must hold exactly the bytes that were checked and written."""
    where = f"; the previous version is in {backup_path(written).name}" if had_backup else ""
    try:
        same = _reads_back(written, payload)
    except OSError as exc:
        raise JourneyFileError(
            name, f"it was saved but could not be read back ({_reason(exc)}){where}"
        ) from None
    if not same:
        raise JourneyFileError(name, f"it was saved but reads back differently{where}")


#: How much of the written file is read back and compared at a time.
_READ_BACK_BLOCK = 1 << 20


def _reads_back(written: Path, payload: bytes) -> bool:
    """Whether the file holds exactly ``payload``, compared a block at a time (a
    45 MB journey was read back whole, a second copy of it in memory). Compared by
    ``startswith`` at the block's place: one memcmp, no copy (a memoryview compares
    byte by byte, ten times slower: 50 ms of a 20 MB save)."""
    at = 0
    with open(written, "rb", buffering=0) as handle:
        while True:
            block = handle.read(_READ_BACK_BLOCK)
            if not block:
                return at == len(payload)
            if not payload.startswith(block, at):
                return False
            at += len(block)


def describe_validation_error(error: ValidationError, within: tuple[int | str, ...] = ()) -> str:
    """The first problem pydantic found, as ``field.path: what is wrong``.

    ``within`` is where the validated part sits in the journey (e.g. one card's
    evidence, checked on its own); the count of further problems is then its own.
    """
    problems = error.errors(include_url=False)
    first = problems[0]
    message = str(first.get("msg", "")).removeprefix("Value error, ")
    message = _lower_first(message)
    location = _location((*within, *first.get("loc", ())))
    if first.get("type") != "missing" and "input" in first:
        shown = _short_repr(first["input"])
        if shown is not None:
            message += f" (found {shown})"
    sentence = f"{location}: {message}" if location else message
    extra = len(problems) - 1
    if extra:
        scope = f" in {_location(within)}" if within else ""
        sentence += f" (and {extra} more problem{'s' if extra > 1 else ''}{scope})"
    return sentence


def _location(loc: tuple[int | str, ...] | list[int | str]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _short_repr(value: Any) -> str | None:
    if value is None or isinstance(value, bool | int | float | str):
        shown = json.dumps(value, ensure_ascii=False)
        return shown if len(shown) <= 40 else None
    return None


def _lower_first(message: str) -> str:
    if len(message) > 1 and message[0].isupper() and message[1].islower():
        return message[0].lower() + message[1:]
    return message


def _schema_version(data: dict[str, Any], name: str) -> int:
    version = data.get("schema_version", 0)
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if isinstance(version, bool) or not isinstance(version, int):
        raise JourneyFileError(
            name, f"schema_version should be a whole number, not {_short_repr(version) or '…'}"
        )
    if version < 0:
        raise JourneyFileError(name, f"file format {version} does not exist")
    return version


def _too_deep(data: Any, limit: int) -> bool:
    """Whether containers nest deeper than ``limit``; iterative, so it cannot overflow."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, dict | list))
    return False


def _has_lone_surrogate(data: Any) -> bool:
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return True
    return False


class _ConstantError(ValueError):
    pass


def _refuse_constant(token: str) -> Any:
    raise _ConstantError(token)


class _HugeIntError(ValueError):
    pass


#: More digits than any count or row a journey holds (and than Python converts fast).
MAX_INT_DIGITS = journey_check.MAX_INT_DIGITS


def _small_int(token: str) -> int:
    if len(token) > MAX_INT_DIGITS:
        raise _HugeIntError(token)
    return int(token)


def _huge_int_message(text: str, token: str) -> str:
    """Which field holds the huge number, and where, found again in the text."""
    at = text.find(token)
    line = text.count("\n", 0, at) + 1
    key = re.search(r'"([^"\\]{1,80})"\s*:\s*$', text[max(0, at - 200) : at])
    field = f"the field {key.group(1)!r}" if key else "it"
    digits = len(token.lstrip("-"))
    return (
        f"{field} (line {line}) holds a whole number of {digits:,} digits, "
        "larger than any a journey uses"
    )


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise _ConstantError(token)
    return value


def _json_kind(value: Any) -> str:
    kinds = {list: "list", str: "string", bool: "true/false value", type(None): "null"}
    return kinds.get(type(value), "number")


def _too_large(name: str) -> JourneyFileError:
    limit = MAX_FILE_BYTES // (1024 * 1024)
    return JourneyFileError(name, f"it is too large to be a journey file (over {limit} MB)")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()
