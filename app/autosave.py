"""Autosave: while a document has unsaved changes, keep a recovery snapshot of it.

Every edit is written a couple of seconds after the edits go idle (VS Code backs
up about a second after typing stops) — the first one and every later one, so a
crash costs at most the edits of the last few seconds. While edits keep coming
without a pause, a snapshot is still written at least every
``settings.AUTOSAVE_SECONDS`` (default 60), counted from the first edit not yet
in the snapshot. A save, an undo back to the saved state, or a clean close
removes the snapshot; a crash leaves it for :mod:`recovery` to find at the next start.

``JOURNEYCANVAS_AUTOSAVE_DELAY=SECONDS`` (a float) replaces both delays; the
SIGKILL test uses it so it need not wait.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from journeycanvas.app import recovery, settings
from journeycanvas.canvas.document import JourneyDocument

IDLE_SECONDS = 2.0
DELAY_ENV = "JOURNEYCANVAS_AUTOSAVE_DELAY"


def _delays() -> tuple[float, float]:
    override = os.environ.get(DELAY_ENV)
    if override:
        try:
            value = max(0.0, float(override))
            return value, value
        except ValueError:
            pass
    return IDLE_SECONDS, float(max(5, settings.AUTOSAVE_SECONDS.get()))


class Autosaver(QObject):
    #: A snapshot was written (its path).
    snapshotWritten = Signal(object)
    #: Writing a snapshot failed (the reason, one sentence).
    snapshotFailed = Signal(str)

    def __init__(
        self, document: JourneyDocument, parent: QObject | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._instance = recovery.instance(folder)
        self.folder = self._instance.folder
        self.key = self._instance.next_key()
        idle, interval = _delays()
        self._idle = self._timer(idle)
        self._periodic = self._timer(interval)
        self._written = False  # a snapshot of this document exists on disk
        self._pending = False  # changes not yet in the snapshot
        # indexChanged comes after the stack's clean state is updated (the document's
        # own ``changed`` fires inside redo(), before it).
        document.undo_stack.indexChanged.connect(self._on_edit)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _timer(self, seconds: float) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(int(seconds * 1000))
        timer.timeout.connect(self._due)
        return timer

    @property
    def snapshot_path(self) -> Path:
        return self.folder / f"{self.key}{recovery.SNAPSHOT_SUFFIX}"

    def has_snapshot(self) -> bool:
        return self._written and self.snapshot_path.is_file()

    def _on_edit(self, *_args) -> None:
        try:
            if not self.document.is_modified():
                return
        except RuntimeError:  # the stack is being destroyed with its window
            return
        self._pending = True
        self._idle.start()  # restarts with every edit: waits until the edits go idle
        if not self._periodic.isActive():
            self._periodic.start()  # the longest unbroken editing goes unsaved

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _due(self) -> None:
        if self._pending and self.document.is_modified():
            self.snapshot_now()

    def snapshot_now(self) -> Path | None:
        """Write the snapshot at once (if there is anything unsaved); its path, or None."""
        if not self.document.is_modified():
            return None
        try:
            path = recovery.write_snapshot(
                self.folder, self.key, self.document.journey, self.document.path, self._instance.id
            )
        except (OSError, ValueError) as exc:
            self.snapshotFailed.emit(str(exc))
            return None
        self._written = True
        self._pending = False
        self._idle.stop()
        self._periodic.stop()
        self.snapshotWritten.emit(path)
        return path

    def discard(self) -> None:
        """Forget the snapshot: the document was saved, reverted or closed cleanly."""
        self._idle.stop()
        self._periodic.stop()
        self._pending = False
        self._written = False
        recovery.remove_snapshot(self.folder, self.key)
