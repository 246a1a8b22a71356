"""The Curves dock: add, rename, recolour, reorder, show and hide curves, pick the
curve new points go to; every change one undo step (issue 15)."""

from __future__ import annotations

from conftest import make_journey
from gestures import double_click, drag, editor_fixture, type_text
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from journeycanvas.canvas.model import Curve, CurveKind, EmotionPoint, LineStyle

editor = editor_fixture()


def two_curves():
    """make_journey's points on an as-is curve, and a to-be curve with two points."""
    j = make_journey()
    as_is = Curve(id="cv-as-is", name="现状 As-is", kind=CurveKind.AS_IS)
    to_be = Curve(id="cv-to-be", name="目标 To-be", kind=CurveKind.TO_BE, color="#D55E00",
                  line=LineStyle.DASH)  # fmt: skip
    points = [p.model_copy(update={"curve_id": as_is.id}) for p in j.emotion_points]
    points += [
        EmotionPoint(id="tb0", stage_id="s0", position=0.2, score=1.5, curve_id=to_be.id),
        EmotionPoint(id="tb1", stage_id="s2", position=0.2, score=2.0, curve_id=to_be.id),
    ]
    return j.model_copy(update={"curves": [as_is, to_be], "emotion_points": points})


def open_dock(editor):
    w = editor(two_curves())
    w.curves_dock.show()
    w.curves_dock.raise_()
    return w, w.curves_dock


def band(w):
    return w.scene.layout_.curves[0]


def test_dock_lists_the_curves_and_the_new_point_goes_to_the_picked_curve(editor, qtbot):
    w, dock = open_dock(editor)
    assert [dock.list.item(i).text() for i in range(dock.list.count())] == [
        "现状 As-is", "目标 To-be"
    ]  # fmt: skip
    assert w.scene.active_curve_id == "cv-as-is"
    dock.list.setCurrentRow(1)
    assert w.scene.active_curve_id == "cv-to-be"
    curve = band(w)
    stage = w.scene.layout_.stages[1].column
    at = QPointF(stage.x + stage.w * 0.8, curve.y_for(-1.0))
    double_click(w.view, at)
    journey = w.document.journey
    (new,) = [p for p in journey.emotion_points if p.id not in {"ep0", "ep1", "ep2", "tb0", "tb1"}]
    assert new.curve_id == "cv-to-be"
    assert w.document.undo_stack.count() == 1
    drawn = next(p for p in band(w).points if p.point_id == new.id)
    assert drawn.ring == "#D55E00" and drawn.marker == "square"


def test_add_rename_recolour_are_one_undo_step_each(editor, qtbot, monkeypatch):
    w, dock = open_dock(editor)
    stack = w.document.undo_stack
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    journey = w.document.journey
    assert len(journey.curves) == 3 and stack.count() == 1
    added = journey.curves[2]
    # A look no other curve has: a third colour and a third line style.
    assert added.color not in {"#455A64", "#D55E00"} and added.line == LineStyle.DOT
    assert w.scene.active_curve_id == added.id and dock.list.currentRow() == 2

    dock.name_edit.setFocus()
    dock.name_edit.selectAll()
    type_text(dock.name_edit, "竞品 Rival")
    qtbot.keyClick(dock.name_edit, Qt.Key.Key_Return)
    assert w.document.journey.curves[2].name == "竞品 Rival" and stack.count() == 2

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    qtbot.mouseClick(dock.color_button, Qt.MouseButton.LeftButton)
    assert w.document.journey.curves[2].color == "#123456" and stack.count() == 3
    for _ in range(3):
        stack.undo()
    assert len(w.document.journey.curves) == 2
    assert dock.list.count() == 2


def test_hiding_a_curve_takes_its_points_and_line_off_the_map(editor, qtbot):
    w, dock = open_dock(editor)
    assert {"tb0", "tb1"} <= set(w.scene.points)
    item = dock.list.item(1)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert w.document.journey.curves[1].shown is False
    assert not {"tb0", "tb1"} & set(w.scene.points)
    assert [t.look.curve_id for t in band(w).traces] == ["cv-as-is"]
    w.document.undo_stack.undo()
    assert {"tb0", "tb1"} <= set(w.scene.points)
    assert dock.list.item(1).checkState() == Qt.CheckState.Checked


