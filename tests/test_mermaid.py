"""Mermaid export and import with names that collide with Mermaid's grammar.

Every name must come out as a task or section that Mermaid's parser reads as
that name, and import must give the same titles back. The grammar test
(tests/mermaid_grammar.py, a transcription of mermaid 11's journey lexer) always
runs; the same texts go through the real Mermaid parser under node when node and
the ``mermaid`` npm package are installed (MERMAID_NODE_MODULES, default
/tmp/mm/node_modules: ``npm install mermaid jsdom`` there).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import make_journey
from mermaid_grammar import parse as grammar_parse

from journeycanvas.canvas.model import Card, Evidence, Persona
from journeycanvas.io.exporters.mermaid import mermaid_score, to_mermaid
from journeycanvas.io.importers.mermaid import parse_mermaid
from journeycanvas.io.mermaid_names import JOINER

HOSTILE = [
    "Title deeds check",
    "Section 8 form",
    "Journey planner",
    "journeyé",
    "%APR shown",
    "%% note",
    "a%%b",
    "%%{init: {'theme': 'dark'}}%% shown",
    "accTitle: not a title",
    "AccDescr{ open",
    "Step 1: pay; #2",
    "#1 priority",
    "客户：下单",  # a full-width colon the user typed must stay full-width
    "Ratio 3:1, later",
]
STAGES = ["Section: one", "title page", "# numbered", "Journey; end"]
TITLE = "%%{init: {'theme': 'forest'}}%% Loan #1; 2026"
NODE_MODULES = Path(os.environ.get("MERMAID_NODE_MODULES", "/tmp/mm/node_modules"))
NODE = shutil.which("node")
HAS_MERMAID = NODE is not None and (NODE_MODULES / "mermaid" / "package.json").is_file()


def hostile_journey():
    journey = make_journey()
    lane = next(la for la in journey.lanes if la.kind == "touchpoints")
    stages = [
        s.model_copy(update={"name": n}) for s, n in zip(journey.stages, STAGES, strict=False)
    ]
    stages = stages[: len(journey.stages)]
    cards = [
        Card(stage_id=stages[i % len(stages)].id, lane_id=lane.id, title=name)
        for i, name in enumerate(HOSTILE)
    ]
    cards[0] = cards[0].model_copy(update={"evidence": [Evidence(text="ok", score=1.0)]})
    personas = [Persona(name="Ann, the buyer: 30"), Persona(name="#Bo; %%x")]
    return journey.model_copy(
        update={
            "title": TITLE,
            "stages": stages,
            "cards": cards,
            "emotion_points": [],
            "personas": personas,
        }
    )


def expected(journey):
    """What a reader of the diagram must see: the names, each in its stage, as typed."""
    names = {s.id: s.name for s in journey.stages}
    return [(names[s.id], c.title) for s in journey.stages for c in journey.touchpoint_cards(s.id)]


def visible(text: str) -> str:
    """Text as drawn: the word joiner is invisible, the look-alikes read as the originals."""
    return text.replace(JOINER, "").strip()


def check_parsed(parsed: dict, journey) -> None:
    lookalike = str.maketrans({"\u2236": ":", "\ufe5f": "#", "\u037e": ";", "\u201a": ","})
    seen = [
        (visible(t["section"]).translate(lookalike), visible(t["task"]).translate(lookalike))
        for t in parsed["tasks"]
    ]
    assert seen == expected(journey)
    assert [visible(s).translate(lookalike) for s in parsed["sections"]] == [
        s.name for s in journey.stages
    ]
    assert visible(parsed["title"]).translate(lookalike) == journey.title
    people = {visible(p).translate(lookalike) for t in parsed["tasks"] for p in t["people"]}
    assert people == {"Ann, the buyer: 30", "#Bo; %%x"}
    assert [t["score"] for t in parsed["tasks"]][:2] == [4, 3]


def test_every_name_parses_as_itself_by_mermaids_grammar():
    journey = hostile_journey()
    parsed = grammar_parse(to_mermaid(journey))
    check_parsed(
        {"title": parsed.title, "sections": parsed.sections, "tasks": parsed.tasks}, journey
    )


@pytest.mark.skipif(
    not HAS_MERMAID,
    reason=f"needs node and the mermaid npm package in {NODE_MODULES} (npm install mermaid "
    "jsdom); the grammar test above still runs",
)
@pytest.mark.parametrize("which", ["export", "grammar"])
def test_the_real_mermaid_parser_reads_every_name_as_itself(which):
    journey = hostile_journey()
    text = to_mermaid(journey)
    result = subprocess.run(
        [NODE, str(Path(__file__).with_name("mermaid_parse.mjs"))],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NODE_PATH": str(NODE_MODULES)},
    )
    parsed = json.loads(result.stdout)
    assert "error" not in parsed, parsed
    if which == "export":
        check_parsed(parsed, journey)
    else:  # the transcription the always-running test uses agrees with Mermaid
        ours = grammar_parse(text)
        assert (ours.title, ours.sections) == (parsed["title"].strip(), parsed["sections"])
        assert ours.tasks == parsed["tasks"]


def test_the_grammar_transcription_catches_what_mermaid_gets_wrong():
    """The bugs the issue found, in raw Mermaid: the grammar shows each of them."""
    parsed = grammar_parse("journey\n section S\n  Title deeds check: 3: Me\n  %APR: 3: Me\n")
    assert parsed.title == "deeds check: 3: Me" and parsed.tasks == []
    with pytest.raises(ValueError):
        grammar_parse("journey\n section S\n  Journey planner: 3: Me\n")


def test_import_gives_the_same_titles_without_replacements():
    journey = hostile_journey()
    back = parse_mermaid(to_mermaid(journey))
    assert back.title == journey.title
    assert [s.name for s in back.stages] == [s.name for s in journey.stages]
    assert expected(back) == expected(journey)
    assert [p.name for p in back.personas] == [p.name for p in journey.personas]
    assert to_mermaid(back) == to_mermaid(journey)


def test_someone_elses_full_width_and_keywords_are_read_as_mermaid_reads_them():
    back = parse_mermaid("journey\n  Title From Mermaid\n section 甲\n  客户：下单: 4: 我\n")
    assert back.title == "From Mermaid" and back.cards[0].title == "客户：下单"


@pytest.mark.parametrize(
    ("score", "five"), [(0.5, 4), (1.5, 5), (-0.5, 3), (-1.5, 2), (0.49, 3), (2.0, 5), (-2.0, 1)]
)
def test_scores_round_half_up(score, five):
    assert mermaid_score(score) == five


def test_a_touchpoint_without_a_score_stays_without_one():
    journey = hostile_journey()
    back = parse_mermaid(to_mermaid(journey))
    first, second = back.touchpoint_cards(back.stages[0].id)[:2]
    points = {p.card_id: p.score for p in back.emotion_points}
    assert points[first.id] == 1.0  # scored +1 → 4 → +1
    assert second.id not in points  # no evidence, no curve point: no score, not a neutral 0
    assert len(points) == 1
