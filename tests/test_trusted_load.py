"""The fast load path builds exactly the journey that full validation builds.

``journey_file.load`` parses with orjson and validates the journey without its
evidence, checking evidence a field at a time (io/trusted_load.py). Whatever it
accepts must be the very model ``Journey.model_validate(json.loads(text))`` makes
(values, unknown fields, which fields were set), and whatever full validation
refuses it must refuse too, so a hand-edited or hostile file still gets every
bound of the model (issue 11) and its exact error message. Checked on every
bundled template, every fixture and random journeys of every format-3-to-5 kind
of object, with random damage to their evidence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from evidence_forms import as_objects
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field, ValidationError
from test_journey_writer import journeys as writer_journeys

from journeycanvas.canvas import evidence_store
from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import (
    MAX_COUNT,
    MAX_KPI_VALUE,
    Card,
    Comment,
    Evidence,
    Experiment,
    ImportRecord,
    Improvement,
    Journey,
    Kpi,
    Lane,
    Link,
    Measurement,
    SavedView,
    Stage,
    Step,
    Variant,
)
from journeycanvas.io import journey_file, trusted_load
from journeycanvas.io.migrations import migrate

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "resources" / "templates").glob("*.journey")) + sorted(
    (ROOT / "tests" / "fixtures").glob("*.journey")
)


def same_model(a: Any, b: Any, where: str = "journey") -> None:
    """``a`` and ``b`` alike in every value, unknown field and set field, recursively."""
    assert type(a) is type(b), where
    if isinstance(a, BaseModel):
        assert a.__pydantic_fields_set__ == b.__pydantic_fields_set__, where
        assert a.__pydantic_extra__ == b.__pydantic_extra__, where
        assert a.__pydantic_private__ == b.__pydantic_private__, where
        assert a.__dict__.keys() == b.__dict__.keys(), where
        for name in a.__dict__:
            same_model(a.__dict__[name], b.__dict__[name], f"{where}.{name}")
    elif isinstance(a, EvidenceTable):
        assert a.columns == b.columns, where
        same_model(list(a), list(b), where)
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same_model(x, y, f"{where}[{i}]")
    else:
        assert a == b, where
        assert type(a) is type(b), where


def reference(text: str) -> Journey:
    """The journey as full validation makes it: json, migrations, pydantic."""
    data = json.loads(text)
    version = data.get("schema_version", 0)
    return Journey.model_validate(migrate(data, version, journey_file.SCHEMA_VERSION))


def fast(text: str) -> Journey | None:
    data = orjson.loads(text)
    version = data.get("schema_version", 0)
    data = migrate(data, version, journey_file.SCHEMA_VERSION)
    return trusted_load.validate_fast(data, journey_file.MAX_DEPTH)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_template_and_fixture_loads_as_full_validation_makes_it(path):
    text = path.read_text(encoding="utf-8")
    want = reference(text)
    got = fast(text)
    assert got is not None, "the fast path refused a valid file"
    same_model(got, want)
    same_model(journey_file.load(path), want)
    assert journey_file.dumps(got) == journey_file.dumps(want)


def test_the_templates_with_evidence_take_the_field_by_field_path():
    """Not a vacuous check: bundled files carry evidence that the fast check accepts."""
    checked = 0
    for path in FILES:
        data = json.loads(path.read_text(encoding="utf-8"))
        for card in data.get("cards", []):
            if card.get("evidence") and trusted_load._strict_ok(card["evidence"]):
                checked += 1
    assert checked > 0


def test_plain_evidence_is_built_straight_from_its_dicts_with_every_field_of_today():
    """The builder's probe must pass with the model's current fields (channel and date
    came later): a failing probe quietly sent every load down pydantic's slow path."""
    assert evidence_store._maker().__name__ == "fill"  # not model_construct's fallback
    full = {name: "x" for name in Evidence.model_fields} | {"score": 1.0, "row": 2}
    assert trusted_load._strict_ok([full])
    assert trusted_load.build_plain([dict(full)]) == [Evidence.model_validate(full)]


# --- random journeys of every kind of object -----------------------------------

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
floats = st.floats(allow_nan=False, allow_infinity=False)
kpi_values = st.floats(-MAX_KPI_VALUE, MAX_KPI_VALUE)  # the model's bound (issue 11)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | floats
    | st.sampled_from([1e19, -1e19, 2.0**63, 1e300])
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
extras = st.dictionaries(st.sampled_from(["x_future", "x_plugin"]), json_values, max_size=2)


