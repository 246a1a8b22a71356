"""SVG: the map at its own size, one SVG unit per point, text kept as editable text.

QSvgGenerator draws the shapes; the text is written here, one ``<text>`` per line
(a ``<tspan>`` where the line changes font), so Inkscape or Illustrator edit a
line as one object. The glyphs used are embedded as @font-face subsets of the
bundled fonts (io/exporters/svg_fonts.py), so the map reads the same on a
machine without Noto Sans or any CJK font. Each line or span also gets the
width the layout measured (``textLength``) and a list of look-alike fonts after
the embedded one, so a viewer that ignores embedded fonts still keeps the
layout's wrapping.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator

from journeycanvas.canvas.fonts import (
    CJK,
    CJK_BOLD,
    FONT_FILES,
    LATIN,
    LATIN_BOLD,
    file_font,
    stroke_width,
)
from journeycanvas.canvas.layout import FontSpan, JourneyLayout, TextRun
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.poster_info import CREATOR, footer_runs, journey_footer, subject
from journeycanvas.io.exporters.poster_layout import poster_layout
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.qt_render import paint_map
from journeycanvas.io.exporters.svg_fonts import EMBEDDED_FAMILY, font_face_css

CJK_FALLBACK_FONTS = (
    "'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', sans-serif"
)
#: Latin text falls back to look-alikes first, then to the CJK list (which has Latin too).
LATIN_FALLBACK_FONTS = f"'Noto Sans', 'Open Sans', 'Segoe UI', Arial, {CJK_FALLBACK_FONTS}"
FALLBACK_FONTS = {
    LATIN: f"'{EMBEDDED_FAMILY[LATIN]}', {LATIN_FALLBACK_FONTS}",
    CJK: f"'{EMBEDDED_FAMILY[CJK]}', {CJK_FALLBACK_FONTS}",
    LATIN_BOLD: f"'{EMBEDDED_FAMILY[LATIN_BOLD]}', {LATIN_FALLBACK_FONTS}",
    CJK_BOLD: f"'{EMBEDDED_FAMILY[CJK]}', {CJK_FALLBACK_FONTS}",
}


def font_attributes(span: FontSpan, size: float, color: str) -> str:
    """The font of a span: its family list, and how a bold span is made bold.

    Latin bold is a font of its own (a look-alike fallback is asked for bold too);
    the derived CJK bold is the CJK font stroked as wide as screen and PDF draw it.
    """
    attrs = f'font-family="{FALLBACK_FONTS[span.font]}"'
    if span.font == LATIN_BOLD:
        attrs += ' font-weight="bold"'
    stroke = stroke_width(span.font, size)
    if stroke:
        attrs += f' stroke="{color}" stroke-width="{stroke:.3f}" stroke-linejoin="round"'
    return attrs


def export_svg(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> None:
    step(progress, 0.0)
    layout = poster_layout(journey, options)
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
    footer = footer_runs(layout, journey_footer(journey, options.source_name))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError("the SVG drawing could not be started")
    try:
        paint_map(painter, layout, footer, transparent=options.transparent, text=False)
    finally:
        painter.end()
    buffer.close()
    step(progress, 0.5)
    shapes = bytes(data.data()).decode("utf-8")
    runs = all_runs(layout, footer)
    svg = with_text(shapes, runs, font_face_css(used_characters(runs)))
    with open(target, "w", encoding="utf-8") as handle:
        handle.write(svg)
    step(progress, 1.0)


def all_runs(layout: JourneyLayout, footer: tuple[TextRun, ...]) -> list[TextRun]:
    """Every line of text on the map, in the order the canvas paints them."""
    runs = list(layout.title.texts)
    if layout.persona is not None:
        runs += layout.persona.texts
    for stage in layout.stages:
        runs += stage.header.texts
    for lane in layout.lanes:
        runs += lane.header.texts
    for column in layout.steps:
        runs += column.header.texts
    for curve in layout.curves:
        runs += curve.labels
    for line in layout.blueprint_lines:
        runs += line.texts
    for card in layout.cards:
        runs += card.texts
    for link in layout.links:
        runs += link.texts
    if layout.legend_block is not None:
        runs += layout.legend_block.texts
    for entry in layout.legend:
        runs += entry.texts
    for persona in layout.persona_cards:
        runs += persona.texts
    if layout.comment_list is not None:
        runs += layout.comment_list.texts
    for disc in layout.comment_markers:
        runs += disc.texts
    return runs + list(footer)


def used_characters(runs: list[TextRun]) -> dict[str, set[str]]:
    used: dict[str, set[str]] = {key: set() for key in FONT_FILES}
    for run in runs:
        for span in run.spans:
            used[file_font(span.font)].update(span.text)
    return used


def text_element(run: TextRun) -> str:
    """One line as one ``<text>``; a ``<tspan>`` per font where the line mixes two."""
    head = (
        f'<text xml:space="preserve" x="{run.x:.2f}" y="{run.y:.2f}" '
        f'font-size="{run.size:g}" fill="{run.color}"'
    )
    spans = [s for s in run.spans if s.text]
    if len(spans) == 1:
        (span,) = spans
        return (
            f"{head} {font_attributes(span, run.size, run.color)} "
            f'textLength="{span.width:.2f}" lengthAdjust="spacingAndGlyphs">'
            f"{html.escape(span.text, quote=False)}</text>"
        )
    parts = [
        f'<tspan x="{run.x + span.dx:.2f}" {font_attributes(span, run.size, run.color)} '
        f'textLength="{span.width:.2f}" lengthAdjust="spacingAndGlyphs">'
        f"{html.escape(span.text, quote=False)}</tspan>"
        for span in spans
    ]
    return f"{head}>{''.join(parts)}</text>"


def with_text(shapes: str, runs: list[TextRun], css: str) -> str:
    """The generator's SVG with the embedded fonts and the text layer added."""
    lines = [text_element(run) for run in runs if run.text]
    style = f"<defs><style>\n{css}\n</style></defs>\n" if css else ""
    layer = '<g id="text">\n' + "\n".join(lines) + "\n</g>\n"
    end = shapes.rstrip().rfind("</svg>")
    return shapes[:end] + style + layer + shapes[end:]
