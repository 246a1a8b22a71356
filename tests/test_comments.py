"""Comments pinned to the map: added from the dock with an author and a time,
marked on the map, resolved and reopened, filtered, jumped to, kept in the file,
every change one undo step, never on a poster."""

from __future__ import annotations

from conftest import show_and_activate
from gestures import editor_fixture, key, type_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPlainTextEdit

from journeycanvas.app import settings
from journeycanvas.canvas.model import CommentTarget
from journeycanvas.io import journey_file

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier


def _answer(text: str) -> list:
    """Type text into the next comment dialog and press OK."""
    done: list = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        type_text(dialog.findChild(QPlainTextEdit), text)
        dialog.accept()
        done.append(True)

    QTimer.singleShot(200, fill)
    return done


def _add(qtbot, w, text: str) -> None:
    done = _answer(text)
    qtbot.mouseClick(w.comments.add_button, Qt.MouseButton.LeftButton)
    assert done
    show_and_activate(qtbot, w)  # the dialog had the focus; the window gets it back


def test_comment_on_a_card_is_signed_marked_and_undoable(editor, qtbot):
    settings.COMMENT_AUTHOR.set("Dana")
    try:
        w = editor()
        w.comments.raise_()
        w.scene.select_cards(["c-s1-touchpoints-0"])
        _add(qtbot, w, "Check with the call centre")
        [comment] = w.document.journey.comments
        assert (comment.target, comment.target_id) == (CommentTarget.CARD, "c-s1-touchpoints-0")
        assert comment.author == "Dana" and comment.created_at.endswith("+00:00")
        assert not comment.resolved
        marker = w.scene.markers[("card", "c-s1-touchpoints-0")]
        assert marker.isVisible() and marker.piece.count == 1
        card_rect = w.scene.cards["c-s1-touchpoints-0"].sceneBoundingRect()
        assert marker.sceneBoundingRect().intersects(card_rect)
        assert w.comments.list.count() == 1
        assert "Check with the call centre" in w.comments.list.item(0).text()
        key(qtbot, w, Qt.Key.Key_Z, Ctrl)
        assert w.document.journey.comments == [] and not w.scene.markers
    finally:
        settings.COMMENT_AUTHOR.reset()


def test_resolve_filters_reopen_and_jump(editor, qtbot):
    w = editor()
    w.comments.raise_()
    w.scene.set_current(stage_id="s2")
    _add(qtbot, w, "Is this stage needed?")
    assert w.document.journey.comments[0].target == CommentTarget.STAGE
    dock = w.comments
    dock.list.setCurrentRow(0)
    qtbot.mouseClick(dock.resolve_button, Qt.MouseButton.LeftButton)
    assert w.document.journey.comments[0].resolved
    assert dock.list.count() == 0 and not w.scene.markers  # open ones only, by default
    dock.show_resolved.setChecked(True)
    assert dock.list.count() == 1
    dock.list.setCurrentRow(0)
    assert dock.resolve_button.text() == "Reopen"
    qtbot.mouseClick(dock.resolve_button, Qt.MouseButton.LeftButton)
    assert not w.document.journey.comments[0].resolved
    w.scene.set_current(None, None)
    item = dock.list.item(0)
    dock.list.itemActivated.emit(item)  # what Enter or a double-click sends
    assert w.scene.current_stage_id == "s2" and w.view.hasFocus()


def test_comments_are_kept_in_the_file_and_go_with_what_they_are_on(editor, qtbot, tmp_path):
    w = editor()
    w.comments.raise_()
    w.scene.select_cards(["c-s0-actions-0"])
    _add(qtbot, w, "Keep")
    path = tmp_path / "c.journey"
    journey_file.save(w.document.journey, path)
    again = journey_file.load(path)
    assert [c.text for c in again.comments] == ["Keep"]
    w.scene.select_cards(["c-s0-actions-0"])
    key(qtbot, w, Qt.Key.Key_Delete)  # the card goes, and its comment with it
    assert w.document.journey.comments == []
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert [c.text for c in w.document.journey.comments] == ["Keep"]


def test_comments_pin_to_a_lane_header_and_an_emotion_point_reached_by_keyboard(editor, qtbot):
    w = editor()
    w.comments.raise_()
    lanes = [lane.id for lane in w.document.journey.lanes]
    w.scene.set_current("s0", lanes[1])
    key(qtbot, w, Qt.Key.Key_Left)  # the lane header
    assert (w.scene.current_stage_id, w.scene.current_lane_id) == (None, lanes[1])
    _add(qtbot, w, "Rename this lane")
    emotions = next(la.id for la in w.document.journey.lanes if la.kind.value == "emotions")
    w.scene.set_current("s0", lanes[lanes.index(emotions) - 1])
    key(qtbot, w, Qt.Key.Key_Down)
    key(qtbot, w, Qt.Key.Key_Right)  # the stage's emotion point
    point = w.scene.selected_point_ids()[0]
    _add(qtbot, w, "Why so low here?")
    pinned = [(c.target, c.target_id, c.text) for c in w.document.journey.comments]
    assert pinned == [
        (CommentTarget.LANE, lanes[1], "Rename this lane"),
        (CommentTarget.POINT, point, "Why so low here?"),
    ]
    assert ("lane", lanes[1]) in w.scene.markers and ("point", point) in w.scene.markers
