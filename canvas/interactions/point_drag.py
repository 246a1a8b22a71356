"""Dragging an emotion point: up and down sets its score, left and right its place.

The score is shown beside the point and the curve is redrawn through the
previewed point on every move; the model changes once, on release.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas import edits, step_names
from journeycanvas.canvas.interactions.base import Interaction, tr
from journeycanvas.canvas.layout import CurveLayout, curve_segments, monotone_bezier
from journeycanvas.canvas.style import score_color


class PointDrag(Interaction):
    def __init__(self, scene, point_id: str) -> None:
        super().__init__(scene)
        self.point_id = point_id
        self.curve: CurveLayout = next(
            c for c in scene.layout_.curves if any(p.point_id == point_id for p in c.points)
        )
        self.new: tuple[str, float, float] | None = None  # stage id, position, score

    def start(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        super().start(pos, modifiers)
        item = self.scene.points[self.point_id]
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            item.setSelected(not item.isSelected())
        else:
            self.scene.clearSelection()
            item.setSelected(True)
        self.grab = item.pos() - pos

    def _x_range(self) -> tuple[float, float]:
        """The band, or the card's stage for a point that belongs to a card."""
        journey = self.scene.document.journey
        point = next(p for p in journey.emotion_points if p.id == self.point_id)
        band = self.curve.band
        if point.card_id is None:
            return band.x, band.right - 0.01
        column = next(s.column for s in self.scene.layout_.stages if s.stage_id == point.stage_id)
        return column.x, column.right - 0.01

    def drag_to(self, pos: QPointF) -> None:
        target = pos + self.grab
        lo, hi = self._x_range()
        x = max(lo, min(hi, target.x()))
        score = round(self.curve.score_at(target.y()), 1)
        y = self.curve.y_for(score)
        where = self.scene.layout_.position_at(x)
        if where is None:
            return
        self.new = (where[0], round(where[1], 3), score)
        self.scene.points[self.point_id].setPos(x, y)
        self.scene.score_tip.show_score(x, y, score)
        old = next(p for p in self.curve.points if p.point_id == self.point_id)
        moved = replace(old, x=x, y=y, score=score, color=score_color(score))
        points = sorted(
            [p for p in self.curve.points if p.point_id != self.point_id] + [moved],
            key=lambda p: p.x,
        )
        hand, data_curve = curve_segments(points)
        # Only the dragged point's own curve follows it.
        own = [(p.x, p.y) for p in points if p.curve_id == moved.curve_id]
        traces = tuple(
            replace(t, segments=monotone_bezier(own)) if t.look.curve_id == moved.curve_id else t
            for t in self.curve.traces
        )
        preview = replace(
            self.curve, points=tuple(points), segments=hand, data_segments=data_curve,
            traces=traces,
        )  # fmt: skip
        self.scene.curves[self.curve.lane_id].apply(preview)

    def end_preview(self) -> None:
        self.scene.score_tip.setVisible(False)
        item = self.scene.points.get(self.point_id)
        if item is not None:
            item.apply(item.point)
        curve_item = self.scene.curves.get(self.curve.lane_id)
        if curve_item is not None:
            curve_item.apply(self.curve)

    def commit(self, pos: QPointF) -> None:
        if self.new is None:
            return
        stage_id, position, score = self.new
        pid = self.point_id
        stage = step_names.short(self.scene.document.journey.stage(stage_id).name)
        mark = f"{score:+g}"
        self.apply(
            lambda: tr("Move emotion point to %1 in “%2”").replace("%1", mark).replace("%2", stage),
            lambda j: edits.update_point(
                j, pid, stage_id=stage_id, step_id=None, position=position, score=score
            ),
        )
