"""The Inspector edits steps, spans and moments of truth, each change one undo step.

Driven as a user would: a click on a step header (or the arrow keys along the
header row) shows the step in the Inspector; typing, the spin boxes' keys, a
tick and a button press change it; Ctrl+Z takes back exactly one change.
"""

from __future__ import annotations

from gestures import center, click, editor_fixture, key, type_text
from PySide6.QtCore import QPointF, Qt
from test_edit_steps_links import blueprint_journey, dump, redo, undo

from journeycanvas.app.inspector_dock import CARD, STEP

editor = editor_fixture()
Alt = Qt.KeyboardModifier.AltModifier


def _click_step(w, step_id):
    click(w.view, center(w.scene.layout_.step(step_id).header.rect))


def test_a_clicked_step_header_is_renamed_resized_flagged_and_deleted_in_the_inspector(
    editor, qtbot
):
    w = editor(blueprint_journey())
    opened = dump(w)
    inspector = w.inspector
    _click_step(w, "b")
    assert inspector.pages.currentIndex() == STEP
    fields = inspector.step_fields
    assert fields.name_edit.text() == "Upload"
    drawn = w.scene.layout_.step("b").header.rect.w
    assert abs(fields.width_spin.value() - drawn) < 0.5

    # Typing a new name: every keystroke merges into one undo step.
    fields.name_edit.setFocus()
    fields.name_edit.selectAll()
    type_text(fields.name_edit, "上传 docs")
    qtbot.keyClick(fields.name_edit, Qt.Key.Key_Return)
    assert w.document.journey.stage("s0").steps[1].name == "上传 docs"
    assert w.document.undo_stack.count() == 1

    # Width by keyboard: three Up presses (10 pt each) in one session are one step.
    fields.width_spin.setFocus()
    for _ in range(3):
        qtbot.keyClick(fields.width_spin, Qt.Key.Key_Up)
    fields.width_spin.clearFocus()
    assert w.document.journey.stage("s0").steps[1].width == round(drawn + 30, 1)
    assert abs(w.scene.layout_.step("b").header.rect.w - (drawn + 30)) < 0.5
    assert w.document.undo_stack.count() == 2

    # Moment of truth: Space on the focused box ticks it.
    fields.moment_check.setFocus()
    qtbot.keyClick(fields.moment_check, Qt.Key.Key_Space)
    assert w.document.journey.stage("s0").steps[1].moment_of_truth
    assert w.scene.layout_.step("b").moment_of_truth
    assert w.document.undo_stack.count() == 3
    qtbot.keyClick(fields.moment_check, Qt.Key.Key_Space)
    assert not w.document.journey.stage("s0").steps[1].moment_of_truth
    assert w.document.undo_stack.count() == 4

    # Delete: the step goes, its card moves to the step before it.
    fields.delete_button.setFocus()
    qtbot.keyClick(fields.delete_button, Qt.Key.Key_Space)
    assert [s.id for s in w.document.journey.stage("s0").steps] == ["a", "c"]
    assert w.document.journey.card("c-up").step_id == "a"
    assert inspector.pages.currentIndex() != STEP
    assert w.document.undo_stack.count() == 5
    for _ in range(5):
        undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.stage("s0").steps[1].name == "上传 docs"


def test_a_step_is_reached_by_the_arrow_keys_along_the_header_row(editor, qtbot):
    w = editor(blueprint_journey())
    w.scene.set_current("s0", None)  # the stage header, as Up from its first cell leaves it
    key(qtbot, w, Qt.Key.Key_Right)
    assert w.scene.current_step_id == "a"
    assert w.inspector.pages.currentIndex() == STEP
    key(qtbot, w, Qt.Key.Key_Right)
    key(qtbot, w, Qt.Key.Key_Right)
    assert w.scene.current_step_id == "c"
    assert w.inspector.step_fields.name_edit.text() == "Send"
    key(qtbot, w, Qt.Key.Key_Right)  # on to the next stage (it has no steps)
    assert (w.scene.current_stage_id, w.scene.current_step_id) == ("s1", None)
    key(qtbot, w, Qt.Key.Key_Left)
    assert w.scene.current_step_id == "c"


