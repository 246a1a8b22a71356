"""After an undo or redo the scene shows exactly what a freshly built scene shows.

Issue 17: applying a new layout after undo/redo of a 200-card paste skips the
items whose piece did not change, moves same-sized cards without telling the
scene's index of a geometry change, and leaves a close-up card's repaint to
the move. These fast paths must not be visible: every item's piece, place,
bounds and selection, and the pixels of the map close up and zoomed out
(where items keep their pixels), equal a scene built from scratch.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsItem

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from make_big_journey import make_big_journey

from journeycanvas.canvas import clipboard, edits
from journeycanvas.canvas.commands import apply as push
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.items.blueprint import BlueprintItem
from journeycanvas.canvas.items.emotion_point import RADIUS
from journeycanvas.canvas.items.grid import GridItem
from journeycanvas.canvas.layout import LINK_HANDLE_RADIUS, link_handle
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView


def _state(scene: JourneyScene) -> dict[tuple, tuple]:
    """What each map item shows and where: its piece, place, bounds, z and selection."""
    out: dict[tuple, tuple] = {}
    groups = {
        "box": scene.boxes,
        "card": scene.cards,
        "curve": scene.curves,
        "point": scene.points,
        "link": scene.links,
        "persona": scene.persona_cards,
        "hidden": scene.hidden,
        "marker": scene.markers,
    }
    for kind, items in groups.items():
        for key, item in items.items():
            piece = getattr(item, "piece", None) or getattr(item, "point", None)
            out[(kind, key)] = (
                piece,
                (item.pos().x(), item.pos().y()),
                item.boundingRect().getRect(),
                item.sceneBoundingRect().getRect(),
                item.zValue(),
                item.isSelected(),
                item.isVisible(),
            )
    for kind in ("grid_item", "blueprint_item", "legend_item"):
        item = getattr(scene, kind)
        out[(kind,)] = (item.boundingRect().getRect(), item.isVisible())
    out[("scene rect",)] = (scene.sceneRect().getRect(),)
    return out


def _view(qtbot, scene: JourneyScene, fitted: bool) -> JourneyView:
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    if fitted:
        view.fit_to_window()
    else:
        view.zoom_reset()
        view.centerOn(450, 300)
    return view


def _pixels(view: JourneyView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _fresh(qtbot, journey: Journey, like: JourneyView) -> tuple[JourneyScene, JourneyView]:
    """A scene built from scratch for the journey, seen as ``like`` sees its map."""
    scene = JourneyScene(JourneyDocument(journey))
    view = _view(qtbot, scene, fitted=False)
    view.set_zoom(like.zoom())
    view.horizontalScrollBar().setValue(like.horizontalScrollBar().value())
    view.verticalScrollBar().setValue(like.verticalScrollBar().value())
    assert view.transform() == like.transform()
    assert view.mapToScene(0, 0) == like.mapToScene(0, 0)
    return scene, view


@pytest.mark.parametrize("fitted", [False, True], ids=["close up", "zoomed out"])
def test_undo_and_redo_of_a_paste_leave_the_scene_a_fresh_scene_would_show(qtbot, fitted):
    document = JourneyDocument(make_big_journey(stages=8, cards=300))
    scene = JourneyScene(document)
    view = _view(qtbot, scene, fitted)
    _pixels(view)  # painted once, so zoomed out every item keeps pixels to reuse
    if fitted:
        assert {c.cacheMode() for c in scene.cards.values()} == {
            QGraphicsItem.CacheMode.DeviceCoordinateCache
        }
    scene.select_cards([c.id for c in document.journey.cards[:40]])
    clipboard.copy(scene)
    scene.set_current(None, None)  # each card into its own cell: lanes grow, cards move
    clipboard.paste(scene)
    assert len(document.journey.cards) == 340

    for step in ("undo", "redo", "undo", "redo"):
        getattr(document.undo_stack, step)()
        scene.clearSelection()
        got = _pixels(view)
        fresh, fresh_view = _fresh(qtbot, document.journey, view)
        assert _state(scene) == _state(fresh), step
        assert got == _pixels(fresh_view), step


def test_an_edit_of_one_card_repaints_it_and_moves_the_cards_below(qtbot):
    """A longer text grows one card (new bounds); a recolour keeps its size (same
    bounds, new pixels): both show as a fresh scene shows them, zoomed out too."""
    document = JourneyDocument(make_big_journey(stages=6, cards=120))
    scene = JourneyScene(document)
    view = _view(qtbot, scene, fitted=True)
    _pixels(view)
    card = document.journey.cards[3]
    longer = (card.body + " more words") * 4
    push(document, "grow", lambda j: edits.update_card(j, card.id, body=longer))
    push(document, "colour", lambda j: edits.set_cards_color(j, [card.id], "#FFCDD2"))
    for step in ("none", "undo", "undo", "redo"):
        if step != "none":
            getattr(document.undo_stack, step)()
        fresh, fresh_view = _fresh(qtbot, document.journey, view)
        assert _state(scene) == _state(fresh), step
        assert _pixels(view) == _pixels(fresh_view), step


def test_every_map_item_reaches_exactly_as_far_as_its_piece_says(qtbot):
    """Map items keep their bounds as a Qt rectangle (no Python boundingRect per
    repaint); the rectangle must be the piece's bounds, not widened by a pen, and
    an item without a shape of its own is hit in exactly that rectangle."""
    scene = JourneyScene(JourneyDocument(make_big_journey(stages=4, cards=60)))
    items = [*scene.boxes.values(), *scene.cards.values(), *scene.curves.values()]
    items += [scene.grid_item, scene.blueprint_item, scene.legend_item]
    assert len(items) > 60
    for item in items:
        assert item.boundingRect() == item.bounds_for(item.piece)
    box = next(iter(scene.boxes.values()))
    assert box.shape().boundingRect() == box.boundingRect()
    reach = RADIUS * 1.3 + 3  # a triangle or diamond marker reaches past the radius
    for point in scene.points.values():
        assert point.boundingRect() == QRectF(-reach, -reach, 2 * reach, 2 * reach)


def test_zoomed_out_an_edit_that_leaves_the_grid_keeps_its_pixels(qtbot, monkeypatch):
    """The grid and the blueprint lines span the whole map: painting them again
    after a recolour (nothing of theirs changed) would cost a map-sized pixmap."""
    painted: list[str] = []
    for cls in (GridItem, BlueprintItem):
        # Counted from the start: PySide looks a Python paint up once per item.
        def counting(self, *args, _paint=cls.paint):
            painted.append(type(self).__name__)
            _paint(self, *args)

        monkeypatch.setattr(cls, "paint", counting)
    document = JourneyDocument(make_big_journey(stages=6, cards=120))
    scene = JourneyScene(document)
    view = _view(qtbot, scene, fitted=True)
    _pixels(view)
    assert {"GridItem", "BlueprintItem"} <= set(painted)  # the count works
    painted.clear()
    card = document.journey.cards[5]
    push(document, "colour", lambda j: edits.set_cards_color(j, [card.id], "#FFCDD2"))
    _pixels(view)
    assert painted == []
    assert scene.grid_item.piece is scene.layout_  # it holds the current layout all the same

    scene.set_current(None, None)
    scene.select_cards([c.id for c in document.journey.cards[:30]])
    clipboard.copy(scene)
    clipboard.paste(scene)  # lanes grow: the grid and the lines change
    _pixels(view)
    assert {"GridItem", "BlueprintItem"} <= set(painted)


def test_a_selected_cards_handle_is_hit_below_the_card_and_not_once_deselected(qtbot):
    """The handle is part of the card's shape only while it is selected; Qt is
    not told of a geometry change when it is (the bounds hold the handle)."""
    scene = JourneyScene(JourneyDocument(make_big_journey(stages=3, cards=30)))
    view = _view(qtbot, scene, fitted=False)
    card = scene.layout_.cards[0]
    hx, hy = link_handle(card)
    below = QPointF(hx, hy + LINK_HANDLE_RADIUS)  # under the card's edge, on the handle
    item = scene.cards[card.card_id]
    assert item not in scene.items(below)
    scene.select_cards([card.card_id])
    assert item in scene.items(below)
    assert scene.itemAt(below, view.transform()) is item
    scene.clearSelection()
    assert item not in scene.items(below)
