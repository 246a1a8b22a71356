"""Older files open: every migration step is pure, ordered and has a fixture."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from journeycanvas.canvas.model import SCHEMA_VERSION
from journeycanvas.io import journey_file
from journeycanvas.io.migrations import MIGRATIONS, migrate

FIXTURES = Path(__file__).parent / "fixtures"
V0 = FIXTURES / "v0_example.journey"


def test_every_older_version_has_a_step():
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", sorted(MIGRATIONS))
def test_every_step_has_a_fixture(version):
    assert (FIXTURES / f"v{version}_example.journey").is_file()


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


# --- format 2 -> 3: one curve becomes a list of curves (issue 15) -----------------

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


def test_v2_without_data_points_gets_one_curve():
    doc = {"schema_version": 2, "id": "j", "stages": [{"id": "s", "name": "A"}],
           "emotion_points": [{"id": "p", "stage_id": "s", "score": 1.0}]}  # fmt: skip
    out = migrate(doc, 2, 3)
    (curve,) = out["curves"]
    assert out["emotion_points"][0]["curve_id"] == curve["id"]
    assert "curves" not in doc, "a step must not change its input"
