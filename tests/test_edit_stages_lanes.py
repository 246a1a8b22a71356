"""Stages and lanes edited by hand: reorder by header drag, resize, rename, add, delete, fold."""

from __future__ import annotations

from gestures import center, click, double_click, drag, editor_fixture, key, type_text
from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas.model import LaneKind

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
CtrlShift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def undo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)


def redo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Y, Ctrl)  # the other redo key


def dump(w):
    return w.document.journey.model_dump()


def stage_ids(w):
    return [s.id for s in w.document.journey.stages]


def lane_ids(w):
    return [lane.id for lane in w.document.journey.lanes]


def test_drag_stage_header_to_the_end_moves_the_stage_with_its_cards(editor, qtbot):
    w = editor()
    opened = dump(w)
    lay = w.scene.layout_
    header = lay.stages[0].header.rect
    last = lay.stages[-1].column
    drag(
        w.view,
        center(header),
        QPointF(last.right - 10, header.y + header.h / 2),
        release_at_end=False,
    )
    indicator = w.scene.drop_indicator
    assert indicator.isVisible() and abs(indicator.line.x1() - last.right) < 0.01
    from gestures import release

    release(w.view, QPointF(last.right - 10, header.y + header.h / 2))
    assert stage_ids(w) == ["s1", "s2", "s0"]
    # The cards went with it: stage s0's cards are now drawn in the last column.
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    assert card.rect.x > w.scene.layout_.stages[1].column.right
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert stage_ids(w) == ["s1", "s2", "s0"]


def test_drag_stage_edge_resizes_the_stage_and_cards_rewrap(editor, qtbot):
    w = editor()
    opened = dump(w)
    lay = w.scene.layout_
    column = lay.stages[1].column
    y = lay.stages[1].header.rect.y + 10
    lines_before = len(lay.cell_cards("s1", "l-actions")[0].texts)
    drag(w.view, QPointF(column.right, y), QPointF(column.right + 150, y))
    width = w.document.journey.stage("s1").width
    assert width is not None and abs(width - (column.w + 150)) < 3  # a pixel at this zoom
    new_column = w.scene.layout_.stages[1].column
    assert abs(new_column.w - width) < 0.01
    # A wider stage needs fewer lines for the same card.
    assert len(w.scene.layout_.cell_cards("s1", "l-actions")[0].texts) < lines_before
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.stage("s1").width == width


def test_stage_cannot_be_dragged_narrower_than_a_minimum(editor, qtbot):
    w = editor()
    column = w.scene.layout_.stages[0].column
    y = w.scene.layout_.stages[0].header.rect.y + 10
    drag(w.view, QPointF(column.right, y), QPointF(column.x - 50, y))
    assert w.document.journey.stage("s0").width == 80.0


def test_double_click_stage_header_renames_it_in_place(editor, qtbot):
    w = editor()
    opened = dump(w)
    header = w.scene.layout_.stages[2].header.rect
    double_click(w.view, center(header))
    type_text(w.view, "售后 After-sales")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.stage("s2").name == "售后 After-sales"
    assert w.document.undo_stack.count() == 1
    texts = " ".join(r.text for r in w.scene.boxes[("stage", "s2")].box.texts)
    assert "After-sales" in texts
    undo(qtbot, w)
    assert dump(w) == opened


def test_add_stage_after_the_current_one_and_name_it(editor, qtbot):
    w = editor()
    opened = dump(w)
    click(w.view, center(w.scene.layout_.stages[0].header.rect))
    key(qtbot, w, Qt.Key.Key_S, Ctrl | Qt.KeyboardModifier.AltModifier)
    assert len(w.document.journey.stages) == 4 and w.scene.editing()
    type_text(w.view, "Research")
    key(qtbot, w, Qt.Key.Key_Return)
    j = w.document.journey
    assert j.stages[1].name == "Research"
    # Adding the stage and typing its name are one step: one Ctrl+Z removes it.
    assert w.document.undo_stack.count() == 1
    assert w.document.undo_stack.undoText() == "Add stage"
    undo(qtbot, w)
    assert dump(w) == opened
    assert ("stage", j.stages[1].id) not in w.scene.boxes
    redo(qtbot, w)
    assert w.document.journey.stages[1].name == "Research"
    assert ("stage", j.stages[1].id) in w.scene.boxes


def test_add_stage_kept_with_its_suggested_name_is_one_step(editor, qtbot):
    w = editor()
    opened = dump(w)
    click(w.view, center(w.scene.layout_.stages[2].header.rect))
    key(qtbot, w, Qt.Key.Key_S, Ctrl | Qt.KeyboardModifier.AltModifier)
    key(qtbot, w, Qt.Key.Key_Return)  # no typing: the suggested name stays
    assert stage_ids(w)[:3] == ["s0", "s1", "s2"] and len(stage_ids(w)) == 4
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.stages[3].name == "New stage"


