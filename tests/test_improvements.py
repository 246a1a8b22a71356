"""Improvements on opportunity cards: the priority formula, edits, the file format,
the card's line and the summary. Figures are worked out by hand in each test."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from journeycanvas.canvas import improvements
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import (
    SCHEMA_VERSION,
    Card,
    Improvement,
    ImprovementStatus,
    Journey,
    Lane,
    LaneKind,
    Stage,
    summary,
)
from journeycanvas.io import journey_file
from journeycanvas.io.migrations import MIGRATIONS

FIXTURES = Path(__file__).parent / "fixtures"


def _journey() -> Journey:
    stage = Stage(id="s1", name="Checkout")
    pains = Lane(id="lp", name="Pains", kind=LaneKind.PAIN_POINTS)
    opps = Lane(id="lo", name="Opportunities", kind=LaneKind.OPPORTUNITIES)
    return Journey(
        stages=[stage],
        lanes=[pains, opps],
        cards=[
            Card(id="pain", stage_id="s1", lane_id="lp", title="Card declined"),
            Card(
                id="a",
                stage_id="s1",
                lane_id="lo",
                title="Retry payment",
                owner="Li Na",
                improvement=Improvement(
                    status=ImprovementStatus.PLANNED,
                    customer_value=80,
                    business_value=60,
                    effort=2,
                    pains=["pain", "gone-card"],
                ),
            ),
            Card(
                id="b",
                stage_id="s1",
                lane_id="lo",
                title="New checkout",
                improvement=Improvement(customer_value=90, business_value=90, effort=5),
            ),
            Card(id="c", stage_id="s1", lane_id="lo", title="Unscored", improvement=Improvement()),
            Card(id="plain", stage_id="s1", lane_id="lo", title="Just an idea"),
        ],
    )


def test_priority_is_mean_value_over_effort():
    j = _journey()
    a, b, c = (j.card(x).improvement for x in "abc")
    # (80 + 60) / 2 = 70, / 2 = 35; (90 + 90) / 2 = 90, / 5 = 18.
    assert improvements.value(a) == 70.0 and improvements.priority(a) == 35.0
    assert improvements.priority(b) == 18.0
    assert improvements.value(c) is None and improvements.priority(c) is None
    assert improvements.quadrant(a) == "quick_win"
    assert improvements.quadrant(b) == "big_bet"
    low = Improvement(customer_value=10, business_value=20, effort=4)
    assert improvements.quadrant(low) == "money_pit"


def test_rows_by_priority_name_only_existing_pains():
    rows = improvements.rows(_journey())
    assert [r.card.id for r in rows] == ["a", "b", "c"]
    assert rows[0].pains == ("Card declined",)


def test_summary_lists_improvements():
    out = summary(_journey())["improvements"]
    assert out[0] == {
        "title": "Retry payment",
        "status": "planned",
        "owner": "Li Na",
        "value": 70.0,
        "effort": 2.0,
        "priority": 35.0,
    }
    assert out[2]["priority"] is None and out[2]["value"] is None
    assert len(out) == 3  # the plain card is not an improvement


def test_edits_clamp_and_copy_on_write():
    j = _journey()
    after = improvements.update_improvement(j, "plain", customer_value=140, effort=0)
    assert j.card("plain").improvement is None
    imp = after.card("plain").improvement
    assert imp.customer_value == 100.0 and imp.effort == 1.0
    assert improvements.clear_improvement(after, "plain").card("plain").improvement is None
    assert improvements.update_improvement(j, "a", effort=2) is j


def test_rescore_keeps_the_gap_and_the_mean():
    j = improvements.rescore(_journey(), "a", 40.0, 4.0)
    imp = j.card("a").improvement
    assert (imp.customer_value, imp.business_value, imp.effort) == (50.0, 30.0, 4.0)
    j = improvements.rescore(j, "a", 95.0, 1.0)
    imp = j.card("a").improvement
    # 105 / 85 would leave the scale: held at 100, the other takes the rest (mean 95).
    assert (imp.customer_value, imp.business_value) == (100.0, 90.0)


def test_the_card_shows_status_and_priority():
    j = _journey()
    texts = " ".join(run.text for run in compute_layout(j).card("a").texts)
    assert "planned · priority 35" in texts
    zh = j.model_copy(update={"language": "zh"})
    texts = " ".join(run.text for run in compute_layout(zh).card("a").texts)
    assert "已计划 · 优先级 35" in texts


def test_v4_file_gains_empty_improvements_and_keeps_everything():
    v4 = FIXTURES / "v4_before_improvements.journey"
    raw = json.loads(v4.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 4
    assert not any("improvement" in c for c in raw["cards"])
    upgraded = MIGRATIONS[4](copy.deepcopy(raw))
    assert upgraded["schema_version"] == 5
    assert all(c["improvement"] is None and c["kpi"] is None for c in upgraded["cards"])
    for old, new in zip(raw["cards"], upgraded["cards"], strict=True):
        assert {k: new[k] for k in old} == old
    journey = journey_file.load(v4)
    assert journey.schema_version == SCHEMA_VERSION
    assert all(c.improvement is None for c in journey.cards)


def test_improvement_round_trips_through_the_file(tmp_path):
    out = tmp_path / "j.journey"
    journey_file.save(_journey(), out)
    back = journey_file.load(out)
    assert back.card("a").improvement == _journey().card("a").improvement


@pytest.mark.parametrize("field,bad", [("customer_value", 101), ("effort", 0.5)])
def test_values_out_of_range_are_refused(field, bad):
    with pytest.raises(ValueError):
        Improvement(**{field: bad})
