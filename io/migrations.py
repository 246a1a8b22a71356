"""Upgrading older .journey files, one pure dict -> dict step per file format.

``MIGRATIONS[n]`` turns a format-``n`` document into a format-``n + 1`` document.
Steps never change their input, never touch the disk and keep every key they do not
know, so a field added by someone else survives. Each step has a fixture file in
tests/fixtures.

File format 0 — the preview builds, before files carried a ``schema_version``::

    {
      "title": "...", "scenario": "...", "language": "zh",
      "persona": {"name": "...", "segment": "customer", ...},      one persona, optional
      "stages": [{"id": "s1", "title": "认知"}],                   "title", not "name"
      "lanes":  [{"id": "l1", "title": "接触点", "type": "touchpoints"}],
      "cards":  [{"id": "c1", "stage": "s1", "lane": "l1",
                  "text": "first line is the title\\nthe rest is the body"}],
      "emotion": [{"stage": "s1", "value": 4}]                     1..5, 3 neutral
    }

File format 1 is format 2 without comments.

File format 2 is canvas.model.Journey: format 1 plus ``comments``, remarks pinned
to a card, stage, lane or emotion point (``{"target": "card", "target_id": ...,
"text", "author", "created_at", "resolved"}``), and ``views``, named choices of what
the map shows (``{"name", "hidden_lanes", "show_curves", "show_personas",
"show_suggestions", "show_comments"}``).
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]


class MigrationError(ValueError):
    """A step met a shape it cannot upgrade; the message names the field."""


def _v0_to_v1(old: Document) -> Document:
    doc = copy.deepcopy(old)
    # v0 had no journey id and no ids on curve points. Derive them from the content
    # rather than at random, so that opening the same old file twice gives the same
    # journey (and the step stays a pure function).
    digest = hashlib.sha256(
        json.dumps(old, sort_keys=True, ensure_ascii=False, default=str).encode(
            "utf-8", "surrogatepass"
        )
    ).hexdigest()[:10]
    doc.setdefault("id", f"journey-{digest}")

    persona = doc.pop("persona", None)
    if isinstance(persona, dict) and "personas" not in doc:
        doc["personas"] = [persona]
    elif persona is not None:
        doc["persona"] = persona  # not what v0 wrote: leave it for the user to see

    for stage in _dicts(doc.get("stages")):
        _rename(stage, "title", "name")
    for lane in _dicts(doc.get("lanes")):
        _rename(lane, "title", "name")
        _rename(lane, "type", "kind")
    for card in _dicts(doc.get("cards")):
        _rename(card, "stage", "stage_id")
        _rename(card, "lane", "lane_id")
        _rename(card, "colour", "color")
        if "text" in card and "title" not in card and "body" not in card:
            text = card.pop("text")
            if not isinstance(text, str):
                raise MigrationError(f"cards: a card's text is {type(text).__name__}, not text")
            title, _, body = text.strip().partition("\n")
            card["title"] = title.strip()
            card["body"] = body.strip()

    if "emotion" in doc and "emotion_points" not in doc:
        emotion = doc.pop("emotion")
        if not isinstance(emotion, list):
            raise MigrationError("emotion: it should be a list of points")
        doc["emotion_points"] = [
            _v0_point(i, point, f"ep-{digest}-{i}") for i, point in enumerate(emotion)
        ]

    doc["schema_version"] = 1
    return doc


def _v1_to_v2(old: Document) -> Document:
    """Format 2 adds comments and saved views; a format-1 file has neither (lists
    already there are kept)."""
    doc = copy.deepcopy(old)
    doc.setdefault("comments", [])
    doc.setdefault("views", [])
    doc["schema_version"] = 2
    return doc


def _v0_point(index: int, point: Any, new_id: str) -> Any:
    if not isinstance(point, dict):
        return point  # validation will name it
    point = dict(point)
    point.setdefault("id", new_id)
    _rename(point, "stage", "stage_id")
    if "value" in point and "score" not in point:
        value = point.pop("value")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 1 <= value <= 5:
            raise MigrationError(f"emotion[{index}].value: it should be a number from 1 to 5")
        # 1..5 maps linearly onto -2..+2, as every imported scale does.
        point["score"] = float(value) - 3.0
    return point


def _dicts(items: Any) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _rename(obj: dict[str, Any], old: str, new: str) -> None:
    if old in obj and new not in obj:
        obj[new] = obj.pop(old)


#: from-version -> step producing the next version; keys cover 0 .. SCHEMA_VERSION - 1.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
}


def migrate(doc: Document, from_version: int, to_version: int) -> Document:
    """Apply every step from ``from_version`` up to ``to_version``, in order."""
    for version in range(from_version, to_version):
        doc = MIGRATIONS[version](doc)
        doc["schema_version"] = version + 1
    return doc
