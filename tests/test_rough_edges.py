"""The rough edges a consultant hit in a real piece of work (issue 19, item 7)."""

from __future__ import annotations

import pytest
from gestures import editor_fixture
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyle, QToolButton

from journeycanvas.app.icons import icon

editor = editor_fixture()
Left = Qt.MouseButton.LeftButton


def test_clicking_the_add_lane_icon_opens_the_lane_kinds(editor, qtbot):
    w = editor()
    button = w.edit_actions.toolbar.widgetForAction(w.edit_actions.add_lane_menu.menuAction())
    assert isinstance(button, QToolButton)
    seen = []

    def look() -> None:
        popup = QApplication.activePopupWidget()
        seen.append(popup)
        if popup is not None:
            popup.close()

    QTimer.singleShot(300, look)
    qtbot.mouseClick(button, Left, pos=QPoint(button.width() // 3, button.height() // 2))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0] is w.edit_actions.add_lane_menu


def test_persona_dock_shows_its_add_and_remove_buttons_at_its_default_width(editor, qtbot):
    w = editor(size=(1400, 900))  # a laptop-sized window, whatever an earlier test left
    if not w.persona.isVisible():  # as a user opens it: View > the dock's own entry
        w.persona.toggleViewAction().trigger()
    w.persona.raise_()
    qtbot.waitUntil(lambda: w.persona.add_button.isVisible())
    dock = w.persona
    # The dock is at least as wide as its form needs, and each button lies wholly
    # across the dock's width (not cut off at its right edge, as it was).
    assert dock.width() >= dock.widget().minimumSizeHint().width()
    for button in (dock.add_button, dock.remove_button):
        left = button.mapTo(dock, button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= dock.width(), button.objectName()


def test_undo_redo_and_persona_icons_are_not_the_styles_arrows_and_folder(qapp):
    style = QApplication.style()
    SP = QStyle.StandardPixmap

    def image(ic):
        return ic.pixmap(32, 32).toImage()

    assert image(icon("edit-undo")) != image(style.standardIcon(SP.SP_ArrowBack))
    assert image(icon("edit-redo")) != image(style.standardIcon(SP.SP_ArrowForward))
    assert image(icon("system-users")) != image(style.standardIcon(SP.SP_DirHomeIcon))
    # Undo and Redo are told apart (mirror images, not one glyph twice).
    assert image(icon("edit-undo")) != image(icon("edit-redo"))


def test_save_as_proposes_a_name_from_the_title(editor, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = editor()
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append(a[2]), ("", ""))[1]
    )
    w.document.journey = w.document.journey.model_copy(update={"title": "Checkout: app / web"})
    w.act_save_as.trigger()
    assert asked == ["Checkout_ app _ web.journey"]


def test_the_body_editor_leaves_the_card_title_in_view(editor, qtbot):
    from gestures import key

    from journeycanvas.canvas import style

    w = editor()
    from journeycanvas.canvas import commands, edits

    commands.apply(w.document, "no body", lambda j: edits.update_card(j, "c-s1-needs-0", body=""))
    w.scene.select_cards(["c-s1-needs-0"])
    key(qtbot, w, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    body_editor = w.scene.editor
    assert body_editor is not None and body_editor.objectName() == "bodyEditor"
    lay = w.scene.cards["c-s1-needs-0"].layout
    titles = [r for r in lay.texts if r.size == style.METRICS.card_title_size]
    title_bottom = titles[-1].y + style.METRICS.card_title_size * 0.25  # below the baseline
    assert body_editor.sceneBoundingRect().top() >= title_bottom


def test_a_collapsed_lane_says_how_many_cards_it_hides(editor, qtbot):
    from gestures import key

    w = editor()
    w.scene.set_current(lane_id="l-needs")
    Alt = Qt.KeyboardModifier.AltModifier
    key(qtbot, w, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Alt)
    assert w.document.journey.lane("l-needs").collapsed
    note = w.scene.hidden["l-needs"]
    assert note.isVisible() and note.text() == "Cards hidden: 3"
    row = next(la for la in w.scene.layout_.lanes if la.lane_id == "l-needs").row
    assert note.sceneBoundingRect().intersects(QRectF(row.x, row.y, row.w, row.h))


def test_the_map_title_is_edited_in_place(editor, qtbot):
    from gestures import double_click, type_text

    w = editor()
    title_box = w.scene.boxes[("title", "title")].box.rect
    double_click(w.view, QPointF(title_box.x + 20, title_box.y + 12))
    assert w.scene.editing() and w.scene.editor.objectName() == "titleEditor"
    type_text(w.view.viewport(), "Buying a sofa online")
    qtbot.keyClick(w.view.viewport(), Qt.Key.Key_Return)
    assert w.document.journey.title == "Buying a sofa online"
    assert w.edit_actions.undo.text() == "&Undo Edit title “Buying a sofa online”"


def test_a_stage_description_has_an_editor(editor, qtbot):
    from gestures import type_text
    from PySide6.QtWidgets import QInputDialog, QPlainTextEdit

    w = editor()
    w.scene.set_current(stage_id="s1")
    done = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        box = dialog.findChild(QPlainTextEdit)
        box.selectAll()
        type_text(box, "The shopper compares prices")
        dialog.accept()
        done.append(True)

    QTimer.singleShot(200, fill)
    entry = next(
        a for a in w.edit_actions.menu_insert.actions() if a.objectName() == "stageDescription"
    )
    entry.trigger()
    assert done
    assert w.document.journey.stage("s1").description == "The shopper compares prices"
    assert w.edit_actions.undo.text() == "&Undo Describe stage “阶段 1 Stage 1”"


def test_a_new_window_opens_wholly_on_the_screen(editor, qtbot):
    from conftest import make_journey
    from PySide6.QtGui import QUndoCommand

    w = editor()
    room = w.screen().availableGeometry()
    w.resize(room.width() - 40, room.height() - 60)
    w.move(room.topLeft() + QPoint(20, 20))
    qtbot.waitUntil(lambda: w.frameGeometry().topLeft() == room.topLeft() + QPoint(20, 20))
    w.document.undo_stack.push(QUndoCommand("an edit"))  # no longer untouched: New opens a window
    other = w.show_journey(make_journey(), None)  # what File > New does with the choice
    try:
        assert other is not w
        qtbot.waitExposed(other)
        assert room.contains(other.frameGeometry()), (room, other.frameGeometry())
        assert other.frameGeometry().topLeft() != w.frameGeometry().topLeft()
    finally:
        other.document.undo_stack.setClean()
        other.close()


def test_a_fitted_map_stays_fitted_when_the_window_grows(editor, qtbot):
    """A reopened file's window reaches its restored size after it is shown; the
    map fitted at the first size must be fitted again, unless the user zoomed."""
    w = editor(size=(900, 600))
    w.view.fit_to_window()
    small = w.view.zoom()
    before = w.view.viewport().width()
    w.resize(1400, 900)
    qtbot.waitUntil(lambda: w.view.viewport().width() > before + 200)
    grown = w.view.zoom()
    w.view.fit_to_window()
    assert grown == pytest.approx(w.view.zoom()) and grown > small

    w.view.zoom_in()  # the user's own zoom is kept
    chosen = w.view.zoom()
    grown_width = w.view.viewport().width()
    w.resize(1000, 700)
    qtbot.waitUntil(lambda: w.view.viewport().width() < grown_width - 200)
    assert w.view.zoom() == pytest.approx(chosen)
