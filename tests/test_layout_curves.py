"""Several curves in one band: told apart without colour, none hiding another (issue 15)."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

from conftest import make_journey

from journeycanvas.canvas import compare, curve_edits, edits
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import CurveKind, EmotionPoint, Journey, summary
from journeycanvas.io import journey_file

FIXTURES = Path(__file__).parent / "fixtures"


def with_curves(n: int) -> Journey:
    j = make_journey()
    for i in range(n):
        curve = curve_edits.new_curve(j, f"C{i}", CurveKind.FREE)
        j = curve_edits.add_curve(j, curve)
        # Every curve has a point at the very same place: stage 0, middle, score +1.
        j = edits.add_point(j, EmotionPoint(stage_id="s0", position=0.5, score=1.0,
                                            curve_id=curve.id))  # fmt: skip
    return j


def test_six_curves_differ_in_line_style_and_marker_not_only_in_colour():
    j = with_curves(5)  # plus the first curve made of make_journey's own points
    (band,) = compute_layout(j).curves
    assert len(band.traces) == 6
    assert len({t.look.dashes for t in band.traces}) == 6
    assert len({t.look.marker for t in band.traces}) == 6
    assert len({t.look.color for t in band.traces}) == 6


def test_points_of_different_curves_at_one_place_are_set_apart():
    j = with_curves(3)
    (band,) = compute_layout(j).curves
    same = [p for p in band.points if p.point_id not in {"ep0", "ep1", "ep2"}]
    same.append(next(p for p in band.points if p.point_id == "ep0"))  # s0, 0.5, +1 as well
    xs = sorted(p.x for p in same)
    assert len(same) == 4
    assert all(b - a >= 6 for a, b in pairwise(xs)), xs
    assert {round(p.y, 3) for p in same} == {round(same[0].y, 3)}  # the score stays exact


def test_legend_names_each_curve_and_its_persona():
    j = with_curves(1)
    persona = j.personas[0]
    j = curve_edits.update_curve(j, j.curves[1].id, persona_id=persona.id)
    legend = compute_layout(j).legend
    texts = [" ".join(r.text for r in e.texts) for e in legend]
    assert texts[1] == f"C0 · {persona.name}"
    assert summary(j)["curves"][1] == {"name": "C0", "kind": "free", "persona": persona.name,
                                       "points": 1}  # fmt: skip


def test_deleting_a_persona_leaves_its_curves_valid_and_no_ones():
    j = with_curves(1)
    j = curve_edits.update_curve(j, j.curves[1].id, persona_id=j.personas[0].id)
    j = edits.delete_persona(j, j.personas[0].id)
    assert j.curves[1].persona_id is None
    Journey.model_validate(j.model_dump())


def test_difference_per_stage_is_first_minus_second_with_gaps_left_empty():
    j = with_curves(1)
    first, second = j.curves[1].id, j.curves[0].id
    found = compare.difference(j, first, second)
    # make_journey: s0 has +1 on the first curve; C0 has +1 in s0 only.
    assert [d.delta for d in found] == [0.0, None, None]


def test_v2_fixture_summary_lists_its_two_curves():
    data = summary(journey_file.load(FIXTURES / "v2_example.journey"))
    assert [(c["kind"], c["points"]) for c in data["curves"]] == [("as_is", 2), ("segment", 1)]
    json.dumps(data)
