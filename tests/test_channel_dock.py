"""View > Channels: the matrix beside the map; a click selects cards, edits are undoable."""

from __future__ import annotations

import pytest
from channel_fixture import channel_journey
from conftest import show_and_activate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow(channel_journey())
    show_and_activate(qtbot, w)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


@pytest.fixture
def dock(window, qtbot):
    action = window.channel_dock.toggleViewAction()
    assert action in window.menu_view.actions()
    if not action.isChecked():  # a layout saved by an earlier window may show it already
        action.trigger()
    qtbot.waitUntil(
        lambda: window.channel_dock.isVisible() and window.channel_dock.matrix is not None
    )
    return window.channel_dock


def click_cell(qtbot, dock, channel: str, stage_id: str) -> None:
    point = dock.view.cell_center(channel, stage_id).toPoint()
    dock.scroll.ensureVisible(point.x(), point.y())
    qtbot.mouseClick(dock.view, Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_cell_selects_its_touchpoint_cards_on_the_map(window, dock, qtbot):
    assert window.scene.selected_card_ids() == []
    click_cell(qtbot, dock, "hotline", "s2")
    assert window.scene.selected_card_ids() == ["t-call"]
    click_cell(qtbot, dock, "app", "s1")
    assert window.scene.selected_card_ids() == ["t-page"]
    assert "App" in dock.status.text()


def test_the_matrix_follows_an_edit_on_the_map_and_its_undo(window, dock, qtbot):
    from journeycanvas.canvas import edits
    from journeycanvas.canvas.commands import apply

    assert dock.matrix.cell("store", "s2").score == pytest.approx(2 / 3)
    apply(window.document, "edit", lambda j: edits.update_card(j, "t-shop", channel="电话"))
    qtbot.waitUntil(lambda: dock.matrix.cell("store", "s2") is None)
    assert dock.matrix.cell("hotline", "s2").responses == 7
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: dock.matrix.cell("store", "s2") is not None)
    assert dock.matrix.cell("store", "s2").responses == 3


def test_merging_a_channel_is_one_undo_step(window, dock, qtbot, monkeypatch):
    click_cell(qtbot, dock, "store", "s2")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("客服热线", True))
    qtbot.mouseClick(dock.rename_button, Qt.MouseButton.LeftButton)
    assert window.document.journey.card("t-shop").channel == "客服热线"
    qtbot.waitUntil(lambda: "store" not in {c.key for c in dock.matrix.channels})
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.journey.card("t-shop").channel == "门店"
    qtbot.waitUntil(lambda: "store" in {c.key for c in dock.matrix.channels})


def test_accepting_a_flag_adds_a_pain_point_undoably(window, dock, qtbot):
    click_cell(qtbot, dock, "app", "s1")
    assert not dock.pain_button.isEnabled()  # App at s1 is not flagged
    click_cell(qtbot, dock, "hotline", "s2")
    assert dock.pain_button.isEnabled()
    qtbot.mouseClick(dock.pain_button, Qt.MouseButton.LeftButton)
    pains = window.document.journey.cards_in("s2", "l-pain")
    assert [c.title for c in pains] == ["客服热线体验不一致"]
    assert pains[0].id in window.scene.cards  # drawn on the map
    qtbot.mouseClick(dock.pain_button, Qt.MouseButton.LeftButton)  # twice adds nothing
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.journey.cards_in("s2", "l-pain") == []
