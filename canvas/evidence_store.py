"""A card's evidence held as columns: one tuple per field instead of one model per answer.

A journey of 100,000 answers held 100,000 pydantic ``Evidence`` models (about 2 KB
each with their dicts and field sets): most of what opening, copying and saving it
cost. :class:`EvidenceTable` keeps each field as one tuple, and behaves like the
list of ``Evidence`` the rest of the code always used (``len``, iteration,
indexing, slicing, ``==``), making an ``Evidence`` only when one is asked for. The
hot paths (a card's mean score, its waves and segments) read the columns.

A table is immutable, like the model's copy-on-write lists: an edit builds a new
one. Fields the model does not know (a newer version's) are kept as extra columns;
an answer that lacks one holds :data:`MISSING` there, so it is given back without it.

In the file (format 11) a card's evidence is written as
``{"columns": [...], "rows": [[...], ...]}``, one answer a line, with only the
columns some answer uses; evidence some of whose answers lack an unknown field is
written as a list of objects, as before (io/journey_file.py).
"""

from __future__ import annotations

import copy
import functools
import math
import operator
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import compress, repeat
from operator import attrgetter
from typing import TYPE_CHECKING, Any, overload

from pydantic import TypeAdapter
from pydantic_core import PydanticCustomError, core_schema

if TYPE_CHECKING:
    from journeycanvas.canvas.model import Evidence


class _Missing:
    """An unknown field an answer does not have (not the same as a null)."""

    _it: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._it is None:
            cls._it = super().__new__(cls)
        return cls._it

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self


MISSING = _Missing()

#: How deep an unknown column's value may nest: a value sits 7 levels into the file
#: (journey, cards, card, table, rows, row), which may nest 64 (journey_file.MAX_DEPTH).
EXTRA_DEPTH = 56
#: Whole numbers beyond this many bits (2**99 has 30 digits) no journey uses.
_MAX_INT_BITS = 99


@functools.cache
def _fields() -> tuple[type[Evidence], tuple[str, ...], dict[str, Any]]:
    from journeycanvas.canvas.model import Evidence

    names = tuple(Evidence.model_fields)
    defaults = {n: f.default for n, f in Evidence.model_fields.items() if n != "id"}
    return Evidence, names, defaults


@functools.cache
def _field_names() -> frozenset[str]:
    return frozenset(_fields()[1])


