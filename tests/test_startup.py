"""The fixed cost of a command: what it pays before and around its real work.

Every command is a fresh process, so each module it imports and each table it
parses is paid on every call (issue 17: a whole PDF export of a big research
journey should take under 1.5 s). These tests fail when a heavy module comes
back into a command that does not use it, or when a command runs with the cycle
collector walking its whole journey again.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from journeycanvas import resources
from journeycanvas.app import cli
from journeycanvas.io import journey_file

SAMPLE = resources.template_path("default-en")

#: Modules only some commands need, and what needs them.
HEAVY = {
    "PySide6": "the editor, PNG and SVG export",
    "openpyxl": "xlsx import and export",
    "python_calamine": "the import's reading child",
    "fontTools": "SVG export",
    "hypothesis": "tests only",
}


def _modules_after(*argv: str, cwd: Path, full: bool = False) -> set[str]:
    """The top-level modules (``full``: all modules) a fresh interpreter holds after
    running one command."""
    names = "sys.modules" if full else "{m.split('.')[0] for m in sys.modules}"
    script = (
        "import contextlib, io, json, sys\n"
        "from journeycanvas.app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({list(argv)!r})\n"
        f"print(json.dumps([code, sorted({names})]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    code, modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0, result.stderr
    return set(modules)


@pytest.mark.parametrize(
    ("argv", "allowed"),
    [
        (["--help"], set()),
        (["validate", str(SAMPLE)], set()),
        (["summary", str(SAMPLE)], set()),
        (["export", str(SAMPLE), "-o", "map.pdf"], set()),
        (["export", str(SAMPLE), "-o", "map.mmd"], set()),
    ],
)
def test_a_command_imports_no_heavy_module_it_does_not_use(argv, allowed, tmp_path):
    loaded = _modules_after(*argv, cwd=tmp_path)
    unneeded = {name for name in HEAVY if name in loaded and name not in allowed}
    assert not unneeded, {name: HEAVY[name] for name in unneeded}


@pytest.mark.parametrize("argv", [["--help"], ["validate", str(SAMPLE)], ["summary", str(SAMPLE)]])
def test_commands_without_a_pdf_do_not_import_reportlab(argv, tmp_path):
    assert "reportlab" not in _modules_after(*argv, cwd=tmp_path)


def test_a_one_sheet_pdf_export_loads_neither_the_tiled_nor_the_split_writer(tmp_path):
    loaded = _modules_after("export", str(SAMPLE), "-o", "map.pdf", cwd=tmp_path, full=True)
    assert "journeycanvas.io.exporters.pdf_poster" in loaded
    assert "journeycanvas.io.exporters.tiling" not in loaded
    assert "journeycanvas.io.exporters.split_pages" not in loaded


def test_a_command_runs_with_the_cycle_collector_paused_and_restores_it(monkeypatch, capsys):
    seen: list[bool] = []
    real = journey_file.check

    def check(path):
        seen.append(gc.isenabled())
        return real(path)

    monkeypatch.setattr(journey_file, "check", check)
    assert gc.isenabled()
    assert cli.main(["validate", str(SAMPLE)]) == 0
    assert seen == [False]
    assert gc.isenabled()
    # A failing command gives the collector back too.
    assert cli.main(["validate", str(SAMPLE.with_name("no-such.journey"))]) == 1
    assert gc.isenabled()
    capsys.readouterr()


def test_the_editor_keeps_the_cycle_collector(monkeypatch):
    seen: list[bool] = []
    fake = types.ModuleType("journeycanvas.app.main")
    fake.run_editor = lambda path, debug: seen.append(gc.isenabled()) or 0
    monkeypatch.setitem(sys.modules, "journeycanvas.app.main", fake)
    assert cli.main([str(SAMPLE)]) == 0
    assert seen == [True]