def test_reorder_moves_the_curve_in_the_list_and_the_legend(editor, qtbot):
    w, dock = open_dock(editor)
    dock.list.setCurrentRow(1)
    qtbot.mouseClick(dock.up_button, Qt.MouseButton.LeftButton)
    assert [c.id for c in w.document.journey.curves] == ["cv-to-be", "cv-as-is"]
    assert [e.look.curve_id for e in w.scene.layout_.legend] == ["cv-to-be", "cv-as-is"]
    assert dock.list.currentRow() == 0
    w.document.undo_stack.undo()
    assert [c.id for c in w.document.journey.curves] == ["cv-as-is", "cv-to-be"]


def test_points_of_a_curve_not_being_edited_can_be_dragged(editor, qtbot):
    w, _dock = open_dock(editor)
    assert w.scene.active_curve_id == "cv-as-is"
    p = next(p for p in band(w).points if p.point_id == "tb1")
    drag(w.view, QPointF(p.x, p.y), QPointF(p.x, band(w).y_for(-1.0)))
    moved = next(q for q in w.document.journey.emotion_points if q.id == "tb1")
    assert abs(moved.score + 1.0) <= 0.15 and moved.curve_id == "cv-to-be"
    assert w.document.undo_stack.count() == 1


def test_compare_two_curves_lists_the_difference_and_prints_a_row_on_the_map(editor, qtbot):
    w, dock = open_dock(editor)
    assert dock.compare_result.text().startswith("Pick two curves")
    dock.compare_first.setCurrentIndex(dock.compare_first.findData("cv-to-be"))
    dock.compare_first.activated.emit(dock.compare_first.currentIndex())
    dock.compare_second.setCurrentIndex(dock.compare_second.findData("cv-as-is"))
    dock.compare_second.activated.emit(dock.compare_second.currentIndex())
    assert w.document.journey.comparison == ["cv-to-be", "cv-as-is"]
    # make_journey: s0 as-is +1, s1 −2, s2 +0.5; to-be s0 +1.5, s2 +2.
    lines = dock.compare_result.text().splitlines()
    assert lines == ["阶段 0 Stage 0: +0.5", "阶段 1 Stage 1: —", "阶段 2 Stage 2: +1.5"]
    row = [r.text for r in band(w).labels]
    assert "Δ +0.5" in row and "Δ +1.5" in row and "Δ —" in row
    assert w.document.undo_stack.count() == 1  # the second pick made the comparison
    w.document.undo_stack.undo()
    assert not any(t.startswith("Δ +") for t in (r.text for r in band(w).labels))


def test_two_personas_curves_of_one_name_are_told_apart_by_their_persona(editor, qtbot):
    """The sample's two personas each have an "As-is" and a "To-be": the list and the
    compare pickers name the persona, as the legend does, and picking a persona in
    the dock renames the entry at once (one undo step)."""
    from journeycanvas.canvas.model import Persona

    j = two_curves()
    emma, david = Persona(id="p-emma", name="Emma"), Persona(id="p-david", name="David")
    curves = [
        j.curves[0].model_copy(update={"name": "As-is", "persona_id": emma.id}),
        j.curves[1].model_copy(update={"name": "As-is", "persona_id": david.id}),
    ]
    w = editor(j.model_copy(update={"personas": [emma, david], "curves": curves}))
    dock = w.curves_dock
    dock.show()
    listed = [dock.list.item(i).text() for i in range(dock.list.count())]
    assert listed == ["As-is · Emma", "As-is · David"]
    first = [dock.compare_first.itemText(i) for i in range(dock.compare_first.count())]
    assert first[1:] == ["As-is · Emma", "As-is · David"]
    dock.list.setCurrentRow(1)
    assert dock.persona_combo.currentData() == david.id
    qtbot.keyClick(dock.persona_combo, Qt.Key.Key_Up)  # the user picks Emma
    assert dock.list.item(1).text() == "As-is · Emma"
    w.document.undo_stack.undo()
    assert dock.list.item(1).text() == "As-is · David"
