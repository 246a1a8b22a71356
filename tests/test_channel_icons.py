"""Channel icons: picked from a card's channel text by the synonym table, drawn as
the same shapes on screen and on every poster."""

from __future__ import annotations

import pytest
from conftest import make_journey
from PySide6.QtGui import QColor, QImage, QPainter

from journeycanvas.canvas.channel_icons import ICONS, channel_keys, icon_shapes
from journeycanvas.canvas.layout import ICON_SIZE, compute_layout
from journeycanvas.canvas.model import LaneKind

USUAL = ["app", "website", "email", "hotline", "store", "social_media", "live_chat", "sms",
         "delivery", "ads", "search", "wechat", "mini_program", "douyin"]  # fmt: skip


def test_every_usual_channel_has_an_icon():
    assert set(USUAL) <= set(ICONS)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("商城 App、短信", ("app", "sms")),
        ("Push notification, SMS", ("app_push", "sms")),
        ("微信小程序", ("mini_program",)),
        ("抖音", ("douyin",)),
        ("e-mail / Phone", ("email", "hotline")),
        ("carrier pigeon", ()),  # a channel the table does not know gets no icon
    ],
)
def test_icons_are_picked_from_chinese_and_english_channel_text(text, keys):
    assert channel_keys(text) == keys


def test_a_touchpoint_card_leads_its_channel_line_with_the_icons():
    journey = make_journey(stages=1)
    card = journey.touchpoint_cards(journey.stages[0].id)[0]
    card.channel = "App、短信"
    drawn = compute_layout(journey).card(card.id)
    line = next(r for r in drawn.texts if r.text.startswith("App、短信"))
    # The marks start with the two icons (the evidence chips follow them).
    count = len(icon_shapes("app", 0, 0, 1, "#000000")) + len(
        icon_shapes("sms", 0, 0, 1, "#000000")
    )
    icons = drawn.marks[:count]
    xs = [s.coords[0] - (s.coords[2] if s.kind == "circle" else 0) for s in icons]
    ys = [s.coords[1] for s in icons]
    # They sit left of the channel text, on its line, inside the card.
    assert drawn.rect.x < min(xs) and max(xs) < line.x
    assert all(line.y - line.size * 1.4 < y < line.y + 4 for y in ys)
    assert line.x >= drawn.rect.x + 8 + 2 * ICON_SIZE  # two icons before the words


def test_cards_in_the_channels_lane_get_the_icons_of_the_channels_they_name():
    journey = make_journey(stages=1)
    lane = journey.lanes_of(LaneKind.CHANNELS)[0]
    card = next(c for c in journey.cards if c.lane_id == lane.id)
    card.title = "TikTok, Instagram"
    layout = compute_layout(journey)
    assert layout.card(card.id).marks
    names = [r.text for r in layout.legend_block.texts]
    assert "抖音" in names and "Instagram" in names  # the legend names them (zh journey)


def test_screen_and_poster_draw_the_same_icon_and_chip(qapp, tmp_path):
    """The scene's card item and the PNG poster paint the marks of one layout alike."""
    from journeycanvas.canvas.document import JourneyDocument
    from journeycanvas.canvas.scene import JourneyScene
    from journeycanvas.io.exporters.qt_render import paint_map

    journey = make_journey(stages=1)
    card = journey.touchpoint_cards(journey.stages[0].id)[0]
    card.channel = "Email"
    scene = JourneyScene(JourneyDocument(journey))
    layout = scene.layout_
    drawn = layout.card(card.id)
    pill = next(s for s in drawn.marks if s.kind == "circle" and s.fill != s.stroke)
    size = (int(layout.width) + 1, int(layout.height) + 1)

    def render(paint) -> QImage:
        image = QImage(*size, QImage.Format.Format_RGB32)
        image.fill(QColor("#FFFFFF"))
        painter = QPainter(image)
        paint(painter)
        painter.end()
        return image

    screen = render(lambda p: scene.render(p, target=image_rect(size), source=scene.map_rect()))
    poster = render(lambda p: paint_map(p, layout))
    cx, cy, _r = pill.coords
    for image in (screen, poster):
        assert image.pixelColor(round(cx), round(cy)).name().upper() == pill.fill.upper()
    # The envelope's outline (the card's first mark) is drawn in the same place by both.
    x, y, w, _h, _r = drawn.marks[0].coords
    for image in (screen, poster):
        assert image.pixelColor(round(x + w / 2), round(y)).lightness() < 200


def image_rect(size):
    from PySide6.QtCore import QRectF

    return QRectF(0, 0, *size)


def test_the_icon_can_be_chosen_by_hand_in_the_inspector_and_undone(qtbot):
    from conftest import show_and_activate

    from journeycanvas.app.main_window import MainWindow

    journey = make_journey(stages=1)
    card = journey.touchpoint_cards(journey.stages[0].id)[0]
    card.channel = "App"
    w = MainWindow(journey, None)
    qtbot.addWidget(w)
    show_and_activate(qtbot, w)
    w.scene.select_cards([card.id])
    combo = w.inspector.icon_combo
    assert combo.currentIndex() == 0  # Automatic: the App icon from the channel text
    before = w.scene.layout_.card(card.id).marks
    combo.setCurrentIndex(combo.findData("hotline"))
    combo.activated.emit(combo.currentIndex())
    assert w.document.journey.card(card.id).channel_icon == "hotline"
    hand = w.scene.layout_.card(card.id).marks
    assert hand != before
    assert hand[: len(icon_shapes("hotline", 0, 0, 1, "#000"))][0].kind == "poly"  # the handset
    combo.setCurrentIndex(combo.findData(""))
    combo.activated.emit(combo.currentIndex())
    bare = w.scene.layout_.card(card.id)
    assert all(s.kind == "rect" or s.kind == "circle" for s in bare.marks)  # chips only
    w.document.undo_stack.undo()
    w.document.undo_stack.undo()
    assert w.document.journey.card(card.id).channel_icon is None
    w.document.undo_stack.setClean()
    w.close()
