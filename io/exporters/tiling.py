"""The poster tiled onto office-printer sheets, with overlap, crop and alignment marks.

Every sheet shows a window of the same poster: the map is one PDF form placed
with a translation and clipped to the sheet's printable window, so adjacent
sheets repeat exactly ``overlap`` millimetres of the map — no resampling, no
rounding of their own. The first page shows how the sheets assemble.

Rows are letters and columns numbers, so sheet "B2 of 3×4" is row B, column 2
of 3 rows × 4 columns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions, place
from journeycanvas.io.exporters.paper import MM, Orientation, Paper, parse_paper
from journeycanvas.io.exporters.pdf_drawing import (
    define_map_form,
    draw_string,
    rgb,
)
from journeycanvas.io.exporters.pdf_poster import new_canvas, place_map
from journeycanvas.io.exporters.poster_info import footer_runs, footer_text
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.tiling_text import assembly_lines, sheet_caption

#: Unprinted border of each sheet: room for the printer's grip, marks and the label.
SHEET_MARGIN_MM = 12.0
CROP_MARK_MM = 7.0
MARK_COLOR = "#37474F"


@dataclass(frozen=True)
class TileGrid:
    """How the scaled map (poster_w × poster_h points) is cut into rows × cols sheets."""

    sheet: Paper
    margin: float
    overlap: float
    scale: float
    poster_w: float
    poster_h: float
    rows: int
    cols: int

    @property
    def window_w(self) -> float:
        return self.sheet.width - 2 * self.margin

    @property
    def window_h(self) -> float:
        return self.sheet.height - 2 * self.margin

    def origin(self, row: int, col: int) -> tuple[float, float]:
        """The poster point (y down) at the top-left of sheet (row, col)'s window."""
        return col * (self.window_w - self.overlap), row * (self.window_h - self.overlap)

    @property
    def count(self) -> int:
        return self.rows * self.cols


