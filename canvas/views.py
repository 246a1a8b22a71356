"""Saved views: what a named view leaves out of the map, as a pure function.

The editor draws, presents and exports ``shown(journey, view)``; edits still go to
the whole journey (a hidden lane keeps its cards), so switching views never
changes the file. Qt-free, so the command line's ``export --view`` uses it too.
"""

from __future__ import annotations

from journeycanvas.canvas.model import Journey, LaneKind, SavedView


class UnknownView(LookupError):
    """No saved view has the name asked for; the message lists the ones there are."""


def find(journey: Journey, name: str) -> SavedView:
    for view in journey.views:
        if view.name == name:
            return view
    names = ", ".join(f"“{v.name}”" for v in journey.views) or "none"
    raise UnknownView(f"the journey has no view named “{name}” (its views: {names})")


def shown(journey: Journey, view: SavedView | None) -> Journey:
    """The journey as the view shows it (the journey itself without a view)."""
    if view is None:
        return journey
    hidden = set(view.hidden_lanes)
    if not view.show_curves:
        hidden |= {lane.id for lane in journey.lanes if lane.kind == LaneKind.EMOTIONS}
    lanes = [lane for lane in journey.lanes if lane.id not in hidden]
    cards = [
        c
        for c in journey.cards
        if c.lane_id not in hidden and (view.show_suggestions or not c.suggested)
    ]
    kept = {c.id for c in cards}
    points = journey.emotion_points if view.show_curves else []
    points = [
        p if p.card_id is None or p.card_id in kept else p.model_copy(update={"card_id": None})
        for p in points
    ]
    # A curve the view leaves out is drawn as the Curves dock's hidden curves are.
    left_out = set(view.hidden_curves)
    curves = [
        c.model_copy(update={"shown": False}) if c.id in left_out else c for c in journey.curves
    ]
    shown_journey = journey.model_copy(
        update={
            "curves": curves,
            "lanes": lanes,
            "cards": cards,
            "emotion_points": points,
            "personas": journey.personas if view.show_personas else [],
        }
    )
    comments = journey.comments if view.show_comments else []
    # Comments on what the view leaves out go with it.
    kept_comments = [c for c in comments if shown_journey.has_target(c.target, c.target_id)]
    return shown_journey.model_copy(update={"comments": kept_comments})
