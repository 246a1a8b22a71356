"""The compact form a table takes from the reading child to the importer.

A survey sheet of 100,000 rows repeats a few dozen stages, touchpoints, channels
and dates on every row. Sent as rows of Python objects, the child spends longer
sharing those repeats (and the parent longer unpickling 100,000 lists) than
python-calamine spends reading the sheet. So a rectangular table crosses as
columns: a column of text with few distinct values as those values and one small
integer code per row (made and read back at C speed, by ``map``), any other column
as its plain list of cells. Only text is coded — equal numbers and dates may
differ in ways equality does not see (``0.0`` and ``-0.0``, a datetime's ``fold``),
and a row must come back exactly as it was read. A ragged table (a csv whose rows
stop early) crosses as rows. Both ends are this module, so the form is private to
one installed version; :func:`unpack` and :func:`table` raise ValueError on anything
it did not make.

The parent keeps the columns as they crossed (reading.Table): its readers take a
column whole, and a coded column's distinct values with their codes, so a column's
text is worked out once per distinct value; rows are made only for a reader that
wants rows.
"""

from __future__ import annotations

import datetime as dt
import io
import pickle
from array import array
from collections import defaultdict
from itertools import count
from typing import Any

from journeycanvas.io.importers.reading import Coded, Table

Row = list[Any]
#: A column is coded when its distinct values are at most this share of its cells.
CODED_SHARE = 0.5
#: How many of a column's first cells decide whether it is worth coding at all.
SAMPLE = 2048
_TYPECODES = ("B", "H", "I")


_ALLOWED_TYPES = {
    ("datetime", "datetime"): dt.datetime,
    ("datetime", "date"): dt.date,
    ("datetime", "time"): dt.time,
    ("datetime", "timedelta"): dt.timedelta,
    ("datetime", "timezone"): dt.timezone,
}


class CellUnpickler(pickle.Unpickler):
    """Loads lists, strings, numbers and dates; refuses any other class."""

    def find_class(self, module: str, name: str):
        found = _ALLOWED_TYPES.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not a cell value")
        return found


def pack_part(rows: list[Row]) -> bytes:
    """One part of a sheet read in parts (split_read.py), packed and pickled on the
    part's own thread while the next part parses; :func:`table` joins the parts."""
    return pickle.dumps(pack(rows), protocol=pickle.HIGHEST_PROTOCOL)


def parts(crossed: list[bytes]) -> tuple:
    """The packed form of a table that crosses as its parts' pickles, in order."""
    return ("parts", list(crossed))


def pack(rows: list[Row]) -> tuple:
    """The table as ``("columns", row count, columns)``, or ``("rows", rows)``."""
    if not rows or not rows[0]:
        return ("rows", _shared(rows))
    try:  # rows of one width (calamine's always are): strict zip finds a short one
        columns = list(zip(*rows, strict=True))
    except ValueError:
        return ("rows", _shared(rows))
    return ("columns", len(rows), list(map(_pack_column, columns)))


def _pack_column(cells: tuple) -> tuple:
    # Which form a column takes changes only its size in the pickle, never the cells
    # unpacked, so a column is judged by its first cells before all of them are coded.
    head = dict.fromkeys(cells[:SAMPLE])
    if len(head) > CODED_SHARE * min(len(cells), SAMPLE):
        return ("cells", list(cells))  # mostly different (the quotes): coding would only add
    # Only text is coded. No other cell type equals a str, so when every distinct value
    # is a str, so is every cell (a 1 and a 1.0 would be one key, but neither a str).
    if any(type(v) is not str for v in head):
        return ("cells", list(cells))  # a number among the first cells: never coded
    # One pass: a value met for the first time takes the next code (insertion order).
    place: defaultdict[Any, int] = defaultdict(count().__next__)
    codes = list(map(place.__getitem__, cells))  # a list first: array() takes it faster
    if len(place) > CODED_SHARE * len(cells) or any(type(v) is not str for v in place):
        return ("cells", list(cells))
    values = list(place)
    typecode = next(t for t in _TYPECODES if len(values) <= 1 << (8 * array(t).itemsize))
    if typecode == "B":  # a bytearray takes a list of small ints ten times faster than array
        return ("codes", values, typecode, bytes(bytearray(codes)))
    return ("codes", values, typecode, array(typecode, codes).tobytes())