def row_name(row: int) -> str:
    """A, B, … Z, AA, AB, … like spreadsheet columns."""
    name = ""
    row += 1
    while row:
        row, rest = divmod(row - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _count(length: float, window: float, overlap: float) -> int:
    if length <= window + 1e-6:
        return 1
    return math.ceil((length - overlap) / (window - overlap) - 1e-9)


def tile_grid(options: ExportOptions, map_w: float, map_h: float) -> TileGrid:
    """The grid for tiling; the sheet is turned whichever way needs fewer sheets."""
    assert options.tile
    # At a chosen scale the poster is as big as it needs to be: the tiles carry it.
    scale = options.scale if options.scale is not None else place(options, map_w, map_h).scale
    poster_w, poster_h = map_w * scale, map_h * scale
    margin = SHEET_MARGIN_MM * MM
    overlap = options.overlap_mm * MM
    best: TileGrid | None = None
    base = parse_paper(options.tile)
    for orientation in (Orientation.PORTRAIT, Orientation.LANDSCAPE):
        sheet = base.turned(orientation)
        win_w, win_h = sheet.width - 2 * margin, sheet.height - 2 * margin
        if overlap >= min(win_w, win_h) / 2:
            raise ValueError(
                f"an overlap of {options.overlap_mm:g} mm is too large for {sheet.name} sheets"
            )
        grid = TileGrid(
            sheet,
            margin,
            overlap,
            scale,
            poster_w,
            poster_h,
            _count(poster_h, win_h, overlap),
            _count(poster_w, win_w, overlap),
        )
        if best is None or grid.count < best.count:
            best = grid
    assert best is not None
    return best


def export_tiled_pdf(
    journey: Journey, target: str | BinaryIO, options: ExportOptions, progress: Progress = None
) -> TileGrid:
    """Write the assembly page and one page per sheet; returns the grid used."""
    step(progress, 0.0)
    layout = compute_layout(journey)
    grid = tile_grid(options, layout.width, layout.height)
    c = new_canvas(target, (grid.sheet.width, grid.sheet.height), journey, options)
    define_map_form(c, layout, footer_runs(layout, footer_text(options.source_name)))
    _assembly_page(c, layout, grid, journey)
    c.showPage()
    done = 0
    for row in range(grid.rows):
        for col in range(grid.cols):
            _sheet(c, layout, grid, row, col, journey)
            c.showPage()
            done += 1
            step(progress, 0.1 + 0.85 * done / grid.count)
    c.save()
    step(progress, 1.0)
    return grid


def _sheet(c: Canvas, layout: JourneyLayout, grid: TileGrid, row: int, col: int, journey) -> None:
    c.setPageSize((grid.sheet.width, grid.sheet.height))
    m, ww, wh = grid.margin, grid.window_w, grid.window_h
    ox, oy = grid.origin(row, col)
    c.saveState()
    clip = c.beginPath()
    clip.rect(m, m, ww, wh)
    c.clipPath(clip, stroke=0, fill=0)
    place_map(c, layout, grid.scale, m - ox, m - oy)
    c.restoreState()
    _crop_marks(c, grid)
    _alignment_marks(c, grid, row, col)
    caption, detail = sheet_caption(journey.language, row_name(row), col + 1, grid.rows, grid.cols)
    c.setFillColor(rgb(MARK_COLOR))
    # Clear of the crop marks, which run down from the window's corners.
    draw_string(c, m + 3 * MM, m / 2 - 3, caption, 10)
    draw_string(c, grid.sheet.width - m - 3 * MM, m / 2 - 2.5, detail, 7, anchor="end")


def _crop_marks(c: Canvas, grid: TileGrid) -> None:
    """Short lines in the margin continuing each edge of the window: cut here."""
    m, w, h = grid.margin, grid.sheet.width, grid.sheet.height
    gap, length = 1.5 * MM, CROP_MARK_MM * MM
    c.setStrokeColor(rgb(MARK_COLOR))
    c.setLineWidth(0.4)
    for x in (m, w - m):
        for y0, sign in ((m, -1), (h - m, 1)):
            c.line(x, y0 + sign * gap, x, y0 + sign * (gap + length))
    for y in (m, h - m):
        for x0, sign in ((m, -1), (w - m, 1)):
            c.line(x0 + sign * gap, y, x0 + sign * (gap + length), y)


def _alignment_marks(c: Canvas, grid: TileGrid, row: int, col: int) -> None:
    """A target in the margin on the middle of each overlap band shared with a neighbour.

    The neighbour carries a target over the same stretch of map, so laying one
    sheet over the other until the targets meet lines the map up.
    """
    m, w, h, ov = grid.margin, grid.sheet.width, grid.sheet.height, grid.overlap
    # (page x, page y, y-up) of every target: bands on the left/right and top/bottom.
    targets: list[tuple[float, float]] = []
    mid_top = h - m / 2
    if col > 0:
        targets += [(m + ov / 2, mid_top)]
    if col < grid.cols - 1:
        targets += [(w - m - ov / 2, mid_top)]
    if row > 0:
        targets += [(m / 2, h - m - ov / 2)]
    if row < grid.rows - 1:
        targets += [(m / 2, m + ov / 2)]
    c.setStrokeColor(rgb(MARK_COLOR))
    c.setLineWidth(0.4)
    r = 2.2 * MM
    for x, y in targets:
        c.circle(x, y, r, stroke=1, fill=0)
        c.line(x - 1.6 * r, y, x + 1.6 * r, y)
        c.line(x, y - 1.6 * r, x, y + 1.6 * r)


def _assembly_page(c: Canvas, layout: JourneyLayout, grid: TileGrid, journey: Journey) -> None:
    """The poster in miniature with the sheets drawn over it, and how to put them together."""
    sheet = grid.sheet.turned(Orientation.AUTO, grid.poster_w, grid.poster_h)
    c.setPageSize((sheet.width, sheet.height))
    m = 15 * MM
    lines = assembly_lines(
        journey.language, grid.rows, grid.cols, grid.sheet.name, grid.overlap / MM, journey.title
    )
    y = sheet.height - m
    c.setFillColor(rgb(style.INK))
    for i, line in enumerate(lines):
        size = 14 if i == 0 else 9
        y -= size * 1.4
        draw_string(c, m, y, line, size)
    top = y - 8 * MM
    avail_w, avail_h = sheet.width - 2 * m, top - m
    span_w = grid.origin(0, grid.cols - 1)[0] + grid.window_w
    span_h = grid.origin(grid.rows - 1, 0)[1] + grid.window_h
    k = min(avail_w / span_w, avail_h / span_h)
    x0 = m + (avail_w - span_w * k) / 2
    place_map(c, layout, grid.scale * k, x0, sheet.height - top)
    c.setLineWidth(0.8)
    for row in range(grid.rows):
        for col in range(grid.cols):
            ox, oy = grid.origin(row, col)
            x, y_top = x0 + ox * k, sheet.height - top + oy * k
            w, h = grid.window_w * k, grid.window_h * k
            c.setStrokeColor(rgb("#1E88E5"))
            c.rect(x, sheet.height - y_top - h, w, h, stroke=1, fill=0)
            c.setFillColor(rgb("#1E88E5"))
            label = f"{row_name(row)}{col + 1}"
            size = max(6.0, min(16.0, h / 5))
            draw_string(c, x + w / 2, sheet.height - y_top - h / 2, label, size, anchor="middle")
