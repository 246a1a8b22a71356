"""The poster tiled onto office-printer sheets, with overlap, crop and alignment marks.

Every sheet shows a window of the same poster: the map is one PDF form placed
with a translation and clipped to the sheet's printable window, so adjacent
sheets repeat exactly ``overlap`` millimetres of the map — no resampling, no
rounding of their own. The first page shows how the sheets assemble.

Sheets are named by row and column in words ("row 2, column 3"; "R2 C3" where
space is short), never "B3" or "A1 of 4×2", which read as paper sizes.

Cutting follows the assembly page: every sheet but those of the first column
loses its left margin, every sheet but those of the top row its top margin, and
is laid over its neighbour with the cut edge on the join. So the marks that
matter sit where the paper is kept: a target is drawn centred on each join
line, half on each sheet — the lower sheet keeps the half before its
neighbour's cut edge, the upper sheet the half after it — and the two halves
make one whole circle when the sheets are placed right.

The grid is chosen so no last row or column is more than 90 % blank: when fitting
to a paper would leave one that empty, the poster is drawn slightly smaller so
that row or column is not needed. "Fit to N×M sheets" chooses the scale from
the number of sheets instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import JourneyLayout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions, check_tile_paper, place
from journeycanvas.io.exporters.paper import MM, Orientation, Paper
from journeycanvas.io.exporters.pdf_drawing import (
    define_map_form,
    draw_string,
    rgb,
)
from journeycanvas.io.exporters.pdf_poster import new_canvas, place_map
from journeycanvas.io.exporters.poster_info import footer_runs, journey_footer
from journeycanvas.io.exporters.poster_layout import poster_layout
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.tiling_text import assembly_lines, sheet_caption, sheet_label

#: Unprinted border of each sheet: room for the printer's grip, marks and the label.
SHEET_MARGIN_MM = 12.0
CROP_MARK_MM = 7.0
MARK_COLOR = "#37474F"
TARGET_RADIUS_MM = 2.5
#: A last row or column with less of the poster than this share of a sheet is avoided.
MIN_LAST_SHARE = 0.10


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


def _count(length: float, window: float, overlap: float) -> int:
    if length <= window + 1e-6:
        return 1
    return math.ceil((length - overlap) / (window - overlap) - 1e-9)


def _span(count: int, window: float, overlap: float) -> float:
    """How much poster ``count`` sheets of ``window`` overlapping by ``overlap`` carry."""
    return count * (window - overlap) + overlap


def last_share(length: float, count: int, window: float, overlap: float) -> float:
    """The share of the last sheet (row or column) that carries poster."""
    if count == 1:
        return min(1.0, length / window)
    return (length - (count - 1) * (window - overlap)) / window


def tile_grid(options: ExportOptions, map_w: float, map_h: float) -> TileGrid:
    """The grid for tiling; the sheet is turned whichever way needs fewer sheets.

    With ``options.fit_sheets`` (columns, rows) the scale is the largest at which
    the map fits that many sheets, in whichever turn of the sheet draws it larger.
    """
    assert options.tile
    margin = SHEET_MARGIN_MM * MM
    overlap = options.overlap_mm * MM
    base = check_tile_paper(options.tile)
    best: TileGrid | None = None
    for orientation in (Orientation.PORTRAIT, Orientation.LANDSCAPE):
        sheet = base.turned(orientation)
        win_w, win_h = sheet.width - 2 * margin, sheet.height - 2 * margin
        if overlap >= min(win_w, win_h) / 2:
            raise ValueError(
                f"an overlap of {options.overlap_mm:g} mm is too large for {sheet.name} sheets"
            )
        grid = _grid_on(options, sheet, margin, overlap, map_w, map_h)
        if options.fit_sheets:
            better = best is None or grid.scale > best.scale + 1e-9
        else:
            better = best is None or grid.count < best.count
        if better:
            best = grid
    assert best is not None
    return best


def _grid_on(
    options: ExportOptions, sheet: Paper, margin: float, overlap: float, map_w: float, map_h: float
) -> TileGrid:
    win_w, win_h = sheet.width - 2 * margin, sheet.height - 2 * margin
    if options.fit_sheets:
        cols, rows = options.fit_sheets
        scale = min(_span(cols, win_w, overlap) / map_w, _span(rows, win_h, overlap) / map_h)
    elif options.scale is not None:
        # At a chosen scale the poster is as big as it needs to be: the tiles carry it.
        scale = options.scale
    else:
        scale = place(options, map_w, map_h).scale
    rows = _count(map_h * scale, win_h, overlap)
    cols = _count(map_w * scale, win_w, overlap)
    if options.scale is None and not options.fit_sheets:
        # Fitted to a paper: a nearly empty last row or column is not worth a sheet.
        for _ in range(2):
            if rows > 1 and last_share(map_h * scale, rows, win_h, overlap) < MIN_LAST_SHARE:
                rows -= 1
                scale = min(scale, _span(rows, win_h, overlap) / map_h)
            if cols > 1 and last_share(map_w * scale, cols, win_w, overlap) < MIN_LAST_SHARE:
                cols -= 1
                scale = min(scale, _span(cols, win_w, overlap) / map_w)
    rows = _count(map_h * scale, win_h, overlap)
    cols = _count(map_w * scale, win_w, overlap)
    return TileGrid(sheet, margin, overlap, scale, map_w * scale, map_h * scale, rows, cols)


def export_tiled_pdf(
    journey: Journey, target: str | BinaryIO, options: ExportOptions, progress: Progress = None
) -> TileGrid:
    """Write the assembly page and one page per sheet; returns the grid used."""
    step(progress, 0.0)
    layout = poster_layout(journey, options)
    grid = tile_grid(options, layout.width, layout.height)
    c = new_canvas(target, (grid.sheet.width, grid.sheet.height), journey, options)
    define_map_form(c, layout, footer_runs(layout, journey_footer(journey, options.source_name)))
    _assembly_page(c, layout, grid, journey)
    c.showPage()
    done = 0
    for row in range(grid.rows):
        for col in range(grid.cols):
            _sheet(c, layout, grid, row, col, journey)
            c.showPage()
            done += 1
            step(progress, 0.1 + 0.85 * done / grid.count)
    if options.with_plan:
        from journeycanvas.io.exporters.plan_export import add_plan_pages

        add_plan_pages(c, journey)
    c.save()
    step(progress, 1.0)
    return grid


def kept_region(grid: TileGrid, row: int, col: int) -> tuple[float, float, float, float]:
    """What is left of a sheet after cutting as the instructions say (page points, y up).

    (left, bottom, right, top): the left margin goes unless in the first column,
    the top margin unless in the top row.
    """
    w, h, m = grid.sheet.width, grid.sheet.height, grid.margin
    return (m if col > 0 else 0.0, 0.0, w, h - m if row > 0 else h)


def join_targets(grid: TileGrid, row: int, col: int) -> list[tuple[float, float]]:
    """Centres (page points, y up) of the alignment targets on a sheet.

    Each join gets two targets, at a quarter and three quarters of the stretch
    both sheets share, centred on the join line: for a sheet's left and top
    joins that is its own cut edge; for its right and bottom joins, the line
    where its neighbour's cut edge must lie.
    """
    m, ww, wh, ov = grid.margin, grid.window_w, grid.window_h, grid.overlap
    h = grid.sheet.height
    along_y = [h - m - wh * f for f in (0.25, 0.75)]  # on a vertical join
    along_x = [m + ww * f for f in (0.25, 0.75)]  # on a horizontal join
    targets: list[tuple[float, float]] = []
    if col > 0:
        targets += [(m, y) for y in along_y]
    if col < grid.cols - 1:
        targets += [(m + ww - ov, y) for y in along_y]
    if row > 0:
        targets += [(x, h - m) for x in along_x]
    if row < grid.rows - 1:
        targets += [(x, h - m - wh + ov) for x in along_x]
    return targets


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
    _crop_marks(c, grid, row, col)
    _alignment_marks(c, grid, row, col)
    caption, detail = sheet_caption(journey.language, row, col, grid.rows, grid.cols)
    c.setFillColor(rgb(MARK_COLOR))
    # In the bottom margin, which is kept, clear of the crop marks.
    draw_string(c, m + 3 * MM, m / 2 - 3, caption, 10)
    draw_string(c, grid.sheet.width - m - 3 * MM, m / 2 - 2.5, detail, 7, anchor="end")


def _crop_marks(c: Canvas, grid: TileGrid, row: int, col: int) -> None:
    """Short lines in the margin continuing each edge to cut along (left and top)."""
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
    """The targets of :func:`join_targets`, over the map, in a colour it does not use."""
    r = TARGET_RADIUS_MM * MM
    c.saveState()
    c.setLineWidth(0.5)
    for x, y in join_targets(grid, row, col):
        # A white halo first, so the target reads on any card colour.
        for color, width in (("#FFFFFF", 1.6), (MARK_COLOR, 0.5)):
            c.setStrokeColor(rgb(color))
            c.setLineWidth(width)
            c.circle(x, y, r, stroke=1, fill=0)
            c.line(x - 1.6 * r, y, x + 1.6 * r, y)
            c.line(x, y - 1.6 * r, x, y + 1.6 * r)
    c.restoreState()


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
            label = sheet_label(journey.language, row, col)
            size = max(6.0, min(16.0, h / 5))
            draw_string(c, x + w / 2, sheet.height - y_top - h / 2, label, size, anchor="middle")
