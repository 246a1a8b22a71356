"""A page of plain shapes: what the priority-matrix and action-plan pages are laid out as.

Pure geometry in points, y down, like ``canvas/layout.py``. One Qt painter
(io/exporters/page_qt.py: the editor's matrix dock and the PNG) and one reportlab
painter (io/exporters/page_pdf.py: the PDF pages) draw these shapes and nothing
else, so every page looks the same on screen, in the PNG and on paper, and a new
page needs a layout, not a renderer.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import Box, Rect, TextRun
from journeycanvas.canvas.text_metrics import metrics

LINE = 1.3


@dataclass(frozen=True)
class Disc:
    """A round marker (a matrix dot) with the id of the card it stands for."""

    key: str
    x: float
    y: float
    r: float
    fill: str
    stroke: str = style.INK
    label: TextRun | None = None  # its title, which goes with it when it is dragged


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    boxes: tuple[Box, ...] = ()  # filled rectangles, drawn first
    frames: tuple[tuple[Rect, str, float], ...] = ()  # (rect, colour, line width) outlines
    lines: tuple[tuple[float, float, float, float, str, float], ...] = ()  # x1 y1 x2 y2 colour w
    discs: tuple[Disc, ...] = ()
    runs: tuple[TextRun, ...] = ()  # text, drawn last

    def all_runs(self) -> list[TextRun]:
        """Every line of text: the boxes', the page's and the discs' labels."""
        labels = [d.label for d in self.discs if d.label is not None]
        return [r for box in self.boxes for r in box.texts] + list(self.runs) + labels


def wrapped(
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    color: str = style.INK,
    limit: int = 99,
    bold: bool = False,
) -> tuple[list[TextRun], float]:
    """Runs of ``text`` wrapped to ``width`` from ``top``; returns (runs, the next top)."""
    lines = metrics(bold).wrap(text, width, size)[:limit] if text else []
    runs = [
        TextRun(line, x, top + size + i * size * LINE, size, color, bold=bold)
        for i, line in enumerate(lines)
    ]
    return runs, top + len(lines) * size * LINE


def centred(text: str, cx: float, baseline: float, size: float, color: str = style.INK) -> TextRun:
    """One line centred on ``cx``."""
    width = metrics().width(text, size) if text else 0.0
    return TextRun(text, cx - width / 2, baseline, size, color)


def right_aligned(text: str, right: float, baseline: float, size: float, color: str) -> TextRun:
    width = metrics().width(text, size) if text else 0.0
    return TextRun(text, right - width, baseline, size, color)
