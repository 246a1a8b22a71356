"""The PDF poster: text a user can search, fonts that travel, paper and placement."""

from __future__ import annotations

import datetime

import pytest
from export_helpers import SAMPLES, embedded_fonts, map_transform, media_size, sample, squash
from pypdf import PdfReader

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Card
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.fill_paper import filled
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.paper import MM, Orientation


@pytest.mark.parametrize("name", SAMPLES)
def test_poster_text_holds_every_card_title_and_fonts_are_embedded(name, tmp_path):
    journey = sample(name)
    out = export(journey, tmp_path / f"{name}.pdf", ExportOptions(source_name=f"{name}.journey"))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = squash(reader.pages[0].extract_text())
    missing = [c.title for c in journey.cards if squash(c.title) not in text]
    assert missing == []
    assert squash(journey.title) in text
    footer = squash(f"{journey.title} · {datetime.date.today().isoformat()}")
    assert footer in text  # the footer names the journey and the day, not the file
    assert f"{name}.journey" not in text
    embedded, not_embedded = embedded_fonts(out)
    assert embedded and all("+" in n for n in embedded)  # subsets, e.g. AAAAAA+WenQuanYi…
    assert not_embedded == []


def test_sample_list_covers_chinese_and_english():
    assert any(n.endswith("-zh") for n in SAMPLES) and any(n.endswith("-en") for n in SAMPLES)


def test_chinese_titles_are_searchable(journey, tmp_path):
    out = export(journey, tmp_path / "zh.pdf")
    text = squash(PdfReader(out).pages[0].extract_text())
    assert "测试旅程" in text and "卡片0" in text and "小王" in text


@pytest.mark.parametrize(
    ("paper", "orientation", "size_mm"),
    [
        ("A1", Orientation.LANDSCAPE, (841, 594)),
        ("A1", Orientation.PORTRAIT, (594, 841)),
        ("A0", Orientation.LANDSCAPE, (1189, 841)),
        ("A4", Orientation.PORTRAIT, (210, 297)),
        ("Letter", Orientation.LANDSCAPE, (279.4, 215.9)),
        ("Tabloid", Orientation.PORTRAIT, (279.4, 431.8)),
        ("600x900", Orientation.LANDSCAPE, (900, 600)),
    ],
)
def test_sheet_size_follows_paper_and_orientation(journey, tmp_path, paper, orientation, size_mm):
    options = ExportOptions(paper=paper, orientation=orientation)
    reader = PdfReader(export(journey, tmp_path / "p.pdf", options))
    w, h = media_size(reader, 0)
    assert w == pytest.approx(size_mm[0] * MM, abs=0.05)
    assert h == pytest.approx(size_mm[1] * MM, abs=0.05)


def test_map_fits_the_printable_area_and_keeps_its_proportions(journey, tmp_path):
    options = ExportOptions(paper="A3", orientation=Orientation.LANDSCAPE, margin_mm=15)
    reader = PdfReader(export(journey, tmp_path / "fit.pdf", options))
    # Landscape paper widens the poster's stages to fill the sheet (fill_paper.py).
    layout = compute_layout(filled(journey, options))
    page_w, page_h = media_size(reader, 0)
    x, y, scale = map_transform(reader, 0)
    margin = 15 * MM
    drawn_w, drawn_h = layout.width * scale, layout.height * scale
    # Inside the margins, touching them on one axis (fit), centred on both.
    assert x >= margin - 0.01 and y >= margin - 0.01
    assert x + drawn_w <= page_w - margin + 0.01 and y + drawn_h <= page_h - margin + 0.01
    assert min(x, y) == pytest.approx(margin, abs=0.01)
    assert x == pytest.approx((page_w - drawn_w) / 2, abs=0.01)
    assert y == pytest.approx((page_h - drawn_h) / 2, abs=0.01)


def test_chosen_scale_is_drawn_as_asked(journey, tmp_path):
    options = ExportOptions(paper="A0", scale=0.5)
    reader = PdfReader(export(journey, tmp_path / "s.pdf", options))
    assert map_transform(reader, 0)[2] == pytest.approx(0.5)


def test_metadata_names_title_author_subject_and_creator(journey, tmp_path):
    options = ExportOptions(author="Workshop team")
    meta = PdfReader(export(journey, tmp_path / "m.pdf", options)).metadata
    assert meta.title == journey.title
    assert meta.author == "Workshop team"
    assert meta.subject == journey.scenario
    assert meta.creator.startswith("Journey Canvas")


def test_markup_in_user_text_is_printed_not_parsed(journey, tmp_path):
    hostile = '<img src="/etc/passwd"/> & <b>bold</b> <para>'
    lane = journey.lanes[0]
    card = Card(stage_id=journey.stages[0].id, lane_id=lane.id, title=hostile)
    journey = journey.model_copy(update={"cards": [*journey.cards, card], "title": hostile})
    reader = PdfReader(export(journey, tmp_path / "h.pdf"))
    text = squash(reader.pages[0].extract_text())
    assert squash(hostile) in text


def test_footer_names_the_journey_and_date_on_pdf_and_svg_and_the_file_only_without_a_title(
    journey, tmp_path
):
    today = datetime.date.today().isoformat()
    journey.title = "Onboarding 2027"
    options = ExportOptions(source_name="draft3-final.journey")
    pdf = squash(PdfReader(export(journey, tmp_path / "a.pdf", options)).pages[0].extract_text())
    assert squash(f"Onboarding 2027 · {today}") in pdf and "draft3-final" not in pdf
    svg = export(journey, tmp_path / "a.svg", options).read_text(encoding="utf-8")
    assert f"Onboarding 2027 · {today}" in svg and "draft3-final" not in svg
    journey.title = ""
    pdf = squash(PdfReader(export(journey, tmp_path / "b.pdf", options)).pages[0].extract_text())
    assert squash(f"draft3-final.journey · {today}") in pdf
