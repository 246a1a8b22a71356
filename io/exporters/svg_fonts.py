"""The glyphs an SVG uses, carried inside it: bundled fonts subset to @font-face data URIs.

Without them a viewer lacking Noto Sans or WenQuanYi substitutes other fonts
(squeezed to the layout's widths) and, without any CJK font, shows Chinese as
boxes. Each bundled font is cut down to the characters drawn in it and embedded
as WOFF (zlib, no extra codec needed), so the file opens the same everywhere;
both fonts' licences (SIL OFL for Noto Sans, GPL with the font exception for
WenQuanYi) allow embedding.
"""

from __future__ import annotations

import base64
import io

from fontTools import subset
from fontTools.ttLib import TTFont

from journeycanvas.canvas.fonts import CJK, LATIN, LATIN_BOLD
from journeycanvas.resources import font_path, latin_bold_font_path, latin_font_path

#: The @font-face family of each bundled font inside an SVG.
EMBEDDED_FAMILY = {
    LATIN: "JourneyCanvas Latin",
    CJK: "JourneyCanvas CJK",
    LATIN_BOLD: "JourneyCanvas Latin Bold",
}


def _load(font: str) -> TTFont:
    if font == LATIN:
        return TTFont(str(latin_font_path()))
    if font == LATIN_BOLD:
        return TTFont(str(latin_bold_font_path()))
    return TTFont(str(font_path()), fontNumber=0)


def subset_woff(font: str, characters: set[str]) -> bytes:
    """The bundled font ``font`` holding only ``characters`` (and .notdef), as WOFF."""
    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # a vector drawing is not rasterised at small pixel sizes
    options.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing a viewer reads
    ttfont = _load(font)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(ch) for ch in characters))
    subsetter.subset(ttfont)
    out = io.BytesIO()
    subset.save_font(ttfont, out, options)
    return out.getvalue()


def font_face_css(used: dict[str, set[str]]) -> str:
    """@font-face rules for the fonts in ``used`` (font key → characters drawn in it)."""
    rules = []
    for font, characters in used.items():
        drawn = {ch for ch in characters if not ch.isspace()}
        if not drawn:
            continue
        data = base64.b64encode(subset_woff(font, drawn)).decode("ascii")
        rules.append(
            f"@font-face {{ font-family: '{EMBEDDED_FAMILY[font]}'; "
            f"src: url(data:font/woff;base64,{data}) format('woff'); }}"
        )
    return "\n".join(rules)
