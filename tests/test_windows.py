"""Several windows at once: Quit asks about each unsaved one and stops at Cancel."""

from __future__ import annotations

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtWidgets import QMessageBox

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas import commands, edits

Button = QMessageBox.StandardButton


@pytest.fixture
def three_windows(qtbot):
    made = []
    for n in range(3):
        w = MainWindow(edits.update_journey(make_journey(), title=f"map {n}"))
        show_and_activate(qtbot, w)
        made.append(w)
    yield made
    for w in windows.windows():
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()


def _edit(window: MainWindow) -> None:
    commands.apply(window.document, "edit", lambda j: edits.update_journey(j, scenario="new"))


def test_quit_asks_for_each_unsaved_window_and_closes_all(three_windows, monkeypatch):
    first, _second, third = three_windows
    _edit(first)
    _edit(third)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda parent, *a: asked.append(parent.windowTitle()) or Button.Discard,
    )
    first.act_quit.trigger()
    assert len(asked) == 2 and "map 0" in asked[0] and "map 2" in asked[1]
    assert windows.windows() == []
    assert not any(w.isVisible() for w in three_windows)


def test_cancel_during_quit_keeps_that_window_and_the_rest(three_windows, monkeypatch):
    first, second, third = three_windows
    _edit(second)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Cancel)
    assert windows.close_all() is False
    assert windows.windows() == [second, third]
    assert second.isVisible() and third.isVisible() and not first.isVisible()


def test_each_window_has_its_own_document_and_undo(three_windows):
    first, second, _third = three_windows
    _edit(first)
    assert first.isWindowModified() and not second.isWindowModified()
    assert first.document.undo_stack is not second.document.undo_stack
    first.document.undo_stack.undo()
    assert first.document.journey.scenario == make_journey().scenario
