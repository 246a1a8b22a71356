"""A big sheet read in parts on several cores is the sheet read whole, cell for cell.

split_read.py cuts a worksheet's XML at row ends as the member checks decompress it
and joins the parts' tables. Here the sizes that decide a cut are made small, so
workbooks of a few hundred rows are cut in many places, and every read in parts is
compared with the same file read whole: well-formed sheets (which must really be
read in parts), and sheets made to trip the cutter (an empty row or a narrower part
at a cut, rows without numbers, a comment or CDATA holding ``</row>``, a prefixed
namespace, two big sheets, a row limit), where the answer must still be the same.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest

from journeycanvas.io.importers import prechecks, split_read
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.reading import Table, read_workbook
from journeycanvas.io.importers.side_checks import SideChecks

sys.path.insert(0, str(Path(__file__).parent))
import hostile_files as H


@pytest.fixture
def joins(monkeypatch):
    """Small cuts on two cores; the list of every join's outcome (None: read whole)."""
    monkeypatch.setattr(split_read, "cores", lambda: 2)
    monkeypatch.setattr(split_read, "MIN_PART_BYTES", 2048)
    monkeypatch.setattr(split_read, "OTHERS_SHARE", 1)  # small sheets, shared strings
    monkeypatch.setattr(prechecks, "_CHUNK", 1024)
    seen: list = []
    real = split_read._join

    def spy(parts):
        joined = real(parts)
        seen.append(joined)
        return joined

    monkeypatch.setattr(split_read, "_join", spy)
    return seen


def _tables(book) -> dict:
    """Each sheet as (first row, first column, rows), or its refusal."""
    out = {}
    for name, table in book.tables.items():
        if isinstance(table, Table):
            out[name] = (table.first_row, table.first_col, table.rows)
        else:
            out[name] = table
    return out


def _read(path: Path, parts: bool, monkeypatch, beside: bool = False, max_rows: int = 10**6):
    with monkeypatch.context() as m:
        if not parts:
            m.setattr(split_read, "part_count", lambda *_sizes: 1)
        try:
            book = read_workbook(path, max_rows, SideChecks if beside else None)
        except SheetImportError as exc:
            return ("refused", str(exc))
    return _tables(book)


def _same_both_ways(path: Path, monkeypatch, **options) -> dict:
    in_parts = _read(path, True, monkeypatch, **options)
    whole = _read(path, False, monkeypatch, **options)
    assert in_parts == whole
    return whole


def _survey(path: Path, rows: int = 400, seed: int = 5) -> Path:
    """A survey sheet as openpyxl writes it: shared strings, numbers, dates, blanks."""
    rng = random.Random(seed)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "answers"
    sheet.append(["受访者", "阶段", "触点", "评分", "原话", "日期", "是否", "权重"])
    for n in range(rows):
        sheet.append(
            [
                f"R{n:04d}",
                rng.choice(["发现", "购买", "售后"]),
                rng.choice(["App", "门店", "电话"]),
                rng.choice([1, 2, 3, 4, 5, None]),
                rng.choice(["太慢了", "很好 & 快", "<没问题>", "", None]) or None,
                dt.datetime(2026, 1, 1) + dt.timedelta(days=n % 300, hours=n % 7),
                rng.choice([True, False]),
                rng.random() * 10,
            ]
        )
    book.save(path)
    return path


def test_a_survey_sheet_is_read_in_parts_and_gives_the_whole_reads_cells(
    tmp_path, monkeypatch, joins
):
    path = _survey(tmp_path / "survey.xlsx")
    tables = _same_both_ways(path, monkeypatch)
    assert len(tables["answers"][2]) == 401
    assert joins and joins[0] is not None  # it really was read in parts


def test_beside_the_checks_as_the_reading_child_reads_it(tmp_path, monkeypatch, joins):
    path = _survey(tmp_path / "survey.xlsx", rows=600)
    beside = _same_both_ways(path, monkeypatch, beside=True)
    assert beside == _read(path, False, monkeypatch)
    assert any(j is not None for j in joins)


