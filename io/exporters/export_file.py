"""One entry point for every export, used by the command line and the Export dialog.

The format follows the file's extension. The exporter writes into a temporary
file beside the target, which is flushed to disk and moved into place only when
the writer finished without an error: a failed or cancelled export (a full disk
included) leaves no partial file and the previous file byte-identical. A
replaced file keeps its permission bits, and a read-only one is refused
(io/output_policy.py). Qt-using formats (PNG, SVG) are imported only when asked for.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import secrets
from pathlib import Path

from journeycanvas.canvas.model import Journey
from journeycanvas.io.atomic import TEMP_SUFFIX
from journeycanvas.io.exporters.options import FORMATS, ExportOptions, check
from journeycanvas.io.exporters.paper import PaperError
from journeycanvas.io.exporters.poster_content import poster_journey
from journeycanvas.io.exporters.progress import ExportCancelled, Progress
from journeycanvas.io.output_policy import OutputRefused, keep_mode, refuse_read_only

#: Format → the function that writes it, as "module:function" (imported on demand).
WRITERS: dict[str, str] = {
    "pdf": "journeycanvas.io.exporters.pdf_export:write_pdf",
    "png": "journeycanvas.io.exporters.png:export_png",
    "svg": "journeycanvas.io.exporters.svg:export_svg",
    "xlsx": "journeycanvas.io.exporters.xlsx_export:export_xlsx",
    "mmd": "journeycanvas.io.exporters.mermaid:export_mermaid",
}

NEEDS_QT = frozenset({"png", "svg"})


class ExportError(Exception):
    """An export that could not be made; ``str()`` is one sentence naming the file."""


def format_of(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "mermaid":
        suffix = "mmd"
    if suffix not in FORMATS:
        known = ", ".join(f".{f}" for f in FORMATS)
        if not suffix:
            raise ExportError(f"{path}: the file name has no extension; end it in {known}.")
        raise ExportError(
            f"{path}: cannot export to “.{suffix}”; the file name must end in {known}."
        )
    return suffix


def export(
    journey: Journey,
    out: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress = None,
) -> Path:
    """Write ``journey`` to ``out`` in the format its extension names; returns the path."""
    out = Path(out)
    options = options or ExportOptions()
    fmt = format_of(out)
    try:
        check(options)
    except PaperError as exc:
        raise ExportError(f"{out}: {exc}.") from None
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(f"{out}: the folder {str(folder)!r} does not exist.")
    if out.is_dir():
        raise ExportError(f"{out}: that is a folder; give a file name.")
    try:
        refuse_read_only(out)
    except OutputRefused as exc:
        raise ExportError(str(exc)) from None
    module_name, func_name = WRITERS[fmt].split(":")
    writer = getattr(importlib.import_module(module_name), func_name)

    temp = folder / f".{out.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    existed = out.exists()
    try:
        # Posters leave out an import's unaccepted suggestions unless asked (poster_content.py).
        writer(poster_journey(journey, options, fmt), str(temp), options, progress)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        keep_mode(out, temp)
        os.replace(temp, out)
    except ExportCancelled:
        raise
    except (PaperError, ValueError) as exc:
        raise ExportError(f"{out}: {str(exc).rstrip('.')}.") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        kept = "the file on disk was not changed" if existed else "nothing was written"
        raise ExportError(f"{out}: it was not exported ({reason}); {kept}.") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    _fsync_folder(folder)
    return out


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (as io/atomic.py does)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
