"""A table crosses from the reading child to the importer exactly as it was read.

crossing.py sends a rectangular table as columns, coding the repeated text of a
column; every cell must come back with its type and value (0.0 apart from -0.0,
True apart from 1, a datetime's fold), every row as its own list, and anything the
child did not make is refused as a damaged answer, in one sentence.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import math
import pickle
import random

import pytest

from journeycanvas.io.importers import crossing, isolation
from journeycanvas.io.importers.errors import SheetImportError


def _survey(count: int) -> list[list]:
    rng = random.Random(7)
    rows = [["who", "stage", "touchpoint", "score", "quote", "date"]]
    for i in range(count):
        rows.append(
            [
                f"R{i // 40:04d}",
                f"阶段{i % 7}",
                f"接触点 {i % 40}",
                rng.choice([1.0, 2.0, 3.0, -0.0, 0.0, 5, True, "", float("nan")]),
                f"quote #{i}",
                rng.choice(
                    [
                        "2026-01-02",
                        dt.datetime(2025, 10, 26, 2, 30),
                        dt.datetime(2025, 10, 26, 2, 30, fold=1),
                        dt.date(2025, 1, 1),
                        "",
                    ]
                ),
            ]
        )
    return rows


def _same_cells(a: list[list], b: list[list]) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert type(y) is list and len(x) == len(y)
        for u, v in zip(x, y, strict=True):
            assert type(u) is type(v)
            if isinstance(u, float) and math.isnan(u):
                assert math.isnan(v)
            else:
                assert repr(u) == repr(v)  # -0.0, fold=1 kept
                if isinstance(u, dt.datetime):
                    assert u.fold == v.fold


def _crossed(rows: list[list]) -> list[list]:
    """Through the pickle file and the parent's restricted loader, as in an import."""
    data = pickle.dumps(crossing.pack(rows), protocol=pickle.HIGHEST_PROTOCOL)
    return crossing.unpack(isolation._CellUnpickler(io.BytesIO(data)).load())


@pytest.mark.parametrize(
    "rows",
    [
        _survey(3000),
        _survey(3),
        [],
        [[], []],
        [["a", "b"], ["a"], ["a", "b", "c"]],  # a csv's ragged rows
        [["x"] * 3 for _ in range(600)] + [[str(i)] * 3 for i in range(300)],  # > 256 codes
        # Judged by its first cells: a number or a date after them still crosses as itself.
        [["a", 1.0]] * 3000 + [[1, True], [dt.date(2026, 1, 1), 1]],
        [[str(i % 5)] for i in range(3000)] + [[True], ["1"]],
        [[f"q{i}"] for i in range(3000)] + [["q1"]] * 9000,  # repeats only after the sample
    ],
)
def test_a_table_crosses_cell_for_cell(rows):
    _same_cells(rows, _crossed(rows))


def test_repeated_text_crosses_coded_and_each_row_is_its_own_list():
    rows = _survey(3000)
    packed = crossing.pack(rows)
    kinds = [column[0] for column in packed[2]]
    assert kinds == ["codes", "codes", "codes", "cells", "cells", "cells"]
    back = crossing.unpack(packed)
    back[1][0] = "changed"
    assert back[2][0] == rows[2][0]
    assert len(pickle.dumps(packed)) < 0.7 * len(pickle.dumps(rows))


@pytest.mark.parametrize(
    "packed",
    [
        ("columns", 2, [("codes", ["a"], "B", bytes([0, 5]))]),  # a code past its values
        ("columns", 3, [("cells", [1, 2, 3]), ("cells", [1, 2])]),  # uneven columns
        ("columns", 2, [("codes", ["a"], "Q", bytes(16))]),
        ("columns", 1, [("codes", ["a"], "H", b"\x00")]),  # half a code
        ("rows", [["a"], "b"]),
        ("tables", []),
        "rows",
    ],
)
def test_a_damaged_answer_is_refused(packed):
    with pytest.raises(ValueError):
        crossing.unpack(packed)


def test_a_damaged_answer_is_one_sentence(tmp_path):
    result = tmp_path / "tables.pickle"
    bad = ("columns", 2, [("codes", ["a"], "B", bytes([0, 9]))])
    result.write_bytes(pickle.dumps(("ok", "xlsx", ["s"], "0", {"s": (bad, 1, 0)})))
    with pytest.raises(SheetImportError) as caught:
        isolation._load(tmp_path / "survey.xlsx", str(result))
    assert str(caught.value) == (
        "survey.xlsx: the workbook could not be read: the reader's answer was damaged."
    )


# --- a sheet read in parts crosses as its parts' pickles ---------------------------------


def _crossed_in_parts(parts: list[list[list]]):
    """Each part packed as its thread packs it, then joined by the parent's loader."""
    packed = crossing.parts([crossing.pack_part(p) for p in parts])
    data = pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)
    return crossing.table(isolation._CellUnpickler(io.BytesIO(data)).load(), "s.xlsx", "S", 3, 1)


@pytest.mark.parametrize("cuts", [[1], [500], [1, 2, 3], [300, 301, 900], [1000]])
def test_parts_join_into_the_table_they_were_cut_from(cuts):
    rows = _survey(1200)
    bounds = [0, *cuts, len(rows)]
    parts = [rows[a:b] for a, b in itertools.pairwise(bounds) if b > a]
    table = _crossed_in_parts(parts)
    assert (table.source, table.sheet, table.first_row, table.first_col) == ("s.xlsx", "S", 3, 1)
    _same_cells(rows, table.rows)
    coded = [k for k in range(6) if table.coded(k) is not None]
    if all(len(p) >= 100 for p in parts):  # a part of a row or two is not worth coding
        assert coded  # the stages and touchpoints stay coded over the whole column
    for k in coded:  # every code points at its cell's value, across the parts
        values, codes = table.coded(k)
        assert [values[c] for c in codes] == table.column(k)
        assert len(set(values)) == len(values)


def test_parts_whose_values_come_in_other_orders_or_uncoded_still_join():
    first = [["阶段 b", f"q{i}"] for i in range(50)] + [["阶段 a", "x"]] * 50
    second = [["阶段 a", "x"]] * 60 + [["阶段 c", "y"]] * 40  # a first, then a new value
    mostly_different = [[f"阶段 {i}", f"q{i}"] for i in range(100)]  # crosses uncoded
    for parts in ([first, second], [first, mostly_different, second]):
        table = _crossed_in_parts(parts)
        _same_cells([r for p in parts for r in p], table.rows)
        coded = table.coded(0)
        if coded is not None:
            assert [coded.values[c] for c in coded.codes] == table.column(0)
    assert _crossed_in_parts([first, mostly_different]).coded(0) is None  # not in every part


def test_parts_that_did_not_cross_as_pickles_are_refused():
    for packed in [("parts", []), ("parts", ["text"]), ("parts", [b"not a pickle"])]:
        with pytest.raises((ValueError, pickle.UnpicklingError)):
            crossing.table(packed, "s.xlsx", "S")