class EvidenceTable(Sequence["Evidence"]):
    """The evidence of one card, a column per field (see the module's docstring)."""

    __slots__ = ("_checked", "_cols", "_n", "_written")
    __hash__ = None  # type: ignore[assignment]  # like the list it stands for

    def __init__(self, evidence: Iterable[Evidence] = ()) -> None:
        built = EvidenceTable.from_evidence(evidence)
        self._n: int = built._n
        self._cols: dict[str, tuple[Any, ...]] = built._cols
        self._checked: bool = False
        self._written: list[str] | None = None

    # --- building -----------------------------------------------------------

    @classmethod
    def _of(cls, n: int, cols: dict[str, tuple[Any, ...]], checked: bool = False) -> EvidenceTable:
        table = cls.__new__(cls)
        table._n = n
        table._cols = cols
        table._checked = checked
        table._written = None
        return table

    @classmethod
    def from_columns(
        cls, n: int, columns: dict[str, Sequence[Any]], *, checked: bool = False
    ) -> EvidenceTable:
        """A table of ``n`` answers from checked columns; a known field left out holds its
        default (the id: a new one each), an unknown one is kept after the known ones.

        ``checked``: every column is known and its values are picked from columns that
        passed :func:`check_columns` (an import judges its columns once, whole, and
        builds each card's table from them); the table is then :attr:`checked`."""
        evidence_cls, names, defaults = _fields()
        cols: dict[str, tuple[Any, ...]] = {}
        for name in names:
            given = columns.get(name)
            if given is not None:
                cols[name] = tuple(given)
            elif name == "id":
                factory = evidence_cls.model_fields["id"].default_factory
                assert factory is not None
                cols[name] = tuple(factory() for _ in range(n))  # type: ignore[call-arg]
            else:
                cols[name] = tuple(repeat(defaults[name], n))
        for name, given in columns.items():
            if name not in cols:
                cols[name] = tuple(given)
        return cls._of(n, cols, checked and len(cols) == len(names))

    @classmethod
    def validated(cls, n: int, columns: dict[str, Sequence[Any]]) -> EvidenceTable:
        """:meth:`from_columns`, each column judged as it enters by the rules the file's
        tables are judged by when a journey is opened (types, bounds, finite numbers);
        ValueError names the first column that fails. The table is :attr:`checked`.
        """
        check_columns(columns)
        return cls.from_columns(n, columns, checked=True)

    @classmethod
    def from_evidence(cls, evidence: Iterable[Evidence]) -> EvidenceTable:
        """The table of these models (a table given is returned as it is)."""
        if isinstance(evidence, EvidenceTable):
            return evidence
        items = list(evidence)
        _, names, _ = _fields()
        if not items:  # most cards as a journey is validated (their tables come later)
            return cls._of(0, dict.fromkeys(names, ()))
        cols = {name: tuple(map(attrgetter(name), items)) for name in names}
        extras = [e.__pydantic_extra__ for e in items]
        if any(extras):
            unknown: dict[str, None] = {}
            for extra in extras:
                if extra:
                    unknown.update(dict.fromkeys(extra))
            for name in unknown:
                cols[name] = tuple((x or {}).get(name, MISSING) for x in extras)
        return cls._of(len(items), cols)

    @classmethod
    def concat(cls, *tables: Iterable[Evidence]) -> EvidenceTable:
        """The answers of ``tables`` one after another (an import's wave joining a card)."""
        parts = [cls.from_evidence(t) for t in tables]
        parts = [p for p in parts if p._n] or parts[:1]
        if not parts:
            return cls._of(0, cls.from_evidence([])._cols)
        if len(parts) == 1:
            return parts[0]
        names: dict[str, None] = {}
        for p in parts:
            names.update(dict.fromkeys(p._cols))
        cols = {
            name: tuple(v for p in parts for v in p._cols.get(name, tuple(repeat(MISSING, p._n))))
            for name in names
        }
        # Checked answers one after another are still checked answers (ids aside:
        # their uniqueness is the journey's, judged over every card).
        checked = all(p._checked for p in parts)
        return cls._of(sum(p._n for p in parts), cols, checked)

    def select(self, keep: Iterable[bool]) -> EvidenceTable:
        """The answers whose ``keep`` is true, in order (an import's answers removed)."""
        mask = list(keep)
        cols = {name: tuple(compress(col, mask)) for name, col in self._cols.items()}
        return EvidenceTable._of(sum(map(bool, mask)), cols, self._checked)

    # --- the columns --------------------------------------------------------

    def column(self, name: str) -> tuple[Any, ...]:
        """One field of every answer, in order (an unknown field: MISSING where absent)."""
        return self._cols[name]

    @property
    def columns(self) -> tuple[str, ...]:
        """Every field held, known ones in the model's order, then unknown ones."""
        return tuple(self._cols)

    @property
    def checked(self) -> bool:
        """Whether every value was judged valid where it entered (an import's columns,
        a file's table as it was opened), with no unknown field: its values are then
        text, numbers and None that nothing can change, so the check before a save
        need not parse them again from the text written (io/journey_file.py). Ids
        are not part of it: their uniqueness is judged over the whole journey."""
        return self._checked

    @property
    def unknown(self) -> tuple[str, ...]:
        """The fields the model does not know, in the order first met."""
        _, names, _ = _fields()
        return tuple(self._cols)[len(names) :]

    @property
    def ids(self) -> tuple[str, ...]:
        return self._cols["id"]

    @property
    def scores(self) -> tuple[float | None, ...]:
        return self._cols["score"]

    @property
    def segments(self) -> tuple[str, ...]:
        return self._cols["segment"]

    @property
    def import_ids(self) -> tuple[str, ...]:
        return self._cols["import_id"]

    @property
    def channels(self) -> tuple[str, ...]:
        return self._cols["channel"]

    @property
    def texts(self) -> tuple[str, ...]:
        return self._cols["text"]

    # --- the list it stands for ---------------------------------------------

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, index: int) -> Evidence: ...

    @overload
    def __getitem__(self, index: slice) -> EvidenceTable: ...

    def __getitem__(self, index: int | slice) -> Evidence | EvidenceTable:
        if isinstance(index, slice):
            cols = {name: col[index] for name, col in self._cols.items()}
            return EvidenceTable._of(len(cols["id"]), cols, self._checked)
        if index < 0:
            index += self._n
        if not 0 <= index < self._n:
            raise IndexError("evidence index out of range")
        return _make(self._names_and_rows(index, index + 1)[0])

    def __iter__(self) -> Iterator[Evidence]:
        rows = zip(*self._cols.values(), strict=True)
        return map(_make, map(dict, map(partial(zip, tuple(self._cols)), rows)))

    def _names_and_rows(self, start: int = 0, stop: int | None = None) -> list[dict[str, Any]]:
        names = tuple(self._cols)
        cols = self._cols.values()
        if start or stop is not None:
            cols = [c[start:stop] for c in cols]  # type: ignore[assignment]
        return [dict(zip(names, row, strict=True)) for row in zip(*cols, strict=True)]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EvidenceTable):
            if self._n != other._n:
                return False
            if not self.unknown and not other.unknown:
                return self._cols == other._cols
            return list(self) == list(other)
        if isinstance(other, list | tuple):
            return len(other) == self._n and list(self) == list(other)
        return NotImplemented

    def __add__(self, other: Iterable[Evidence]) -> EvidenceTable:
        """The answers of both, as ``+`` of two lists gives (a new table)."""
        if not isinstance(other, EvidenceTable | list | tuple):
            return NotImplemented
        return EvidenceTable.concat(self, other)

    def __radd__(self, other: Iterable[Evidence]) -> EvidenceTable:
        if not isinstance(other, list | tuple):
            return NotImplemented
        return EvidenceTable.concat(other, self)

    def __repr__(self) -> str:
        return f"EvidenceTable({self._n} answers)"

    def __copy__(self) -> EvidenceTable:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> EvidenceTable:
        # Known columns hold only str, float, int and None: sharing them is safe.
        if not self.unknown:
            return self
        return EvidenceTable._of(self._n, copy.deepcopy(self._cols, memo))

    def __reduce__(self) -> tuple[Callable[..., EvidenceTable], tuple[Any, ...]]:
        return EvidenceTable._of, (self._n, self._cols)

    # --- the file form ------------------------------------------------------

    def written_columns(self) -> list[str] | None:
        """The columns the file's table holds (the id and every field some answer sets),
        or None when the answers must be written as objects (some lack an unknown field).

        Worked out once per table (it is immutable; share_texts swaps a column only for
        equal values): a save asks twice per card, as pydantic writes the card and as
        its rows are written, ~7 ms of the 100,000-answer import's save. A new list
        each time, so a caller may change it."""
        if self._written is None:
            self._written = self._written_columns()
            if self._written is None:
                return None
        return list(self._written)

    def _written_columns(self) -> list[str] | None:
        _, _, defaults = _fields()
        out = []
        for name, col in self._cols.items():
            if name == "id":
                out.append(name)
            elif name not in defaults:
                if MISSING in col:
                    return None
                out.append(name)
            elif defaults[name] is None:
                if col.count(None) != self._n:
                    out.append(name)
            elif defaults[name] == "":
                if any(col):
                    out.append(name)
            elif any(v != defaults[name] for v in col):  # pragma: no cover - no such field yet
                out.append(name)
        return out

    def rows(self, names: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """The answers as tuples of the fields ``names``."""
        return zip(*(self._cols[n] for n in names), strict=True)

    def as_dicts(self) -> list[dict[str, Any]]:
        """Each answer as the dict ``Evidence.model_dump()`` gives (its unknown fields too)."""
        return [e.model_dump() for e in self]

    # --- pydantic -----------------------------------------------------------

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> core_schema.CoreSchema:
        from journeycanvas.canvas.model import Evidence

        as_list = handler.generate_schema(list[Evidence])
        as_table = core_schema.typed_dict_schema(
            {
                "columns": core_schema.typed_dict_field(
                    core_schema.list_schema(core_schema.str_schema())
                ),
                "rows": core_schema.typed_dict_field(
                    core_schema.list_schema(core_schema.list_schema(core_schema.any_schema()))
                ),
            },
            extra_behavior="forbid",
        )
        return core_schema.no_info_plain_validator_function(
            validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                _serialize, info_arg=True
            ),
            json_schema_input_schema=core_schema.union_schema([as_list, as_table]),
        )


