"""Right-click menus on the map: they select what was clicked, reuse the window's
actions, and every edit made from them undoes and redoes like any other."""

from __future__ import annotations

from conftest import make_journey, show_and_activate
from gestures import center, click, editor_fixture, key, press, release, type_text
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from journeycanvas.canvas.model import LaneKind

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
Right = Qt.MouseButton.RightButton


def dump(w):
    return w.document.journey.model_dump()


def undo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)


def redo(qtbot, w):
    key(qtbot, w, Qt.Key.Key_Y, Ctrl)


def right_click(qtbot, w, scene_pt: QPointF) -> QMenu:
    """Press and release the right button, then the context-menu event the platform
    sends after it; returns the menu that opened."""
    press(w.view, scene_pt, Right)
    release(w.view, scene_pt, Right)
    local = w.view.mapFromScene(scene_pt)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, local, w.view.viewport().mapToGlobal(local)
    )
    QApplication.sendEvent(w.view.viewport(), event)
    menu = w.edit_actions.context_menus.menu
    qtbot.waitUntil(menu.isVisible)
    return menu


def names(menu: QMenu) -> list[str]:
    out = []
    for action in menu.actions():
        if action.isSeparator():
            out.append("|")
        elif action.menu() is not None:
            out.append(action.menu().title().replace("&", ""))
        else:
            out.append(action.objectName())
    return out


def choose(qtbot, menu: QMenu, name: str) -> None:
    """Click a menu entry with the mouse, as a user does."""
    action = next(a for a in menu.actions() if a.objectName() == name)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def test_card_menu_selects_the_card_and_duplicates_it(editor, qtbot):
    w = editor()
    opened = dump(w)
    lay = w.scene.layout_
    other = lay.cell_cards("s1", "l-thoughts")[0]
    card = lay.cell_cards("s0", "l-actions")[0]
    w.scene.select_cards([other.card_id])
    menu = right_click(qtbot, w, QPointF(card.rect.x + 12, card.rect.y + 10))
    assert menu.objectName() == "cardContextMenu"
    # Right-click on an unselected card selects it alone, and its cell is current.
    assert w.scene.selected_card_ids() == [card.card_id]
    assert w.scene.current_cell() == ("s0", "l-actions")
    assert names(menu) == [
        "editText",
        "editBody",
        "duplicate",
        "cardColor",
        "momentOfTruth",
        "|",
        "cut",
        "copy",
        "paste",
        "|",
        "delete",
    ]
    # The very actions of the Edit menu, not copies of them.
    assert w.edit_actions.duplicate in menu.actions()
    assert w.edit_actions.duplicate in w.edit_actions.menu_edit.actions()
    choose(qtbot, menu, "duplicate")
    cell = w.document.journey.cards_in("s0", "l-actions")
    assert len(cell) == 2 and cell[1].title == cell[0].title and cell[1].id != card.card_id
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert len(w.document.journey.cards_in("s0", "l-actions")) == 2


def test_right_click_inside_a_selection_keeps_it_and_deletes_all(editor, qtbot):
    w = editor()
    opened = dump(w)
    lay = w.scene.layout_
    a = lay.cell_cards("s0", "l-actions")[0]
    b = lay.cell_cards("s1", "l-actions")[0]
    w.scene.select_cards([a.card_id, b.card_id])
    menu = right_click(qtbot, w, QPointF(b.rect.x + 12, b.rect.y + 10))
    assert w.scene.selected_card_ids() == [a.card_id, b.card_id]
    choose(qtbot, menu, "delete")
    ids = {c.id for c in w.document.journey.cards}
    assert a.card_id not in ids and b.card_id not in ids
    undo(qtbot, w)
    assert dump(w) == opened


