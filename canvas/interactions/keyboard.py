"""The map without a mouse: arrow keys walk a current cell across the grid.

Arrows move the current cell (the target of Add Card, Paste, Rename) over the
stage headers (top row), the lane headers (left column) and every cell, empty
ones included; in an emotion lane they also reach the emotion points, and
Up/Down then change the selected point's score. Ctrl+arrows move what is
selected: cards to the next cell (or up and down inside theirs), a stage left
or right, a lane up or down, a point along the curve. Each move is one undo
step, as the same move by mouse is.

Keys are read by an event filter on the view, and only while nothing is being
typed on the map or dragged, so the in-place editor keeps its own arrow keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView

from journeycanvas.canvas import commands, edits, step_names
from journeycanvas.canvas.interactions.base import tr
from journeycanvas.canvas.model import MAX_SCORE, MIN_SCORE, EmotionPoint, LaneKind
from journeycanvas.canvas.painting import qrect

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene

#: Score change of one Up/Down press on an emotion point, and a position step.
SCORE_STEP = 0.5
POSITION_STEP = 0.1

_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class KeyboardNavigation(QObject):
    """Arrow and Ctrl+arrow keys on one map view."""

    def __init__(self, view: QGraphicsView, scene: JourneyScene) -> None:
        super().__init__(view)
        self.setObjectName("keyboardNavigation")
        self.view = view
        self.scene = scene
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        step = _ARROWS.get(Qt.Key(event.key()))
        if step is None or self.scene.editing() or self.scene.active is not None:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier:
            self.move_selection(*step)
            return True
        if mods == Qt.KeyboardModifier.NoModifier:
            self.step(*step)
            return True
        return False

    # --- walking -------------------------------------------------------------------

    def step(self, dx: int, dy: int) -> None:
        """Move the current cell (or the selected card or point) one place."""
        scene = self.scene
        points = scene.selected_point_ids()
        cards = scene.selected_card_ids()
        if points and not cards and dy:
            self._nudge_score(points, -dy * SCORE_STEP)
            return
        if points and not cards and dx and self._next_point(points[0], dx):
            return
        if len(cards) == 1 and dy and self._next_card_in_cell(cards[0], dy):
            return
        j = scene.document.journey
        if not j.stages or not j.lanes:
            return
        if dx and not dy and scene.current_lane_id is None and scene.current_stage_id:
            self._walk_headers(dx)
            return
        cols = [None, *[s.id for s in j.stages]]
        rows = [None, *[lane.id for lane in j.lanes]]
        stage, lane = scene.current_stage_id, scene.current_lane_id
        if stage is None and lane is None:
            stage, lane = cols[1], rows[1]
        else:
            ci = max(0, min(len(cols) - 1, cols.index(stage) + dx))
            ri = max(0, min(len(rows) - 1, rows.index(lane) + dy))
            if ci or ri:  # the corner (title) is not a place to stand on
                stage, lane = cols[ci], rows[ri]
        self.go_to(stage, lane, pick_point=bool(dx))

    def _walk_headers(self, dx: int) -> None:
        """Left/Right along the header row: each stage header, then its steps' headers,
        so a step can be reached (and shown in the Inspector) without a mouse."""
        scene = self.scene
        j = scene.document.journey
        places: list[tuple[str, str | None]] = []
        for stage in j.stages:
            places.append((stage.id, None))
            places += [(stage.id, step.id) for step in stage.steps]
        here = (scene.current_stage_id, scene.current_step_id)
        at = places.index(here) if here in places else 0
        stage_id, step_id = places[max(0, min(len(places) - 1, at + dx))]
        if step_id is None:
            self.go_to(stage_id, None)
            return
        scene.clearSelection()
        scene.set_current_step(step_id)
        self.view.ensureVisible(qrect(scene.layout_.step(step_id).header.rect), 40, 40)

    def go_to(self, stage_id: str | None, lane_id: str | None, pick_point: bool = False) -> None:
        """Make a cell (or a header) current and scroll it into view. Walking along an
        emotion lane (pick_point) selects the stage's first point, so Up/Down then set
        its score; walking down through the lane passes it by (Esc lets a point go)."""
        scene = self.scene
        scene.clearSelection()
        scene.set_current(stage_id, lane_id)
        j = scene.document.journey
        if pick_point and stage_id and lane_id and j.lane(lane_id).kind == LaneKind.EMOTIONS:
            here = sorted(
                (p for p in j.emotion_points if p.stage_id == stage_id), key=lambda p: p.position
            )
            if here and here[0].id in scene.points:
                scene.points[here[0].id].setSelected(True)
        self.reveal()

    def reveal(self) -> None:
        lay = self.scene.layout_
        cell = self.scene.current_cell()
        rect: QRectF | None = None
        if cell is not None:
            rect = qrect(lay.cells[cell])
        elif self.scene.current_stage_id is not None:
            rect = qrect(self.scene.boxes[("stage", self.scene.current_stage_id)].box.rect)
        elif self.scene.current_lane_id is not None:
            rect = qrect(self.scene.boxes[("lane", self.scene.current_lane_id)].box.rect)
        if rect is not None:
            self.view.ensureVisible(rect, 40, 40)

    def _next_card_in_cell(self, card_id: str, dy: int) -> bool:
        """Up/Down from a selected card: the card above or below it in its cell."""
        j = self.scene.document.journey
        card = j.card(card_id)
        cell = [c.id for c in j.cards if (c.stage_id, c.lane_id) == (card.stage_id, card.lane_id)]
        at = cell.index(card_id) + dy
        if not 0 <= at < len(cell):
            return False
        self.scene.select_cards([cell[at]])
        self.view.ensureVisible(self.scene.cards[cell[at]], 40, 40)
        return True

    def _next_point(self, point_id: str, dx: int) -> bool:
        """Left/Right from a selected point: the next point along the curve, if any."""
        j = self.scene.document.journey
        order = {s.id: i for i, s in enumerate(j.stages)}
        points = sorted(j.emotion_points, key=lambda p: (order.get(p.stage_id, 0), p.position))
        ids = [p.id for p in points]
        at = ids.index(point_id) + dx
        if not 0 <= at < len(ids) or ids[at] not in self.scene.points:
            return False
        target = points[at]
        self.scene.clearSelection()
        self.scene.set_current(target.stage_id, self.scene.current_lane_id)
        self.scene.points[target.id].setSelected(True)
        return True

    # --- moving what is selected ----------------------------------------------------------

    def move_selection(self, dx: int, dy: int) -> None:
        scene = self.scene
        cards, points = scene.selected_card_ids(), scene.selected_point_ids()
        if cards:
            self._move_cards(cards, dx, dy)
        elif points and dx:
            self._nudge_position(points[0], dx * POSITION_STEP)
        elif points and dy:
            self._nudge_score(points, -dy * SCORE_STEP)
        elif scene.current_cell() is None and scene.current_stage_id and dx:
            self._move_stage(scene.current_stage_id, dx)
        elif scene.current_cell() is None and scene.current_lane_id and dy:
            self._move_lane(scene.current_lane_id, dy)

    def _move_cards(self, ids: list[str], dx: int, dy: int) -> None:
        scene = self.scene
        j = scene.document.journey
        first = j.card(ids[0])
        stages, lanes = [s.id for s in j.stages], [lane.id for lane in j.lanes]
        stage, lane, index = first.stage_id, first.lane_id, None
        if dx:
            si = stages.index(stage) + dx
            if not 0 <= si < len(stages):
                return
            stage = stages[si]
        else:
            staying = [
                c.id
                for c in j.cards
                if (c.stage_id, c.lane_id) == (stage, lane) and c.id not in ids
            ]
            cell = [c.id for c in j.cards if (c.stage_id, c.lane_id) == (stage, lane)]
            at = cell.index(ids[0])
            before = len([c for c in cell[:at] if c in staying])
            index = before + dy
            if index < 0 or index > len(staying):  # past the cell's edge: the next lane
                li = lanes.index(lane) + dy
                if not 0 <= li < len(lanes):
                    return
                lane, index = lanes[li], (None if dy < 0 else 0)
        name, n = step_names.card_title(j, ids), len(ids)
        commands.apply(
            scene.document,
            lambda: step_names.named(name, tr("Move card “%1”"), tr("Move %n cards", "", n)),
            lambda jj: edits.move_cards(jj, ids, stage, lane, index),
        )
        scene.select_cards(ids)
        scene.set_current(stage, lane)
        self.view.ensureVisible(scene.cards[ids[0]], 40, 40)

    def _move_stage(self, stage_id: str, dx: int) -> None:
        j = self.scene.document.journey
        at = [s.id for s in j.stages].index(stage_id) + dx
        if not 0 <= at < len(j.stages):
            return
        name = step_names.short(j.stage(stage_id).name)
        commands.apply(
            self.scene.document,
            lambda: tr("Move stage “%1”").replace("%1", name),
            lambda jj: edits.move_stage(jj, stage_id, at),
        )
        self.scene.set_current(stage_id=stage_id)
        self.reveal()

    def _move_lane(self, lane_id: str, dy: int) -> None:
        j = self.scene.document.journey
        at = [lane.id for lane in j.lanes].index(lane_id) + dy
        if not 0 <= at < len(j.lanes):
            return
        name = step_names.short(j.lane(lane_id).name)
        commands.apply(
            self.scene.document,
            lambda: tr("Move lane “%1”").replace("%1", name),
            lambda jj: edits.move_lane(jj, lane_id, at),
        )
        self.scene.set_current(lane_id=lane_id)
        self.reveal()

    # --- emotion points -------------------------------------------------------------

    def _nudge_score(self, point_ids: list[str], delta: float) -> None:
        """Up/Down on selected points: their score by half a step; repeated presses on
        the same points are one undo step."""
        scene = self.scene
        j = scene.document.journey
        points = [p for p in j.emotion_points if p.id in point_ids]

        def edit(jj):
            for p in points:
                now = jj.emotion_points[[q.id for q in jj.emotion_points].index(p.id)].score
                score = round(max(MIN_SCORE, min(MAX_SCORE, now + delta)), 1)
                jj = edits.update_point(jj, p.id, score=score)
            return jj

        stage = step_names.short(j.stage(points[0].stage_id).name) if points else ""
        commands.apply(
            scene.document,
            lambda: tr("Change emotion score in “%1”").replace("%1", stage),
            edit,
            merge_key=("score", tuple(point_ids)),
        )
        for pid in point_ids:
            if pid in scene.points:
                scene.points[pid].setSelected(True)

    def _nudge_position(self, point_id: str, delta: float) -> None:
        """Ctrl+Left/Right on a point: along the curve, into the next stage at the edge."""
        scene = self.scene
        j = scene.document.journey
        point = next(p for p in j.emotion_points if p.id == point_id)
        stages = [s.id for s in j.stages]
        stage, position = point.stage_id, round(point.position + delta, 3)
        if position > 1.0 or position < 0.0:
            si = stages.index(stage) + (1 if position > 1.0 else -1)
            if not 0 <= si < len(stages):
                return
            stage, position = stages[si], (0.05 if position > 1.0 else 0.95)
        name = step_names.short(j.stage(stage).name)
        commands.apply(
            scene.document,
            lambda: tr("Move emotion point in “%1”").replace("%1", name),
            lambda jj: edits.update_point(jj, point_id, stage_id=stage, position=position),
            merge_key=("position", point_id),
        )
        scene.set_current(stage, scene.current_lane_id)
        if point_id in scene.points:
            scene.points[point_id].setSelected(True)


def add_point_in(scene: JourneyScene, stage_id: str) -> str | None:
    """A neutral emotion point in the middle of a stage, selected (Add Emotion Point:
    the keyboard's double-click on the curve)."""
    point = EmotionPoint(stage_id=stage_id, position=0.5, score=0.0)
    stage = step_names.short(scene.document.journey.stage(stage_id).name)
    if commands.apply(
        scene.document,
        lambda: tr("Add emotion point %1 in “%2”").replace("%1", "+0").replace("%2", stage),
        lambda j: edits.add_point(j, point),
    ):
        scene.clearSelection()
        if point.id in scene.points:
            scene.points[point.id].setSelected(True)
        return point.id
    return None
