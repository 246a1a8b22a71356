"""File > Export… and File > Print… in the editor, driven as a user would."""

from __future__ import annotations

import pytest
from conftest import make_journey, show_and_activate
from export_helpers import squash
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImageReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QProgressDialog

from journeycanvas.app.export_dialog import REMEMBERED, ExportDialog
from journeycanvas.app.main_window import MainWindow
from journeycanvas.app.print_support import print_journey
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.tiling import tile_grid


@pytest.fixture(autouse=True)
def _forget_choices():
    for setting in REMEMBERED.values():
        setting.reset()
    yield
    for setting in REMEMBERED.values():
        setting.reset()


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "shop.journey"
    w = MainWindow(make_journey(), path)
    qtbot.addWidget(w)
    show_and_activate(qtbot, w)
    yield w
    w.document.undo_stack.setClean()
    w.close()


@pytest.fixture
def dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ExportDialog, "ask_open_folder", lambda self, out: True)
    opened: list = []
    monkeypatch.setattr(ExportDialog, "open_folder", lambda self, out: opened.append(out))
    d = ExportDialog(make_journey(), tmp_path / "shop.journey")
    d.opened = opened
    qtbot.addWidget(d)
    d.show()
    return d


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_file_menu_offers_export_and_print_and_ctrl_e_opens_the_dialog(window, qtbot):
    texts = [a.text() for a in window.menu_file.actions()]
    assert "&Export…" in texts and "&Print…" in texts
    assert texts.index("&Export…") < texts.index("&Print…") < texts.index("&Close")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ExportDialog)))
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    assert dialog.path.text().endswith("shop.pdf")
    dialog.reject()


def test_tiled_pdf_from_the_dialog_previews_the_sheets_and_opens_the_folder(dialog, qtbot):
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "A1")
    dialog.tile.setChecked(True)
    _choose(dialog.tile_paper, "A4")
    dialog.overlap.setValue(15)
    layout = compute_layout(dialog.journey)
    grid = tile_grid(
        ExportOptions(paper="A1", tile="A4", overlap_mm=15), layout.width, layout.height
    )
    assert dialog.preview.tiles == grid.count
    assert f"{grid.rows} rows × {grid.cols} columns" in dialog.summary.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    out = dialog.exported
    assert out is not None and out.name == "shop.pdf"
    assert len(PdfReader(out).pages) == 1 + grid.count
    assert dialog.opened == [out]
    assert not dialog.isVisible()


def test_the_dialog_remembers_the_last_choices(dialog, qtbot, tmp_path):
    _choose(dialog.format, "png")
    _choose(dialog.paper, "A4")
    dialog.dpi.setValue(96)
    _choose(dialog.background, True)
    assert dialog.path.text().endswith("shop.png")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    size = QImageReader(str(dialog.exported)).size()
    assert sorted((size.width(), size.height())) == [round(210 / 25.4 * 96), round(297 / 25.4 * 96)]

    again = ExportDialog(make_journey(), tmp_path / "other.journey")
    qtbot.addWidget(again)
    assert again.fmt() == "png" and again.paper.currentData() == "A4"
    assert again.dpi.value() == 96 and again.background.currentData() is True
    assert again.path.text() == str(tmp_path / "other.png")


def test_cancel_leaves_no_file(dialog, monkeypatch, tmp_path):
    _choose(dialog.format, "pdf")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert dialog.run_export() is False
    assert not (tmp_path / "shop.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == []
    assert dialog.isVisible()  # the user can change a choice and try again


def test_impossible_choices_disable_export_and_say_why(dialog):
    _choose(dialog.format, "pdf")
    _choose(dialog.paper, "custom")
    dialog.custom_w.setValue(100)
    dialog.custom_h.setValue(100)
    dialog.margin.setValue(60)
    assert not dialog.export_button.isEnabled()
    assert "margin" in dialog.summary.text()
    dialog.margin.setValue(10)
    assert dialog.export_button.isEnabled()


def test_fields_follow_the_format(dialog):
    _choose(dialog.format, "xlsx")
    assert not dialog.paper.isEnabled() and not dialog.dpi.isEnabled()
    assert dialog.path.text().endswith(".xlsx")
    _choose(dialog.format, "png")
    assert dialog.dpi.isEnabled() and dialog.background.isEnabled()
    assert not dialog.tile.isEnabled()


def test_print_draws_the_map_on_one_page(window, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert print_journey(window, printer)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = squash(reader.pages[0].extract_text())
    today = __import__("datetime").date.today().isoformat()
    assert "测试旅程Testjourney" in text
    assert f"测试旅程Testjourney·{today}" in text  # the footer names the journey and the day


def test_print_action_asks_for_a_printer(window, monkeypatch):
    asked = []

    class FakeDialog:
        class DialogCode:
            Accepted = 1

        def __init__(self, printer, parent):
            asked.append(printer)

        def setWindowTitle(self, title):
            pass

        def exec(self):
            return 0  # the user cancels

    monkeypatch.setattr("journeycanvas.app.print_support.QPrintDialog", FakeDialog)
    action = next(a for a in window.menu_file.actions() if a.objectName() == "print")
    action.trigger()
    QApplication.processEvents()
    assert len(asked) == 1


def test_a_png_of_a_chosen_pixel_width_from_the_dialog(dialog, qtbot):
    """The CLI's --width, in the dialog: typed into the Pixel width box."""
    _choose(dialog.format, "png")
    box = dialog.png_width
    assert box.isEnabled()
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "800")
    assert not dialog.dpi.isEnabled()  # the width decides, not paper × DPI
    assert "800 × " in dialog.summary.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    size = QImageReader(str(dialog.exported)).size()
    layout = compute_layout(dialog.journey)
    assert size.width() == 800
    assert size.height() == round(800 * layout.height / layout.width)
