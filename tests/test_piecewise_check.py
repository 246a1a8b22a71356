"""The card-at-a-time check before a save judges as the whole-text check does.

It exists to save memory (a 100,000-answer journey parsed whole: ~200 MB), so it must
never accept a payload that ``journey_file.load`` would refuse: damaged evidence, a
duplicate id across two cards, a foreign layout. Whatever it is unsure of it leaves
to the whole check (``None``).
"""

from __future__ import annotations

import json

import pytest
from evidence_forms import as_objects, set_column
from hypothesis import given
from hypothesis import strategies as st
from test_trusted_load import FILES, SETTINGS, damage, journeys

from journeycanvas.canvas.model import Evidence, Journey
from journeycanvas.io import journey_file, piecewise_check


def whole_verdict(payload: bytes) -> bool:
    try:
        journey_file.loads(payload.decode("utf-8"))
    except journey_file.JourneyFileError:
        return False
    return True


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_template_and_fixture_is_checked_a_card_at_a_time(path):
    journey = journey_file.load(path)
    payload = journey_file.dump_bytes(journey)
    if journey.cards:
        assert piecewise_check.check(payload, journey_file.MAX_DEPTH) is not None


@SETTINGS
@given(journeys(), st.sampled_from([*Evidence.model_fields, "x_unknown"]), damage)
def test_damaged_evidence_written_by_our_writer_is_never_let_through(journey, field, value):
    data = as_objects(journey.model_dump(mode="json"))
    victims = [ev for card in data["cards"] for ev in card["evidence"]]
    if not victims:
        return
    victims[-1][field] = value
    payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if piecewise_check.check(payload, journey_file.MAX_DEPTH) is not None:
        assert whole_verdict(payload)


def test_a_duplicate_evidence_id_on_two_cards_is_refused_and_nothing_is_written(tmp_path):
    journey = next(
        j for j in map(journey_file.load, FILES) if sum(bool(c.evidence) for c in j.cards) >= 2
    )
    holders = [c for c in journey.cards if c.evidence]
    # An unchecked edit: the model validator never saw it.
    ids = list(holders[1].evidence.ids)
    ids[0] = holders[0].evidence.ids[0]
    set_column(holders[1], "id", ids)
    payload = journey_file.dump_bytes(journey)
    assert piecewise_check.check(payload, journey_file.MAX_DEPTH) is None
    target = tmp_path / "dup.journey"
    with pytest.raises(journey_file.JourneyFileError, match="not saved"):
        journey_file.save(journey, target)
    assert not target.exists()


def test_an_out_of_range_score_is_refused_and_nothing_is_written(tmp_path):
    journey = next(j for j in map(journey_file.load, FILES) if any(c.evidence for c in j.cards))
    card = next(c for c in journey.cards if c.evidence)
    scores = list(card.evidence.scores)
    scores[-1] = 99.0
    set_column(card, "score", scores)
    target = tmp_path / "bad.journey"
    with pytest.raises(journey_file.JourneyFileError, match="not saved"):
        journey_file.save(journey, target)
    assert not target.exists()


def test_a_layout_it_does_not_know_is_left_to_the_whole_check():
    text = journey_file.dumps(Journey(name="x"))
    compact = json.dumps(json.loads(text)).encode("utf-8")
    assert piecewise_check.check(compact, journey_file.MAX_DEPTH) is None


def _two_cards() -> bytes:
    from journeycanvas.canvas.model import Card, Lane, Stage

    journey = Journey(
        id="j",
        stages=[Stage(id="s", name="认知")],
        lanes=[Lane(id="l", name="接触点", kind="touchpoints")],
        cards=[Card(id="c1", stage_id="s", lane_id="l"), Card(id="c2", stage_id="s", lane_id="l")],
    )
    return journey_file.dumps(journey).encode("utf-8")


def test_a_second_top_level_cards_list_after_the_first_is_left_to_the_whole_parse():
    """Issue 17: only the text after the cards list is searched for another one (not the
    whole file): a second ``"cards"`` key, which a parser keeps, still sends the file the
    long way, and the open keeps the cards the whole parse keeps."""
    import orjson

    payload = _two_cards()
    assert payload.endswith(b"\n}\n")
    extra = b'{\n      "id": "c9",\n      "stage_id": "s",\n      "lane_id": "l"\n    }'
    doubled = payload[:-3] + b',\n  "cards": [\n    ' + extra + b"\n  ]\n}\n"
    assert [c["id"] for c in orjson.loads(doubled)["cards"]] == ["c9"]
    assert piecewise_check.parse_by_card(doubled) is None
    assert piecewise_check.check(doubled, journey_file.MAX_DEPTH) is None
    assert [c.id for c in journey_file.loads(doubled.decode("utf-8")).cards] == ["c9"]


def test_a_cards_key_inside_a_card_is_read_as_the_whole_parse_reads_it():
    """A card's own (unknown) ``"cards"`` field set at two spaces, as a hand edit might:
    the card is parsed whole on its own, so reading a card at a time gives what parsing
    the whole text gives."""
    import orjson

    payload = _two_cards()
    head = b'\n  "cards": [\n    {\n'
    assert payload.count(head) == 1
    inside = head + b'  "cards": [\n      1\n    ],\n'
    edited = payload.replace(head, inside)
    whole = orjson.loads(edited)
    assert whole["cards"][0]["cards"] == [1]
    assert piecewise_check.parse_by_card(edited) == whole
    loaded = journey_file.loads(edited.decode("utf-8"))
    assert loaded == Journey.model_validate(json.loads(edited))