def test_a_row_limit_is_told_the_same_way(tmp_path, monkeypatch, joins):
    path = _survey(tmp_path / "survey.xlsx", rows=500)
    refused = _same_both_ways(path, monkeypatch, max_rows=300)
    assert "501 rows, more than the limit of 300 rows" in refused["answers"]


def _rows_xml(rows: list[tuple[int, list[tuple[str, str]]]], numbered: bool = True) -> str:
    out = []
    for number, cells in rows:
        body = "".join(
            f'<c r="{col}{number}" t="inlineStr"><is><t>{text}</t></is></c>'
            if numbered
            else f'<c t="inlineStr"><is><t>{text}</t></is></c>'
            for col, text in cells
        )
        out.append(f'<row r="{number}">{body}</row>' if numbered else f"<row>{body}</row>")
    return "".join(out)


def _sheet(body: str, root: str = "worksheet", data: str = "sheetData") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<{root} xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<{data}>{body}</{data}></{root}>"
    )


def _grid(first: int, last: int, cols: str = "ABCD") -> list:
    return [(n, [(c, f"{c}{n} 文字") for c in cols]) for n in range(first, last + 1)]


@pytest.mark.parametrize(
    "body",
    [
        _rows_xml(_grid(1, 120) + _grid(122, 260)),  # an empty row part-way
        _rows_xml(_grid(1, 150) + _grid(151, 300, "CD")),  # later rows start further right
        _rows_xml(_grid(1, 150) + _grid(151, 300, "ABCDEF")),  # later rows are wider
        _rows_xml(_grid(1, 300), numbered=False),  # rows without r=
        _rows_xml(_grid(1, 100))
        + '<!-- </row><row r="101"><c r="A101" t="inlineStr"><is><t>x</t></is></c></row> -->'
        + _rows_xml(_grid(101, 250)),
        _rows_xml(_grid(1, 100))
        + '<row r="101"><c r="A101" t="inlineStr"><is><t><![CDATA[a</row><row r="7">]]>'
        + "</t></is></c></row>"
        + _rows_xml(_grid(102, 250)),
    ],
    ids=["empty-row", "narrower", "wider", "unnumbered", "comment", "cdata"],
)
def test_sheets_that_trip_the_cutter_are_read_as_they_are_whole(tmp_path, monkeypatch, joins, body):
    path = H.write_xlsx(tmp_path / "odd.xlsx", _sheet(body))
    tables = _same_both_ways(path, monkeypatch)
    assert isinstance(tables["Data"], tuple) and len(tables["Data"][2]) > 200


def test_a_prefixed_namespace_is_not_cut(tmp_path, monkeypatch, joins):
    body = _rows_xml(_grid(1, 200)).replace("<row", "<x:row").replace("</row>", "</x:row>")
    body = body.replace("<c ", "<x:c ").replace("</c>", "</x:c>")
    body = body.replace("<is>", "<x:is>").replace("</is>", "</x:is>")
    body = body.replace("<t>", "<x:t>").replace("</t>", "</x:t>")
    xml = _sheet(body, "x:worksheet", "x:sheetData").replace("xmlns=", "xmlns:x=")
    path = H.write_xlsx(tmp_path / "prefixed.xlsx", xml)
    _same_both_ways(path, monkeypatch)
    assert all(j is None for j in joins)  # nothing was joined: it was read whole


def test_two_big_sheets_and_a_stored_member(tmp_path, monkeypatch, joins):
    book = openpyxl.Workbook()
    for title in ("first", "second"):
        sheet = book.create_sheet(title)
        for n in range(300):
            sheet.append([f"{title} {n}", n, n * 0.5, f"原话 {n % 7}"])
    del book["Sheet"]
    path = tmp_path / "two.xlsx"
    book.save(path)
    _same_both_ways(path, monkeypatch)
    stored = tmp_path / "stored.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(stored, "w") as out:
        for info in source.infolist():
            out.writestr(H.member(info.filename, zipfile.ZIP_STORED), source.read(info))
    _same_both_ways(stored, monkeypatch)
    assert sum(j is not None for j in joins) >= 4  # both sheets, both files, in parts


