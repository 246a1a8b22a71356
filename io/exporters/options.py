"""What the user chose for an export, and where the map lands on the sheet.

Shared by every exporter, the command line and the Export dialog, so a poster
from the dialog and one from ``journeycanvas export`` with the same choices are
the same poster. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.io.exporters.paper import (
    MM,
    TILE_PAPERS,
    Orientation,
    Paper,
    PaperError,
    parse_paper,
)

FORMATS = ("pdf", "png", "svg", "xlsx", "mmd")
MIN_DPI, MAX_DPI = 72, 600
MAX_PNG_SIDE = 60_000  # pixels; beyond this no viewer opens the file anyway
MAX_FIT_SHEETS = 20  # per direction
MAX_BLEED_MM = 10.0  # print shops ask for 2–5 mm


@dataclass(frozen=True)
class ExportOptions:
    paper: str = "A1"
    orientation: Orientation = Orientation.AUTO
    margin_mm: float = 10.0
    scale: float | None = None  # None: fit the map to the printable area
    tile: str | None = None  # tile the poster onto sheets of this paper
    fit_sheets: tuple[int, int] | None = None  # tiling: fit to (columns, rows) sheets
    bleed_mm: float = 0.0  # single-sheet PDF: bleed beyond the trim, with crop marks
    overlap_mm: float = 10.0
    dpi: int = 300
    width_px: int | None = None  # PNG: a pixel width instead of paper × DPI
    transparent: bool = False
    source_name: str = ""  # the file name printed in the title block footer
    author: str = ""
    split_stages: int | None = None  # PDF: a page per this many stages
    include_suggestions: bool = False  # posters: draw an import's unaccepted suggestions
    with_plan: bool = False  # PDF: add the priority matrix and action plan pages
    include_comments: bool = False  # posters: numbered comment markers and their list
    theme: str | None = None  # posters: another theme than the journey's own (canvas/themes.py)


@dataclass(frozen=True)
class Placement:
    """The map on one sheet: page size, scale, and the map's top-left corner (y down)."""

    page_w: float
    page_h: float
    scale: float
    x: float
    y: float

    @property
    def map_w(self) -> float:
        return self.page_w - 2 * self.x

    @property
    def map_h(self) -> float:
        return self.page_h - 2 * self.y


def poster_paper(options: ExportOptions, map_w: float, map_h: float) -> Paper:
    return parse_paper(options.paper).turned(options.orientation, map_w, map_h)


def place(options: ExportOptions, map_w: float, map_h: float) -> Placement:
    """Fit (or scale) the map into the poster paper's printable area, centred."""
    paper = poster_paper(options, map_w, map_h)
    margin = options.margin_mm * MM
    avail_w, avail_h = paper.width - 2 * margin, paper.height - 2 * margin
    if avail_w <= 0 or avail_h <= 0:
        raise PaperError(
            f"a margin of {options.margin_mm:g} mm leaves no room on {paper.name} paper"
        )
    if options.scale is None:
        scale = min(avail_w / map_w, avail_h / map_h)
    else:
        scale = options.scale
        if map_w * scale > avail_w + 0.01 or map_h * scale > avail_h + 0.01:
            raise PaperError(
                f"at scale {scale:g} the map is "
                f"{map_w * scale / MM:.0f}×{map_h * scale / MM:.0f} mm, "
                f"more than the {avail_w / MM:.0f}×{avail_h / MM:.0f} mm printable on "
                f"{paper.name}; choose a larger paper, a smaller scale, or fit to the page"
            )
    x = (paper.width - map_w * scale) / 2
    y = (paper.height - map_h * scale) / 2
    return Placement(paper.width, paper.height, scale, x, y)


def check(options: ExportOptions) -> None:
    """Refuse impossible choices before any work, with one sentence."""
    parse_paper(options.paper)
    if options.tile:
        check_tile_paper(options.tile)
    if not 0 <= options.bleed_mm <= MAX_BLEED_MM:
        raise PaperError(f"the bleed must be 0–{MAX_BLEED_MM:g} mm, not {options.bleed_mm:g}")
    if options.bleed_mm and options.tile:
        raise PaperError("bleed is for a poster printed on one sheet, not for tiles")
    if options.fit_sheets is not None:
        if not options.tile:
            raise PaperError("fitting to a number of sheets needs tiling (a sheet paper)")
        if options.scale is not None:
            raise PaperError("give either a scale or a number of sheets to fit, not both")
        if not all(1 <= n <= MAX_FIT_SHEETS for n in options.fit_sheets):
            cols, rows = options.fit_sheets
            raise PaperError(f"fit to 1–{MAX_FIT_SHEETS} sheets across and down, not {cols}×{rows}")
    if not MIN_DPI <= options.dpi <= MAX_DPI:
        raise PaperError(f"the resolution must be {MIN_DPI}–{MAX_DPI} DPI, not {options.dpi}")
    if options.overlap_mm < 0 or options.overlap_mm > 50:
        raise PaperError(f"the overlap must be 0–50 mm, not {options.overlap_mm:g}")
    if options.margin_mm < 0 or options.margin_mm > 100:
        raise PaperError(f"the margin must be 0–100 mm, not {options.margin_mm:g}")
    if options.scale is not None and not 0.01 <= options.scale <= 20:
        raise PaperError(f"the scale must be between 0.01 and 20, not {options.scale:g}")
    if options.width_px is not None and not 16 <= options.width_px <= MAX_PNG_SIDE:
        raise PaperError(f"the width must be 16–{MAX_PNG_SIDE} pixels, not {options.width_px}")


def check_tile_paper(name: str) -> Paper:
    """The sheet paper, refused unless an office printer takes it (as the help says)."""
    paper = parse_paper(name)
    if paper.name not in TILE_PAPERS:
        listed = f"{', '.join(TILE_PAPERS[:-1])} or {TILE_PAPERS[-1]}"
        raise PaperError(f"tiles must be {listed} sheets, not {paper.name}")
    return paper
