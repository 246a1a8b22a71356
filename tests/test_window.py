"""The editor window shows the whole map and saves it, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from journeycanvas.app.main_window import MainWindow
from journeycanvas.io import journey_file
from journeycanvas.resources import template_names, template_path


@pytest.fixture
def make_window(qtbot):
    windows: list[MainWindow] = []

    def make(journey=None, path=None) -> MainWindow:
        w = MainWindow(journey or make_journey(), path)
        qtbot.addWidget(w)
        show_and_activate(qtbot, w)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.document.undo_stack.setClean()
        w.close()


def _scene_texts(window: MainWindow) -> str:
    lay = window.scene.layout_
    runs = [r.text for c in lay.cards for r in c.texts]
    runs += [r.text for s in lay.stages for r in s.header.texts]
    runs += [r.text for lane in lay.lanes for r in lane.header.texts]
    return "\n".join(runs)


@pytest.mark.parametrize("name", [n for n in template_names() if n.startswith("sample-")])
def test_window_shows_every_stage_lane_and_card_of_a_sample(make_window, name):
    journey = journey_file.load(template_path(name))
    window = make_window(journey)
    scene = window.scene
    assert set(scene.cards) == {c.id for c in journey.cards}
    assert {k for kind, k in scene.boxes if kind == "stage"} == {s.id for s in journey.stages}
    assert {k for kind, k in scene.boxes if kind == "lane"} == {lane.id for lane in journey.lanes}
    assert len(scene.points) == len(journey.emotion_points) >= 5
    # The cards are really in the scene, visible, and inside the visible map.
    map_rect = scene.map_rect()
    for item in scene.cards.values():
        assert item.scene() is scene and item.isVisible()
        assert map_rect.contains(item.sceneBoundingRect().adjusted(2, 2, -2, -2))
    # The window opened fitted: the whole map is in view.
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(map_rect)


def test_sample_list_is_not_empty():
    assert [n for n in template_names() if n.startswith("sample-")]


def test_cards_are_drawn_where_the_layout_says(make_window):
    window = make_window()
    lay = window.scene.layout_
    for card in lay.cards:
        item = window.scene.cards[card.card_id]
        assert (item.pos().x(), item.pos().y()) == (card.rect.x, card.rect.y)
    assert "卡片 0 card in touchpoints" in _scene_texts(window)


def test_zoom_shortcuts_change_zoom_and_status_bar(make_window, qtbot):
    window = make_window()
    window.view.zoom_reset()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() == pytest.approx(1.2)
    assert "120%" in window.zoom_label.text()
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() == pytest.approx(1 / 1.2)
    qtbot.keyClick(window.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() == pytest.approx(1.0)
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.map_rect())


def test_ctrl_wheel_zooms_and_plain_wheel_does_not(make_window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.view.zoom_reset()
    vp = window.view.viewport()
    centre = QPointF(vp.width() / 2, vp.height() / 2)

    def wheel(mods):
        ev = QWheelEvent(
            centre,
            vp.mapToGlobal(centre),
            QPoint(),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            mods,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(vp, ev)

    wheel(Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() == pytest.approx(1.2)
    wheel(Qt.KeyboardModifier.NoModifier)
    assert window.view.zoom() == pytest.approx(1.2)


def test_title_shows_file_and_unsaved_marker_and_save_as_writes(make_window, tmp_path, monkeypatch):
    from PySide6.QtGui import QUndoCommand

    window = make_window()
    assert "Untitled" in window.windowTitle()
    assert not window.isWindowModified()
    window.document.undo_stack.push(QUndoCommand("an edit"))
    assert window.isWindowModified()
    target = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.act_save.trigger()  # no path yet: Save asks where, like Save As
    assert target.exists()
    assert journey_file.load(target).model_dump() == window.document.journey.model_dump()
    assert not window.isWindowModified()
    assert "mine.journey" in window.windowTitle()


def test_open_refuses_a_broken_file_politely(make_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    before = window.document.journey.model_dump()
    broken = tmp_path / "broken.journey"
    broken.write_text('{"schema_version": 1, "title": ', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    assert window.open_path(Path(broken)) is False
    assert len(shown) == 1 and "broken.journey" in shown[0]
    assert window.document.journey.model_dump() == before
