"""Steps, spanning cards and links edited by hand, with real mouse events.

Every gesture is one undo step: the test checks the model after the gesture,
after Ctrl+Z (exactly the opened journey) and after redo.
"""

from __future__ import annotations

from itertools import pairwise

from gestures import center, click, double_click, drag, editor_fixture, key, type_text
from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas.layout import link_handle
from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind, Link, Stage, Step

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier


def blueprint_journey() -> Journey:
    """Two stages, the first with three steps; a customer, a frontstage, a backstage lane."""
    stages = [
        Stage(
            id="s0",
            name="Apply",
            steps=[
                Step(id="a", name="Form"),
                Step(id="b", name="Upload"),
                Step(id="c", name="Send"),
            ],
        ),
        Stage(id="s1", name="Review"),
    ]
    lanes = [
        Lane(id="l-act", name="Customer", kind=LaneKind.ACTIONS),
        Lane(id="l-front", name="Frontstage", kind=LaneKind.FRONTSTAGE),
        Lane(id="l-back", name="Backstage", kind=LaneKind.BACKSTAGE),
    ]
    cards = [
        Card(id="c-form", stage_id="s0", step_id="a", lane_id="l-act", title="Fills in"),
        Card(id="c-up", stage_id="s0", step_id="b", lane_id="l-act", title="Uploads"),
        Card(id="c-front", stage_id="s0", step_id="a", lane_id="l-front", title="Form page"),
        Card(id="c-back", stage_id="s0", step_id="c", lane_id="l-back", title="Check"),
        Card(id="c-review", stage_id="s1", lane_id="l-back", title="Review"),
    ]
    return Journey(id="journey-bp-test", title="Blueprint", stages=stages, lanes=lanes, cards=cards)


def undo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)


def redo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Y, Ctrl)


def dump(w):
    return w.document.journey.model_dump()


def step_ids(w, stage="s0"):
    return [s.id for s in w.document.journey.stage(stage).steps]


def test_a_blueprint_shows_steps_and_the_two_lines_on_screen(editor):
    w = editor(blueprint_journey())
    lay = w.scene.layout_
    assert [s.step_id for s in lay.steps] == ["a", "b", "c"]
    assert {k for kind, k in w.scene.boxes if kind == "step"} == {"a", "b", "c"}
    assert [line.key for line in lay.blueprint_lines] == ["line_interaction", "line_visibility"]
    # Each card sits in its step's column.
    for cid, step in (("c-form", "a"), ("c-up", "b"), ("c-back", "c")):
        column = lay.step(step).column
        card = lay.card(cid).rect
        assert column.x < card.x and card.right < column.right


