"""PNG and SVG: the sizes a print shop expects, backgrounds, and text kept as text in SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from export_helpers import SAMPLES, sample, squash
from PySide6.QtGui import QColor, QImage, QImageReader

from journeycanvas.app.cli import main
from journeycanvas.canvas import style
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io.exporters import png
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.paper import Orientation
from journeycanvas.resources import template_path


@pytest.mark.parametrize(("paper", "dpi"), [("A1", 72), ("A3", 150), ("A4", 300)])
def test_png_pixel_size_is_paper_times_dpi(qapp, journey, tmp_path, paper, dpi):
    options = ExportOptions(paper=paper, orientation=Orientation.LANDSCAPE, dpi=dpi)
    image = QImage(str(export(journey, tmp_path / "p.png", options)))
    w_mm, h_mm = {"A1": (841, 594), "A3": (420, 297), "A4": (297, 210)}[paper]
    assert (image.width(), image.height()) == (round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi))
    assert image.dotsPerMeterX() == pytest.approx(dpi / 0.0254, abs=1)


def test_a1_at_300_dpi_from_the_command_line(qapp, tmp_path):
    out = tmp_path / "a1.png"
    args = ["export", str(template_path("sample-ecommerce-zh")), "-o", str(out)]
    assert main([*args, "--paper", "A1", "--landscape", "--dpi", "300"]) == 0
    size = QImageReader(str(out)).size()  # from the header: Qt refuses to load 280 MB
    assert (size.width(), size.height()) == (9933, 7016)


def test_bands_join_without_a_seam(qapp, journey, tmp_path, monkeypatch):
    options = ExportOptions(paper="A4", orientation=Orientation.PORTRAIT, dpi=100)
    whole = QImage(str(export(journey, tmp_path / "whole.png", options)))
    monkeypatch.setattr(png, "BAND_PIXELS", whole.width() * 37)  # 37-row bands
    banded = QImage(str(export(journey, tmp_path / "banded.png", options)))
    assert banded.size() == whole.size()
    assert banded == whole


def test_white_or_transparent_background(qapp, journey, tmp_path):
    white = QImage(str(export(journey, tmp_path / "w.png", ExportOptions(width_px=800))))
    clear = QImage(
        str(export(journey, tmp_path / "t.png", ExportOptions(width_px=800, transparent=True)))
    )
    assert white.pixelColor(2, 2) == QColor("#FFFFFF")
    assert clear.pixelColor(2, 2).alpha() == 0
    # The map itself is still drawn: the first stage header is opaque in both.
    layout = compute_layout(journey)
    header = layout.stages[0].header.rect
    k = 800 / layout.width
    x, y = round((header.x + 5) * k), round((header.y + 3) * k)
    assert clear.pixelColor(x, y).alpha() == 255
    assert clear.pixelColor(x, y).name().upper() == style.STAGE_HEADER


def test_pixel_width_keeps_the_map_proportions(qapp, journey, tmp_path):
    image = QImage(str(export(journey, tmp_path / "w.png", ExportOptions(width_px=1000))))
    layout = compute_layout(journey)
    assert image.width() == 1000
    assert image.height() == round(layout.height * 1000 / layout.width)


def _svg_text(path) -> str:
    root = ET.parse(path).getroot()
    return "".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("}text"))


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_exports_to_png_and_svg(qapp, tmp_path, name):
    journey = sample(name)
    image = QImage(str(export(journey, tmp_path / "s.png", ExportOptions(paper="A4", dpi=72))))
    assert (image.width(), image.height()) in ((595, 842), (842, 595))
    svg = export(journey, tmp_path / "s.svg", ExportOptions())
    text = squash(_svg_text(svg))
    missing = [c.title for c in journey.cards if squash(c.title) not in text]
    assert missing == []


def test_svg_is_the_map_in_points(qapp, journey, tmp_path):
    root = ET.parse(export(journey, tmp_path / "m.svg", ExportOptions())).getroot()
    layout = compute_layout(journey)
    box = [float(v) for v in root.get("viewBox").split()]
    assert box[2:] == pytest.approx([layout.width, layout.height], abs=0.5)


def test_svg_text_keeps_the_layout_width_in_any_font(qapp, journey, tmp_path):
    """A viewer without the bundled font still fits each line where the layout put it."""
    from journeycanvas.canvas.text_metrics import metrics

    root = ET.parse(export(journey, tmp_path / "w.svg", ExportOptions())).getroot()
    # Every stretch of one font: a whole <text>, or a <tspan> inside a mixed line.
    texts = [el for el in root.iter() if el.get("textLength") is not None]
    assert texts
    for el in texts:
        line = el if el.tag.endswith("}text") else _parent(root, el)
        size = float(line.get("font-size"))
        # Bold spans (a bold Latin family, or the stroked CJK bold) use the bold widths.
        bold = "Bold" in el.get("font-family", line.get("font-family", "")) or el.get("stroke")
        width = metrics(bool(bold)).width(el.text, size)
        assert float(el.get("textLength")) == pytest.approx(width, abs=0.01)
        assert el.get("lengthAdjust") == "spacingAndGlyphs"
        assert "sans-serif" in el.get("font-family")


def _parent(root, child):
    return next(p for p in root.iter() if child in list(p))


def test_a_transparent_png_has_no_white_box_behind_the_title(qapp, journey, tmp_path):
    options = ExportOptions(width_px=1200, transparent=True)
    clear = QImage(str(export(journey, tmp_path / "t.png", options)))
    layout = compute_layout(journey)
    title = layout.title.rect
    k = 1200 / layout.width
    # Corners of the title block, away from its text: they must show what lies below.
    for x, y in ((title.x + 1, title.y + 1), (title.right - 2, title.y + 1)):
        assert clear.pixelColor(round(x * k), round(y * k)).alpha() == 0, (x, y)
    # The title's own text is still drawn, opaque.
    run = layout.title.texts[0]
    alphas = [
        clear.pixelColor(round((run.x + dx) * k), round((run.y - run.size * 0.3) * k)).alpha()
        for dx in range(0, int(run.width), 2)
    ]
    assert max(alphas) == 255
