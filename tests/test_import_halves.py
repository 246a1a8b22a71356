"""A big sheet read in two halves at once gives the cells the whole read gives.

halves.py cuts a worksheet's XML at a row near its middle and has calamine parse
both halves on two threads; the rows put together must be the whole parse's, cell
for cell and type for type, with the same first row and column: data that starts
away from A1, a second half wider or narrower than the first, empty rows and styled
empty cells at the cut, dates, booleans, shared and inline strings, rows and cells
without ``r=``. What it cannot put together safely (comments, CDATA, a sheet too
small) it leaves to the whole read. The sheets here are small, so the size floor
is lowered for them.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import random
import zipfile
from pathlib import Path

import pytest

from journeycanvas.io.importers import halves, prechecks, reading
from journeycanvas.io.importers.side_checks import SideChecks


@pytest.fixture(autouse=True)
def _small_sheets_split(monkeypatch):
    monkeypatch.setattr(halves, "SPLIT_ABOVE", 0)
    monkeypatch.setattr(halves, "MAX_RATIO", 10**6)


def _same(whole: reading.Table, rows: list[list], first_row: int, first_col: int) -> None:
    assert (first_row + 1, first_col) == (whole.first_row, whole.first_col)
    assert len(rows) == len(whole.rows)
    for mine, theirs in zip(rows, whole.rows, strict=True):
        assert type(mine) is list and len(mine) == len(theirs)
        for a, b in zip(mine, theirs, strict=True):
            assert type(a) is type(b)
            assert (math.isnan(a) and math.isnan(b)) if a != a else repr(a) == repr(b)


def _both(path: Path, sheet: str):
    """The whole read's table, and what the halves make of it (None: read whole)."""
    import python_calamine as pc

    data = path.read_bytes()
    book = pc.CalamineWorkbook.from_filelike(io.BytesIO(data))
    whole = reading._read_calamine_sheet(path, book, sheet, 10**6)
    archive = zipfile.ZipFile(io.BytesIO(data))
    part = prechecks.sheet_parts(archive)[sheet]
    return whole, halves.read(archive, part, sheet)


def _openpyxl_book(path: Path, fill) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "answers"
    fill(sheet)
    book.save(path)
    return path


def _value(rng: random.Random, row: int):
    return rng.choice(
        [
            f"stage {row % 9}",
            f"a quote, row {row}",
            row * 0.5,
            -0.0,
            row,
            True,
            False,
            dt.datetime(2026, 1, 1 + row % 28, 9, 30),
            dt.date(2025, 12, 1 + row % 28),
            None,
            "",
            "接触点 " + str(row % 40),
        ]
    )


def _grid(top: int, left: int, rows: int, width: int, seed: int):
    def fill(sheet) -> None:
        rng = random.Random(seed)
        for r in range(rows):
            for c in range(width):
                value = _value(rng, r)
                if value is not None:
                    sheet.cell(row=top + r, column=left + c, value=value)

    return fill


