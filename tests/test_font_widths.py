"""The layout's font widths come from a table made from the bundled fonts, and match them.

Parsing the CJK font with reportlab took a third of a second before the first
card of a journey could be placed (issue 17's "open in the editor"); the table
holds exactly what the parser reads, and is ignored for a font file it was not
made from.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from journeycanvas.canvas import font_widths
from journeycanvas.canvas.fonts import CJK, FONT_FILES, LATIN

ROOT = Path(__file__).resolve().parent.parent


def test_the_bundled_table_is_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_font_widths.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_table_gives_what_the_font_parser_gives_to_the_last_bit():
    for key in FONT_FILES:
        table, parsed = font_widths.widths(key), font_widths.parsed(key)
        assert table == parsed, key
        assert {type(w) for w in table.char_widths.values()} == {
            type(w) for w in parsed.char_widths.values()
        }
    assert font_widths.widths(CJK).char_widths[ord("旅")] > 0


def test_a_font_file_the_table_was_not_made_from_is_parsed(monkeypatch, tmp_path):
    """A packager who swaps a font gets its real widths, not the old table's."""
    font_widths.widths.cache_clear()
    monkeypatch.setattr(font_widths, "digest", lambda path: "another font")
    calls = []
    real = font_widths.parsed
    monkeypatch.setattr(font_widths, "parsed", lambda key: calls.append(key) or real(key))
    try:
        assert font_widths.widths(LATIN) == real(LATIN)
        assert calls == [LATIN]
    finally:
        font_widths.widths.cache_clear()
