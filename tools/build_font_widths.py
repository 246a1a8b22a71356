"""Write the advance widths of the bundled fonts to resources/fonts/widths.json.

The layout reads the widths from that table instead of parsing the fonts at every
start (canvas/font_widths.py says why). Run this after replacing a font file::

    python tools/build_font_widths.py           # writes resources/fonts/widths.json
    python tools/build_font_widths.py --check   # exit 1 when the table is stale
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from journeycanvas.canvas.font_widths import WIDTHS_FILE, table_text

TABLE = Path(__file__).resolve().parent.parent / "resources" / Path(*WIDTHS_FILE)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is stale")
    args = parser.parse_args(argv)
    text = table_text()
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        if current != text:
            print(f"{TABLE} is out of date: run python tools/build_font_widths.py")
            return 1
        print(f"{TABLE} is up to date")
        return 0
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE} ({len(text.encode('utf-8')) / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
