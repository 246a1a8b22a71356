"""The SVG carries the glyphs it uses and keeps each line of text one element."""

from __future__ import annotations

import base64
import io
import re
import xml.etree.ElementTree as ET

import pytest
from export_helpers import SAMPLES, sample
from fontTools.ttLib import TTFont

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.svg_fonts import EMBEDDED_FAMILY

SVG = "{http://www.w3.org/2000/svg}"
_FACE = re.compile(r"font-family: '([^']+)'; src: url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)")


def _embedded(root) -> dict[str, set[int]]:
    css = "".join(el.text or "" for el in root.iter(f"{SVG}style"))
    faces = {}
    for family, data in _FACE.findall(css):
        font = TTFont(io.BytesIO(base64.b64decode(data)))
        faces[family] = set(font.getBestCmap())
    return faces


@pytest.mark.parametrize("name", ["sample-ecommerce-zh", "sample-bank-loan-en"])
def test_every_drawn_character_is_in_an_embedded_font(qapp, tmp_path, name):
    root = ET.parse(export(sample(name), tmp_path / "m.svg", ExportOptions())).getroot()
    faces = _embedded(root)
    assert EMBEDDED_FAMILY["latin"] in faces
    for el in root.iter():
        family = el.get("font-family") or ""
        if el.get("textLength") is None or not el.text:
            continue
        own = next(f for f in faces if family.startswith(f"'{f}'"))
        missing = {ch for ch in el.text if not ch.isspace() and ord(ch) not in faces[own]}
        assert not missing, (own, el.text)


def test_the_embedded_fonts_are_subsets(qapp, tmp_path):
    path = export(sample("sample-ecommerce-zh"), tmp_path / "m.svg", ExportOptions())
    faces = _embedded(ET.parse(path).getroot())
    assert len(faces[EMBEDDED_FAMILY["cjk"]]) < 2000  # the font holds tens of thousands
    assert path.stat().st_size < 1_500_000


@pytest.mark.parametrize("name", SAMPLES)
def test_each_line_of_text_is_one_text_element(qapp, tmp_path, name):
    journey = sample(name)
    root = ET.parse(export(journey, tmp_path / "m.svg", ExportOptions())).getroot()
    layout = compute_layout(journey)
    lines = [r for c in layout.cards for r in c.texts if r.text]
    texts = list(root.iter(f"{SVG}text"))
    drawn = {"".join(t.itertext()) for t in texts}
    assert all(r.text in drawn for r in lines)
    assert len(texts) == len([t for t in texts if "".join(t.itertext())])
