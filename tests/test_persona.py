"""The Persona dock edits the journey's title and scenario and its personas, undoably."""

from __future__ import annotations

import struct
import zlib

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit, QMessageBox
from test_inspector import type_text

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.app.persona_dock import PHOTO_SIDE, image_from_data_uri
from journeycanvas.canvas.model import Segment


@pytest.fixture
def window(qtbot):
    w = MainWindow(make_journey())
    show_and_activate(qtbot, w)
    w.persona.raise_()
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def _persona(window):
    return window.document.journey.personas[0]


def test_journey_title_typed_in_the_dock_is_one_step_and_shows_in_the_header(window, qtbot):
    dock = window.persona
    assert dock.title_edit.text() == "测试旅程 Test journey"
    qtbot.mouseClick(dock.title_edit, Qt.MouseButton.LeftButton)
    dock.title_edit.selectAll()
    type_text(dock.title_edit, "新旅程")
    assert window.document.journey.title == "新旅程"
    assert "新旅程" in window.windowTitle()
    header = [r.text for r in window.scene.layout_.title.texts]
    assert any("新旅程" in text for text in header)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert dock.title_edit.text() == "测试旅程 Test journey"


def test_name_segment_and_goals(window, qtbot):
    dock = window.persona
    assert dock.name_edit.text() == "小王"
    qtbot.mouseClick(dock.name_edit, Qt.MouseButton.LeftButton)
    type_text(dock.name_edit, "明")
    assert _persona(window).name == "小王明"
    dock.segment_combo.setFocus()
    index = dock.segment_combo.findData(Segment.CHURNED.value)
    dock.segment_combo.setCurrentIndex(index)
    dock.segment_combo.activated.emit(index)
    assert _persona(window).segment == Segment.CHURNED
    goals = dock.lists["goals"]
    assert goals.values() == ["省时间"]
    qtbot.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)

    def open_editor() -> QLineEdit | None:
        return next((e for e in goals.table.findChildren(QLineEdit) if e.isVisible()), None)

    # The new row's editor opens from the event loop: on a loaded machine (CI) it
    # was not there yet right after the click.
    qtbot.waitUntil(lambda: open_editor() is not None)
    editor = open_editor()
    type_text(editor, "买到好货")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _persona(window).goals == ["省时间", "买到好货"])
    goals.table.setCurrentCell(0, 0)
    qtbot.mouseClick(goals.remove_button, Qt.MouseButton.LeftButton)
    assert _persona(window).goals == ["买到好货"]


def test_add_and_remove_a_persona(window, qtbot):
    dock = window.persona
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    assert len(window.document.journey.personas) == 2
    assert dock.persona_combo.count() == 2 and dock.name_edit.text() == "New persona"
    qtbot.mouseClick(dock.remove_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in window.document.journey.personas] == ["小王"]


def test_photo_is_shrunk_and_stored_inside_the_journey(window, tmp_path):
    picture = QImage(1600, 900, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366aa"))
    path = tmp_path / "face.jpg"
    assert picture.save(str(path))
    assert window.persona.set_photo_from(path)
    uri = _persona(window).photo
    assert uri.startswith("data:image/")
    stored = image_from_data_uri(uri)
    assert max(stored.width(), stored.height()) == PHOTO_SIDE
    assert not window.persona.photo_label.pixmap().isNull()
    window.persona.photo_remove.click()
    assert _persona(window).photo is None


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(b"\0"))  # one byte of a row: the rest is missing
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + idat + chunk(b"IEND", b"")


def test_a_picture_too_large_to_decode_is_refused_from_its_header(window, tmp_path, monkeypatch):
    bomb = tmp_path / "huge.png"
    bomb.write_bytes(_png_header_only(60000, 60000))  # 14 GB once decoded
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert window.persona.set_photo_from(bomb) is False
    assert "60000" in shown[0]
    assert _persona(window).photo is None
    assert window.document.undo_stack.count() == 0
