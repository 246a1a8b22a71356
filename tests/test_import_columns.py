"""A table read in the child keeps the columns it crossed as, and reads as its rows.

reading.Table answers ``column``, ``coded``, ``head``, ``row`` and ``iter_rows`` from
the columns crossing.py sent, and makes its rows only when asked. The importer's
first readers (header search, mapping, the long layout's answers, their origins,
the latest date) take those columns: every one of them must find what it finds in
the table of rows, which takes the row-by-row paths (a csv's table, or the old way).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import pickle
import random
from collections import Counter

import pytest

from journeycanvas.io.importers import crossing, importer, isolation, mapping, provenance
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.reading import Table, open_workbook

HEADER = ["受访者编号", "阶段", "接触点", "渠道", "评分(1-5)", "原话", "日期", "步骤"]


def _crossed(rows: list[list], first_row: int = 1) -> Table:
    """The table as the parent gets it from the child: packed, pickled, loaded."""
    data = pickle.dumps(crossing.pack(rows), protocol=pickle.HIGHEST_PROTOCOL)
    packed = isolation._CellUnpickler(io.BytesIO(data)).load()
    return crossing.table(packed, "survey.xlsx", "answers", first_row, 0)


def _sheet(seed: int, count: int = 3000) -> list[list]:
    """A survey sheet of repeated texts (some padded, some numbers or blank), scores
    as numbers, labels or blanks, quotes, dates of three kinds; a title row and a
    blank row above the header on some seeds."""
    rng = random.Random(seed)
    stages = [f"阶段{i}" for i in range(6)] + [" 阶段1 ", ""]
    points = [f"接触点 {i:02d}" for i in range(40)] + ["  接触点 03", ""]
    channels = ["App", "门店", " Web ", "", 7, 3.5]
    scores = [1.0, 2.0, 3.0, 4.0, 5.0, "4", "满意", "", 5 if seed % 3 else 2]
    dates = ["2026-01-0" + str(1 + i % 9) for i in range(9)] + [""]
    if seed % 2:  # a date among the texts: the column crosses as its cells, not coded
        dates.append(dt.datetime(2026, 2, 3, 4, 5))
    width = len(HEADER)
    rows: list[list] = []
    if seed % 2:
        rows += [["2026 年 用户访谈编码表"] + [""] * (width - 1), [""] * width]
    header = list(HEADER)
    if seed % 4 == 3:  # a header that reads as a date: no date of the answers
        header[6] = "2027-12-31"
    rows.append(header)
    for i in range(count):
        rows.append(
            [
                f"R{rng.randrange(200):03d}" if rng.random() > 0.02 else "",
                rng.choice(stages),
                rng.choice(points),
                rng.choice(channels),
                rng.choice(scores),
                rng.choice([f"quote {i}", "", " padded quote "]),
                rng.choice(dates),
                rng.choice(["", "选择", "支付"]),
            ]
        )
        if rng.random() < 0.01:
            rows[-1] = [""] * width  # a blank row
    return rows


def _same(a, b) -> None:
    """Equal, telling NaN equal to NaN (a cell crosses as itself)."""
    assert type(a) is type(b)
    if isinstance(a, float) and math.isnan(a):
        assert math.isnan(b)
    elif isinstance(a, list | tuple):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    else:
        assert a == b and repr(a) == repr(b)


@pytest.mark.parametrize("seed", range(6))
def test_a_crossed_table_answers_as_its_rows(seed):
    rows = _sheet(seed, 2500)
    table = _crossed(rows)
    assert table._rows is None  # nothing made yet
    assert len(table) == len(rows)
    for n in (0, 1, 30, 3000):
        _same(table.head(n), rows[:n])
    for i in (0, 1, 2, len(rows) - 1):
        _same(table.row(i), rows[i])
    for start in (0, 1, 3, len(rows)):
        _same(list(table.iter_rows(start)), rows[start:])
        for k in range(len(HEADER)):
            _same(table.column(k, start), [r[k] for r in rows[start:]])
    assert table.column(len(HEADER), 0) is None
    coded = [k for k in range(len(HEADER)) if table.coded(k) is not None]
    assert 1 in coded and 2 in coded  # the stages and touchpoints crossed coded
    for k in coded:
        values, codes = table.coded(k)
        assert [values[c] for c in codes] == [r[k] for r in rows]
    assert table._rows is None  # still none
    _same(table.rows, rows)
    assert table == Table("survey.xlsx", "answers", rows)


def test_a_ragged_table_says_a_column_is_short():
    rows = [["a", "b", "c"], ["1", "2"], ["x", "y", "z"]]
    table = _crossed(rows)
    assert table.rows == rows and table.coded(0) is None
    assert table.column(2) is None and table.column(2, 2) == ["z"]
    assert table.column(1) == ["b", "2", "y"] and table.head(2) == rows[:2]
    assert list(table.iter_rows(1)) == rows[1:] and table.row(1) == ["1", "2"]


def _what_the_import_finds(table: Table):
    """Everything the importer's first readers make of a table, or its refusal."""
    options = importer.ImportOptions()
    book = _Book(table)
    try:
        source = importer.open_source("survey.xlsx", options, book)
        the_plan = importer.plan(source, options)
        collected = importer.collect(the_plan)
        origins = provenance.origins(
            the_plan.mapping, collected, the_plan.targets, the_plan.segment
        )
    except SheetImportError as exc:
        return str(exc)
    m = the_plan.mapping
    return (
        source.header,
        m.roles,
        m.how,
        m.layout,
        the_plan.language,
        collected.answers,
        collected.skipped,
        collected.data_rows,
        collected.steps,
        {k: str(v) for k, v in collected.scales.items()},
        [origins.answers, origins.scales, origins.segments, origins.keys, origins.dates],
        provenance.date_column(m),
        provenance._latest_date(m),
    )


