"""Characters the bundled fonts lack never vanish silently from a poster.

Emoji, Arabic, Hebrew and Thai are drawn as U+FFFD in every poster format (the
same on screen), the command line names them on stderr, the dialog warns.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import make_journey
from pypdf import PdfReader

from journeycanvas.app.cli import main
from journeycanvas.app.export_dialog import ExportDialog
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.text_metrics import REPLACEMENT
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions

EMOJI, ARABIC, HEBREW, THAI = "😀", "مرحبا", "שלום", "สวัสดี"
TITLES = [f"Happy {EMOJI}\ufe0f", f"Arabic {ARABIC}", f"Hebrew {HEBREW}", f"Thai {THAI}"]


def foreign_journey():
    journey = make_journey()
    for card, title in zip(journey.cards, TITLES, strict=False):
        card.title = title
    return journey


def _svg_text(path) -> str:
    root = ET.parse(path).getroot()
    return "".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))


def test_each_missing_character_shows_as_a_replacement_in_the_layout():
    layout = compute_layout(foreign_journey())
    lines = ["".join(r.text for r in c.texts) for c in layout.cards]
    assert any(line.startswith(f"Happy {REPLACEMENT}") for line in lines), lines
    assert any(f"Arabic {REPLACEMENT * len(ARABIC)}" in line for line in lines)
    assert any(f"Thai {REPLACEMENT * len(THAI)}" in line for line in lines)
    assert not any("\ufe0f" in line for line in lines)  # an invisible selector is no box


def test_pdf_and_svg_agree_and_lose_nothing_silently(qapp, tmp_path):
    journey = foreign_journey()
    pdf = export(journey, tmp_path / "f.pdf")
    svg = export(journey, tmp_path / "f.svg", ExportOptions())
    pdf_text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    svg_text = _svg_text(svg)
    for text in (pdf_text, svg_text):
        squashed = "".join(text.split())
        assert f"Hebrew{REPLACEMENT * len(HEBREW)}" in squashed
        assert f"Happy{REPLACEMENT}" in squashed
        assert HEBREW not in text and EMOJI not in text


@pytest.mark.parametrize("ext", ["pdf", "svg"])
def test_the_cli_names_the_characters_on_stderr(qapp, tmp_path, capsys, ext):
    source = tmp_path / "f.journey"
    journey_file.save(foreign_journey(), source)
    assert main(["export", str(source), "-o", str(tmp_path / f"f.{ext}")]) == 0
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert err.count("\n") == 0 and "U+1F600" in err and "U+05E9" in err and REPLACEMENT in err
    assert "exported" in captured.out


def test_the_cli_is_quiet_when_every_character_is_drawn(tmp_path, capsys):
    source = tmp_path / "f.journey"
    journey_file.save(make_journey(), source)
    assert main(["export", str(source), "-o", str(tmp_path / "f.pdf")]) == 0
    assert capsys.readouterr().err == ""


def test_the_export_dialog_warns_for_posters_not_for_data(qtbot, tmp_path):
    dialog = ExportDialog(foreign_journey(), tmp_path / "f.journey")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    assert dialog.glyph_warning.isVisible()
    assert "U+1F600" in dialog.glyph_warning.text()
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert not dialog.glyph_warning.isVisible()


def test_a_line_made_by_hand_with_invisible_characters_is_measured_as_drawn():
    from journeycanvas.canvas.text_metrics import metrics

    fm = metrics()
    pieces = fm.pieces("ok 👍\ufe0f done")  # a variation selector no bundled font has
    assert "".join(p.text for p in pieces) == f"ok {REPLACEMENT} done"
    assert fm.width("ok 👍\ufe0f done", 10) == fm.width(f"ok {REPLACEMENT} done", 10)


def test_the_characters_are_named_once_each_in_the_order_the_texts_show_them():
    """All texts are looked at as one string: the same characters, in the same order,
    as text by text (the persona's, the stages', then the cards' in turn)."""
    from journeycanvas.canvas.text_metrics import metrics
    from journeycanvas.io.exporters.glyphs import drawn_texts, undrawable_characters

    journey = foreign_journey()
    journey.stages[0].name = f"{THAI} {EMOJI}"
    by_text: dict[str, None] = {}
    for text in drawn_texts(journey):
        for ch in metrics().undrawable(text):
            by_text.setdefault(ch)
    found = undrawable_characters(journey)
    assert found == list(by_text)
    assert found[:2] == [THAI[0], THAI[1]] and EMOJI in found and ARABIC[0] in found
    assert len(found) == len(set(found))
    assert undrawable_characters(make_journey()) == []
