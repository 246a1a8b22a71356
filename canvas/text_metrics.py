"""Measuring and wrapping text without Qt, in the fonts both screen and poster use.

The layout decides every line break once; the scene and the PDF only draw the
lines they are given. That is what keeps the poster identical to the screen,
so the widths must come from the very fonts that are drawn, read through
reportlab's TrueType parser (no Qt needed): the bundled Noto Sans for every
character it has a glyph for (Latin, Greek, Cyrillic, digits, punctuation) and
WenQuanYi Micro Hei for the rest (Chinese).

Which font draws which character is decided here too, never by a renderer's
font fallback: a line is cut into pieces, each in one font, and Qt and
reportlab draw each piece in exactly that font. A few punctuation marks and
spaces exist in both fonts and are drawn differently by each (“quotes” are
narrow in Noto Sans and a full em wide in the Chinese font): they follow the
text around them, so a Chinese quotation gets Chinese quotation marks and an
English one English marks.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import NamedTuple

from reportlab.pdfbase.ttfonts import TTFont

from journeycanvas.resources import font_path, latin_font_path

#: Keys of the two bundled fonts, as stored in the layout's text runs.
LATIN = "latin"
CJK = "cjk"
FONTS = (LATIN, CJK)

#: reportlab's names for the bundled fonts (registered again by the PDF exporter).
PDF_FONT_NAMES = {LATIN: "JourneyCanvasLatin", CJK: "JourneyCanvasSans"}
PDF_FONT_NAME = PDF_FONT_NAMES[CJK]

# Characters both fonts have that take the font of the text before them (of the
# text after them at the start of a paragraph): spaces, quotes, dashes, dots.
_SHARED = set(" \u00a0“”‘’…—–·•")

# Characters that must not start a line (Chinese and Latin closing punctuation).
_NO_LINE_START = set("，。、；：？！）》」』】〕”’…—,.;:?!)]}%")
# Characters that must not end a line.
_NO_LINE_END = set("（《「『【〔“‘([{")


@cache
def pdf_font(font: str = CJK) -> TTFont:
    """The reportlab font of a key (LATIN or CJK): its metrics, and what a PDF embeds."""
    if font == LATIN:
        return TTFont(PDF_FONT_NAMES[LATIN], str(latin_font_path()))
    return TTFont(PDF_FONT_NAMES[CJK], str(font_path()), subfontIndex=0)


class Piece(NamedTuple):
    """A stretch of one line drawn in one font."""

    text: str
    font: str  # LATIN or CJK
    width: float  # at size 1 (a fraction of an em)


class FontMetrics:
    """Advance widths of both bundled fonts and the vertical metrics of a line, in points.

    Lines are as tall as the CJK font says: Noto Sans's Latin glyphs reach no
    higher and no lower than the CJK font's own Latin glyphs (it declares taller
    bounds only for stacked Vietnamese accents), so mixed lines keep one baseline
    and the spacing the map always had.
    """

    def __init__(self) -> None:
        latin, cjk = pdf_font(LATIN).face, pdf_font(CJK).face
        self._latin_widths: dict[int, float] = latin.charWidths
        self._cjk_widths: dict[int, float] = cjk.charWidths
        self._cjk_default = cjk.defaultWidth
        self.ascent = cjk.ascent / 1000.0  # per point of font size
        self.descent = -cjk.descent / 1000.0
        # Per character: its own font (None: follows its neighbours), its width in
        # the Latin font and in the CJK font. A map has a few hundred distinct
        # characters, so this stays small and makes every later look-up one dict hit.
        self._chars: dict[str, tuple[str | None, float, float]] = {}

    # --- which font, how wide -------------------------------------------------

    def _char(self, ch: str) -> tuple[str | None, float, float]:
        info = self._chars.get(ch)
        if info is None:
            code = ord(ch)
            cjk_w = self._cjk_widths.get(code, self._cjk_default) / 1000.0
            latin_w = self._latin_widths.get(code)
            if latin_w is None:
                info = (CJK, cjk_w, cjk_w)
            else:
                shared = ch in _SHARED and code in self._cjk_widths
                info = (None if shared else LATIN, latin_w / 1000.0, cjk_w)
            self._chars[ch] = info
        return info

    def font_of(self, ch: str) -> str:
        """The font a character is drawn in when nothing around it decides otherwise."""
        return self._char(ch)[0] or LATIN

    def char_width(self, ch: str, font: str | None = None) -> float:
        """Width of one character at size 1, in the given font or its own."""
        own, latin_w, cjk_w = self._char(ch)
        return latin_w if (font or own or LATIN) == LATIN else cjk_w

    def resolve(self, text: str) -> tuple[list[str], list[float]]:
        """The font of every character of a line or paragraph, and its width at size 1."""
        info = [self._char(ch) for ch in text]
        last = next((own for own, _, _ in info if own is not None), LATIN)
        fonts: list[str] = []
        widths: list[float] = []
        for own, latin_w, cjk_w in info:
            if own is not None:
                last = own
            fonts.append(last)
            widths.append(latin_w if last == LATIN else cjk_w)
        return fonts, widths

    def pieces(self, text: str) -> tuple[Piece, ...]:
        """One line (no wrapping) cut into pieces by font."""
        fonts, widths = self.resolve(text)
        return _pieces(text, fonts, widths, 0, len(text))

    def width(self, text: str, size: float, font: str | None = None) -> float:
        """Width of a line at a size: in one font, or in the fonts the line resolves to."""
        if font is not None:
            cw = self.char_width
            return sum(cw(ch, font) for ch in text) * size
        return sum(self.resolve(text)[1]) * size

    # --- wrapping -----------------------------------------------------------------

    def wrap(self, text: str, max_width: float, size: float) -> list[str]:
        """Break text into lines no wider than max_width; explicit newlines are kept."""
        return ["".join(p.text for p in line) for line in self.wrap_pieces(text, max_width, size)]

    def wrap_pieces(self, text: str, max_width: float, size: float) -> list[tuple[Piece, ...]]:
        """Break text into lines, each cut into pieces by font.

        Latin words break at spaces; CJK text may break between any two characters,
        except before closing or after opening punctuation. A word longer than a line
        is broken where it has to be. Fonts are resolved per paragraph, before
        breaking, so a character's width does not depend on where its line starts.
        """
        lines: list[tuple[Piece, ...]] = []
        for paragraph in text.split("\n"):
            fonts, widths = self.resolve(paragraph)
            for start, end in _break_paragraph(paragraph, widths, max_width / size):
                lines.append(_pieces(paragraph, fonts, widths, start, end))
        return lines


def _pieces(
    text: str, fonts: list[str], widths: list[float], start: int, end: int
) -> tuple[Piece, ...]:
    if start >= end:
        return (Piece("", CJK, 0.0),)
    out: list[Piece] = []
    i = start
    while i < end:
        font = fonts[i]
        j = i + 1
        while j < end and fonts[j] == font:
            j += 1
        out.append(Piece(text[i:j], font, sum(widths[i:j])))
        i = j
    return tuple(out)


def _break_paragraph(text: str, widths: list[float], limit: float) -> list[tuple[int, int]]:
    """Where the lines of one paragraph start and end (indices; trailing spaces left out)."""
    if not text:
        return [(0, 0)]
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)

    def rstrip(start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def blank(start: int, end: int) -> bool:
        return all(text[k].isspace() for k in range(start, end))

    lines: list[tuple[int, int]] = []
    ls = le = 0  # the line being filled is text[ls:le]
    for ts, te in _tokens(text):
        tw = prefix[te] - prefix[ts]
        line_w = prefix[le] - prefix[ls]
        if line_w + tw <= limit or blank(ls, le):
            if tw > limit and blank(ls, le):
                # A single token wider than the line: break it by characters.
                for k in range(ts, te):
                    if prefix[le] - prefix[ls] + widths[k] > limit and le > ls:
                        lines.append(rstrip(ls, le))
                        ls = k
                    le = k + 1
                continue
            le = te
            continue
        if text[ts] in _NO_LINE_START and le > ls:
            # Keep closing punctuation with the character before it.
            le = te
            continue
        if le > ls and text[le - 1] in _NO_LINE_END:
            # An opening bracket goes down with what it opens.
            lines.append(rstrip(ls, le - 1))
            ls, le = le - 1, te
        else:
            lines.append(rstrip(ls, le))
            while ts < te and text[ts].isspace():
                ts += 1
            ls, le = ts, te
    if le > ls or not lines:
        lines.append(rstrip(ls, le))
    return lines


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(text: str) -> list[tuple[int, int]]:
    """Break opportunities as index ranges: each CJK char alone, Latin words with their spaces."""
    tokens: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if _is_cjk(ch):
            if i > start:
                tokens.append((start, i))
            tokens.append((i, i + 1))
            start = i + 1
        elif ch == " ":
            tokens.append((start, i + 1))
            start = i + 1
    if start < len(text):
        tokens.append((start, len(text)))
    return tokens


@cache
def metrics() -> FontMetrics:
    return FontMetrics()
