"""The command line starts the reading child first, and never leaves it behind.

``journeycanvas import`` starts the sandboxed read of the sheet before it loads the
``--into`` journey and its own modules, so the two overlap on two cores. What the
user sees must not change: a damaged ``--into`` is still the one sentence told, the
child is stopped and its temporary folder removed whatever happens, and a sheet the
child cannot read is told as before.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest
from sheet_fixtures import INTERVIEW_ROWS, long_csv

from journeycanvas.app.cli import main
from journeycanvas.io import journey_file
from journeycanvas.io.importers import isolation
from journeycanvas.io.importers.errors import SheetImportError


@pytest.fixture
def temp(tmp_path: Path, monkeypatch) -> Path:
    """A temporary folder of the test's own, where the child's folder would be left."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _reading_folders(temp: Path) -> list[str]:
    return [p.name for p in temp.iterdir() if p.name.startswith("jc-read-")]


def test_the_sheet_is_read_while_the_into_journey_loads(tmp_path, temp, monkeypatch, capsys):
    sheet = long_csv(tmp_path / "wave.csv", INTERVIEW_ROWS, "utf-8")
    first = tmp_path / "first.journey"
    assert main(["import", str(sheet), "-o", str(first)]) == 0
    seen: list[list[str]] = []
    load = journey_file.load

    def load_and_look(path, *args, **kwargs):
        seen.append(_reading_folders(temp))  # the child is under way already
        return load(path, *args, **kwargs)

    monkeypatch.setattr(journey_file, "load", load_and_look)
    again = tmp_path / "again.csv"
    long_csv(again, [*INTERVIEW_ROWS, ("P09", "使用", "客服", "电话", 6, "终于接通了")], "utf-8")
    out = tmp_path / "second.journey"
    assert main(["import", str(again), "--into", str(first), "-o", str(out)]) == 0
    assert seen and seen[0], "the reading child had not started when --into was loaded"
    assert _reading_folders(temp) == []
    assert "imported 1 scored response" in capsys.readouterr().out


def test_a_damaged_into_is_told_first_and_the_child_is_stopped(tmp_path, temp, capsys):
    sheet = long_csv(tmp_path / "wave.csv", INTERVIEW_ROWS, "utf-8")
    into = tmp_path / "broken.journey"
    into.write_text('{"schema_version": 10, "title": ', encoding="utf-8")
    out = tmp_path / "out.journey"
    assert main(["import", str(sheet), "--into", str(into), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"{into}: the file is cut off or is not JSON (line 1, column 33).\n"
    assert not out.exists()
    assert _reading_folders(temp) == []


def test_closing_a_reading_under_way_kills_the_child(tmp_path, temp, monkeypatch):
    """A child that would read for a minute is stopped at once, and reaped."""
    sheet = long_csv(tmp_path / "wave.csv", INTERVIEW_ROWS, "utf-8")
    monkeypatch.setattr(
        isolation, "child_command", lambda: ["python3", "-c", "import time; time.sleep(60)"]
    )
    reading = isolation.start_reading(sheet, 100)
    pid = reading._child.pid
    started = time.monotonic()
    reading.close()
    assert time.monotonic() - started < 5
    assert _reading_folders(temp) == []
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped: no such process any more


def test_a_sheet_that_cannot_be_read_is_told_by_the_result(tmp_path, temp):
    missing = tmp_path / "missing.xlsx"
    reading = isolation.start_reading(missing, 100)  # nothing raised yet
    with pytest.raises(SheetImportError) as caught, reading:
        reading.result()
    assert str(caught.value) == "missing.xlsx: the file does not exist."
    assert _reading_folders(temp) == []


IMPORT_LINES = [
    ["import", "s.xlsx", "-o", "o.journey"],
    ["--debug", "import", "s.csv", "--into", "a.journey", "-o", "b.journey", "--force"],
    ["import", "s.xlsx", "-o", "o.journey", "--map", "score=E", "--question", "Q3=购买/支付"],
    ["import", "s.xlsx", "-o", "o.journey", "--replace", "--wave", "2025 Q3", "--segment", "G"],
]


@pytest.mark.parametrize("argv", IMPORT_LINES)
def test_the_import_only_parser_reads_a_command_line_as_the_full_one(argv):
    from journeycanvas.app import cli

    full = vars(cli.build_parser().parse_args(argv))
    fast = vars(cli._parser_for(argv).parse_args(argv))
    assert full.pop("handler") is fast.pop("handler")
    assert fast == full


def test_the_import_only_parser_prints_the_same_help(capsys):
    from journeycanvas.app import cli

    for parser in (cli.build_parser(), cli._parser_for(["import"])):
        with pytest.raises(SystemExit):
            parser.parse_args(["import", "--help"])
    full, fast = capsys.readouterr().out.split("usage: ", 2)[1:]
    assert fast == full


def test_the_child_starts_before_the_model_is_loaded(tmp_path):
    """`journeycanvas import` spawns the reader before it imports pydantic and the model."""
    import subprocess
    import sys

    sheet = long_csv(tmp_path / "wave.csv", INTERVIEW_ROWS, "utf-8")
    probe = (
        "import subprocess, sys\n"
        "real = subprocess.Popen.__init__\n"
        "def spy(self, *a, **k):\n"
        "    print('model loaded at spawn:', 'journeycanvas.canvas.model' in sys.modules)\n"
        "    real(self, *a, **k)\n"
        "subprocess.Popen.__init__ = spy\n"
        "from journeycanvas.app.cli import main\n"
        f"main(['import', {str(sheet)!r}, '-o', {str(tmp_path / 'o.journey')!r}])\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "model loaded at spawn: False" in out.stdout
    assert (tmp_path / "o.journey").exists()
