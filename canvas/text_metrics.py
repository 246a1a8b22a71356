"""Measuring and wrapping text without Qt, in the font both screen and poster use.

The layout decides every line break once; the scene and the PDF only draw the
lines they are given. That is what keeps the poster identical to the screen,
so the widths must come from the very font that is drawn: the bundled
WenQuanYi Micro Hei, read through reportlab's TrueType parser (no Qt needed).
"""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.pdfbase.ttfonts import TTFont

from journeycanvas.resources import font_path

#: reportlab's name for the bundled font (registered again by the PDF exporter).
PDF_FONT_NAME = "JourneyCanvasSans"

# Characters that must not start a line (Chinese and Latin closing punctuation).
_NO_LINE_START = set("，。、；：？！）》」』】〕”’…—,.;:?!)]}%")
# Characters that must not end a line.
_NO_LINE_END = set("（《「『【〔“‘([{")


@cache
def pdf_font() -> TTFont:
    return TTFont(PDF_FONT_NAME, str(font_path()), subfontIndex=0)


class FontMetrics:
    """Advance widths and vertical metrics of the bundled font, in points."""

    def __init__(self) -> None:
        face = pdf_font().face
        self._widths: dict[int, int] = face.charWidths
        self._default = face.defaultWidth
        self.ascent = face.ascent / 1000.0  # per point of font size
        self.descent = -face.descent / 1000.0
        self._cache: dict[str, float] = {}

    def char_width(self, ch: str) -> float:
        """Width of one character at size 1 (a fraction of an em)."""
        w = self._cache.get(ch)
        if w is None:
            w = self._widths.get(ord(ch), self._default) / 1000.0
            self._cache[ch] = w
        return w

    def width(self, text: str, size: float) -> float:
        cw = self.char_width
        return sum(cw(ch) for ch in text) * size

    def wrap(self, text: str, max_width: float, size: float) -> list[str]:
        """Break text into lines no wider than max_width; explicit newlines are kept.

        Latin words break at spaces; CJK text may break between any two characters,
        except before closing or after opening punctuation. A word longer than a line
        is broken where it has to be.
        """
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(self._wrap_paragraph(paragraph, max_width / size))
        return lines

    def _wrap_paragraph(self, text: str, limit: float) -> list[str]:
        if not text:
            return [""]
        lines: list[str] = []
        line = ""
        line_w = 0.0
        for token in _tokens(text):
            tw = sum(self.char_width(ch) for ch in token)
            if line_w + tw <= limit or not line.strip():
                if tw > limit and not line.strip():
                    # A single token wider than the line: break it by characters.
                    for ch in token:
                        cw = self.char_width(ch)
                        if line_w + cw > limit and line:
                            lines.append(line.rstrip())
                            line, line_w = "", 0.0
                        line += ch
                        line_w += cw
                    continue
                line += token
                line_w += tw
                continue
            if token[0] in _NO_LINE_START and line:
                # Keep closing punctuation with the character before it.
                line += token
                line_w += tw
                continue
            if line and line[-1] in _NO_LINE_END:
                carry = line[-1]
                line = line[:-1]
                lines.append(line.rstrip())
                line = carry + token.lstrip()
            else:
                lines.append(line.rstrip())
                line = token.lstrip()
            line_w = sum(self.char_width(ch) for ch in line)
        if line or not lines:
            lines.append(line.rstrip())
        return lines


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(text: str) -> list[str]:
    """Split into break opportunities: each CJK char alone, Latin words with their spaces."""
    tokens: list[str] = []
    word = ""
    for ch in text:
        if _is_cjk(ch):
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        elif ch == " ":
            word += ch
            tokens.append(word)
            word = ""
        else:
            word += ch
    if word:
        tokens.append(word)
    return tokens


@cache
def metrics() -> FontMetrics:
    return FontMetrics()
