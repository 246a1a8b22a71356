"""Text and emotion faces painted the fast way show exactly the pixels the old way did.

Issue 17: ``draw_runs`` composes each span's transform once and sets it, instead of
a save, translate, scale and restore of the painter per span, and sets the pen and
font only when they change; ``draw_point`` reuses its paths and pens. Both are used
by every map item on screen and by the PNG export, so the map close up and zoomed
out, a painter under a rotated transform, and an exported PNG must come out pixel
for pixel as the reference (the code main had) paints them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QTransform

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from make_big_journey import make_big_journey

from journeycanvas.canvas import painting, style
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.fonts import CJK, CJK_BOLD, LATIN, LATIN_BOLD, stroke_width
from journeycanvas.canvas.items import card as card_item
from journeycanvas.canvas.layout_types import CurvePoint, FontSpan, TextRun
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.png import export_png


def reference_draw_runs(painter: QPainter, runs, dx=0.0, dy=0.0) -> None:
    """The old draw_runs: the whole painter state saved and restored per span."""
    painter.save()
    current = None
    for run in runs:
        painter.setPen(painting.qcolor(run.color))
        scale = run.size / painting._BASE_PX
        for span in run.spans:
            if span.font != current:
                current = span.font
                painter.setFont(painting.span_font(current))
            painter.save()
            painter.translate(run.x + span.dx + dx, run.y + dy)
            painter.scale(scale, scale)
            stroke = stroke_width(span.font, painting._BASE_PX)
            painter.drawText(QPointF(0, 0), span.text)
            if stroke:
                path = QPainterPath()
                path.addText(QPointF(0, 0), painting.span_font(current), span.text)
                pen = QPen(painting.qcolor(run.color), stroke)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.strokePath(path, pen)
            painter.restore()
    painter.restore()


def reference_draw_point(painter, point, cx, cy, radius, selected=False) -> None:
    """The old draw_point: its pens and paths built at every paint."""
    qcolor = painting.qcolor
    ring = "#1E88E5" if selected else point.ring
    painter.setPen(QPen(qcolor(ring), 2.0 if selected or point.ring != "#FFFFFF" else 1.5))
    painter.setBrush(qcolor("#FFFFFF" if point.data else point.color))
    painter.drawPath(painting.marker_path(point.marker, cx, cy, radius))
    eyes, mouth = painting.face_paths(cx, cy, radius, point.score)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(style.INK))
    painter.drawPath(eyes)
    painter.setPen(QPen(qcolor(style.INK), 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(mouth)


def reference_greek(self, painter: QPainter) -> None:
    """The old CardItem._greek: each bar's width worked out at every paint."""
    lay = self.piece
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(painting.qcolor(card_item.GREEK))
    inner = lay.rect.w - 2 * (lay.texts[0].x - lay.rect.x)
    for run in lay.texts:
        width = min(inner, run.width)
        top = run.y - lay.rect.y - run.size * 0.7
        painter.drawRect(QRectF(run.x - lay.rect.x, top, width, run.size * 0.6))


def reference_border_pen(color: str, selected: bool) -> QPen:
    """The pen CardItem.paint made for every card at every paint."""
    pen = QPen(painting.qcolor(color), 2.0 if selected else 0.8)
    if color != "#90A4AE" and not selected:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _use_reference(monkeypatch) -> int:
    """Put the references wherever the fast functions were imported; how many places."""
    fast = {"draw_runs": painting.draw_runs, "draw_point": painting.draw_point}
    ref = {"draw_runs": reference_draw_runs, "draw_point": reference_draw_point}
    places = 0
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("journeycanvas"):
            continue
        for name, function in fast.items():
            if getattr(module, name, None) is function:
                monkeypatch.setattr(module, name, ref[name])
                places += 1
    monkeypatch.setattr(card_item.CardItem, "_greek", reference_greek)
    monkeypatch.setattr(card_item, "_border_pen", reference_border_pen)
    return places


