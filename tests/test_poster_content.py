"""An import's unaccepted suggestions stay off posters unless asked for."""

from __future__ import annotations

from conftest import make_journey
from pypdf import PdfReader

from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions


def _text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace(" ", "")


def test_suggestions_are_left_out_of_a_pdf_poster_by_default(tmp_path):
    journey = make_journey()
    journey.cards[0].title = "GUESSEDBYIMPORT"
    journey.cards[0].suggested = True
    journey.cards[1].title = "ACCEPTEDCARD"
    plain = export(journey, tmp_path / "plain.pdf", ExportOptions())
    assert "GUESSEDBYIMPORT" not in _text(plain)
    assert "ACCEPTEDCARD" in _text(plain)
    shown = export(journey, tmp_path / "shown.pdf", ExportOptions(include_suggestions=True))
    assert "GUESSEDBYIMPORT" in _text(shown)
    assert journey.cards[0].suggested  # the journey itself is untouched


def test_working_files_keep_the_suggestions(tmp_path):
    journey = make_journey()
    touchpoint = next(c for c in journey.cards if c.lane_id == "l-touchpoints")
    touchpoint.title = "GUESSEDBYIMPORT"  # the Mermaid diagram shows touchpoints
    touchpoint.suggested = True
    out = export(journey, tmp_path / "map.mmd", ExportOptions())
    assert "GUESSEDBYIMPORT" in out.read_text(encoding="utf-8")
