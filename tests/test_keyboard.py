"""The whole map without a mouse: arrows walk the grid, Ctrl+arrows move things,
Up/Down set an emotion score, the Menu key opens the context menu, Esc leaves a
dock, Tab leaves the evidence table."""

from __future__ import annotations

from conftest import make_journey
from gestures import editor_fixture, key, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from journeycanvas.canvas import edits

editor = editor_fixture()
K = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier


def _current(w):
    return (w.scene.current_stage_id, w.scene.current_lane_id)


def _lanes(w):
    return [lane.id for lane in w.document.journey.lanes]


def test_arrows_walk_cells_and_headers(editor, qtbot):
    w = editor()
    w.scene.set_current(None, None)
    first_lane = _lanes(w)[0]
    key(qtbot, w, K.Key_Right)
    assert _current(w) == ("s0", first_lane)
    key(qtbot, w, K.Key_Right)
    assert _current(w) == ("s1", first_lane)
    key(qtbot, w, K.Key_Up)  # the stage header
    assert _current(w) == ("s1", None)
    key(qtbot, w, K.Key_Down)
    key(qtbot, w, K.Key_Down)
    assert _current(w) == ("s1", _lanes(w)[1])
    key(qtbot, w, K.Key_Left)
    key(qtbot, w, K.Key_Left)  # the lane header
    assert _current(w) == (None, _lanes(w)[1])
    assert w.scene.cell_highlight.isVisible()


def test_a_card_is_added_to_an_empty_cell_and_named_without_a_mouse(editor, qtbot):
    j = make_journey()
    j = edits.delete_cards(j, [c.id for c in j.cards if c.lane_id == "l-needs"])
    w = editor(j)
    w.scene.set_current(None, None)
    key(qtbot, w, K.Key_Right)
    for _ in range(_lanes(w).index("l-needs")):
        key(qtbot, w, K.Key_Down)
    key(qtbot, w, K.Key_Right)
    assert _current(w) == ("s1", "l-needs")
    key(qtbot, w, K.Key_Return)  # Enter on an empty cell: a new card there
    assert w.scene.editing()
    type_text(w.view.viewport(), "Wants delivery dates")
    qtbot.keyClick(w.view.viewport(), K.Key_Return)
    cards = [c for c in w.document.journey.cards if c.lane_id == "l-needs"]
    assert [(c.stage_id, c.title) for c in cards] == [("s1", "Wants delivery dates")]


def test_ctrl_arrows_move_the_selected_card_and_one_undo_each(editor, qtbot):
    j = make_journey(cards_per_cell=2)
    w = editor(j)
    w.scene.set_current("s0", "l-actions")
    key(qtbot, w, K.Key_Tab)  # the current cell's first card
    assert w.scene.selected_card_ids() == ["c-s0-actions-0"]
    key(qtbot, w, K.Key_Right, Ctrl)
    assert w.document.journey.card("c-s0-actions-0").stage_id == "s1"
    assert w.edit_actions.undo.text() == "&Undo Move card “卡片 0 card in actions”"
    key(qtbot, w, K.Key_Up, Ctrl)  # inside its new cell, one place up
    j = w.document.journey
    cell = [c.id for c in j.cards if (c.stage_id, c.lane_id) == ("s1", "l-actions")]
    assert cell == ["c-s1-actions-0", "c-s0-actions-0", "c-s1-actions-1"]
    assert w.document.undo_stack.count() == 2
    key(qtbot, w, K.Key_Z, Ctrl)
    key(qtbot, w, K.Key_Z, Ctrl)
    assert w.document.journey.card("c-s0-actions-0").stage_id == "s0"


def test_ctrl_arrows_move_a_stage_from_its_header(editor, qtbot):
    w = editor()
    w.scene.set_current("s0", None)
    key(qtbot, w, K.Key_Right, Ctrl)
    assert [s.id for s in w.document.journey.stages] == ["s1", "s0", "s2"]
    w.scene.set_current(None, "l-actions")
    key(qtbot, w, K.Key_Down, Ctrl)
    assert _lanes(w)[:2] == [_lanes(w)[0], "l-actions"] and _lanes(w)[0] != "l-actions"


def test_up_and_down_on_an_emotion_point_change_its_score(editor, qtbot):
    w = editor()
    emotions = next(la.id for la in w.document.journey.lanes if la.kind.value == "emotions")
    w.scene.set_current("s0", _lanes(w)[_lanes(w).index(emotions) - 1])
    key(qtbot, w, K.Key_Down)  # into the emotion lane: walking down passes the points by
    assert _current(w) == ("s0", emotions) and not w.scene.selected_point_ids()
    key(qtbot, w, K.Key_Right)  # along the lane: the stage's point is selected
    assert w.scene.selected_point_ids() == ["ep1"]
    before = next(p.score for p in w.document.journey.emotion_points if p.id == "ep1")
    key(qtbot, w, K.Key_Up)
    key(qtbot, w, K.Key_Up)
    after = next(p.score for p in w.document.journey.emotion_points if p.id == "ep1")
    assert after == before + 1.0
    assert w.document.undo_stack.count() == 1  # two presses, one step
    key(qtbot, w, K.Key_Right)  # the next point along the curve
    assert w.scene.selected_point_ids() == ["ep2"]


def test_add_emotion_point_by_keyboard(editor, qtbot):
    w = editor()
    w.scene.set_current("s2", "l-actions")
    n = len(w.document.journey.emotion_points)
    key(qtbot, w, K.Key_P, Ctrl | Qt.KeyboardModifier.AltModifier)
    assert len(w.document.journey.emotion_points) == n + 1
    new = w.scene.selected_point_ids()
    assert len(new) == 1
    key(qtbot, w, K.Key_Down)
    assert next(p.score for p in w.document.journey.emotion_points if p.id == new[0]) == -0.5


def test_the_menu_key_opens_the_context_menu_of_the_selection(editor, qtbot):
    w = editor()
    w.scene.select_cards(["c-s0-actions-0"])
    seen = []

    def look():
        popup = QApplication.activePopupWidget()
        seen.append(popup.objectName() if isinstance(popup, QMenu) else None)
        if popup is not None:
            popup.close()

    QTimer.singleShot(300, look)
    key(qtbot, w, K.Key_Menu)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == ["cardContextMenu"]


def test_esc_in_a_dock_returns_the_keyboard_to_the_map(editor, qtbot):
    w = editor()
    w.scene.select_cards(["c-s0-actions-0"])
    w.inspector.raise_()
    w.inspector.title_edit.setFocus()
    qtbot.waitUntil(lambda: w.inspector.title_edit.hasFocus())
    qtbot.keyClick(w.inspector.title_edit, K.Key_Escape)
    assert w.view.hasFocus()


def test_tab_leaves_the_evidence_table(editor, qtbot):
    w = editor()
    w.scene.select_cards(["c-s0-touchpoints-0"])
    w.inspector.raise_()
    table = w.inspector.evidence_editor.table
    qtbot.waitUntil(table.isVisible)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, K.Key_Tab)
    assert not table.hasFocus()