def test_dragging_a_step_header_reorders_the_steps_with_their_cards(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    lay = w.scene.layout_
    header = lay.step("a").header.rect
    last = lay.step("c").column
    drag(w.view, center(header), QPointF(last.right - 5, header.y + header.h / 2))
    assert step_ids(w) == ["b", "c", "a"]
    lay = w.scene.layout_
    assert lay.card("c-form").rect.x > lay.step("c").column.right - 1
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert step_ids(w) == ["b", "c", "a"]


def test_dragging_a_step_edge_resizes_the_step(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    header = w.scene.layout_.step("b").header.rect
    y = header.y + header.h / 2
    drag(w.view, QPointF(header.right, y), QPointF(header.right + 100, y))
    width = w.document.journey.stage("s0").steps[1].width
    assert width is not None and abs(width - (header.w + 100)) < 6
    assert w.scene.layout_.step("c").column.x > header.right + 90  # the next step moved over
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.stage("s0").steps[1].width == width


def test_double_clicking_a_step_header_renames_the_step(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    double_click(w.view, center(w.scene.layout_.step("b").header.rect))
    assert w.scene.editing()
    type_text(w.view, "上传材料")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.stage("s0").steps[1].name == "上传材料"
    assert w.document.undo_stack.count() == 1
    assert w.scene.boxes[("step", "b")].box.texts[0].text == "上传材料"
    undo(qtbot, w)
    assert dump(w) == opened


def test_add_step_adds_and_names_it_in_one_undo_step_and_delete_keeps_the_cards(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    click(w.view, center(w.scene.layout_.step("b").header.rect))
    assert w.scene.current_step_id == "b"
    w.edit_actions.add_step.trigger()
    new = step_ids(w)[2]
    assert step_ids(w) == ["a", "b", new, "c"]
    type_text(w.view, "Check")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.stage("s0").steps[2].name == "Check"
    assert w.document.undo_stack.count() == 1, "adding and naming is one step"
    undo(qtbot, w)
    assert dump(w) == opened

    # Deleting step b moves its card to step a; nothing is lost.
    click(w.view, center(w.scene.layout_.step("b").header.rect))
    w.edit_actions.delete_step.trigger()
    assert step_ids(w) == ["a", "c"]
    assert w.document.journey.card("c-up").step_id == "a"
    undo(qtbot, w)
    assert dump(w) == opened


def test_dragging_a_cards_right_edge_spans_it_over_the_next_steps(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    lay = w.scene.layout_
    card = lay.card("c-front").rect
    target = lay.step("c").column
    drag(
        w.view, QPointF(card.right - 1, card.y + card.h / 2), QPointF(target.right - 20, card.y + 5)
    )
    assert w.document.journey.card("c-front").span == 3
    spanned = w.scene.layout_.card("c-front").rect
    # One box from step a to step c, drawn as one item.
    assert spanned.x == card.x and abs(spanned.right - (target.right - 8)) < 0.01
    assert w.scene.cards["c-front"].layout.rect == spanned
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.card("c-front").span == 3


def test_a_spanning_card_moves_as_one(editor, qtbot):
    journey = blueprint_journey()
    journey.cards[2].span = 2
    w = editor(journey)
    lay = w.scene.layout_
    card = lay.card("c-front").rect
    goal = lay.cells[("s1", "l-front")]
    drag(w.view, QPointF(card.x + 20, card.y + card.h / 2), center(goal))
    moved = w.document.journey.card("c-front")
    assert (moved.stage_id, moved.span, moved.step_id) == ("s1", 2, None)
    undo(qtbot, w)
    assert w.document.journey.card("c-front").stage_id == "s0"


def test_a_card_dropped_on_a_step_goes_into_that_step(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    lay = w.scene.layout_
    card = lay.card("c-form").rect
    column = lay.step("c").column
    row = next(x.row for x in lay.lanes if x.lane_id == "l-act")
    drag(
        w.view,
        QPointF(card.x + 20, card.y + card.h / 2),
        QPointF(column.x + column.w / 2, row.y + row.h / 2),
    )
    assert w.document.journey.card("c-form").step_id == "c"
    undo(qtbot, w)
    assert dump(w) == opened


def test_dragging_from_a_cards_handle_to_another_card_links_them(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    lay = w.scene.layout_
    source = lay.card("c-back")
    click(w.view, QPointF(source.rect.x + 20, source.rect.y + 10))
    assert w.scene.selected_card_ids() == ["c-back"]
    hx, hy = link_handle(source)
    drag(w.view, QPointF(hx, hy), center(lay.card("c-front").rect))
    (link,) = w.document.journey.links
    assert (link.from_card, link.to_card) == ("c-back", "c-front")
    assert list(w.scene.links) == [link.id]
    drawn = w.scene.layout_.link(link.id)
    # The arrow ends on the target card's edge and crosses no other card.
    end = drawn.points[-1]
    target = w.scene.layout_.card("c-front").rect
    assert target.x - 0.01 <= end[0] <= target.right + 0.01
    assert target.y - 0.01 <= end[1] <= target.bottom + 0.01
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened and not w.scene.links
    redo(qtbot, w)
    assert [x.id for x in w.document.journey.links] == [link.id]


def test_a_link_is_selected_by_a_click_and_deleted_with_the_delete_key(editor, qtbot):
    journey = blueprint_journey()
    journey.links = [Link(id="link-1", from_card="c-back", to_card="c-review", label="hand over")]
    w = editor(journey)
    opened = dump(w)
    path = w.scene.layout_.link("link-1").points
    (ax, ay), (bx, by) = max(
        pairwise(path),
        key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1]),
    )
    # A point on the line, away from the label in its middle.
    at = QPointF(ax + (bx - ax) * 0.2, ay + (by - ay) * 0.2)
    click(w.view, at)
    assert w.scene.selected_link_ids() == ["link-1"]
    key(qtbot, w, Qt.Key.Key_Delete)
    assert w.document.journey.links == []
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.links == []


def test_deleting_a_card_deletes_its_links_and_undo_brings_both_back(editor, qtbot):
    journey = blueprint_journey()
    journey.links = [Link(id="link-1", from_card="c-back", to_card="c-front")]
    w = editor(journey)
    opened = dump(w)
    rect = w.scene.layout_.card("c-back").rect
    click(w.view, QPointF(rect.x + 20, rect.y + 10))
    key(qtbot, w, Qt.Key.Key_Delete)
    assert w.document.journey.links == [] and "link-1" not in w.scene.links
    undo(qtbot, w)
    assert dump(w) == opened and "link-1" in w.scene.links


def test_moment_of_truth_marks_a_card_and_a_step(editor, qtbot):
    w = editor(blueprint_journey())
    opened = dump(w)
    rect = w.scene.layout_.card("c-up").rect
    click(w.view, QPointF(rect.x + 20, rect.y + 10))
    w.edit_actions.moment_of_truth.trigger()
    assert w.document.journey.card("c-up").moment_of_truth
    assert w.scene.cards["c-up"].layout.moment_of_truth
    click(w.view, center(w.scene.layout_.step("c").header.rect))
    w.edit_actions.moment_of_truth.trigger()
    assert w.document.journey.stage("s0").steps[2].moment_of_truth
    assert w.scene.layout_.step("c").moment_of_truth
    assert w.document.undo_stack.count() == 2
    undo(qtbot, w)
    undo(qtbot, w)
    assert dump(w) == opened


def test_double_clicking_a_link_types_its_label(editor, qtbot):
    journey = blueprint_journey()
    journey.links = [Link(id="link-1", from_card="c-back", to_card="c-review")]
    w = editor(journey)
    opened = dump(w)
    path = w.scene.layout_.link("link-1").points
    (ax, ay), (bx, by) = max(
        pairwise(path), key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1])
    )
    double_click(w.view, QPointF(ax + (bx - ax) * 0.3, ay + (by - ay) * 0.3))
    assert w.scene.editing()
    type_text(w.view, "移交 hand over")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.links[0].label == "移交 hand over"
    drawn = w.scene.layout_.link("link-1")
    assert drawn.label_rect is not None and "".join(r.text for r in drawn.texts) == "移交 hand over"
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened


def test_right_clicking_a_step_header_offers_the_step_actions(editor, qtbot):
    from test_context_menus import names, right_click

    w = editor(blueprint_journey())
    menu = right_click(qtbot, w, center(w.scene.layout_.step("b").header.rect))
    assert menu.objectName() == "stepContextMenu"
    assert names(menu) == ["addStep", "momentOfTruth", "|", "deleteStep"]
    assert w.scene.current_step_id == "b"
    menu.close()


def test_a_touchpoints_curve_point_follows_it_into_another_step():
    from journeycanvas.canvas import edits
    from journeycanvas.canvas.layout import compute_layout
    from journeycanvas.canvas.model import EmotionPoint

    journey = blueprint_journey()
    journey.lanes.append(Lane(id="l-emo", name="Emotions", kind=LaneKind.EMOTIONS))
    journey.emotion_points = [
        EmotionPoint(id="p1", stage_id="s0", step_id="a", position=0.5, score=1, card_id="c-form")
    ]
    moved = edits.move_cards_to_step(journey, ["c-form"], "s0", "l-act", "c")
    assert moved.emotion_points[0].step_id == "c"
    lay = compute_layout(moved)
    column = lay.step("c").column
    assert column.x <= lay.curves[0].points[0].x <= column.right
    assert journey.emotion_points[0].step_id == "a", "the edit left its input alone"


def _on_edge(point, rect, tol=0.01) -> bool:
    """Is the point on the rectangle's outline (where an arrow starts or ends)?"""
    x, y = point
    inside_x = rect.left() - tol <= x <= rect.right() + tol
    inside_y = rect.top() - tol <= y <= rect.bottom() + tol
    on_x = abs(x - rect.left()) <= tol or abs(x - rect.right()) <= tol
    on_y = abs(y - rect.top()) <= tol or abs(y - rect.bottom()) <= tol
    return inside_x and inside_y and (on_x or on_y)


def test_links_follow_a_dragged_card_while_it_moves_and_only_its_links(editor, qtbot, monkeypatch):
    from journeycanvas.canvas import link_routing

    journey = blueprint_journey()
    journey.links = [
        Link(id="link-1", from_card="c-back", to_card="c-front", label="supports"),
        Link(id="link-2", from_card="c-form", to_card="c-up"),
    ]
    w = editor(journey)
    lay = w.scene.layout_
    card = lay.card("c-back").rect
    other = w.scene.links["link-2"].piece
    before = w.scene.links["link-1"].piece
    routes = []
    real = link_routing.route
    monkeypatch.setattr(link_routing, "route", lambda *a, **k: routes.append(a) or real(*a, **k))
    goal = lay.cells[("s1", "l-back")]
    drag(
        w.view,
        QPointF(card.x + 20, card.y + card.h / 2),
        QPointF(goal.x + goal.w / 2, goal.y + 30),
        steps=6,
        release_at_end=False,
    )
    # Mid-drag: the model has not changed, but the arrow starts on the card where it is now.
    assert w.document.undo_stack.count() == 0
    moving = w.scene.cards["c-back"].sceneBoundingRect().adjusted(1, 1, -1, -1)
    piece = w.scene.links["link-1"].piece
    assert piece.points != before.points
    assert _on_edge(piece.points[0], moving, tol=1.5)
    front = w.scene.cards["c-front"].sceneBoundingRect().adjusted(1, 1, -1, -1)
    assert _on_edge(piece.points[-1], front, tol=1.5)
    # Its label went with it, and the other card's link was left alone.
    assert piece.label_rect is not None and piece.label_rect != before.label_rect
    assert w.scene.links["link-2"].piece is other
    # One route per move for the one followed link: nothing else is re-routed.
    assert 0 < len(routes) <= 6
    # Esc cancels: the arrow is back where the layout has it.
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.scene.links["link-1"].piece == before


def test_a_cards_links_are_selected_by_keyboard_deleted_and_restored(editor, qtbot):
    journey = blueprint_journey()
    journey.links = [
        Link(id="link-1", from_card="c-back", to_card="c-review"),
        Link(id="link-2", from_card="c-front", to_card="c-review"),
        Link(id="link-3", from_card="c-review", to_card="c-back"),
    ]
    w = editor(journey)
    opened = dump(w)
    w.scene.select_cards(["c-review"])
    walk = Ctrl | Qt.KeyboardModifier.AltModifier
    seen = []
    for _ in range(4):
        key(qtbot, w, Qt.Key.Key_K, walk)
        seen.append(w.scene.selected_link_ids())
    # Out and in, in the file's order, then round again.
    assert seen == [["link-1"], ["link-2"], ["link-3"], ["link-1"]]
    key(qtbot, w, Qt.Key.Key_K, walk | Qt.KeyboardModifier.ShiftModifier)
    assert w.scene.selected_link_ids() == ["link-3"]
    key(qtbot, w, Qt.Key.Key_Delete)
    assert [x.id for x in w.document.journey.links] == ["link-1", "link-2"]
    assert {c.id for c in w.document.journey.cards} == {c.id for c in journey.cards}
    undo(qtbot, w)
    assert dump(w) == opened and "link-3" in w.scene.links


def test_the_link_key_does_nothing_on_a_card_without_links(editor, qtbot):
    journey = blueprint_journey()
    journey.links = [Link(id="link-1", from_card="c-back", to_card="c-review")]
    w = editor(journey)
    w.scene.select_cards(["c-front"])
    key(qtbot, w, Qt.Key.Key_K, Ctrl | Qt.KeyboardModifier.AltModifier)
    assert w.scene.selected_card_ids() == ["c-front"] and not w.scene.selected_link_ids()
