"""PNG: the map as the canvas draws it, on a paper at a DPI, or at a pixel width.

Rendered in horizontal bands of at most BAND_PIXELS pixels, each painted with
only the pieces that reach into it and streamed straight into the file, so
memory stays bounded whatever the poster's size. While one band is painted the
band before it is compressed on a second thread (zlib lets go of the interpreter
lock), so painting and compressing overlap; at most two bands are held at once.
"""

from __future__ import annotations

import math
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from journeycanvas.canvas.layout import JourneyLayout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.fill_paper import filled
from journeycanvas.io.exporters.options import MAX_PNG_SIDE, ExportOptions, place
from journeycanvas.io.exporters.png_stream import PngStream
from journeycanvas.io.exporters.poster_info import footer_runs, journey_footer
from journeycanvas.io.exporters.poster_layout import poster_layout
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.qt_render import paint_map

BAND_PIXELS = 8_000_000  # about 32 MB per band at 4 bytes a pixel
_BAND_OVERLAP = 8  # rows painted beyond each side of a band, then cut off


@dataclass(frozen=True)
class Raster:
    """Image size in pixels and where the map goes: pixel offset and pixels per point."""

    width: int
    height: int
    x: float
    y: float
    scale: float
    dpi: float | None


def raster_for(options: ExportOptions, layout: JourneyLayout) -> Raster:
    if options.width_px:
        scale = options.width_px / layout.width
        height = max(1, round(layout.height * scale))
        return Raster(options.width_px, height, 0.0, 0.0, scale, None)
    px = options.dpi / 72.0
    sheet = place(options, layout.width, layout.height)
    width, height = round(sheet.page_w * px), round(sheet.page_h * px)
    if max(width, height) > MAX_PNG_SIDE:
        raise ValueError(f"{width}×{height} pixels is too large; choose a lower DPI")
    # Whole-pixel offsets: every band then sees the map at the same sub-pixel phase.
    x, y = round(sheet.x * px), round(sheet.y * px)
    return Raster(width, height, x, y, sheet.scale * px, options.dpi)


def export_png(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> Raster:
    step(progress, 0.0)
    journey = filled(journey, options)  # landscape paper: wider stages fill the sheet
    layout = poster_layout(journey, options)
    raster = raster_for(options, layout)
    footer = footer_runs(layout, journey_footer(journey, options.source_name))
    alpha = options.transparent
    band = max(1, min(raster.height, BAND_PIXELS // raster.width))
    bands = math.ceil(raster.height / band)
    fmt = QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32
    packed = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    with open(target, "wb") as handle, ThreadPoolExecutor(1) as writer:
        png = PngStream(handle, raster.width, raster.height, alpha=alpha, dpi=raster.dpi)
        pending: Future | None = None  # the band before, being compressed and written
        for i in range(bands):
            top = i * band
            rows = min(band, raster.height - top)
            # Each band is painted with a few rows of its neighbours and then cut to
            # size: Qt's rasteriser treats a shape that leaves the image edge otherwise
            # than one inside it, which left a seam of odd pixels where bands met.
            above = min(top, _BAND_OVERLAP)
            image = QImage(raster.width, rows + above + _BAND_OVERLAP, fmt)
            image.fill(Qt.GlobalColor.transparent if alpha else Qt.GlobalColor.white)
            painter = QPainter(image)
            painter.translate(raster.x, raster.y - top + above)
            painter.scale(raster.scale, raster.scale)
            # The band in map points, so the painter skips what lies outside it.
            visible = QRectF(
                -raster.x / raster.scale,
                (top - above - raster.y) / raster.scale,
                raster.width / raster.scale,
                (rows + above + _BAND_OVERLAP) / raster.scale,
            )
            paint_map(painter, layout, footer, transparent=alpha, visible=visible)
            painter.end()
            if alpha:
                # Unpremultiplying is convertToFormat's own (a copy drawn into RGBA
                # rounds otherwise); the band's own rows are read past the neighbours'.
                image = image.convertToFormat(packed)
                stride = image.bytesPerLine()
                band_rows = memoryview(image.constBits())[above * stride :]
                write = (_write_band, png, image, band_rows, rows, stride)
            else:
                write = (png.write_filtered, filtered_rows(image, above, rows), rows)
            del image
            if pending is not None:
                pending.result()  # bands go into the file in order; errors surface here
            pending = writer.submit(*write)
            del write
            step(progress, (i + 1) / bands)
        if pending is not None:
            pending.result()
        png.close()
    return raster


def _write_band(png: PngStream, image: QImage, rows_bytes: memoryview, rows: int, stride: int):
    """Compress and write one band; ``image`` is passed to keep its pixels alive."""
    png.write_rows(rows_bytes, rows, stride)
    del image


def filtered_rows(image: QImage, first: int, rows: int) -> memoryview:
    """Rows ``first`` … ``first + rows`` of an opaque ``image`` as a PNG's image data
    wants them: packed RGB bytes, each row after its filter byte 0.

    Qt copies the rows (composition mode Source: the pixels as they are, the same
    bytes convertToFormat gives; tests/test_png_stream.py compares them) into a
    buffer whose lines are one byte longer than their pixels; that byte, never
    written and left 0, is the next line's filter byte. So a band costs one
    conversion pass and no copy in Python, and zlib reads it in one call with the
    interpreter lock let go.
    """
    width = image.width()
    line = width * 3 + 1
    buffer = bytearray(1 + rows * line)
    target = QImage(memoryview(buffer)[1:], width, rows, line, QImage.Format.Format_RGB888)
    painter = QPainter(target)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(0, 0, image, 0, first, width, rows)
    painter.end()
    del target  # it borrowed the buffer; the buffer outlives it
    return memoryview(buffer)[: rows * line]