#: The context under which the file writer asks for a table: a marker it replaces by
#: the rows, one a line (pydantic would spread each row's values over many lines).
FILE_CONTEXT = {"journeycanvas_table": True}
PLACEHOLDER = "\x00evidence-table\x00"


def _serialize(value: Any, info: Any) -> Any:
    table = value if isinstance(value, EvidenceTable) else EvidenceTable.from_evidence(value)
    if info.mode != "json":
        return table.as_dicts()
    if not table:
        return []
    names = table.written_columns()
    if names is None:
        return table.as_dicts()
    if info.context == FILE_CONTEXT:
        return PLACEHOLDER
    return {"columns": names, "rows": [list(r) for r in table.rows(names)]}


_evidence_list: TypeAdapter[list[Evidence]] | None = None


def _list_adapter() -> TypeAdapter[list[Evidence]]:
    global _evidence_list
    if _evidence_list is None:
        from journeycanvas.canvas.model import Evidence

        _evidence_list = TypeAdapter(list[Evidence])
    return _evidence_list


def validate(value: Any) -> EvidenceTable:
    """A card's evidence as given (a table, a list of models or dicts, the file's table)."""
    # type() first: isinstance on a Sequence (an ABC) runs Python code, for each card.
    if type(value) is EvidenceTable:
        return value
    if type(value) is list and not value:
        # A card without evidence: every card, as the open validates a journey with
        # its tables set aside (io/trusted_load.py).
        return EvidenceTable._of(0, dict.fromkeys(_fields()[1], ()))
    if isinstance(value, EvidenceTable):
        return value
    if isinstance(value, list):
        if not value:
            return EvidenceTable.from_evidence(())
        return EvidenceTable.from_evidence(_list_adapter().validate_python(value))
    if isinstance(value, dict):
        return from_file_table(value)
    raise PydanticCustomError(
        "evidence_type", "Input should be a list of evidence or an evidence table"
    )


