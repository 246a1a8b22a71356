"""File > Export…: the map fitted to the page or drawn at a chosen scale (issue 5).

The dialog's Scale row feeds ExportOptions.scale, the same field the command
line's ``--scale`` sets, so a 50 % poster from either is the same poster. The
PDF check reads the transformation the map form is drawn with straight from the
page's content stream.
"""

from __future__ import annotations

import pytest
from conftest import make_journey
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import Qt

from journeycanvas.app.cli import main
from journeycanvas.app.export_dialog import FIT, PERCENT, REMEMBERED, ExportDialog
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.options import ExportOptions, place
from journeycanvas.io.exporters.paper import MM
from journeycanvas.io.exporters.tiling import tile_grid


@pytest.fixture(autouse=True)
def _forget_choices():
    for setting in REMEMBERED.values():
        setting.reset()
    yield
    for setting in REMEMBERED.values():
        setting.reset()


@pytest.fixture
def dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ExportDialog, "ask_open_folder", lambda self, out: False)
    d = ExportDialog(make_journey(), tmp_path / "shop.journey")
    qtbot.addWidget(d)
    d.show()
    return d


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _at_percent(dialog, percent: int) -> None:
    _choose(dialog.scale_mode, PERCENT)
    dialog.scale_percent.setValue(percent)


def map_transform(pdf) -> tuple[float, float, float, float, float, float]:
    """The matrix (a b c d e f) in force where the page draws the map form."""
    reader = PdfReader(pdf)
    page = reader.pages[0]
    ctm, saved = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), []
    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            saved.append(ctm)
        elif op == b"Q":
            ctm = saved.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            A, B, C, D, E, F = ctm
            # The new matrix applies first: [a b c d e f] × CTM.
            ctm = (
                a * A + b * C,
                a * B + b * D,
                c * A + d * C,
                c * B + d * D,
                e * A + f * C + E,
                e * B + f * D + F,
            )
        elif op == b"Do" and operands[0].endswith("journeymap"):
            return ctm
    raise AssertionError("the page never draws the map form")


def test_fit_to_page_is_the_default_and_says_the_scale_it_fits_at(dialog):
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "A1")
    assert dialog.scale_mode.currentData() == FIT
    assert dialog.options().scale is None
    assert not dialog.scale_percent.isEnabled()
    layout = compute_layout(dialog.journey)
    fitted = place(ExportOptions(paper="A1"), layout.width, layout.height).scale
    assert f"Map fitted at {fitted * 100:.0f} %" in dialog.summary.text()


def test_choosing_50_percent_draws_the_map_at_half_size_in_the_pdf(dialog, qtbot):
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "A1")
    _at_percent(dialog, 50)
    assert dialog.scale_percent.isEnabled()
    assert dialog.options().scale == 0.5
    # The sheet preview is drawn from the same options.
    assert dialog.preview.options is not None and dialog.preview.options.scale == 0.5
    assert "Map at 50 %" in dialog.summary.text()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = dialog.exported
    assert out is not None and out.name == "shop.pdf"
    a, b, c, d, e, f = map_transform(out)
    assert (a, b, c, d) == pytest.approx((0.5, 0, 0, 0.5))
    # Half the map's size, centred on the A1 sheet (portrait: the map is taller than wide).
    layout = compute_layout(dialog.journey)
    box = PdfReader(out).pages[0].mediabox
    page_w, page_h = float(box.width), float(box.height)
    assert (page_w / MM, page_h / MM) == pytest.approx((594, 841), abs=0.5)
    assert e == pytest.approx((page_w - layout.width * 0.5) / 2, abs=0.01)
    assert f == pytest.approx((page_h - layout.height * 0.5) / 2, abs=0.01)


def test_the_dialog_and_the_command_line_draw_the_same_50_percent_poster(
    dialog, qtbot, tmp_path, capsys
):
    source = tmp_path / "shop.journey"
    journey_file.save(dialog.journey, source)
    cli_out = tmp_path / "cli.pdf"
    assert main(["export", str(source), "-o", str(cli_out), "--paper", "A2", "--scale", "0.5"]) == 0
    capsys.readouterr()
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "A2")
    _at_percent(dialog, 50)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert map_transform(dialog.exported) == pytest.approx(map_transform(cli_out))
    assert PdfReader(dialog.exported).pages[0].mediabox == PdfReader(cli_out).pages[0].mediabox


def test_the_preview_changes_with_the_scale(dialog):
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "A1")
    fitted = dialog.preview.grab().toImage()
    _at_percent(dialog, 50)
    half = dialog.preview.grab().toImage()
    assert half != fitted
    _choose(dialog.scale_mode, FIT)
    assert dialog.preview.grab().toImage() == fitted


def test_the_scale_is_remembered_with_the_other_choices(dialog, qtbot, tmp_path):
    _choose(dialog.format, "pdf")
    _at_percent(dialog, 75)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported is not None

    again = ExportDialog(make_journey(), tmp_path / "other.journey")
    qtbot.addWidget(again)
    assert again.scale_mode.currentData() == PERCENT
    assert again.scale_percent.value() == 75 and again.options().scale == 0.75

    _choose(again.scale_mode, FIT)
    again.remember()
    third = ExportDialog(make_journey(), tmp_path / "third.journey")
    qtbot.addWidget(third)
    assert third.scale_mode.currentData() == FIT and third.options().scale is None


def test_a_scale_too_large_for_the_paper_disables_export_and_says_why(dialog):
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "A4")
    _at_percent(dialog, 400)
    assert not dialog.export_button.isEnabled()
    assert "at scale 4 the map is" in dialog.summary.text()
    assert "fit to the page" in dialog.summary.text()
    _at_percent(dialog, 20)
    assert dialog.export_button.isEnabled()


def test_tiles_carry_the_map_at_the_chosen_scale(dialog):
    """At a chosen scale a tiled poster is as large as it needs to be."""
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "A1")
    dialog.tile.setChecked(True)
    _choose(dialog.tile_paper, "A4")
    _at_percent(dialog, 50)
    layout = compute_layout(dialog.journey)
    grid = tile_grid(ExportOptions(paper="A1", tile="A4", scale=0.5), layout.width, layout.height)
    assert dialog.preview.tiles == grid.count
    assert f"{grid.rows} rows × {grid.cols} columns" in dialog.summary.text()
    assert "Map at 50 %" in dialog.summary.text()


def test_the_scale_row_is_off_for_formats_without_paper(dialog):
    _at_percent(dialog, 50)
    _choose(dialog.format, "svg")
    assert not dialog.scale_mode.isEnabled() and not dialog.scale_percent.isEnabled()
    _choose(dialog.format, "png")
    assert dialog.scale_mode.isEnabled() and dialog.scale_percent.isEnabled()
