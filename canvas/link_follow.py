"""Links that follow cards while they are dragged, before anything is dropped.

A drag moves card items by hand; the model (and so the layout) changes only on the
drop. Without this the arrows of the dragged cards would point at empty cells for
the whole gesture and jump on release. Only the links of the cards in flight are
re-routed, with the same router the layout uses, against the other cards fixed at
their laid-out places, so a move costs a few routes however large the map is.
A route that crosses half a big map can still take tens of milliseconds; such a
link is drawn as a plain elbow for the rest of the drag (the drop routes it
properly), and one move spends at most about a frame on routing (the links left
over are elbows for that move and routed first on the next), so the cards never
lag behind the mouse. Pure geometry, no Qt.
"""

from __future__ import annotations

import time
from dataclasses import replace

from journeycanvas.canvas import link_routing
from journeycanvas.canvas.layout import JourneyLayout, LinkLayout, Rect

#: A re-route slower than this (seconds) makes its link an elbow until the drop.
ROUTE_BUDGET = 0.012
#: Routing time one mouse move may spend; links past it are elbows for that move.
MOVE_BUDGET = 0.016


def elbow(a: link_routing.Box, b: link_routing.Box) -> tuple[tuple[float, float], ...]:
    """A cheap orthogonal path from a's side to b's facing side, through the middle."""
    if b.x >= a.right or a.x >= b.right:
        x0, x1 = (a.right, b.x) if b.x >= a.right else (a.x, b.right)
        xm = (x0 + x1) / 2
        return ((x0, a.cy), (xm, a.cy), (xm, b.cy), (x1, b.cy))
    y0, y1 = (a.bottom, b.y) if b.cy >= a.cy else (a.y, b.bottom)
    ym = (y0 + y1) / 2
    return ((a.cx, y0), (a.cx, ym), (b.cx, ym), (b.cx, y1))


def _box(rect: Rect, dx: float = 0.0, dy: float = 0.0) -> link_routing.Box:
    return link_routing.Box(rect.x + dx, rect.y + dy, rect.right + dx, rect.bottom + dy)


class LinkFollower:
    """The links of a set of moving cards, routed anew for each offset of the drag."""

    def __init__(self, lay: JourneyLayout, card_ids: set[str]) -> None:
        self.lay = lay
        self.moving = set(card_ids)
        self.links = [x for x in lay.links if x.from_card in card_ids or x.to_card in card_ids]
        cards = {c.card_id: c for c in lay.cards}
        self.cards = cards
        self.rows = {lane.lane_id: (lane.row.y, lane.row.bottom) for lane in lay.lanes}
        left = lay.lanes[0].header.rect.right if lay.lanes else lay.grid.x
        self.corridors = [left] + [c.right for c in lay.columns]
        #: The cards that stay put: the obstacles every re-route avoids.
        self.still = {cid: _box(c.rect) for cid, c in cards.items() if cid not in self.moving}
        self.fixed = tuple(self.still.values())
        #: Links whose route proved too slow for a drag: drawn as elbows until the drop.
        self.slow: set[str] = set()
        self._order = list(self.links)  # links not routed last move come first

    def _row_of(self, card_id: str, box: link_routing.Box) -> tuple[float, float]:
        """The lane a card is over now: where its arrow may run between lanes."""
        if card_id in self.moving:
            lane = self.lay.lane_at(box.cy)
            if lane is not None:
                return lane.row.y, lane.row.bottom
        return self.rows[self.cards[card_id].lane_id]

    def at(self, dx: float, dy: float) -> list[LinkLayout]:
        """Every followed link as drawn with the moving cards shifted by (dx, dy)."""
        boxes = {
            cid: _box(self.cards[cid].rect, dx, dy) for cid in self.moving if cid in self.cards
        }
        moved = tuple(boxes.values())
        out: list[LinkLayout] = []
        routed: list[LinkLayout] = []
        deferred: list[LinkLayout] = []
        spent = 0.0
        for link in self._order:
            ends = []
            for cid in (link.from_card, link.to_card):
                box = boxes[cid] if cid in boxes else self.still[cid]
                ends.append((box, self._row_of(cid, box)))
            (a, row_a), (b, row_b) = ends
            if link.link_id in self.slow:
                path = elbow(a, b)
            elif spent > MOVE_BUDGET:
                path = elbow(a, b)  # this move's time is used up: routed first next move
                deferred.append(link)
            else:
                began = time.perf_counter()
                path = link_routing.route(a, b, row_a, row_b, self.corridors, self.fixed + moved)
                took = time.perf_counter() - began
                spent += took
                routed.append(link)
                if took > ROUTE_BUDGET:
                    self.slow.add(link.link_id)
            out.append(_moved_label(link, path))
        fast = [x for x in routed if x.link_id not in self.slow]
        self._order = deferred + fast + [x for x in self._order if x.link_id in self.slow]
        return out


def _moved_label(link: LinkLayout, path: tuple[tuple[float, float], ...]) -> LinkLayout:
    """The link along a new path, its label carried to the new path's middle."""
    head = link_routing.arrow_head(path)
    if link.label_rect is None:
        return replace(link, points=path, head=head)
    old = link_routing.label_anchor(link.points)
    new = link_routing.label_anchor(path)
    ox, oy = new[0] - old[0], new[1] - old[1]
    texts = tuple(replace(t, x=t.x + ox, y=t.y + oy) for t in link.texts)
    r = link.label_rect
    return replace(
        link, points=path, head=head, texts=texts, label_rect=Rect(r.x + ox, r.y + oy, r.w, r.h)
    )