def from_file_table(
    value: dict[str, Any],
    *,
    kept: bool = True,
    last: dict[str, tuple[str, ...]] | None = None,
    share: bool = True,
) -> EvidenceTable:
    """The table of the file's ``{"columns": [...], "rows": [...]}``, checked column-wise.

    Every known column is judged in C (types, bounds, finite numbers); a column that
    is not exactly as our writer writes it (an int for a float, say) is validated by
    pydantic answer by answer, so the error names the answer and field as it would
    for the list form (``cards[3].evidence[17].score``) and conversions match.
    Without ``kept`` (a check whose table is let go) repeated texts are not shared.
    ``last``: the shared columns of the table read before this one (the caller keeps
    it for one file): a column equal to its namesake there is that interned column.
    Without ``share`` a shared column of many texts is judged but not interned: the
    open leaves that to :func:`share_texts` (the editor, once the map is on screen).
    """
    columns, rows = _shape(value)
    n = len(rows)
    cols = (
        dict(zip(columns, zip(*rows, strict=True), strict=True)) if n else {c: () for c in columns}
    )
    known, shared, shared_text, unknown = _plan(tuple(columns))
    # A shared text column is interned first: sys.intern takes nothing but exact
    # text, so a column it takes whole passes the text rule without being joined
    # (nine of a table's twelve columns looked at once, not twice).
    interned = _interned(cols, shared_text, last, share) if kept else {}
    if not all(name in interned or _column_ok(name, cols[name]) for name in known):
        # Validated the slow way: any error names its answer; values converted as pydantic does.
        fields = _field_names()
        dicts = [
            {c: v for c, v in zip(columns, row, strict=True) if c in fields}
            for row in rows
        ]
        models = _list_adapter().validate_python(dicts)
        for name in known:
            cols[name] = tuple(map(attrgetter(name), models))
    elif kept:
        cols.update(interned)
        for name in shared.difference(interned):
            cols[name] = tuple(map(sys.intern, cols[name]))  # a str subclass: as before
    for name in unknown:
        for j, v in enumerate(cols[name]):
            _check_unknown(name, j, v)
    table = EvidenceTable.from_columns(n, cols)
    # Every known column passed the rules or pydantic's validation just above.
    table._checked = not unknown
    return table


