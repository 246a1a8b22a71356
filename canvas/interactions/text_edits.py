"""Starting in-place text edits: a card's title or body, a stage or lane name, a new card.

Each opens an ``InlineEditor`` over the thing and says which command its text
becomes; the typed text is one undo step.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from journeycanvas.canvas import commands, edits, step_names, style
from journeycanvas.canvas.inline_edit import InlineEditor
from journeycanvas.canvas.interactions.base import tr
from journeycanvas.canvas.layout import CardLayout
from journeycanvas.canvas.link_routing import label_anchor
from journeycanvas.canvas.model import Card
from journeycanvas.canvas.painting import qrect

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene


def edit_card(scene: JourneyScene, card_id: str) -> InlineEditor:
    """Type a card's title over the whole card."""
    card = scene.document.journey.card(card_id)
    rect = qrect(scene.cards[card_id].layout.rect)

    def done(text: str) -> None:
        edit = lambda j: edits.update_card(j, card_id, title=text)  # noqa: E731
        name = step_names.short(text)
        commands.apply(scene.document, lambda: tr("Edit card title “%1”").replace("%1", name), edit)

    return scene.open_editor(InlineEditor(rect, card.title, done, multiline=True))


def body_top(card: CardLayout) -> float:
    """Where a card's body begins on the map: its first body line, or below the title.

    The layout draws the title, then the body in a smaller size; the runs' sizes
    tell them apart, so the canvas needs no extra geometry from the layout.
    """
    m = style.METRICS
    body = [r for r in card.texts if r.size == m.card_body_size]
    if body:
        return body[0].y - m.card_body_size * m.line_spacing * 0.8
    title = [r for r in card.texts if r.size == m.card_title_size]
    if title:
        return title[-1].y + m.card_title_size * 0.35
    return card.rect.y


def is_on_body(card: CardLayout, y: float) -> bool:
    """A double-click at height y on the card is meant for its body text."""
    return y >= body_top(card)


def edit_card_body(scene: JourneyScene, card_id: str) -> InlineEditor:
    """Type a card's body text, over the lower part of the card where it is drawn.

    Shift+Enter starts a new line (a body is often a few sentences); Enter or
    Ctrl+Enter commits and Esc cancels, as for the title.
    """
    card = scene.document.journey.card(card_id)
    lay = scene.cards[card_id].layout
    # Below the title even when the card has no room left there: the editor may
    # reach past the card's bottom, but it never hides the title being written to.
    top = body_top(lay)
    rect = QRectF(lay.rect.x, top, lay.rect.w, max(24.0, lay.rect.bottom - top))

    def done(text: str) -> None:
        edit = lambda j: edits.update_card(j, card_id, body=text)  # noqa: E731
        name = step_names.short(card.title)
        text_of = lambda: tr("Edit text of card “%1”").replace("%1", name)  # noqa: E731
        commands.apply(scene.document, text_of, edit)

    editor = InlineEditor(rect, card.body, done, True, style.METRICS.card_body_size)
    editor.setObjectName("bodyEditor")
    return scene.open_editor(editor)


def rename_stage(
    scene: JourneyScene, stage_id: str, merge_key: Hashable | None = None
) -> InlineEditor:
    """Type a stage's name; with merge_key the name joins the step that made the stage."""
    stage = scene.document.journey.stage(stage_id)
    rect = qrect(scene.boxes[("stage", stage_id)].box.rect)

    def done(text: str) -> None:
        name = step_names.short(text)
        commands.apply(
            scene.document,
            lambda: tr("Rename stage to “%1”").replace("%1", name),
            lambda j: edits.update_stage(j, stage_id, name=text),
            merge_key=merge_key,
        )

    editor = InlineEditor(rect, stage.name, done, False, style.METRICS.stage_title_size)
    return scene.open_editor(editor)


def rename_step(
    scene: JourneyScene, step_id: str, merge_key: Hashable | None = None
) -> InlineEditor:
    """Type a step's name; with merge_key the name joins the step that made it."""
    rect = qrect(scene.boxes[("step", step_id)].box.rect)
    stage = next(s for s in scene.document.journey.stages if any(x.id == step_id for x in s.steps))
    name = next(x.name for x in stage.steps if x.id == step_id)

    def done(text: str) -> None:
        commands.apply(
            scene.document,
            lambda: tr("Rename step"),
            lambda j: edits.update_step(j, step_id, name=text),
            merge_key=merge_key,
        )

    editor = InlineEditor(rect, name, done, False, style.METRICS.step_title_size)
    return scene.open_editor(editor)


def edit_link_label(scene: JourneyScene, link_id: str) -> InlineEditor:
    """Type a link's label, in a box over its longest stretch (where the label sits)."""
    lay = scene.layout_.link(link_id)
    link = next(x for x in scene.document.journey.links if x.id == link_id)
    if lay.label_rect is not None:
        r = lay.label_rect
        rect = QRectF(r.x - 20, r.y - 4, max(r.w + 40, 120), max(r.h + 8, 24))
    else:
        x, y = label_anchor(lay.points)
        rect = QRectF(x - 60, y - 12, 120, 24)

    def done(text: str) -> None:
        commands.apply(
            scene.document,
            lambda: tr("Label link"),
            lambda j: edits.update_link(j, link_id, label=text),
        )

    editor = InlineEditor(rect, link.label, done, False, style.METRICS.link_label_size)
    return scene.open_editor(editor)


def rename_lane(
    scene: JourneyScene, lane_id: str, merge_key: Hashable | None = None
) -> InlineEditor:
    """Type a lane's name; with merge_key the name joins the step that made the lane."""
    lane = scene.document.journey.lane(lane_id)
    box = scene.boxes[("lane", lane_id)].box.rect
    rect = QRectF(box.x, box.y, box.w, min(box.h, 60.0))

    def done(text: str) -> None:
        name = step_names.short(text)
        commands.apply(
            scene.document,
            lambda: tr("Rename lane to “%1”").replace("%1", name),
            lambda j: edits.update_lane(j, lane_id, name=text),
            merge_key=merge_key,
        )

    editor = InlineEditor(rect, lane.name, done, False, style.METRICS.lane_title_size)
    return scene.open_editor(editor)


def edit_title(scene: JourneyScene) -> InlineEditor:
    """Type the map's title where it is drawn, over its first lines (not the scenario)."""
    box = scene.boxes[("title", "title")].box.rect
    size = style.METRICS.title_size
    rect = QRectF(box.x, box.y, box.w, min(box.h, size * 1.6))

    def done(text: str) -> None:
        name = step_names.short(text)
        commands.apply(
            scene.document,
            lambda: tr("Edit title “%1”").replace("%1", name),
            lambda j: edits.update_journey(j, title=text),
        )

    editor = InlineEditor(rect, scene.document.journey.title, done, False, size)
    editor.setObjectName("titleEditor")
    return scene.open_editor(editor)


def new_card(scene: JourneyScene, stage_id: str, lane_id: str) -> InlineEditor:
    """An editor where the new card will go; the card exists once text is committed,
    so adding a card and typing its text is one undo step, and Esc adds nothing."""
    rect = qrect(scene.layout_.new_card_rect(stage_id, lane_id))

    def done(text: str) -> None:
        card = Card(stage_id=stage_id, lane_id=lane_id, title=text)
        name = step_names.short(text)
        if commands.apply(
            scene.document,
            lambda: tr("Add card “%1”").replace("%1", name),
            lambda j: edits.add_cards(j, [card]),
        ):
            scene.select_cards([card.id])

    editor = InlineEditor(rect, "", done, multiline=True)
    return scene.open_editor(editor)
