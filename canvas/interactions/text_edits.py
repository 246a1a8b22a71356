"""Starting in-place text edits: a card's text, a stage or lane name, a new card.

Each opens an ``InlineEditor`` over the thing and says which command its text
becomes; the typed text is one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from journeycanvas.canvas import commands, edits, style
from journeycanvas.canvas.inline_edit import InlineEditor
from journeycanvas.canvas.interactions.base import tr
from journeycanvas.canvas.model import Card
from journeycanvas.canvas.painting import qrect

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene


def edit_card(scene: JourneyScene, card_id: str) -> InlineEditor:
    card = scene.document.journey.card(card_id)
    rect = qrect(scene.cards[card_id].layout.rect)

    def done(text: str) -> None:
        edit = lambda j: edits.update_card(j, card_id, title=text)  # noqa: E731
        commands.apply(scene.document, tr("Edit card text"), edit)

    return scene.open_editor(InlineEditor(rect, card.title, done, multiline=True))


def rename_stage(scene: JourneyScene, stage_id: str) -> InlineEditor:
    stage = scene.document.journey.stage(stage_id)
    rect = qrect(scene.boxes[("stage", stage_id)].box.rect)

    def done(text: str) -> None:
        commands.apply(
            scene.document, tr("Rename stage"), lambda j: edits.update_stage(j, stage_id, name=text)
        )

    editor = InlineEditor(rect, stage.name, done, False, style.METRICS.stage_title_size)
    return scene.open_editor(editor)


def rename_lane(scene: JourneyScene, lane_id: str) -> InlineEditor:
    lane = scene.document.journey.lane(lane_id)
    box = scene.boxes[("lane", lane_id)].box.rect
    rect = QRectF(box.x, box.y, box.w, min(box.h, 60.0))

    def done(text: str) -> None:
        commands.apply(
            scene.document, tr("Rename lane"), lambda j: edits.update_lane(j, lane_id, name=text)
        )

    editor = InlineEditor(rect, lane.name, done, False, style.METRICS.lane_title_size)
    return scene.open_editor(editor)


def new_card(scene: JourneyScene, stage_id: str, lane_id: str) -> InlineEditor:
    """An editor where the new card will go; the card exists once text is committed,
    so adding a card and typing its text is one undo step, and Esc adds nothing."""
    rect = qrect(scene.layout_.new_card_rect(stage_id, lane_id))

    def done(text: str) -> None:
        card = Card(stage_id=stage_id, lane_id=lane_id, title=text)
        if commands.apply(scene.document, tr("Add card"), lambda j: edits.add_cards(j, [card])):
            scene.select_cards([card.id])

    editor = InlineEditor(rect, "", done, multiline=True)
    return scene.open_editor(editor)
