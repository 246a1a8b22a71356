"""The greyscale theme, made for an office printer, greys the pictures too.

Every fill and badge already turned to its grey, but a card's screenshot, a
persona's photo and the client's logo stayed in colour: on screen the poster was
not what the printer would make of it, and a grey poster carried colour photos.
Now the layout hands the screen and every export the picture in greys, its
transparency kept; other themes draw the picture as it was added.
"""

from __future__ import annotations

import base64
import io

from conftest import make_journey
from PIL import Image
from pypdf import PdfReader

from journeycanvas.canvas.card_images import image_bytes
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Persona
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions


def _uri(mode: str, colour: tuple) -> str:
    out = io.BytesIO()
    Image.new(mode, (60, 40), colour).save(out, "PNG")
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode()


RED = _uri("RGB", (220, 30, 30))
SEE_THROUGH_TEAL = _uri("RGBA", (0, 121, 107, 128))


def _journey(theme: str):
    j = make_journey()
    j.cards[0] = j.cards[0].model_copy(update={"image": RED})
    j.personas = [Persona(name="Emma", photo=RED)]
    j.client_logo = SEE_THROUGH_TEAL
    j.theme = theme
    return j


def _colours(uri: str) -> set:
    with Image.open(io.BytesIO(image_bytes(uri))) as image:
        return {colour for _count, colour in image.convert("RGBA").getcolors(1 << 24)}


def _drawn(layout) -> list[str]:
    cards = [c.image[1] for c in layout.cards if c.image is not None]
    photos = [p.photo for p in layout.persona_cards if p.photo]
    return [*cards, *photos, layout.title.image[1]]


def test_the_greyscale_theme_draws_every_picture_in_greys():
    drawn = _drawn(compute_layout(_journey("greyscale")))
    assert len(drawn) == 3  # a card's picture, a persona's photo, the client's logo
    for uri in drawn:
        assert all(r == g == b for r, g, b, _a in _colours(uri)), uri[:40]
    (logo,) = _colours(drawn[-1])
    assert logo[3] == 128  # see-through as it was


def test_other_themes_draw_the_pictures_as_they_were_added():
    for theme in ("classic", "harbour"):
        assert _drawn(compute_layout(_journey(theme))) == [RED, RED, SEE_THROUGH_TEAL]


def test_a_greyscale_poster_holds_no_colour_picture(qapp, tmp_path):
    for theme, grey in (("greyscale", True), ("classic", False)):
        out = tmp_path / f"{theme}.pdf"
        export(_journey(theme), out, ExportOptions(paper="A3"))
        images = [i for page in PdfReader(out).pages for i in page.images]
        assert len(images) == 3
        for found in images:
            pixels = {c for _n, c in found.image.convert("RGB").getcolors(1 << 24)}
            assert all(r == g == b for r, g, b in pixels) == grey, (theme, found.name)
