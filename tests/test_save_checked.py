"""Validate once, where data enters: a checked evidence table is not judged again by
the check before a save, and nothing that check skips can be invalid.

What the save no longer parses is a checked table's rows. A table is checked only
when its columns passed the same rules the open judges a file's table by (as an
import builds it, or as a file's table is opened) and it has no unknown field, so
its values are text, numbers and None that nothing can change. These tests hold
that: an unchecked invalid table is still refused; a table cannot be made checked
from invalid columns; what the writer writes for a checked table reads back as
exactly that table; the verdict of the check with the rows left out is the verdict
of the check over every byte, for random journeys, duplicates across cards and
bad cards beside good ones.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_journey_writer import journeys
from test_trusted_load import SETTINGS

from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import MAX_COUNT, Card, Evidence, Journey, Lane, Stage
from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=10)
scores = (
    st.none()
    | st.floats(min_value=-2, max_value=2)
    | st.floats(-1e-6, 1e-6)
    | st.sampled_from([-0.0, 1e-7, 2.0, -2.0, 5e-324])
)
rows = st.none() | st.integers(0, MAX_COUNT)


@st.composite
def columns(draw) -> tuple[int, dict[str, list]]:
    n = draw(st.integers(1, 6))
    cols: dict[str, list] = {"id": [f"e{k}" for k in range(n)]}
    for name in ("text", "respondent", "segment", "channel", "date"):
        if draw(st.booleans()):
            cols[name] = draw(st.lists(texts, min_size=n, max_size=n))
    cols["score"] = draw(st.lists(scores, min_size=n, max_size=n))
    if draw(st.booleans()):
        cols["row"] = draw(st.lists(rows, min_size=n, max_size=n))
    return n, cols


def _journey(*tables: EvidenceTable) -> Journey:
    return Journey(
        id="j",
        stages=[Stage(id="s", name="认知")],
        lanes=[Lane(id="l", name="接触点", kind="touchpoints")],
        cards=[
            Card(id=f"c{k}", stage_id="s", lane_id="l", title=f"t{k}", evidence=t)
            for k, t in enumerate(tables)
        ],
    )


def _verdicts(journey: Journey) -> tuple[str | None, str | None]:
    """The check's sentence with checked tables' rows left out, and over every byte."""
    payload, for_check = journey_file._dump_for_save(journey)
    said = []
    for given_ in (for_check, None):
        try:
            journey_file._check_opens_again(payload, "x.journey", given_)
            said.append(None)
        except JourneyFileError as exc:
            said.append(str(exc))
    return said[0], said[1]


# --- a checked table holds only what the open accepts ----------------------------


#: Values the open refuses, and values it accepts only by converting them (pydantic's
#: lax mode): a checked table holds neither, as it holds a value only as the file does.
REFUSED = [
    ("score", 2.5),
    ("score", -2.0001),
    ("score", math.nan),
    ("score", math.inf),
    ("row", -1),
    ("row", MAX_COUNT + 1),
    ("text", 3),
    ("channel", 5),
]
CONVERTED = [("score", 1), ("row", True), ("row", 1.0), ("channel", None)]


@pytest.mark.parametrize(("name", "bad"), REFUSED + CONVERTED)
def test_a_table_cannot_be_made_checked_from_a_value_not_as_the_file_holds_it(name, bad):
    with pytest.raises(ValueError, match=name):
        EvidenceTable.validated(2, {"id": ["a", "b"], name: [bad, bad]})


@pytest.mark.parametrize(("name", "bad"), REFUSED)
def test_an_unchecked_table_of_such_a_value_is_refused_by_the_save_as_before(
    name, bad, tmp_path: Path
):
    table = EvidenceTable.from_columns(2, {"id": ["a", "b"], name: [bad, bad]})
    assert not table.checked
    good = EvidenceTable.validated(1, {"id": ["c"], "score": [1.0]})
    with pytest.raises(JourneyFileError, match="not saved"):
        journey_file.save(_journey(good, table), tmp_path / "x.journey")
    assert not (tmp_path / "x.journey").exists()


def test_an_unknown_field_makes_no_checked_table():
    with pytest.raises(ValueError, match="wish"):
        EvidenceTable.validated(1, {"id": ["a"], "wish": [[1, 2]]})
    opened = journey_file.loads(
        journey_file.dumps(_journey(EvidenceTable([Evidence(id="a", wish=[1, 2])])))
    )
    assert not opened.cards[0].evidence.checked


def test_only_tables_made_of_checked_ones_stay_checked():
    a = EvidenceTable.validated(2, {"id": ["a", "b"], "score": [1.0, None]})
    b = EvidenceTable.validated(1, {"id": ["c"], "text": ["x"]})
    assert a.checked and b.checked
    assert EvidenceTable.concat(a, b).checked and (a + b).checked
    assert a.select([True, False]).checked and a[1:].checked
    assert not EvidenceTable.concat(a, [Evidence(id="d")]).checked
    assert not EvidenceTable.from_columns(1, {"id": ["e"]}).checked
    assert not EvidenceTable([Evidence(id="f", score=1.0)]).checked


# --- what the writer writes for a checked table reads back as that table ---------


@SETTINGS
@given(columns())
def test_a_checked_table_is_read_back_as_the_table_written(made):
    n, cols = made
    table = EvidenceTable.validated(n, cols)
    journey = _journey(table)
    payload, for_check = journey_file._dump_for_save(journey)
    assert for_check is not None and list(for_check.ids) == list(table.ids)
    again = journey_file.loads(payload.decode("utf-8"))  # the open's judgement of every byte
    assert again.cards[0].evidence == table
    assert again.cards[0].evidence.checked
    assert _verdicts(journey) == (None, None)


@SETTINGS
@given(journeys())
def test_the_verdict_without_checked_rows_is_the_verdict_over_every_byte(journey):
    opened = journey_file.loads(journey_file.dumps(journey))  # its tables now checked
    assert _verdicts(opened) == _verdicts(journey)
    assert _verdicts(opened)[0] is None


def test_a_duplicate_id_across_checked_tables_is_still_refused(tmp_path: Path):
    a = EvidenceTable.validated(2, {"id": ["a", "b"], "score": [1.0, 2.0]})
    b = EvidenceTable.validated(1, {"id": ["b"], "score": [0.0]})
    journey = _journey(a, b[:0])
    journey.cards[1].__dict__["evidence"] = b  # an edit that skipped validation
    checked, whole = _verdicts(journey)
    assert checked is not None and checked == whole
    assert "b" in checked
    with pytest.raises(JourneyFileError):
        journey_file.save(journey, tmp_path / "dup.journey")
    assert not (tmp_path / "dup.journey").exists()


def test_an_unchecked_invalid_table_beside_checked_ones_is_still_refused(tmp_path: Path):
    good = EvidenceTable.validated(2, {"id": ["a", "b"], "score": [1.0, None]})
    bad = EvidenceTable.from_columns(1, {"id": ["c"], "score": [9.0]})  # past the scale
    path = tmp_path / "keep.journey"
    journey_file.save(_journey(good), path)
    before = path.read_bytes()
    journey = _journey(good, bad)
    checked, whole = _verdicts(journey)
    assert checked is not None and checked == whole
    with pytest.raises(JourneyFileError, match="would not open again"):
        journey_file.save(journey, path)
    assert path.read_bytes() == before  # the good file was not replaced


def test_an_invalid_card_around_a_checked_table_is_still_refused():
    table = EvidenceTable.validated(1, {"id": ["a"], "score": [1.0]})
    journey = _journey(table)
    journey.cards[0].__dict__["stage_id"] = "nowhere"  # an edit that skipped validation
    checked, whole = _verdicts(journey)
    assert checked is not None and checked == whole


def test_a_saved_checked_journey_is_the_same_file(tmp_path: Path):
    table = EvidenceTable.validated(
        3, {"id": ["a", "b", "c"], "score": [1e-7, -0.0, 2.0], "text": ["\x00", "“”", ""]}
    )
    journey = _journey(table)
    path = journey_file.save(journey, tmp_path / "a.journey")
    assert path.read_bytes() == journey_file.dumps(journey).encode("utf-8")
    assert journey_file.load(path).cards[0].evidence == table


# --- an import's tables are checked where they enter ------------------------------


def test_an_imported_journey_is_saved_without_its_rows_parsed_again(tmp_path: Path):
    from test_import_fast_paths import _csv, _plan, _rows

    from journeycanvas.io.importers import importer

    sheet = _csv(tmp_path / "coding.csv", _rows(400, seed=5))
    journey, _collected = importer.run(_plan(sheet), None)
    tables = [c.evidence for c in journey.cards if len(c.evidence)]
    assert tables and all(t.checked for t in tables)
    payload, for_check = journey_file._dump_for_save(journey)
    assert for_check is not None
    assert len(for_check.ids) == sum(map(len, tables))
    assert len(for_check.text) < len(payload) / 2  # the rows are not in it
    assert _verdicts(journey) == (None, None)
    # Imported again into the saved journey: old and new answers joined stay checked.
    path = journey_file.save(journey, tmp_path / "a.journey")
    opened = journey_file.load(path)
    assert opened == journey
    again = _csv(tmp_path / "wave2.csv", _rows(300, seed=6))
    joined, _ = importer.run(_plan(again, base=opened), opened)
    assert all(c.evidence.checked for c in joined.cards if len(c.evidence))
    assert _verdicts(joined) == (None, None)


def test_an_import_column_holding_a_value_no_answer_holds_leaves_its_tables_unchecked(
    tmp_path: Path,
):
    from journeycanvas.canvas.model import ImportRecord
    from journeycanvas.io.importers import aggregate

    answers = [("S", "T", "", 9.0, "x", "", 1, "")]  # a score past the scale
    _columns, checked, _same = aggregate._columns(answers, None, {"source": "s.csv"})
    assert not checked
    record = ImportRecord(source="s.csv", sha256="0" * 64)
    journey = aggregate.build(aggregate.new_journey("t", "en"), answers, record, "s.csv", "s")
    assert not journey.cards[0].evidence.checked
    with pytest.raises(JourneyFileError, match="would not open again"):
        journey_file.save(journey, tmp_path / "bad.journey")
