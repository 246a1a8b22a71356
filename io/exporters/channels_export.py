"""One entry point for the channel page and workbook: xlsx, pdf or png by the file's extension.

Used by ``journeycanvas export --channels`` and the channel view's Export
button. Like ``export_file.export``, it writes into a temporary file beside the
target and moves it into place only when complete, so a failed export leaves
no partial file and never touches an existing one. Qt is imported for PNG only.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from journeycanvas.canvas.analysis.channel_page import PageWords, channel_page, words_for
from journeycanvas.canvas.analysis.channels import channel_matrix
from journeycanvas.canvas.model import Journey, SavedView
from journeycanvas.io.atomic import TEMP_SUFFIX
from journeycanvas.io.exporters.export_file import ExportError

CHANNEL_FORMATS = ("xlsx", "pdf", "png")


def channel_format(path: str | os.PathLike[str]) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in CHANNEL_FORMATS:
        known = ", ".join(f".{f}" for f in CHANNEL_FORMATS)
        raise ExportError(f"{path}: the channel view exports to {known} only.")
    return suffix


def export_channels(
    journey: Journey,
    out: str | os.PathLike[str],
    words: PageWords | None = None,
    dpi: int = 150,
    view: SavedView | None = None,
    segment: str | None = None,
    wave: str | None = None,
) -> Path:
    """Write the channel analysis of ``journey`` (as ``view`` shows it, only the answers
    of ``segment`` or ``wave`` when given) to ``out``."""
    out = Path(out)
    fmt = channel_format(out)
    if not out.parent.is_dir():
        raise ExportError(f"{out}: the folder {str(out.parent)!r} does not exist.")
    if out.is_dir():
        raise ExportError(f"{out}: that is a folder; give a file name.")
    matrix = channel_matrix(journey, view, segment, wave)
    temp = out.parent / f".{out.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        if fmt == "xlsx":
            from journeycanvas.io.exporters.channels_xlsx import write_channel_xlsx

            write_channel_xlsx(journey, matrix, str(temp))
        else:
            page = channel_page(journey, matrix, words or words_for(journey.language))
            if fmt == "pdf":
                from journeycanvas.io.exporters.channels_pdf import write_channel_pdf

                write_channel_pdf(page, str(temp), journey.title or "Channels")
            else:
                from journeycanvas.io.exporters.channels_qt import write_channel_png

                write_channel_png(page, str(temp), dpi)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError(f"{out}: the file could not be written ({reason}).") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return out
