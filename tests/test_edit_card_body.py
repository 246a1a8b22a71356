"""A card's body text typed in place: double-click on the body (or Shift+F2), one undo step."""

from __future__ import annotations

from conftest import make_journey
from gestures import click, double_click, editor_fixture, key, type_text
from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas import style

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier

CARD = "c-s0-actions-0"


def dump(w):
    return w.document.journey.model_dump()


def _first_body_line(w, card_id: str) -> QPointF:
    """A point on the first line of the card's body, as the user sees it drawn."""
    lay = w.scene.cards[card_id].layout
    run = next(r for r in lay.texts if r.size == style.METRICS.card_body_size)
    return QPointF(run.x + 15, run.y - run.size * 0.3)


def test_double_click_on_the_body_edits_the_body_as_one_step(editor, qtbot):
    w = editor()
    opened = dump(w)
    title = w.document.journey.card(CARD).title
    double_click(w.view, _first_body_line(w, CARD))
    assert w.scene.editing() and w.scene.editor.objectName() == "bodyEditor"
    # The editor shows the body, all selected, so typing replaces it.
    assert w.scene.editor.toPlainText() == w.document.journey.card(CARD).body
    type_text(w.view, "评价太少 Too few reviews")
    key(qtbot, w, Qt.Key.Key_Return, Shift)  # a new line inside the body
    type_text(w.view, "second line")
    key(qtbot, w, Qt.Key.Key_Return)
    card = w.document.journey.card(CARD)
    assert card.body == "评价太少 Too few reviews\nsecond line"
    assert card.title == title
    assert w.document.undo_stack.count() == 1  # many keystrokes, one step
    drawn = [r.text for r in w.scene.cards[CARD].layout.texts]
    assert "second line" in drawn
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert dump(w) == opened
    key(qtbot, w, Qt.Key.Key_Z, Ctrl | Shift)
    assert w.document.journey.card(CARD).body == "评价太少 Too few reviews\nsecond line"


def test_double_click_on_the_title_still_edits_the_title(editor, qtbot):
    w = editor()
    lay = w.scene.cards[CARD].layout
    title_run = lay.texts[0]
    double_click(w.view, QPointF(title_run.x + 10, title_run.y - 4))
    assert w.scene.editor.objectName() != "bodyEditor"
    type_text(w.view, "New title")
    key(qtbot, w, Qt.Key.Key_Return)
    card = w.document.journey.card(CARD)
    assert card.title == "New title" and card.body.startswith("顾客找不到评价")


def test_escape_cancels_a_body_edit(editor, qtbot):
    w = editor()
    opened = dump(w)
    double_click(w.view, _first_body_line(w, CARD))
    type_text(w.view, "never mind")
    key(qtbot, w, Qt.Key.Key_Escape)
    assert not w.scene.editing()
    assert dump(w) == opened
    assert w.document.undo_stack.count() == 0


def test_shift_f2_gives_a_card_without_body_its_first_body_text(editor, qtbot):
    journey = make_journey()
    cards = [c.model_copy(update={"body": ""}) if c.id == CARD else c for c in journey.cards]
    w = editor(journey.model_copy(update={"cards": cards}))
    opened = dump(w)
    lay = w.scene.cards[CARD].layout
    click(w.view, QPointF(lay.rect.x + 10, lay.rect.y + 10))
    assert w.scene.selected_card_ids() == [CARD]
    key(qtbot, w, Qt.Key.Key_F2, Shift)
    assert w.scene.editing() and w.scene.editor.toPlainText() == ""
    # The editor sits on the card, below its title.
    editor_rect = w.scene.editor.sceneBoundingRect()
    assert lay.rect.y < editor_rect.top() < lay.rect.y + lay.rect.h
    type_text(w.view, "只在周末购物")
    key(qtbot, w, Qt.Key.Key_Return, Ctrl)
    assert w.document.journey.card(CARD).body == "只在周末购物"
    assert w.document.undo_stack.count() == 1
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert dump(w) == opened
