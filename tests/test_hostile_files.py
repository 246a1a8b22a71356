"""Hostile and damaged spreadsheets never take the importer down (issue 11).

Each hand-made file of tests/hostile_files.py goes through ``journeycanvas
import`` as a user would run it: it imports, or it is refused with exit 1 and
one sentence that names the file, with no traceback, in under 5 s, with the
reading child under 500 MB, and nothing left behind. On the code before this
issue, the far-away cells and the shared-strings lie aborted the process
(exit 134), and the looping .xls ran away to 23 GB.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pytest

from journeycanvas.app.cli import main
from journeycanvas.io.importers import isolation, sheet_child
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.reading import open_workbook

sys.path.insert(0, str(Path(__file__).parent))
import hostile_files as H

pytest.importorskip("xlwt", reason="xlwt (the [test] extra) writes the .xls files")

MAX_SECONDS = 5.0
MAX_CHILD_BYTES = 500 * 2**20

#: Refusals, by the start of the sentence after the file name.
REFUSED = {
    "far cell XFD1048576": "the sheet 'Data' holds 5 rows of data, but a stray cell far below "
    "them (XFD1048576) stretches it to 1,048,576 rows; clear that and import again",
    "far cell XFD100000": "the sheet 'Data' holds 6 rows of data, but a stray cell far away "
    "(XFD100000) stretches it to 100,000 rows by 16,384 columns",
    "stray cell A1048576": "the sheet 'Data' holds 5 rows of data, but a stray cell far below "
    "them (A1048576) stretches it to 1,048,576 rows",
    "row reference 1048576": "the sheet 'Data' holds 5 rows of data, but a stray cell far "
    "below them (row 1,048,576)",
    "sharedStrings count 4294967295": "its shared strings claim 4,294,967,295 strings",
    "bzip2 bomb with a lying size": "its part 'xl/worksheets/sheet1.xml' expands beyond the "
    "5,000 bytes its listing declares",
    "DOCTYPE after a comment": "its part 'xl/worksheets/sheet1.xml' declares XML entities",
    "DOCTYPE after a processing instruction": "its part 'xl/worksheets/sheet1.xml' declares",
    "DOCTYPE in a UTF-16 part": "its part 'xl/worksheets/sheet1.xml' declares XML entities",
    "truncated xls": "the workbook is damaged or cut off",
    "xls cut mid-sector (a panic before)": "the workbook is damaged or cut off (its sector",
    "xls with a lying FAT count": "the workbook is damaged or cut off (its sector tables",
    "xls with a looping chain": "the workbook is damaged or cut off (its sector tables",
    "control characters in headers": "no column of the sheet 'controls' holds scores (the "
    "columns are A (me), B (Col\\x1b[31mour), C (Ri\\u202eght))",
    "ods row repeated 1048576 times": "",
}
IMPORTED = {"far cell XFD2", "UTF-16 csv without BOM", "stray value at XFD3 (openpyxl)"}


def _our_temp_dirs() -> set[str]:
    return {n for n in os.listdir(tempfile.gettempdir()) if n.startswith(f"jc-read-{os.getpid()}-")}


def test_every_hostile_file_is_listed_with_its_outcome():
    assert set(H.HOSTILE) == set(REFUSED) | IMPORTED


@pytest.mark.parametrize("case", list(H.HOSTILE))
def test_a_hostile_file_imports_or_is_one_sentence(tmp_path, capsys, case):
    folder = tmp_path / "in"
    folder.mkdir()
    sheet = H.HOSTILE[case](folder)
    out = tmp_path / "out.journey"
    temp_before = _our_temp_dirs()
    start = time.perf_counter()
    code = main(["import", str(sheet), "-o", str(out)])
    seconds = time.perf_counter() - start
    captured = capsys.readouterr()
    assert seconds < MAX_SECONDS, f"{case}: {seconds:.1f} s"
    assert isolation.last_child().peak_bytes < MAX_CHILD_BYTES
    assert "Traceback" not in captured.err
    assert _our_temp_dirs() <= temp_before  # the child's folder is gone
    if case in IMPORTED:
        assert code == 0, captured.err
        assert out.exists()
        return
    assert code == 1
    assert captured.out == ""
    text = captured.err.strip()
    assert "\n" not in text and text.endswith("."), text
    assert text.startswith(f"{sheet.name}: {REFUSED[case]}"), text
    assert not out.exists()
    assert sorted(p.name for p in folder.iterdir()) == [sheet.name]


def test_a_stray_cell_is_not_called_a_million_rows(tmp_path, capsys):
    sheet = H.stray_cell_a1048576(tmp_path)
    assert main(["import", str(sheet), "-o", str(tmp_path / "o.journey")]) == 1
    assert "has 1,048,576 rows" not in capsys.readouterr().err


def test_a_stray_cell_on_one_sheet_does_not_stop_the_data_sheet(tmp_path, capsys):
    import openpyxl

    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "Instructions"
    notes["A1048576"] = "stray"
    data = book.create_sheet("Data")
    for row in [["Stage", "Touchpoint", "Score (1-5)"], ["Buy", "Pay", 2], ["Buy", "Pay", 4]]:
        data.append(row)
    path = tmp_path / "two.xlsx"
    book.save(path)
    assert main(["import", str(path), "-o", str(tmp_path / "o.journey")]) == 0
    assert "imported 2 scored responses" in capsys.readouterr().out
    # Asked for by name, the broken sheet still says why.
    code = main(["import", str(path), "-o", str(tmp_path / "p.journey"), "--sheet", "Notes"])
    assert code == 1
    assert "stray cell far below them (A1048576)" in capsys.readouterr().err


def test_utf16_without_bom_imports_the_same_as_utf8(tmp_path, capsys):
    sixteen = H.utf16_csv_without_bom(tmp_path)
    eight = H.good_csv(tmp_path)
    a = open_workbook(sixteen).table("utf16_nobom").rows
    b = open_workbook(eight).table("good").rows
    assert a == b


def test_a_csv_too_large_to_save_again_is_refused_before_it_is_read(tmp_path):
    sheet = H.csv_too_big_to_keep(tmp_path)
    start = time.perf_counter()
    with pytest.raises(SheetImportError) as caught:
        open_workbook(sheet)
    assert time.perf_counter() - start < MAX_SECONDS
    assert str(caught.value).startswith(
        "huge.csv: it is 132 MB of text, more than the 100 MB a CSV import reads"
    )
    assert isolation.last_child().peak_bytes < 100 * 2**20


def test_a_csv_row_limit_stops_the_stream_there(tmp_path, capsys):
    sheet = tmp_path / "rows.csv"
    sheet.write_text("Stage,Touchpoint,Score\n" + "Buy,Pay,3\n" * 5000, encoding="utf-8")
    code = main(["import", str(sheet), "-o", str(tmp_path / "o.journey"), "--max-rows", "1000"])
    assert code == 1
    assert capsys.readouterr().err.strip() == (
        "rows.csv: the sheet 'rows' has 1,001 rows, more than the limit of 1,000 rows."
    )


def test_answers_too_many_to_save_again_are_refused_before_the_journey_is_built(
    tmp_path, capsys, monkeypatch
):
    from journeycanvas.io import journey_file

    monkeypatch.setattr(journey_file, "MAX_FILE_BYTES", 500)
    sheet = H.good_csv(tmp_path)
    out = tmp_path / "o.journey"
    assert main(["import", str(sheet), "-o", str(out)]) == 1
    assert (
        capsys.readouterr()
        .err.strip()
        .startswith(
            "good.csv: its 4 answers would make a journey of about 0 MB, more than the 0 MB"
        )
    )
    assert not out.exists()


# --- the child itself: whatever becomes of it is one sentence ----------------------


def _child_that(monkeypatch, code: str) -> None:
    """Replace the reading child by a script (its arguments are passed on, unused)."""
    monkeypatch.setattr(isolation, "child_command", lambda: [sys.executable, "-c", code])


def test_an_aborting_reader_is_one_sentence(tmp_path, monkeypatch):
    sheet = H.good_xlsx(tmp_path)
    _child_that(monkeypatch, "import os; os.abort()")
    with pytest.raises(SheetImportError) as caught:
        open_workbook(sheet)
    assert str(caught.value) == (
        "good.xlsx: the workbook could not be read: the reader stopped on it "
        "(the workbook is damaged)."
    )


def test_a_reader_out_of_memory_is_one_sentence(tmp_path, monkeypatch):
    sheet = H.good_xlsx(tmp_path)
    # Rust's allocator prints this before it aborts.
    _child_that(
        monkeypatch,
        "import sys, os; sys.stderr.write('memory allocation of 549755813888 bytes failed\\n');"
        " sys.stderr.flush(); os.abort()",
    )
    with pytest.raises(SheetImportError) as caught:
        open_workbook(sheet)
    assert str(caught.value).startswith(
        "good.xlsx: the workbook could not be read: it asks for more memory than the "
    )


def test_a_hanging_reader_is_stopped_at_the_timeout(tmp_path, monkeypatch):
    sheet = H.good_xlsx(tmp_path)
    _child_that(monkeypatch, "while True: pass")
    monkeypatch.setattr(isolation, "TIMEOUT_FLOOR", 1.0)
    start = time.perf_counter()
    with pytest.raises(SheetImportError) as caught:
        open_workbook(sheet)
    assert time.perf_counter() - start < 3
    assert "took longer than 1 seconds, so it was stopped" in str(caught.value)


@pytest.mark.parametrize("beside", [False, True])
def test_a_reader_that_cannot_be_mapped_for_memory_is_told_as_memory(tmp_path, monkeypatch, beside):
    """The child's budget spent while it imports its reader (a checkout without
    compiled modules spends more there): its answer is memory, not a crash."""
    import builtins

    real_import = builtins.__import__

    def short_of_memory(name, *args, **kwargs):
        if name == "journeycanvas.io.importers.reading":
            raise ImportError("binascii.so: failed to map segment from shared object")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", short_of_memory)
    beside_runner = (lambda checks: None) if beside else None
    outcome = sheet_child._outcome(str(H.good_xlsx(tmp_path)), 100, beside_runner)
    assert outcome == (("again",) if beside else ("memory",))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS is Linux's")
def test_the_memory_limit_holds_inside_the_real_child(tmp_path, monkeypatch):
    """A budget too small for the workbook: the real child fails, and says so."""
    sheet = H.good_xlsx(tmp_path)
    monkeypatch.setattr(isolation, "MEMORY_FLOOR", 1 << 20)
    monkeypatch.setattr(isolation, "MEMORY_PER_BYTE", {"zip": 0, "ole": 0, "text": 0})
    with pytest.raises(SheetImportError) as caught:
        open_workbook(sheet)
    message = str(caught.value)
    assert message.startswith("good.xlsx: the workbook could not be read"), message
    assert "memory" in message


def test_a_panic_inside_the_child_is_caught_as_damage(monkeypatch):
    """pyo3's PanicException derives from BaseException, which ``except Exception`` misses."""

    class PanicException(BaseException):
        pass

    def panics(path, max_rows, *how):
        raise PanicException("called `Option::unwrap()` on a `None` value")

    import journeycanvas.io.importers.reading as reading

    monkeypatch.setattr(reading, "read_workbook", panics)
    assert sheet_child._outcome("x.xls", 10) == (
        "damaged",
        "called `Option::unwrap()` on a `None` value",
    )


def test_the_childs_answer_may_only_hold_cells(tmp_path):
    """The parent's loader refuses any class but dates, so the pickle cannot run code."""
    import io
    import pickle

    evil = pickle.dumps(("ok", "csv", ["s"], "0", {"s": (os.system, 1, 0)}))
    with pytest.raises(pickle.UnpicklingError):
        isolation._CellUnpickler(io.BytesIO(evil)).load()