def _shared(rows: list[Row]) -> list[Row]:
    """Equal strings made one object, so the pickle refers to a repeat instead of
    writing it again."""
    same: dict[str, str] = {}
    return [[same.setdefault(v, v) if type(v) is str else v for v in row] for row in rows]


def unpack(packed: Any) -> list[Row]:
    """The rows :func:`pack` was given; ValueError when ``packed`` is not its work."""
    return table(packed, "", "").rows


def table(packed: Any, source: str, sheet: str, first_row: int = 1, first_col: int = 0) -> Table:
    """The table :func:`pack` was given, kept as it crossed (its columns, or its rows);
    ValueError when ``packed`` is not its work."""
    if type(packed) is not tuple or not packed:
        raise ValueError("not a packed table")
    if packed[0] == "parts" and len(packed) == 2 and type(packed[1]) is list:
        return _joined(packed[1], source, sheet, first_row, first_col)
    if packed[0] == "rows" and len(packed) == 2 and type(packed[1]) is list:
        rows = packed[1]
        if any(type(r) is not list for r in rows):
            raise ValueError("a row is not a list")
        return Table(source, sheet, rows, first_row, first_col)
    if packed[0] != "columns" or len(packed) != 3 or type(packed[2]) is not list:
        raise ValueError("not a packed table")
    size = packed[1]
    columns: list[list] = []
    coded: dict[int, Coded] = {}
    for k, column in enumerate(packed[2]):
        cells, distinct = _unpack_column(column)
        columns.append(cells)
        if distinct is not None:
            coded[k] = distinct
    if type(size) is not int or not columns or any(len(c) != size for c in columns):
        raise ValueError("the columns do not have the same length")
    return Table(source, sheet, None, first_row, first_col, columns=columns, coded=coded)


def _joined(crossed: list, source: str, sheet: str, first_row: int, first_col: int) -> Table:
    """The table whose parts crossed one pickle each: their columns end to end, and a
    column coded in every part coded over the whole (each part's codes renumbered
    into one list of distinct values, in the order they first appear)."""
    if not crossed or any(type(c) is not bytes for c in crossed):
        raise ValueError("not a packed table")
    tables = [table(CellUnpickler(io.BytesIO(c)).load(), source, sheet) for c in crossed]
    if any(t._columns is None for t in tables):  # a part crossed as rows
        rows = [r for t in tables for r in t.rows]
        return Table(source, sheet, rows, first_row, first_col)
    width = len(tables[0]._columns or ())
    if any(len(t._columns or ()) != width for t in tables):
        raise ValueError("the parts do not have the same columns")
    columns: list[list] = []
    coded: dict[int, Coded] = {}
    for k in range(width):
        cells: list = []
        for t in tables:
            cells += t._columns[k]  # type: ignore[index]
        columns.append(cells)
        each = [t.coded(k) for t in tables]
        if all(c is not None for c in each):
            coded[k] = _coded_over(each)  # type: ignore[arg-type]
    return Table(source, sheet, None, first_row, first_col, columns=columns, coded=coded)


def _coded_over(parts: list[Coded]) -> Coded:
    """One column's codes over all its parts (values are text: a dict keys them)."""
    place: dict[Any, int] = {}
    codes: list[int] = []
    for part in parts:
        renumber = [place.setdefault(v, len(place)) for v in part.values]
        if renumber == list(range(len(renumber))):  # its values first met in this order
            codes += part.codes
        else:
            codes += map(renumber.__getitem__, part.codes)
    return Coded(list(place), codes)


def _unpack_column(column: Any) -> tuple[list, Coded | None]:
    """A column's cells, and its distinct values and codes when it crossed coded."""
    if type(column) is not tuple or not column:
        raise ValueError("not a packed column")
    if column[0] == "cells" and len(column) == 2 and type(column[1]) is list:
        return column[1], None
    if column[0] == "codes" and len(column) == 4:
        _, values, typecode, codes = column
        if type(values) is list and typecode in _TYPECODES and type(codes) is bytes:
            try:
                numbers = memoryview(codes).cast(typecode)
                # Decoded at once: an IndexError here is a damaged answer, told as one.
                return list(map(values.__getitem__, numbers)), Coded(values, numbers)
            except (IndexError, TypeError) as exc:
                raise ValueError("a code is out of range") from exc
    raise ValueError("not a packed column")
