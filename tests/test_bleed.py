"""Print-shop PDFs: bleed beyond the trim, TrimBox and BleedBox, crop marks outside the bleed."""

from __future__ import annotations

import re

import pytest
from export_helpers import map_transform, sample
from pypdf import PdfReader

from journeycanvas.app.cli import main
from journeycanvas.io.exporters.export_file import ExportError, export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.paper import MM, PAPER_SIZES_MM
from journeycanvas.resources import template_path

SAMPLE = str(template_path("sample-ecommerce-zh"))


def _box(page, name):
    return [float(v) for v in page[name]] if name in page else None


def test_a_bleed_pdf_keeps_the_paper_as_trim_and_adds_the_bleed(tmp_path):
    out = tmp_path / "shop.pdf"
    assert main(["export", SAMPLE, "-o", str(out), "--paper", "A2", "--bleed", "3"]) == 0
    page = PdfReader(out).pages[0]
    trim, bleed = _box(page, "/TrimBox"), _box(page, "/BleedBox")
    media = [float(v) for v in page.mediabox]
    w, h = trim[2] - trim[0], trim[3] - trim[1]
    assert sorted((round(w / MM), round(h / MM))) == sorted(PAPER_SIZES_MM["A2"])
    for i, sign in enumerate((-1, -1, 1, 1)):
        assert bleed[i] - trim[i] == pytest.approx(sign * 3 * MM, abs=0.01)
        assert sign * (media[i] - bleed[i]) >= 5 * MM  # room for the crop marks


def test_crop_marks_sit_outside_the_bleed_and_the_map_inside_the_trim(tmp_path):
    journey = sample("sample-ecommerce-zh")
    reader = PdfReader(export(journey, tmp_path / "b.pdf", ExportOptions(bleed_mm=3)))
    page = reader.pages[0]
    trim, bleed = _box(page, "/TrimBox"), _box(page, "/BleedBox")
    x, y, _scale = map_transform(reader, 0)
    assert trim[0] < x and trim[1] < y
    content = page.get_contents().get_data().decode("latin-1")
    # The straight lines drawn on the page itself ("x y m x y l S"): the crop marks.
    marks = re.findall(r"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S", content)
    assert len(marks) == 8
    for mark in marks:
        x0, y0, x1, y1 = (float(v) for v in mark)
        for px, py in ((x0, y0), (x1, y1)):
            outside = px < bleed[0] or px > bleed[2] or py < bleed[1] or py > bleed[3]
            assert outside, (px, py)
        # Each continues a trim edge.
        assert any(abs(v - t) < 0.01 for v in (x0, y0) for t in trim)


def test_without_bleed_the_pdf_is_the_paper(tmp_path):
    page = PdfReader(export(sample("sample-ecommerce-zh"), tmp_path / "p.pdf")).pages[0]
    assert "/BleedBox" not in page
    assert sorted(round(float(v) / MM) for v in page.mediabox[2:]) == sorted(PAPER_SIZES_MM["A1"])


def test_bleed_is_refused_for_tiles_and_other_formats(tmp_path, capsys):
    with pytest.raises(ExportError, match="one sheet"):
        export(
            sample("sample-ecommerce-zh"), tmp_path / "t.pdf", ExportOptions(tile="A4", bleed_mm=3)
        )
    assert main(["export", SAMPLE, "-o", str(tmp_path / "x.png"), "--bleed", "3"]) == 2
    assert "--bleed" in capsys.readouterr().err


def test_the_help_says_what_a_print_shop_needs(capsys):
    assert main(["export", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "TrimBox" in text and "BleedBox" in text and "3 is usual" in text
