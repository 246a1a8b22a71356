"""The Export dialog's View field and "Include comments" box (issue 19): the saved
view chosen is the one exported, remembered per journey; comments go on a poster
only when the box is ticked."""

from __future__ import annotations

import pytest
from conftest import make_journey, show_and_activate
from gestures import editor_fixture, key
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from journeycanvas.app.export_dialog import ExportDialog
from journeycanvas.canvas import edits
from journeycanvas.canvas.model import Comment, CommentTarget, SavedView

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
Left = Qt.MouseButton.LeftButton


def _journey():
    j = make_journey()
    j = edits.update_lane(j, "l-owners", name="Owner lane XYZ")
    j = edits.add_view(j, SavedView(name="Lean", hidden_lanes=["l-owners"]))
    j = edits.add_view(j, SavedView(name="Quiet", show_comments=False))
    comment = Comment(target=CommentTarget.CARD, target_id="c-s1-actions-0", text="CALLBACKNOTE")
    return edits.add_comment(j, comment)


def _open_dialog(w, qtbot) -> ExportDialog:
    show_and_activate(qtbot, w)  # a closed dialog had the focus; the window gets it back
    key(qtbot, w, Qt.Key.Key_E, Ctrl)  # File > Export…
    qtbot.waitUntil(lambda: any(d.isVisible() for d in w.findChildren(ExportDialog)))
    dialog = next(d for d in w.findChildren(ExportDialog) if d.isVisible())
    dialog.ask_open_folder = lambda out: False
    return dialog


def _pick(qtbot, combo, text: str) -> None:
    """Choose an entry as a user does: the list opened, the entry clicked."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row >= 0, text
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Left, pos=rect.center())
    qtbot.waitUntil(lambda: combo.currentText() == text)


def _export(dialog, qtbot, name: str) -> str:
    dialog.path.setText(str(dialog.source.parent / name))
    _pick(qtbot, dialog.format, dialog.format.itemText(dialog.format.findData("pdf")))
    qtbot.mouseClick(dialog.export_button, Left)
    qtbot.waitUntil(lambda: dialog.exported is not None and dialog.exported.stat().st_size > 0)
    return "".join(p.extract_text() for p in PdfReader(dialog.exported).pages)


def test_the_view_picker_lists_the_saved_views_and_exports_the_chosen_one(editor, qtbot, tmp_path):
    w = editor(_journey(), tmp_path / "j.journey")  # the map shows the whole journey
    dialog = _open_dialog(w, qtbot)
    picker = dialog.view_picker
    assert [picker.itemText(i) for i in range(picker.count())] == ["Whole map", "Lean", "Quiet"]
    assert picker.currentText() == "Whole map"
    lanes_before = len(dialog.preview.layout_.lanes)
    _pick(qtbot, picker, "Lean")
    assert len(dialog.preview.layout_.lanes) == lanes_before - 1  # the preview follows
    text = _export(dialog, qtbot, "lean.pdf")
    assert "Owner lane XYZ" not in text and "actions" in text
    assert w.scene.view_id is None  # exporting a view does not switch the editor's


def test_the_picker_starts_at_the_editors_view_else_the_last_one_exported(editor, qtbot, tmp_path):
    j = _journey()
    w = editor(j, tmp_path / "j.journey")
    w.scene.set_view(j.views[1].id)  # View > Saved Views > Quiet
    dialog = _open_dialog(w, qtbot)
    assert dialog.view_picker.currentText() == "Quiet"
    _pick(qtbot, dialog.view_picker, "Lean")
    _export(dialog, qtbot, "a.pdf")
    w.scene.set_view(None)  # back to the whole map in the editor
    again = _open_dialog(w, qtbot)
    assert again.view_picker.currentText() == "Lean"  # remembered for this journey
    again.reject()
    other = editor(make_journey(), tmp_path / "other.journey")  # another journey: no views
    fresh = _open_dialog(other, qtbot)
    assert fresh.view_picker.currentText() == "Whole map" and fresh.view_picker.count() == 1


@pytest.mark.parametrize("tick", [False, True])
def test_comments_go_on_the_poster_only_when_ticked(editor, qtbot, tmp_path, tick):
    w = editor(_journey(), tmp_path / "j.journey")
    dialog = _open_dialog(w, qtbot)
    box = dialog.with_comments
    assert not box.isChecked()  # off by default
    if tick:
        qtbot.mouseClick(box, Left, pos=QPoint(8, box.height() // 2))  # on its tick box
        assert box.isChecked()
        assert dialog.preview.layout_.comment_list is not None  # the preview shows the list
    text = _export(dialog, qtbot, f"c{tick}.pdf")
    assert ("CALLBACKNOTE" in text) is tick


def test_include_comments_is_off_for_data_exports_and_a_quiet_view_wins(editor, qtbot, tmp_path):
    w = editor(_journey(), tmp_path / "j.journey")
    dialog = _open_dialog(w, qtbot)
    box = dialog.with_comments
    qtbot.mouseClick(box, Left, pos=QPoint(8, box.height() // 2))
    _pick(qtbot, dialog.format, dialog.format.itemText(dialog.format.findData("xlsx")))
    assert not dialog.with_comments.isEnabled()
    assert not dialog.options().include_comments
    _pick(qtbot, dialog.view_picker, "Quiet")
    text = _export(dialog, qtbot, "quiet.pdf")
    assert "CALLBACKNOTE" not in text


def test_unaccepted_suggestions_go_on_the_poster_only_when_ticked(editor, qtbot, tmp_path):
    j = edits.update_card(_journey(), "c-s2-actions-0", title="GUESSEDCARD", suggested=True)
    w = editor(j, tmp_path / "j.journey")
    dialog = _open_dialog(w, qtbot)
    box = dialog.with_suggestions
    assert not box.isChecked()  # off by default, as on the command line
    assert "c-s2-actions-0" not in {c.card_id for c in dialog.preview.layout_.cards}
    assert "GUESSEDCARD" not in _export(dialog, qtbot, "plain.pdf")
    again = _open_dialog(w, qtbot)
    qtbot.mouseClick(again.with_suggestions, Left, pos=QPoint(8, box.height() // 2))
    assert "c-s2-actions-0" in {c.card_id for c in again.preview.layout_.cards}
    assert "GUESSEDCARD" in _export(again, qtbot, "guesses.pdf")
