"""One rule for every command that writes a file: never replace one by surprise.

``new``, ``import`` and ``export`` on the command line, and the Export dialog, all
ask this module before any work. An existing output is refused unless the user
said so (``--force``, or "Replace" in the dialog); a read-only output is refused
even then, because replacing it would silently drop the protection its owner set.
A file that is replaced keeps its permission bits (see :func:`keep_mode`).
Qt-free: the dialog words its question itself and asks here only what is true.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path


class OutputRefused(ValueError):
    """An output that must not be written; ``str()`` is one sentence naming it."""


def is_read_only(path: Path) -> bool:
    """True for an existing file its owner protected from writing.

    The owner's write bit decides (Windows maps its read-only attribute onto it),
    so an administrator, whom ``os.access`` lets write anything, is protected too.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not stat.S_ISREG(mode):
        return False
    return not mode & stat.S_IWUSR or not os.access(path, os.W_OK)


def check_output(out: str | os.PathLike[str], *, force: bool, suffix_hint: str = "") -> None:
    """Refuse before any work: a missing folder, a folder as OUT, an existing file.

    ``force`` allows replacing an existing, writable file. ``suffix_hint`` names the
    extension a file name should end in, for the sentence about a folder.
    """
    out = Path(out)
    folder = out.parent
    if not folder.is_dir():
        raise OutputRefused(f"{out}: the folder {str(folder)!r} does not exist.")
    if out.is_dir():
        ending = f" ending in {suffix_hint}" if suffix_hint else ""
        raise OutputRefused(f"{out}: that is a folder; give a file name{ending}.")
    refuse_read_only(out)
    if out.exists() and not force:
        raise OutputRefused(f"{out}: the file already exists; choose another name or add --force.")


def refuse_read_only(out: Path) -> None:
    """A read-only file is never replaced, whatever the user forced."""
    if is_read_only(out):
        raise OutputRefused(
            f"{out}: the file is read-only, so it was not replaced; "
            "make it writable or choose another name."
        )


def keep_mode(original: Path, replacement: Path) -> None:
    """Give ``replacement`` the permission bits of the file it is about to replace."""
    if original.is_file():
        with contextlib.suppress(OSError):
            shutil.copymode(original, replacement)
