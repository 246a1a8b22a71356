"""The model, the layout and io/'s file and importer code never import Qt.

docs/ARCHITECTURE.md: the command line must load, validate and export without a display.
Checked twice: statically (no module imports PySide6) and at run time (importing
them in a fresh interpreter leaves PySide6 out of sys.modules).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = [
    "canvas/model.py",
    "canvas/edits.py",
    "canvas/layout.py",
    "canvas/labels.py",
    "canvas/style.py",
    "canvas/text_metrics.py",
    "canvas/analysis/*.py",
    "canvas/channel_edits.py",
    "io/*.py",
    "io/importers/**/*.py",
]


def _qt_free_files() -> list[Path]:
    files: list[Path] = []
    for pattern in QT_FREE:
        files.extend(sorted(ROOT.glob(pattern)))
    return files


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_free_modules_do_not_import_qt_statically():
    files = _qt_free_files()
    assert len(files) >= 5
    offenders = {
        str(f.relative_to(ROOT)): sorted(
            n for n in _imports(f) if n.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
        )
        for f in files
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_qt_free_modules_do_not_pull_in_qt_at_run_time():
    modules = [
        "journeycanvas." + str(f.relative_to(ROOT).with_suffix("")).replace("/", ".")
        for f in _qt_free_files()
        if f.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
