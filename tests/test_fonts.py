"""Two bundled fonts, one decision: the layout says which font draws which characters,
and the screen, the PDF and the SVG all draw them in that font at the measured width."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from export_helpers import embedded_fonts, squash
from pypdf import PdfReader

from journeycanvas.canvas.fonts import CJK_BOLD, LATIN_BOLD
from journeycanvas.canvas.layout import TextRun, compute_layout
from journeycanvas.canvas.text_metrics import CJK, LATIN, metrics
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.resources import FONT_FAMILY, LATIN_FONT_FAMILY

MIXED = [
    "App 下单 n=4",
    "测试旅程 Test journey",
    "顾客找不到评价 — customers cannot find reviews.",
    "office fine flow 1,234.5 × 2 (+0.67)",
    "Ünïcödé café · Добро · Ωμέγα",
    "他说“太慢了”……然后走了",
]


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch in "，。：；？！（）、"


def _is_ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def test_a_mixed_line_draws_latin_in_the_latin_font_and_han_in_the_cjk_font():
    run = TextRun("App 下单 n=4", 10.0, 20.0, 12.0)
    assert [(s.text, s.font) for s in run.spans] == [
        ("App ", LATIN),
        ("下单 ", CJK),
        ("n=4", LATIN),
    ]
    fm = metrics()
    dx = 0.0
    for span in run.spans:
        assert span.dx == pytest.approx(dx)
        assert span.width == pytest.approx(fm.width(span.text, 12.0, span.font))
        dx += span.width
    assert run.width == pytest.approx(dx)
    # Measured with the Latin font's own advances, not the CJK font's Latin glyphs.
    assert abs(run.width - fm.width(run.text, 12.0, CJK)) > 1.0


@pytest.mark.parametrize("text", MIXED)
def test_every_character_goes_to_the_font_made_for_it(text):
    run = TextRun(text, 0.0, 0.0, 10.0)
    assert "".join(s.text for s in run.spans) == text
    for span in run.spans:
        if span.font == LATIN:
            assert not any(_is_han(ch) for ch in span.text), span
        else:
            assert not any(_is_ascii_letter(ch) for ch in span.text), span


def test_shared_punctuation_follows_the_text_around_it():
    """A Chinese quotation keeps full-width marks; an English one gets English marks."""
    assert [s.font for s in TextRun("他说“太慢了”", 0, 0, 10).spans] == [CJK]
    assert [s.font for s in TextRun("“引号”开头", 0, 0, 10).spans] == [CJK]
    assert [s.font for s in TextRun("He said “too slow” — twice", 0, 0, 10).spans] == [LATIN]
    assert [s.font for s in TextRun("don’t", 0, 0, 10).spans] == [LATIN]


def test_layout_runs_are_lines_cut_into_spans(journey):
    lay = compute_layout(journey)
    runs = [r for card in lay.cards for r in card.texts] + list(lay.title.texts)
    fonts = {s.font for r in runs for s in r.spans}
    # Card titles and the poster title are bold (canvas/fonts.py), bodies regular.
    assert fonts == {LATIN, CJK, LATIN_BOLD, CJK_BOLD}
    for run in runs:
        assert "".join(s.text for s in run.spans) == run.text
        for a, b in zip(run.spans, run.spans[1:], strict=False):
            assert b.dx == pytest.approx(a.dx + a.width)
            assert a.font != b.font  # neighbours in one font would be one span


def test_wrapped_mixed_lines_stay_inside_narrow_cards(journey):
    journey.cards[0].title = "App 下单 n=4 很慢，customers “wait” 太久了 " * 6
    for stage in journey.stages:
        stage.width = 150
    lay = compute_layout(journey)
    card = lay.card(journey.cards[0].id)
    assert len(card.texts) > 6
    for run in card.texts:
        assert run.x + run.width <= card.rect.right + 0.01


def test_layout_with_both_fonts_is_not_much_slower(journey):
    """Per-character font look-ups are cached: a fresh layout of a big map stays quick."""
    import time

    from conftest import make_journey

    big = make_journey(stages=20, cards_per_cell=4)
    for i, card in enumerate(big.cards):
        card.title = f"{card.title} #{i}"  # defeat the card and wrap caches
    start = time.perf_counter()
    compute_layout(big)
    assert time.perf_counter() - start < 2.0


# --- Qt draws what the layout measured ------------------------------------------


def test_qt_uses_the_bundled_fonts_themselves(qapp):
    from PySide6.QtGui import QFontInfo

    from journeycanvas.canvas.painting import font_families, span_font

    assert font_families() == {
        LATIN: LATIN_FONT_FAMILY,
        CJK: FONT_FAMILY,
        LATIN_BOLD: LATIN_FONT_FAMILY,
    }
    assert QFontInfo(span_font(LATIN)).family() == LATIN_FONT_FAMILY
    assert QFontInfo(span_font(CJK)).family() == FONT_FAMILY
    # The bold Latin weight is the bundled bold face; the CJK bold strokes the regular one.
    assert QFontInfo(span_font(LATIN_BOLD)).bold()
    assert QFontInfo(span_font(CJK_BOLD)).family() == FONT_FAMILY


@pytest.mark.parametrize("size", [8.0, 9.5, 12.5, 26.0])
@pytest.mark.parametrize("text", MIXED)
def test_qt_advance_of_each_span_matches_the_layout(qapp, text, size):
    from PySide6.QtGui import QFontMetricsF

    from journeycanvas.canvas.painting import span_font

    run = TextRun(text, 0.0, 0.0, size)
    qt_total = 0.0
    for span in run.spans:
        qt = QFontMetricsF(span_font(span.font)).horizontalAdvance(span.text) * size / 100
        assert qt == pytest.approx(span.width, rel=1e-3, abs=0.02), span
        qt_total += qt
    assert qt_total == pytest.approx(run.width, rel=1e-3, abs=0.05)


def test_drawn_text_ends_where_the_layout_says(qapp):
    """The ink of a mixed line rendered by Qt stops at the layout's width, not past it."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from journeycanvas.canvas.painting import draw_runs

    run = TextRun("App 下单 n=4 office 下单", 10.0, 40.0, 30.0, "#000000")
    image = QImage(int(run.x + run.width + 40), 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    draw_runs(painter, [run])
    painter.end()
    inked = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height()))
    ]
    assert inked
    right = run.x + run.width
    # The last glyph (单) has a little side bearing: its ink ends just before its advance.
    assert right - 6 <= max(inked) <= right + 1


