"""What a double-click does, from what lies under it.

A card: edit its title, or its body when the double-click is on the body. A
stage or lane header: rename it. The map's title: retype it. The emotion band:
add a point there. An empty place in a cell: add a card to that cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from journeycanvas.canvas import commands, curve_edits, edits, step_names
from journeycanvas.canvas.interactions import text_edits
from journeycanvas.canvas.interactions.base import tr
from journeycanvas.canvas.items.box import BoxItem
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.items.emotion_point import EmotionPointItem
from journeycanvas.canvas.items.link import LinkItem
from journeycanvas.canvas.model import CurveKind, EmotionPoint

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene


def handle_double_click(scene: JourneyScene, pos: QPointF) -> bool:
    """Act on a double-click at pos; False when there is nothing to do there."""
    under = scene.items(pos)
    if any(isinstance(i, EmotionPointItem) for i in under):
        return False
    link = next((i for i in under if isinstance(i, LinkItem)), None)
    if link is not None:
        text_edits.edit_link_label(scene, link.link_id)
        return True
    card = next((i for i in under if isinstance(i, CardItem)), None)
    if card is not None:
        if text_edits.is_on_body(card.layout, pos.y()):
            text_edits.edit_card_body(scene, card.card_id)
        else:
            text_edits.edit_card(scene, card.card_id)
        return True
    box = next((i for i in under if isinstance(i, BoxItem)), None)
    if box is not None and box.kind == "stage":
        text_edits.rename_stage(scene, box.key)
        return True
    if box is not None and box.kind == "lane":
        text_edits.rename_lane(scene, box.key)
        return True
    if box is not None and box.kind == "step":
        text_edits.rename_step(scene, box.key)
        return True
    if box is not None and box.kind == "title":
        text_edits.edit_title(scene)
        return True
    lay = scene.layout_
    curve = lay.curve_at(pos.x(), pos.y())
    if curve is not None:
        add_point_at(scene, pos)
        return True
    cell = lay.cell_at(pos.x(), pos.y())
    if cell is not None:
        scene.set_current(*cell)
        text_edits.new_card(scene, *cell)
        return True
    return False


def add_point_at(scene: JourneyScene, pos: QPointF) -> str | None:
    lay = scene.layout_
    curve = lay.curve_at(pos.x(), pos.y())
    where = lay.position_at(pos.x())
    if curve is None or where is None:
        return None
    target = scene.target_curve_id()
    journey = scene.document.journey
    # With no hand-drawn curve shown, the point starts a new one, in the same undo step
    # (a journey without any curves keeps its one implicit curve).
    fresh = None
    if target is None and journey.curves:
        fresh = curve_edits.new_curve(journey, "", CurveKind.AS_IS)
    point = EmotionPoint(
        stage_id=where[0],
        position=round(where[1], 3),
        score=round(curve.score_at(pos.y()), 1),
        curve_id=target if fresh is None else fresh.id,
    )

    def change(j):
        return edits.add_point(j if fresh is None else curve_edits.add_curve(j, fresh), point)

    stage = step_names.short(scene.document.journey.stage(point.stage_id).name)
    score = f"{point.score:+g}"
    if commands.apply(
        scene.document,
        lambda: tr("Add emotion point %1 in “%2”").replace("%1", score).replace("%2", stage),
        change,
    ):
        scene.clearSelection()
        item = scene.points.get(point.id)
        if item is not None:
            item.setSelected(True)
        return point.id
    return None
