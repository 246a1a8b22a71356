"""Dragging near the edge of the view scrolls it, so a card (or a rubber band) can
reach a place that was not visible when the drag began."""

from __future__ import annotations

from conftest import make_journey
from gestures import editor_fixture, key, send
from PySide6.QtCore import QEvent, QPointF, Qt

editor = editor_fixture()
Ctrl = Qt.KeyboardModifier.ControlModifier
Move, Press, Release = (
    QEvent.Type.MouseMove,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
)


def at_100(qtbot, w):
    """Actual size: the map is far larger than the window, as when working on it."""
    key(qtbot, w, Qt.Key.Key_1, Ctrl)
    assert w.view.zoom() == 1.0
    w.view.horizontalScrollBar().setValue(w.view.horizontalScrollBar().minimum())
    w.view.verticalScrollBar().setValue(w.view.verticalScrollBar().minimum())


def vp(w, scene_pt: QPointF) -> QPointF:
    return QPointF(w.view.mapFromScene(scene_pt))


def visible(w, rect) -> bool:
    area = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    return area.contains(QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2))


def test_dragging_a_card_to_the_bottom_edge_scrolls_and_drops_beyond(editor, qtbot):
    w = editor()
    at_100(qtbot, w)
    lay = w.scene.layout_
    card = lay.cell_cards("s0", "l-actions")[0]
    target = lay.cells[("s0", "l-metrics")]
    assert not visible(w, target)  # out of sight when the drag begins
    v = w.view.verticalScrollBar()
    start = v.value()
    a = vp(w, QPointF(card.rect.x + 20, card.rect.y + 10))
    send(w.view, Press, None, local=a)
    edge = QPointF(a.x(), w.view.viewport().height() - 4)
    for i in range(1, 7):
        send(w.view, Move, None, local=a + (edge - a) * (i / 6))
    # Holding still at the edge keeps scrolling, with the card under the pointer.
    qtbot.waitUntil(lambda: visible(w, target), timeout=5000)
    assert v.value() > start
    item = w.scene.cards[card.card_id]
    under = w.view.mapToScene(edge.toPoint())
    assert abs(item.pos().y() - (under.y() - 10)) < 40  # the card followed the scroll
    # Move onto the cell that scrolled into view, and drop.
    target = w.scene.layout_.cells[("s0", "l-metrics")]
    drop = vp(w, QPointF(target.x + 40, target.bottom - 6))
    send(w.view, Move, None, local=drop)
    send(w.view, Release, None, local=drop)
    assert not w.view._autoscroll.isActive()
    j = w.document.journey
    assert j.card(card.card_id).lane_id == "l-metrics"
    assert w.document.undo_stack.count() == 1
    key(qtbot, w, Qt.Key.Key_Z, Ctrl)
    assert w.document.journey.card(card.card_id).lane_id == "l-actions"


def test_rubber_band_at_the_right_edge_scrolls_and_selects_beyond(editor, qtbot):
    w = editor(make_journey(stages=8))
    at_100(qtbot, w)
    lay = w.scene.layout_
    far = lay.cell_cards("s6", "l-actions")[0]
    assert not visible(w, far.rect)
    h = w.view.horizontalScrollBar()
    start = h.value()
    cell = lay.cells[("s0", "l-actions")]
    a = vp(w, QPointF(cell.x + 3, cell.y + 3))  # an empty place: a rubber band
    send(w.view, Press, None, local=a)
    edge = QPointF(w.view.viewport().width() - 2, a.y() + 20)
    for i in range(1, 7):
        send(w.view, Move, None, local=a + (edge - a) * (i / 6))
    assert not w.view.rubberBandRect().isNull()
    qtbot.waitUntil(lambda: visible(w, far.rect), timeout=5000)
    assert h.value() > start
    send(w.view, Release, None, local=edge)
    assert far.card_id in w.scene.selected_card_ids()
    assert "c-s0-actions-0" in w.scene.selected_card_ids()  # where the band began
    assert not [c for c in w.scene.selected_card_ids() if "touchpoints" in c]  # never reached
    assert w.document.undo_stack.count() == 0


def test_no_scrolling_without_a_drag(editor, qtbot):
    w = editor()
    at_100(qtbot, w)
    v = w.view.verticalScrollBar()
    start = v.value()
    edge = QPointF(200, w.view.viewport().height() - 3)
    send(w.view, Move, None, buttons=Qt.MouseButton.NoButton, local=edge)
    qtbot.wait(150)
    assert v.value() == start and not w.view._autoscroll.isActive()
    # A press on a card that does not move past the drag threshold is a click, not a drag.
    card = w.scene.layout_.cell_cards("s0", "l-actions")[0]
    a = vp(w, QPointF(card.rect.x + 20, card.rect.y + 10))
    send(w.view, Press, None, local=a)
    qtbot.wait(100)
    send(w.view, Release, None, local=a)
    assert v.value() == start
