"""What a right-click is about, and the selection it makes before a context menu opens.

A desktop editor's context menu acts on what is under the pointer: right-clicking
something that is not selected selects it alone (and makes its cell, stage or
lane the current one), while right-clicking inside a selection keeps it, so the
menu acts on all of it. The menu itself belongs to the application (it reuses
the window's actions); the canvas only says what the click was on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from journeycanvas.canvas.items.box import BoxItem
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.items.emotion_point import EmotionPointItem
from journeycanvas.canvas.items.link import LinkItem

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene


@dataclass(frozen=True)
class ContextTarget:
    """kind: "card", "point", "link", "stage", "step", "lane", "cell" or "none"; ident: its id (a
    (stage id, lane id) pair for a cell); anchor: a scene point on it, where a menu
    opened from the keyboard appears."""

    kind: str
    ident: object
    anchor: QPointF


def target_at(scene: JourneyScene, pos: QPointF) -> ContextTarget:
    """What lies under a scene point, topmost first (a point on the curve over its cell)."""
    under = scene.items(pos)
    point = next((i for i in under if isinstance(i, EmotionPointItem)), None)
    if point is not None:
        return ContextTarget("point", point.point_id, QPointF(pos))
    card = next((i for i in under if isinstance(i, CardItem)), None)
    if card is not None:
        return ContextTarget("card", card.card_id, QPointF(pos))
    link = next((i for i in under if isinstance(i, LinkItem)), None)
    if link is not None:
        return ContextTarget("link", link.link_id, QPointF(pos))
    box = next((i for i in under if isinstance(i, BoxItem)), None)
    if box is not None and box.kind in ("stage", "lane", "step"):
        return ContextTarget(box.kind, box.key, QPointF(pos))
    cell = scene.layout_.cell_at(pos.x(), pos.y()) if scene.layout_ else None
    if cell is not None:
        return ContextTarget("cell", cell, QPointF(pos))
    return ContextTarget("none", None, QPointF(pos))


def select_for_menu(scene: JourneyScene, target: ContextTarget) -> None:
    """Select what was right-clicked, unless it is already part of the selection."""
    if scene.editing():
        scene.editor.commit()
    if target.kind == "card":
        item = scene.cards[target.ident]
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        scene.set_current(item.layout.stage_id, item.layout.lane_id)
    elif target.kind == "point":
        item = scene.points[target.ident]
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
    elif target.kind == "stage":
        scene.clearSelection()
        scene.set_current(stage_id=target.ident)
    elif target.kind == "lane":
        scene.clearSelection()
        scene.set_current(lane_id=target.ident)
    elif target.kind == "cell":
        scene.clearSelection()
        scene.set_current(*target.ident)
    elif target.kind == "step":
        scene.clearSelection()
        scene.set_current_step(target.ident)
    elif target.kind == "link":
        item = scene.links[target.ident]
        if not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)


def target_of_selection(scene: JourneyScene) -> ContextTarget:
    """For a menu opened from the keyboard (the Menu key, Shift+F10): the selection,
    else the current cell, stage or lane."""
    cards = scene.selected_card_ids()
    if cards:
        rect = scene.cards[cards[0]].sceneBoundingRect()
        return ContextTarget("card", cards[0], rect.center())
    points = scene.selected_point_ids()
    if points:
        return ContextTarget(
            "point", points[0], scene.points[points[0]].sceneBoundingRect().center()
        )
    lay = scene.layout_
    cell = scene.current_cell()
    if cell is not None:
        r = lay.cells[cell]
        return ContextTarget("cell", cell, QPointF(r.x + r.w / 2, r.y + r.h / 2))
    for kind, ident in (("stage", scene.current_stage_id), ("lane", scene.current_lane_id)):
        if ident is not None:
            r = scene.boxes[(kind, ident)].box.rect
            return ContextTarget(kind, ident, QPointF(r.x + r.w / 2, r.y + r.h / 2))
    return ContextTarget("none", None, QPointF())
