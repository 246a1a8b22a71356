"""Noticing that a window's file was changed on disk by someone else, before it is lost.

Two editors on one file, or a sync client or script writing it: without this
the last save wins silently. Each window remembers a hash of the file's bytes as
it last read or wrote them. A QFileSystemWatcher on the file and its folder (a
save by rename replaces the file, so the folder is what reliably reports it)
triggers a check, and so does every Save. When the bytes differ from the ones
remembered:

- a window without unsaved changes takes the file's version at once, as one
  undoable step (so nothing of its own is lost either);
- a window with unsaved changes asks (``disk_change_dialog``): Reload, Keep Mine
  (after listing what differs) or Save As. A window in the background asks when
  it is next activated, not in the middle of another window's work.

Our own saves never trigger this: the hash is taken of what was just written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QFileSystemWatcher, QObject, QTimer

from journeycanvas.app import disk_change_dialog
from journeycanvas.app.disk_change_dialog import Choice
from journeycanvas.canvas import commands
from journeycanvas.canvas.model import Journey
from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError

if TYPE_CHECKING:
    from journeycanvas.app.main_window import MainWindow

# File events come in bursts (write, rename, folder change); look once they settle.
SETTLE_MS = 250


def _read(path: Path) -> tuple[str | None, Journey | None]:
    """The hash of the file's bytes (None if it cannot be read) and its journey, if it is one."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None, None
    digest = hashlib.sha256(raw).hexdigest()
    try:
        return digest, journey_file.load_bytes(raw, path)  # within the bounds of an open
    except JourneyFileError:
        return digest, None


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _stamp(path: Path) -> tuple[int, int] | None:
    """Modification time and size: equal means unchanged, so most checks need not hash."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def tr(text: str) -> str:
    """Translated in the empty context, where ``pyside6-lupdate`` files a bare ``tr()``."""
    return QCoreApplication.translate("", text)


class DiskWatch(QObject):
    """Watches one window's file; see the module docstring for what it does on a change."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document = window.document
        self._known: str | None = None  # hash of the bytes we last read or wrote
        self._stamp: tuple[int, int] | None = None  # their time and size, when last looked at
        self._asking = False
        self._deferred = False
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._check)
        self._watcher.fileChanged.connect(self._settle.start)
        self._watcher.directoryChanged.connect(self._settle.start)
        window.installEventFilter(self)
        self.remember()

    # --- what we know ------------------------------------------------------------

    def remember(self) -> None:
        """The file on disk is now the document's own (just opened, saved or reloaded)."""
        path = self.document.path
        self._known = _digest(path) if path is not None else None
        self._stamp = _stamp(path) if path is not None else None
        self._watch()
        if path is not None:  # a good moment to sweep up what killed saves of it left
            journey_file.clean_stale_temp_files(path.parent, name=path.name)

    def _watch(self) -> None:
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        path = self.document.path
        if path is None:
            return
        for target in (path, path.parent):
            if target.exists():
                self._watcher.addPath(str(target))

    def changed_on_disk(self, thorough: bool = False) -> bool:
        """Whether the file holds other bytes than the ones this window read or wrote.

        The watcher's many events look at time and size first; a Save always reads
        the bytes (``thorough``), as some file systems keep times to 2 seconds only.
        """
        path = self.document.path
        if path is None or self._known is None:
            return False
        stamp = _stamp(path)
        if stamp is None or (stamp == self._stamp and not thorough):
            return False  # gone (Save asks where), or untouched: no need to read it
        now = _digest(path)
        if now == self._known:
            self._stamp = stamp  # touched, same bytes
        return now is not None and now != self._known

    # --- a change reported by the watcher ------------------------------------------

    def _check(self) -> None:
        self._watch()  # a file replaced by a rename is a new file: watch it again
        if self._asking or not self.changed_on_disk():
            return
        if not self.document.is_modified():
            digest, theirs = _read(self.document.path)
            if theirs is not None:
                self._take(theirs, digest)
                self.window.statusBar().showMessage(
                    tr("Reloaded “%1”: it was changed on disk.").replace(
                        "%1", self.document.path.name
                    ),
                    8000,
                )
            return
        if not self.window.isActiveWindow():
            self._deferred = True  # ask when the user comes back to this window
            return
        choice = self._ask()
        if choice is Choice.KEEP_MINE:
            self.window.write_to(self.document.path)
        elif choice is Choice.SAVE_AS:
            self.window.save_as()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and self._deferred:
            self._deferred = False
            QTimer.singleShot(0, self._check)
        return False

    # --- Save ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save to the window's file, asking first if someone else changed it; True if saved."""
        path = self.document.path
        if not self.changed_on_disk(thorough=True):
            return self.window.write_to(path)
        choice = self._ask()
        if choice is Choice.KEEP_MINE:
            return self.window.write_to(path)
        if choice is Choice.SAVE_AS:
            return self.window.save_as()
        return False

    # --- the question and its answers -------------------------------------------------

    def _ask(self) -> Choice:
        """Ask Reload / Keep Mine / Save As; Reload is carried out here."""
        digest, theirs = _read(self.document.path)
        self._asking = True
        try:
            choice = disk_change_dialog.ask(
                self.window, self.document.path.name, self.document.journey, theirs
            )
        finally:
            self._asking = False
        if choice is Choice.RELOAD and theirs is not None:
            self._take(theirs, digest)
        elif choice is Choice.KEEP_MINE:
            self._known = digest  # the user has seen their version and overwrites it
            self._stamp = _stamp(self.document.path)
        return choice

    def _take(self, theirs: Journey, digest: str | None) -> None:
        """Show the file's version as one undoable step and call it saved."""
        commands.apply(self.document, lambda: tr("Reload from disk"), lambda _j: theirs)
        self.document.undo_stack.setClean()
        self._known = digest
        self._stamp = _stamp(self.document.path)
