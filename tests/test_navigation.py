"""Getting around the map: zoom to the cursor, fit, 100 %, pan, and the shortcut list."""

from __future__ import annotations

from conftest import make_journey
from gestures import center, drag, editor_fixture, key
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeycanvas.app.shortcuts_dialog import ShortcutsDialog

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier


def wheel(view, pos: QPoint, delta: int, modifiers=Ctrl) -> None:
    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_keeping_the_point_under_the_cursor(editor):
    w = editor()
    view = w.view
    view.zoom_reset()
    card = w.scene.layout_.cell_cards("s1", "l-thoughts")[0]
    view.centerOn(center(card.rect))
    pos = view.mapFromScene(center(card.rect)) + QPoint(60, 40)
    under = view.mapToScene(pos)
    wheel(view, pos, 120)
    assert abs(view.zoom() - 1.2) < 1e-6
    assert "120%" in w.zoom_label.text()
    after = view.mapToScene(pos)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2
    wheel(view, pos, -240)
    assert abs(view.zoom() - 1.2 / 1.44) < 1e-6


def test_wheel_without_ctrl_scrolls_instead_of_zooming(editor):
    w = editor()
    w.view.zoom_reset()
    v = w.view.verticalScrollBar()
    v.setValue(v.minimum())
    wheel(w.view, QPoint(200, 200), -120, Qt.KeyboardModifier.NoModifier)
    assert w.view.zoom() == 1.0 and v.value() > v.minimum()


def test_ctrl_0_fits_and_ctrl_1_shows_actual_size(editor, qtbot):
    w = editor()
    key(qtbot, w, Qt.Key.Key_1, Ctrl)
    assert w.view.zoom() == 1.0 and "100%" in w.zoom_label.text()
    key(qtbot, w, Qt.Key.Key_0, Ctrl)
    visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert visible.contains(w.scene.map_rect())
    assert w.view.zoom() < 1.0 and f"{round(w.view.zoom() * 100)}%" in w.zoom_label.text()


def test_middle_drag_pans_without_selecting_or_moving(editor):
    w = editor(make_journey(stages=10))
    w.view.zoom_reset()
    card = w.scene.layout_.cell_cards("s1", "l-actions")[0]
    w.view.centerOn(center(card.rect))
    QApplication.processEvents()
    h, v = w.view.horizontalScrollBar(), w.view.verticalScrollBar()
    h0, v0 = h.value(), v.value()
    start = center(card.rect)
    drag(w.view, start, start + QPointF(-120, -50), button=Qt.MouseButton.MiddleButton)
    # The map follows the hand (to a pixel: the points are rounded to the screen grid).
    assert abs(h.value() - (h0 + 120)) <= 2 and abs(v.value() - (v0 + 50)) <= 2
    assert w.scene.selected_card_ids() == [] and w.document.undo_stack.count() == 0


def test_space_drag_pans_even_over_a_card(editor, qtbot):
    w = editor(make_journey(stages=10))
    w.view.zoom_reset()
    card = w.scene.layout_.cell_cards("s1", "l-actions")[0]
    w.view.centerOn(center(card.rect))
    QApplication.processEvents()
    h = w.view.horizontalScrollBar()
    h0 = h.value()
    w.view.setFocus()
    QTest.keyPress(w.view, Qt.Key.Key_Space)
    start = center(card.rect)
    drag(w.view, start, start + QPointF(-80, 0))
    QTest.keyRelease(w.view, Qt.Key.Key_Space)
    assert abs(h.value() - (h0 + 80)) <= 2
    assert w.document.undo_stack.count() == 0  # the card did not move
    # Without space the same drag moves the card again.
    drag(w.view, center(card.rect), center(card.rect) + QPointF(0, 400))
    assert w.document.undo_stack.count() == 1


def test_history_dock_lists_steps_and_clicking_the_first_row_undoes_all(editor, qtbot):
    w = editor()
    opened = w.document.journey.model_dump()
    ids = [c.card_id for c in w.scene.layout_.cards[:2]]
    for cid in ids:
        w.scene.select_cards([cid])
        key(qtbot, w, Qt.Key.Key_Delete)
    history = w.edit_actions.history.view
    assert history.model().rowCount() == 3  # <opened> and two steps
    history.setCurrentIndex(history.model().index(0, 0))
    assert w.document.journey.model_dump() == opened


def test_help_lists_every_shortcut_in_platform_notation(editor):
    w = editor()
    assert w.act_shortcuts in w.menu_help.actions()
    rows = dict(ShortcutsDialog(w).rows())
    assert "Ctrl+Z" in rows["Undo"] and "Ctrl+Y" in rows["Redo"]
    assert rows["Next Card"] == "Tab" and "Del" in rows["Delete"]
    assert rows["Fit to Window"] == "Ctrl+0" and rows["Duplicate"] == "Ctrl+D"
    assert "Ctrl+Wheel" in rows.values()
