"""Undoable commands: the only way a user's gesture changes the document.

Each command holds the journey before and after its edit (``edits.py`` makes
the after-journey by copy on write, sharing everything untouched), so redo and
undo just swap which journey the document shows: exact, and cheap even for a
2,000-card map. Repeated small edits of one target (arrow-key nudges, a score
slider scrub, typing in the inspector) merge into one step through ``merge_key``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeAlias

from PySide6.QtGui import QUndoCommand

from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.model import Journey

#: QUndoCommand.id() for commands that may merge with the previous one.
_MERGEABLE_ID = 1001

#: A step's name: a string, or a function that translates it again, so the Edit
#: menu and the History dock follow a live language switch for steps already made.
Text: TypeAlias = str | Callable[[], str]


class EditCommand(QUndoCommand):
    """Swap the document's journey for an edited one; undo swaps it back."""

    def __init__(
        self,
        document: JourneyDocument,
        text: Text,
        after: Journey,
        merge_key: Hashable | None = None,
        before: Journey | None = None,
    ) -> None:
        super().__init__(text() if callable(text) else text)
        self.text_source = text if callable(text) else None
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

    def retranslate(self) -> None:
        """Name the step again in the current language (a no-op for a fixed string)."""
        if self.text_source is not None:
            self.setText(self.text_source())

    def id(self) -> int:
        return _MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


def apply(
    document: JourneyDocument,
    text: Text,
    edit: Callable[[Journey], Journey],
    merge_key: Hashable | None = None,
) -> EditCommand | None:
    """Run a pure edit on the document's journey as one undo step.

    An edit that changes nothing pushes nothing, so the history never shows
    steps that undo to the same map. Pass the text as a function (``lambda:
    tr("Move stage")``) so the step is renamed when the language changes.
    """
    before = document.journey
    after = edit(before)
    if after is before or after == before:
        return None
    command = EditCommand(document, text, after, merge_key, before)
    document.undo_stack.push(command)
    return command


def retranslate_stack(document: JourneyDocument) -> None:
    """Rename every step of the document's history in the current language."""
    stack = document.undo_stack
    for i in range(stack.count()):
        command = stack.command(i)
        if isinstance(command, EditCommand):
            command.retranslate()
