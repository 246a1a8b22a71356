"""The bundled templates and sample journeys in resources/templates.

They are data built by tools/build_templates.py; these tests check that the
bundled files load, tell a complete story, and are what the builder writes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from journeycanvas import resources
from journeycanvas.canvas.model import Journey, LaneKind
from journeycanvas.io import journey_file

ROOT = Path(__file__).resolve().parents[1]
BUILDER = ROOT / "tools" / "build_templates.py"

LANGS = ("en", "zh")
BLANKS = [f"blank-{lang}" for lang in LANGS]
DEFAULTS = [f"default-{lang}" for lang in LANGS]
SAMPLES = [
    f"sample-{story}-{lang}"
    for story in ("ecommerce", "bank-loan", "online-course")
    for lang in LANGS
]
BLUEPRINTS = [f"blueprint-bank-loan-{lang}" for lang in LANGS]
ALL = BLANKS + DEFAULTS + SAMPLES + BLUEPRINTS

STANDARD_LANES = [
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.CHANNELS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.NEEDS,
    LaneKind.OWNERS,
    LaneKind.METRICS,
]
DEFAULT_STAGES = {
    "en": ["Awareness", "Consideration", "Purchase", "Use", "Loyalty"],
    "zh": ["认知", "考虑", "购买", "使用", "忠诚"],
}
# model.new_id: prefix + 10 random hex digits. Template ids must never look like that.
RANDOM_ID = re.compile(r"-[0-9a-f]{10}$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def load(name: str) -> Journey:
    text = resources.template_path(name).read_text(encoding="utf-8")
    return Journey.model_validate(json.loads(text))


def all_ids(journey: Journey) -> list[str]:
    ids = [journey.id]
    for group in ("personas", "stages", "lanes", "cards", "emotion_points"):
        ids += [obj.id for obj in getattr(journey, group)]
    ids += [ev.id for card in journey.cards for ev in card.evidence]
    return ids


def test_every_template_is_bundled() -> None:
    assert set(ALL) <= set(resources.template_names())


@pytest.mark.parametrize("name", ALL)
def test_template_validates_with_readable_ids(name: str) -> None:
    journey = load(name)
    assert journey.language == name.rsplit("-", 1)[1]
    assert journey.title
    assert journey.personas, "every template starts with a persona"
    assert [i for i in all_ids(journey) if RANDOM_ID.search(i)] == []


@pytest.mark.parametrize("name", ALL)
def test_template_opens_through_the_file_loader(name: str) -> None:
    assert journey_file.load(resources.template_path(name)) == load(name)


@pytest.mark.parametrize("name", BLANKS)
def test_blank_has_three_stages_three_lanes_no_cards(name: str) -> None:
    journey = load(name)
    assert len(journey.stages) == 3
    assert [lane.kind for lane in journey.lanes] == [
        LaneKind.ACTIONS,
        LaneKind.TOUCHPOINTS,
        LaneKind.EMOTIONS,
    ]
    assert journey.cards == [] and journey.emotion_points == []


@pytest.mark.parametrize("name", DEFAULTS)
def test_default_has_the_five_stages_and_standard_lanes_in_order(name: str) -> None:
    journey = load(name)
    lang = journey.language
    assert [s.name for s in journey.stages] == DEFAULT_STAGES[lang]
    assert all(s.description for s in journey.stages)
    assert [lane.kind for lane in journey.lanes] == STANDARD_LANES
    assert journey.cards == [] and journey.emotion_points == []


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_has_a_complete_persona(name: str) -> None:
    persona, *others = load(name).personas
    assert persona.name and persona.description and persona.quote
    assert len(persona.goals) == 3
    assert persona.needs and persona.pains
    for other in others:
        assert other.name and other.description and other.quote and other.goals


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_fills_every_lane(name: str) -> None:
    journey = load(name)
    assert len(journey.stages) == 5
    kinds = [lane.kind for lane in journey.lanes]
    # The e-commerce sample also plans automations: a triggers lane below the standard ones,
    # used where an automation fits (not in every stage), each card a complete trigger.
    extra = [LaneKind.TRIGGERS] if name.startswith("sample-ecommerce") else []
    assert kinds == STANDARD_LANES + extra
    for lane in journey.lanes_of(LaneKind.TRIGGERS):
        planned = [c for c in journey.cards if c.lane_id == lane.id]
        assert len(planned) >= 2
        assert all(c.trigger and c.trigger.event and c.trigger.action for c in planned)
        assert all(c.channel for c in planned)
    for lane in journey.lanes[: len(STANDARD_LANES)]:
        filled = [s.name for s in journey.stages if journey.cards_in(s.id, lane.id)]
        assert len(filled) >= 4, f"{lane.name}: cards only in {filled}"
        for stage in journey.stages:
            assert len(journey.cards_in(stage.id, lane.id)) <= 3, (stage.name, lane.name)
    for card in journey.cards:
        assert card.title and card.body, card.id
        if journey.language == "zh":
            assert len(CJK.findall(card.title)) <= 8, card.title
        else:
            assert len(card.title.split()) <= 5, card.title


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_touchpoints_carry_scored_evidence(name: str) -> None:
    journey = load(name)
    touchpoints = [c for s in journey.stages for c in journey.touchpoint_cards(s.id)]
    assert len(touchpoints) >= len(journey.stages)
    for card in touchpoints:
        assert card.channel and card.owner, card.id
        assert 3 <= len(card.evidence) <= 6, card.id
        for ev in card.evidence:
            assert ev.score is not None and ev.text and ev.respondent, ev.id
            assert ev.source and ev.row is not None and ev.row >= 2, ev.id
    (metrics_lane,) = journey.lanes_of(LaneKind.METRICS)
    metric_cards = [c for c in journey.cards if c.lane_id == metrics_lane.id]
    assert metric_cards and all(c.metrics for c in metric_cards)


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_emotion_curve_tells_a_story(name: str) -> None:
    journey = load(name)
    points = journey.points_of(journey.curves[0].id)  # the persona's as-is curve
    assert 5 <= len(points) <= 12
    assert {p.stage_id for p in points} == {s.id for s in journey.stages}
    tp_lanes = {lane.id for lane in journey.lanes_of(LaneKind.TOUCHPOINTS)}
    for point in points:
        assert point.label
        if point.card_id is not None:
            card = journey.card(point.card_id)
            assert card.lane_id in tp_lanes and card.stage_id == point.stage_id
            assert point.score == pytest.approx(card.score, abs=0.051)
    scores = [p.score for p in points]
    low = min(scores)
    assert low <= -1 and scores.count(low) == 1, "one clear low point"
    assert max(scores) >= 1
    assert 0 < scores.index(low) < len(scores) - 1, "the low point is inside the journey"


@pytest.mark.parametrize("story", ["ecommerce", "bank-loan", "online-course"])
def test_chinese_and_english_samples_have_the_same_structure(story: str) -> None:
    zh, en = load(f"sample-{story}-zh"), load(f"sample-{story}-en")
    assert all_ids(zh)[1:] == all_ids(en)[1:]
    assert [c.metrics.__len__() for c in zh.cards] == [len(c.metrics) for c in en.cards]
    assert [p.score for p in zh.emotion_points] == [p.score for p in en.emotion_points]
    assert zh.title != en.title


def _build(out: Path) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, str(BUILDER), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=out.parent,
    )
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.journey"))}


def test_builder_is_reproducible_and_matches_the_bundled_files(tmp_path: Path) -> None:
    first = _build(tmp_path / "a")
    second = _build(tmp_path / "b")
    assert sorted(first) == sorted(f"{name}.journey" for name in ALL)
    assert first == second, "running the builder twice must give byte-identical files"
    for file_name, data in first.items():
        bundled = resources.templates_dir() / file_name
        assert json.loads(data) == json.loads(bundled.read_bytes()), (
            f"{file_name} is out of date: run python tools/build_templates.py"
        )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_sample_shows_two_personas_with_as_is_and_to_be_curves(lang: str) -> None:
    journey = load(f"sample-ecommerce-{lang}")
    assert len(journey.personas) == 2
    for persona in journey.personas:
        kinds = {c.kind.value for c in journey.curves if c.persona_id == persona.id}
        assert kinds == {"as_is", "to_be"}, persona.name
    for curve in journey.curves:
        assert {p.stage_id for p in journey.points_of(curve.id)} == {s.id for s in journey.stages}
    looks = {(c.color, c.line) for c in journey.curves}
    assert len(looks) == len(journey.curves)
