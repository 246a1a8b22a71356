"""Cards edited by hand on the canvas: each gesture changes the model, undoes and redoes."""

from __future__ import annotations

from conftest import make_journey
from gestures import center, double_click, drag, editor_fixture, key, release, type_text
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QColorDialog

from journeycanvas.canvas.model import EmotionPoint, LaneKind

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
CtrlShift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def undo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)


def redo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Z, CtrlShift)


def dump(w):
    return w.document.journey.model_dump()


def test_drag_card_to_next_stage_is_one_undo_step(editor, qtbot):
    w = editor()
    opened = dump(w)
    lay = w.scene.layout_
    card = lay.cell_cards("s0", "l-actions")[0]
    target = lay.cells[("s1", "l-actions")]
    drag(w.view, center(card.rect), QPointF(target.x + 60, target.bottom - 6))
    j = w.document.journey
    assert j.card(card.card_id).stage_id == "s1"
    assert [c.id for c in j.cards_in("s1", "l-actions")][-1] == card.card_id
    assert w.document.undo_stack.count() == 1
    # The item was moved to where the new layout puts it.
    item = w.scene.cards[card.card_id]
    new_rect = w.scene.layout_.card(card.card_id).rect
    assert (item.pos().x(), item.pos().y()) == (new_rect.x, new_rect.y)
    assert not w.scene.drop_indicator.isVisible()
    undo(qtbot, w)
    assert dump(w) == opened
    assert w.scene.cards[card.card_id].pos().x() == card.rect.x
    redo(qtbot, w)
    assert w.document.journey.card(card.card_id).stage_id == "s1"


def test_drop_indicator_shows_the_slot_while_dragging_and_escape_cancels(editor, qtbot):
    w = editor(make_journey(cards_per_cell=3))
    opened = dump(w)
    lay = w.scene.layout_
    first, _second, third = lay.cell_cards("s0", "l-thoughts")
    drag(
        w.view,
        center(third.rect),
        QPointF(first.rect.x + 40, first.rect.y + 3),
        release_at_end=False,
    )
    indicator = w.scene.drop_indicator
    assert indicator.isVisible()
    # The line sits in the gap above the first card, across the cell.
    assert abs(indicator.line.y1() - (first.rect.y - 4)) < 0.01
    assert indicator.line.x1() < first.rect.x + 4 < first.rect.right - 4 < indicator.line.x2()
    # The dragged card follows the mouse (a preview only: the model has not changed).
    assert w.scene.cards[third.card_id].pos().y() < third.rect.y
    assert dump(w) == opened
    key(qtbot, w, Qt.Key.Key_Escape)
    assert not indicator.isVisible()
    assert w.scene.cards[third.card_id].pos().y() == third.rect.y
    release(w.view, QPointF(first.rect.x + 40, first.rect.y + 3))
    assert dump(w) == opened
    assert w.document.undo_stack.count() == 0


def test_drag_card_to_the_top_of_its_own_cell_reorders_it(editor, qtbot):
    w = editor(make_journey(cards_per_cell=3))
    opened = dump(w)
    lay = w.scene.layout_
    first, second, third = lay.cell_cards("s0", "l-thoughts")
    drag(w.view, center(third.rect), QPointF(first.rect.x + 40, first.rect.y + 3))
    order = [c.id for c in w.document.journey.cards_in("s0", "l-thoughts")]
    assert order == [third.card_id, first.card_id, second.card_id]
    # Cards reflow: the moved card is now drawn at the top of the cell.
    assert w.scene.cards[third.card_id].pos().y() == first.rect.y
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert next(c.id for c in w.document.journey.cards_in("s0", "l-thoughts")) == third.card_id


def test_cell_grows_when_a_card_arrives_and_shrinks_when_it_leaves(editor, qtbot):
    w = editor()
    lay = w.scene.layout_
    card = lay.cell_cards("s0", "l-actions")[0]
    row_before = lay.lanes[0].row.h
    target = lay.cells[("s1", "l-actions")]
    drag(w.view, center(card.rect), QPointF(target.x + 60, target.bottom - 6))
    assert w.scene.layout_.lanes[0].row.h > row_before
    undo(qtbot, w)
    assert w.scene.layout_.lanes[0].row.h == row_before


def test_double_click_empty_cell_adds_a_card_with_the_typed_text(editor, qtbot):
    w = editor()
    opened = dump(w)
    cell = w.scene.layout_.cells[("s1", "l-text")]
    double_click(w.view, QPointF(cell.x + 30, cell.bottom - 5))
    assert w.scene.editing()
    type_text(w.view, "新卡片 New card")
    key(qtbot, w, Qt.Key.Key_Return)
    cards = w.document.journey.cards_in("s1", "l-text")
    assert [c.title for c in cards][-1] == "新卡片 New card"
    assert w.document.undo_stack.count() == 1
    assert w.scene.selected_card_ids() == [cards[-1].id]
    assert cards[-1].id in w.scene.cards
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.cards_in("s1", "l-text")[-1].title == "新卡片 New card"


