"""Which gesture a left-button press starts, from what lies under the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas.interactions.base import Interaction
from journeycanvas.canvas.interactions.card_drag import CardDrag
from journeycanvas.canvas.interactions.header_drag import LaneReorder, StageReorder
from journeycanvas.canvas.interactions.point_drag import PointDrag
from journeycanvas.canvas.interactions.stage_resize import EDGE_TOLERANCE, StageResize
from journeycanvas.canvas.items.box import BoxItem
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.items.emotion_point import EmotionPointItem

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene


def stage_edge_under(scene: JourneyScene, pos: QPointF) -> str | None:
    """The stage whose resize edge is under the mouse (the tolerance grows when zoomed out)."""
    views = scene.views()
    zoom = views[0].transform().m11() if views else 1.0
    return scene.layout_.stage_edge_at(pos.x(), pos.y(), EDGE_TOLERANCE / max(zoom, 0.25))


def gesture_for_press(
    scene: JourneyScene, pos: QPointF, modifiers: Qt.KeyboardModifier
) -> Interaction | None:
    """The gesture to start, or None to let the view rubber-band select."""
    under = scene.items(pos)
    point = next((i for i in under if isinstance(i, EmotionPointItem)), None)
    if point is not None:
        return PointDrag(scene, point.point_id)
    stage_id = stage_edge_under(scene, pos)
    if stage_id is not None:
        return StageResize(scene, stage_id)
    card = next((i for i in under if isinstance(i, CardItem)), None)
    if card is not None:
        return CardDrag(scene, card.card_id)
    box = next((i for i in under if isinstance(i, BoxItem)), None)
    if box is not None and box.kind == "stage":
        return StageReorder(scene, box.key)
    if box is not None and box.kind == "lane":
        return LaneReorder(scene, box.key)
    return None
