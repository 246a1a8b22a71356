"""The map's cards and points paint the pixels main's paint methods painted, first frame on.

Issue 17: a research journey opens fitted, with 1,000 cards drawn as grey bars and
1,000 points, each into its own kept pixmap, and that first paint is most of the
time after the layout. The cards now work their bars out without a property per
line and hand them to Qt in one call, and the items look Qt's enum values up once.
None of it may show: the first frame, a repaint, a frame after a selection, close
up and far out, must be the pixels the code main had (below, as it was) paints.
The journey is a small research journey (imported answers: score chips, dashed
borders, computed points), with some moments of truth.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPixmapCache
from PySide6.QtWidgets import QStyle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from make_research import make

from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.items import card as card_item
from journeycanvas.canvas.items import emotion_point
from journeycanvas.canvas.layout import LINK_HANDLE_RADIUS, card_moment_marker, link_handle
from journeycanvas.canvas.painting import (
    draw_moment,
    draw_picture,
    draw_point,
    draw_runs,
    draw_shapes,
    qcolor,
)
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView
from journeycanvas.io import journey_file


def main_card_paint(self, painter, option, widget=None) -> None:
    """CardItem.paint as main had it."""
    lay = self.piece
    rect = QRectF(0, 0, lay.rect.w, lay.rect.h)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(card_item._border_pen(card_item.SELECTION if selected else lay.border, selected))
    painter.setBrush(qcolor(lay.fill))
    painter.drawRoundedRect(rect, 4, 4)
    lod = option.levelOfDetailFromTransform(painter.worldTransform())
    if lay.texts and lod * lay.texts[0].size < card_item.GREEK_BELOW_PX:
        main_greek(self, painter)
    else:
        draw_picture(painter, lay.image, -lay.rect.x, -lay.rect.y)
        draw_shapes(painter, lay.marks, -lay.rect.x, -lay.rect.y)
        draw_runs(painter, lay.texts, -lay.rect.x, -lay.rect.y)
    if lay.moment_of_truth:
        draw_moment(painter, card_moment_marker(lay), -lay.rect.x, -lay.rect.y)
    if selected:
        hx, hy = link_handle(lay)
        painter.setPen(QPen(qcolor("#FFFFFF"), 1.2))
        painter.setBrush(qcolor(card_item.SELECTION))
        painter.drawEllipse(
            QPointF(hx - lay.rect.x, hy - lay.rect.y), LINK_HANDLE_RADIUS, LINK_HANDLE_RADIUS
        )


def main_greek_bars(lay) -> tuple[QRectF, ...]:
    """greek_bars as main had it: each line's width read through TextRun.width."""
    inner = lay.rect.w - 2 * (lay.texts[0].x - lay.rect.x)
    return tuple(
        QRectF(run.x - lay.rect.x, run.y - lay.rect.y - run.size * 0.7, min(inner, run.width),
               run.size * 0.6)
        for run in lay.texts
    )  # fmt: skip


def main_greek(self, painter) -> None:
    """CardItem._greek as main had it: one drawRect per bar."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(qcolor(card_item.GREEK))
    for bar in main_greek_bars(self.piece):
        painter.drawRect(bar)


def main_point_paint(self, painter, option, widget=None) -> None:
    """EmotionPointItem.paint as main had it."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    draw_point(painter, self._point, 0.0, 0.0, emotion_point.RADIUS, selected)


@pytest.fixture(scope="module")
def research(tmp_path_factory):
    """A research journey of 600 answers on 600 touchpoints, every 7th a moment of truth."""
    _sheet, path = make(tmp_path_factory.mktemp("research"), rows=600)
    journey = journey_file.load(path)
    journey.cards = [
        c.model_copy(update={"moment_of_truth": True}) if i % 7 == 0 else c
        for i, c in enumerate(journey.cards)
    ]
    assert len(journey.cards) >= 600
    return journey


def _frames(qtbot, journey, zoom: str) -> list[QImage]:
    """The first frame, a repaint, and the frame after a card and a point are selected."""
    QPixmapCache.clear()
    scene = JourneyScene(JourneyDocument(journey))
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    if zoom == "fitted":
        view.fit_to_window()
    elif zoom == "far out":
        view.set_zoom(0.08)
    else:
        view.zoom_reset()
        view.centerOn(scene.cards[next(iter(scene.cards))].sceneBoundingRect().center())
    frames = [view.grab().toImage(), view.grab().toImage()]
    scene.select_cards([journey.cards[0].id])  # a moment of truth, selected
    next(iter(scene.points.values())).setSelected(True)
    frames.append(view.grab().toImage())
    view.close()
    return [f.convertToFormat(QImage.Format.Format_RGB32) for f in frames]


@pytest.mark.parametrize("zoom", ["fitted", "far out", "close up"])
def test_every_frame_is_the_one_mains_paint_methods_showed(qtbot, monkeypatch, research, zoom):
    greeked: list[int] = []
    greek = card_item.CardItem._greek
    monkeypatch.setattr(card_item.CardItem, "_greek", lambda *a: greeked.append(1) or greek(*a))
    fast = _frames(qtbot, research, zoom)
    assert bool(greeked) == (zoom != "close up")  # the cards' text as bars only zoomed out

    monkeypatch.setattr(card_item.CardItem, "paint", main_card_paint)
    monkeypatch.setattr(emotion_point.EmotionPointItem, "paint", main_point_paint)
    old = _frames(qtbot, research, zoom)
    assert fast == old
    assert fast[2] != fast[0]  # the selection shows, so the frames do compare what is drawn


def test_a_cards_bars_are_mains_bars(research):
    from journeycanvas.canvas.layout import compute_layout

    cards = compute_layout(research).cards
    assert cards and all(c.texts for c in cards)
    for lay in cards:
        assert list(card_item.greek_bars(lay)) == list(main_greek_bars(lay))
