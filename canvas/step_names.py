"""Undo-step names that say what changed: "Move card “Product page”", "Delete 3 cards".

A History dock full of "Move 1 card(s)" and identical "Add card" rows cannot be
read back; a step names the one thing it touched, by its text as it was when
the step was made, or counts the things in a real plural ("%n cards", which
Qt's translator turns into a proper plural in each language).

Callers pass the translated texts themselves (``tr`` must see literal strings
for ``pyside6-lupdate``); this module only picks and fills them.
"""

from __future__ import annotations

from collections.abc import Iterable

from journeycanvas.canvas.model import Journey

#: Longest name shown in a step; a longer one is cut with an ellipsis.
NAME_LIMIT = 32


def short(text: str, limit: int = NAME_LIMIT) -> str:
    """A name fit for a menu entry: its first line, cut to ``limit`` characters."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def card_title(journey: Journey, card_ids: Iterable[str]) -> str | None:
    """The shortened title of the one card, or None when there are several (or none)."""
    ids = list(card_ids)
    if len(ids) != 1:
        return None
    return short(journey.card(ids[0]).title)


def named(name: str | None, one: str, many: str) -> str:
    """``one`` with the name in it (its "%1") when there is one thing, else ``many``."""
    return one.replace("%1", name) if name is not None else many
