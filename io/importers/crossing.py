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
one installed version; :func:`unpack` raises ValueError on anything it did not make.
"""

from __future__ import annotations

from array import array
from typing import Any

Row = list[Any]
#: A column is coded when its distinct values are at most this share of its cells.
CODED_SHARE = 0.5
#: How many of a column's first cells decide whether it is worth coding at all.
SAMPLE = 2048
_TYPECODES = ("B", "H", "I")


def pack(rows: list[Row]) -> tuple:
    """The table as ``("columns", row count, columns)``, or ``("rows", rows)``."""
    width = len(rows[0]) if rows else 0
    if not width or set(map(len, rows)) != {width}:
        return ("rows", _shared(rows))
    columns = [_pack_column(list(column)) for column in zip(*rows, strict=True)]
    return ("columns", len(rows), columns)


def _pack_column(cells: list) -> tuple:
    # Which form a column takes changes only its size in the pickle, never the rows
    # unpacked, so a column is judged by its first cells before all of them are hashed.
    if len(dict.fromkeys(cells[:SAMPLE])) > CODED_SHARE * min(len(cells), SAMPLE):
        return ("cells", cells)  # mostly different (the quotes): coding would only add
    distinct = dict.fromkeys(cells)
    if len(distinct) > CODED_SHARE * len(cells):
        return ("cells", cells)
    # Only text is coded. No other cell type equals a str, so when every distinct value
    # is a str, so is every cell (a 1 and a 1.0 would be one key, but neither a str).
    if any(type(v) is not str for v in distinct):
        return ("cells", cells)
    values = list(distinct)
    place = dict(zip(values, range(len(values)), strict=True))
    typecode = next(t for t in _TYPECODES if len(values) <= 1 << (8 * array(t).itemsize))
    codes = array(typecode, list(map(place.__getitem__, cells)))  # a list first: faster
    return ("codes", values, typecode, codes.tobytes())


def _shared(rows: list[Row]) -> list[Row]:
    """Equal strings made one object, so the pickle refers to a repeat instead of
    writing it again."""
    same: dict[str, str] = {}
    return [[same.setdefault(v, v) if type(v) is str else v for v in row] for row in rows]


def unpack(packed: Any) -> list[Row]:
    """The rows :func:`pack` was given; ValueError when ``packed`` is not its work."""
    if type(packed) is not tuple or not packed:
        raise ValueError("not a packed table")
    if packed[0] == "rows" and len(packed) == 2 and type(packed[1]) is list:
        rows = packed[1]
        if any(type(r) is not list for r in rows):
            raise ValueError("a row is not a list")
        return rows
    if packed[0] != "columns" or len(packed) != 3 or type(packed[2]) is not list:
        raise ValueError("not a packed table")
    count = packed[1]
    columns = [_unpack_column(c) for c in packed[2]]
    if type(count) is not int or not columns or any(len(c) != count for c in columns):
        raise ValueError("the columns do not have the same length")
    return list(map(list, zip(*columns, strict=True)))


def _unpack_column(column: Any) -> list:
    if type(column) is not tuple or not column:
        raise ValueError("not a packed column")
    if column[0] == "cells" and len(column) == 2 and type(column[1]) is list:
        return column[1]
    if column[0] == "codes" and len(column) == 4:
        _, values, typecode, codes = column
        if type(values) is list and typecode in _TYPECODES and type(codes) is bytes:
            try:
                return list(map(values.__getitem__, memoryview(codes).cast(typecode)))
            except (IndexError, TypeError) as exc:
                raise ValueError("a code is out of range") from exc
    raise ValueError("not a packed column")