#: What :func:`from_file_table` reads from a table's column names, by those names
#: (a file's thousand tables name the same twelve columns): see :func:`_plan`.
_Plan = tuple[tuple[str, ...], frozenset[str], tuple[str, ...], tuple[str, ...]]
_PLANS: dict[tuple[str, ...], _Plan] = {}
_PLANS_MAX = 64


def _plan(columns: tuple[str, ...]) -> _Plan:
    """The known columns among ``columns`` (in their order), the shared text fields among
    them, those of the shared whose rule is text (all of them today: :func:`_interned`
    takes those whole), and the unknown columns (in their order): worked out once per
    list of names instead of once per card."""
    found = _PLANS.get(columns)
    if found is not None:
        return found
    global _RULES
    if _RULES is None:
        _RULES = _rules()
    fields = _field_names()
    known = tuple(c for c in columns if c in fields)
    shared = _SHARED.intersection(known)
    text = tuple(n for n in shared if (rule := _RULES.get(n)) is not None and rule[0] == _TEXT)
    found = (known, shared, text, tuple(c for c in columns if c not in fields))
    if len(_PLANS) >= _PLANS_MAX:
        _PLANS.clear()
    _PLANS[columns] = found
    return found


#: Text fields whose values repeat from answer to answer (a source, a wave, a scale, a
#: respondent): parsed, each answer held its own copy (about 50 MB over 100,000
#: answers); interned, one string serves them all.
_SHARED = frozenset(
    {"source", "sheet", "respondent", "answer", "scale", "segment", "import_id", "channel", "date"}
)


def _interned(
    cols: dict[str, tuple[Any, ...]],
    names: Iterable[str],
    last: dict[str, tuple[str, ...]] | None = None,
    share: bool = True,
) -> dict[str, tuple[str, ...]]:
    """The columns ``names`` (shared fields whose rule is "text": :func:`_plan`) that are
    all exact text, interned.

    For such a field a column sys.intern takes whole is one :func:`_column_ok` passes.
    A column it refuses (a number, a str subclass) is left out, to be judged and
    interned as it always was.

    A column equal to the same column of the table before (``last``, which is then
    updated) is that column: a survey's touchpoints are each answered by the same
    respondents in the sheet's order, and comparing two columns (no hash) costs a
    fraction of interning each value again. Equal tuples of exact text hold the
    same texts; a value not text never equals one. Without ``share`` a column of
    more than one text is only judged by the text rule (:func:`_column_ok`) and kept
    as parsed, for :func:`share_texts` to intern later.
    """
    out: dict[str, tuple[str, ...]] = {}
    for name in names:
        col = cols[name]
        before = last.get(name) if last is not None else None
        if before is not None and col == before:
            out[name] = before
            continue
        try:
            one = _one_text(col)
        except TypeError:
            continue
        if one is not None:
            out[name] = one
        elif not share:
            if not _column_ok(name, col):
                continue  # judged again by the caller, which names the answer
            out[name] = col
        else:
            try:
                out[name] = tuple(map(sys.intern, col))
            except TypeError:
                continue
        if last is not None:
            last[name] = out[name]
    return out


