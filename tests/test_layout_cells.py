"""A cell of cards laid out before comes back whole, and only when nothing it reads changed.

An undo of a 200-card paste leaves most cells of a 2,000-card map holding the
same cards, at most moved down by a lane that grew: such a cell hands back its
card layouts after one comparison (layout_memo.CELL_CACHE). The user must never
see the difference: each re-layout here equals the layout made with nothing
remembered, also for the cards whose layout reads more than their own fields (a
done improvement's badge reads the touchpoints it names, a KPI's its language).
"""

from __future__ import annotations

from test_layout_fast_paths import fresh_layout, sample

from journeycanvas.canvas import edits, layout_memo
from journeycanvas.canvas.before_after import before_after
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Journey


def _done_fix(journey: Journey):
    """A done improvement card of the sample and a touchpoint it names."""
    for card in journey.cards:
        found = before_after(journey, card)
        if found:
            return card, found[0].touchpoint
    raise AssertionError("the sample has a done improvement naming a scored touchpoint")


def test_undo_and_redo_of_a_paste_hand_back_the_very_cells() -> None:
    journey = sample("sample-bank-loan-en")
    pasted = edits.paste_cards(journey, journey.cards[:5])[0]
    before, after = compute_layout(journey), compute_layout(pasted)
    assert before == fresh_layout(journey) and after == fresh_layout(pasted)
    again, redone = compute_layout(journey), compute_layout(pasted)
    assert again == before and redone == after
    assert all(a is b for a, b in zip(before.cards, again.cards, strict=True))
    assert all(a is b for a, b in zip(after.cards, redone.cards, strict=True))
    assert layout_memo.CELL_CACHE  # the cells were kept, not only the cards


def test_a_cell_moved_down_by_a_grown_lane_is_placed_at_its_new_top() -> None:
    journey = sample("sample-bank-loan-en")
    first = journey.cards[0]
    grown = edits.update_card(journey, first.id, body="a body 正文 that wraps " * 80)
    for j in (journey, grown, journey, grown):
        assert compute_layout(j) == fresh_layout(j)
    below = [c for c in compute_layout(grown).cards if c.lane_id != first.lane_id]
    moved = {c.card_id: c.rect.y for c in compute_layout(journey).cards}
    assert any(moved[c.card_id] != c.rect.y for c in below)