def _runs() -> list[TextRun]:
    """Runs in every font, a derived bold among them, in colours that change and repeat."""
    runs = []
    fonts = [
        (LATIN, "Checkout fi fl"),
        (CJK, "结账 页面"),
        (LATIN_BOLD, "Bold"),
        (CJK_BOLD, "粗体"),
    ]
    for i, color in enumerate(["#263238", "#263238", "#C62828", "#1565C0", "#263238"]):
        spans, dx = [], 0.0
        for j, (font, text) in enumerate(fonts[i % 2 :] + fonts[: i % 2]):
            spans.append(FontSpan(text, font, dx, 37.3 + j))
            dx += 37.3 + j
        text = "".join(s.text for s in spans)
        runs.append(TextRun(text, 5.25 + i, 20.0 + 17.5 * i, 9.5 + 1.7 * i, color, tuple(spans)))
    return runs


@pytest.mark.parametrize(
    "transform",
    [QTransform(), QTransform().scale(0.37, 0.37), QTransform().rotate(90).scale(2.2, 1.9)],
    ids=["1:1", "zoomed out", "rotated and stretched"],
)
def test_runs_and_faces_paint_the_pixels_the_old_way_painted(qapp, monkeypatch, transform):
    points = [
        CurvePoint(
            point_id=f"p{i}",
            x=30.0 + 25 * i,
            y=140.0,
            score=score,
            color=color,
            data=i % 2 == 0,
            marker=marker,
            ring=ring,
        )
        for i, (score, color, marker, ring) in enumerate(
            [
                (2.0, "#43A047", "circle", "#FFFFFF"),
                (-1.25, "#E53935", "square", "#8E24AA"),
                (0.4, "#FDD835", "triangle", "#FFFFFF"),
                (-2.0, "#E53935", "diamond", "#1E88E5"),
            ]
        )
    ]

    def paint(draw_runs, draw_point) -> QImage:
        image = QImage(420, 420, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if transform.isRotating():
            painter.translate(200, 20)  # turned onto the image
        painter.setTransform(transform, combine=True)
        for _ in range(2):  # the second time the fast way reuses what it made
            draw_runs(painter, _runs(), 3.5, -1.25)
            for i, point in enumerate(points):
                draw_point(painter, point, point.x, point.y, 9.0, selected=i == 1)
            painter.translate(0, 60)
        painter.setPen(QColor("#000000"))  # the state after the calls is the caller's again
        painter.drawLine(0, 0, 400, 300)
        painter.end()
        return image

    fast = paint(painting.draw_runs, painting.draw_point)
    assert fast == paint(reference_draw_runs, reference_draw_point)
    assert fast != paint(lambda *a: None, painting.draw_point)  # the text does show


def _grab(qtbot, scene: JourneyScene, zoom: str) -> QImage:
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    if zoom == "fitted":
        view.fit_to_window()
    elif zoom == "far out":
        view.set_zoom(0.2)  # cards' text as grey bars
    else:
        view.zoom_reset()
        view.centerOn(450, 300)
    scene.clearSelection()
    scene.select_cards([next(iter(scene.cards))])  # a selected card's border too
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("zoom", ["close up", "fitted", "far out"])
def test_the_map_on_screen_is_the_one_the_old_painting_showed(qtbot, monkeypatch, zoom):
    journey = make_big_journey(stages=6, cards=160)
    greeked: list[int] = []
    greek = card_item.CardItem._greek
    monkeypatch.setattr(card_item.CardItem, "_greek", lambda *a: greeked.append(1) or greek(*a))
    fast = _grab(qtbot, JourneyScene(JourneyDocument(journey)), zoom)
    assert bool(greeked) == (zoom != "close up")  # text as bars only zoomed out
    assert _use_reference(monkeypatch) >= 4  # cards, boxes, curve labels, points at least
    old = _grab(qtbot, JourneyScene(JourneyDocument(journey)), zoom)
    assert fast == old


def test_an_exported_png_has_the_old_paintings_pixels(qapp, monkeypatch, tmp_path):
    journey = make_big_journey(stages=5, cards=100)
    options = ExportOptions(width_px=1400)
    export_png(journey, str(tmp_path / "fast.png"), options)
    _use_reference(monkeypatch)
    export_png(journey, str(tmp_path / "old.png"), options)
    fast, old = QImage(str(tmp_path / "fast.png")), QImage(str(tmp_path / "old.png"))
    assert not fast.isNull() and fast.size() == old.size()
    assert fast == old
