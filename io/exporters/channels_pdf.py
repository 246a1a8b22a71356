"""The channel page as a vector PDF: one page the size of the matrix, text in the bundled fonts.

Draws ``canvas/analysis/channel_page.py``'s layout, as the editor's channel
view paints it, so the page printed for a workshop is the one on screen.
"""

from __future__ import annotations

import math
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas import style
from journeycanvas.canvas.analysis.channel_page import BREAK_COLOR, FLAG_COLOR, ChannelPage
from journeycanvas.io.exporters.pdf_drawing import draw_runs, register_font, rgb
from journeycanvas.io.exporters.poster_info import CREATOR

ARROW_HEAD = 7.0


def write_channel_pdf(page: ChannelPage, target: str | BinaryIO, title: str) -> None:
    c = Canvas(target, pagesize=(page.width, page.height), initialFontName=register_font())
    c.setTitle(title)
    c.setCreator(CREATOR)
    c.setProducer(CREATOR)
    c.saveState()
    # The layout is y down; flip the page so its points draw as they are.
    c.translate(0, page.height)
    c.scale(1, -1)
    draw_channel_page(c, page)
    c.restoreState()
    c.showPage()
    c.save()


def draw_channel_page(c: Canvas, page: ChannelPage) -> None:
    c.setFillColor(rgb(style.PAGE))
    c.rect(0, 0, page.width, page.height, stroke=0, fill=1)
    for box in page.boxes:
        r = box.rect
        c.setFillColor(rgb(box.fill))
        c.rect(r.x, r.y, r.w, r.h, stroke=0, fill=1)
    c.setLineWidth(0.6)
    for cell in page.cells:
        r = cell.rect
        c.setFillColor(rgb(cell.fill))
        c.setStrokeColor(rgb(style.GRID))
        c.rect(r.x, r.y, r.w, r.h, stroke=1, fill=1)
    c.setLineWidth(2.0)
    c.setStrokeColor(rgb(FLAG_COLOR))
    for cell in page.cells:
        if cell.flagged:
            r = cell.rect
            c.rect(r.x + 1, r.y + 1, r.w - 2, r.h - 2, stroke=1, fill=0)
    c.setStrokeColor(rgb(BREAK_COLOR))
    c.setFillColor(rgb(BREAK_COLOR))
    c.setLineWidth(1.8)
    for arrow in page.arrows:
        c.line(arrow.x1, arrow.y1, arrow.x2, arrow.y2)
        angle = math.atan2(arrow.y2 - arrow.y1, arrow.x2 - arrow.x1)
        path = c.beginPath()
        path.moveTo(arrow.x2, arrow.y2)
        for side in (-0.45, 0.45):
            path.lineTo(
                arrow.x2 - ARROW_HEAD * math.cos(angle + side),
                arrow.y2 - ARROW_HEAD * math.sin(angle + side),
            )
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(rgb(arrow.label.fill))
        r = arrow.label.rect
        c.rect(r.x, r.y, r.w, r.h, stroke=1, fill=1)
        c.setFillColor(rgb(BREAK_COLOR))
    runs = [r for box in page.boxes for r in box.texts]
    runs += [r for cell in page.cells for r in cell.texts]
    runs += [r for arrow in page.arrows for r in arrow.label.texts]
    runs += list(page.notes)
    draw_runs(c, runs)
