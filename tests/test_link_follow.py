"""The links of dragged cards, re-routed for each offset of the drag (no Qt)."""

from __future__ import annotations

from itertools import pairwise

from test_edit_steps_links import blueprint_journey

from journeycanvas.canvas import link_follow, link_routing
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Link


def _layout():
    journey = blueprint_journey()
    journey.links = [
        Link(id="l1", from_card="c-back", to_card="c-front"),
        Link(id="l2", from_card="c-form", to_card="c-up"),
    ]
    return compute_layout(journey)


def test_only_the_moving_cards_links_are_followed_and_they_end_on_the_moved_card():
    lay = _layout()
    follower = link_follow.LinkFollower(lay, {"c-back"})
    assert [x.link_id for x in follower.links] == ["l1"]
    (piece,) = follower.at(40.0, 25.0)
    r = lay.card("c-back").rect
    x, y = piece.points[0]
    assert r.x + 40 - 0.01 <= x <= r.right + 40 + 0.01 and r.y + 25 - 0.01 <= y <= r.bottom + 25.01
    assert follower.at(0.0, 0.0)[0].points == lay.link("l1").points


def test_a_link_too_slow_to_route_is_an_elbow_until_the_drop(monkeypatch):
    lay = _layout()
    calls = []
    real = link_routing.route
    monkeypatch.setattr(link_routing, "route", lambda *a: calls.append(1) or real(*a))
    monkeypatch.setattr(link_follow, "ROUTE_BUDGET", -1.0)  # every route is "too slow"
    follower = link_follow.LinkFollower(lay, {"c-back"})
    follower.at(10.0, 0.0)
    (piece,) = follower.at(20.0, 0.0)
    assert len(calls) == 1  # the second move did not route again
    target = lay.card("c-front").rect
    end = piece.points[-1]
    assert target.x - 0.01 <= end[0] <= target.right + 0.01
    assert target.y - 0.01 <= end[1] <= target.bottom + 0.01
    assert all(a[0] == b[0] or a[1] == b[1] for a, b in pairwise(piece.points))


def test_one_move_spends_its_budget_and_the_links_left_over_come_first_next_time(monkeypatch):
    lay = _layout()
    monkeypatch.setattr(link_follow, "MOVE_BUDGET", 0.0)  # only one route per move
    monkeypatch.setattr(link_follow, "ROUTE_BUDGET", 10.0)  # none is slow
    follower = link_follow.LinkFollower(lay, {"c-back", "c-form"})
    seen = []
    real = link_routing.route
    monkeypatch.setattr(link_routing, "route", lambda *a: seen.append(a[0]) or real(*a))
    for _ in range(4):
        assert len(follower.at(5.0, 5.0)) == 2  # both drawn every move
    assert len(seen) == 4 and seen[0] != seen[1] and seen[0] == seen[2]
