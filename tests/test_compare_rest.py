"""A segment's data curve compared with the rest: every answer outside the segment,
per stage, on screen and in the map's comparison row (issue 15, Compare).

Expected differences are computed here from the rows the test writes, not by the
code under test.
"""

from __future__ import annotations

import math
import statistics

from gestures import editor_fixture

from journeycanvas.canvas import compare, curve_edits
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io import journey_file
from tests.test_import_research import run, score, write_csv

editor = editor_fixture()

HEADER = ["Response ID", "Plan", "Rating - Checkout", "Rating - Delivery"]
ROWS = [
    ["R1", "Free", 1, 5],
    ["R2", "Free", 2, 4],
    ["R3", "Pro", 5, 5],
    ["R4", "Pro", 4, 3],
    ["R5", "Team", 3, 2],
    ["R6", "Team", 2, ""],
    ["R7", "", 5, 1],  # no segment: still one of "the rest" of every segment
]
COLUMNS = {"Checkout": 2, "Delivery": 3}


def imported(tmp_path, capsys):
    sheet = write_csv(tmp_path / "plans.csv", HEADER, ROWS)
    out = tmp_path / "a.journey"
    assert run(capsys, "import", sheet, "--segment", "Plan", "-o", out)[0] == 0
    return journey_file.load(out)


def expected(journey, segment: str) -> dict[str, float | None]:
    """Per stage name: segment's mean of touchpoint means minus the rest's, from ROWS."""

    def touchpoint_mean(title: str, inside: bool) -> float | None:
        col = COLUMNS[title]
        values = [score(r[col]) for r in ROWS if r[col] != "" and (r[1] == segment) == inside]
        return statistics.fmean(values) if values else None

    out: dict[str, float | None] = {}
    for stage in journey.stages:
        titles = [c.title for c in journey.cards if c.stage_id == stage.id and c.title in COLUMNS]
        mine = [m for t in titles if (m := touchpoint_mean(t, True)) is not None]
        rest = [m for t in titles if (m := touchpoint_mean(t, False)) is not None]
        out[stage.name] = statistics.fmean(mine) - statistics.fmean(rest) if mine and rest else None
    return out


def curve_of(journey, segment: str):
    return next(c for c in journey.curves if c.data and c.segment == segment)


def test_each_segment_minus_the_rest_per_stage_matches_the_answers(tmp_path, capsys):
    journey = imported(tmp_path, capsys)
    for segment in ("Free", "Pro", "Team"):
        curve = curve_of(journey, segment)
        j = curve_edits.set_comparison(journey, curve.id, compare.REST)
        assert j.comparison == [curve.id, compare.REST]
        assert compare.compared(j) == (curve.id, compare.REST)
        want = expected(j, segment)
        got = {j.stage(d.stage_id).name: d.delta for d in compare.difference(j, *j.comparison)}
        assert set(got) == set(want)
        assert any(v is not None for v in want.values())
        for name, value in want.items():
            if value is None:
                assert got[name] is None, (segment, name)
            else:
                assert got[name] is not None and math.isclose(got[name], value, abs_tol=1e-9)
        # The map's comparison row names it and prints every stage's difference.
        texts = [r.text for r in compute_layout(j).curves[0].labels]
        assert f"Δ {segment} − the rest" in texts
        for value in want.values():
            assert "Δ " + compare.mark(value) in texts


def test_the_rest_is_only_for_a_segment_curve_and_survives_a_save(tmp_path, capsys):
    journey = imported(tmp_path, capsys)
    everyone = curve_of(journey, "")
    assert curve_edits.set_comparison(journey, everyone.id, compare.REST).comparison == []
    free = curve_of(journey, "Free")
    j = curve_edits.set_comparison(journey, free.id, compare.REST)
    path = tmp_path / "b.journey"
    journey_file.save(j, path)
    again = journey_file.load(path)
    assert again.comparison == [free.id, compare.REST]
    assert compare.compared(again) == (free.id, compare.REST)
    # Deleting the segment's curve drops the comparison with it.
    assert compare.compared(curve_edits.delete_curve(again, free.id)) is None


def test_choosing_the_rest_in_the_curves_dock_is_one_undo_step(editor, qtbot, tmp_path, capsys):
    journey = imported(tmp_path, capsys)
    pro = curve_of(journey, "Pro")
    w = editor(journey)
    dock = w.curves_dock
    dock.show()
    dock.raise_()
    second = dock.compare_second
    assert second.findData(compare.REST) == -1  # nothing picked first: no "rest" yet
    dock.compare_first.setCurrentIndex(dock.compare_first.findData(pro.id))
    dock.compare_first.activated.emit(dock.compare_first.currentIndex())
    at = second.findData(compare.REST)
    assert at > 0 and second.itemText(at) == "The rest (not Pro)"
    second.setCurrentIndex(at)
    second.activated.emit(at)
    assert w.document.journey.comparison == [pro.id, compare.REST]
    assert w.document.undo_stack.count() == 1
    want = expected(journey, "Pro")
    lines = dock.compare_result.text().splitlines()
    assert lines == [f"{name}: {compare.mark(value)}" for name, value in want.items()]
    texts = [r.text for r in w.scene.layout_.curves[0].labels]
    assert "Δ Pro − the rest" in texts
    w.document.undo_stack.undo()
    assert w.document.journey.comparison == []
    assert "Δ Pro − the rest" not in [r.text for r in w.scene.layout_.curves[0].labels]
    # A hand or all-answers curve first: the rest is not offered.
    everyone = curve_of(w.document.journey, "")
    dock.compare_first.setCurrentIndex(dock.compare_first.findData(everyone.id))
    dock.compare_first.activated.emit(dock.compare_first.currentIndex())
    assert second.findData(compare.REST) == -1
