"""Templates, fonts, icons and translations shipped with the application.

Everything is found through importlib.resources, so the same code works from a
source checkout, an installed wheel and a PyInstaller bundle — never through
paths relative to the working directory.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

_ROOT = files(__name__)

#: The CJK font: Chinese text, and any character the Latin font has no glyph for.
FONT_FILE = "wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"
#: The Latin font (Latin, Greek and Cyrillic letters, digits, punctuation): the CJK
#: font's Latin glyphs are an afterthought, so English text gets a font made for it.
LATIN_FONT_FILE = "NotoSans-Regular.ttf"
LATIN_FONT_FAMILY = "Noto Sans"
#: Its bold weight, for titles and headers (the CJK bold is derived: canvas/fonts.py).
LATIN_BOLD_FONT_FILE = "NotoSans-Bold.ttf"

TEMPLATE_SUFFIX = ".journey"


def resource_path(*parts: str) -> Path:
    """A real filesystem path to a bundled resource (wheels and bundles unpack to disk)."""
    with as_file(_ROOT.joinpath(*parts)) as path:
        return Path(path)


def font_path() -> Path:
    """The CJK font file."""
    return resource_path("fonts", FONT_FILE)


def latin_font_path() -> Path:
    """The Latin font file."""
    return resource_path("fonts", LATIN_FONT_FILE)


def latin_bold_font_path() -> Path:
    """The Latin font's bold weight."""
    return resource_path("fonts", LATIN_BOLD_FONT_FILE)


def templates_dir() -> Path:
    return resource_path("templates")


def template_names() -> list[str]:
    """Names accepted by ``journeycanvas new --template NAME``, sorted."""
    return sorted(
        p.name.removesuffix(TEMPLATE_SUFFIX)
        for p in templates_dir().iterdir()
        if p.name.endswith(TEMPLATE_SUFFIX)
    )


def template_path(name: str) -> Path:
    """The file of a bundled template; KeyError names the known ones when it does not exist."""
    path = templates_dir() / f"{name}{TEMPLATE_SUFFIX}"
    if not path.is_file():
        raise KeyError(f"no template named {name!r}; known: {', '.join(template_names())}")
    return path
