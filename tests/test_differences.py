"""What differs between the editor's journey and the file's, found by id (no Qt)."""

from __future__ import annotations

from conftest import make_journey

from journeycanvas.canvas import edits
from journeycanvas.canvas.differences import Change, Difference, differences
from journeycanvas.canvas.model import Stage


def test_the_same_journey_has_no_differences():
    journey = make_journey()
    assert differences(journey, journey.model_copy(deep=True)) == []


def test_renamed_added_and_removed_things_are_named():
    base = make_journey()  # evidence ids are random: both versions start from one journey
    mine = edits.update_stage(base, "s0", name="Discover")
    mine = edits.add_stage(mine, Stage(id="s-new", name="Return"))
    theirs = edits.update_journey(base, title="Their title")
    theirs = edits.delete_cards(theirs, ["c-s2-text-0"])
    found = differences(mine, theirs)
    assert Difference("title", Change.CHANGED, "测试旅程 Test journey", "Their title") in found
    assert Difference("stages", Change.CHANGED, "Discover") in found
    assert Difference("stages", Change.ONLY_MINE, "Return") in found
    assert any(d.part == "cards" and d.change is Change.ONLY_MINE for d in found)
    assert found[0].part == "title"  # the journey's own texts come first


def test_a_new_order_alone_is_a_difference():
    journey = make_journey()
    moved = edits.move_stage(journey, "s2", 0)
    assert differences(moved, journey) == [Difference("stages", Change.CHANGED, "")]