def test_rename_after_the_add_is_its_own_step(editor, qtbot):
    """Only the naming typed right after the add joins it; a later rename is a new step."""
    w = editor()
    click(w.view, center(w.scene.layout_.stages[0].header.rect))
    key(qtbot, w, Qt.Key.Key_S, Ctrl | Qt.KeyboardModifier.AltModifier)
    type_text(w.view, "Research")
    key(qtbot, w, Qt.Key.Key_Return)
    header = w.scene.layout_.stages[1].header.rect
    double_click(w.view, center(header))
    type_text(w.view, "Desk research")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.stages[1].name == "Desk research"
    assert w.document.undo_stack.count() == 2
    undo(qtbot, w)
    assert w.document.journey.stages[1].name == "Research"


def test_delete_stage_with_its_cards_is_undoable(editor, qtbot):
    w = editor()
    opened = dump(w)
    click(w.view, center(w.scene.layout_.stages[1].header.rect))
    w.edit_actions.delete_stage.trigger()
    j = w.document.journey
    assert stage_ids(w) == ["s0", "s2"]
    assert not [c for c in j.cards if c.stage_id == "s1"]
    assert ("stage", "s1") not in w.scene.boxes
    undo(qtbot, w)
    assert dump(w) == opened
    assert len(w.scene.cards) == len(w.document.journey.cards)


def test_drag_lane_header_down_reorders_lanes(editor, qtbot):
    w = editor()
    opened = dump(w)
    lay = w.scene.layout_
    first = lay.lanes[0].header.rect
    third = lay.lanes[2].row
    drag(w.view, center(first), QPointF(first.x + 20, third.bottom - 3))
    assert lane_ids(w)[:3] == ["l-touchpoints", "l-channels", "l-actions"]
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert lane_ids(w)[2] == "l-actions"


def test_double_click_lane_header_renames_the_lane(editor, qtbot):
    w = editor()
    header = w.scene.layout_.lanes[3].header.rect
    double_click(w.view, QPointF(header.x + 20, header.y + 12))
    qtbot.keyClicks(w.view, "What they think")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.lanes[3].name == "What they think"


def test_add_lane_of_a_chosen_kind(editor, qtbot):
    w = editor()
    opened = dump(w)
    click(w.view, center(w.scene.layout_.lanes[0].header.rect))
    w.edit_actions.add_lane[LaneKind.PAIN_POINTS].trigger()
    lane = w.document.journey.lanes[1]
    assert lane.kind == LaneKind.PAIN_POINTS and lane.name == "Pain Points"
    assert ("lane", lane.id) in w.scene.boxes
    key(qtbot, w, Qt.Key.Key_Escape)  # keep the suggested name
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.lanes[1].kind == LaneKind.PAIN_POINTS


def test_add_lane_and_type_its_name_is_one_undo_step(editor, qtbot):
    w = editor()
    opened = dump(w)
    click(w.view, center(w.scene.layout_.lanes[2].header.rect))
    w.edit_actions.add_lane[LaneKind.OPPORTUNITIES].trigger()
    assert w.scene.editing()
    type_text(w.view, "门店机会 Store ideas")
    key(qtbot, w, Qt.Key.Key_Return)
    lane = w.document.journey.lanes[3]
    assert lane.name == "门店机会 Store ideas" and lane.kind == LaneKind.OPPORTUNITIES
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    assert ("lane", lane.id) not in w.scene.boxes
    redo(qtbot, w)
    assert w.document.journey.lanes[3].name == "门店机会 Store ideas"
    assert ("lane", lane.id) in w.scene.boxes


def test_delete_lane_and_collapse_expand_lane(editor, qtbot):
    w = editor()
    opened = dump(w)
    header = w.scene.layout_.lanes[1].header.rect
    click(w.view, center(header))
    tall = w.scene.layout_.lanes[1].row.h
    key(qtbot, w, Qt.Key.Key_C, Ctrl | Qt.KeyboardModifier.AltModifier)
    assert w.document.journey.lane("l-touchpoints").collapsed
    assert w.scene.layout_.lanes[1].row.h < tall
    # A collapsed lane hides its cards, and expanding brings them back.
    assert not [i for i in w.scene.cards if "touchpoints" in i]
    key(qtbot, w, Qt.Key.Key_C, Ctrl | Qt.KeyboardModifier.AltModifier)
    assert w.scene.layout_.lanes[1].row.h == tall
    w.edit_actions.delete_lane.trigger()
    assert "l-touchpoints" not in lane_ids(w)
    assert w.document.undo_stack.count() == 3
    for _ in range(3):
        undo(qtbot, w)
    assert dump(w) == opened
