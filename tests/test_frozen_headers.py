"""Stage and lane headers stay in view while the map is scrolled (frozen panes)."""

from __future__ import annotations

from conftest import make_journey
from gestures import editor_fixture
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from journeycanvas.canvas import style

editor = editor_fixture()


def _pixel(w, scene_x: float, viewport_y: int) -> QColor:
    image = w.view.viewport().grab().toImage()
    x = w.view.mapFromScene(QPointF(scene_x, 0)).x()
    return image.pixelColor(x, viewport_y)


def _near(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 12


def test_stage_headers_stay_at_the_top_when_scrolled_down(editor, qtbot):
    w = editor(make_journey(stages=4, cards_per_cell=3), size=(1000, 700))
    w.view.zoom_reset()
    lay = w.scene.layout_
    header = lay.stages[1].header.rect
    # Scroll so the header row is well above the view, the grid still in it.
    w.view.centerOn(QPointF(header.x + header.w / 2, lay.grid.y + 900))
    assert w.view.mapFromScene(QPointF(0, header.bottom)).y() < 0
    colour = _pixel(w, header.x + header.w / 2, 4)
    assert _near(colour, QColor(style.STAGE_HEADER)), colour.name()


def test_lane_headers_stay_at_the_left_when_scrolled_right(editor, qtbot):
    w = editor(make_journey(stages=6), size=(900, 700))
    w.view.zoom_reset()
    lay = w.scene.layout_
    lane = lay.lanes[1]
    w.view.centerOn(QPointF(lay.stages[4].column.x, lane.row.y + lane.row.h / 2))
    left_edge = w.view.mapFromScene(QPointF(lane.header.rect.right, 0)).x()
    assert left_edge < 0  # the lane headers are scrolled out to the left
    image = w.view.viewport().grab().toImage()
    y = w.view.mapFromScene(QPointF(0, lane.row.y + lane.row.h / 2)).y()
    # Somewhere in the pinned header (its text aside), the lane header's fill.
    fills = {image.pixelColor(x, y).name() for x in range(2, 40)}
    assert lane.header.fill.lower() in fills
