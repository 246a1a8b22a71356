"""Test hook: edits fed to a running editor through its standard input.

A crash test must make an edit, wait for a snapshot, make more edits and only
then kill the editor — one edit at start-up (``JOURNEYCANVAS_TEST_EDIT``) cannot
show that the later edits reach the recovery copy too. With
``JOURNEYCANVAS_TEST_EDITS_STDIN=1`` every line ``FIELD=TEXT`` read on standard
input (FIELD is ``title`` or ``scenario``) is applied to the first window as one
ordinary undoable command, exactly what a user's edit does, and the editor
answers ``edited FIELD`` on standard output once it has been applied. Documented
in the README; nothing else reads it.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Qt, Signal

FIELDS = ("title", "scenario")


class StdinEdits(QObject):
    """Reads lines on a thread and applies each, in the GUI thread, to ``window``."""

    lineRead = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.lineRead.connect(self._apply, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in sys.stdin:
            self.lineRead.emit(line.rstrip("\n"))

    def _apply(self, line: str) -> None:
        from journeycanvas.canvas import commands, edits

        field, _, text = line.partition("=")
        if field not in FIELDS:
            print(f"unknown field {field!r}", flush=True)
            return
        commands.apply(
            self.window.document,
            f"test edit of the {field}",
            lambda j: edits.update_journey(j, **{field: text}),
        )
        print(f"edited {field}", flush=True)


def install(window) -> StdinEdits:
    return StdinEdits(window)