def share_texts(tables: Iterable[Any]) -> None:
    """Intern the shared text columns of ``tables`` (a journey's cards' evidence) that
    the open left as parsed (``from_file_table(share=False)``).

    Interning 300,000 answers' channels, dates and answers was a sixth of opening the
    research journey; done here, once the map is painted, it costs the user no wait
    and the model comes down to its shared size (about 20 MB less). The values stay
    equal, so a table reads, compares and saves as before; only their copies go.
    Columns already interned (one text, or shared with the card before) take the
    quick way through sys.intern; a column shared by two tables is interned once.
    """
    done: dict[int, tuple[tuple[Any, ...], tuple[Any, ...]]] = {}
    for table in tables:
        if type(table) is not EvidenceTable:
            continue
        cols = table._cols
        for name in _SHARED.intersection(cols):
            col = cols[name]
            seen = done.get(id(col))
            if seen is None:
                try:
                    seen = (col, tuple(map(sys.intern, col)))  # col kept: its id stays its own
                except TypeError:  # a null or a number in an edited column: left as it is
                    seen = (col, col)
                done[id(col)] = seen
            cols[name] = seen[1]


def _one_text(col: tuple[Any, ...]) -> tuple[str, ...] | None:
    """The column as one interned string repeated, when every value is that same text
    (a card's source, sheet, scale, import: most shared columns of a survey's card).

    Equality is tested by ``count`` (a compare per value, no hash, no call), several
    times cheaper than interning each. A value that is not text never equals text (a
    number, a null, a list), so the column passes the text rule exactly when interning
    it whole would. None: not one text (or empty), to be interned value by value.
    """
    if not col or type(col[0]) is not str or col.count(col[0]) != len(col):
        return None
    return (sys.intern(col[0]),) * len(col)


