"""The save writes and reads back a journey in pieces, and the pieces are the whole.

A 100,000-answer journey was held two and three times over while it was saved (the
JSON buffer and its bytes, the decoded text when an id looked like a float, the
file read back whole). These tests hold the pieces to what the whole gave.
"""

from __future__ import annotations

import json

import pytest
from evidence_forms import reference_dumps, set_column
from hypothesis import given
from hypothesis import strategies as st
from test_journey_writer import journeys, json_values, one_card_journey, texts
from test_trusted_load import FILES, SETTINGS

from journeycanvas.canvas.evidence_store import FILE_CONTEXT, PLACEHOLDER
from journeycanvas.canvas.model import Card, Evidence, Journey, Lane, Stage
from journeycanvas.io import atomic, journey_file
from journeycanvas.io.errors import JourneyFileError


def whole(journey) -> bytes:
    """One pydantic call for the whole journey, each evidence table's place then taken by
    its rows, one a line (written here by ``json``, independently of the writer)."""
    raw = journey.__pydantic_serializer__.to_json(journey, indent=2, context=FILE_CONTEXT)
    marker = json.dumps(PLACEHOLDER).encode("ascii")
    for card in journey.cards:
        names = card.evidence.written_columns() if card.evidence else None
        if names is None:
            continue
        rows = ",\n          ".join(
            json.dumps(list(r), ensure_ascii=False, separators=(",", ":"))
            for r in card.evidence.rows(names)
        )
        table = (
            f'{{\n        "columns": {json.dumps(names, ensure_ascii=False)},\n'
            f'        "rows": [\n          {rows}\n        ]\n      }}'
        )
        raw = raw.replace(marker, table.encode("utf-8"), 1)
    return raw + b"\n"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_template_is_written_card_by_card_exactly_as_in_one_call(path):
    journey = journey_file.load(path)
    assert journey_file._json_by_card(journey) == whole(journey)
    assert journey_file.dump_bytes(journey) == journey_file.dumps(journey).encode("utf-8")


@SETTINGS
@given(journeys())
def test_a_random_journey_is_written_card_by_card_exactly_as_in_one_call(journey):
    assert journey_file._json_by_card(journey) == whole(journey)
    assert journey_file.dump_bytes(journey) == journey_file.dumps(journey).encode("utf-8")


def test_an_id_that_looks_like_an_exponent_leaves_small_floats_spelt_as_before(tmp_path):
    journey = one_card_journey(score=1.0)
    journey.stages.append(Stage(id="stage-3c0f", name="x", width=1e-05))
    path = tmp_path / "a.journey"
    journey_file.save(journey, path)
    text = path.read_text(encoding="utf-8")
    assert '"width": 1e-05' in text
    assert text == journey_file.dumps(journey)


def _one_byte_changed(data: bytes) -> bytes:
    at = len(data) // 2
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    "damage", [lambda d: d[:-1], lambda d: d + b" ", lambda d: b"", _one_byte_changed, None]
)
def test_a_disk_that_keeps_fewer_or_more_bytes_is_reported(tmp_path, monkeypatch, damage):
    path = tmp_path / "a.journey"
    real_write = atomic.write_text_atomic
    if damage is None:  # a long file: read back over more than one block
        monkeypatch.setattr(journey_file, "_READ_BACK_BLOCK", 7)
        journey_file.save(one_card_journey(score=1.0), path)
        return

    def bad_write(target, data, **kwargs):
        return real_write(target, damage(data), **kwargs)

    monkeypatch.setattr(journey_file, "write_text_atomic", bad_write)
    monkeypatch.setattr(journey_file, "_READ_BACK_BLOCK", 7)  # the damage past a block
    with pytest.raises(JourneyFileError, match="reads back differently"):
        journey_file.save(one_card_journey(score=2.0), path)


def _rows_one_by_one(journey) -> bytes:
    """The save's bytes as they were written before the rows were left to the one look
    over the whole text: each table's rows looked at for numbers to respell."""
    raw, _ = journey_file._json_by_card_and_check(journey)
    return journey_file._respelt(raw) if journey_file._needs_respelling(raw) else raw


# Texts that look like the seams between rows or like numbers spelt otherwise.
seams = st.sampled_from(["],[", "[1],[2]", "0.00001", "9e-5", "a],[b", "]", "[", ","])
row_texts = st.one_of(texts, seams, st.tuples(texts, seams, texts).map("".join))
# An unknown column's values: nested lists (whose "],[" stand inside one row) and objects.
unknown_values = st.one_of(json_values, st.just([[1], [2]]), st.just({"a": [[0], ["],["]]}))


@st.composite
def evidence_journeys(draw):
    scores = st.none() | st.floats(min_value=-2, max_value=2) | st.sampled_from([1e-05, -1e-07])
    cards = []
    for i in range(draw(st.integers(1, 3))):
        count = draw(st.integers(0, 6))
        evidence = [
            Evidence(id=f"e{i}-{j}", text=draw(row_texts), score=draw(scores), row=j)
            for j in range(count)
        ]
        card = Card(id=f"c{i}", stage_id="s", lane_id="l", evidence=evidence)
        if count and draw(st.booleans()):
            set_column(card, "x_unknown", [draw(unknown_values) for _ in range(count)])
        cards.append(card)
    return Journey(
        id="j",
        stages=[Stage(id="s", name="s")],
        lanes=[Lane(id="l", name="l", kind="touchpoints")],
        cards=cards,
    )


@SETTINGS
@given(evidence_journeys())
def test_rows_not_looked_at_card_by_card_are_written_as_when_they_were(journey):
    assert journey_file.dump_bytes(journey) == _rows_one_by_one(journey)
    assert journey_file.dump_bytes(journey).decode("utf-8") == reference_dumps(journey)
