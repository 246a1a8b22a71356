"""A landscape poster fills its sheet; the PDF's author is only ever a name the user gave."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.fill_paper import filled
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.paper import MM, Orientation
from journeycanvas.io.exporters.pdf_poster import export_pdf
from journeycanvas.resources import template_path

FIVE_STAGE_SAMPLES = [
    "sample-ecommerce-en",
    "sample-ecommerce-zh",
    "sample-bank-loan-en",
    "sample-online-course-zh",
]


@pytest.mark.parametrize("name", FIVE_STAGE_SAMPLES)
def test_landscape_a1_poster_fills_the_printable_width(name):
    """Before, these maps filled 49-64 % of a landscape A1's width."""
    journey = journey_file.load(template_path(name))
    assert len(journey.stages) == 5
    options = ExportOptions(paper="A1", orientation=Orientation.LANDSCAPE)
    placement = export_pdf(journey, io.BytesIO(), options)
    printable_w = placement.page_w - 2 * options.margin_mm * MM
    printable_h = placement.page_h - 2 * options.margin_mm * MM
    assert placement.map_w >= 0.85 * printable_w
    assert placement.map_h <= printable_h + 0.5  # and the map still fits the sheet


def test_filling_changes_only_the_posters_copy():
    journey = journey_file.load(template_path("sample-ecommerce-en"))
    before = compute_layout(journey).width
    wide = filled(journey, ExportOptions(paper="A1", orientation=Orientation.LANDSCAPE))
    assert compute_layout(wide).width > 1.3 * before
    assert compute_layout(journey).width == before
    # Fitted portrait or auto posters, or a chosen scale, keep the screen's widths.
    for options in (
        ExportOptions(paper="A1"),
        ExportOptions(paper="A1", orientation=Orientation.PORTRAIT),
        ExportOptions(paper="A1", orientation=Orientation.LANDSCAPE, scale=0.5),
    ):
        assert filled(journey, options) is journey


def test_pdf_author_is_never_the_login_name(journey, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "loginname")
    out = io.BytesIO()
    export_pdf(journey, out, ExportOptions())
    out.seek(0)
    assert (PdfReader(out).metadata.author or "") == ""
    out = io.BytesIO()
    export_pdf(journey, out, ExportOptions(author="Studio Hemu"))
    out.seek(0)
    assert PdfReader(out).metadata.author == "Studio Hemu"


@pytest.mark.parametrize("name", FIVE_STAGE_SAMPLES)
def test_the_export_command_fills_the_sheet_as_a_lone_export_does(name):
    """Inside an export command (which reuses layouts between its readability check
    and its writer) the landscape copy is widened once, and exactly as outside it."""
    from journeycanvas.io.exporters.poster_layout import reusing_layouts

    journey = journey_file.load(template_path(name))
    options = ExportOptions(paper="A1", orientation=Orientation.LANDSCAPE)
    alone = [s.width for s in filled(journey, options).stages]
    with reusing_layouts():
        in_command = [s.width for s in filled(journey, options).stages]
        assert filled(journey, options) is filled(journey, options)  # widened once
    assert in_command == alone
