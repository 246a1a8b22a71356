"""The weights the map is set in: which bundled font each text-run font key names.

A poster reads as designed, not as a spreadsheet, only with a type hierarchy:
the title, stage and lane headers, step and card titles are bold, body text is
regular. Four keys name the fonts a span can be drawn in; every renderer (Qt on
screen and for PNG, reportlab for PDF, the SVG writer) maps the same key to the
same outlines, and the layout measures with the same widths.

Latin bold is a real font, Noto Sans Bold (SIL OFL, bundled with its licence).
Chinese bold is *derived* from the bundled WenQuanYi Micro Hei by stroking each
glyph's outline as it is filled (PDF text render mode 2, a stroke in SVG, a
stroked path in Qt), ``EMBOLDEN`` em wide. Why not a real CJK bold font: the
free ones at hand (Noto Sans CJK / Source Han Sans Bold) have CFF outlines,
which reportlab cannot embed; WenQuanYi Micro Hei has no bold; building a bold
TrueType font by offsetting 30,000 outlines needs path-offsetting tools the
project does not ship and would add another 5 MB. Stroking keeps every glyph's
advance, so a bold Chinese line is exactly as wide as the layout measured with
the regular font's widths, and the PDF embeds no extra font.
"""

from __future__ import annotations

LATIN = "latin"
CJK = "cjk"
LATIN_BOLD = "latin-bold"
CJK_BOLD = "cjk-bold"

#: Every key a span may carry.
ALL_FONTS = (LATIN, CJK, LATIN_BOLD, CJK_BOLD)
#: The keys backed by a font file of their own (what a PDF or SVG embeds).
FONT_FILES = (LATIN, CJK, LATIN_BOLD)
#: Bold keys drawn as their regular font's outlines, filled and stroked.
SYNTHETIC_BOLD = {CJK_BOLD: CJK}
#: The bold counterpart of each regular key.
BOLD_OF = {LATIN: LATIN_BOLD, CJK: CJK_BOLD}

#: Stroke width of a derived bold, as a fraction of the font size (half of it falls
#: outside the outline on every side: stems get about 60 % heavier in WenQuanYi).
EMBOLDEN = 0.04


def file_font(key: str) -> str:
    """The key of the font file that draws ``key`` (itself, or the regular one it strokes)."""
    return SYNTHETIC_BOLD.get(key, key)


def stroke_width(key: str, size: float) -> float:
    """How wide a span in ``key`` at ``size`` is stroked on top of its fill (0: not)."""
    return EMBOLDEN * size if key in SYNTHETIC_BOLD else 0.0
