"""Mermaid export carries a journey's steps, and the importer reads them back.

Mermaid's journey has sections and tasks, nothing nested: a stage with steps is
written as a section per step ("Apply › Form"), so a reader of the diagram sees
the steps, and our comment line lets the importer rebuild stage and steps.
"""

from __future__ import annotations

import pytest
from mermaid_grammar import parse as grammar_parse

from journeycanvas.canvas.model import Card, Evidence, Journey, Lane, LaneKind, Stage, Step
from journeycanvas.io.exporters.mermaid import to_mermaid
from journeycanvas.io.importers.mermaid import parse_mermaid
from journeycanvas.io.journey_file import load
from journeycanvas.io.mermaid_names import JOINER
from journeycanvas.resources import template_path


def structure(journey: Journey):
    """Stages, their steps, and each step's touchpoints with their Mermaid scores."""
    out = []
    for stage in journey.stages:
        cards = journey.touchpoint_cards(stage.id)
        if not stage.steps:
            out.append((stage.name, None, [c.title for c in cards]))
            continue
        for i, step in enumerate(stage.steps):
            titles = [c.title for c in cards if stage.step_index(c.step_id) == i]
            out.append((stage.name, step.name, titles))
    return out


def stepped_journey() -> Journey:
    """Names that collide with Mermaid's grammar and with our separator, in steps."""
    stages = [
        Stage(
            id="s0",
            name="Apply › online",  # holds the separator itself
            steps=[Step(id="a", name="Section: form"), Step(id="b", name="%% upload; #2")],
        ),
        Stage(id="s1", name="Review"),
        Stage(id="s2", name="Review", steps=[Step(id="c", name="Call"), Step(id="d", name="")]),
    ]
    lanes = [
        Lane(id="l-front", name="Frontstage", kind=LaneKind.FRONTSTAGE),
        Lane(id="l-tp", name="Touchpoints", kind=LaneKind.TOUCHPOINTS),
    ]
    cards = [
        Card(id="c1", stage_id="s0", step_id="b", lane_id="l-tp", title="Upload page"),
        Card(
            id="c2",
            stage_id="s0",
            step_id="a",
            lane_id="l-front",
            title="Form page",
            evidence=[Evidence(text="ok", score=2.0)],
        ),
        Card(id="c3", stage_id="s0", lane_id="l-tp", title="Start: here"),  # no step: first
        Card(id="c4", stage_id="s1", lane_id="l-tp", title="Letter"),
        Card(id="c5", stage_id="s2", step_id="d", lane_id="l-tp", title="Decision"),
    ]
    return Journey(title="Loan", stages=stages, lanes=lanes, cards=cards)


def test_a_stage_with_steps_is_a_section_per_step_that_mermaid_reads_as_written():
    journey = stepped_journey()
    parsed = grammar_parse(to_mermaid(journey))
    sections = [s.replace(JOINER, "") for s in parsed.sections]
    assert sections == [
        "Apply › online › Section∶ form",
        "Apply › online › %% upload\u037e ﹟2",
        "Review",
        "Review › Call",
        "Review › —",
    ]
    tasks = [(t["section"].replace(JOINER, ""), t["task"].strip()) for t in parsed.tasks]
    assert tasks == [
        ("Apply › online › Section∶ form", "Form page"),
        ("Apply › online › Section∶ form", "Start∶ here"),
        ("Apply › online › %% upload\u037e ﹟2", "Upload page"),
        ("Review", "Letter"),
        ("Review › —", "Decision"),
    ]


def test_import_reads_back_the_stages_steps_and_cards_the_export_wrote():
    journey = stepped_journey()
    back = parse_mermaid(to_mermaid(journey))
    want = structure(journey)
    want[-1] = ("Review", "—", ["Decision"])  # an unnamed step is written (and read) as —
    assert structure(back) == want
    # Two stages of one name stay two; the scored card keeps its score on the curve.
    assert [s.name for s in back.stages] == ["Apply › online", "Review", "Review"]
    form = next(c for c in back.cards if c.title == "Form page")
    (point,) = [p for p in back.emotion_points if p.card_id == form.id]
    assert point.score == 2.0 and point.step_id == form.step_id


@pytest.mark.parametrize("name", ["blueprint-bank-loan-en", "blueprint-bank-loan-zh"])
def test_the_blueprint_round_trips_through_mermaid_with_its_steps(name):
    journey = load(template_path(name))
    text = to_mermaid(journey)
    # Its touchpoints are the frontstage actions: none is lost for want of a touchpoint lane.
    assert sum(len(journey.touchpoint_cards(s.id)) for s in journey.stages) > 0
    back = parse_mermaid(text)
    assert structure(back) == structure(journey)

    # Written again, the sections and step comments come out the same.
    def frame(t):
        return [x for x in t.splitlines() if "section" in x or "step;" in x]

    assert frame(to_mermaid(back)) == frame(text)


def test_someone_elses_section_with_the_separator_stays_one_stage():
    back = parse_mermaid("journey\n  section Apply › Form\n    Fill in: 3: Me\n")
    assert [(s.name, s.steps) for s in back.stages] == [("Apply › Form", [])]


def flagged_journey() -> Journey:
    """The stepped journey with a moment of truth on a card, an unscored card and a step."""
    journey = stepped_journey()
    journey.stages[0].steps[1].moment_of_truth = True  # "%% upload; #2"
    for card in journey.cards:
        card.moment_of_truth = card.id in ("c2", "c5")  # scored, and unscored
    return journey


def moments(journey: Journey):
    cards = sorted(c.title for c in journey.cards if c.moment_of_truth)
    steps = [(s.name, st.name) for s in journey.stages for st in s.steps if st.moment_of_truth]
    return cards, steps


def test_moments_of_truth_round_trip_through_mermaid_and_mermaid_reads_the_same_diagram():
    journey = flagged_journey()
    text = to_mermaid(journey)
    # Comments only: Mermaid's grammar reads the very sections and tasks it read before.
    plain = grammar_parse(to_mermaid(stepped_journey()))
    parsed = grammar_parse(text)
    assert (parsed.sections, parsed.tasks) == (plain.sections, plain.tasks)
    back = parse_mermaid(text)
    assert moments(back) == (["Decision", "Form page"], [("Apply › online", "%% upload; #2")])
    assert moments(back) == moments(journey)
    assert structure(back) == structure(parse_mermaid(to_mermaid(stepped_journey())))
    # The unscored moment keeps no score: both comments after one task are read.
    decision = next(c for c in back.cards if c.title == "Decision")
    assert not [p for p in back.emotion_points if p.card_id == decision.id]


def test_a_moment_comment_in_someone_elses_diagram_is_only_a_comment():
    text = "journey\n  section Apply\n    Fill in: 3: Me\n    %% journey-canvas: moment of truth\n"
    back = parse_mermaid(text)
    assert [c.moment_of_truth for c in back.cards] == [False]


def test_a_moment_on_a_task_written_once_per_persona_flags_its_one_card():
    from journeycanvas.io.mermaid_names import MARKER, MOMENT

    text = (
        f"journey\n  {MARKER}\n  section Apply\n    Fill in: 4: Ann\n    {MOMENT}\n"
        "    Fill in: 2: Bo\n    Wait: 3: Ann, Bo\n"
    )
    back = parse_mermaid(text)
    assert [(c.title, c.moment_of_truth) for c in back.cards] == [
        ("Fill in", True),
        ("Wait", False),
    ]
