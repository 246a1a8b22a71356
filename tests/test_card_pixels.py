"""Close up, a card drawn again where it was, on the same pixels, is put back as the
pixels it left (items/card_pixels.py), and nobody can tell.

Issue 17: undo and redo of a 200-card paste repaint the ~90 cards in view at
100 %, and drawing their text was most of the repaint. The screen after every
step (undo, redo, a selection, the current cell's highlight moving under cards,
a partial repaint, a scroll) must be, pixel for pixel, what a fresh scene drawn
without kept pixels shows, read from the window's backing store as painted.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPen

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from make_big_journey import make_big_journey

from journeycanvas.canvas import clipboard
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.items import card_pixels
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView


@pytest.fixture
def counted(monkeypatch):
    """How often a card was put back, and kept pixels forgotten before and after."""
    card_pixels.forget()
    puts = {"back": 0}
    real = card_pixels.put_back

    def put_back(painter, lay, selected, widget):
        answer = real(painter, lay, selected, widget)
        puts["back"] += answer is True
        return answer

    monkeypatch.setattr(card_pixels, "put_back", put_back)
    yield puts
    card_pixels.forget()


def _view(qtbot, scene: JourneyScene) -> JourneyView:
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitUntil(lambda: view.windowHandle().isExposed())  # (else nothing is painted)
    view.zoom_reset()
    return view


def _screen(view: JourneyView, region: QRect | None = None) -> QImage:
    """Paint the viewport now (all of it, or ``region``) and read what the window's
    backing store holds: the pixels as painted on screen, not a render of them."""
    if region is None:
        view.viewport().repaint()
    else:
        view.viewport().repaint(region)
    return view.screen().grabWindow(view.winId()).toImage()


def _drawn_afresh(qtbot, monkeypatch, journey: Journey, like: JourneyView, selected=(), cell=None):
    """What a scene built from scratch shows, every card drawn (nothing put back)."""
    with monkeypatch.context() as m:
        m.setattr(card_pixels, "put_back", lambda *_args: None)
        scene = JourneyScene(JourneyDocument(journey))
        if cell is not None:
            scene.set_current(*cell)
        scene.select_cards(list(selected))
        view = _view(qtbot, scene)
        view.horizontalScrollBar().setValue(like.horizontalScrollBar().value())
        view.verticalScrollBar().setValue(like.verticalScrollBar().value())
        assert view.transform() == like.transform()
        assert view.mapToScene(0, 0) == like.mapToScene(0, 0)
        image = _screen(view)
        view.close()
        return image


def test_undo_and_redo_of_a_paste_show_what_drawing_afresh_shows(qtbot, monkeypatch, counted):
    document = JourneyDocument(make_big_journey(stages=8, cards=300))
    scene = JourneyScene(document)
    view = _view(qtbot, scene)
    view.centerOn(450, 420)  # cards cut by the viewport's edges too
    _screen(view)
    scene.select_cards([c.id for c in document.journey.cards[:40]])
    clipboard.copy(scene)
    scene.set_current(None, None)  # each card into its own cell: lanes grow, cards move
    scene.clearSelection()
    clipboard.paste(scene)
    scene.clearSelection()
    _screen(view)
    for step in ("undo", "redo", "undo", "redo", "undo"):
        getattr(document.undo_stack, step)()
        got = _screen(view)
        assert got == _drawn_afresh(qtbot, monkeypatch, document.journey, view), step
    assert counted["back"] > 60  # (the cards were put back, not drawn: the test tests)


def test_selection_a_moving_highlight_a_partial_repaint_and_a_scroll(qtbot, monkeypatch, counted):
    document = JourneyDocument(make_big_journey(stages=8, cards=300))
    journey = document.journey
    scene = JourneyScene(document)
    view = _view(qtbot, scene)
    _screen(view)
    _screen(view)  # every card in view now put back
    assert counted["back"] > 20
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    chosen = [k for k, i in scene.cards.items() if seen.contains(i.sceneBoundingRect())][:9:3]
    assert len(chosen) == 3
    scene.select_cards(chosen)  # a wider border and a link handle
    assert _screen(view) == _drawn_afresh(qtbot, monkeypatch, journey, view, chosen)
    scene.clearSelection()
    assert _screen(view) == _drawn_afresh(qtbot, monkeypatch, journey, view)
    # The current cell's highlight lies under its cards: they are drawn again on it.
    first = scene.layout_.cards[0]
    cell = (first.stage_id, first.lane_id)
    scene.set_current(*cell)
    assert _screen(view) == _drawn_afresh(qtbot, monkeypatch, journey, view, cell=cell)
    scene.set_current(None, None)
    before = counted["back"]
    part = QRect(130, 90, 310, 170)  # cards cut by the repainted region
    got = _screen(view, part)
    assert counted["back"] > before
    assert got.copy(part) == _drawn_afresh(qtbot, monkeypatch, journey, view).copy(part)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 37)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 11)
    _screen(view)
    assert _screen(view) == _drawn_afresh(qtbot, monkeypatch, journey, view)


def test_a_card_on_other_pixels_than_before_is_drawn_on_them(qtbot, monkeypatch, counted):
    """Anything under a card (here a translucent shade under the cards of one stage,
    at the edges of their frames) changes the pixels its frame blends with."""
    journey = make_big_journey(stages=8, cards=300)

    def shaded(scene: JourneyScene, color: str):
        stage = scene.layout_.stages[1].column
        shade = scene.addRect(
            QRectF(stage.x - 4, stage.y, stage.w + 8, stage.h), QPen(Qt.PenStyle.NoPen),
            QColor(color),
        )  # fmt: skip
        shade.setZValue(3)  # over the grid, under the cards
        return shade

    scene = JourneyScene(JourneyDocument(journey))
    shade = shaded(scene, "#3000FF00")
    view = _view(qtbot, scene)
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(0)
    _screen(view)
    _screen(view)  # (kept when drawn at a place a second time)
    before = counted["back"]
    _screen(view)
    assert counted["back"] > before + 10
    shade.setBrush(QColor("#60FF0000"))
    got = _screen(view)
    with monkeypatch.context() as m:
        m.setattr(card_pixels, "put_back", lambda *_args: None)
        fresh = JourneyScene(JourneyDocument(journey))
        shaded(fresh, "#60FF0000")
        fresh_view = _view(qtbot, fresh)
        fresh_view.horizontalScrollBar().setValue(0)
        fresh_view.verticalScrollBar().setValue(0)
        assert got == _screen(fresh_view)


def test_kept_pixels_are_let_go_past_their_budget(qtbot, monkeypatch, counted):
    scene = JourneyScene(JourneyDocument(make_big_journey(stages=8, cards=300)))
    view = _view(qtbot, scene)
    _screen(view)
    shown = card_pixels.kept_count()
    monkeypatch.setattr(card_pixels, "SCROLL_QUIET", 3600.0)  # (however slow the machine)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 5)
    _screen(view)  # scrolled: each card drawn once at another place, nothing copied out
    assert card_pixels.kept_count() == shown
    _screen(view)
    kept = card_pixels.kept_count()
    assert kept > shown + 20
    budget = card_pixels.kept_bytes() // 4
    card_pixels.forget()
    monkeypatch.setattr(card_pixels, "PIXELS_MAX", budget)
    _screen(view)
    _screen(view)
    assert 0 < card_pixels.kept_count() < kept // 3
    assert 0 < card_pixels.kept_bytes() <= budget
    assert _screen(view) == _drawn_afresh(qtbot, monkeypatch, scene.document.journey, view)


def test_a_rendered_scene_draws_every_card(qtbot, monkeypatch, counted):
    """An export renders the scene for no widget, with a painter of its own: nothing
    is put back there, and what is drawn is what drawing afresh gives."""
    from PySide6.QtGui import QPainter

    scene = JourneyScene(JourneyDocument(make_big_journey(stages=8, cards=300)))
    view = _view(qtbot, scene)
    _screen(view)
    _screen(view)
    source = QRectF(0, 0, 900, 600)

    def rendered() -> QImage:
        image = QImage(900, 600, QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), source)
        painter.end()
        return image

    before = counted["back"]
    first = rendered()
    assert counted["back"] == before
    with monkeypatch.context() as m:
        m.setattr(card_pixels, "put_back", lambda *_args: None)
        assert rendered() == first
