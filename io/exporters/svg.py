"""SVG through QtSvg: the map at its own size, one SVG unit per point, text kept as text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.poster_info import CREATOR, footer_runs, footer_text, subject
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.qt_render import paint_map


def export_svg(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> None:
    step(progress, 0.0)
    layout = compute_layout(journey)
    generator = QSvgGenerator()
    generator.setFileName(target)
    generator.setSize(QSize(round(layout.width), round(layout.height)))
    generator.setViewBox(QRectF(0, 0, layout.width, layout.height))
    generator.setResolution(72)
    generator.setTitle(journey.title or "Customer journey map")
    generator.setDescription(f"{subject(journey)} — {CREATOR}")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(f"the SVG file {target} could not be opened for writing")
    try:
        footer = footer_runs(layout, footer_text(options.source_name))
        paint_map(painter, layout, footer, transparent=options.transparent)
    finally:
        painter.end()
    step(progress, 1.0)
