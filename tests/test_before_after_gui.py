"""Marking an improvement done in the Inspector makes its touchpoint say whether the fix
worked; Ctrl+Z takes the verdict away again."""

from __future__ import annotations

import pytest
from conftest import show_and_activate
from gestures import key
from PySide6.QtCore import Qt
from test_before_after import _journey

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas.model import ImprovementStatus


@pytest.fixture
def window(qtbot):
    w = MainWindow(_journey(status=ImprovementStatus.IN_PROGRESS))
    show_and_activate(qtbot, w)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def _touchpoint_texts(window) -> list[str]:
    return [r.text for r in window.scene.cards["tp"].layout.texts]


def test_marking_done_shows_before_and_after_on_the_touchpoint_and_undo_removes_it(
    window, qtbot
):
    assert "before −1.08 n=6" not in _touchpoint_texts(window)
    window.scene.clearSelection()
    window.scene.cards["imp"].setSelected(True)
    ed = window.inspector.improvement_editor
    assert ed.status.isVisible()
    ed.status.setCurrentIndex(ed.status.findData("done"))
    ed.status.activated.emit(ed.status.currentIndex())
    assert window.document.journey.card("imp").improvement.status == ImprovementStatus.DONE
    texts = _touchpoint_texts(window)
    assert "before −1.08 n=6" in texts and "→ after +0.80 n=5" in texts
    assert "▲ significant" in texts

    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.journey.card("imp").improvement.status == ImprovementStatus.IN_PROGRESS
    assert not any(t.startswith("before") for t in _touchpoint_texts(window))
