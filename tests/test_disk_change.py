"""Two editors on one file, or another program writing it: no save is lost without a question."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from journeycanvas.app.disk_watch import SETTLE_MS
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas import commands, edits
from journeycanvas.io import journey_file

CARD = "c-s1-touchpoints-0"


@pytest.fixture
def shared_file(tmp_path) -> Path:
    path = tmp_path / "workshop.journey"
    journey_file.save(make_journey(), path)
    return path


@pytest.fixture
def editor(qtbot):
    """Open an editor window on a file, as a second editor process would."""
    opened: list[MainWindow] = []

    def open_editor(path: Path) -> MainWindow:
        window = MainWindow(journey_file.load(path), path)  # closed below, not by qtbot
        window.show()
        opened.append(window)
        return window

    yield open_editor
    for window in opened:
        window.document.undo_stack.setClean()  # so closing does not ask
        window.close()
        window.deleteLater()


def answer_disk_dialog(choice: str, timeout_s: float = 10.0) -> list[str]:
    """Click ``choice`` in the changed-on-disk dialog once it shows; returns the texts seen."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "diskChangedDialog":
            seen.append(f"{box.text()}\n{box.informativeText()}")
            box.findChild(QPushButton, choice).click()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _retitle(window: MainWindow, title: str) -> None:
    commands.apply(window.document, "retitle", lambda j: edits.update_journey(j, title=title))


def _rename_card(window: MainWindow, title: str) -> None:
    commands.apply(window.document, "card", lambda j: edits.update_card(j, CARD, title=title))


def _two_editors_both_edit(editor, path: Path) -> tuple[MainWindow, MainWindow, bytes]:
    """A and B open the file; A saves a new title; B, unaware, renames a card."""
    a, b = editor(path), editor(path)
    _retitle(a, "A's title")
    assert a.act_save.trigger() is None and not a.document.is_modified()
    _rename_card(b, "B's card")
    return a, b, path.read_bytes()


def _card_title(journey) -> str:
    return next(c.title for c in journey.cards if c.id == CARD)


def test_keep_mine_lists_what_differs_then_overwrites(qtbot, editor, shared_file):
    _a, b, saved_by_a = _two_editors_both_edit(editor, shared_file)
    seen = answer_disk_dialog("keepMine")
    b.act_save.trigger()
    assert len(seen) == 1, "B's save overwrote A's without a question"
    assert "workshop.journey" in seen[0]
    # A's new title would be undone:
    assert "The journey's title: “测试旅程 Test journey” here, “A's title” on disk" in seen[0]
    assert "Card “B's card”: differs" in seen[0]
    on_disk = journey_file.load(shared_file)
    assert on_disk == b.document.journey and shared_file.read_bytes() != saved_by_a
    assert (on_disk.title, _card_title(on_disk)) == ("测试旅程 Test journey", "B's card")
    assert not b.document.is_modified()


def test_reload_takes_the_file_and_keeps_mine_one_undo_away(qtbot, editor, shared_file):
    _a, b, saved_by_a = _two_editors_both_edit(editor, shared_file)
    seen = answer_disk_dialog("reload")
    b.act_save.trigger()
    assert len(seen) == 1
    assert shared_file.read_bytes() == saved_by_a  # A's save stands
    assert b.document.journey == journey_file.load(shared_file)
    assert b.document.journey.title == "A's title" and not b.document.is_modified()
    b.document.undo_stack.undo()  # B's own edit is not lost either
    assert _card_title(b.document.journey) == "B's card"


def test_save_as_leaves_the_file_and_writes_mine_elsewhere(qtbot, editor, shared_file, monkeypatch):
    _a, b, saved_by_a = _two_editors_both_edit(editor, shared_file)
    mine = shared_file.with_name("workshop-b.journey")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    seen = answer_disk_dialog("saveAs")
    b.act_save.trigger()
    assert len(seen) == 1
    assert shared_file.read_bytes() == saved_by_a
    assert _card_title(journey_file.load(mine)) == "B's card"
    assert b.document.path == mine and not b.document.is_modified()


def test_cancel_saves_nothing_and_asks_again_next_time(qtbot, editor, shared_file):
    _a, b, saved_by_a = _two_editors_both_edit(editor, shared_file)
    seen = answer_disk_dialog("cancel")
    b.act_save.trigger()
    assert len(seen) == 1 and shared_file.read_bytes() == saved_by_a
    assert b.document.is_modified()
    seen = answer_disk_dialog("cancel")
    b.act_save.trigger()
    assert len(seen) == 1


def test_another_program_writing_the_file_reloads_an_unchanged_window(qtbot, editor, shared_file):
    window = editor(shared_file)
    journey_file.save(edits.update_journey(make_journey(), title="from a script"), shared_file)
    qtbot.waitUntil(lambda: window.document.journey.title == "from a script", timeout=5000)
    assert not window.document.is_modified()
    window.document.undo_stack.undo()  # the reload is one undoable step
    assert window.document.journey.title == "测试旅程 Test journey"


def test_a_change_on_disk_under_unsaved_work_asks_at_once(qtbot, editor, shared_file):
    window = editor(shared_file)
    show_and_activate(qtbot, window)
    _rename_card(window, "mine")
    seen = answer_disk_dialog("keepMine")
    journey_file.save(edits.update_journey(make_journey(), title="from a script"), shared_file)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "The journey's title: “测试旅程 Test journey” here, “from a script” on disk" in seen[0]
    qtbot.waitUntil(lambda: not window.document.is_modified(), timeout=5000)
    assert _card_title(journey_file.load(shared_file)) == "mine"


def test_our_own_saves_do_not_look_like_a_change_on_disk(qtbot, editor, shared_file):
    window = editor(shared_file)
    show_and_activate(qtbot, window)
    seen = answer_disk_dialog("cancel", timeout_s=3)
    for n in range(3):
        _retitle(window, f"save {n}")
        window.act_save.trigger()
        qtbot.wait(SETTLE_MS * 3)
    assert seen == []
    assert window.document.undo_stack.count() == 3  # no reload steps pushed
    assert journey_file.load(shared_file).title == "save 2"