# --- PDF and SVG ------------------------------------------------------------------


def _pdf_fragments(path) -> list[tuple[str, str]]:
    """(font name, text) of every piece of text a PDF shows, forms included."""
    seen: list[tuple[str, str]] = []

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            seen.append((str(font.get("/BaseFont")), text))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return seen


@pytest.mark.parametrize("tile", [None, "A4"])
def test_pdf_embeds_both_fonts_as_subsets(journey, tmp_path, tile):
    out = export(journey, tmp_path / "mixed.pdf", ExportOptions(paper="A2", tile=tile))
    embedded, not_embedded = embedded_fonts(out)
    assert not_embedded == []
    assert all("+" in name for name in embedded)  # subsets: AAAAAA+NotoSans-Regular
    assert any("NotoSans-Regular" in name for name in embedded)
    assert any("WenQuanYiMicroHei" in name for name in embedded)


def test_pdf_shows_latin_in_the_latin_font_and_han_in_the_cjk_font(journey, tmp_path):
    out = export(journey, tmp_path / "mixed.pdf", ExportOptions())
    fragments = _pdf_fragments(out)
    assert fragments
    for font, text in fragments:
        if "NotoSans" in font:
            assert not any(_is_han(ch) for ch in text), (font, text)
        else:
            assert "WenQuanYi" in font
            assert not any(_is_ascii_letter(ch) for ch in text), (font, text)
    text = squash("".join(PdfReader(out).pages[0].extract_text()))
    assert all(squash(card.title) in text for card in journey.cards)


def test_svg_names_the_span_font_and_keeps_its_width(qapp, journey, tmp_path):
    root = ET.parse(export(journey, tmp_path / "mixed.svg", ExportOptions())).getroot()
    texts = [el for el in root.iter() if el.get("textLength") is not None and el.text]
    sizes = {
        id(t): float(line.get("font-size"))
        for line in root.iter()
        for t in (line, *line)
        if line.get("font-size")
    }
    families = set()
    for el in texts:
        family = el.get("font-family")
        key = LATIN if family.startswith("'JourneyCanvas Latin', 'Noto Sans',") else CJK
        if family.startswith("'JourneyCanvas Latin Bold',"):
            key = LATIN_BOLD
        elif key == CJK and el.get("stroke"):
            key = CJK_BOLD
        families.add(key)
        size = sizes[id(el)]
        assert float(el.get("textLength")) == pytest.approx(
            metrics().width(el.text, size, key), abs=0.01
        )
        if key in (LATIN, LATIN_BOLD):
            assert not any(_is_han(ch) for ch in el.text)
    assert families == {LATIN, CJK, LATIN_BOLD, CJK_BOLD}
