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
The landscape poster's widened copy of the journey (fill_paper) is made once too.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from journeycanvas.canvas.comment_notes import with_comment_notes
from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions

T = TypeVar("T")

# (what, id of the journey, more of the key) -> (the journey, kept alive so the id
# stays its own, and what was made of it); None when no command is reusing.
_reused: dict[tuple[str, int, Hashable], tuple[Journey, Any]] | None = None


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


def made_once(what: str, journey: Journey, more: Hashable, make: Callable[[], T]) -> T:
    """``make()``, or inside :func:`reusing_layouts` what it gave for the same key."""
    if _reused is None:
        return make()
    key = (what, id(journey), more)
    if key not in _reused:
        _reused[key] = (journey, make())
    return _reused[key][1]


def poster_layout(journey: Journey, options: ExportOptions) -> JourneyLayout:
    with_comments = bool(options.include_comments and journey.comments)
    return made_once("layout", journey, with_comments, lambda: fresh_layout(journey, options))


def fresh_layout(journey: Journey, options: ExportOptions) -> JourneyLayout:
    """The poster's layout made now, never reused: for a journey being changed between
    two layouts (fill_paper widens its copy round by round)."""
    layout = compute_layout(journey)
    if options.include_comments and journey.comments:
        return with_comment_notes(journey, layout)
    return layout
