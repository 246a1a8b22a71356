"""Advance widths of the bundled fonts, read from a table made from those very files.

The layout needs, per font, each character's advance, the default advance and the
line's ascent and descent; nothing else. Reading them with reportlab's pure-Python
TrueType parser took a third of a second (the 5 MB CJK font) every time the
editor laid out its first journey or the command line exported one, before a
single card was placed. So ``tools/build_font_widths.py`` writes them once to
``resources/fonts/widths.json``, with the SHA-256 of each font file they come
from; a table is used only while its digest matches the bundled file (a packager
who swaps a font gets it parsed as before, never wrong widths). Widths are kept
exactly as reportlab reports them (ints for Noto Sans, floats for WenQuanYi), so
the layout is the same to the last bit either way (tests/test_font_widths.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from journeycanvas.canvas.fonts import CJK, FONT_FILES, LATIN, LATIN_BOLD
from journeycanvas.resources import (
    font_path,
    latin_bold_font_path,
    latin_font_path,
    resource_path,
)

#: The table's own format: a reader of another one ignores the table and parses.
FORMAT = 1
WIDTHS_FILE = ("fonts", "widths.json")


@dataclass(frozen=True)
class Widths:
    """What the layout reads of a font, in reportlab's units (1/1000 em)."""

    char_widths: dict[int, float]
    default_width: float
    ascent: float
    descent: float


def font_file(key: str) -> Path:
    return {LATIN: latin_font_path, LATIN_BOLD: latin_bold_font_path, CJK: font_path}[key]()


#: path → ((size, modification time, inode) when hashed, its SHA-256).
_DIGESTS: dict[Path, tuple[tuple[int, int, int], str]] = {}
_DIGESTING = threading.Lock()


def digest(path: Path) -> str:
    """The file's SHA-256, remembered while its size, time and inode stay as they were.

    One export checks each font twice (its widths here, its parsed PDF form in
    io/exporters/pdf_font_cache.py), 5 MB for the CJK font; a file that changed
    is hashed again. Thread-safe: :func:`hash_fonts_ahead` may be hashing it."""
    with _DIGESTING:
        st = path.stat()
        seen = (st.st_size, st.st_mtime_ns, st.st_ino)
        known = _DIGESTS.get(path)
        if known is not None and known[0] == seen:
            return known[1]
        found = hashlib.sha256(path.read_bytes()).hexdigest()
        _DIGESTS[path] = (seen, found)
        return found


def hash_fonts_ahead() -> None:
    """Hash the bundled fonts on another thread (hashing and reading let the
    interpreter go), so a command that loads a journey first finds them hashed."""

    def hash_all() -> None:
        for key in FONT_FILES:
            with contextlib.suppress(OSError):
                digest(font_file(key))

    threading.Thread(target=hash_all, name="font-digests", daemon=True).start()


@cache
def widths(key: str) -> Widths:
    """The widths of font ``key``: from the table while it matches the file, else parsed."""
    entry = _table().get(key)
    if entry is not None and entry.get("sha256") == digest(font_file(key)):
        try:
            return _from_entry(entry)
        except (KeyError, TypeError, ValueError):
            pass
    return parsed(key)


def parsed(key: str) -> Widths:
    """The widths as reportlab's parser reads them from the font file (slow)."""
    from journeycanvas.canvas.text_metrics import pdf_font

    face = pdf_font(key).face
    return Widths(dict(face.charWidths), face.defaultWidth, face.ascent, face.descent)


def entry_of(key: str) -> dict[str, Any]:
    """The table entry of font ``key``, parsed from its file (what the build tool writes).

    Advances are stored as runs ``[first code point, count, width]`` of consecutive
    characters with one width: 37,000 characters take 5,000 runs.
    """
    found = parsed(key)
    runs: list[list[Any]] = []
    for code in sorted(found.char_widths):
        width = found.char_widths[code]
        last = runs[-1] if runs else None
        if (
            last is not None
            and last[0] + last[1] == code
            and last[2] == width
            and type(last[2]) is type(width)
        ):
            last[1] += 1
        else:
            runs.append([code, 1, width])
    return {
        "file": font_file(key).name,
        "sha256": digest(font_file(key)),
        "default": found.default_width,
        "ascent": found.ascent,
        "descent": found.descent,
        "runs": runs,
    }


def table_text() -> str:
    """The whole table as the build tool writes it (one run a line: it diffs well)."""
    fonts = {key: entry_of(key) for key in FONT_FILES}
    lines = ["{", f'  "format": {FORMAT},', '  "fonts": {']
    for i, key in enumerate(fonts):
        entry = dict(fonts[key])
        runs = entry.pop("runs")
        head = json.dumps(entry)[1:-1]
        lines.append(f'    "{key}": {{{head}, "runs": [')
        lines.extend(
            f"      {json.dumps(run)}{',' if k < len(runs) - 1 else ''}"
            for k, run in enumerate(runs)
        )
        lines.append("    ]}" + ("," if i < len(fonts) - 1 else ""))
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def _from_entry(entry: dict[str, Any]) -> Widths:
    """The widths of a table entry: its runs spread out over their characters (37,000
    of the CJK font's, in one comprehension: each process that lays out reads them)."""
    char_widths: dict[int, float] = {
        code: width for first, count, width in entry["runs"] for code in range(first, first + count)
    }
    return Widths(char_widths, entry["default"], entry["ascent"], entry["descent"])


@cache
def _table() -> dict[str, Any]:
    try:
        data = json.loads(resource_path(*WIDTHS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    fonts = data.get("fonts")
    return fonts if isinstance(fonts, dict) else {}
