"""The layout a poster draws: the map's, plus its comments when the user asked for them.

Every poster writer (PDF on one sheet, tiled or split, PNG, SVG) and the checks
made before writing (readability, filling landscape paper) lay the journey out
through here, so the comments' markers and list are part of the one layout all
of them draw, and the list's height counts when the map is fitted to the paper.
"""

from __future__ import annotations

from journeycanvas.canvas.comment_notes import with_comment_notes
from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions


def poster_layout(journey: Journey, options: ExportOptions) -> JourneyLayout:
    layout = compute_layout(journey)
    if options.include_comments and journey.comments:
        return with_comment_notes(journey, layout)
    return layout