def test_escape_while_typing_a_new_card_adds_nothing(editor, qtbot):
    w = editor()
    opened = dump(w)
    cell = w.scene.layout_.cells[("s1", "l-text")]
    double_click(w.view, QPointF(cell.x + 30, cell.bottom - 5))
    qtbot.keyClicks(w.view, "never mind")
    key(qtbot, w, Qt.Key.Key_Escape)
    assert not w.scene.editing()
    assert dump(w) == opened
    assert w.document.undo_stack.count() == 0


def test_edit_card_text_in_place_is_one_undo_step(editor, qtbot):
    w = editor()
    opened = dump(w)
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    double_click(w.view, QPointF(card.rect.x + 20, card.rect.y + 10))  # on the title
    qtbot.keyClicks(w.view, "Looks for reviews")
    key(qtbot, w, Qt.Key.Key_Return, Ctrl)
    assert w.document.journey.card(card.card_id).title == "Looks for reviews"
    assert w.document.undo_stack.count() == 1  # 17 keystrokes, one step
    # The card is drawn with its new text.
    texts = [r.text for r in w.scene.cards[card.card_id].layout.texts]
    assert "Looks for reviews" in texts
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.card(card.card_id).title == "Looks for reviews"


def test_enter_edits_the_selected_card_and_shift_enter_adds_a_line(editor, qtbot):
    w = editor()
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    w.scene.select_cards([card.card_id])
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.scene.editing()
    qtbot.keyClicks(w.view, "one")
    key(qtbot, w, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(w.view, "two")
    w.view.setFocus()
    w.scene.editor.clearFocus()  # focus moving away commits too
    assert w.document.journey.card(card.card_id).title == "one\ntwo"


def test_escape_cancels_editing_a_card(editor, qtbot):
    w = editor()
    opened = dump(w)
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    double_click(w.view, center(card.rect))
    qtbot.keyClicks(w.view, "oops")
    key(qtbot, w, Qt.Key.Key_Escape)
    assert dump(w) == opened


def test_delete_key_removes_selected_cards_and_undo_brings_them_back(editor, qtbot):
    w = editor()
    opened = dump(w)
    ids = [c.card_id for c in w.scene.layout_.cards[:3]]
    w.scene.select_cards(ids)
    key(qtbot, w, Qt.Key.Key_Delete)
    j = w.document.journey
    assert not set(ids) & {c.id for c in j.cards}
    assert not set(ids) & set(w.scene.cards)
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    assert set(ids) <= set(w.scene.cards)
    redo(qtbot, w)
    assert not set(ids) & {c.id for c in w.document.journey.cards}


def test_duplicate_puts_copies_with_new_ids_after_the_originals(editor, qtbot):
    w = editor()
    opened = dump(w)
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    w.scene.select_cards([card.card_id])
    key(qtbot, w, Qt.Key.Key_D, Ctrl)
    cell = w.document.journey.cards_in("s0", "l-actions")
    assert len(cell) == 2 and cell[0].id == card.card_id and cell[1].id != card.card_id
    assert cell[1].title == cell[0].title
    assert w.scene.selected_card_ids() == [cell[1].id]
    undo(qtbot, w)
    assert dump(w) == opened


def test_card_colour_from_the_colour_dialog(editor, qtbot, monkeypatch):
    from PySide6.QtGui import QColor

    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#aa3366")))
    w = editor()
    opened = dump(w)
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    w.scene.select_cards([card.card_id])
    w.edit_actions.card_color.trigger()
    assert w.document.journey.card(card.card_id).color == "#aa3366"
    assert w.scene.cards[card.card_id].layout.fill == "#aa3366"
    undo(qtbot, w)
    assert dump(w) == opened


def test_insert_key_adds_a_card_to_the_clicked_cell(editor, qtbot):
    w = editor()
    cell = w.scene.layout_.cells[("s2", "l-needs")]
    from gestures import click

    click(w.view, QPointF(cell.x + 20, cell.bottom - 4))
    assert w.scene.current_cell() == ("s2", "l-needs")
    key(qtbot, w, Qt.Key.Key_Insert)
    qtbot.keyClicks(w.view, "from the keyboard")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.cards_in("s2", "l-needs")[-1].title == "from the keyboard"


def test_linked_emotion_point_follows_its_touchpoint_card(editor, qtbot):
    journey = make_journey()
    card_id = "c-s0-touchpoints-0"
    point = EmotionPoint(id="ep-linked", stage_id="s0", position=0.3, score=1.0, card_id=card_id)
    journey = journey.model_copy(update={"emotion_points": [*journey.emotion_points, point]})
    w = editor(journey)
    lay = w.scene.layout_
    tp = lay.lanes[[lane.kind for lane in lay.lanes].index(LaneKind.TOUCHPOINTS)].lane_id
    card = lay.card(card_id)
    target = lay.cells[("s2", tp)]
    drag(w.view, center(card.rect), QPointF(target.x + 60, target.bottom - 6))
    moved = next(p for p in w.document.journey.emotion_points if p.id == "ep-linked")
    assert moved.stage_id == "s2" and moved.position == 0.3
    # On the canvas the face now sits in the card's new column.
    column = next(s.column for s in w.scene.layout_.stages if s.stage_id == "s2")
    assert column.x <= w.scene.points["ep-linked"].pos().x() < column.right
    undo(qtbot, w)
    assert (
        next(p for p in w.document.journey.emotion_points if p.id == "ep-linked").stage_id == "s0"
    )