def _shape(value: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    if set(value) != {"columns", "rows"}:
        raise PydanticCustomError(
            "evidence_table", "An evidence table holds exactly two keys: columns and rows"
        )
    columns, rows = value["columns"], value["rows"]
    if type(columns) is not list or set(map(type, columns)) - {str}:
        raise PydanticCustomError("evidence_table", "An evidence table's columns are names")
    if len(set(columns)) != len(columns):
        raise PydanticCustomError("evidence_table", "An evidence table names each column once")
    if type(rows) is not list:
        raise PydanticCustomError("evidence_table", "An evidence table's rows are lists")
    try:
        # One pass judges both: list.__len__ refuses anything but a list (parsed JSON
        # holds no subclass of one).
        lengths = set(map(list.__len__, rows))
    except TypeError:
        raise PydanticCustomError("evidence_table", "An evidence table's rows are lists") from None
    if rows and lengths != {len(columns)}:
        bad = next(j for j, r in enumerate(rows) if len(r) != len(columns))
        raise PydanticCustomError(
            "evidence_table",
            "Row {row} of the evidence table holds {count} values for {columns} columns",
            {"row": bad, "count": len(rows[bad]), "columns": len(columns)},
        )
    return columns, rows


def check_columns(columns: dict[str, Sequence[Any]]) -> None:
    """ValueError unless every column is a known field whose values the open would keep
    as they are (the rules :func:`from_file_table` judges a file's table by). Only
    known fields: an unknown one may hold lists and dicts, which can change."""
    fields = _field_names()
    for name, col in columns.items():
        if name not in fields:
            raise ValueError(f"{name!r} is not a field of an answer")
        # A list or tuple is judged as it is (copying 100,000 values for nothing).
        if not _column_ok(name, col if type(col) in (list, tuple) else tuple(col)):
            raise ValueError(f"the column {name!r} holds a value an answer cannot hold")


def _rules() -> dict[str, tuple[frozenset[type], float | None, float | None]]:
    """Per known field: the exact types our writer writes, and a number's bounds."""
    from journeycanvas.canvas.model import MAX_COUNT, MAX_SCORE, MIN_SCORE, Evidence

    rules: dict[str, tuple[frozenset[type], float | None, float | None]] = {}
    for name, field in Evidence.model_fields.items():
        if field.annotation is str:
            rules[name] = (frozenset({str}), None, None)
    rules["score"] = (frozenset({float, type(None)}), MIN_SCORE, MAX_SCORE)
    rules["row"] = (frozenset({int, type(None)}), 0, MAX_COUNT)
    return rules


_RULES: dict[str, tuple[frozenset[type], float | None, float | None]] | None = None
_TEXT = frozenset({str})
_NONE = type(None)
_is_not_none = partial(operator.is_not, None)


def _column_ok(name: str, col: Sequence[Any]) -> bool:
    """Whether validation would keep every value of this known column as it is."""
    global _RULES
    if _RULES is None:
        _RULES = _rules()
    rule = _RULES.get(name)
    if rule is None:
        return False  # a field this check does not know: pydantic judges it
    types, low, high = rule
    if types == _TEXT:
        # A join fails on anything but text, in C and several times faster than
        # collecting the types. (It lets a str subclass through, which parsed JSON
        # never holds; one handed in by Python code is kept as the text it is.)
        try:
            "".join(col)
        except TypeError:
            return False
        return True
    found = set(map(type, col))
    if not found <= types:
        return False
    if low is None:
        return True
    # Filtered in C, and only when some value is null (most scores are not).
    numbers = list(filter(_is_not_none, col)) if _NONE in found else col
    if not numbers:
        return True
    # A sum of finite numbers within bounds is finite; a NaN or an infinity makes it
    # NaN or infinite (a sum too large to hold could only refuse a valid column, which
    # pydantic then judges: never the other way).
    if float in types and not math.isfinite(sum(numbers)):
        return False
    if high is not None and low == -high:  # a score: one pass over the sizes, not two
        return max(map(abs, numbers)) <= high
    return min(numbers) >= low and max(numbers) <= high


def _check_unknown(name: str, row: int, value: Any) -> None:
    """An unknown column's value: bounded nesting, finite numbers, no huge integers."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > EXTRA_DEPTH:
            raise PydanticCustomError(
                "evidence_table",
                "Row {row}'s {field} nests too deeply",
                {"row": row, "field": name},
            )
        kind = type(item)
        if kind is dict:
            stack.extend((v, depth + 1) for v in item.values())
        elif kind is list:
            stack.extend((v, depth + 1) for v in item)
        elif kind is float and not math.isfinite(item):
            raise PydanticCustomError(
                "evidence_table",
                "Row {row}'s {field} holds an infinite number",
                {"row": row, "field": name},
            )
        elif kind is int and abs(item).bit_length() > _MAX_INT_BITS:
            raise PydanticCustomError(
                "evidence_table",
                "Row {row}'s {field} holds a whole number larger than any a journey uses",
                {"row": row, "field": name},
            )


# --- making a model of one answer ---------------------------------------------


def _maker() -> Callable[[dict[str, Any]], Evidence]:
    """How one answer's dict (every known field, then unknown ones) becomes a model.

    Filling the model directly is several times faster than validating it, but leans
    on how pydantic stores a model; a probe checks it equals the validated model, or
    every answer is made by ``model_construct`` instead.
    """
    evidence_cls, names, _ = _fields()
    new = evidence_cls.__new__
    put = object.__setattr__
    known = frozenset(names)
    count = len(names)

    def fill(d: dict[str, Any]) -> Evidence:
        obj = new(evidence_cls)
        if len(d) != count:
            extra = {k: v for k, v in d.items() if k not in known and v is not MISSING}
            d = {k: d[k] for k in names}
            fields_set = set(known) | set(extra)
        else:
            extra = {}
            fields_set = set(known)
        put(obj, "__dict__", d)
        put(obj, "__pydantic_fields_set__", fields_set)
        put(obj, "__pydantic_extra__", extra)
        put(obj, "__pydantic_private__", None)
        return obj

    def construct(d: dict[str, Any]) -> Evidence:
        return evidence_cls.model_construct(**{k: v for k, v in d.items() if v is not MISSING})

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
        "channel": "App",
        "date": "2026-01-02",
    }
    try:
        with_extra = {**probe, "mood": {"a": [1]}, "gone": MISSING}
        checked = evidence_cls.model_validate({**probe, "mood": {"a": [1]}})
        filled = fill(with_extra)
        plain = fill(dict(probe))
        same = (
            set(probe) == known
            and filled == checked
            and filled.model_dump_json() == checked.model_dump_json()
            and plain == evidence_cls.model_validate(probe)
        )
    except Exception:
        same = False
    return fill if same else construct


_make_one: Callable[[dict[str, Any]], Evidence] | None = None


def _make(d: dict[str, Any]) -> Evidence:
    global _make_one
    if _make_one is None:
        _make_one = _maker()
    return _make_one(d)
