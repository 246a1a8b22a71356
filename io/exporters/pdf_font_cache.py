"""The bundled fonts as reportlab reads them, parsed once per machine instead of per PDF.

Every PDF embeds subsets of the bundled fonts, so reportlab must know each one's
character map, advances and glyph offsets. Its pure-Python parser takes about
0.13 s for the 5 MB CJK font and 0.05 s for the two Latin ones, on every export,
before a single shape is drawn (a tenth of the goal for a whole A0 export).

So what the parser found is kept in the user's cache folder, one ``marshal`` file
per font (plain dicts, lists and numbers: read back in a few milliseconds). A file
is used only while its name and its content both match the font file's SHA-256,
the reportlab version and the Python version; anything else (a swapped font, an
upgraded reportlab, a damaged or unwritable cache) parses the font as before and
tries to store it again. The font reportlab gets is attribute for attribute the
one its parser makes, so the PDF is the same byte for byte (tests/test_pdf_font_cache.py).

``JOURNEYCANVAS_CACHE_DIR`` chooses the folder (the tests use their own);
otherwise it is the platform's cache folder.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from fnmatch import fnmatch
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from journeycanvas.canvas.font_widths import digest, font_file
from journeycanvas.canvas.text_metrics import PDF_FONT_NAMES, pdf_font

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

#: This file's own format; a reader of another one parses instead.
FORMAT = 1
CACHE_ENV = "JOURNEYCANVAS_CACHE_DIR"

#: The face's attributes that are not plain data: the font file's bytes (read again,
#: they are needed to cut subsets) and the unit scaling function (made again).
_NOT_STORED = ("_ttf_data", "_pdfScale")


def cache_dir() -> Path:
    """Where parsed fonts are kept: $JOURNEYCANVAS_CACHE_DIR, else the platform's cache."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "journeycanvas" / "fonts"


@cache
def cached_pdf_font(key: str) -> TTFont:
    """The reportlab font of bundled font ``key`` (as text_metrics.pdf_font makes it)."""
    path = font_file(key)
    data = path.read_bytes()
    stamp = _stamp(key, digest(path))  # hashed once per process (font_widths.digest)
    stored = cache_dir() / f"{key}-{stamp['sha256'][:16]}.marshal"
    state = _read(stored, stamp)
    if state is not None:
        try:
            return _font(key, data, state)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    font = pdf_font(key)
    _write(stored, stamp, _state_of(font))
    return font


def _stamp(key: str, sha256: str) -> dict[str, Any]:
    import reportlab

    return {
        "format": FORMAT,
        "key": key,
        "sha256": sha256,
        "reportlab": reportlab.Version,
        "python": list(sys.version_info[:2]),
    }


def _state_of(font: TTFont) -> dict[str, Any]:
    """The parser's findings as plain data; names (bytes that carry their text) apart."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    face = {k: v for k, v in vars(font.face).items() if k not in _NOT_STORED}
    names = {k: v.ustr for k, v in face.items() if isinstance(v, TTFNameBytes)}
    for k in names:
        del face[k]
    return {"face": face, "names": names}


def _font(key: str, data: bytes, state: dict[str, Any]) -> TTFont:
    """A TTFont as ``TTFont(name, file)`` makes it, its face filled from ``state``."""
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    attributes = dict(state["face"])
    attributes.update({k: TTFNameBytes(text.encode("utf-8")) for k, text in state["names"].items()})
    attributes["_ttf_data"] = data
    attributes["_pdfScale"] = _scale(attributes["unitsPerEm"])
    vars(face).update(attributes)

    font = TTFont.__new__(TTFont)
    font.fontName = PDF_FONT_NAMES[key]
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    # TTFont's default, shapable=True, unless a glob of reportlab's settings rules it out.
    font.shapable = not any(fnmatch(font.fontName, glob) for glob in ttfonts.unShapedFontGlob)
    return font


def _scale(units_per_em: int):
    """reportlab's font-units-to-1/1000-em function, the same arithmetic."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _read(path: Path, stamp: dict[str, Any]) -> dict[str, Any] | None:
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(stored, dict) or stored.get("stamp") != stamp:
        return None
    state = stored.get("state")
    return state if isinstance(state, dict) else None


def _write(path: Path, stamp: dict[str, Any], state: dict[str, Any]) -> None:
    """Store atomically; a folder that cannot be written only costs the next parse."""
    try:
        blob = marshal.dumps({"stamp": stamp, "state": state})
    except ValueError:  # a reportlab that keeps something marshal cannot hold
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
