"""The Edit menu's Undo/Redo texts name the step, and follow a live language switch."""

from __future__ import annotations

import pytest
from gestures import center, drag, editor_fixture, key
from PySide6.QtCore import QPointF, Qt

from journeycanvas.app import settings, translations

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def english_after():
    yield
    translations.install("en")
    settings.LANGUAGE.reset()


def _move_a_card(w) -> None:
    lay = w.scene.layout_
    card = lay.cell_cards("s0", "l-actions")[0]
    target = lay.cells[("s2", "l-actions")]
    drag(w.view, center(card.rect), QPointF(target.x + 30, target.bottom - 6))
    assert w.document.journey.card(card.card_id).stage_id == "s2"


def _switch(qtbot, w, code: str, expect_file_menu: str) -> None:
    w.findChild(type(w.edit_actions.undo), f"language_{code}").trigger()
    qtbot.waitUntil(lambda: w.menu_file.title() == expect_file_menu)  # LanguageChange is posted


def test_undo_and_redo_texts_name_the_step(editor, qtbot):
    w = editor()
    actions = w.edit_actions
    assert actions.undo.text() == "&Undo" and not actions.undo.isEnabled()
    _move_a_card(w)
    assert actions.undo.text() == "&Undo Move card “卡片 0 card in actions”"
    assert actions.undo.isEnabled()
    assert actions.redo.text() == "&Redo" and not actions.redo.isEnabled()
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert actions.undo.text() == "&Undo" and not actions.undo.isEnabled()
    assert actions.redo.text() == "&Redo Move card “卡片 0 card in actions”"
    assert actions.redo.isEnabled()
    actions.redo.trigger()
    assert w.document.journey.card("c-s0-actions-0").stage_id == "s2"


def test_live_switch_to_chinese_renames_undo_redo_and_the_history(editor, qtbot, english_after):
    w = editor()
    actions = w.edit_actions
    _move_a_card(w)
    header = w.scene.layout_.stages[0].header.rect
    # A second step, then undo it, so both Undo and Redo carry a step's name.
    drag(
        w.view,
        center(header),
        QPointF(w.scene.layout_.stages[-1].column.right - 10, center(header).y()),
    )
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert actions.undo.text() == "&Undo Move card “卡片 0 card in actions”"
    assert actions.redo.text() == "&Redo Move stage “阶段 0 Stage 0”"

    _switch(qtbot, w, "zh_CN", "文件(&F)")
    assert actions.undo.text() == "撤销“移动卡片“卡片 0 card in actions””(&U)"
    assert actions.redo.text() == "重做“移动阶段“阶段 0 Stage 0””(&R)"
    history = w.edit_actions.history.view.model()
    rows = [history.index(r, 0).data() for r in range(history.rowCount())]
    assert rows[1:] == ["移动卡片“卡片 0 card in actions”", "移动阶段“阶段 0 Stage 0”"]
    # Steps made after the switch are named in Chinese from the start.
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert actions.undo.text() == "撤销(&U)"

    _switch(qtbot, w, "en", "&File")
    assert actions.redo.text() == "&Redo Move card “卡片 0 card in actions”"


def test_inspector_and_persona_steps_follow_the_switch_too(editor, qtbot, english_after):
    """Steps named by the docks (not only the canvas) are renamed by a live switch."""
    from test_inspector import type_text

    w = editor()
    w.scene.clearSelection()
    w.scene.cards["c-s0-actions-0"].setSelected(True)
    title = w.inspector.title_edit
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    title.selectAll()
    type_text(title, "Scan to pay")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    w.persona.add_button.click()
    assert w.edit_actions.undo.text() == "&Undo Add persona"

    _switch(qtbot, w, "zh_CN", "文件(&F)")
    history = w.edit_actions.history.view.model()
    rows = [history.index(r, 0).data() for r in range(history.rowCount())]
    assert rows[1:] == ["编辑卡片标题", "添加客户画像"]
    assert w.edit_actions.undo.text() == "撤销“添加客户画像”(&U)"


def _history_rows(w) -> list[str]:
    model = w.edit_actions.history.view.model()
    return [model.index(r, 0).data() for r in range(1, model.rowCount())]


def test_history_names_each_added_card_and_counts_deleted_ones(editor, qtbot):
    """Rows of identical "Add card" said nothing; now each names its card, and a
    deletion of several counts them in a real plural."""
    from gestures import type_text

    w = editor()
    for title, stage in (("Product page", "s0"), ("Checkout", "s1")):
        w.scene.set_current(stage, "l-thoughts")
        key(qtbot, w, Qt.Key.Key_Insert)
        editor_item = w.scene.editor
        type_text(w.view.viewport(), title)
        qtbot.keyClick(w.view.viewport(), Qt.Key.Key_Return)
        assert editor_item.done
    assert _history_rows(w) == ["Add card “Product page”", "Add card “Checkout”"]

    w.scene.select_cards(["c-s0-actions-0", "c-s1-actions-0", "c-s2-actions-0"])
    key(qtbot, w, Qt.Key.Key_Delete)
    assert _history_rows(w)[-1] == "Delete 3 cards"
    w.scene.select_cards(["c-s0-needs-0"])
    key(qtbot, w, Qt.Key.Key_Delete)
    assert _history_rows(w)[-1] == "Delete card “卡片 0 card in needs”"
    assert w.edit_actions.undo.text() == "&Undo Delete card “卡片 0 card in needs”"


def test_long_card_titles_are_cut_in_step_names(editor, qtbot):
    from journeycanvas.canvas import commands, edits

    w = editor()
    long_title = "A very long card title that goes on and on about the checkout page"
    commands.apply(
        w.document,
        "retitle",
        lambda j: edits.update_card(j, "c-s0-actions-0", title=long_title),
    )
    w.scene.select_cards(["c-s0-actions-0"])
    key(qtbot, w, Qt.Key.Key_D, Ctrl)
    row = _history_rows(w)[-1]
    assert row.startswith("Duplicate card “A very long card") and row.endswith("…”")
    assert len(row) < len("Duplicate card “”") + 33
