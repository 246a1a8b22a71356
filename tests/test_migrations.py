"""Older files open: every migration step is pure, ordered and has a fixture."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from evidence_forms import as_objects

from journeycanvas.canvas.model import SCHEMA_VERSION
from journeycanvas.io import journey_file
from journeycanvas.io.migrations import MIGRATIONS, migrate

FIXTURES = Path(__file__).parent / "fixtures"
V0 = FIXTURES / "v0_example.journey"


def test_every_older_version_has_a_step():
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(MIGRATIONS))
def test_every_step_has_a_fixture(version):
    assert list(FIXTURES.glob(f"v{version}_*.journey")), f"no tests/fixtures/v{version}_*.journey"


def test_v0_fixture_has_no_version_and_the_old_shape():
    raw = json.loads(V0.read_text(encoding="utf-8"))
    assert "schema_version" not in raw
    assert "title" in raw["stages"][0] and "text" in raw["cards"][0] and "emotion" in raw


def test_v0_migrates_to_the_current_model():
    journey = journey_file.load(V0)
    assert journey.schema_version == SCHEMA_VERSION
    assert [s.name for s in journey.stages] == ["认知 Awareness", "购买 Purchase"]
    assert journey.stages[1].description == "checkout on the app"
    assert [lane.kind.value for lane in journey.lanes] == ["actions", "touchpoints"]
    assert [p.name for p in journey.personas] == ["小王 Xiao Wang"]

    first, second = journey.cards
    assert (first.title, first.body) == ("看到朋友圈广告", "sees an ad from a friend")
    assert (first.stage_id, first.lane_id) == ("s1", "l1")
    assert (second.title, second.body, second.color) == ("支付页面 Payment page", "", "#ffcc00")

    # 1..5 with 3 neutral maps linearly onto -2..+2.
    assert [(p.stage_id, p.score) for p in journey.emotion_points] == [("s1", 1.0), ("s2", -1.5)]
    assert journey.emotion_points[1].label == "付款失败 payment failed"


def test_v0_unknown_fields_survive():
    journey = journey_file.load(V0)
    dumped = journey.model_dump(mode="json")
    assert dumped["workshop"] == {"date": "2023-11-02", "room": "B2"}
    assert dumped["cards"][1]["sticker"] == "star"


def test_migration_is_pure_and_deterministic():
    raw = json.loads(V0.read_text(encoding="utf-8"))
    before = copy.deepcopy(raw)
    once = migrate(raw, 0, SCHEMA_VERSION)
    assert raw == before, "a step must not change its input"
    assert migrate(copy.deepcopy(before), 0, SCHEMA_VERSION) == once
    # Opening the same old file twice gives the same journey, ids included.
    assert journey_file.dumps(journey_file.load(V0)) == journey_file.dumps(journey_file.load(V0))


def test_migrated_file_saves_as_current_and_round_trips(tmp_path):
    out = tmp_path / "upgraded.journey"
    journey_file.save(journey_file.load(V0), out)
    text = out.read_text(encoding="utf-8")
    assert json.loads(text)["schema_version"] == SCHEMA_VERSION
    journey_file.save(journey_file.load(out), out)
    assert out.read_text(encoding="utf-8") == text


def test_v0_score_outside_its_scale_is_named():
    doc = {"stages": [{"id": "s1", "title": "A"}], "emotion": [{"stage": "s1", "value": 9}]}
    with pytest.raises(journey_file.JourneyFileError) as info:
        journey_file.loads(json.dumps(doc), "old.journey")
    assert str(info.value) == (
        "old.journey: it could not be upgraded from file format 0: "
        "emotion[0].value: it should be a number from 1 to 5."
    )


def test_v0_with_odd_shapes_gets_a_sentence_not_a_crash():
    for doc in (
        {"stages": "not a list", "cards": [1, 2]},
        {"emotion": {"stage": "s1"}},
        {"cards": [{"text": 5}]},
    ):
        with pytest.raises(journey_file.JourneyFileError) as info:
            journey_file.loads(json.dumps(doc), "odd.journey")
        assert str(info.value).startswith("odd.journey: ")
        assert "\n" not in str(info.value)


def test_v1_imports_get_ids_and_their_evidence_and_points_are_linked():
    journey = journey_file.load(FIXTURES / "v1_example.journey")
    assert journey.schema_version == SCHEMA_VERSION
    (record,) = journey.imports
    assert record.id == "import-0123456789"
    card = journey.cards[0]
    assert [e.import_id for e in card.evidence] == [record.id, record.id, ""]
    assert {p.id: p.data for p in journey.emotion_points} == {"ep-data": True, "ep-hand": False}
    # An old file's import forms a wave named for its source.
    from journeycanvas.canvas.model import summary

    (point,) = summary(journey)["stages"][0]["touchpoints"]
    assert point["waves"] == [{"name": "march.xlsx", "responses": 2, "score": 0.0}]


V1 = FIXTURES / "v1_before_steps.journey"


def _contains(big, small, where="") -> None:
    """Every key and value of ``small`` is in ``big`` (which may hold more keys)."""
    if isinstance(small, dict):
        for key, value in small.items():
            assert key in big, f"{where}.{key} was lost"
            _contains(big[key], value, f"{where}.{key}")
    elif isinstance(small, list):
        assert len(big) == len(small), f"{where}: {len(small)} items became {len(big)}"
        for i, (a, b) in enumerate(zip(big, small, strict=True)):
            _contains(a, b, f"{where}[{i}]")
    else:
        assert big == small, f"{where}: {small!r} became {big!r}"


def test_v1_file_opens_unchanged_without_steps_spans_or_links():
    raw = json.loads(V1.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 1
    journey = journey_file.load(V1)
    dumped = as_objects(journey.model_dump(mode="json"))
    del raw["schema_version"]
    _contains(dumped, raw)
    assert all(not s.steps for s in journey.stages)
    assert all(c.span == 1 and c.step_id is None for c in journey.cards)
    assert journey.links == []


def test_v1_map_is_laid_out_exactly_as_before_steps():
    """The layout of a v1 journey does not move a card: no step row, no lines, no links."""
    from journeycanvas.canvas.layout import compute_layout

    journey = journey_file.load(V1)
    lay = compute_layout(journey)
    assert lay.steps == () and lay.blueprint_lines == () and lay.links == ()
    first_lane = lay.lanes[0].row
    assert first_lane.y == lay.stages[0].header.rect.bottom


def test_v2_file_gains_steps_spans_and_links_empty_and_keeps_everything():
    """Format 2 (research provenance, no steps) → 3: only the defaults are written."""
    v2 = FIXTURES / "v2_before_steps.journey"
    raw = json.loads(v2.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 2 and "links" not in raw
    upgraded = MIGRATIONS[2](copy.deepcopy(raw))
    assert upgraded["schema_version"] == 3 and upgraded["links"] == []
    assert all(s["steps"] == [] for s in upgraded["stages"])
    assert all(c["span"] == 1 and c["step_id"] is None for c in upgraded["cards"])
    del raw["schema_version"]
    _contains(upgraded, raw)
    journey = journey_file.load(v2)
    assert journey.schema_version == SCHEMA_VERSION and journey.links == []


V3_COMMENTS = FIXTURES / "v3_comments_views.journey"


def test_v3_gains_empty_comments_and_views_and_keeps_unknown_fields(tmp_path):
    raw = json.loads(V3_COMMENTS.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 3 and "comments" not in raw
    upgraded = MIGRATIONS[3](raw)
    assert upgraded["comments"] == [] and upgraded["views"] == []
    assert upgraded["schema_version"] == 4
    assert upgraded["kept_by_a_newer_version"] == {"answer": 42}
    assert "comments" not in raw  # the step does not change its input
    journey = journey_file.load(V3_COMMENTS)
    assert journey.comments == [] and journey.views == []
    assert journey.schema_version == SCHEMA_VERSION
    out = tmp_path / "again.journey"
    journey_file.save(journey, out)
    assert json.loads(out.read_text(encoding="utf-8"))["comments"] == []


# --- format 5 -> 6: one curve becomes a list of curves (issue 15) -----------------

V2 = FIXTURES / "v2_example.journey"


def test_v2_opens_as_one_hand_curve_and_one_data_curve_with_points_unchanged():
    raw = json.loads(V2.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 2 and "curves" not in raw
    journey = journey_file.load(V2)
    hand, data = journey.curves
    assert (hand.data, data.data) == (False, True)
    assert [(p.id, p.score, p.position) for p in journey.points_of(hand.id)] == [
        ("ep-hand-2", 1.5, 0.2),
        ("ep-hand", -1.3, 0.9),
    ]
    assert [(p.id, p.score) for p in journey.points_of(data.id)] == [("ep-data", 0.0)]
    dumped = journey.model_dump(mode="json")
    assert dumped["review"] == {"by": "QA", "on": "2026-04-02"}
    assert dumped["emotion_points"][1]["mood_note"].startswith("kept")


def test_v1_migrates_to_curves_with_its_points_unchanged():
    raw = json.loads((FIXTURES / "v1_example.journey").read_text(encoding="utf-8"))
    journey = journey_file.load(FIXTURES / "v1_example.journey")
    assert len(journey.curves) == 2
    by_id = {p.id: p for p in journey.emotion_points}
    for old in raw["emotion_points"]:
        assert (by_id[old["id"]].score, by_id[old["id"]].position) == (
            old["score"],
            old["position"],
        )
    assert journey.curve(journey.curve_of(by_id["ep-hand"])).data is False
    assert journey.curve(journey.curve_of(by_id["ep-data"])).data is True


def test_v5_without_data_points_gets_one_curve():
    doc = {"schema_version": 5, "id": "j", "stages": [{"id": "s", "name": "A"}],
           "emotion_points": [{"id": "p", "stage_id": "s", "score": 1.0}]}  # fmt: skip
    out = migrate(doc, 5, 6)
    (curve,) = out["curves"]
    assert out["emotion_points"][0]["curve_id"] == curve["id"]
    assert "curves" not in doc, "a step must not change its input"


V5_CURVES = FIXTURES / "v5_curves.journey"


def test_v5_opens_as_a_hand_and_a_data_curve_keeping_steps_comments_views_improvements():
    """Written by format 5 (an import with segments, steps, a comment, a saved view and
    an improvement): 5 -> 6 only sorts the points into curves."""
    raw = json.loads(V5_CURVES.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 5 and "curves" not in raw
    upgraded = MIGRATIONS[5](copy.deepcopy(raw))
    assert upgraded["schema_version"] == 6
    assert upgraded["views"][0]["hidden_curves"] == []
    _contains(upgraded, {k: v for k, v in raw.items() if k != "schema_version"})
    journey = journey_file.load(V5_CURVES)
    hand, data = journey.curves
    assert (hand.data, data.data) == (False, True)
    assert [p.id for p in journey.points_of(hand.id)] == ["ep-hand-discover", "ep-hand-basket"]
    assert all(p.data for p in journey.points_of(data.id)) and len(journey.points_of(data.id)) == 2
    by_id = {p.id: p for p in journey.emotion_points}
    for old in raw["emotion_points"]:
        new = by_id[old["id"]]
        assert (new.score, new.position, new.step_id) == (
            old["score"], old["position"], old["step_id"]
        )  # fmt: skip
    assert [s.name for s in journey.stages[1].steps] == ["Basket", "Pay"]
    assert journey.comments[0].text == "Half the drop-offs happen here"
    assert journey.views[0].name == "Workshop" and journey.views[0].hidden_lanes
    card = next(c for c in journey.cards if c.improvement is not None)
    assert card.improvement.note == "Cut the payment form"
    assert journey.model_dump(mode="json")["emotion_points"][2]["mood_note"].startswith("kept")


def test_v5_points_in_steps_are_drawn_in_their_step_on_their_curve():
    from journeycanvas.canvas.layout import compute_layout

    journey = journey_file.load(V5_CURVES)
    lay = compute_layout(journey)
    (curve,) = lay.curves
    basket = next(p for p in curve.points if p.point_id == "ep-hand-basket")
    step = next(s for s in lay.steps if s.step_id == "step-basket")
    assert step.column.x <= basket.x <= step.column.right
    assert {t.look.curve_id for t in curve.traces if t.segments} == {c.id for c in journey.curves}


# --- format 8 -> 9: answers keep their own channel and date (issues 21, 22) ---------

V8_CHANNELS = FIXTURES / "v8_evidence_channels.journey"
V9_CHANNELS = FIXTURES / "evidence_channels.journey"


def test_v8_evidence_gains_its_own_channel_and_date_and_views_hidden_channels(tmp_path):
    raw = json.loads(V8_CHANNELS.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 8
    upgraded = MIGRATIONS[8](raw)
    assert upgraded["schema_version"] == 9
    evidence = [e for c in upgraded["cards"] for e in c["evidence"]]
    assert evidence and all(isinstance(e["date"], str) and e["date"] == "" for e in evidence)
    # A channel an older tool already wrote on an answer is what the field means: kept.
    assert [e["channel"] for e in evidence if e["channel"]] == ["Store"]
    assert upgraded["views"][0]["hidden_channels"] == []
    assert upgraded["kept_by_a_newer_version"] == {"answer": 42}
    assert not any("date" in e for c in raw["cards"] for e in c["evidence"])  # input unchanged
    journey = journey_file.load(V8_CHANNELS)
    assert journey.schema_version == SCHEMA_VERSION
    out = tmp_path / "again.journey"
    journey_file.save(journey, out)
    first = out.read_bytes()
    journey_file.save(journey_file.load(out), out)
    assert out.read_bytes() == first


def test_format_9_answers_of_one_touchpoint_count_for_their_own_channels():
    from journeycanvas.canvas.analysis.channels import channel_matrix

    journey = journey_file.load(V9_CHANNELS)
    card = next(c for c in journey.cards if c.title == "Basket and checkout")
    matrix = channel_matrix(journey)
    by_channel = {
        matrix.channel_name(key): cell.scores
        for (key, stage), cell in matrix.cells.items()
        if stage == card.stage_id and card.id in cell.card_ids
    }
    want: dict[str, list[float]] = {}
    for e in card.evidence:
        want.setdefault("App" if e.channel == "Store app" else e.channel, []).append(e.score)
    assert {k: v for k, v in by_channel.items() if k in want} == want
    assert [e.date for e in card.evidence] == [
        "2025-09-01",
        "2025-09-02",
        "2025-09-03",
        "2025-09-04",
    ]
