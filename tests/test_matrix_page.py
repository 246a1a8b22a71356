"""The priority matrix and the action plan as pages: PNG, PDF pages, the export dialog.

Everything is drawn from canvas/matrix_page.py's one layout; the editor's dock paints
it with the same Qt painter the PNG is written with, so a dot is where the layout puts
it, in its status colour, on screen and in the files alike.
"""

from __future__ import annotations

import pytest
from conftest import show_and_activate
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from journeycanvas.app import windows
from journeycanvas.app.cli import main
from journeycanvas.app.export_dialog import ExportDialog
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas import improvements
from journeycanvas.canvas.matrix_page import PRINTED, matrix_page, words_for
from journeycanvas.canvas.plan_page import plan_cells, plan_pages
from journeycanvas.io import journey_file
from journeycanvas.resources import template_path

DONE = "card-ec-pu-opp-1"  # done: green; value (85 + 80) / 2 = 82.5, effort 2


def _sample(lang="en"):
    return journey_file.load(template_path(f"sample-ecommerce-{lang}"))


def _near(pixel: QColor, hex_colour: str, slack: int = 24) -> bool:
    want = QColor(hex_colour)
    return all(
        abs(a - b) <= slack
        for a, b in zip(
            (pixel.red(), pixel.green(), pixel.blue()),
            (want.red(), want.green(), want.blue()),
            strict=True,
        )
    )


def test_the_layout_places_each_improvement_by_value_and_effort():
    page = matrix_page(_sample(), words_for("en"))
    disc = next(d for d in page.discs if d.key == DONE)
    # effort 2 is a quarter across; value 82.5 is 17.5 % down from the top.
    assert disc.x == pytest.approx(PRINTED.left + 0.25 * PRINTED.width)
    assert disc.y == pytest.approx(PRINTED.top + 0.175 * PRINTED.height)
    assert disc.fill == improvements.STATUS_COLOURS["done"]
    texts = [r.text for r in page.all_runs()]
    assert "Quick wins" in texts and "Money pits" in texts
    assert "Show the final price" in texts  # the dot's label


def test_matrix_png_has_each_dot_in_its_status_colour(tmp_path, qapp):
    out = tmp_path / "matrix.png"
    src = tmp_path / "shop.journey"
    journey_file.save(_sample(), src)
    assert main(["export", str(src), "-o", str(out), "--matrix", "--dpi", "144"]) == 0
    image = QImage(str(out))
    page = matrix_page(_sample(), words_for("en"))
    assert (image.width(), image.height()) == (round(page.width * 2), round(page.height * 2))
    for disc in page.discs:
        if disc.key.startswith("legend:"):
            continue
        pixel = image.pixelColor(round(disc.x * 2), round(disc.y * 2))
        assert _near(pixel, disc.fill), (disc.key, pixel.name(), disc.fill)


def test_a_poster_pdf_with_plan_gains_the_matrix_and_plan_pages(tmp_path):
    src = tmp_path / "shop.journey"
    journey_file.save(_sample(), src)
    plain, with_plan = tmp_path / "plain.pdf", tmp_path / "with.pdf"
    assert main(["export", str(src), "-o", str(plain), "--paper", "A3"]) == 0
    assert main(["export", str(src), "-o", str(with_plan), "--paper", "A3", "--with-plan"]) == 0
    assert len(PdfReader(plain).pages) == 1
    reader = PdfReader(with_plan)
    # The poster, the matrix, the action plan, and the sample's planned triggers.
    assert len(reader.pages) == 2 + len(plan_pages(_sample())) == 4
    assert "Triggers" in reader.pages[3].extract_text()
    matrix_text = reader.pages[1].extract_text()
    assert "Priority matrix" in matrix_text and "Quick wins" in matrix_text
    plan_text = reader.pages[2].extract_text()
    assert "Action plan" in plan_text
    first = plan_cells(_sample())[0]
    assert first[1].split()[0] in plan_text  # the top-priority improvement is listed
    # --plan to .pdf writes the same two pages on their own.
    alone = tmp_path / "plan.pdf"
    assert main(["export", str(src), "-o", str(alone), "--plan"]) == 0
    assert len(PdfReader(alone).pages) == 1 + len(plan_pages(_sample()))


def test_a_long_plan_continues_on_the_next_page():
    journey = _sample()
    model = journey.card(DONE)
    extra = [
        model.model_copy(update={"id": f"extra-{i}", "title": f"Extra improvement {i}"})
        for i in range(60)
    ]
    many = journey.model_copy(update={"cards": [*journey.cards, *extra]})
    rows = plan_cells(many)
    pages = plan_pages(many)
    assert len(pages) > 1
    # The improvements' pages; the sample's planned triggers follow on their own page.
    plan = [p for p in pages if p.boxes[1].texts[0].text == "#"]  # the ranked table
    assert len(plan) == len(pages) - 1
    shown = [r.text for p in plan for box in p.boxes[2:] for r in box.texts[:1]]
    assert shown == [row[0] for row in rows]  # every rank once, in order, none lost
    assert all(box.rect.bottom <= p.height - 32 for p in pages for box in p.boxes[1:])


@pytest.fixture
def window(qtbot):
    w = MainWindow(_sample())
    show_and_activate(qtbot, w)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def test_the_dock_paints_the_same_layout(window, qtbot):
    dock = window.matrix_dock
    dock.setFloating(True)  # a window of its own, as large as the page asks for
    dock.show()
    dock.resize(dock.sizeHint())
    qtbot.waitExposed(dock.view)
    view = dock.view
    qtbot.waitUntil(lambda: view.viewport().width() >= view.page.width)
    image = view.viewport().grab().toImage()
    checked = 0
    for disc in view.page.discs:
        at = view.mapFromScene(disc.x, disc.y)
        if disc.key.startswith("legend:") or not view.viewport().rect().contains(at):
            continue
        assert _near(image.pixelColor(at), disc.fill), disc.key
        checked += 1
    assert checked == len(improvements.improvement_cards(window.document.journey))
    dock.setFloating(False)
    dock.hide()


def test_the_export_dialog_writes_the_action_plan_and_the_plan_pages(qtbot, tmp_path, monkeypatch):
    import openpyxl

    monkeypatch.setattr(ExportDialog, "ask_open_folder", lambda self, out: False)
    dialog = ExportDialog(_sample(), tmp_path / "shop.journey")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format.setCurrentIndex(dialog.format.findData("plan_xlsx"))
    assert dialog.path.text().endswith(".xlsx")
    assert dialog.run_export()
    rows = list(openpyxl.load_workbook(dialog.exported).worksheets[0].iter_rows(values_only=True))
    assert rows[0][1] == "Improvement" and rows[1][1] == plan_cells(_sample())[0][1]

    again = ExportDialog(_sample(), tmp_path / "shop.journey")
    qtbot.addWidget(again)
    again.show()
    again.format.setCurrentIndex(again.format.findData("pdf"))
    assert again.with_plan.isEnabled()
    again.with_plan.setChecked(True)
    again.paper.setCurrentIndex(again.paper.findData("A3"))
    assert again.run_export()
    assert len(PdfReader(again.exported).pages) == 2 + len(plan_pages(_sample()))
