"""Edits of the journey's emotion curves, pure functions like those in ``edits.py``.

Kept apart from ``edits.py`` because curves are a list of their own with their own
rules: a journey always keeps the points of a curve together with it, and a curve
that goes takes its points along (they would otherwise silently join another).
"""

from __future__ import annotations

from typing import Any

from journeycanvas.canvas import compare
from journeycanvas.canvas.model import Curve, CurveKind, Journey, LineStyle

#: Colours that stay apart on screen and in print (Okabe–Ito, darkened where a
#: light one would vanish on white); with LINE_ORDER they also differ in greyscale.
PALETTE: tuple[str, ...] = ("#455A64", "#D55E00", "#1565C0", "#009E73", "#CC79A7", "#B8860B")
LINE_ORDER: tuple[LineStyle, ...] = (
    LineStyle.SOLID,
    LineStyle.DASH,
    LineStyle.DOT,
    LineStyle.DASH_DOT,
    LineStyle.LONG_DASH,
    LineStyle.DASH_DOT_DOT,
)


def _with(obj: Any, **changes: Any) -> Any:
    return obj.model_copy(update=changes)


def next_look(j: Journey, data: bool = False) -> tuple[str, LineStyle]:
    """A colour and line style no curve of the journey uses yet (cycling past six).
    A curve from data prefers the data blue and a broken line: the solid line is the
    first hand-drawn curve's."""
    used_colors = {c.color.lower() for c in j.curves}
    used_lines = {c.line for c in j.curves}
    # Points on no curve yet will get one (pin_points) in the implicit curves' looks.
    for implicit in _implicit_looks(j):
        used_colors.add(implicit[0].lower())
        used_lines.add(implicit[1])
    n = len(j.curves)
    colors = (PALETTE[2], *PALETTE[:2], *PALETTE[3:]) if data else PALETTE
    lines = (*LINE_ORDER[1:], LINE_ORDER[0]) if data else LINE_ORDER
    color = next((c for c in colors if c.lower() not in used_colors), colors[n % len(colors)])
    line = next((s for s in lines if s not in used_lines), lines[n % len(lines)])
    return color, line


def new_curve(j: Journey, name: str, kind: CurveKind = CurveKind.FREE, **fields: Any) -> Curve:
    """A curve with a look of its own among the journey's curves."""
    color, line = next_look(j, bool(fields.get("data")))
    fields.setdefault("color", color)
    fields.setdefault("line", line)
    return Curve(name=name, kind=kind, **fields)


def _implicit_looks(j: Journey) -> list[tuple[str, LineStyle]]:
    """The looks pin_points would give the journey's implicit hand and data curves."""
    out = []
    for data in (False, True):
        if any(j.curve_of(p) is None and p.data == data for p in j.emotion_points):
            out.append(("#1565C0", LineStyle.DASH) if data else (PALETTE[0], LineStyle.SOLID))
    return out


def pin_points(j: Journey) -> Journey:
    """Give every point its curve id explicitly, making the implicit hand or data curve
    a real one where a point has none: a curve edit may change which curve is "first"."""
    if all(p.curve_id for p in j.emotion_points):
        return j
    curves = list(j.curves)
    for data in (False, True):
        wanted = any(not p.curve_id and p.data == data for p in j.emotion_points)
        if wanted and not any(c.data == data for c in curves):
            color = "#1565C0" if data else PALETTE[0]
            line = LineStyle.DASH if data else LineStyle.SOLID
            kind = CurveKind.SEGMENT if data else CurveKind.AS_IS
            curves.append(Curve(kind=kind, color=color, line=line, data=data))
    j = _with(j, curves=curves)
    points = [p if p.curve_id else _with(p, curve_id=j.curve_of(p)) for p in j.emotion_points]
    return _with(j, emotion_points=points)


def add_curve(j: Journey, curve: Curve, index: int | None = None) -> Journey:
    j = pin_points(j)
    curves = list(j.curves)
    curves.insert(len(curves) if index is None else index, curve)
    return _with(j, curves=curves)


def update_curve(j: Journey, curve_id: str, **fields: Any) -> Journey:
    return _with(j, curves=[_with(c, **fields) if c.id == curve_id else c for c in j.curves])


def move_curve(j: Journey, curve_id: str, index: int) -> Journey:
    """Reorder: the first curve is drawn first (under the others) and listed first."""
    j = pin_points(j)
    moving = j.curve(curve_id)
    curves = [c for c in j.curves if c.id != curve_id]
    curves.insert(max(0, min(index, len(curves))), moving)
    return _with(j, curves=curves)


def delete_curve(j: Journey, curve_id: str) -> Journey:
    """Remove a curve and its points."""
    j = pin_points(j)
    points = [p for p in j.emotion_points if p.curve_id != curve_id]
    comparison = [] if curve_id in j.comparison else j.comparison
    curves = [c for c in j.curves if c.id != curve_id]
    return _with(j, curves=curves, emotion_points=points, comparison=comparison)


def set_comparison(j: Journey, first: str | None, second: str | None) -> Journey:
    """Print ``first`` minus ``second`` per stage on the map; None for either: no row.

    ``second`` may be :data:`compare.REST` when ``first`` is a segment's data curve."""
    pair = [first, second] if compare.allowed(j, first, second) else []
    return _with(j, comparison=pair)


def set_points_curve(j: Journey, point_ids: list[str], curve_id: str) -> Journey:
    """Move points onto another curve (from the Inspector or the Curves list)."""
    wanted = set(point_ids)
    points = [_with(p, curve_id=curve_id) if p.id in wanted else p for p in j.emotion_points]
    return _with(j, emotion_points=points)
