"""Writing a file so that a crash leaves the old version or the new one, never a mix.

Measured here (docs/ARCHITECTURE.md): a plain ``open('w')`` killed mid-save left 95 of 100
files broken; a temp file in the same folder, fsync, ``os.replace`` and an fsync of
the folder left none. This module is that discipline by hand, because the model
and the command line must not import Qt (and so cannot use QSaveFile).

Our temp files are named ``.NAME.XXXXXXXX.journey-tmp`` so that
:func:`clean_stale_temp_files` removes only files we made, never a user's.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import sys
import threading
import time
from pathlib import Path

TEMP_SUFFIX = ".journey-tmp"
TEMP_RE = re.escape(TEMP_SUFFIX)
BACKUP_SUFFIX = ".bak"

# Windows refuses to replace a file that antivirus, the indexer or a sync client
# holds open for a moment; those holds are short, so a brief retry saves the save.
_REPLACE_RETRIES = 10
_REPLACE_DELAY = 0.1


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of ``path`` is kept: ``NAME.bak`` next to it."""
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


class Gate:
    """Whether a write may replace its file, decided elsewhere while its bytes go to disk.

    The save writes and syncs the temp file on a thread while the journey is checked
    (the disk's work lets the interpreter go); the file is replaced only through an
    open gate, so an invalid journey still never replaces a good file, and a shut gate
    leaves no temp file behind."""

    __slots__ = ("_decided", "_open")

    def __init__(self) -> None:
        self._decided = threading.Event()
        self._open = False

    def open(self) -> None:
        self._open = True
        self._decided.set()

    def shut(self) -> None:
        self._open = False
        self._decided.set()

    def passes(self) -> bool:
        """Wait for the verdict; whether the write may go on."""
        self._decided.wait()
        return self._open


class WriteRefused(Exception):
    """The gate was shut: the temp file is gone and the target untouched."""


def write_text_atomic(
    path: str | os.PathLike[str],
    data: str | bytes,
    *,
    keep_backup: bool = False,
    gate: Gate | None = None,
) -> Path:
    """Replace ``path`` with ``data`` (text is written as UTF-8, newlines untouched).

    With ``keep_backup`` the file being replaced becomes ``NAME.bak`` (itself swapped
    in atomically) once the new file is in place, never before. On any error the temp
    files are removed, the original and its backup are left as they were, and the
    OSError propagates for the caller to phrase. Returns the path
    actually written (a symlink is followed, so the link keeps pointing at the file).
    ``gate``: the new bytes are written and synced, then the file is replaced only if
    the gate opens (:class:`WriteRefused` if it shuts, everything cleaned up).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    target = _resolve_target(Path(path))
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(2, "the folder does not exist", str(folder))
    if target.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(target))

    # The old file is kept under a temp name first and becomes NAME.bak only once
    # the new file is in place: a save that fails (a full disk) leaves the old
    # backup as it was, instead of having replaced it with the file it did not change.
    kept = _keep_aside(target) if keep_backup and target.is_file() else None
    temp = None
    try:
        temp = _create_temp(target)
        with open(temp, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(target, temp)
        if gate is not None and not gate.passes():
            raise WriteRefused
        _replace(temp, target)
    except BaseException:
        for leftover in (temp, kept):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
        raise
    if kept is not None:
        try:
            _replace(kept, backup_path(target))
        except OSError:  # the new file is saved; the older backup stays
            with contextlib.suppress(OSError):
                os.unlink(kept)
    _fsync_folder(folder)
    return target


def clean_stale_temp_files(
    directory: str | os.PathLike[str],
    *,
    min_age_seconds: float = 60.0,
    name: str | None = None,
) -> list[Path]:
    """Remove temp files a killed save left behind in ``directory``; return what went.

    Only files that follow our naming are touched (``.NAME.XXXXXXXX.journey-tmp``,
    and ``.NAME.bak.XXXXXXXX.journey-tmp`` for its backup), only those of the file
    ``name`` when it is given, and only once they are older than ``min_age_seconds``,
    so a save running in another window is not robbed of its file.
    """
    removed: list[Path] = []
    now = time.time()
    ours = _temp_pattern(name)
    try:
        candidates = [p for p in Path(directory).iterdir() if ours.fullmatch(p.name)]
    except OSError:
        return removed
    for candidate in candidates:
        try:
            info = candidate.lstat()
            if not candidate.is_file() or candidate.is_symlink():
                continue
            if now - info.st_mtime < min_age_seconds:
                continue
            candidate.unlink()
        except OSError:
            continue
        removed.append(candidate)
    return removed


def _temp_pattern(name: str | None) -> re.Pattern[str]:
    """What :func:`_create_temp` names a temp file for ``name`` (for any file if None)."""
    stem = re.escape(name) if name is not None else r".+"
    return re.compile(rf"\.{stem}(?:{re.escape(BACKUP_SUFFIX)})?\.[0-9a-f]{{8}}{TEMP_RE}")


def _resolve_target(path: Path) -> Path:
    # Replacing a symlink would turn it into a plain file and cut the link; write
    # through it instead, as editors do.
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _create_temp(target: Path) -> Path:
    """A new file next to ``target``, created with O_EXCL and the usual umask'd mode."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
        try:
            os.close(os.open(temp, flags, 0o666))
        except FileExistsError:
            continue
        return temp


def _keep_aside(target: Path) -> Path:
    """The current file's bytes under a temp name beside NAME.bak, to become it later."""
    temp = _create_temp(backup_path(target))
    try:
        try:
            # A hard link costs nothing and is exactly the old bytes: the save
            # replaces the name, never the contents of this inode.
            os.unlink(temp)
            os.link(target, temp)
        except OSError:
            shutil.copyfile(target, temp)
            with open(temp, "rb+") as handle:
                os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _copy_mode(original: Path, temp: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.copymode(original, temp)


def _replace(source: Path, target: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(_REPLACE_DELAY)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform or filesystem allows it."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
