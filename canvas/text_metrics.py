"""Measuring and wrapping text without Qt, in the fonts both screen and poster use.

The layout decides every line break once; the scene and the PDF only draw the
lines they are given. That is what keeps the poster identical to the screen,
so the widths must come from the very fonts that are drawn, read through
reportlab's TrueType parser (no Qt needed): the bundled Noto Sans for every
character it has a glyph for (Latin, Greek, Cyrillic, digits, punctuation) and
WenQuanYi Micro Hei for the rest (Chinese).

A character neither font has (emoji, Arabic, Hebrew, Thai…) would vanish from
the PDF while Qt drew a box and a browser its own font: instead every drawn line
shows it as REPLACEMENT (U+FFFD, in both fonts), on screen and in every poster
format alike, and :func:`undrawable` names such characters so the command line
and the Export dialog can say which ones. Invisible format characters (variation
selectors, zero-width joiners) that neither font has are simply left out.

Which font draws which character is decided here too, never by a renderer's
font fallback: a line is cut into pieces, each in one font, and Qt and
reportlab draw each piece in exactly that font. A few punctuation marks and
spaces exist in both fonts and are drawn differently by each (“quotes” are
narrow in Noto Sans and a full em wide in the Chinese font): they follow the
text around them, so a Chinese quotation gets Chinese quotation marks and an
English one English marks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, NamedTuple

from journeycanvas.canvas.font_widths import widths
from journeycanvas.canvas.fonts import BOLD_OF, CJK, CJK_BOLD, FONT_FILES, LATIN, LATIN_BOLD
from journeycanvas.resources import font_path, latin_bold_font_path, latin_font_path

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

#: What a character no bundled font has is drawn as (both fonts have it).
REPLACEMENT = "\ufffd"

#: Keys of the bundled font files, as stored in the layout's text runs (canvas/fonts.py
#: adds the derived CJK bold, drawn with the CJK font's file).
FONTS = FONT_FILES

#: reportlab's names for the bundled fonts (registered again by the PDF exporter);
#: the derived CJK bold is the CJK font, stroked.
PDF_FONT_NAMES = {
    LATIN: "JourneyCanvasLatin",
    CJK: "JourneyCanvasSans",
    LATIN_BOLD: "JourneyCanvasLatinBold",
    CJK_BOLD: "JourneyCanvasSans",
}
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
    """The reportlab font of a key (LATIN or CJK): what a PDF embeds (parsing is slow;
    the layout reads its widths from canvas/font_widths.py instead)."""
    from reportlab.pdfbase.ttfonts import TTFont

    if font == LATIN:
        return TTFont(PDF_FONT_NAMES[LATIN], str(latin_font_path()))
    if font == LATIN_BOLD:
        return TTFont(PDF_FONT_NAMES[LATIN_BOLD], str(latin_bold_font_path()))
    return TTFont(PDF_FONT_NAMES[CJK], str(font_path()), subfontIndex=0)


class Piece(NamedTuple):
    """A stretch of one line drawn in one font."""

    text: str
    font: str  # LATIN or CJK
    width: float  # at size 1 (a fraction of an em)


class Paragraph(NamedTuple):
    """A paragraph measured once, whatever width it is later wrapped to."""

    text: str
    fonts: str  # one letter per character: "L" Latin font, "C" CJK font
    prefix: list[float]  # prefix[i]: width of text[:i] at size 1
    #: One class letter per character (see _FONT_LETTER), the break opportunities' source.
    classes: str

    @property
    def tokens(self) -> list[tuple[int, int]]:
        """The break opportunities as index ranges, found when a line must be broken
        (most of a map's texts fit their width and never ask)."""
        return [m.span() for m in _TOKEN.finditer(self.classes)]

    def width(self, start: int = 0, end: int | None = None) -> float:
        return self.prefix[len(self.text) if end is None else end] - self.prefix[start]


# A character's class, one letter, so whole paragraphs are classified by
# str.translate and scanned by regular expressions instead of a Python loop per
# character: "L"/"C" drawn in the Latin/CJK font, "W"/"w" the same but wide (a
# line may break on either side), "S" shared, " " a space (shared, a break after).
_FONT_LETTER = str.maketrans({"L": "L", "w": "L", "C": "C", "W": "C", "S": "?", " ": "?"})
_LETTER_FONT = {"L": LATIN, "C": CJK}
_TOKEN = re.compile(r"[Ww]|[^Ww ]*[ ]|[^Ww ]+")
_SHARED_RUN = re.compile(r"([LC]?)(\?+)")
_FONT_RUN = re.compile(r"L+|C+")
_SHARED_CHAR = re.compile(r"[S ]")

#: Measured paragraphs kept per FontMetrics (the same text is wrapped again at
#: other widths when a stage is resized).
_PARAGRAPHS_MAX = 50_000


class _Classes(dict):
    """ord(ch) -> class letter, for str.translate; a character is looked at once."""

    def __init__(self, fm: FontMetrics) -> None:
        super().__init__()
        self._fm = fm

    def __missing__(self, code: int) -> str:
        letter = self._fm._classify(chr(code))
        self[code] = letter
        return letter


class FontMetrics:
    """Advance widths of both bundled fonts and the vertical metrics of a line, in points.

    Lines are as tall as the CJK font says: Noto Sans's Latin glyphs reach no
    higher and no lower than the CJK font's own Latin glyphs (it declares taller
    bounds only for stacked Vietnamese accents), so mixed lines keep one baseline
    and the spacing the map always had.
    """

    def __init__(self, bold: bool = False) -> None:
        latin, cjk = widths(LATIN_BOLD if bold else LATIN), widths(CJK)
        self.bold = bold
        # The font key each letter of a paragraph's fonts is drawn in at this weight.
        self._letter_font = (
            {k: BOLD_OF[f] for k, f in _LETTER_FONT.items()} if bold else _LETTER_FONT
        )
        self._latin_widths: dict[int, float] = latin.char_widths
        self._cjk_widths: dict[int, float] = cjk.char_widths
        self._cjk_default = cjk.default_width
        self.ascent = cjk.ascent / 1000.0  # per point of font size
        self.descent = -cjk.descent / 1000.0
        # Per character, filled on first sight (a map has a few hundred distinct
        # characters): its class letter and its width in either font at size 1.
        self._classes = _Classes(self)
        self._width_in: dict[str, dict[str, float]] = {LATIN: {}, CJK: {}}
        self._width_in[BOLD_OF[LATIN]] = self._width_in[LATIN]  # this weight's widths
        self._width_in[BOLD_OF[CJK]] = self._width_in[CJK]
        self._own_width: dict[str, float] = {}
        self._paragraphs: dict[str, Paragraph] = {}

    def forget(self) -> None:
        """Drop the measured paragraphs (a character's class and widths stay: they
        come from the font files and cannot change)."""
        self._paragraphs.clear()

    # --- which font, how wide -------------------------------------------------

    def _classify(self, ch: str) -> str:
        code = ord(ch)
        cjk_w = self._cjk_widths.get(code, self._cjk_default) / 1000.0
        latin_w = self._latin_widths.get(code)
        self._width_in[CJK][ch] = cjk_w
        self._width_in[LATIN][ch] = cjk_w if latin_w is None else latin_w / 1000.0
        # In its own font; shared characters in the Latin one until their text decides.
        self._own_width[ch] = cjk_w if latin_w is None else latin_w / 1000.0
        if ch == " ":
            return " "
        if latin_w is None and code not in self._cjk_widths:
            return "I" if _is_invisible(ch) else "X"
        if latin_w is not None and ch in _SHARED and code in self._cjk_widths:
            return "S"
        wide = _is_cjk(ch)
        if latin_w is None:
            return "W" if wide else "C"
        return "w" if wide else "L"

    def font_of(self, ch: str) -> str:
        """The font a character is drawn in when nothing around it decides otherwise."""
        letter = ch.translate(self._classes).translate(_FONT_LETTER)
        return CJK if letter == "C" else LATIN

    def char_width(self, ch: str, font: str | None = None) -> float:
        """Width of one character at size 1, in the given font or its own."""
        if font is not None and (font in BOLD_OF.values()) != self.bold:
            return metrics(not self.bold).char_width(ch, font)
        own = self.font_of(ch)  # also measures a character not seen before
        return self._width_in[font or own][ch]

    def paragraph(self, text: str) -> Paragraph:
        """Fonts, widths and break opportunities of a line or paragraph (no newlines).

        A shared character takes the font of the last character before it that
        has its own; at the start, of the first one after it; Latin if none has.
        """
        para = self._paragraphs.get(text)
        if para is not None:
            return para
        key = text
        classes = text.translate(self._classes)
        if "X" in classes or "I" in classes:
            text = self.drawable(text)
            classes = text.translate(self._classes)
        found = _FONTS_OF.get(classes)
        if found is None:
            found = _fonts_of(classes)
        fonts, in_cjk = found
        widths = list(map(self._own_width.__getitem__, text))
        if in_cjk:
            # Shared characters were measured in the Latin font: these went to the CJK one.
            cjk = self._width_in[CJK]
            for k in in_cjk:
                widths[k] = cjk[text[k]]
        prefix = list(accumulate(widths, initial=0.0))
        para = Paragraph(text, fonts, prefix, classes)
        if len(self._paragraphs) > _PARAGRAPHS_MAX:
            self._paragraphs.clear()
        self._paragraphs[key] = para
        return para

    def drawable(self, text: str) -> str:
        """``text`` as it is drawn: undrawable characters replaced, invisible ones out."""
        classes = text.translate(self._classes)
        if "X" not in classes and "I" not in classes:
            return text
        return "".join(
            REPLACEMENT if c == "X" else (" " if ch.isspace() else "") if c == "I" else ch
            for ch, c in zip(text, classes, strict=True)
        )

    def undrawable(self, text: str) -> list[str]:
        """The characters of ``text`` no bundled font has, in order of first sight."""
        classes = text.translate(self._classes)
        if "X" not in classes:  # the usual case: every character drawable
            return []
        found: dict[str, None] = {}
        for ch, c in zip(text, classes, strict=True):
            if c == "X":
                found.setdefault(ch)
        return list(found)

    def pieces(self, text: str) -> tuple[Piece, ...]:
        """One line (no wrapping) cut into pieces by font."""
        para = self.paragraph(text)  # its text may differ: undrawable characters replaced
        return _pieces(para, 0, len(para.text), self._letter_font)

    def width(self, text: str, size: float, font: str | None = None) -> float:
        """Width of a line at a size: in one font, or in the fonts the line resolves to."""
        if font is not None:
            if (font in BOLD_OF.values()) != self.bold:  # a span of the other weight
                return metrics(not self.bold).width(text, size, font)
            text.translate(self._classes)  # measures characters not seen before
            widths = self._width_in[font]
            return sum(widths[ch] for ch in text) * size
        return self.paragraph(text).width() * size

    # --- wrapping -----------------------------------------------------------------

    def wrap(self, text: str, max_width: float, size: float) -> list[str]:
        """Break text into lines no wider than max_width; explicit newlines are kept."""
        return [line for line, _ in self.wrap_pieces(text, max_width, size)]

    def wrap_pieces(
        self, text: str, max_width: float, size: float
    ) -> list[tuple[str, tuple[Piece, ...]]]:
        """Break text into lines: each line's text and its pieces by font.

        Latin words break at spaces; CJK text may break between any two characters,
        except before closing or after opening punctuation. A word longer than a line
        is broken where it has to be. Fonts are resolved per paragraph, before
        breaking, so a character's width does not depend on where its line starts.
        """
        lines: list[tuple[str, tuple[Piece, ...]]] = []
        for text_part in text.split("\n"):
            para = self.paragraph(text_part)
            for start, end in _break_paragraph(para, max_width / size):
                lines.append((para.text[start:end], _pieces(para, start, end, self._letter_font)))
        return lines


#: The fonts of a paragraph's characters and the shared ones among them drawn in the
#: CJK font, by the paragraph's class letters (:func:`_fonts_of`).
_FONTS_OF: dict[str, tuple[str, tuple[int, ...]]] = {}


def _fonts_of(classes: str) -> tuple[str, tuple[int, ...]]:
    """The font letter of each character of a paragraph of these class letters, and
    where a shared character (a space, a quote) takes the CJK font: both follow from
    the class letters alone, so they are worked out once per pattern and remembered.
    A research map's thousand titles ("接触点 01-01", "触点 12-07") are a few patterns.
    """
    fonts = classes.translate(_FONT_LETTER)
    if "?" in fonts:
        fonts = _fill_shared(fonts)
    in_cjk: tuple[int, ...] = ()
    if "C" in fonts and ("S" in classes or " " in classes):
        in_cjk = tuple(k for m in _SHARED_CHAR.finditer(classes) if fonts[k := m.start()] == "C")
    if len(_FONTS_OF) > _PARAGRAPHS_MAX:
        _FONTS_OF.clear()
    _FONTS_OF[classes] = found = (fonts, in_cjk)
    return found


def _fill_shared(fonts: str) -> str:
    """Shared characters ("?") take the font letter before them; leading ones, after."""
    # Runs of shared characters are short (a space, a quote and a space): each
    # pass of C-speed replacing fills one more character of every run.
    for _ in range(8):
        filled = fonts.replace("L?", "LL").replace("C?", "CC")
        if filled == fonts:
            break
        fonts = filled
    if "?" in fonts:  # leading, or a long run
        strong = re.search("[LC]", fonts)
        first = strong.group() if strong else "L"
        fonts = _SHARED_RUN.sub(
            lambda m: m.group(1) + (m.group(1) or first) * len(m.group(2)), fonts
        )
    return fonts


def _pieces(
    para: Paragraph, start: int, end: int, letter_font: dict[str, str]
) -> tuple[Piece, ...]:
    if start >= end:
        return (Piece("", letter_font["C"], 0.0),)
    text, fonts, prefix = para.text, para.fonts, para.prefix
    letter = fonts[start]
    if fonts.count(letter, start, end) == end - start:  # the usual line: one font
        return (Piece(text[start:end], letter_font[letter], prefix[end] - prefix[start]),)
    return tuple(
        Piece(text[i:j], letter_font[para.fonts[i]], prefix[j] - prefix[i])
        for i, j in (m.span() for m in _FONT_RUN.finditer(para.fonts, start, end))
    )


def _break_paragraph(para: Paragraph, limit: float) -> list[tuple[int, int]]:
    """Where the lines of one paragraph start and end (indices; trailing spaces left out).

    No line is wider than ``limit``: closing punctuation that would start a line
    takes the word before it down with it (two marks in a row, "。”", included),
    and a word, URL or run of text longer than a whole line is broken between
    characters, where it has to be.
    """
    text, prefix = para.text, para.prefix
    if not text:
        return [(0, 0)]
    if prefix[-1] - prefix[0] <= limit:
        # It all fits (advances are never negative, so every token of the loop in
        # _break_lines would fit on the first line too): one line, trailing spaces out.
        end = len(text)
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return [(0, end)]
    return _break_lines(para, limit)


def _break_lines(para: Paragraph, limit: float) -> list[tuple[int, int]]:
    """:func:`_break_paragraph` token by token (the general case)."""
    text, prefix = para.text, para.prefix
    if not text:
        return [(0, 0)]

    def width(start: int, end: int) -> float:
        return prefix[end] - prefix[start]

    def rstrip(start: int, end: int) -> tuple[int, int]:
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    def lstrip(start: int, end: int) -> int:
        while start < end and text[start].isspace():
            start += 1
        return start

    def may_break(at: int) -> bool:
        return text[at] not in _NO_LINE_START and text[at - 1] not in _NO_LINE_END

    lines: list[tuple[int, int]] = []

    def cut_overlong(start: int, end: int) -> int:
        """Emit full lines from text[start:end] by characters; return the rest's start."""
        while width(*rstrip(start, end)) > limit and end - start > 1:
            k = start + 1
            while k < end and width(start, k + 1) <= limit:
                k += 1
            # Prefer not to start the next line with a closing mark.
            if k - 1 > start and not may_break(k) and may_break(k - 1):
                k -= 1
            lines.append(rstrip(start, k))
            start = k
        return start

    ls = le = 0  # the line being filled is text[ls:le]; tokens follow it without a gap
    starts: list[int] = []  # where the tokens on the current line start
    for ts, te in para.tokens:
        if width(ls, te) <= limit or (text[ts:te].isspace() and le > ls):
            starts.append(ts)
            le = te
            continue
        if ls == le or text[ls:le].isspace():  # nothing on the line yet
            ls = cut_overlong(lstrip(ls, te), te)
            starts, le = [ls], te
            continue
        # The token goes to a new line; the last allowed break on this line ends it.
        cut = next((t for t in reversed([*starts, ts]) if t > ls and may_break(t)), ts)
        lines.append(rstrip(ls, cut))
        ls = lstrip(cut, te)
        ls = cut_overlong(ls, te) if width(ls, te) > limit else ls
        starts = [t for t in starts if t > ls] + [ts] if ts >= ls else [ls]
        le = te
    if le > ls or not lines:
        lines.append(rstrip(ls, le))
    return lines


def _is_invisible(ch: str) -> bool:
    """Format and control characters and variation selectors: nothing to draw."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Cf", "Cc")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


@cache
def metrics(bold: bool = False) -> FontMetrics:
    """The shared metrics of the regular weight, or with ``bold`` of the bold one."""
    return FontMetrics(bold)