def test_card_menu_edit_text_and_copy_then_paste_into_an_empty_cell(editor, qtbot):
    w = editor()
    lay = w.scene.layout_
    card = lay.cell_cards("s0", "l-actions")[0]
    menu = right_click(qtbot, w, QPointF(card.rect.x + 12, card.rect.y + 10))
    choose(qtbot, menu, "editText")
    assert w.scene.editing()
    type_text(w.view, "看视频 Watches a video")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.card(card.card_id).title == "看视频 Watches a video"

    menu = right_click(qtbot, w, QPointF(card.rect.x + 12, card.rect.y + 10))
    choose(qtbot, menu, "copy")
    cell = w.scene.layout_.cells[("s2", "l-owners")]
    menu = right_click(qtbot, w, QPointF(cell.x + 20, cell.bottom - 4))
    assert menu.objectName() == "cellContextMenu"
    assert names(menu) == ["addCard", "paste"]
    assert w.scene.current_cell() == ("s2", "l-owners") and not w.scene.selected_card_ids()
    choose(qtbot, menu, "paste")
    pasted = w.document.journey.cards_in("s2", "l-owners")
    assert [c.title for c in pasted][-1] == "看视频 Watches a video"
    assert w.document.undo_stack.count() == 2
    undo(qtbot, w)
    assert len(w.document.journey.cards_in("s2", "l-owners")) == 1
    redo(qtbot, w)
    assert len(w.document.journey.cards_in("s2", "l-owners")) == 2


def test_empty_cell_menu_adds_a_card_there(editor, qtbot):
    w = editor()
    opened = dump(w)
    cell = w.scene.layout_.cells[("s1", "l-metrics")]
    menu = right_click(qtbot, w, QPointF(cell.x + 20, cell.bottom - 4))
    choose(qtbot, menu, "addCard")
    assert w.scene.editing()
    type_text(w.view, "转化率 Conversion")
    key(qtbot, w, Qt.Key.Key_Return)
    cards = w.document.journey.cards_in("s1", "l-metrics")
    assert cards[-1].title == "转化率 Conversion"
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened


def test_stage_menu_adds_a_stage_before_as_one_step_and_renames(editor, qtbot):
    w = editor()
    opened = dump(w)
    header = w.scene.layout_.stages[1].header.rect
    menu = right_click(qtbot, w, center(header))
    assert menu.objectName() == "stageContextMenu"
    assert names(menu) == [
        "renameStage",
        "stageDescription",
        "|",
        "addStageBefore",
        "addStageAfter",
        "addStep",
        "|",
        "deleteStage",
    ]
    choose(qtbot, menu, "addStageBefore")
    type_text(w.view, "比价 Compare")
    key(qtbot, w, Qt.Key.Key_Return)
    j = w.document.journey
    assert [s.name for s in j.stages][1] == "比价 Compare"
    assert [s.id for s in j.stages][2] == "s1"
    assert w.document.undo_stack.count() == 1
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert w.document.journey.stages[1].name == "比价 Compare"

    menu = right_click(qtbot, w, center(w.scene.layout_.stages[3].header.rect))
    choose(qtbot, menu, "addStageAfter")
    key(qtbot, w, Qt.Key.Key_Escape)
    assert len(w.document.journey.stages) == 5 and w.document.journey.stages[3].id == "s2"

    menu = right_click(qtbot, w, center(w.scene.layout_.stages[0].header.rect))
    choose(qtbot, menu, "renameStage")
    type_text(w.view, "发现 Discover")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.stages[0].name == "发现 Discover"

    menu = right_click(qtbot, w, center(w.scene.layout_.stages[0].header.rect))
    choose(qtbot, menu, "deleteStage")
    assert "s0" not in [s.id for s in w.document.journey.stages]
    for _ in range(4):
        undo(qtbot, w)
    assert dump(w) == opened


