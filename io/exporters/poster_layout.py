"""The layout a poster draws: the map's, plus its comments when the user asked for them.

Every poster writer (PDF on one sheet, tiled or split, PNG, SVG) and the checks
made before writing (readability, filling landscape paper) lay the journey out
through here, so the comments' markers and list are part of the one layout all
of them draw, and the list's height counts when the map is fitted to the paper.

One export command lays the same journey out several times (the readability
check, filling the paper, the writer); a 1,000-touchpoint map takes a second or
more each time. Inside :func:`reusing_layouts` a journey's layout is made once.
The reuse is scoped, not a global cache, because the model is mutable: outside a
command (the editor's Export dialog) a journey may change between two calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from journeycanvas.canvas.comment_notes import with_comment_notes
from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions

# (id of the journey, with comments) -> (the journey, kept alive so the id stays
# its own, and its layout); None when no command is reusing layouts.
_reused: dict[tuple[int, bool], tuple[Journey, JourneyLayout]] | None = None


@contextmanager
def reusing_layouts() -> Iterator[None]:
    """Within the block each journey is laid out once; it must not change inside it."""
    global _reused
    outer = _reused
    _reused = {} if outer is None else outer
    try:
        yield
    finally:
        _reused = outer


def poster_layout(journey: Journey, options: ExportOptions) -> JourneyLayout:
    with_comments = bool(options.include_comments and journey.comments)
    key = (id(journey), with_comments)
    if _reused is not None and key in _reused:
        return _reused[key][1]
    layout = compute_layout(journey)
    if with_comments:
        layout = with_comment_notes(journey, layout)
    if _reused is not None:
        _reused[key] = (journey, layout)
    return layout
