"""The reading child checks a workbook beside its read, and answers as checking first did.

side_checks.py runs prechecks' member checks on a thread while calamine parses the
sheet (its parse releases the GIL), instead of before it. A user must not be able to
tell: every hostile file of issue 11 gets today's sentence, every good workbook the
same cells; a child that dies where checking first would have stopped it is read
again, checks first.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from journeycanvas.io.importers import isolation, reading, sheet_child
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.side_checks import ChecksUnfinished, SideChecks

sys.path.insert(0, str(Path(__file__).parent))
import hostile_files as H

pytest.importorskip("xlwt", reason="xlwt (the [test] extra) writes the .xls files")


def _answer(path: Path, checks_first: bool):
    """What a read in the real child gives: the workbook's parts, or the sentence."""
    try:
        with isolation.Reading(path, 1000, checks_first=checks_first) as run:
            book = run.result()
    except SheetImportError as exc:
        return ("refused", str(exc))
    tables = {
        name: table if isinstance(table, str) else (table.rows, table.first_row, table.first_col)
        for name, table in book.tables.items()
    }
    cells = [
        [type(v) for v in row]
        for table in book.tables.values()
        if not isinstance(table, str)
        for row in table.rows
    ]
    return (book.kind, book.sheet_names, book.sha256, tables, cells)


def _two_sheets(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    first = book.active
    first.title = "answers"
    first.append(["respondent", "stage", "score", "when"])
    for n in range(300):
        first.append([f"R{n:03}", f"stage {n % 7}", n % 5 + 0.5, f"2026-01-{n % 28 + 1:02}"])
    second = book.create_sheet("notes")
    second["B3"] = "a note"
    second["D9"] = 42
    path = folder / "two.xlsx"
    book.save(path)
    return path


CASES = {**H.HOSTILE, "two sheets": _two_sheets}


@pytest.mark.parametrize("case", list(CASES))
def test_checks_beside_the_read_answer_as_checks_first(tmp_path, case):
    """Fails if the checks' sentence, a refused sheet's sentence or any cell differs."""
    path = CASES[case](tmp_path)
    assert _answer(path, checks_first=False) == _answer(path, checks_first=True)


def test_the_first_child_checks_beside_the_read(tmp_path, monkeypatch):
    seen: list[list[str]] = []
    spawn = isolation._spawn

    def look(path, command, stderr):
        seen.append(command)
        return spawn(path, command, stderr)

    monkeypatch.setattr(isolation, "_spawn", look)
    isolation.read_isolated(H.good_xlsx(tmp_path), 100)
    assert [c[-1] for c in seen] == [sheet_child.CHECKS_BESIDE]


def test_a_child_that_dies_beside_its_checks_is_read_again_checks_first(tmp_path, monkeypatch):
    """A read calamine aborts on (a far-away cell the checks would have refused) ends the
    child without an answer: the parent asks again, the old way, and that answer holds."""
    dies_beside = (
        "import sys, os\n"
        f"if sys.argv[-1] == {sheet_child.CHECKS_BESIDE!r}: os.abort()\n"
        "from journeycanvas.io.importers import sheet_child\n"
        "sys.exit(sheet_child.main(sys.argv[1:]))\n"
    )
    monkeypatch.setattr(isolation, "child_command", lambda: [sys.executable, "-c", dies_beside])
    book = isolation.read_isolated(H.good_xlsx(tmp_path), 100)
    assert book.table("Data").rows[0][0] == "Participant"


def test_an_answer_of_again_is_read_again_checks_first(tmp_path, monkeypatch):
    asks_again = (
        "import sys, pickle\n"
        f"if sys.argv[-1] == {sheet_child.CHECKS_BESIDE!r}:\n"
        "    pickle.dump(('again',), open(sys.argv[3], 'wb')); sys.exit(0)\n"
        "from journeycanvas.io.importers import sheet_child\n"
        "sys.exit(sheet_child.main(sys.argv[1:]))\n"
    )
    monkeypatch.setattr(isolation, "child_command", lambda: [sys.executable, "-c", asks_again])
    book = isolation.read_isolated(H.good_xlsx(tmp_path), 100)
    assert book.table("Data").rows[0][0] == "Participant"


def test_the_checks_refusal_wins_over_what_the_read_raised(tmp_path, monkeypatch):
    """Checking first, a DOCTYPE is refused before calamine is asked; beside it, the read
    may fail first in its own words, which must not be what the user reads."""
    path = H.doctype_after_comment(tmp_path)
    checked = threading.Event()
    checks = reading._member_refusals

    def slow_checks(*args):
        try:
            return checks(*args)
        finally:
            checked.set()

    def read_fails(path, *args):
        checked.wait(10)
        raise SheetImportError(path, "the workbook is damaged or cut off (calamine's words)")

    monkeypatch.setattr(reading, "_member_refusals", slow_checks)
    monkeypatch.setattr(reading, "_open_calamine", read_fails)
    with pytest.raises(SheetImportError) as caught:
        reading.read_workbook(path, 100, SideChecks)
    assert "declares XML entities" in str(caught.value)


def test_a_sheet_the_checks_refuse_takes_their_sentence_though_it_was_read(tmp_path, monkeypatch):
    path = H.good_xlsx(tmp_path)
    started = threading.Event()
    monkeypatch.setattr(reading, "_member_refusals", lambda *a: started.wait(10) and {"Data": "no"})
    read = reading._open_calamine

    def read_first(*args):
        book = read(*args)  # the checks have not answered yet: the sheet is read
        started.set()
        return book

    monkeypatch.setattr(reading, "_open_calamine", read_first)
    book = reading.read_workbook(path, 100, SideChecks)
    assert book.tables == {"Data": "no"}


def test_a_read_that_fails_on_a_sheet_the_checks_refuse_asks_again(tmp_path, monkeypatch):
    """Checking first that sheet would not have been read, so its failure says nothing."""
    path = H.good_xlsx(tmp_path)
    monkeypatch.setattr(reading, "_member_refusals", lambda *a: {"Data": "no"})

    def read_fails(*args):
        raise MemoryError

    monkeypatch.setattr(reading, "_open_calamine", read_fails)
    with pytest.raises(ChecksUnfinished):
        reading.read_workbook(path, 100, SideChecks)


def test_checks_that_could_not_judge_the_file_ask_again(tmp_path, monkeypatch):
    def no_memory(*args):
        raise MemoryError

    monkeypatch.setattr(reading, "_member_refusals", no_memory)
    assert sheet_child._outcome(str(H.good_xlsx(tmp_path)), 100, SideChecks) == ("again",)


@pytest.mark.skipif(not hasattr(__import__("os"), "wait4"), reason="wait4's platforms only")
def test_the_waiting_thread_wakes_when_the_child_ends_not_a_pause_later(tmp_path):
    import subprocess
    import time

    child = isolation._spawn(
        tmp_path / "x.xlsx", [sys.executable, "-c", "import time; time.sleep(0.2)"], None
    )
    start = time.monotonic()
    assert isolation._pause(child, 30.0)  # its output closed as it ended
    assert time.monotonic() - start < 15.0
    assert child.stdout is None
    child.wait()
    assert child.returncode == 0
    assert isinstance(child, subprocess.Popen)
