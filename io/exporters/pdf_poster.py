"""The vector PDF poster on one sheet: A4 up to A0, Letter, Tabloid or a custom size.

The map is fitted into the printable area keeping its proportions (or drawn at a
chosen scale) and centred. Text stays text in the bundled font, embedded as a
subset, so the poster prints the same at a print shop that has no Chinese fonts.

For a print shop the sheet can carry bleed: the page grows by the bleed and a
slug for crop marks on every side, the TrimBox says the finished size (the
paper chosen), the BleedBox the trim plus the bleed, and the page colour runs
to the bleed edge so a slightly off cut shows no paper edge. Crop marks sit in
the slug, outside the bleed, so none is printed on the poster.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import JourneyLayout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.fill_paper import filled
from journeycanvas.io.exporters.options import ExportOptions, Placement, place
from journeycanvas.io.exporters.paper import MM
from journeycanvas.io.exporters.pdf_drawing import MAP_FORM, define_map_form, register_font, rgb
from journeycanvas.io.exporters.poster_info import CREATOR, footer_runs, journey_footer, subject
from journeycanvas.io.exporters.poster_layout import poster_layout
from journeycanvas.io.exporters.progress import Progress, step

CROP_GAP_MM = 2.0  # between the bleed edge and a crop mark
CROP_LENGTH_MM = 6.0


def new_canvas(
    target: str | BinaryIO, size: tuple[float, float], journey: Journey, options: ExportOptions
) -> Canvas:
    """A canvas with the document's metadata filled in."""
    # Starting in our own font keeps reportlab from adding an unembedded Helvetica.
    c = Canvas(target, pagesize=size, pageCompression=1, initialFontName=register_font())
    c.setTitle(journey.title or "Customer journey map")
    # Only a name the user gave: a poster handed to a client must not carry the login name.
    c.setAuthor(options.author)
    c.setSubject(subject(journey))
    c.setCreator(CREATOR)
    c.setProducer(CREATOR)
    names = ", ".join(p.name for p in journey.personas if p.name)
    c.setKeywords(["journey map", *([names] if names else [])])
    return c


def place_map(c: Canvas, layout: JourneyLayout, scale: float, x: float, y_top: float) -> None:
    """Draw the map form with its top-left corner at (x, y_top), y measured from the top."""
    page_h = c._pagesize[1]
    c.saveState()
    c.translate(x, page_h - y_top - layout.height * scale)
    c.scale(scale, scale)
    c.doForm(MAP_FORM)
    c.restoreState()


def export_pdf(
    journey: Journey, target: str | BinaryIO, options: ExportOptions, progress: Progress = None
) -> Placement:
    """Write the single-sheet poster; returns where the map landed (tests and preview)."""
    step(progress, 0.0)
    journey = filled(journey, options)  # landscape paper: wider stages fill the sheet
    layout = poster_layout(journey, options)
    placement = place(options, layout.width, layout.height)
    step(progress, 0.3)
    bleed = options.bleed_mm * MM
    slug = bleed + CROP_GAP_MM * MM + CROP_LENGTH_MM * MM if bleed else 0.0
    page = (placement.page_w + 2 * slug, placement.page_h + 2 * slug)
    c = new_canvas(target, page, journey, options)
    define_map_form(c, layout, footer_runs(layout, journey_footer(journey, options.source_name)))
    step(progress, 0.7)
    if bleed:
        _bleed_and_marks(c, placement, slug, bleed)
    place_map(c, layout, placement.scale, placement.x + slug, placement.y + slug)
    c.showPage()
    if options.with_plan:
        from journeycanvas.io.exporters.plan_export import add_plan_pages

        add_plan_pages(c, journey)
    c.save()
    step(progress, 1.0)
    return placement


def _bleed_and_marks(c: Canvas, placement: Placement, slug: float, bleed: float) -> None:
    """Page colour to the bleed edge, the boxes a RIP reads, and crop marks in the slug."""
    w, h = placement.page_w, placement.page_h
    trim = (slug, slug, slug + w, slug + h)
    c.setTrimBox(trim)
    c.setBleedBox((slug - bleed, slug - bleed, slug + w + bleed, slug + h + bleed))
    c.setFillColor(rgb(style.PAGE))
    c.rect(slug - bleed, slug - bleed, w + 2 * bleed, h + 2 * bleed, stroke=0, fill=1)
    # Registration black, hairline: what a print shop expects of crop marks.
    c.setStrokeColorCMYK(1, 1, 1, 1)
    c.setLineWidth(0.25)
    start, end = bleed + CROP_GAP_MM * MM, slug
    for x in (trim[0], trim[2]):
        for y, sign in ((trim[1], -1), (trim[3], 1)):
            c.line(x, y + sign * start, x, y + sign * end)
    for y in (trim[1], trim[3]):
        for x, sign in ((trim[0], -1), (trim[2], 1)):
            c.line(x + sign * start, y, x + sign * end, y)
