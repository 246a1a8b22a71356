"""Recovery files: snapshots of unsaved journeys, and finding them again after a crash.

Python cannot run code safely when the process is killed, so nothing is written
"at the crash": the autosaver writes snapshots while the user works, and the next
start looks for snapshots that nobody owns any more (docs/ARCHITECTURE.md).

Layout of the folder (``AppDataLocation/recovery``, never TEMP — Krita's lesson):

- ``INSTANCE.lock`` — a QLockFile held by each running editor for its lifetime;
- ``INSTANCE--N.journey`` — the snapshot of that editor's N-th document;
- ``INSTANCE--N.json`` — its sidecar: original path, time, title, instance.

A snapshot whose instance lock can be taken belongs to an editor that is gone
(crashed or killed); one whose lock is held belongs to another editor that is
still running and is left alone, so a second window is never mistaken for a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from journeycanvas.canvas.model import Journey
from journeycanvas.io import journey_file
from journeycanvas.io.atomic import clean_stale_temp_files, write_text_atomic

FOLDER_NAME = "recovery"
SNAPSHOT_SUFFIX = ".journey"
SIDECAR_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"


def recovery_dir() -> Path:
    """The user's recovery folder (created on demand)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base) / FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Instance:
    """This running editor: its id and the lock that says it is alive."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.id = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.lock = QLockFile(str(folder / f"{self.id}{LOCK_SUFFIX}"))
        self.lock.setStaleLockTime(0)
        self.lock.tryLock(0)
        self._next = 0

    def next_key(self) -> str:
        """A new snapshot name for one document of this editor."""
        self._next += 1
        return f"{self.id}--{self._next}"


_instances: dict[Path, Instance] = {}


def instance(folder: Path | None = None) -> Instance:
    """The instance lock for a folder, taken once per process."""
    folder = folder or recovery_dir()
    if folder not in _instances:
        with contextlib.suppress(OSError):
            clean_stale_temp_files(folder)
        _instances[folder] = Instance(folder)
    return _instances[folder]


def write_snapshot(
    folder: Path, key: str, journey: Journey, original: Path | None, instance_id: str
) -> Path:
    """Write the journey and then its sidecar, each atomically; returns the snapshot path."""
    snapshot = folder / f"{key}{SNAPSHOT_SUFFIX}"
    write_text_atomic(snapshot, journey_file.dumps(journey))
    sidecar = {
        # Absolute, so a start from another folder restores to the same file.
        "original_path": os.path.abspath(original) if original else None,
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "title": journey.title,
        "instance": instance_id,
    }
    write_text_atomic(folder / f"{key}{SIDECAR_SUFFIX}", json.dumps(sidecar, ensure_ascii=False))
    return snapshot


def remove_snapshot(folder: Path, key: str) -> None:
    for suffix in (SIDECAR_SUFFIX, SNAPSHOT_SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            (folder / f"{key}{suffix}").unlink()


@dataclass(frozen=True)
class RecoveredDocument:
    """A snapshot left behind by an editor that is no longer running."""

    snapshot: Path
    sidecar: Path
    original_path: Path | None
    saved_at: str
    title: str

    def load(self) -> Journey:
        return journey_file.load(self.snapshot)

    def discard(self) -> None:
        for path in (self.sidecar, self.snapshot):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def saved_at_local(self) -> str:
        try:
            return datetime.fromisoformat(self.saved_at).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.saved_at


def _instance_alive(folder: Path, instance_id: str) -> bool:
    lock = QLockFile(str(folder / f"{instance_id}{LOCK_SUFFIX}"))
    lock.setStaleLockTime(0)  # age alone never makes a running editor's lock stale
    if lock.tryLock(0):
        lock.unlock()  # removes the dead editor's lock file
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def find_recoverable(folder: Path | None = None) -> list[RecoveredDocument]:
    """Snapshots whose editor is gone, newest first; this editor's own are never listed."""
    folder = folder or recovery_dir()
    own = _instances[folder].id if folder in _instances else None
    found: list[RecoveredDocument] = []
    alive: dict[str, bool] = {}
    for sidecar in sorted(folder.glob(f"*{SIDECAR_SUFFIX}")):
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            owner = str(data["instance"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        snapshot = sidecar.with_suffix(SNAPSHOT_SUFFIX)
        if owner == own or not snapshot.is_file():
            continue
        if owner not in alive:
            alive[owner] = _instance_alive(folder, owner)
        if alive[owner]:
            continue
        original = data.get("original_path")
        found.append(
            RecoveredDocument(
                snapshot=snapshot,
                sidecar=sidecar,
                original_path=Path(original) if original else None,
                saved_at=str(data.get("saved_at", "")),
                title=str(data.get("title", "")),
            )
        )
    found.sort(key=lambda doc: doc.saved_at, reverse=True)
    return found
