"""The vector PDF poster on one sheet: A4 up to A0, Letter, Tabloid or a custom size.

The map is fitted into the printable area keeping its proportions (or drawn at a
chosen scale) and centred. Text stays text in the bundled font, embedded as a
subset, so the poster prints the same at a print shop that has no Chinese fonts.
"""

from __future__ import annotations

import getpass
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions, Placement, place
from journeycanvas.io.exporters.pdf_drawing import MAP_FORM, define_map_form, register_font
from journeycanvas.io.exporters.poster_info import CREATOR, footer_runs, footer_text, subject
from journeycanvas.io.exporters.progress import Progress, step


def new_canvas(
    target: str | BinaryIO, size: tuple[float, float], journey: Journey, options: ExportOptions
) -> Canvas:
    """A canvas with the document's metadata filled in."""
    # Starting in our own font keeps reportlab from adding an unembedded Helvetica.
    c = Canvas(target, pagesize=size, pageCompression=1, initialFontName=register_font())
    c.setTitle(journey.title or "Customer journey map")
    c.setAuthor(options.author or _user_name())
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
    layout = compute_layout(journey)
    placement = place(options, layout.width, layout.height)
    step(progress, 0.3)
    c = new_canvas(target, (placement.page_w, placement.page_h), journey, options)
    define_map_form(c, layout, footer_runs(layout, footer_text(options.source_name)))
    step(progress, 0.7)
    place_map(c, layout, placement.scale, placement.x, placement.y)
    c.showPage()
    c.save()
    step(progress, 1.0)
    return placement


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account, a container)
        return ""