def test_a_cards_span_and_moment_are_set_in_the_inspector(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    rect = w.scene.layout_.card("c-form").rect
    click(w.view, QPointF(rect.x + 20, rect.y + 10))
    inspector = w.inspector
    assert inspector.pages.currentIndex() == CARD
    fields = inspector.structure_fields
    assert fields.isVisibleTo(inspector)
    # Three steps of s0 and the one column of s1: at most four columns from step a.
    assert (fields.span_spin.value(), fields.span_spin.maximum()) == (1, 4)
    assert fields.span_names.text() == "Form"
    fields.span_spin.setFocus()
    qtbot.keyClick(fields.span_spin, Qt.Key.Key_Up)
    qtbot.keyClick(fields.span_spin, Qt.Key.Key_Up)
    fields.span_spin.clearFocus()
    assert w.document.journey.card("c-form").span == 3
    assert fields.span_names.text() == "Form → Upload → Send"
    spanned = w.scene.layout_.card("c-form").rect
    assert spanned.right > w.scene.layout_.step("c").column.x
    assert w.document.undo_stack.count() == 1
    fields.moment_check.setFocus()
    qtbot.keyClick(fields.moment_check, Qt.Key.Key_Space)
    assert w.document.journey.card("c-form").moment_of_truth
    assert w.scene.cards["c-form"].layout.moment_of_truth
    assert w.document.undo_stack.count() == 2
    undo(qtbot, w)
    undo(qtbot, w)
    assert dump(w) == opened
    assert fields.span_spin.value() == 1 and not fields.moment_check.isChecked()


def test_the_span_a_drag_gives_shows_in_the_inspector(editor, qtbot):
    from gestures import drag

    w = editor(blueprint_journey())
    lay = w.scene.layout_
    card = lay.card("c-front").rect
    target = lay.step("b").column
    drag(
        w.view, QPointF(card.right - 1, card.y + card.h / 2), QPointF(target.right - 20, card.y + 5)
    )
    assert w.document.journey.card("c-front").span == 2
    assert w.inspector.structure_fields.span_spin.value() == 2
    assert w.inspector.structure_fields.span_names.text() == "Form → Upload"


def test_a_selected_link_is_labelled_and_deleted_in_the_inspector(editor, qtbot):
    from itertools import pairwise

    from journeycanvas.app.inspector_dock import LINK
    from journeycanvas.canvas.model import Link

    journey = blueprint_journey()
    journey.links = [Link(id="link-1", from_card="c-back", to_card="c-front")]
    w = editor(journey)
    opened = dump(w)
    path = w.scene.layout_.link("link-1").points
    (ax, ay), (bx, by) = max(
        pairwise(path), key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1])
    )
    click(w.view, QPointF(ax + (bx - ax) * 0.3, ay + (by - ay) * 0.3))
    assert w.scene.selected_link_ids() == ["link-1"]
    assert w.inspector.pages.currentIndex() == LINK
    fields = w.inspector.link_fields
    assert fields.ends.text() == "Check → Form page"
    fields.label_edit.setFocus()
    type_text(fields.label_edit, "核对 checks")
    qtbot.keyClick(fields.label_edit, Qt.Key.Key_Return)
    assert w.document.journey.links[0].label == "核对 checks"
    assert w.scene.layout_.link("link-1").label_rect is not None
    assert w.document.undo_stack.count() == 1
    fields.delete_button.setFocus()
    qtbot.keyClick(fields.delete_button, Qt.Key.Key_Space)
    assert w.document.journey.links == [] and "link-1" not in w.scene.links
    assert w.document.undo_stack.count() == 2
    undo(qtbot, w)
    undo(qtbot, w)
    assert dump(w) == opened


def test_the_inspector_fields_are_reached_by_their_alt_keys(editor, qtbot):
    w = editor(blueprint_journey())
    rect = w.scene.layout_.card("c-form").rect
    click(w.view, QPointF(rect.x + 20, rect.y + 10))
    qtbot.keyClick(w.view, Qt.Key.Key_P, Alt)
    assert w.inspector.structure_fields.span_spin.hasFocus()
    qtbot.keyClick(w.inspector.structure_fields.span_spin, Qt.Key.Key_Up)
    assert w.document.journey.card("c-form").span == 2
    qtbot.keyClick(w.inspector.structure_fields.span_spin, Qt.Key.Key_Escape)
    assert w.view.hasFocus()  # Esc hands the keyboard back to the map
    _click_step(w, "c")
    qtbot.keyClick(w.view, Qt.Key.Key_S, Alt)
    assert w.inspector.step_fields.name_edit.hasFocus()
