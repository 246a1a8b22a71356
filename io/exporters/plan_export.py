"""The priority matrix and the action plan as files: matrix PNG/PDF, plan xlsx/PDF, poster pages.

``journeycanvas export --matrix`` writes the matrix page as .png or .pdf; ``--plan``
the action plan as .xlsx (plan_xlsx.py) or as .pdf (the matrix page, then the plan
table); ``--with-plan`` adds those same pages after a poster PDF. Every page comes from
canvas/matrix_page.py and canvas/plan_page.py, drawn by page_pdf.py or page_qt.py,
which is also what the editor's matrix dock paints. Files are written beside the
target and moved into place when complete; Qt is imported for PNG only.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from journeycanvas.canvas.matrix_page import matrix_page, words_for
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.pages import Page
from journeycanvas.canvas.plan_page import plan_pages
from journeycanvas.io.atomic import TEMP_SUFFIX
from journeycanvas.io.exporters.export_file import ExportError

MATRIX_FORMATS = ("png", "pdf")
PLAN_FORMATS = ("xlsx", "pdf")


def improvement_pages(journey: Journey) -> list[Page]:
    """The matrix page, then the action plan's pages, in the journey's language."""
    return [matrix_page(journey, words_for(journey.language)), *plan_pages(journey)]


def add_plan_pages(c: Canvas, journey: Journey) -> None:
    """Append the matrix and action-plan pages to a PDF being written (a poster's)."""
    from journeycanvas.io.exporters.page_pdf import add_page

    for page in improvement_pages(journey):
        add_page(c, page)


def _format(out: Path, formats: tuple[str, ...], what: str) -> str:
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in formats:
        known = ", ".join(f".{f}" for f in formats)
        raise ExportError(f"{out}: {what} exports to {known} only.")
    return suffix


def matrix_format(path: str | os.PathLike[str]) -> str:
    return _format(Path(path), MATRIX_FORMATS, "the priority matrix")


def plan_format(path: str | os.PathLike[str]) -> str:
    return _format(Path(path), PLAN_FORMATS, "the action plan")


def _write(out: Path, write: Callable[[str], None]) -> Path:
    if not out.parent.is_dir():
        raise ExportError(f"{out}: the folder {str(out.parent)!r} does not exist.")
    if out.is_dir():
        raise ExportError(f"{out}: that is a folder; give a file name.")
    temp = out.parent / f".{out.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        write(str(temp))
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


def export_matrix(journey: Journey, out: str | os.PathLike[str], dpi: int = 150) -> Path:
    """The priority matrix page as .png (at ``dpi``) or .pdf."""
    out = Path(out)
    fmt = matrix_format(out)
    page = matrix_page(journey, words_for(journey.language))
    if fmt == "png":
        from journeycanvas.io.exporters.page_qt import write_page_png

        return _write(out, lambda temp: write_page_png(page, temp, dpi))
    from journeycanvas.io.exporters.page_pdf import write_pages_pdf

    return _write(out, lambda temp: write_pages_pdf([page], temp, journey.title or "Matrix"))


def export_plan_file(journey: Journey, out: str | os.PathLike[str]) -> Path:
    """The action plan as .xlsx (the workbook) or .pdf (the matrix page and the table)."""
    out = Path(out)
    if plan_format(out) == "xlsx":
        from journeycanvas.io.exporters.plan_xlsx import export_plan

        return export_plan(journey, out)
    from journeycanvas.io.exporters.page_pdf import write_pages_pdf

    pages = improvement_pages(journey)
    return _write(out, lambda temp: write_pages_pdf(pages, temp, journey.title or "Action plan"))
