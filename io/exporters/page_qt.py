"""A ``canvas/pages.py`` page painted with Qt: the editor's priority-matrix dock and the PNG.

The same shapes as the PDF pages (io/exporters/page_pdf.py); only the drawing
calls differ. ``selected`` discs get a thicker ring and ``moved`` ones are drawn
where a drag has them, so the dock needs no painting of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPen

from journeycanvas.canvas.pages import Page
from journeycanvas.canvas.painting import draw_runs, qcolor, qrect
from journeycanvas.io.exporters.png_stream import PngStream


def paint_page(
    painter: QPainter,
    page: Page,
    selected: frozenset[str] = frozenset(),
    moved: dict[str, tuple[float, float]] | None = None,
) -> None:
    moved = moved or {}
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for box in page.boxes:
        painter.fillRect(qrect(box.rect), qcolor(box.fill))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for r, colour, width in page.frames:
        painter.setPen(QPen(qcolor(colour), width))
        painter.drawRect(qrect(r))
    for x1, y1, x2, y2, colour, width in page.lines:
        painter.setPen(QPen(qcolor(colour), width))
        painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    runs = [r for box in page.boxes for r in box.texts] + list(page.runs)
    for disc in page.discs:
        x, y = moved.get(disc.key, (disc.x, disc.y))
        painter.setPen(QPen(qcolor(disc.stroke), 3.0 if disc.key in selected else 1.0))
        painter.setBrush(QBrush(qcolor(disc.fill)))
        painter.drawEllipse(QPointF(x, y), disc.r, disc.r)
        if disc.label is not None:
            dx, dy = x - disc.x, y - disc.y
            label = disc.label
            runs.append(replace(label, x=label.x + dx, y=label.y + dy) if dx or dy else label)
    draw_runs(painter, runs)
    painter.restore()


def write_page_png(page: Page, target: str, dpi: int = 150) -> None:
    """The page as a PNG at ``dpi``."""
    write_painted_png(page.width, page.height, lambda p: paint_page(p, page), target, dpi)


def write_painted_png(
    width_pt: float, height_pt: float, paint: Callable[[QPainter], None], target: str, dpi: int
) -> None:
    """A small page (matrix, plan, channels) painted into one image and written as a PNG:
    such a page is small enough for one image, so no bands as the poster needs."""
    scale = dpi / 72.0
    width, height = max(1, round(width_pt * scale)), max(1, round(height_pt * scale))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint(painter)
    painter.end()
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    with open(target, "wb") as handle:
        png = PngStream(handle, width, height, alpha=False, dpi=dpi)
        png.write_rows(image.constBits(), height, image.bytesPerLine())
        png.close()
