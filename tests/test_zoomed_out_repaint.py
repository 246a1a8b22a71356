"""A zoomed-out map repaints from its items' pixels instead of painting them again.

Issue 17: panning a fitted 40-stage, 2,000-card map ran at 7 frames a second
because every repaint ran each item's ``paint``. Below 50 % every map item keeps
its pixels (a device-coordinate cache), the blueprint lines too (main's new item
drew 4,500 dashes on every repaint), and Qt's pixmap cache is large enough to
hold them all (at its default 10 MB the grid's and the lines' pixmaps pushed the
cards' out, and every card was painted again each time: 300 ms a repaint).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QGraphicsItem

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from make_big_journey import make_big_journey

from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.scene import PIXMAP_CACHE_KB, JourneyScene
from journeycanvas.canvas.view import JourneyView

CACHED = QGraphicsItem.CacheMode.DeviceCoordinateCache


def test_a_fitted_big_map_keeps_the_pixels_of_every_item_and_room_for_them(qtbot):
    QPixmapCache.setCacheLimit(10 * 1024)  # Qt's default
    scene = JourneyScene(JourneyDocument(make_big_journey()))
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_window()
    assert view.zoom() < 0.5
    items = [*scene.cards.values(), *scene.boxes.values(), scene.grid_item, scene.blueprint_item]
    assert {item.cacheMode() for item in items} == {CACHED}
    assert QPixmapCache.cacheLimit() >= PIXMAP_CACHE_KB

    view.zoom_reset()  # close up: drawn afresh, no large pixmaps kept
    assert {item.cacheMode() for item in items} == {QGraphicsItem.CacheMode.NoCache}