@pytest.mark.parametrize("seed", range(24))
def test_random_sheets_read_in_parts_equal_their_whole_read(tmp_path, monkeypatch, joins, seed):
    rng = random.Random(seed)
    monkeypatch.setattr(prechecks, "_CHUNK", rng.choice([257, 1024, 4096]))
    monkeypatch.setattr(split_read, "MIN_PART_BYTES", rng.choice([512, 2048, 8192]))
    rows, number = [], 1
    for _ in range(rng.randint(50, 400)):
        number += 1 if rng.random() > 0.03 else rng.randint(2, 4)  # now and then a gap
        cols = "ABCDEFG"[rng.randint(0, 2) : rng.randint(3, 7)]
        rows.append(
            (number, [(c, rng.choice(["a", "中文", "x&amp;y", str(number)])) for c in cols])
        )
    path = H.write_xlsx(tmp_path / f"random{seed}.xlsx", _sheet(_rows_xml(rows)))
    _same_both_ways(path, monkeypatch)
    _same_both_ways(path, monkeypatch, beside=True)


@pytest.mark.parametrize(
    "trap",
    [
        '<!-- </row><row r="201"><c r="A201" t="inlineStr"><is><t>x</t></is></c></row> -->',
        '<?pi </row><row r="201"><c r="A201" t="inlineStr"><is><t>x</t></is></c></row> ?>',
        '<![CDATA[ </row><row r="201"><c r="A201"><v>9</v></c></row> ]]>',
        '<row r="200" x=\'</row><row r="201"><c r="A201"><v>9</v></c></row>\'/>',
    ],
    ids=["comment", "processing-instruction", "cdata", "attribute"],
)
def test_a_cut_inside_a_comment_leaves_the_sheet_read_whole(tmp_path, monkeypatch, joins, trap):
    """The decompressed piece ends just after a ``</row>`` inside a comment (or a
    processing instruction), so that is where the cut falls. The part after it would
    start with the trap's row 201 and join well; but the part before it is left
    unterminated and fails to parse, so the sheet is read whole."""
    xml = _sheet(_rows_xml(_grid(1, 200)) + trap + _rows_xml(_grid(201, 400))).encode()
    inner = xml.index(b'</row><row r="201">', xml.index(trap[:4].encode()))
    monkeypatch.setattr(prechecks, "_CHUNK", inner + 6 + 10)  # the piece ends in the trap
    monkeypatch.setattr(split_read, "MIN_PART_BYTES", len(xml) // 4)
    path = H.write_xlsx(tmp_path / "trap.xlsx", xml, compression=zipfile.ZIP_STORED)
    tables = _same_both_ways(path, monkeypatch)
    assert [r[0] for r in tables["Data"][2]][199:201] == ["A200 文字", "A201 文字"]
    assert joins == [None]  # a cut was made, and the parts were not joined


def test_how_many_parts(monkeypatch):
    monkeypatch.setattr(split_read, "cores", lambda: 2)
    mb = 2**20
    assert split_read.part_count(44 * mb, 20_000) == 4  # twice the cores
    assert split_read.part_count(13 * mb, 20_000) == 3  # no part under 4 MB
    assert split_read.part_count(6 * mb) == 1  # too small to be worth a thread
    assert split_read.part_count(26 * mb, 7 * mb) == 1  # shared strings in every part
    monkeypatch.setattr(split_read, "cores", lambda: 1)
    assert split_read.part_count(44 * mb) == 1  # one core: nothing to share it with
    monkeypatch.setattr(split_read, "cores", lambda: 64)
    assert split_read.part_count(440 * mb) == split_read.MAX_PARTS


def _big_survey(path: Path, rows: int = 48_000) -> Path:
    """A survey sheet of some 14 MB of XML, as a survey tool writes it (inline text)."""
    rng = random.Random(3)
    stages = ["发现", "购买", "售后"]
    out = []
    for n in range(1, rows + 1):
        cells = [f"R{n:05d}", rng.choice(stages), f"触点 {n % 40}", f"原话 {n} & 更多"]
        body = "".join(
            f'<c r="{c}{n}" t="inlineStr"><is><t>{v.replace("&", "&amp;")}</t></is></c>'
            for c, v in zip("ABCD", cells, strict=True)
        )
        out.append(f'<row r="{n}">{body}<c r="E{n}"><v>{n % 5 + 1}</v></c></row>')
    return H.write_xlsx(path, _sheet("".join(out)))


@pytest.mark.skipif(split_read.cores() < 2, reason="one core: a sheet is never read in parts")
def test_the_reading_child_reads_a_big_sheet_in_parts_as_it_would_whole(tmp_path, monkeypatch):
    """End to end, with the real thresholds: the child cuts the sheet, packs each part
    on its thread, and the parent joins the parts into the whole read's table."""
    from journeycanvas.io.importers import crossing, isolation

    path = _big_survey(tmp_path / "big.xlsx")
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo("xl/worksheets/sheet1.xml").file_size
    assert split_read.part_count(size) >= 3
    joined = []
    real = crossing._joined
    monkeypatch.setattr(crossing, "_joined", lambda *a: joined.append(1) or real(*a))
    with isolation.Reading(path, 10**6) as reading:
        book = reading.result()
    assert joined == [1]  # it crossed in parts
    whole = _read(path, False, monkeypatch)
    assert _tables(book) == whole
    assert len(whole["Data"][2]) == 48_000


def test_a_sheet_of_long_texts_is_read_whole(tmp_path, monkeypatch, joins):
    """Long texts parse nearly as fast as a part is copied: not worth cutting."""
    long = [(n, [(c, "很长的原话 " * 40) for c in "AB"]) for n in range(1, 200)]
    path = H.write_xlsx(tmp_path / "long.xlsx", _sheet(_rows_xml(long)))
    _same_both_ways(path, monkeypatch)
    assert joins == []  # never cut, so never joined


def test_a_cutter_that_gives_up_does_not_keep_the_reader_waiting_for_the_checks():
    """Given up on its first piece, the cutter answers at once, while the checks still
    decompress the member: the reader reads the sheet whole beside them, as before."""
    made = []
    cutter = split_read._Cutter(10 << 20, 4, made.append)
    first = _sheet(_rows_xml([(1, [("A", "x" * 500)])])).encode()[:-30]
    cutter.feed(first)  # more than MAX_BYTES_PER_CELL a cell: given up
    answer = []
    reader = threading.Thread(target=lambda: answer.append(cutter.finish()), daemon=True)
    reader.start()
    reader.join(timeout=5)
    assert not reader.is_alive() and answer == [None] and made == []
    cutter.feed(b'<row r="2"></row>' * 1000)  # the checks go on: nothing more is kept
    cutter.end(complete=True)
    assert cutter.pending == []


@pytest.mark.skipif(split_read.cores() < 2, reason="one core: a sheet is never read in parts")
@pytest.mark.parametrize("seed", range(6))
def test_a_damaged_big_sheet_gives_the_whole_reads_answer(tmp_path, monkeypatch, seed):
    """The fuzz test's XML damage (a slice cut or doubled, a number made huge, a far
    cell, bytes inserted) in a sheet big enough to be cut: the reading child, reading
    it in parts, answers as a read of it whole does: the same table, or the same
    refusal."""
    import test_fuzz_import as F

    from journeycanvas.io.importers import isolation

    rng = random.Random(seed)
    good = _big_survey(tmp_path / "good.xlsx")
    with zipfile.ZipFile(good) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    path = H.write_xlsx(tmp_path / f"damaged{seed}.xlsx", F._alter_xml(rng, xml))
    try:
        with isolation.Reading(path, 10**6) as reading:
            in_parts = _tables(reading.result())
    except SheetImportError as exc:
        in_parts = ("refused", str(exc))
    assert in_parts == _read(path, False, monkeypatch)
