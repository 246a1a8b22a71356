"""An import with segments draws one data curve per segment (issue 15).

Expected means are computed here from the rows the test writes.
"""

from __future__ import annotations

import json
import math
import statistics

from journeycanvas.io import journey_file
from tests.test_import_research import run, score, write_csv

HEADER = ["Response ID", "Plan", "Rating - Checkout", "Rating - Delivery"]
ROWS = [
    ["R1", "Free", 1, 5],
    ["R2", "Free", 2, 4],
    ["R3", "Pro", 5, 5],
    ["R4", "Pro", 4, 3],
    ["R5", "Team", 3, 2],
    ["R6", "Team", 2, 2],
]
MORE = [["R7", "Free", 5, 5], ["R8", "Team", 5, 1]]


def curves(capsys, path):
    code, out, _ = run(capsys, "summary", path, "--json")
    assert code == 0
    return {c["name"]: c for c in json.loads(out)["curves"]}


def test_segment_gives_one_data_curve_per_segment_at_the_segment_means(tmp_path, capsys):
    sheet = write_csv(tmp_path / "plans.csv", HEADER, ROWS)
    out = tmp_path / "a.journey"
    assert run(capsys, "import", sheet, "--segment", "Plan", "-o", out)[0] == 0
    listed = curves(capsys, out)
    for name in ("Free", "Pro", "Team"):
        assert listed[name]["kind"] == "segment"
        assert listed[name]["points"] == 2
    journey = journey_file.load(out)
    by_segment = {c.segment: c for c in journey.curves if c.data}
    assert set(by_segment) == {"", "Free", "Pro", "Team"}
    for seg in ("Free", "Pro", "Team"):
        points = journey.points_of(by_segment[seg].id)
        got = {journey.card(p.card_id).title: p.score for p in points}
        for col, title in ((2, "Checkout"), (3, "Delivery")):
            want = statistics.fmean(score(r[col]) for r in ROWS if r[1] == seg)
            assert math.isclose(got[title], want, abs_tol=1e-6), (seg, title)
    # Six curves at most: each has its own colour and its own line style.
    looks = [(c.color, c.line) for c in journey.curves]
    assert len({c for c, _ in looks}) == len(looks) and len({s for _, s in looks}) == len(looks)


def test_a_re_import_updates_the_segment_curves_instead_of_adding_curves(tmp_path, capsys):
    first = write_csv(tmp_path / "w1.csv", HEADER, ROWS)
    second = write_csv(tmp_path / "w2.csv", HEADER, ROWS + MORE)
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    assert run(capsys, "import", first, "--segment", "Plan", "-o", a)[0] == 0
    assert run(capsys, "import", second, "--segment", "Plan", "--into", a, "-o", b)[0] == 0
    before, after = journey_file.load(a), journey_file.load(b)
    assert [c.id for c in after.curves] == [c.id for c in before.curves]
    assert len(after.emotion_points) == len(before.emotion_points)
    team = next(c for c in after.curves if c.segment == "Team")
    got = {after.card(p.card_id).title: p.score for p in after.points_of(team.id)}
    everyone = ROWS + MORE
    want = statistics.fmean(score(r[2]) for r in everyone if r[1] == "Team")
    assert math.isclose(got["Checkout"], want, abs_tol=1e-6)


def test_an_import_without_segments_makes_one_data_curve(tmp_path, capsys):
    sheet = write_csv(tmp_path / "plain.csv", ["Stage", "Touchpoint", "Score(1-5)"],
                      [["Buy", "Pay", 2], ["Buy", "Pay", 4]])  # fmt: skip
    out = tmp_path / "p.journey"
    assert run(capsys, "import", sheet, "-o", out)[0] == 0
    journey = journey_file.load(out)
    assert [(c.data, c.segment) for c in journey.curves] == [(True, "")]
    assert all(p.curve_id == journey.curves[0].id for p in journey.emotion_points)


def test_a_detected_customer_type_column_also_gives_segment_curves(tmp_path, capsys):
    header = ["Response ID", "Customer type", "Rating - Checkout"]
    sheet = write_csv(tmp_path / "types.csv", header, [r[:3] for r in ROWS])
    out = tmp_path / "t.journey"
    assert run(capsys, "import", sheet, "-o", out)[0] == 0
    listed = curves(capsys, out)
    assert {n for n, c in listed.items() if c["kind"] == "segment"} >= {"Free", "Pro", "Team"}
