"""Pictures on cards: added from a file as one undo step, shrunk on the way in,
kept in the file, drawn on the card on screen and on every poster."""

from __future__ import annotations

import base64

from conftest import make_journey
from gestures import center, editor_fixture, key
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from journeycanvas.canvas.card_images import IMAGE_SIDE, MAX_HEIGHT, picture_box, pixel_size
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions

editor = editor_fixture()
RED = "#D81B60"


def picture(width: int, height: int, fmt: str = "PNG") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(RED))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 90)
    return bytes(data)


def data_uri(width: int, height: int) -> str:
    return "data:image/png;base64," + base64.b64encode(picture(width, height)).decode()


def test_pixel_size_is_read_from_png_and_jpeg_headers(qapp):
    assert pixel_size(picture(320, 180)) == (320, 180)
    assert pixel_size(picture(300, 500, "JPEG")) == (300, 500)
    assert pixel_size(b"not a picture") is None


def test_a_picture_keeps_its_shape_and_is_never_taller_than_the_limit(qapp):
    assert picture_box(data_uri(400, 200), 200.0) == (200.0, 100.0)
    w, h = picture_box(data_uri(200, 800), 200.0)
    assert h == MAX_HEIGHT and abs(w / h - 0.25) < 1e-6


def test_a_card_with_a_picture_draws_it_above_its_title(qapp):
    journey = make_journey(stages=1)
    card = journey.cards[0]
    plain = compute_layout(journey).card(card.id)
    card.image = data_uri(400, 200)
    drawn = compute_layout(journey).card(card.id)
    box, uri = drawn.image
    assert uri == card.image
    assert drawn.rect.x < box.x and box.right < drawn.rect.right
    assert box.bottom < drawn.texts[0].y - drawn.texts[0].size  # the title comes after it
    assert drawn.rect.h > plain.rect.h + box.h  # the card grew to hold it


def test_picture_from_a_file_is_shrunk_kept_in_the_file_and_undoable(editor, tmp_path):
    w = editor()
    path = tmp_path / "screenshot.png"
    path.write_bytes(picture(2400, 1200))
    card = w.document.journey.cards[0]
    w.scene.select_cards([card.id])
    inspector = w.inspector
    assert inspector.set_picture_from(path)
    uri = w.document.journey.card(card.id).image
    stored = base64.b64decode(uri.split(",", 1)[1])
    assert max(pixel_size(stored)) == IMAGE_SIDE  # 2400 px shrunk to 800 on the way in
    assert w.scene.layout_.card(card.id).image is not None  # the screen shows it
    saved = tmp_path / "with-picture.journey"
    journey_file.save(w.document.journey, saved)
    assert journey_file.load(saved).card(card.id).image == uri
    w.document.undo_stack.undo()
    assert w.document.journey.card(card.id).image is None


def test_posters_draw_the_picture(qapp, tmp_path):
    journey = make_journey(stages=1)
    card = journey.cards[0]
    card.image = data_uri(400, 200)
    box, _uri = compute_layout(journey).card(card.id).image
    pdf = export(journey, tmp_path / "p.pdf", ExportOptions(paper="A3"))
    assert len(PdfReader(pdf).pages) == 1
    assert b"/Subtype /Image" in pdf.read_bytes()  # embedded as an image, not dropped
    png = export(
        journey, tmp_path / "p.png", ExportOptions(width_px=int(compute_layout(journey).width))
    )
    image = QImage(str(png))
    scale = image.width() / compute_layout(journey).width
    x, y = (box.x + box.w / 2) * scale, (box.y + box.h / 2) * scale
    assert image.pixelColor(round(x), round(y)).name().upper() == RED


def test_a_pasted_screenshot_goes_on_the_card_shrunk_and_undoable(editor):
    from PySide6.QtGui import QGuiApplication

    w = editor()
    card = w.document.journey.cards[0]
    w.scene.select_cards([card.id])
    shot = QImage(1920, 1080, QImage.Format.Format_RGB32)
    shot.fill(QColor(RED))
    QGuiApplication.clipboard().setImage(shot)
    assert w.inspector.paste_picture()
    uri = w.document.journey.card(card.id).image
    assert pixel_size(base64.b64decode(uri.split(",", 1)[1])) == (IMAGE_SIDE, 450)
    w.document.undo_stack.undo()
    assert w.document.journey.card(card.id).image is None


def test_a_storyboard_lane_draws_its_pictures_as_tall_frames(qapp):
    from journeycanvas.canvas.card_images import STORYBOARD_HEIGHT
    from journeycanvas.canvas.model import LaneKind

    journey = make_journey(stages=1)
    story = journey.lanes_of(LaneKind.STORYBOARD)[0]
    actions = journey.lanes_of(LaneKind.ACTIONS)[0]
    tall = data_uri(300, 400)  # a portrait sketch
    for card in journey.cards:
        if card.lane_id in (story.id, actions.id):
            card.image = tall
    layout = compute_layout(journey)
    frame = next(c for c in layout.cards if c.lane_id == story.id).image[0]
    plain = next(c for c in layout.cards if c.lane_id == actions.id).image[0]
    assert frame.h == STORYBOARD_HEIGHT and plain.h == MAX_HEIGHT


def _drag(viewport, kind, point: QPointF, mime: QMimeData):
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event = kind(point.toPoint(), *args) if kind is not QDropEvent else kind(point, *args)
    event.setAccepted(False)
    QApplication.sendEvent(viewport, event)
    return event.isAccepted()


def test_a_picture_file_dropped_on_a_card_goes_on_that_card_and_ctrl_z_removes_it(
    editor, qtbot, tmp_path
):
    w = editor()
    path = tmp_path / "photo.jpg"
    path.write_bytes(picture(1600, 1200, "JPEG"))
    target = w.document.journey.cards[1]
    others = {c.id: c.image for c in w.document.journey.cards if c.id != target.id}
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    spot = QPointF(w.view.mapFromScene(center(w.scene.layout_.card(target.id).rect)))
    viewport = w.view.viewport()
    depth = w.document.undo_stack.count()
    assert _drag(viewport, QDragEnterEvent, spot, mime)
    assert _drag(viewport, QDragMoveEvent, spot, mime)
    assert _drag(viewport, QDropEvent, spot, mime)
    uri = w.document.journey.card(target.id).image
    assert uri is not None
    assert max(pixel_size(base64.b64decode(uri.split(",", 1)[1]))) == IMAGE_SIDE  # like Choose…
    assert w.scene.layout_.card(target.id).image is not None  # drawn on the map
    assert {c.id: c.image for c in w.document.journey.cards if c.id != target.id} == others
    assert w.document.undo_stack.count() == depth + 1  # one step
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.document.journey.card(target.id).image is None


def test_a_picture_dropped_beside_the_cards_changes_nothing(editor, tmp_path):
    w = editor()
    path = tmp_path / "photo.png"
    path.write_bytes(picture(100, 100))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    before = w.document.journey
    outside = QPointF(w.view.mapFromScene(QPointF(-500, -500)))
    _drag(w.view.viewport(), QDragEnterEvent, outside, mime)
    assert not _drag(w.view.viewport(), QDropEvent, outside, mime)
    assert w.document.journey == before
