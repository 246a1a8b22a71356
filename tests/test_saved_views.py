"""Saved views: saved from the editor (one undo step), switched in the editor and in
presentation mode without changing the file, exported with ``export --view NAME``."""

from __future__ import annotations

from conftest import make_journey, show_and_activate
from gestures import editor_fixture, key
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from journeycanvas.app.cli import main
from journeycanvas.app.views_menu import SaveViewDialog
from journeycanvas.canvas import edits
from journeycanvas.canvas.model import SavedView
from journeycanvas.io import journey_file

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier


def _save_view(qtbot, w, name: str, hide: list[str], curves: bool = True) -> None:
    done = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveViewDialog)
        dialog.name.setText(name)
        for i in range(dialog.lanes.count()):
            item = dialog.lanes.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in hide:
                item.setCheckState(Qt.CheckState.Unchecked)
        dialog.curves.setChecked(curves)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        done.append(True)

    QTimer.singleShot(200, fill)
    w.views_menu.save_action.trigger()
    assert done
    show_and_activate(qtbot, w)


def test_save_switch_and_undo_a_view(editor, qtbot):
    w = editor()
    all_lanes = [lane.lane_id for lane in w.scene.layout_.lanes]
    _save_view(qtbot, w, "For the CX team", ["l-owners", "l-metrics"], curves=False)
    [view] = w.document.journey.views
    assert view.hidden_lanes == ["l-owners", "l-metrics"] and not view.show_curves
    # Saving switches the map to the view: those lanes and the curve are gone from it...
    shown = [lane.lane_id for lane in w.scene.layout_.lanes]
    assert "l-owners" not in shown and "l-emotions" not in shown and not w.scene.curves
    # ...but not from the journey: their cards are still in the file.
    assert any(c.lane_id == "l-owners" for c in w.document.journey.cards)
    steps = w.document.undo_stack.count()
    w.views_menu.rebuild()
    whole = next(a for a in w.views_menu.actions() if a.objectName() == "view_")
    whole.trigger()  # switching is not an edit
    assert [lane.lane_id for lane in w.scene.layout_.lanes] == all_lanes
    assert w.document.undo_stack.count() == steps
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert w.document.journey.views == []


def test_present_a_view(editor, qtbot):
    w = editor()
    _save_view(qtbot, w, "Front stage", ["l-owners"])
    key(qtbot, w, Qt.Key.Key_F5)
    assert w.presentation.active
    assert "l-owners" not in [lane.lane_id for lane in w.scene.layout_.lanes]
    key(qtbot, w, Qt.Key.Key_Escape)


def test_export_through_a_named_view(tmp_path):
    j = edits.add_view(
        make_journey(),
        SavedView(name="No owners", hidden_lanes=["l-owners"], show_personas=False),
    )
    j = edits.update_lane(j, "l-owners", name="Owner lane XYZ")
    source = tmp_path / "j.journey"
    journey_file.save(j, source)
    whole, view = tmp_path / "whole.pdf", tmp_path / "view.pdf"
    assert main(["export", str(source), "-o", str(whole)]) == 0
    assert main(["export", str(source), "-o", str(view), "--view", "No owners"]) == 0

    def text(path):
        return "".join(page.extract_text() for page in PdfReader(path).pages)

    assert "Owner lane XYZ" in text(whole) and "Owner lane XYZ" not in text(view)
    assert "小王" in text(whole) and "小王" not in text(view)
    assert main(["export", str(source), "-o", str(tmp_path / "nope.pdf"), "--view", "Nope"]) == 2


def test_a_view_leaves_out_lanes_suggestions_personas_and_their_comments():
    from journeycanvas.canvas import views
    from journeycanvas.canvas.model import Comment, CommentTarget

    j = make_journey()
    j = edits.update_card(j, "c-s0-actions-0", suggested=True)
    j = edits.add_comment(j, Comment(target=CommentTarget.CARD, target_id="c-s0-needs-0"))
    view = SavedView(name="v", hidden_lanes=["l-needs"], show_suggestions=False)
    shown = views.shown(j, view)
    assert "l-needs" not in [lane.id for lane in shown.lanes]
    assert not any(c.lane_id == "l-needs" or c.suggested for c in shown.cards)
    assert shown.comments == [] and shown.personas == j.personas
    assert views.shown(j, None) is j


def test_the_export_dialog_exports_the_view_the_map_shows(editor, qtbot, tmp_path):
    from journeycanvas.app.export_dialog import ExportDialog

    j = edits.add_view(make_journey(), SavedView(name="Lean", hidden_lanes=["l-owners"]))
    j = edits.update_lane(j, "l-owners", name="Owner lane XYZ")
    w = editor(j, tmp_path / "j.journey")
    w.scene.set_view(j.views[0].id)
    key(qtbot, w, Qt.Key.Key_E, Ctrl)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(ExportDialog)))
    dialog = next(d for d in w.findChildren(ExportDialog) if d.isVisible())
    dialog.ask_open_folder = lambda out: False
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))  # not the last test's choice
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None and dialog.exported.stat().st_size > 0)
    text = "".join(p.extract_text() for p in PdfReader(dialog.exported).pages)
    assert "Owner lane XYZ" not in text and "actions" in text


def test_a_view_chooses_which_curves_the_map_shows(editor, qtbot):
    """Two personas with as-is and to-be curves: a view for the to-be workshop leaves
    the as-is curves out of the map; the whole map still has them."""
    from journeycanvas.resources import template_path

    journey = journey_file.load(template_path("sample-ecommerce-en"))
    w = editor(journey)
    as_is = {c.id for c in journey.curves if c.kind == "as_is"}
    as_is_points = {p.id for p in journey.emotion_points if journey.curve_of(p) in as_is}
    assert as_is_points and as_is_points <= set(w.scene.points)
    done = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SaveViewDialog)
        dialog.name.setText("To-be only")
        items = dialog.curve_list
        assert items.count() == len(journey.curves)
        for i in range(items.count()):
            if items.item(i).data(Qt.ItemDataRole.UserRole) in as_is:
                items.item(i).setCheckState(Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        done.append(True)

    QTimer.singleShot(200, fill)
    w.views_menu.save_action.trigger()
    assert done
    [view] = w.document.journey.views
    assert set(view.hidden_curves) == as_is and view.show_curves
    on_map = set(w.scene.points)
    assert on_map and not (on_map & as_is_points)
    legend = {e.look.curve_id for e in w.scene.layout_.legend}
    assert legend and not (legend & as_is)
    w.views_menu.rebuild()
    next(a for a in w.views_menu.actions() if a.objectName() == "view_").trigger()
    assert as_is_points <= set(w.scene.points)
    # The journey's own curves were never hidden: only the view leaves them out.
    assert all(c.shown for c in w.document.journey.curves)
