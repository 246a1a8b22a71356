"""SVG through QtSvg: the map at its own size, one SVG unit per point, text kept as text.

A browser without the bundled fonts would draw the text in other fonts, wider or
narrower, and lines would spill out of their cards. So every text element (one
per span of a line, in one bundled font) also gets the width the layout measured
(``textLength``, glyphs and spacing adjusted) and a list of fallback fonts of the
same kind: the wrapping stays the layout's wherever it opens.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.painting import font_families
from journeycanvas.canvas.text_metrics import CJK, LATIN, metrics
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.poster_info import CREATOR, footer_runs, footer_text, subject
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.qt_render import paint_map

CJK_FALLBACK_FONTS = (
    "'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif"
)
#: Latin text falls back to look-alikes first, then to the CJK list (which has Latin too).
LATIN_FALLBACK_FONTS = f"'Noto Sans', 'Open Sans', 'Segoe UI', Arial, {CJK_FALLBACK_FONTS}"
FALLBACK_FONTS = {LATIN: LATIN_FALLBACK_FONTS, CJK: CJK_FALLBACK_FONTS}
_TEXT = re.compile(r"<text ([^>]*)>([^<]*)</text>")
_FAMILY = re.compile(r'font-family="([^"]*)"')


def export_svg(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> None:
    step(progress, 0.0)
    layout = compute_layout(journey)
    # Drawn into memory and written by Python: QSvgGenerator reports no write errors,
    # so a full disk would otherwise pass for a finished export.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(layout.width), round(layout.height)))
    generator.setViewBox(QRectF(0, 0, layout.width, layout.height))
    generator.setResolution(72)
    generator.setTitle(journey.title or "Customer journey map")
    generator.setDescription(f"{subject(journey)} — {CREATOR}")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError("the SVG drawing could not be started")
    try:
        footer = footer_runs(layout, footer_text(options.source_name))
        paint_map(painter, layout, footer, transparent=options.transparent)
    finally:
        painter.end()
    buffer.close()
    svg = _fix_text(bytes(data.data()).decode("utf-8"))
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(svg)
    step(progress, 1.0)


def _fix_text(svg: str) -> str:
    fm = metrics()
    latin_family = font_families()[LATIN]

    def font_key(attrs: str) -> str:
        family = _FAMILY.search(attrs)
        return LATIN if family and family.group(1).strip("'\"") == latin_family else CJK

    def fix(match: re.Match) -> str:
        attrs, content = match.group(1), match.group(2)
        size = re.search(r'font-size="([0-9.]+)"', attrs)
        key = font_key(attrs)
        if content and size:
            width = fm.width(html.unescape(content), float(size.group(1)), key)
            attrs += f' textLength="{width:.2f}" lengthAdjust="spacingAndGlyphs"'
        attrs = _FAMILY.sub(f'font-family="{FALLBACK_FONTS[key]}"', attrs)
        return f"<text {attrs}>{content}</text>"

    def family(match: re.Match) -> str:
        if "," in match.group(1):  # a fallback list already
            return match.group(0)
        return f'font-family="{FALLBACK_FONTS[font_key(match.group(0))]}"'

    svg = _TEXT.sub(fix, svg)
    # Groups name a font too (Qt writes the painter's state): the same lists there.
    return _FAMILY.sub(family, svg)
