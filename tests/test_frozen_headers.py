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


def _main_paint(painter, lay, visible) -> bool:
    """frozen_headers.paint as main had it: every header pinned, in view or not."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPen

    from journeycanvas.canvas import frozen_headers
    from journeycanvas.canvas.painting import qcolor

    dx, dy = frozen_headers.offsets(lay, visible)
    if not dx and not dy:
        return False
    painter.save()
    if dy:
        for stage in lay.stages:
            frozen_headers._box(painter, stage.header, 0.0, dy, "#FFFFFF")
    if dx:
        for lane in lay.lanes:
            frozen_headers._box(painter, lane.header, dx, 0.0, style.GRID)
    if dx and dy and lay.stages and lay.lanes:
        head = lay.stages[0].header.rect
        col = lay.lanes[0].header.rect
        corner = QRectF(col.x + dx, head.y + dy, col.w, head.h)
        painter.setPen(QPen(qcolor(style.GRID), 0.8))
        painter.setBrush(qcolor(style.PAGE))
        painter.drawRect(corner)
    painter.restore()
    return True


def test_only_the_headers_in_view_are_pinned_and_the_pixels_are_the_same(
    editor, qtbot, monkeypatch
):
    """Issue 17: a 40-stage map pinned every stage's name at each repaint; the ones
    out of view are left out now, and the view shows exactly what it showed."""
    import sys
    from pathlib import Path

    from journeycanvas.canvas import frozen_headers

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from make_big_journey import make_big_journey

    w = editor(make_big_journey(stages=40, cards=400), size=(900, 600))
    lay = w.scene.layout_
    drawn: list[str] = []
    real_box = frozen_headers._box

    def counting_box(painter, box, dx, dy, border):
        drawn.append(border)
        real_box(painter, box, dx, dy, border)

    monkeypatch.setattr(frozen_headers, "_box", counting_box)
    for zoom in (1.0, 0.7, 1.44):
        w.view.set_zoom(zoom)
        half = w.view.viewport().width() / 2 / zoom
        for stage, at in ((0, 0.5), (17, 0.5), (39, 0.5), (20, 1.0)):
            # Scrolled right and down: both the stage row and the lane column pinned
            # (at 1.0: the view ends 10 units after the stage's left edge).
            column = lay.stages[stage].column
            x = column.x + column.w / 2 if at == 0.5 else column.x + 10 - half
            w.view.centerOn(QPointF(x, lay.grid.y + 700))
            drawn.clear()
            ours = w.view.viewport().grab().toImage()
            assert 0 < len(drawn) < len(lay.stages) + len(lay.lanes)
            with monkeypatch.context() as m:
                m.setattr(frozen_headers, "paint", _main_paint)
                assert ours == w.view.viewport().grab().toImage(), (zoom, stage)