def test_lane_menu_collapses_renames_adds_and_deletes(editor, qtbot):
    w = editor()
    opened = dump(w)
    header = w.scene.layout_.lanes[1].header.rect
    menu = right_click(qtbot, w, QPointF(header.x + 20, header.y + 12))
    assert menu.objectName() == "laneContextMenu"
    assert names(menu) == ["renameLane", "collapseLane", "Add Lane", "|", "deleteLane"]
    assert w.scene.current_lane_id == "l-touchpoints"
    choose(qtbot, menu, "collapseLane")
    assert w.document.journey.lane("l-touchpoints").collapsed

    header = w.scene.layout_.lanes[1].header.rect
    menu = right_click(qtbot, w, QPointF(header.x + 20, header.y + 8))
    choose(qtbot, menu, "collapseLane")
    assert not w.document.journey.lane("l-touchpoints").collapsed

    header = w.scene.layout_.lanes[1].header.rect
    menu = right_click(qtbot, w, QPointF(header.x + 20, header.y + 12))
    choose(qtbot, menu, "renameLane")
    type_text(w.view, "触点 Touchpoints")
    key(qtbot, w, Qt.Key.Key_Return)
    assert w.document.journey.lane("l-touchpoints").name == "触点 Touchpoints"

    # Add Lane is the Insert menu's own submenu: choose a kind in it.
    menu = right_click(qtbot, w, QPointF(header.x + 20, header.y + 12))
    sub = w.edit_actions.add_lane_menu
    entry = next(a for a in menu.actions() if a.menu() is sub)
    qtbot.mouseMove(menu, menu.actionGeometry(entry).center())
    menu.setActiveAction(entry)
    qtbot.keyClick(menu, Qt.Key.Key_Right)  # open the submenu from the keyboard
    qtbot.waitUntil(sub.isVisible)
    choose(qtbot, sub, f"addLane_{LaneKind.NEEDS.value}")
    # The offscreen platform leaves the closed parent menu as the active window
    # after a submenu; a real desktop gives activation back to the editor.
    show_and_activate(qtbot, w)
    key(qtbot, w, Qt.Key.Key_Escape)
    assert w.document.journey.lanes[2].kind == LaneKind.NEEDS

    header = w.scene.layout_.lanes[2].header.rect
    menu = right_click(qtbot, w, QPointF(header.x + 20, header.y + 12))
    choose(qtbot, menu, "deleteLane")
    assert [lane.kind for lane in w.document.journey.lanes].count(LaneKind.NEEDS) == 1
    assert w.document.undo_stack.count() == 5
    for _ in range(5):
        undo(qtbot, w)
    assert dump(w) == opened


def test_emotion_point_menu_selects_and_deletes_the_point(editor, qtbot):
    w = editor()
    opened = dump(w)
    point = w.scene.layout_.curves[0].points[1]
    click(w.view, QPointF(w.scene.layout_.cells[("s0", "l-actions")].x + 5, 5))  # select nothing
    menu = right_click(qtbot, w, QPointF(point.x, point.y))
    assert menu.objectName() == "pointContextMenu" and names(menu) == ["deletePoint"]
    assert w.scene.selected_point_ids() == [point.point_id]
    choose(qtbot, menu, "deletePoint")
    assert point.point_id not in {p.id for p in w.document.journey.emotion_points}
    undo(qtbot, w)
    assert dump(w) == opened
    redo(qtbot, w)
    assert point.point_id not in {p.id for p in w.document.journey.emotion_points}


def test_right_click_does_not_start_a_rubber_band_or_move_anything(editor, qtbot):
    w = editor()
    opened = dump(w)
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    press(w.view, QPointF(card.rect.x + 10, card.rect.y + 10), Right)
    release(w.view, QPointF(card.rect.x + 80, card.rect.y + 200), Right)
    assert dump(w) == opened and w.view.rubberBandRect().isNull()


def test_menu_key_opens_the_menu_of_the_selection(editor, qtbot):
    w = editor(make_journey())
    card = w.scene.layout_.cell_cards("s1", "l-actions")[0]
    w.scene.select_cards([card.card_id])
    local = QPoint(5, 5)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, local, w.view.viewport().mapToGlobal(local)
    )
    QApplication.sendEvent(w.view.viewport(), event)
    menu = w.edit_actions.context_menus.menu
    qtbot.waitUntil(menu.isVisible)
    assert menu.objectName() == "cardContextMenu"
    # It opens at the selected card, not where the pointer happens to be.
    at = w.view.viewport().mapFromGlobal(menu.pos())
    assert w.view.mapToScene(at).x() >= card.rect.x - 1
    assert event.type() == QEvent.Type.ContextMenu
    menu.close()
