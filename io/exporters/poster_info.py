"""The small print of a poster: file name, date and version under the map.

A poster on a workshop wall outlives the laptop it came from; this line says
which file and which day it shows. Qt-free, so the PDF and the Qt renders place
the very same run.
"""

from __future__ import annotations

import datetime as _dt

from journeycanvas import __version__
from journeycanvas.canvas import style
from journeycanvas.canvas.layout import JourneyLayout, TextRun
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.style import METRICS
from journeycanvas.canvas.text_metrics import metrics

FOOTER_SIZE = 8.0
CREATOR = f"Journey Canvas {__version__}"


def footer_text(source_name: str = "", date: _dt.date | None = None) -> str:
    day = (date or _dt.date.today()).isoformat()
    parts = [p for p in (source_name, day, CREATOR) if p]
    return " · ".join(parts)


def footer_runs(layout: JourneyLayout, text: str) -> tuple[TextRun, ...]:
    """One line right-aligned in the map's bottom margin."""
    width = metrics().width(text, FOOTER_SIZE)
    x = max(METRICS.margin, layout.width - METRICS.margin - width)
    y = layout.height - METRICS.margin / 2 + FOOTER_SIZE * 0.35
    return (TextRun(text, x, y, FOOTER_SIZE, style.INK_SOFT),)


def subject(journey: Journey) -> str:
    return journey.scenario or "Customer journey map"
