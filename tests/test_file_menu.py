"""File menu: New from a template by its picture, Open, Open Recent, Save, Close, and drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from journeycanvas.app import settings, windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.app.new_dialog import NewJourneyDialog
from journeycanvas.canvas import commands, edits
from journeycanvas.io import journey_file
from journeycanvas.resources import template_names

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def clean_settings():
    settings.store().clear()
    yield
    settings.store().clear()


@pytest.fixture
def make_window(qtbot):
    """Windows are closed here, not by qtbot: pytest-qt closes its widgets before fixtures
    are torn down, and a window with unsaved changes would wait for an answer."""

    def make(journey=None, path=None) -> MainWindow:
        w = MainWindow(journey or make_journey(), path)
        show_and_activate(qtbot, w)
        return w

    yield make
    for w in windows.windows():
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()


def _edit(window: MainWindow, title: str = "changed") -> None:
    commands.apply(window.document, "edit", lambda j: edits.update_journey(j, title=title))


def _saved(tmp_path: Path, name: str, title: str) -> Path:
    path = tmp_path / name
    journey_file.save(edits.update_journey(make_journey(), title=title), path)
    return path


def test_new_dialog_shows_every_template_and_sample_with_a_drawn_preview(qtbot):
    dialog = NewJourneyDialog(None, "zh")
    qtbot.addWidget(dialog)
    assert sorted(dialog.names()) == template_names()
    assert dialog.names()[0] == "blank-zh"  # templates first, the user's language first
    assert dialog.names()[-1].startswith("sample-")
    item = dialog.list.item(dialog.names().index("sample-ecommerce-zh"))
    image = item.icon().pixmap(260, 170).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 260, 7) for y in range(0, 170, 7)}
    assert len(colours) > 8  # a real drawing of lanes and cards, not a blank square
    assert "禾木家居" in item.text()


def _answer_new_dialog(qtbot, name: str) -> None:
    def pick() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, NewJourneyDialog) and w.isVisible()
        )
        try:
            dialog.select(name)
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        except Exception:
            dialog.reject()  # never leave a modal dialog open if the test fails
            raise

    QTimer.singleShot(0, pick)


def test_new_in_an_untouched_window_replaces_it_and_in_an_edited_one_opens_another(
    make_window, qtbot
):
    window = make_window()
    _answer_new_dialog(qtbot, "default-zh")
    window.act_new.trigger()
    assert window.document.journey.title == "客户旅程" and len(window.document.journey.stages) == 5
    assert window.document.path is None and len(windows.windows()) == 1
    _edit(window)
    _answer_new_dialog(qtbot, "blank-en")
    window.act_new.trigger()
    assert len(windows.windows()) == 2
    second = windows.windows()[1]
    assert second.document.journey.title == "Untitled journey"
    assert window.document.journey.title == "changed"  # the edited one is untouched


def test_open_goes_to_recent_files_and_an_open_file_is_not_opened_twice(
    make_window, tmp_path, monkeypatch
):
    a = _saved(tmp_path, "a.journey", "Map A")
    b = _saved(tmp_path, "b.journey", "Map B")
    window = make_window()
    _edit(window)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a_, **k: ([str(a), str(b)], ""))
    window.act_open.trigger()
    titles = sorted(w.document.journey.title for w in windows.windows())
    assert titles == ["Map A", "Map B", "changed"]
    window.recent_menu.rebuild()
    entries = [act.data() for act in window.recent_menu.actions() if act.data()]
    assert entries == [str(b.resolve()), str(a.resolve())]  # most recent first
    count = len(windows.windows())
    assert window.open_file(a) is windows.window_for(a)
    assert len(windows.windows()) == count


def test_open_recent_entry_opens_the_file(make_window, tmp_path):
    path = _saved(tmp_path, "recent.journey", "Recent map")
    settings.RECENT_FILES.set([str(path)])
    window = make_window()
    window.recent_menu.rebuild()
    entry = next(act for act in window.recent_menu.actions() if act.data() == str(path))
    assert entry.text().endswith("recent.journey")
    entry.trigger()
    assert window.document.path == path  # the untouched window took it
    assert window.document.journey.title == "Recent map"
    clear = window.recent_menu.findChild(type(entry), "clearRecent") or next(
        act for act in window.recent_menu.actions() if act.objectName() == "clearRecent"
    )
    clear.trigger()
    assert settings.RECENT_FILES.get() == []


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(make_window, monkeypatch):
    window = make_window()
    _edit(window)
    asked: list[str] = []

    def answer(choice):
        def question(_parent, _title, text, *args):
            asked.append(text)
            return choice

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(Button.Cancel))
    window.act_close.trigger()
    assert window.isVisible() and window in windows.windows()
    assert "Untitled" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(Button.Discard))
    window.act_close.trigger()
    assert not window.isVisible() and window not in windows.windows()
    assert len(asked) == 2


def test_close_and_save_writes_the_file_then_closes(make_window, tmp_path, monkeypatch):
    path = _saved(tmp_path, "keep.journey", "before")
    window = make_window(journey_file.load(path), path)
    _edit(window, "after")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: Button.Save)
    window.act_close.trigger()
    assert not window.isVisible()
    assert journey_file.load(path).title == "after"


def test_dropping_a_journey_file_on_the_canvas_opens_it(make_window, tmp_path):
    path = _saved(tmp_path, "dropped.journey", "Dropped map")
    window = make_window()
    _edit(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(tmp_path / "notes.pdf"))])
    viewport = window.view.viewport()
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(50, 50), *args)  # a real drag enters before it drops
    enter.setAccepted(False)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), *args)
    drop.setAccepted(False)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    opened = windows.window_for(path)
    assert opened is not None and opened is not window
    assert opened.document.journey.title == "Dropped map"


def test_a_file_opened_by_a_relative_path_is_named_in_full(make_window, tmp_path, monkeypatch):
    """From the command line a path is often relative; messages and the title name
    the file in full, so it is clear which copy is open."""
    _saved(tmp_path, "trip.journey", "Trip")
    monkeypatch.chdir(tmp_path)
    w = make_window()
    opened = w.open_file(Path("trip.journey"))
    assert opened.document.path == tmp_path / "trip.journey"
    assert opened.statusBar().currentMessage() == f"Opened {tmp_path / 'trip.journey'}"