@st.composite
def evidence(draw, ident: str) -> Evidence:
    return Evidence(
        id=ident,
        text=draw(texts),
        score=draw(st.none() | st.floats(-2, 2)),
        source=draw(texts),
        sheet=draw(texts),
        row=draw(st.none() | st.integers(0, MAX_COUNT)),
        respondent=draw(texts),
        answer=draw(texts),
        scale=draw(st.sampled_from(["", "1-5", "0-10"])),
        segment=draw(texts),
        import_id=draw(st.sampled_from(["", "import-1"])),
        **draw(st.dictionaries(st.just("x_note"), json_values, max_size=1)),
    )


@st.composite
def journeys(draw) -> Journey:
    stages = []
    for i in range(draw(st.integers(1, 3))):
        steps = [
            Step(id=f"s{i}-t{k}", name=draw(texts), moment_of_truth=draw(st.booleans()))
            for k in range(draw(st.integers(0, 2)))
        ]
        stages.append(Stage(id=f"s{i}", name=draw(texts), steps=steps, **draw(extras)))
    lanes = [
        Lane(id="l0", name="触点", kind="touchpoints"),
        Lane(id="l1", name="m", kind="metrics"),
    ]
    cards = []
    for i in range(draw(st.integers(0, 4))):
        stage = stages[i % len(stages)]
        improvement = draw(
            st.none()
            | st.builds(
                Improvement,
                customer_value=st.none() | st.floats(0, 100),
                effort=st.none() | st.floats(1, 5),
                evidence=st.lists(st.just(f"e{i}-0"), max_size=1),
                experiment=st.none()
                | st.builds(
                    Experiment,
                    variants=st.lists(
                        st.builds(
                            Variant,
                            name=texts,
                            visitors=st.integers(0, MAX_COUNT),
                            conversions=st.integers(0, 100),
                        ),
                        max_size=2,
                    ),
                ),
            )
        )
        kpi = draw(
            st.none()
            | st.builds(
                Kpi,
                baseline=st.none() | kpi_values,
                measurements=st.lists(
                    st.builds(Measurement, date=st.just("2026-01-02"), value=kpi_values),
                    max_size=2,
                ),
            )
        )
        cards.append(
            Card(
                id=f"c{i}",
                stage_id=stage.id,
                lane_id="l0" if i % 2 else "l1",
                title=draw(texts),
                step_id=draw(st.sampled_from([None, *(s.id for s in stage.steps)])),
                span=draw(st.integers(1, 3)),
                moment_of_truth=draw(st.booleans()),
                improvement=improvement,
                kpi=kpi,
                evidence=[draw(evidence(f"e{i}-{k}")) for k in range(draw(st.integers(0, 4)))],
                **draw(extras),
            )
        )
    links = (
        [Link(id="k0", from_card=cards[0].id, to_card=cards[1].id, label=draw(texts))]
        if len(cards) > 1
        else []
    )
    comments = [
        Comment(id=f"cm{i}", target="stage", target_id=s.id, text=draw(texts))
        for i, s in enumerate(stages[: draw(st.integers(0, 2))])
    ]
    views = [SavedView(id="v0", name=draw(texts), hidden_lanes=["l1"])] * draw(st.integers(0, 1))
    imports = (
        [ImportRecord(id="import-1", sha256="ab", source="s.xlsx", rows=3, skipped=2)]
        if draw(st.booleans())
        else []
    )
    return Journey(
        id="j",
        title=draw(texts),
        stages=stages,
        lanes=lanes,
        cards=cards,
        links=links,
        comments=comments,
        views=views,
        imports=imports,
        **draw(extras),
    )


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(journeys())
def test_a_random_journey_loads_as_full_validation_makes_it(journey):
    text = journey_file.dumps(journey)
    want = reference(text)
    got = journey_file.loads(text)
    same_model(got, want)
    assert journey_file.dumps(got) == text


@SETTINGS
@given(writer_journeys())
def test_the_writer_tests_random_journeys_load_as_full_validation_makes_them(journey):
    """The generator of tests/test_journey_writer.py too (awkward floats, unknown fields)."""
    text = journey_file.dumps(journey)
    same_model(journey_file.loads(text), reference(text))


# Values a hand-edited or hostile file may put in an evidence field.
damage = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([-1, 0, MAX_COUNT, MAX_COUNT + 1, 2.0001, -2.0001, 2, -2, 1e19, 2**64 + 1]),
    floats,
    texts,
    st.lists(st.integers(), max_size=2),
    st.dictionaries(texts, st.integers(), max_size=2),
)


