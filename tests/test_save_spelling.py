"""The save's quick write: what it leaves unlooked-at is written as the careful way writes it.

A checked table's rows are no longer searched as text for numbers Python spells
otherwise than orjson (the 100,000-answer import searched 19 MB of quotes for
``0.0000`` and ``e-5``). That is safe on two facts tested here on their own: orjson
spells text exactly as ``json`` does (so a quote that merely looks like such a
number stands as it is either way), and it spells every float from 1e-4 up as
Python's ``repr`` does (so only a score below that can be spelt otherwise). Then the
bytes: checked tables with tiny scores, quotes that look like numbers and seams give
the row-by-row writer's bytes and the reference's (``json.dumps`` of the model).
"""

from __future__ import annotations

import json
import math

import orjson
import pytest
from evidence_forms import reference_dumps
from hypothesis import given
from hypothesis import strategies as st
from test_trusted_load import SETTINGS

from journeycanvas.canvas.evidence_store import EvidenceTable, share_texts
from journeycanvas.canvas.model import MAX_COUNT, Card, Journey, Lane, Stage
from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError

#: Any text a journey may hold (a lone surrogate cannot be written at all).
any_text = st.text(st.characters(exclude_categories=["Cs"]))


@SETTINGS
@given(any_text)
def test_orjson_spells_any_text_as_json_does(text):
    assert orjson.dumps(text) == json.dumps(text, ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(
    st.floats(min_value=1e-4, max_value=2.0)
    | st.floats(min_value=-2.0, max_value=-1e-4)
    | st.sampled_from([1e-4, 1e-3, 0.00099999, 0.1, 2.0, -2.0, 1.0, 0.5])
)
def test_orjson_spells_every_score_from_1e_4_up_as_python_does(score):
    assert orjson.dumps(score) == repr(score).encode("ascii")
    assert not journey_file._needs_respelling(b"[" + orjson.dumps(score) + b"]")


# Quotes that look like the numbers spelt otherwise or like the seams between rows.
looks_like = st.sampled_from(
    ["0.00001", "9e-5", "1e-7", "x 3e-2 y", "0.0000", "],[", "\n", '"', "\\", "\x00", "e-1"]
)
quotes = st.one_of(any_text, looks_like, st.tuples(any_text, looks_like, any_text).map("".join))
scores = (
    st.none()
    | st.floats(min_value=-2, max_value=2)
    | st.floats(-1e-3, 1e-3)
    | st.sampled_from([0.0, -0.0, 1e-5, -1e-7, 5e-324, 1e-4, 2.0])
)


@st.composite
def checked_journeys(draw) -> Journey:
    cards = []
    for i in range(draw(st.integers(1, 4))):
        n = draw(st.integers(1, 5))
        columns = {
            "id": [f"e{i}-{j}" for j in range(n)],
            "text": draw(st.lists(quotes, min_size=n, max_size=n)),
            "score": draw(st.lists(scores, min_size=n, max_size=n)),
            "row": draw(st.lists(st.none() | st.integers(0, MAX_COUNT), min_size=n, max_size=n)),
        }
        if draw(st.booleans()):
            columns["channel"] = draw(st.lists(quotes, min_size=n, max_size=n))
        table = EvidenceTable.validated(n, columns)
        title = draw(st.sampled_from(["t", "1e-5", "0.00001"]))
        cards.append(Card(id=f"c{i}", stage_id="s", lane_id="l", title=title, evidence=table))
    width = draw(st.sampled_from([None, 120.0, 1e-05, 3e-7]))
    return Journey(
        id="j",
        stages=[Stage(id="s", name="s", width=width)],
        lanes=[Lane(id="l", name="l", kind="touchpoints")],
        cards=cards,
    )


def _rows_one_by_one(journey: Journey) -> bytes:
    """The bytes as each table's rows were looked at for numbers to respell, card by card."""
    raw, _ = journey_file._json_by_card_and_check(journey)
    return journey_file._respelt(raw) if journey_file._needs_respelling(raw) else raw


@SETTINGS
@given(checked_journeys())
def test_checked_rows_not_looked_at_are_written_as_the_careful_way_writes_them(journey):
    assert all(card.evidence.checked for card in journey.cards)
    written = journey_file.dump_bytes(journey)
    assert written == _rows_one_by_one(journey)
    assert written.decode("utf-8") == reference_dumps(journey)


@SETTINGS
@given(checked_journeys())
def test_the_check_reads_what_it_always_read(journey):
    """The text for the check leaves out exactly the checked tables' rows."""
    payload, for_check = journey_file._dump_for_save(journey)
    assert for_check is not None
    expected = payload
    for card in journey.cards:
        body = card.evidence
        rows = journey_file._python_rows(
            [orjson.dumps(r) for r in body.rows(body.written_columns())]
        )
        table = (
            b'{\n        "columns": '
            + json.dumps(body.written_columns(), ensure_ascii=False).encode()
            + b',\n        "rows": [\n          '
            + b",\n          ".join(rows)
            + b"\n        ]\n      }"
        )
        assert expected.count(table) >= 1
        expected = expected.replace(table, b"[]", 1)
    assert for_check.text == expected
    assert for_check.ids == [i for card in journey.cards for i in card.evidence.ids]


def test_a_quote_that_looks_like_a_tiny_number_stands_as_written(tmp_path):
    table = EvidenceTable.validated(
        2, {"id": ["a", "b"], "text": ["0.00001 and 1e-5", "ok"], "score": [1.0, -0.5]}
    )
    journey = Journey(
        id="j",
        stages=[Stage(id="s", name="s")],
        lanes=[Lane(id="l", name="l", kind="touchpoints")],
        cards=[Card(id="c", stage_id="s", lane_id="l", evidence=table)],
    )
    path = tmp_path / "a.journey"
    journey_file.save(journey, path)
    text = path.read_text(encoding="utf-8")
    assert '["a","0.00001 and 1e-5",1.0]' in text
    assert text == reference_dumps(journey)
    assert journey_file.load(path).cards[0].evidence == table


def test_a_tiny_score_in_a_checked_table_is_spelt_as_python_does(tmp_path):
    table = EvidenceTable.validated(2, {"id": ["a", "b"], "score": [1e-05, 1e-7]})
    journey = Journey(
        id="j",
        stages=[Stage(id="s", name="s")],
        lanes=[Lane(id="l", name="l", kind="touchpoints")],
        cards=[Card(id="c", stage_id="s", lane_id="l", evidence=table)],
    )
    text = journey_file.dumps(journey)
    assert '["a",1e-05]' in text and '["b",1e-07]' in text
    assert text == reference_dumps(journey)


def test_written_columns_are_worked_out_once_and_handed_out_as_new_lists():
    table = EvidenceTable.validated(
        3, {"id": ["a", "b", "c"], "text": ["x", "", "y"], "channel": ["App", "App", "Web"]}
    )
    first = table.written_columns()
    assert first == ["id", "text", "channel"]
    first.append("spoilt")
    assert table.written_columns() == ["id", "text", "channel"]
    fresh = EvidenceTable.from_columns(3, {n: table.column(n) for n in table.columns})
    share_texts([table])
    assert table.written_columns() == fresh.written_columns()


def test_an_unchecked_table_holding_nan_is_still_refused_by_the_save():
    table = EvidenceTable.from_columns(1, {"id": ["a"], "score": [math.nan]})
    assert not table.checked
    journey = Journey(
        id="j",
        stages=[Stage(id="s", name="s")],
        lanes=[Lane(id="l", name="l", kind="touchpoints")],
        cards=[Card(id="c", stage_id="s", lane_id="l", evidence=table)],
    )
    try:
        journey_file.dump_bytes(journey)
    except ValueError as exc:
        assert "Evidence.score" in str(exc)
    else:  # pragma: no cover - the failure this test is for
        raise AssertionError("a NaN score was written")


def test_a_card_nested_too_deeply_beside_checked_rows_is_not_saved(tmp_path):
    """The deep lines are looked for in the text without the checked rows: a card's
    unknown field nested too deeply is found there as in the whole text."""
    deep: object = 1
    for _ in range(journey_file.MAX_DEPTH - 2):  # a card is level 3: one too deep
        deep = [deep]
    table = EvidenceTable.validated(2, {"id": ["a", "b"], "score": [1.0, 2.0]})
    other = EvidenceTable.validated(1, {"id": ["e"], "score": [0.0]})
    journey = Journey(
        id="j",
        stages=[Stage(id="s", name="s")],
        lanes=[Lane(id="l", name="l", kind="touchpoints")],
        cards=[
            Card(id="c", stage_id="s", lane_id="l", evidence=table),
            Card(id="d", stage_id="s", lane_id="l", evidence=other, x_deep=deep),
        ],
    )
    _, for_check = journey_file._dump_for_save(journey)
    assert for_check is not None and journey_file._DEEP_LINE in for_check.text
    with pytest.raises(JourneyFileError, match="nested too deeply to open again"):
        journey_file.save(journey, tmp_path / "a.journey")
    assert list(tmp_path.iterdir()) == []
    journey.cards[1] = journey.cards[1].model_copy(update={"x_deep": deep[0]})
    journey_file.save(journey, tmp_path / "b.journey")
