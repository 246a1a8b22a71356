"""A ``canvas/pages.py`` page drawn with reportlab: the matrix and action-plan PDF pages.

The page's shapes are y down; :func:`draw_page_at` flips the canvas so its points
draw as they are. The same shapes are painted by io/exporters/page_qt.py.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas.pages import Page
from journeycanvas.io.exporters.pdf_drawing import draw_runs, register_font, rgb
from journeycanvas.io.exporters.poster_info import CREATOR


def draw_page(c: Canvas, page: Page) -> None:
    """The shapes in page points, y down (the caller has flipped the canvas)."""
    for box in page.boxes:
        r = box.rect
        c.setFillColor(rgb(box.fill))
        c.rect(r.x, r.y, r.w, r.h, stroke=0, fill=1)
    for r, colour, width in page.frames:
        c.setStrokeColor(rgb(colour))
        c.setLineWidth(width)
        c.rect(r.x, r.y, r.w, r.h, stroke=1, fill=0)
    for x1, y1, x2, y2, colour, width in page.lines:
        c.setStrokeColor(rgb(colour))
        c.setLineWidth(width)
        c.line(x1, y1, x2, y2)
    c.setLineWidth(1.0)
    for disc in page.discs:
        c.setFillColor(rgb(disc.fill))
        c.setStrokeColor(rgb(disc.stroke))
        c.circle(disc.x, disc.y, disc.r, stroke=1, fill=1)
    draw_runs(c, page.all_runs())


def add_page(c: Canvas, page: Page) -> None:
    """One more page of the document, the size of ``page``."""
    c.setPageSize((page.width, page.height))
    c.saveState()
    c.translate(0, page.height)
    c.scale(1, -1)
    draw_page(c, page)
    c.restoreState()
    c.showPage()


def write_pages_pdf(pages: list[Page], target: str | BinaryIO, title: str) -> None:
    """A PDF of these pages only (``export --matrix`` / ``--plan`` to .pdf)."""
    first = pages[0]
    c = Canvas(target, pagesize=(first.width, first.height), initialFontName=register_font())
    c.setTitle(title)
    c.setCreator(CREATOR)
    c.setProducer(CREATOR)
    for page in pages:
        add_page(c, page)
    c.save()
