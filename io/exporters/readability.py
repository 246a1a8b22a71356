"""How small the text of a poster prints, found before anything is written.

A map fitted onto a sheet is scaled down: a 40-stage journey on A0 prints its
card text at about 2 pt, which no one can read, and the user only finds out at
the print shop. The smallest size is the smallest text run of the layout the
poster draws, times the scale it is drawn at; the command line (and the Export
dialog) tell the user when it is under :data:`READABLE_PT` and what to do.
"""

from __future__ import annotations

from journeycanvas.canvas.layout import JourneyLayout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.fill_paper import filled
from journeycanvas.io.exporters.options import ExportOptions, place
from journeycanvas.io.exporters.poster_layout import poster_layout

#: Below this a printed text is too small to read at arm's length.
READABLE_PT = 6.0


def smallest_run_size(layout: JourneyLayout) -> float | None:
    """The smallest font size of any text the map draws (in layout points)."""
    sizes = [
        r.size for box in (layout.title, *(s.header for s in layout.stages)) for r in box.texts
    ]
    sizes += [r.size for lane in layout.lanes for r in lane.header.texts]
    sizes += [r.size for card in layout.cards for r in card.texts]
    if layout.comment_list is not None:  # the comments' list must read as well as the cards
        sizes += [r.size for r in layout.comment_list.texts]
    return min(sizes) if sizes else None


def smallest_printed_pt(journey: Journey, options: ExportOptions) -> float | None:
    """The size the smallest text prints at on a PDF or PNG poster, in points;
    None for exports without paper (a pixel-width PNG, SVG, xlsx, Mermaid)."""
    if options.width_px is not None:
        return None
    if options.split_stages:
        from journeycanvas.io.exporters.split_pages import stage_pages

        pages = stage_pages(journey, options.split_stages)
    else:
        pages = [journey]
    found = [s for s in (_smallest_on_page(p, options) for p in pages) if s is not None]
    return min(found) if found else None


def _smallest_on_page(journey: Journey, options: ExportOptions) -> float | None:
    layout = poster_layout(filled(journey, options), options)
    smallest = smallest_run_size(layout)
    if smallest is None:
        return None
    if options.tile and not options.split_stages:
        from journeycanvas.io.exporters.tiling import tile_grid

        scale = tile_grid(options, layout.width, layout.height).scale
    else:
        scale = place(options, layout.width, layout.height).scale
    return smallest * scale


def too_small_warning(size_pt: float) -> str:
    """One sentence for the command line: the figure and what to do about it."""
    return (
        f"the smallest text prints at {size_pt:.1f} pt, under {READABLE_PT:g} pt: "
        "choose a bigger --paper, tile it (--tile A3 --sheets 4x2) or split it (--split-stages 10)"
    )
