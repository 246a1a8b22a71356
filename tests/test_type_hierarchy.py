"""Titles and headers are bold, bodies regular: the same on screen, PDF and SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from pypdf import PdfReader

from journeycanvas.canvas.fonts import CJK, CJK_BOLD, LATIN, LATIN_BOLD
from journeycanvas.canvas.layout import TextRun, compute_layout
from journeycanvas.canvas.text_metrics import metrics
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions

BOLD = {LATIN_BOLD, CJK_BOLD}


def _fonts(runs) -> set[str]:
    return {s.font for r in runs for s in r.spans}


def test_titles_and_headers_are_bold_and_bodies_regular(journey):
    journey.cards[0].body = "Body text 正文"
    lay = compute_layout(journey)
    assert _fonts(lay.title.texts[:1]) <= BOLD
    for stage in lay.stages:
        assert _fonts(stage.header.texts) <= BOLD
    for lane in lay.lanes:
        # The lane's name; the emotion lane's scale beside the band is regular text.
        names = [r for r in lane.header.texts if r.size == pytest.approx(13.0)]
        assert names and _fonts(names) <= BOLD
    card = lay.card(journey.cards[0].id)
    title_runs = [r for r in card.texts if r.size == pytest.approx(12.5)]
    body_runs = [r for r in card.texts if r.size == pytest.approx(10.5)]
    assert title_runs and _fonts(title_runs) <= BOLD
    assert body_runs and _fonts(body_runs) == {LATIN, CJK}


def test_bold_latin_is_measured_in_the_bold_font():
    """Bold Latin is wider: measuring it with the regular widths would overflow cards."""
    regular = metrics().width("Checkout", 12.0)
    bold = metrics(bold=True).width("Checkout", 12.0)
    assert bold > regular * 1.03
    # The derived CJK bold keeps the regular advances (it is the regular font, stroked).
    assert metrics(bold=True).width("下单", 12.0) == metrics().width("下单", 12.0)


def test_qt_draws_bold_latin_at_the_layout_width(qapp):
    from PySide6.QtGui import QFontMetricsF

    from journeycanvas.canvas.painting import span_font

    run = TextRun("Checkout and payment", 0.0, 0.0, 12.5, bold=True)
    (span,) = run.spans
    assert span.font == LATIN_BOLD
    qt = QFontMetricsF(span_font(LATIN_BOLD)).horizontalAdvance(span.text) * 12.5 / 100
    assert qt == pytest.approx(span.width, rel=0.01)


def test_pdf_embeds_the_bold_font_and_strokes_the_cjk_bold(qapp, journey, tmp_path):
    out = export(journey, tmp_path / "bold.pdf", ExportOptions())
    page = PdfReader(out).pages[0]
    names: set[str] = set()
    resources = page["/Resources"]
    forms = resources.get("/XObject", {})
    for res in [resources, *(forms[k].get_object().get("/Resources", {}) for k in forms)]:
        fonts = res.get("/Font", {})
        for key in fonts:
            font = fonts[key].get_object()
            names.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            fd = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            if fd is not None:
                fd = fd.get_object()
                assert any(k in fd for k in ("/FontFile2", "/FontFile")), font["/BaseFont"]
    assert any(n.endswith("+NotoSans-Bold") for n in names), names
    content = b"".join(forms[k].get_object().get_data() for k in forms) + (
        page.get_contents().get_data() if page.get_contents() else b""
    )
    assert re.search(rb"\b2 Tr\b", content), "the CJK bold is drawn fill-and-stroke"


def test_svg_embeds_the_bold_font_and_strokes_the_cjk_bold(qapp, journey, tmp_path):
    out = export(journey, tmp_path / "bold.svg", ExportOptions())
    text = out.read_text(encoding="utf-8")
    assert "font-family: 'JourneyCanvas Latin Bold'" in text
    root = ET.fromstring(text)
    stroked = [el for el in root.iter() if el.get("stroke") and el.text and "旅程" in el.text]
    assert stroked, "the Chinese title is bold (stroked)"
