"""Which gesture a left-button press starts, from what lies under the mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

from journeycanvas.canvas.interactions.base import Interaction
from journeycanvas.canvas.interactions.card_drag import CardDrag
from journeycanvas.canvas.interactions.card_span import SPAN_EDGE, CardSpan
from journeycanvas.canvas.interactions.header_drag import LaneReorder, StageReorder
from journeycanvas.canvas.interactions.link_drag import LinkDrag
from journeycanvas.canvas.interactions.point_drag import PointDrag
from journeycanvas.canvas.interactions.stage_resize import EDGE_TOLERANCE, StageResize
from journeycanvas.canvas.interactions.step_drag import StepReorder, StepResize
from journeycanvas.canvas.items.box import BoxItem
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.items.emotion_point import EmotionPointItem
from journeycanvas.canvas.layout import LINK_HANDLE_RADIUS, link_handle

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene


def _zoom(scene: JourneyScene) -> float:
    views = scene.views()
    return max(views[0].transform().m11() if views else 1.0, 0.25)


def stage_edge_under(scene: JourneyScene, pos: QPointF) -> str | None:
    """The stage whose resize edge is under the mouse (the tolerance grows when zoomed out)."""
    return scene.layout_.stage_edge_at(pos.x(), pos.y(), EDGE_TOLERANCE / _zoom(scene))


def step_edge_under(scene: JourneyScene, pos: QPointF) -> str | None:
    """The step whose header's right edge is under the mouse."""
    return scene.layout_.step_edge_at(pos.x(), pos.y(), EDGE_TOLERANCE / _zoom(scene))


def card_span_edge_under(scene: JourneyScene, pos: QPointF) -> str | None:
    """The card whose right edge (which spans it over more columns) is under the mouse."""
    if len(scene.layout_.columns) < 2:
        return None
    card = next((i for i in scene.items(pos) if isinstance(i, CardItem)), None)
    if card is None or abs(pos.x() - card.layout.rect.right) > SPAN_EDGE / _zoom(scene):
        return None
    return card.card_id


def card_gesture(scene: JourneyScene, card: CardItem, pos: QPointF) -> Interaction:
    """On a card: its link handle (when selected) draws a link, its right edge spans,
    anywhere else moves it."""
    lay = card.layout
    zoom = _zoom(scene)
    hx, hy = link_handle(lay)
    reach = LINK_HANDLE_RADIUS + 2 / zoom
    if card.isSelected() and (pos.x() - hx) ** 2 + (pos.y() - hy) ** 2 <= reach**2:
        return LinkDrag(scene, card.card_id)
    if card_span_edge_under(scene, pos) == card.card_id:
        return CardSpan(scene, card.card_id)
    return CardDrag(scene, card.card_id)


def gesture_for_press(
    scene: JourneyScene, pos: QPointF, modifiers: Qt.KeyboardModifier
) -> Interaction | None:
    """The gesture to start, or None to let the view rubber-band select."""
    under = scene.items(pos)
    point = next((i for i in under if isinstance(i, EmotionPointItem)), None)
    if point is not None:
        return PointDrag(scene, point.point_id)
    step_id = step_edge_under(scene, pos)
    if step_id is not None:
        return StepResize(scene, step_id)
    stage_id = stage_edge_under(scene, pos)
    if stage_id is not None:
        stage = scene.document.journey.stage(stage_id)
        if stage.steps:
            # A stage with steps is as wide as its steps: its edge is its last step's.
            return StepResize(scene, stage.steps[-1].id)
        return StageResize(scene, stage_id)
    card = next((i for i in under if isinstance(i, CardItem)), None)
    if card is not None:
        return card_gesture(scene, card, pos)
    box = next((i for i in under if isinstance(i, BoxItem)), None)
    if box is not None and box.kind == "step":
        return StepReorder(scene, box.key)
    if box is not None and box.kind == "stage":
        return StageReorder(scene, box.key)
    if box is not None and box.kind == "lane":
        return LaneReorder(scene, box.key)
    return None
