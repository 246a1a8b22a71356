"""Undoable commands: the only way a user's gesture changes the document.

Each command holds the journey before and after its edit (``edits.py`` makes
the after-journey by copy on write, sharing everything untouched), so redo and
undo just swap which journey the document shows: exact, and cheap even for a
2,000-card map. Repeated small edits of one target (arrow-key nudges, a score
slider scrub, typing in the inspector) merge into one step through ``merge_key``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtGui import QUndoCommand

from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.model import Journey

#: QUndoCommand.id() for commands that may merge with the previous one.
_MERGEABLE_ID = 1001


class EditCommand(QUndoCommand):
    """Swap the document's journey for an edited one; undo swaps it back."""

    def __init__(
        self,
        document: JourneyDocument,
        text: str,
        after: Journey,
        merge_key: Hashable | None = None,
        before: Journey | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before if before is not None else document.journey
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document.journey = self.after
        self.document.notify()

    def undo(self) -> None:
        self.document.journey = self.before
        self.document.notify()

    def id(self) -> int:
        return _MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


def apply(
    document: JourneyDocument,
    text: str,
    edit: Callable[[Journey], Journey],
    merge_key: Hashable | None = None,
) -> EditCommand | None:
    """Run a pure edit on the document's journey as one undo step.

    An edit that changes nothing pushes nothing, so the history never shows
    steps that undo to the same map.
    """
    before = document.journey
    after = edit(before)
    if after is before or after == before:
        return None
    command = EditCommand(document, text, after, merge_key, before)
    document.undo_stack.push(command)
    return command