def test_an_improvement_follows_the_touchpoint_it_names_though_its_cell_is_as_before() -> None:
    """The improvement card and its cell are unchanged objects; its badge reads the
    named touchpoint's answers, so a kept cell would show the old verdict."""
    journey = sample("sample-ecommerce-en")
    fix, named = _done_fix(journey)
    compute_layout(journey)
    compute_layout(journey)
    fewer = edits.update_card(
        journey, named.id, evidence=named.evidence[: len(named.evidence) // 2]
    )
    changed = compute_layout(fewer)
    assert changed == fresh_layout(fewer)
    old = next(c for c in compute_layout(journey).cards if c.card_id == fix.id)
    new = next(c for c in changed.cards if c.card_id == fix.id)
    assert [t.text for t in old.texts] != [t.text for t in new.texts]


def test_a_card_changed_in_place_in_a_kept_cell_is_laid_out_as_changed() -> None:
    journey = sample("sample-bank-loan-en")
    compute_layout(journey)
    compute_layout(journey)  # every plain cell kept
    card = next(c for c in journey.cards if not c.evidence and c.improvement is None)
    for field, value in (
        ("title", "很长的标题 " * 12),
        ("color", "#1F3A5F"),
        ("image", None),
        ("evidence", []),
    ):
        setattr(card, field, value)
        assert compute_layout(journey) == fresh_layout(journey)


def test_a_touchpoint_follows_the_fix_that_names_it_though_its_cell_is_as_before() -> None:
    """A touchpoint a done improvement names shows before / after chips read from the
    improvement: moving the done date changes them with the touchpoint untouched."""
    journey = sample("sample-ecommerce-en")
    fix, named = _done_fix(journey)
    compute_layout(journey)
    compute_layout(journey)
    undone = edits.update_card(
        journey, fix.id, improvement=fix.improvement.model_copy(update={"done_on": ""})
    )
    changed = compute_layout(undone)
    assert changed == fresh_layout(undone)
    old = next(c for c in compute_layout(journey).cards if c.card_id == named.id)
    new = next(c for c in changed.cards if c.card_id == named.id)
    assert [t.text for t in old.texts] != [t.text for t in new.texts]


def test_the_cards_regroup_when_a_card_moves_cell_in_place_or_the_list_grows() -> None:
    """The cards are grouped by cell once per list met again unchanged; a card whose
    stage or lane is changed in place, and a card added to the very list, regroup."""
    journey = sample("sample-bank-loan-en")
    compute_layout(journey)
    compute_layout(journey)
    card = next(c for c in journey.cards if not c.evidence and c.improvement is None)
    other_stage = next(s.id for s in journey.stages if s.id != card.stage_id)
    other_lane = next(lane.id for lane in journey.lanes if lane.id != card.lane_id)
    for field, value in (("stage_id", other_stage), ("lane_id", other_lane)):
        setattr(card, field, value)
        moved = compute_layout(journey)
        assert moved == fresh_layout(journey)
        assert next(c for c in moved.cards if c.card_id == card.id).stage_id == card.stage_id
    journey.cards.append(card.model_copy(update={"id": "card-appended"}))
    grown = compute_layout(journey)
    assert grown == fresh_layout(journey)
    assert "card-appended" in {c.card_id for c in grown.cards}


def test_a_touchpoint_shows_a_fix_marked_done_after_its_cell_was_kept() -> None:
    """The touchpoint's cell is kept while no done fix names it; marking the fix done
    (the touchpoint untouched) must show the before / after chips, and the undo
    take them away."""
    from test_before_after import _journey

    from journeycanvas.canvas.model import ImprovementStatus

    journey = _journey(status=ImprovementStatus.IN_PROGRESS)
    compute_layout(journey)
    compute_layout(journey)  # the touchpoint's cell kept
    imp = journey.card("imp")
    done = edits.update_card(
        journey,
        "imp",
        improvement=imp.improvement.model_copy(update={"status": ImprovementStatus.DONE}),
    )
    texts = [t.text for c in compute_layout(done).cards if c.card_id == "tp" for t in c.texts]
    assert "before −1.08 n=6" in texts
    assert compute_layout(done) == fresh_layout(done)
    again = [t.text for c in compute_layout(journey).cards if c.card_id == "tp" for t in c.texts]
    assert not any(t.startswith("before") for t in again)
    assert compute_layout(journey) == fresh_layout(journey)


def test_undo_and_redo_of_the_benchmarks_paste_lay_out_as_afresh() -> None:
    """The editor benchmark's case, smaller: a paste of the first cards into their own
    cells grows lanes and moves every card below; each undo and redo lays out exactly
    as with nothing remembered."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from make_big_journey import make_big_journey

    journey = make_big_journey(stages=8, cards=300)
    pasted = edits.paste_cards(journey, journey.cards[:40])[0]
    for j in (journey, pasted, journey, pasted, journey):
        got = compute_layout(j)
        assert got == fresh_layout(j)
        assert repr(got) == repr(fresh_layout(j))


def test_a_lane_whose_every_cell_was_kept_comes_back_whole_and_only_then(monkeypatch) -> None:
    """Issue 17: an undo or redo of the paste looks each lane up once (LANES), not its
    40 cells; the lane comes back only from the very grouping of the cards, so a card
    changed in place, a lane grown above or a done fix are laid out afresh."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from make_big_journey import make_big_journey

    journey = make_big_journey(stages=8, cards=300)
    pasted = edits.paste_cards(journey, journey.cards[:40])[0]
    cells = []
    real = layout_memo.remembered_cell
    monkeypatch.setattr(layout_memo, "remembered_cell", lambda *a: cells.append(a[0]) or real(*a))
    for j in (journey, pasted):
        compute_layout(j)
    before, after = compute_layout(journey), compute_layout(pasted)
    reads = []
    real_fields = layout_memo.cell_fields
    monkeypatch.setattr(layout_memo, "cell_fields", lambda c: reads.append(c) or real_fields(c))
    for j, was in ((journey, before), (pasted, after), (journey, before)):
        cells.clear()
        reads.clear()
        again = compute_layout(j)
        assert cells == []  # every lane came back whole
        assert reads == []  # (nothing assigned since: the cards' fields not read again)
        assert all(a is b for a, b in zip(again.cards, was.cards, strict=True))
        assert again == fresh_layout(j)
    assert layout_memo.LANES

    card = next(c for c in journey.cards if not c.evidence and c.lane_id == journey.lanes[2].id)
    card.title = "很长的标题 changed in place " * 6
    cells.clear()
    changed = compute_layout(journey)
    assert reads and cells  # its fields read, its lane's cells looked up (a new grouping)
    assert changed == fresh_layout(journey)
    assert changed != before
    # A card of the list replaced in place by an edited copy (nothing assigned).
    at = journey.cards.index(card)
    journey.cards[at] = card.model_copy(update={"title": "短"})
    reads.clear()
    replaced = compute_layout(journey)
    assert reads
    assert replaced == fresh_layout(journey)
    assert replaced != changed