SHAPES = {
    "from A1": _grid(1, 1, 400, 7, 1),
    "from C5": _grid(5, 3, 400, 5, 2),
    "one column": _grid(1, 1, 600, 1, 3),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_halves_are_the_whole_read(tmp_path, shape):
    whole, split = _both(_openpyxl_book(tmp_path / "s.xlsx", SHAPES[shape]), "answers")
    assert split is not None
    _same(whole, *split)


def test_a_second_half_wider_and_lower_than_the_first(tmp_path):
    def fill(sheet) -> None:
        _grid(3, 2, 300, 3, 4)(sheet)
        for r in range(340, 700):
            sheet.cell(row=r, column=1, value=f"left {r}")
            sheet.cell(row=r, column=9, value=r)

    whole, split = _both(_openpyxl_book(tmp_path / "w.xlsx", fill), "answers")
    assert split is not None
    _same(whole, *split)


def test_a_first_half_wider_than_the_second_and_styled_empty_cells(tmp_path):
    from openpyxl.styles import Font

    def fill(sheet) -> None:
        for r in range(1, 300):
            sheet.cell(row=r, column=12, value=f"far {r}")
            sheet.cell(row=r, column=2, value=r)
        for r in range(300, 1000):  # the cut falls among these rows
            sheet.cell(row=r, column=3, value=r * 1.5)
            sheet.cell(row=r, column=5).font = Font(bold=True)  # a styled cell, no value

    whole, split = _both(_openpyxl_book(tmp_path / "n.xlsx", fill), "answers")
    assert split is not None
    _same(whole, *split)


def _raw_book(path: Path, sheet_data: str) -> Path:
    """A hand-written xlsx whose sheetData is ``sheet_data`` (inline strings only)."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
            '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml'
            '.worksheet+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="answers" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            f'2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet xmlns="{main}"><dimension ref="A1:Z9999"/>'
            f"<sheetData>{sheet_data}</sheetData></worksheet>",
        )
    return path


def _cell(ref: str, value) -> str:
    at = f' r="{ref}"' if ref else ""
    if isinstance(value, str):
        return f'<c{at} t="inlineStr"><is><t>{value}</t></is></c>'
    return f"<c{at}><v>{value}</v></c>"


def test_rows_and_cells_without_references_and_empty_rows_at_the_cut(tmp_path):
    rows = []
    for r in range(1, 401):
        if 190 <= r <= 215:
            continue  # empty rows around the middle
        if r % 3 == 0:  # a row without r=, its cells without r= either
            rows.append(f"<row>{_cell('', f'x{r}')}{_cell('', r)}</row>")
        else:
            rows.append(f'<row r="{r}">{_cell(f"B{r}", f"y{r}")}{_cell(f"D{r}", r / 4)}</row>')
    whole, split = _both(_raw_book(tmp_path / "raw.xlsx", "".join(rows)), "answers")
    assert split is not None
    _same(whole, *split)


def test_a_sheet_written_a_row_a_line_is_cut_too(tmp_path):
    rows = "\n  ".join(
        f'<row r="{r}">{_cell(f"A{r}", f"v{r}")}{_cell(f"C{r}", r * 2.5)}</row>'
        for r in range(3, 500)
    )
    whole, split = _both(_raw_book(tmp_path / "lines.xlsx", f"\n  {rows}\n"), "answers")
    assert split is not None
    _same(whole, *split)


@pytest.mark.parametrize(
    "odd",
    [
        "<!-- a note -->",
        '<row r="7"><c r="A7" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row>',
    ],
)
def test_comments_and_cdata_are_read_whole(tmp_path, odd):
    rows = [f'<row r="{r}">{_cell(f"A{r}", f"v{r}")}</row>' for r in range(8, 300)]
    path = _raw_book(tmp_path / "odd.xlsx", odd + "".join(rows))
    assert _both(path, "answers")[1] is None


def test_a_small_sheet_is_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(halves, "SPLIT_ABOVE", 8 * 2**20)
    path = _openpyxl_book(tmp_path / "small.xlsx", SHAPES["from A1"])
    assert _both(path, "answers")[1] is None


def test_the_child_reads_a_big_sheet_in_halves(tmp_path, monkeypatch):
    """read_workbook with the checks beside takes the halves, and gives the same table."""
    monkeypatch.setattr(halves, "spare_core", lambda: True)
    path = _openpyxl_book(tmp_path / "big.xlsx", SHAPES["from C5"])
    used: list[bool] = []
    joined = halves._joined
    monkeypatch.setattr(halves, "_joined", lambda *a: used.append(True) or joined(*a))
    beside = reading.read_workbook(path, 10**6, SideChecks).table("answers")
    assert used
    whole = reading.read_workbook(path, 10**6).table("answers")
    assert len(used) == 1  # checking first, the sheet is read whole, as before
    _same(whole, beside.rows, beside.first_row - 1, beside.first_col)


def test_on_a_busy_machine_the_sheet_is_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(halves.os, "getloadavg", lambda: (64.0, 64.0, 64.0), raising=False)
    monkeypatch.setattr(halves.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert not halves.spare_core()
    monkeypatch.setattr(halves.os, "getloadavg", lambda: (0.3, 0.3, 0.3), raising=False)
    assert halves.spare_core()
    monkeypatch.setattr(halves.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert not halves.spare_core()  # one core: nothing to gain
    used: list[bool] = []
    monkeypatch.setattr(halves, "read", lambda *a, **k: used.append(True))
    path = _openpyxl_book(tmp_path / "busy.xlsx", SHAPES["from A1"])
    reading.read_workbook(path, 10**6, SideChecks).table("answers")
    assert not used
