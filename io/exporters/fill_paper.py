"""A landscape poster that uses its sheet: stages widen until the map fills the paper's shape.

A map fitted into a landscape sheet keeping its proportions fills only as much
of the width as its own shape allows: a five-stage map on landscape A1 used to
take half the sheet, with large white margins left and right. When the user
asks for landscape paper explicitly, the poster's journey gets wider stages (and
steps) before it is laid out, so the map's shape matches the printable area.
Wider stages wrap less, so the map also gets shorter; a few rounds settle it.
Only the poster's copy changes: the journey on screen keeps its widths.
"""

from __future__ import annotations

from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.style import METRICS
from journeycanvas.io.exporters.options import ExportOptions, poster_paper
from journeycanvas.io.exporters.paper import MM, Orientation
from journeycanvas.io.exporters.poster_layout import fresh_layout, made_once, poster_layout

#: Rounds of widen-and-lay-out; each brings the map's shape closer to the sheet's.
ROUNDS = 4


def fills_paper(options: ExportOptions) -> bool:
    """Whether this export widens the stages: explicit landscape, fitted, one sheet."""
    return (
        options.orientation == Orientation.LANDSCAPE
        and options.scale is None
        and options.tile is None
        and options.width_px is None
    )


def filled(journey: Journey, options: ExportOptions) -> Journey:
    """``journey`` as the poster draws it: with wider stages when the sheet is wider than
    the map, or unchanged (the same object) when nothing needs widening."""
    if not fills_paper(options) or not journey.stages:
        return journey
    # The readability check and the writer both ask: widen (deep-copy) only once.
    return made_once("filled", journey, options, lambda: _widened(journey, options))


def _widened(journey: Journey, options: ExportOptions) -> Journey:
    layout = poster_layout(journey, options)
    paper = poster_paper(options, layout.width, layout.height)
    margin = options.margin_mm * MM
    target = (paper.width - 2 * margin) / (paper.height - 2 * margin)
    if layout.width / layout.height >= target:
        return journey
    out = journey.model_copy(deep=True)
    for _ in range(ROUNDS):
        widths = [_stage_width(s) for s in out.stages]
        stages_w = sum(widths)
        fixed = layout.width - stages_w
        factor = (layout.height * target - fixed) / stages_w
        if factor <= 1.005:
            break
        for stage, w in zip(out.stages, widths, strict=True):
            if stage.steps:
                for st in stage.steps:
                    st.width = (st.width or METRICS.step_width) * factor
            else:
                stage.width = w * factor
        layout = fresh_layout(out, options)  # ``out`` changed: never a reused layout
        if layout.width / layout.height >= target * 0.99:
            break
    return out


def _stage_width(stage) -> float:
    if stage.steps:
        return sum(st.width or METRICS.step_width for st in stage.steps)
    return stage.width or METRICS.stage_width
