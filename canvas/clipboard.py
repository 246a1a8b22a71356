"""Cut, copy and paste of cards through the system clipboard.

Cards travel as JSON under our own MIME type, so they paste whole (colour,
evidence, metrics) into another window or another running copy of the app, and
as plain text too, so a copied card pastes into a mail or a spreadsheet. Pasted
cards get new ids (``edits.fresh_copy``): pasting twice never collides.
Plain text from elsewhere pastes as one card per line.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication

from journeycanvas.canvas import commands, edits, step_names
from journeycanvas.canvas.model import Card, Journey

if TYPE_CHECKING:
    from journeycanvas.canvas.scene import JourneyScene

MIME_TYPE = "application/x-journeycanvas-cards+json"
#: Plain text pasted from elsewhere makes at most this many cards.
MAX_TEXT_CARDS = 500


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translated in the empty context, where ``pyside6-lupdate`` files a bare ``tr()``."""
    return QCoreApplication.translate("", text, disambiguation, n)


def mime_for_cards(journey: Journey, card_ids: list[str]) -> QMimeData:
    cards = [journey.card(cid) for cid in card_ids]
    data = QMimeData()
    payload = {"format": 1, "cards": [c.model_dump(mode="json") for c in cards]}
    data.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    data.setText("\n\n".join("\n".join(t for t in (c.title, c.body) if t) for c in cards))
    return data


def cards_from_mime(data: QMimeData | None, stage_id: str, lane_id: str) -> list[Card]:
    """Cards carried by clipboard data: ours whole, or plain text one card per line
    (placed in the given cell). Broken data gives no cards rather than an error."""
    if data is None:
        return []
    if data.hasFormat(MIME_TYPE):
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE)).decode("utf-8"))
            return [Card.model_validate(c) for c in payload.get("cards", [])]
        except (ValueError, TypeError, AttributeError, ValidationError):
            return []
    if data.hasText():
        lines = [line.strip() for line in data.text().splitlines() if line.strip()]
        return [
            Card(stage_id=stage_id, lane_id=lane_id, title=line) for line in lines[:MAX_TEXT_CARDS]
        ]
    return []


def copy(scene: JourneyScene) -> int:
    """Copy the selected cards; returns how many."""
    ids = scene.selected_card_ids()
    if ids:
        QApplication.clipboard().setMimeData(mime_for_cards(scene.document.journey, ids))
    return len(ids)


def cut(scene: JourneyScene) -> int:
    ids = scene.selected_card_ids()
    if not ids:
        return 0
    copy(scene)
    n = len(ids)
    name = step_names.card_title(scene.document.journey, ids)
    commands.apply(
        scene.document,
        lambda: step_names.named(name, tr("Cut card “%1”"), tr("Cut %n cards", "", n)),
        lambda j: edits.delete_cards(j, ids),
    )
    return len(ids)


def paste(scene: JourneyScene) -> list[str]:
    """Paste into the current cell, or each card into its own cell when none is chosen
    (or it does not exist here); the pasted cards end up selected."""
    journey = scene.document.journey
    if not journey.stages or not journey.lanes:
        return []
    cell = scene.current_cell()
    fallback = cell or (journey.stages[0].id, journey.lanes[0].id)
    cards = cards_from_mime(QApplication.clipboard().mimeData(), *fallback)
    if not cards:
        return []
    new_ids: list[str] = []

    def edit(j: Journey) -> Journey:
        after, ids = edits.paste_cards(j, cards, *(cell or (None, None)))
        new_ids[:] = ids
        return after

    n = len(cards)
    name = step_names.short(cards[0].title) if n == 1 else None
    commands.apply(
        scene.document,
        lambda: step_names.named(name, tr("Paste card “%1”"), tr("Paste %n cards", "", n)),
        edit,
    )
    scene.select_cards(new_ids)
    return new_ids
