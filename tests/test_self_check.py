"""``--self-check`` from source: it passes here, and it notices a font left out."""

from __future__ import annotations

from journeycanvas import resources
from journeycanvas.app import self_check


def test_self_check_passes_from_source_and_names_both_fonts(capsys):
    assert self_check.run() == 0
    out = capsys.readouterr().out
    assert "all checks passed" in out
    assert "Noto Sans (Latin)" in out and "WenQuanYi Micro Hei (Chinese)" in out


def test_self_check_fails_when_the_latin_font_is_missing(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "latin_font_path", lambda: tmp_path / "NotoSans-Regular.ttf")
    assert self_check.run() == 1
    out = capsys.readouterr().out
    assert "FAIL  resources: the font" in out and "NotoSans-Regular.ttf is missing" in out
