"""A client's name and logo on the map: kept in the journey (format 10), set from
View > Theme as undoable steps, drawn at the right of the title block on screen
and on every poster, and named in the posters' footer."""

from __future__ import annotations

import base64
import datetime
import json
from pathlib import Path

from conftest import make_journey
from gestures import editor_fixture
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from journeycanvas.canvas.card_images import pixel_size
from journeycanvas.canvas.layout import LOGO_HEIGHT, compute_layout
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.migrations import MIGRATIONS

editor = editor_fixture()
FIXTURES = Path(__file__).parent / "fixtures"
TEAL = "#00796B"


def logo_png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(TEAL))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def logo_uri(width: int = 300, height: int = 100) -> str:
    return "data:image/png;base64," + base64.b64encode(logo_png(width, height)).decode()


def test_v9_file_opens_without_a_client_and_keeps_unknown_fields(tmp_path):
    path = FIXTURES / "v9_before_client.journey"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 9 and "client_name" not in raw
    step = 9  # this feature's step: format 9 to 10
    upgraded = MIGRATIONS[step](raw)
    assert upgraded["client_name"] == "" and upgraded["client_logo"] is None
    assert upgraded["kept_by_a_newer_version"] == {"answer": 42}
    assert "client_name" not in raw  # the step does not change its input
    journey = journey_file.load(path)
    assert journey.client_name == "" and journey.client_logo is None
    assert compute_layout(journey).title.image is None


def test_logo_and_name_sit_right_of_the_title_without_covering_it(qapp):
    journey = make_journey()
    journey.title = "A long journey title " * 6
    plain = compute_layout(journey).title
    journey.client_name = "Harbour Bank"
    journey.client_logo = logo_uri(300, 100)
    title = compute_layout(journey).title
    box, uri = title.image
    assert uri == journey.client_logo
    assert abs(box.right - title.rect.right) < 0.01 and box.y == title.rect.y
    assert box.h <= LOGO_HEIGHT and abs(box.w / box.h - 3.0) < 0.01  # its own shape
    name = [r for r in title.texts if r.text == "Harbour Bank"]
    assert len(name) == 1 and abs(name[0].x + name[0].width - title.rect.right) < 0.5
    assert name[0].y > box.bottom  # under the logo
    words = [r for r in title.texts if r.text != "Harbour Bank"]
    assert max(r.x + r.width for r in words) < min(box.x, name[0].x)  # the title wraps sooner
    assert len(words) > len([r for r in plain.texts])


def test_posters_show_the_client_name_logo_and_footer(qapp, tmp_path):
    journey = make_journey(stages=2)
    journey.title = "Onboarding"
    journey.client_name = "Harbour Bank"
    journey.client_logo = logo_uri(300, 100)
    today = datetime.date.today().isoformat()
    pdf = export(journey, tmp_path / "c.pdf", ExportOptions(paper="A3"))
    assert b"/Subtype /Image" in pdf.read_bytes()
    text = "".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "HarbourBank" in text
    assert f"HarbourBank·Onboarding·{today}" in text  # the footer names client, journey, day
    svg = export(journey, tmp_path / "c.svg", ExportOptions()).read_text(encoding="utf-8")
    assert "Harbour Bank" in svg and "<image" in svg
    lay = compute_layout(journey)
    png = export(journey, tmp_path / "c.png", ExportOptions(width_px=int(lay.width)))
    image = QImage(str(png))
    scale = image.width() / lay.width
    box, _ = lay.title.image
    x, y = (box.x + box.w / 2) * scale, (box.y + box.h / 2) * scale
    assert image.pixelColor(round(x), round(y)).name().upper() == TEAL


def test_client_name_and_logo_are_set_from_the_theme_menu_and_undone(editor, tmp_path):
    w = editor()
    menu = w.theme_menu
    names = [a.objectName() for a in menu.actions()]
    assert {"clientName", "clientLogo", "removeClientLogo"} <= set(names)
    assert not menu.act_remove_logo.isEnabled()
    path = tmp_path / "logo.png"
    path.write_bytes(logo_png(2000, 500))
    depth = w.document.undo_stack.count()
    assert menu.set_client_logo_from(path)
    menu.set_client_name("  Harbour Bank ")
    assert w.document.undo_stack.count() == depth + 2  # one step each
    journey = w.document.journey
    assert journey.client_name == "Harbour Bank"
    stored = base64.b64decode(journey.client_logo.split(",", 1)[1])
    assert max(pixel_size(stored)) == 600  # shrunk on the way in
    title_item = w.scene.boxes[("title", "title")]
    assert title_item.box.image is not None  # drawn on screen
    assert any(r.text == "Harbour Bank" for r in title_item.box.texts)
    assert menu.act_remove_logo.isEnabled()
    saved = tmp_path / "client.journey"
    journey_file.save(journey, saved)
    again = journey_file.load(saved)
    assert again.client_name == "Harbour Bank" and again.client_logo == journey.client_logo
    w.document.undo_stack.undo()
    w.document.undo_stack.undo()
    assert w.document.journey.client_name == "" and w.document.journey.client_logo is None
    assert w.scene.boxes[("title", "title")].box.image is None


def _title_and_persona_sizes(journey) -> tuple[float, float, float]:
    lay = compute_layout(journey)
    title = max(r.size for r in lay.title.texts)
    name = max(r.size for r in lay.persona_cards[0].texts)
    return lay.width, title, name


def test_title_and_persona_block_grow_with_a_wide_map_and_stay_put_on_a_usual_one(qapp):
    from journeycanvas.io.exporters.options import place

    _, usual_title, usual_name = _title_and_persona_sizes(make_journey(stages=5))
    assert (usual_title, usual_name) == (26.0, 14.0)  # the samples' sizes are untouched
    wide = make_journey(stages=40)
    wide.client_name = "Harbour Bank"
    _, title, name = _title_and_persona_sizes(wide)
    assert title > 2 * usual_title and name > 2 * usual_name
    lay = compute_layout(wide)
    options = ExportOptions(paper="A0")
    printed = title * place(options, lay.width, lay.height).scale
    # On A0 the 40-stage map shrinks a lot; its title still prints as a headline.
    assert printed >= 20.0, printed
    card = lay.persona_cards[0]
    assert card.rect.w > 2 * 240.0  # the card grew with its type, not just its text
    client = next(r for r in lay.title.texts if r.text == "Harbour Bank")
    assert client.size > 2 * 13.0
