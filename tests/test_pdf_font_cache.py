"""The bundled fonts read back from the parse cache are reportlab's own parse, exactly.

A PDF drawn with cached fonts must be the PDF drawn with freshly parsed ones, byte
for byte; a cache that does not match (another font file, another reportlab, a
damaged file) must be ignored, never trusted.
"""

from __future__ import annotations

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics

from journeycanvas import resources
from journeycanvas.canvas.fonts import FONT_FILES
from journeycanvas.canvas.text_metrics import PDF_FONT_NAMES, pdf_font
from journeycanvas.io import journey_file
from journeycanvas.io.exporters import pdf_font_cache
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(pdf_font_cache.CACHE_ENV, str(folder))
    pdf_font_cache.cached_pdf_font.cache_clear()
    yield folder
    pdf_font_cache.cached_pdf_font.cache_clear()
    _forget_registered_fonts()


def _forget_registered_fonts() -> None:
    for key in FONT_FILES:
        pdfmetrics._fonts.pop(PDF_FONT_NAMES[key], None)
    pdf_font_cache.cached_pdf_font.cache_clear()


def _same_font(cached, parsed) -> None:
    assert type(cached) is type(parsed) and type(cached.face) is type(parsed.face)
    assert sorted(vars(cached)) == sorted(vars(parsed))
    ours, theirs = vars(cached.face), vars(parsed.face)
    assert sorted(ours) == sorted(theirs)
    for name, value in theirs.items():
        if name == "_pdfScale":
            assert all(ours[name](v) == value(v) for v in (0, 1, 733, -256, 2048))
            continue
        assert type(ours[name]) is type(value), name
        assert ours[name] == value, name
        if hasattr(value, "ustr"):
            assert ours[name].ustr == value.ustr, name
    for name in ("fontName", "_asciiReadable", "shapable"):
        assert getattr(cached, name) == getattr(parsed, name)


@pytest.mark.parametrize("key", FONT_FILES)
def test_a_font_from_the_cache_is_the_parsed_font(key, cache):
    first = pdf_font_cache.cached_pdf_font(key)  # parsed, and stored
    assert first is pdf_font(key)
    assert list(cache.glob(f"{key}-*.marshal"))
    pdf_font_cache.cached_pdf_font.cache_clear()
    again = pdf_font_cache.cached_pdf_font(key)  # read back
    assert again is not pdf_font(key)
    _same_font(again, pdf_font(key))


def test_a_pdf_with_cached_fonts_is_the_same_file(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(rl_config, "invariant", 1)  # no time stamp, a fixed document ID
    journey = journey_file.load(resources.template_path("sample-bank-loan-zh"))
    options = ExportOptions(paper="A2")

    def drawn(name: str) -> bytes:
        _forget_registered_fonts()
        return export(journey, tmp_path / name, options).read_bytes()

    monkeypatch.setattr(pdf_font_cache, "_read", lambda path, stamp: None)
    parsed = drawn("parsed.pdf")
    monkeypatch.undo()
    monkeypatch.setattr(rl_config, "invariant", 1)
    monkeypatch.setenv(pdf_font_cache.CACHE_ENV, str(cache))
    stored = drawn("stored.pdf")  # parses and writes the cache
    cached = drawn("cached.pdf")  # reads it
    assert len(list(cache.glob("*.marshal"))) == len(FONT_FILES)
    assert parsed == stored == cached


def test_a_cache_that_does_not_match_is_parsed_again(cache, monkeypatch):
    pdf_font_cache.cached_pdf_font("latin")
    (path,) = cache.glob("latin-*.marshal")
    path.write_bytes(b"not marshal data")
    pdf_font_cache.cached_pdf_font.cache_clear()
    assert pdf_font_cache.cached_pdf_font("latin") is pdf_font("latin")  # parsed again
    pdf_font_cache.cached_pdf_font.cache_clear()
    _same_font(pdf_font_cache.cached_pdf_font("latin"), pdf_font("latin"))  # and stored again

    # Another reportlab (or font, or Python) makes another stamp: the stored file is not used.
    real = pdf_font_cache._stamp
    monkeypatch.setattr(
        pdf_font_cache, "_stamp", lambda key, data: {**real(key, data), "reportlab": "0.0"}
    )
    pdf_font_cache.cached_pdf_font.cache_clear()
    assert pdf_font_cache.cached_pdf_font("latin") is pdf_font("latin")


def test_an_unwritable_cache_folder_still_gives_the_font(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv(pdf_font_cache.CACHE_ENV, str(blocker / "cache"))
    pdf_font_cache.cached_pdf_font.cache_clear()
    try:
        assert pdf_font_cache.cached_pdf_font("latin-bold") is pdf_font("latin-bold")
    finally:
        pdf_font_cache.cached_pdf_font.cache_clear()
