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
