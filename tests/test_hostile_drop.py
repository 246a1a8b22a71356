"""In the editor, a hostile spreadsheet dropped or imported leaves the window and journey be.

Before issue 11, dropping a workbook with one cell at XFD1048576 (or a lying
shared-strings count) aborted the native reader inside the editor's own process:
the window vanished with its unsaved work. Now the reading child fails instead,
and the import dialog shows one sentence with Import disabled.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from journeycanvas import resources
from journeycanvas.app.main_window import MainWindow
from journeycanvas.io import journey_file

sys.path.insert(0, str(Path(__file__).parent))
import hostile_files as H

pytest.importorskip("xlwt", reason="xlwt (the [test] extra) writes the .xls files")

#: The files that aborted the editor or ran away before, and ones that are refused.
REFUSED = [
    "far cell XFD1048576",
    "far cell XFD100000",
    "row reference 1048576",
    "stray cell A1048576",
    "sharedStrings count 4294967295",
    "bzip2 bomb with a lying size",
    "DOCTYPE after a comment",
    "truncated xls",
    "xls cut mid-sector (a panic before)",
    "xls with a looping chain",
    "xls with a lying FAT count",
    "control characters in headers",
    "CSV of 130 MB",
]
#: The hand-made files, and a CSV too big to keep (not fuzzed: it is 130 MB).
BUILDERS = {**H.HOSTILE, "CSV of 130 MB": H.csv_too_big_to_keep}


@pytest.fixture
def window(qtbot):
    sample = sorted(resources.templates_dir().glob("*.journey"))[0]
    window = MainWindow(journey_file.load(sample))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = window.view.viewport()
    with warnings.catch_warnings():  # PySide6 marks the only constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(40, 40),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(viewport, enter)
    drop = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, drop)


def _assert_refused_and_untouched(window, path: Path, before: str) -> None:
    dialog = window.import_controller.dialog
    assert dialog is not None and dialog.isVisible() and dialog.path == path
    text = dialog.summary.text()
    assert text.startswith(f"{path.name}: ") and "\n" not in text, text
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert window.isVisible()
    assert window.document.journey.model_dump_json() == before
    assert window.document.undo_stack.count() == 0


@pytest.mark.parametrize("case", REFUSED)
def test_a_dropped_hostile_file_leaves_the_window_up_and_the_journey_unchanged(
    window, tmp_path, case
):
    path = BUILDERS[case](tmp_path)
    before = window.document.journey.model_dump_json()
    _drop(window, path)
    _assert_refused_and_untouched(window, path, before)


@pytest.mark.parametrize("case", REFUSED)
def test_file_import_of_a_hostile_file_leaves_the_window_up_and_the_journey_unchanged(
    window, tmp_path, monkeypatch, case
):
    path = BUILDERS[case](tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    before = window.document.journey.model_dump_json()
    window.import_controller.action.trigger()
    _assert_refused_and_untouched(window, path, before)


def test_after_a_hostile_drop_a_good_file_still_imports(window, tmp_path):
    _drop(window, H.far_cell_xfd1048576(tmp_path))
    window.import_controller.dialog.reject()
    good = H.good_xlsx(tmp_path)
    _drop(window, good)
    dialog = window.import_controller.dialog
    assert dialog.path == good and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.setClean()  # pytest-qt closes the window: no Save? question
