"""In the editor, a hostile .journey dropped or opened leaves the window and journey be.

The .journey files of issue 11 (numbers the model cannot use, a file of a million
empty lists, a big file cut off) are refused by File > Open and by a drop with one
sentence in a warning, and the window keeps its journey, untouched and unmodified.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeycanvas import resources
from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.io import journey_check, journey_file
from tests.test_hostile_drop import _drop


def _template() -> dict:
    path = resources.templates_dir() / "sample-ecommerce-en.journey"
    return json.loads(path.read_text(encoding="utf-8"))


def _five_thousand_digits(folder: Path) -> Path:
    text = json.dumps(_template()).replace(
        '"title": ', '"x_count": ' + "7" * 5000 + ', "title": ', 1
    )
    path = folder / "digits.journey"
    path.write_text(text, encoding="utf-8")
    return path


def _set(folder: Path, name: str, change) -> Path:
    doc = _template()
    change(doc)
    path = folder / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _million_lists(folder: Path) -> Path:
    path = folder / "lists.journey"
    lists = b",".join([b"[]"] * (journey_check.MAX_CONTAINERS + 1))
    path.write_bytes(b'{"title": "x", "x": [' + lists + b"]}")
    return path


def _big_cut_off(folder: Path) -> Path:
    doc = _template()
    doc["x_padding"] = ["a quote of some length"] * 400_000  # about 10 MB
    path = folder / "cut.journey"
    path.write_bytes(json.dumps(doc).encode()[:-5000])
    return path


HOSTILE = {
    "a 5,000-digit integer": _five_thousand_digits,
    "a stage width of 1e308": lambda f: _set(
        f, "width.journey", lambda d: d["stages"][0].update(width=1e308)
    ),
    "a KPI of -1.7e308": lambda f: _set(
        f,
        "kpi.journey",
        lambda d: d["cards"][0].update(
            kpi={"measurements": [{"date": "2026-01-01", "value": -1.7e308}]}
        ),
    ),
    "a million empty lists": _million_lists,
    "a 10 MB journey cut off": _big_cut_off,
}


@pytest.fixture
def window(qtbot, monkeypatch):
    window = MainWindow(journey_file.load(resources.templates_dir() / "default-en.journey"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.shown = shown
    return window


def _assert_refused_and_untouched(window, path: Path, before: str, count: int) -> None:
    assert len(window.shown) == 1, window.shown
    said = window.shown[0]
    assert said.startswith(f"{path}: ") and "\n" not in said, said
    assert window.isVisible() and len(windows.windows()) == count
    assert window.document.journey.model_dump_json() == before
    assert window.document.undo_stack.count() == 0 and not window.isWindowModified()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_dropped_hostile_journey_leaves_the_window_up_and_the_journey_unchanged(
    window, tmp_path, case
):
    path = HOSTILE[case](tmp_path).absolute()
    before = window.document.journey.model_dump_json()
    count = len(windows.windows())
    start = time.perf_counter()
    _drop(window, path)
    assert time.perf_counter() - start < 5
    _assert_refused_and_untouched(window, path, before, count)


@pytest.mark.parametrize("case", list(HOSTILE))
def test_file_open_of_a_hostile_journey_leaves_the_window_up_and_the_journey_unchanged(
    window, tmp_path, monkeypatch, case
):
    path = HOSTILE[case](tmp_path).absolute()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], ""))
    )
    before = window.document.journey.model_dump_json()
    count = len(windows.windows())
    window.open_dialog()
    _assert_refused_and_untouched(window, path, before, count)