@SETTINGS
@given(
    journeys(),
    st.sampled_from([*Evidence.model_fields, "x_unknown"]),
    damage,
    st.booleans(),
)
def test_damaged_evidence_is_judged_as_full_validation_judges_it(journey, field, value, drop):
    """Any value in any evidence field: accepted as pydantic accepts it, or refused."""
    data = as_objects(journey.model_dump(mode="json"))
    victims = [ev for card in data["cards"] for ev in card["evidence"]]
    if not victims:
        return
    if drop and field in victims[0]:
        assume(field != "id")  # a missing id is made afresh: random on either path
        del victims[0][field]
    else:
        victims[0][field] = value
    text = json.dumps(data, ensure_ascii=False)
    try:
        want = Journey.model_validate(json.loads(text))
    except ValidationError:
        want = None
    got = trusted_load.validate_fast(orjson.loads(text), journey_file.MAX_DEPTH)
    if want is None:
        assert got is None
        with pytest.raises(journey_file.JourneyFileError):
            journey_file.loads(text)
    elif got is not None:
        same_model(got, want)
    if want is not None:
        same_model(journey_file.loads(text), want)


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        ("row", -1, "cards[0].evidence[1].row: input should be greater than or equal to 0"),
        ("row", MAX_COUNT + 1, "cards[0].evidence[1].row: input should be less than or equal to"),
        ("score", 2.5, "cards[0].evidence[1].score: input should be less than or equal to 2"),
        ("id", "c0", "duplicate id 'c0'"),
        ("id", "s0-t0", "duplicate id 's0-t0'"),
        ("id", "k0", "duplicate id 'k0'"),
        ("id", "cm0", "duplicate id 'cm0'"),
        ("id", "v0", "duplicate id 'v0'"),
        ("id", "import-1", "duplicate id 'import-1'"),
    ],
)
def test_a_foreign_file_still_gets_every_bound_of_the_model(tmp_path, where, value, message):
    """Issue 11's bounds and the duplicate-id check over every kind of object (format 3-5)."""
    journey = Journey(
        id="j",
        stages=[Stage(id="s0", name="a", steps=[Step(id="s0-t0", name="t")])],
        lanes=[Lane(id="l0", name="t", kind="touchpoints")],
        cards=[
            Card(
                id="c0",
                stage_id="s0",
                lane_id="l0",
                evidence=[Evidence(id="e0", score=1.0, row=2), Evidence(id="e1", row=3)],
            ),
            Card(id="c1", stage_id="s0", lane_id="l0"),
        ],
        links=[Link(id="k0", from_card="c0", to_card="c1")],
        comments=[Comment(id="cm0", target="card", target_id="c0")],
        views=[SavedView(id="v0", name="v")],
        imports=[ImportRecord(id="import-1", sha256="ab", source="s.xlsx")],
    )
    data = as_objects(json.loads(journey_file.dumps(journey)))
    data["cards"][0]["evidence"][1][where] = value
    path = tmp_path / "foreign.journey"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(journey_file.JourneyFileError) as refused:
        journey_file.load(path)
    assert message in str(refused.value)


@pytest.mark.parametrize("digits", [20, 25, 30])
def test_a_whole_number_beyond_64_bits_keeps_every_digit(tmp_path, digits):
    """orjson would read it as a float; the file keeps its exact number (or is refused)."""
    number = int("9" * digits)
    data = json.loads(journey_file.dumps(Journey(id="j", stages=[Stage(id="s", name="a")])))
    data["x_future"] = {"count": number}
    data["stages"][0]["x_plugin"] = [number]
    text = json.dumps(data)
    loaded = journey_file.loads(text)
    assert loaded.x_future == {"count": number}
    assert loaded.stages[0].x_plugin == [number]
    assert json.loads(journey_file.dumps(loaded))["x_future"]["count"] == number


def test_a_number_of_more_digits_than_any_journey_uses_is_refused():
    data = json.loads(journey_file.dumps(Journey(id="j")))
    data["x_future"] = int("9" * 40)
    with pytest.raises(journey_file.JourneyFileError, match="40 digits"):
        journey_file.loads(json.dumps(data))


def test_an_evidence_field_of_a_kind_the_fast_check_does_not_know_turns_it_off():
    """A later field on Evidence (say a list of tags) sends every card's evidence to pydantic."""

    class Tagged(Evidence):
        tags: list[str] = Field(default_factory=list)

    class Weighted(Evidence):
        weight: float = 1.0  # not optional: the check would miss a null

    assert trusted_load._rules() is not None
    assert trusted_load._rules(Tagged) is None
    assert trusted_load._rules(Weighted) is None


def test_the_fast_fill_follows_the_evidence_model():
    """The probe that vouches for filling evidence straight from its dicts names every
    field of Evidence: one added to the model without it (channel, date) silently sent
    every card of a 100,000-answer journey through pydantic again on opening."""
    from journeycanvas.canvas.model import Evidence
    from journeycanvas.io import trusted_load

    assert evidence_store._maker().__name__ == "fill"  # not model_construct's fallback
    assert set(trusted_load._NAMES) == set(Evidence.model_fields)
