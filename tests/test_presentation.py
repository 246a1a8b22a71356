"""Presentation mode: full screen without docks, stage by stage, the rest dimmed, Esc leaves."""

from __future__ import annotations

from gestures import editor_fixture, key
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDockWidget, QToolBar

editor = editor_fixture()
K = Qt.Key


def _bars(w):
    return [*w.findChildren(QDockWidget), *w.findChildren(QToolBar)]


def test_present_steps_through_stages_and_esc_gives_the_window_back(editor, qtbot):
    w = editor()
    cards_before = len(w.document.journey.cards)
    shown_before = {b.objectName() for b in _bars(w) if b.isVisible()}
    assert shown_before  # the docks and toolbars are there to hide
    zoom_before = w.view.zoom()
    key(qtbot, w, K.Key_F5)
    p = w.presentation
    assert p.active
    qtbot.waitUntil(lambda: bool(w.windowState() & Qt.WindowState.WindowFullScreen))
    assert not any(b.isVisible() for b in _bars(w))
    assert not w.menuBar().isVisible()
    assert p.spotlight.isVisible() and p.spotlight.stage_id == "s0"
    lay = w.scene.layout_
    # Every other stage is veiled, this one is not.
    veiled = p.spotlight.veiled()
    assert len(veiled) == len(lay.stages) - 1
    s0 = lay.stages[0].column
    assert all(
        not r.intersects(r.__class__(s0.x + 1, s0.y + 1, s0.w - 2, s0.h - 2)) for r in veiled
    )
    # The curve and the persona are in view.
    visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    assert visible.contains(w.scene.curves[next(iter(w.scene.curves))].sceneBoundingRect().center())

    key(qtbot, w, K.Key_PageDown)
    assert p.spotlight.stage_id == "s1"
    key(qtbot, w, K.Key_Right)
    assert p.spotlight.stage_id == "s2"
    key(qtbot, w, K.Key_Right)  # the last stage stays the last
    assert p.spotlight.stage_id == "s2"
    key(qtbot, w, K.Key_PageUp)
    assert p.spotlight.stage_id == "s1"
    key(qtbot, w, K.Key_Tab)  # nothing is selected or edited while presenting
    key(qtbot, w, K.Key_Delete)
    assert not w.scene.selectedItems()
    assert len(w.document.journey.cards) == cards_before

    key(qtbot, w, K.Key_Escape)
    assert not p.active and not p.spotlight.isVisible()
    qtbot.waitUntil(lambda: not (w.windowState() & Qt.WindowState.WindowFullScreen))
    assert {b.objectName() for b in _bars(w) if b.isVisible()} == shown_before
    assert w.menuBar().isVisible()
    # It was fitted before presenting, so it is fitted again, to the window as it is now.
    after = w.view.zoom()
    w.view.fit_to_window()
    assert abs(after - w.view.zoom()) < 1e-6 and zoom_before > 0


def test_the_persona_stays_in_view_on_every_stage_of_a_wide_map(editor, qtbot):
    from conftest import make_journey
    from PySide6.QtGui import QColor

    from journeycanvas.canvas.layout_personas import PAD

    w = editor(make_journey(stages=9))  # wider than the screen: the view scrolls
    key(qtbot, w, K.Key_F5)
    qtbot.waitUntil(lambda: bool(w.windowState() & Qt.WindowState.WindowFullScreen))
    lay = w.scene.layout_
    [card] = lay.persona_cards  # the persona, as a card under the title
    for _ in range(9):
        qtbot.wait(20)
        visible = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
        # Where the persona shows: in place, or pinned to the view's edge.
        shown = w.view.persona_in_view(visible)
        assert shown is not None and visible.contains(shown), w.presentation.stage_index
        # And it is really painted there: the card's own fill in its bottom-left padding.
        image = w.view.viewport().grab().toImage()
        inside = QPointF(shown.left() + PAD / 2, shown.bottom() - PAD / 2)
        # (within rounding: a zoomed-out map is painted from cached pixmaps, a level off)
        got, want = QColor(image.pixel(w.view.mapFromScene(inside))), QColor(card.fill)
        assert max(abs(a - b) for a, b in zip(got.getRgb(), want.getRgb(), strict=True)) <= 3
        key(qtbot, w, K.Key_Right)
    key(qtbot, w, K.Key_Escape)
    assert not w.view.pin_persona
