"""The small print of a poster: the journey's name, the date and the version under the map.

A poster on a workshop wall outlives the laptop it came from; this line says
which journey and which day it shows (the file name only when the journey has
no title: a client reads "Onboarding, 2026-12-01", not "draft3-final.journey").
Qt-free, so the PDF and the Qt renders place the very same run.
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


def footer_text(name: str = "", date: _dt.date | None = None) -> str:
    day = (date or _dt.date.today()).isoformat()
    parts = [p for p in (name, day, CREATOR) if p]
    return " · ".join(parts)


def journey_footer(journey: Journey, source_name: str = "", date: _dt.date | None = None) -> str:
    """The footer line of a poster of ``journey``: its client, its title, the date."""
    name = journey.title.strip() or source_name
    client = journey.client_name.strip()
    return footer_text(" · ".join(p for p in (client, name) if p), date)


def footer_runs(layout: JourneyLayout, text: str) -> tuple[TextRun, ...]:
    """One line right-aligned in the map's bottom margin."""
    width = metrics().width(text, FOOTER_SIZE)
    x = max(METRICS.margin, layout.width - METRICS.margin - width)
    y = layout.height - METRICS.margin / 2 + FOOTER_SIZE * 0.35
    return (TextRun(text, x, y, FOOTER_SIZE, style.INK_SOFT),)


def subject(journey: Journey) -> str:
    return journey.scenario or "Customer journey map"
