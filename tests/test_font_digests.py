"""A font file is hashed once per process while it stays as it was, and hashed again
when it changes; the command line hashes the bundled fonts ahead, beside the load.

An export checks each bundled font twice against a digest (its widths table, its
parsed PDF form); the CJK font alone is 5 MB.
"""

from __future__ import annotations

import hashlib
import os
import threading

from journeycanvas.canvas import font_widths
from journeycanvas.canvas.fonts import FONT_FILES

#: Taken before any test counts the module's calls (the module is shared).
REAL_SHA256 = hashlib.sha256


def _counting_sha256(monkeypatch) -> list[int]:
    hashed: list[int] = []

    def counting(data=b"", **kwargs):
        hashed.append(len(data))
        return REAL_SHA256(data, **kwargs)

    monkeypatch.setattr(font_widths.hashlib, "sha256", counting)
    return hashed


def test_a_file_is_hashed_once_until_it_changes(tmp_path, monkeypatch):
    hashed = _counting_sha256(monkeypatch)
    path = tmp_path / "font.ttf"
    path.write_bytes(b"first font")
    assert font_widths.digest(path) == REAL_SHA256(b"first font").hexdigest()
    assert font_widths.digest(path) == REAL_SHA256(b"first font").hexdigest()
    assert len(hashed) == 1
    path.write_bytes(b"another font, longer")  # another size
    assert font_widths.digest(path) == REAL_SHA256(b"another font, longer").hexdigest()
    path.write_bytes(b"another font, LONGER")  # the same size, another time
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert font_widths.digest(path) == REAL_SHA256(b"another font, LONGER").hexdigest()
    assert len(hashed) == 3


def test_the_fonts_hashed_ahead_are_the_files_digests_and_not_hashed_again(monkeypatch):
    monkeypatch.setattr(font_widths, "_DIGESTS", {})
    font_widths.hash_fonts_ahead()
    for thread in threading.enumerate():
        if thread.name == "font-digests":
            thread.join(30)
    hashed = _counting_sha256(monkeypatch)
    for key in FONT_FILES:
        path = font_widths.font_file(key)
        assert font_widths.digest(path) == REAL_SHA256(path.read_bytes()).hexdigest()
    assert hashed == []
