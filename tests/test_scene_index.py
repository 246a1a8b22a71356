"""The scene keeps no spatial index: it must paint and hit exactly as an indexed one.

Issue 17: after an undo of a 200-card paste some 1,900 cards move, and Qt's BSP
tree re-files every one of them at the next paint. The scene therefore uses
no index. What a user sees and clicks must not change: the pixels of the map
(close up and zoomed out), the items under the pointer at points all over it,
and what a rubber band over part of it takes in equal those of the same scene
with Qt's BSP index, after the paste, its undo and its redo.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsScene

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from make_big_journey import make_big_journey

from journeycanvas.canvas import clipboard
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView

BSP = QGraphicsScene.ItemIndexMethod.BspTreeIndex


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


def _names(items) -> list[tuple[str, object]]:
    """Items as (class, what they show), in the order Qt stacks them."""
    return [(type(i).__name__, getattr(i, "card_id", None) or i.boundingRect().getRect())
            for i in items]  # fmt: skip


def _hits(scene: JourneyScene, view: JourneyView) -> list:
    """What is under the pointer on a 40-point grid over the map, what is topmost
    there, and what a rubber band over a quarter of the map takes in."""
    rect = scene.sceneRect()
    out: list = []
    for i in range(8):
        for j in range(5):
            p = QPointF(rect.x() + rect.width() * (i + 0.5) / 8,
                        rect.y() + rect.height() * (j + 0.5) / 5)  # fmt: skip
            out.append(_names(scene.items(p)))
            top = scene.itemAt(p, view.transform())
            out.append(None if top is None else _names([top]))
    band = QRectF(rect.x(), rect.y(), rect.width() / 2, rect.height() / 2)
    out.append(_names(scene.items(band, Qt.ItemSelectionMode.IntersectsItemShape)))
    return out


def test_the_scene_keeps_no_index_that_an_undo_would_refile(qtbot):
    scene = JourneyScene(JourneyDocument(make_big_journey(stages=3, cards=30)))
    assert scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.NoIndex


@pytest.mark.parametrize("fitted", [False, True], ids=["close up", "zoomed out"])
def test_without_an_index_the_map_paints_and_hits_as_an_indexed_scene(qtbot, fitted):
    document = JourneyDocument(make_big_journey(stages=8, cards=300))
    scene = JourneyScene(document)
    view = _view(qtbot, scene, fitted)
    indexed = JourneyScene(document)  # the same document: kept in step by its signal
    indexed.setItemIndexMethod(BSP)
    indexed_view = _view(qtbot, indexed, fitted)
    assert indexed.itemIndexMethod() == BSP
    _pixels(view)
    _pixels(indexed_view)

    scene.select_cards([c.id for c in document.journey.cards[:40]])
    clipboard.copy(scene)
    scene.clearSelection()
    scene.set_current(None, None)  # each card into its own cell: lanes grow, cards move
    clipboard.paste(scene)
    for step in ("paste", "undo", "redo", "undo"):
        if step != "paste":
            getattr(document.undo_stack, step)()
        scene.clearSelection()
        indexed.clearSelection()
        assert view.transform() == indexed_view.transform(), step
        assert view.mapToScene(0, 0) == indexed_view.mapToScene(0, 0), step
        assert _pixels(view) == _pixels(indexed_view), step
        assert _hits(scene, view) == _hits(indexed, indexed_view), step
