"""Selecting cards (click, Ctrl/Shift-click, rubber band, all) and cut/copy/paste."""

from __future__ import annotations

from conftest import make_journey
from gestures import center, click, drag, editor_fixture, key
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from journeycanvas.canvas.clipboard import MIME_TYPE

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


def dump(w):
    return w.document.journey.model_dump()


def test_click_ctrl_click_shift_click_and_click_on_empty(editor, qtbot):
    w = editor()
    a, b, c = (w.scene.layout_.cell_cards(s, "l-actions")[0] for s in ("s0", "s1", "s2"))
    click(w.view, center(a.rect))
    assert w.scene.selected_card_ids() == [a.card_id]
    click(w.view, center(b.rect), modifiers=Ctrl)
    click(w.view, center(c.rect), modifiers=Shift)
    assert set(w.scene.selected_card_ids()) == {a.card_id, b.card_id, c.card_id}
    click(w.view, center(b.rect), modifiers=Ctrl)  # Ctrl-click again takes it out
    assert set(w.scene.selected_card_ids()) == {a.card_id, c.card_id}
    click(w.view, center(b.rect))  # a plain click selects just that card
    assert w.scene.selected_card_ids() == [b.card_id]
    cell = w.scene.layout_.cells[("s0", "l-actions")]
    click(w.view, QPointF(cell.x + 20, cell.bottom - 3))
    assert w.scene.selected_card_ids() == []
    assert w.document.undo_stack.count() == 0  # selecting is not an edit


def test_rubber_band_selects_the_cards_it_touches(editor, qtbot):
    w = editor()
    lay = w.scene.layout_
    actions = lay.cells[("s0", "l-actions")]
    tp = lay.cells[("s1", "l-touchpoints")]
    # A zoom of its own: fitted, a map made taller (the legend under it) would put the
    # drag's start a pixel from the cell's edge.
    w.view.set_zoom(0.8)
    w.view.centerOn(QPointF(tp.x, tp.y))
    # From the empty top-left corner of one cell to the middle of another.
    drag(w.view, QPointF(actions.x + 3, actions.y + 3), QPointF(tp.x + 40, tp.y + 20))
    chosen = set(w.scene.selected_card_ids())
    assert chosen == {
        "c-s0-actions-0",
        "c-s1-actions-0",
        "c-s0-touchpoints-0",
        "c-s1-touchpoints-0",
    }


def test_select_all_and_move_several_cards_in_one_step(editor, qtbot):
    w = editor()
    opened = dump(w)
    key(qtbot, w, Qt.Key.Key_A, Ctrl)
    assert len(w.scene.selected_card_ids()) == len(w.document.journey.cards)
    lay = w.scene.layout_
    a = lay.cell_cards("s0", "l-actions")[0]
    b = lay.cell_cards("s1", "l-actions")[0]
    w.scene.select_cards([a.card_id, b.card_id])
    target = lay.cells[("s2", "l-opportunities")]
    drag(w.view, center(a.rect), QPointF(target.x + 40, target.bottom - 4))
    moved = [c.id for c in w.document.journey.cards_in("s2", "l-opportunities")]
    assert moved[-2:] == [a.card_id, b.card_id]
    assert w.document.undo_stack.count() == 1
    assert set(w.scene.selected_card_ids()) == {a.card_id, b.card_id}
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert dump(w) == opened


def test_copy_then_paste_into_the_current_cell_gives_new_ids(editor, qtbot):
    w = editor()
    opened = dump(w)
    a = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    click(w.view, center(a.rect))
    key(qtbot, w, Qt.Key.Key_C, Ctrl)
    data = QApplication.clipboard().mimeData()
    assert data.hasFormat(MIME_TYPE)
    assert w.document.journey.card(a.card_id).title in data.text()
    cell = w.scene.layout_.cells[("s2", "l-text")]
    click(w.view, QPointF(cell.x + 20, cell.bottom - 3))
    key(qtbot, w, Qt.Key.Key_V, Ctrl)
    pasted = w.document.journey.cards_in("s2", "l-text")[-1]
    assert pasted.id != a.card_id and pasted.title == w.document.journey.card(a.card_id).title
    assert w.scene.selected_card_ids() == [pasted.id]
    key(qtbot, w, Qt.Key.Key_V, Ctrl)  # twice: still no id clash
    assert len({c.id for c in w.document.journey.cards}) == len(w.document.journey.cards)
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert dump(w) == opened


def test_cut_in_one_window_and_paste_in_another(editor, qtbot):
    from conftest import show_and_activate

    first = editor()
    other = make_journey(stages=2).model_copy(update={"id": "journey-2"})
    second = editor(other.model_copy(update={"cards": []}))
    show_and_activate(qtbot, first)
    touch = first.scene.layout_.cell_cards("s1", "l-touchpoints")[0]
    original = first.document.journey.card(touch.card_id)
    first.scene.select_cards([touch.card_id])
    key(qtbot, first, Qt.Key.Key_X, Ctrl)
    assert touch.card_id not in {c.id for c in first.document.journey.cards}
    show_and_activate(qtbot, second)
    key(qtbot, second, Qt.Key.Key_V, Ctrl)
    [pasted] = second.document.journey.cards
    assert (pasted.stage_id, pasted.lane_id) == ("s1", "l-touchpoints")  # its own cell
    assert pasted.title == original.title and pasted.evidence[0].text == "太慢了"
    assert pasted.id != original.id and pasted.evidence[0].id != original.evidence[0].id
    assert pasted.id in second.scene.cards


def test_plain_text_pastes_as_one_card_per_line(editor, qtbot):
    w = editor()
    QApplication.clipboard().setText("First idea\n\n第二个想法\n")
    cell = w.scene.layout_.cells[("s1", "l-opportunities")]
    click(w.view, QPointF(cell.x + 20, cell.bottom - 3))
    key(qtbot, w, Qt.Key.Key_V, Ctrl)
    titles = [c.title for c in w.document.journey.cards_in("s1", "l-opportunities")]
    assert titles[-2:] == ["First idea", "第二个想法"]
    assert w.document.undo_stack.count() == 1


def test_tab_and_shift_tab_walk_through_the_cards(editor, qtbot):
    w = editor()
    order = [c.card_id for c in w.scene.layout_.cards]
    key(qtbot, w, Qt.Key.Key_Tab)
    assert w.scene.selected_card_ids() == [order[0]]
    key(qtbot, w, Qt.Key.Key_Tab)
    key(qtbot, w, Qt.Key.Key_Tab)
    assert w.scene.selected_card_ids() == [order[2]]
    key(qtbot, w, Qt.Key.Key_Backtab, Shift)
    assert w.scene.selected_card_ids() == [order[1]]
    assert w.view.hasFocus()  # Tab did not wander off to another widget
