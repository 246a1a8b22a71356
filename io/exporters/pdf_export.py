"""PDF: one poster sheet, the same poster tiled when a tile paper is chosen, or a page per
N stages.

The tiled and split writers are imported only when chosen: a plain poster export
(the usual command) does not pay for loading them.
"""

from __future__ import annotations

from typing import BinaryIO

from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.pdf_poster import export_pdf
from journeycanvas.io.exporters.progress import Progress


def write_pdf(
    journey: Journey, target: str | BinaryIO, options: ExportOptions, progress: Progress = None
) -> None:
    if options.split_stages:
        from journeycanvas.io.exporters.split_pages import export_split_pdf

        export_split_pdf(journey, target, options, progress)
    elif options.tile:
        from journeycanvas.io.exporters.tiling import export_tiled_pdf

        export_tiled_pdf(journey, target, options, progress)
    else:
        export_pdf(journey, target, options, progress)