class _Book:
    """A workbook of one sheet, as open_workbook gives it."""

    def __init__(self, table: Table) -> None:
        from pathlib import Path

        self.path = Path("survey.xlsx")
        self.name = "survey.xlsx"
        self.sheet_names = [table.sheet]
        self.sha256 = "0" * 64
        self.tables = {table.sheet: table}

    def table(self, sheet: str, max_rows: int = 0) -> Table:
        return self.tables[sheet]


@pytest.mark.parametrize("seed", range(8))
def test_the_first_readers_find_in_the_columns_what_they_find_in_the_rows(seed):
    rows = _sheet(seed)
    first_row = 1 + seed % 3
    by_rows = Table("survey.xlsx", "answers", rows, first_row, 0)
    crossed = _crossed(rows, first_row)
    found = _what_the_import_finds(crossed)
    _same(found, _what_the_import_finds(by_rows))
    assert not isinstance(found, str)  # the sheet imports: there was something to compare
    assert crossed._rows is None  # and no reader asked the crossed table for its rows
    header = found[0]
    data = rows[header.data_start :]
    days = {dt.date.fromisoformat(d) if isinstance(d, str) else d.date() for d in _dates(data)}
    assert found[-1] == max(days)  # the latest date of the answers, not of the header
    answers, dates = found[5], found[10][4]
    assert dates == [_day(rows[a[6] - first_row][6]) for a in answers]  # each answer's date


def _day(cell) -> str:
    return "" if not cell else cell if isinstance(cell, str) else cell.date().isoformat()


def _dates(rows: list[list]) -> list:
    return [r[6] for r in rows if r[6]]


def test_a_refusal_reads_the_same_from_the_columns():
    rows = _sheet(1)
    rows[400][4] = "not a score"
    by_rows = Table("survey.xlsx", "answers", rows)
    assert _what_the_import_finds(_crossed(rows)) == _what_the_import_finds(by_rows)
    assert "not a score" in _what_the_import_finds(by_rows)


def _value_kind_cell_by_cell(values: list) -> str | None:
    """mapping._value_kind as it was: every cell judged in turn."""
    from journeycanvas.io.importers.scales import BLANK, LABEL, NUMBER, parse_answer

    seen = answers = meta = 0
    for v in values:
        if v is None or v == "":
            continue
        seen += 1
        if isinstance(v, dt.date | dt.time | dt.timedelta | bool):
            meta += 1
            continue
        if isinstance(v, str):
            s = v.strip()
            if mapping._IP.match(s) or mapping._DURATION.match(s) or mapping._DATE.match(s):
                meta += 1
                continue
        kind, number, _sizes = parse_answer(v)
        if kind == LABEL or (kind == NUMBER and 0 <= number <= 10 and number == int(number)):
            answers += 1
        elif kind == BLANK:
            seen -= 1
    if not seen:
        return None
    if meta / seen > 0.5:
        return "metadata"
    if answers == seen:
        return "answers"
    return None


@pytest.mark.parametrize("seed", range(300))
def test_a_column_is_judged_by_its_distinct_cells_as_cell_by_cell(seed):
    rng = random.Random(seed)
    pool = rng.sample(
        [1, 1.0, True, False, 0, -0.0, 0.0, 11.0, 2.5, float("nan"), "", None, "3", " 4 ",
         "满意", "非常满意", "n/a", "10.0.0.1", "2026-01-02", "12 秒", "words", "quote",
         dt.date(2026, 1, 1), dt.datetime(2026, 1, 1, 2, 3), dt.time(1, 2),
         dt.timedelta(seconds=3), "③", "5 - very good"],
        rng.randint(1, 8),
    )  # fmt: skip
    values = [rng.choice(pool) for _ in range(rng.randint(0, 60))]
    assert mapping._value_kind(values) == _value_kind_cell_by_cell(values)
    kinds = Counter(mapping._value_kind([v]) for v in pool)
    assert sum(kinds.values()) == len(pool)


def test_an_import_through_the_child_makes_no_rows(tmp_path):
    import openpyxl

    rows = _sheet(4, 1500)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "answers"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "survey.xlsx"
    book.save(path)
    workbook = open_workbook(path)
    table = workbook.table("answers")
    options = importer.ImportOptions()
    the_plan = importer.plan(importer.open_source(path, options, workbook), options)
    journey, collected = importer.run(the_plan)
    assert len(collected.answers) > 1000 and journey.cards
    assert table._rows is None  # the 100,000-row import never pays for 100,000 lists
    expected = Table("survey.xlsx", "answers", [["" if v is None else v for v in r] for r in rows])
    assert [r[:3] for r in table.rows] == [r[:3] for r in expected.rows]
