"""The emotion curve edited by hand: drag a face to change its score or place, add, delete."""

from __future__ import annotations

from conftest import make_journey
from gestures import click, double_click, drag, editor_fixture, key, release
from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas.model import EmotionPoint

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
CtrlShift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def dump(w):
    return w.document.journey.model_dump()


def point(w, pid):
    return next(p for p in w.document.journey.emotion_points if p.id == pid)


def curve(w):
    return w.scene.layout_.curves[0]


def face(w, pid):
    return next(p for p in curve(w).points if p.point_id == pid)


def test_drag_point_up_raises_its_score_showing_it_while_dragging(editor, qtbot):
    w = editor()
    opened = dump(w)
    ep = face(w, "ep1")  # score −2
    target_y = curve(w).y_for(1.5)
    path_before = w.scene.curves[curve(w).lane_id].curve.segments
    drag(w.view, QPointF(ep.x, ep.y), QPointF(ep.x, target_y), release_at_end=False)
    tip = w.scene.score_tip
    assert tip.isVisible() and tip.text.startswith("+1.")
    # The curve is redrawn through the dragged face at once (a preview; model unchanged).
    assert w.scene.curves[curve(w).lane_id].curve.segments != path_before
    assert point(w, "ep1").score == -2
    release(w.view, QPointF(ep.x, target_y))
    assert not tip.isVisible()
    assert abs(point(w, "ep1").score - 1.5) <= 0.15  # a pixel is a few hundredths
    assert w.scene.points["ep1"].pos().y() < ep.y
    assert w.document.undo_stack.count() == 1
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert dump(w) == opened
    assert w.scene.points["ep1"].pos().y() == ep.y
    key(qtbot, w, Qt.Key.Key_Z, CtrlShift)
    assert point(w, "ep1").score > 1


def test_score_is_clamped_to_plus_two(editor, qtbot):
    w = editor()
    ep = face(w, "ep0")
    drag(w.view, QPointF(ep.x, ep.y), QPointF(ep.x, curve(w).band.y - 200))
    assert point(w, "ep0").score == 2.0


def test_drag_point_sideways_moves_it_along_the_journey(editor, qtbot):
    w = editor()
    ep = face(w, "ep0")  # in stage s0
    s1 = w.scene.layout_.stages[1].column
    x = s1.x + 0.25 * s1.w
    drag(w.view, QPointF(ep.x, ep.y), QPointF(x, ep.y))
    moved = point(w, "ep0")
    assert moved.stage_id == "s1"
    assert abs(moved.position - 0.25) < 0.02
    assert moved.score == 1.0  # a level drag keeps the score
    assert w.document.undo_stack.count() == 1


def test_linked_point_stays_in_its_cards_stage(editor, qtbot):
    journey = make_journey()
    linked = EmotionPoint(
        id="ep-card", stage_id="s1", position=0.2, score=0, card_id="c-s1-touchpoints-0"
    )
    journey = journey.model_copy(update={"emotion_points": [*journey.emotion_points, linked]})
    w = editor(journey)
    ep = face(w, "ep-card")
    far = w.scene.layout_.stages[2].column
    drag(w.view, QPointF(ep.x, ep.y), QPointF(far.x + 50, ep.y))
    moved = point(w, "ep-card")
    assert moved.stage_id == "s1" and moved.position > 0.9


def test_double_click_in_the_emotion_lane_adds_a_point_there(editor, qtbot):
    w = editor()
    opened = dump(w)
    c = curve(w)
    s2 = w.scene.layout_.stages[2].column
    x, y = s2.x + 0.8 * s2.w, c.y_for(-1.0)
    double_click(w.view, QPointF(x, y))
    new = [p for p in w.document.journey.emotion_points if p.id not in {"ep0", "ep1", "ep2"}]
    assert len(new) == 1
    assert new[0].stage_id == "s2" and abs(new[0].position - 0.8) < 0.02
    assert abs(new[0].score + 1.0) <= 0.15
    assert new[0].id in w.scene.points and w.scene.points[new[0].id].isSelected()
    assert len(curve(w).segments) == 3  # the curve now runs through four faces
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert dump(w) == opened


def test_delete_a_selected_point(editor, qtbot):
    w = editor()
    opened = dump(w)
    ep = face(w, "ep2")
    click(w.view, QPointF(ep.x, ep.y))
    assert w.scene.selected_point_ids() == ["ep2"]
    key(qtbot, w, Qt.Key.Key_Delete)
    assert "ep2" not in {p.id for p in w.document.journey.emotion_points}
    assert "ep2" not in w.scene.points
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert dump(w) == opened
    w.scene.points["ep2"].setSelected(True)
    w.edit_actions.delete_point.trigger()
    assert "ep2" not in {p.id for p in w.document.journey.emotion_points}
