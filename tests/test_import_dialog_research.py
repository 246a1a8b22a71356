"""The import dialog on a journey that has data: re-imports, proposed stages, waves."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from journeycanvas.app.import_dialog import ImportDialog
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.model import summary
from journeycanvas.io.importers import importer

HEADER = ["Stage", "Touchpoint", "Score (1-5)", "Comment"]
FIRST = [["Buy", "Pay", 2, "slow"], ["Buy", "Pay", 4, ""], ["Buy", "Ship", 5, "fast"]]


def write_csv(path: Path, rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


@pytest.fixture
def document(qtbot, tmp_path):
    journey, _, _ = importer.import_sheet(write_csv(tmp_path / "march.csv", FIRST))
    return JourneyDocument(journey)


def open_dialog(qtbot, document, path) -> ImportDialog:
    dialog = ImportDialog(document, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def counts(journey) -> dict[tuple[str, str], int]:
    return {
        (s["name"], t["title"]): t["responses"]
        for s in summary(journey)["stages"]
        for t in s["touchpoints"]
    }


def test_a_cumulative_export_says_what_it_skips(qtbot, document, tmp_path):
    later = write_csv(tmp_path / "april.csv", [*FIRST, ["Buy", "Pay", 1, "failed"]])
    dialog = open_dialog(qtbot, document, later)
    assert "3 rows already in the journey were skipped, 1 new" in dialog.summary.text()
    dialog.wave_edit.setText("April")
    dialog.import_button.click()
    journey = document.journey
    assert counts(journey) == {("Buy", "Pay"): 3, ("Buy", "Ship"): 1}
    assert [r.wave for r in journey.imports] == ["march", "April"]


def test_a_new_stage_is_proposed_and_can_go_to_an_existing_one(qtbot, document, tmp_path):
    later = write_csv(tmp_path / "billing.csv", [["Billing", "Invoice", 1, "wrong total"]])
    dialog = open_dialog(qtbot, document, later)
    assert dialog.proposals.isVisible()
    box = dialog.proposals.boxes[("", "Billing")]
    assert box.currentText() == "Create the stage 'Billing'"
    index = box.findData("Buy")
    box.setCurrentIndex(index)
    box.activated.emit(index)  # what a click on the item sends
    # Its touchpoint would be new in "Buy": proposed in turn, and sent to "Pay".
    point_box = dialog.proposals.boxes[("Buy", "Invoice")]
    assert point_box.currentText() == "Create the touchpoint 'Invoice'"
    index = point_box.findData("Pay")
    point_box.setCurrentIndex(index)
    point_box.activated.emit(index)
    dialog.import_button.click()
    journey = document.journey
    assert [s.name for s in journey.stages] == ["Buy"]
    assert counts(journey) == {("Buy", "Pay"): 3, ("Buy", "Ship"): 1}
    document.undo_stack.undo()
    assert [s.name for s in document.journey.stages] == ["Buy"]
    assert counts(document.journey) == {("Buy", "Pay"): 2, ("Buy", "Ship"): 1}


def test_replace_is_offered_for_the_same_source(qtbot, document, tmp_path):
    again = write_csv(tmp_path / "march.csv", [["Buy", "Pay", 5, "fine now"]])
    dialog = open_dialog(qtbot, document, again)
    assert dialog.replace_box.isVisible()
    dialog.replace_box.setChecked(True)
    dialog.import_button.click()
    assert counts(document.journey) == {("Buy", "Pay"): 1, ("Buy", "Ship"): 0}
    assert len(document.journey.imports) == 1


def test_file_imports_lists_the_imports_and_removes_one_as_one_undo_step(qtbot, document, tmp_path):
    from journeycanvas.app.imports_dialog import ImportsDialog

    later = write_csv(tmp_path / "april.csv", [["Buy", "Pay", 1, "failed"]])
    journey, _, _ = importer.import_sheet(later, base=document.journey)
    document.journey = journey
    dialog = ImportsDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        "march.csv",
        "april.csv",
    ]
    assert [table.item(r, 4).text() for r in range(table.rowCount())] == ["3", "1"]
    assert not dialog.remove_button.isEnabled()
    table.selectRow(0)
    dialog.remove_button.click()
    assert counts(document.journey) == {("Buy", "Pay"): 1, ("Buy", "Ship"): 0}
    assert [r.source for r in document.journey.imports] == ["april.csv"]
    assert table.rowCount() == 1
    # The Ship card has no answers left, so its computed curve point goes with them.
    assert len(document.journey.emotion_points) == 1
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert counts(document.journey) == {("Buy", "Pay"): 3, ("Buy", "Ship"): 1}
    assert table.rowCount() == 2


def test_the_file_menu_has_imports(qtbot, tmp_path):
    from journeycanvas.app.main_window import MainWindow
    from journeycanvas.canvas.model import Journey

    window = MainWindow(Journey(title="t"))
    qtbot.addWidget(window)
    action = window.findChild(type(window.import_controller.action), "showImports")
    assert action in window.menu_file.actions()
    dialog = window.import_controller.show_imports()
    assert dialog.table.rowCount() == 0


def test_the_waves_view_compares_touchpoints_wave_by_wave(qtbot, document, tmp_path):
    from journeycanvas.app.waves_dialog import WavesDialog

    later = write_csv(
        tmp_path / "april.csv", [*FIRST, ["Buy", "Pay", 1, "failed"], ["Buy", "Pay", 2, ""]]
    )
    journey, _, _ = importer.import_sheet(
        later, importer.ImportOptions(wave="April"), base=document.journey
    )
    document.journey = journey
    dialog = WavesDialog(document)
    qtbot.addWidget(dialog)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Stage", "Touchpoint", "march", "April", "Change", "p"]
    pay = [table.item(0, c).text() for c in range(table.columnCount())]
    # march: 2 and 4 on 1-5 -> −1 and +1, mean 0; April: 1 and 2 -> −2 and −1, mean −1.5.
    assert pay[:5] == ["Buy", "Pay", "+0.00 (2)", "-1.50 (2)", "▼ −1.5"]
    assert 0.05 < float(pay[5]) < 1
    ship = [table.item(1, c).text() for c in range(table.columnCount())]
    assert ship[2:5] == ["+2.00 (1)", "—", ""]


def test_the_segment_column_is_detected_and_can_be_changed(qtbot, document, tmp_path):
    sheet = tmp_path / "people.csv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(
            [["客户类型", "Stage", "Touchpoint", "Score (1-5)"], ["企业", "Buy", "Pay", 1]]
        )
    dialog = open_dialog(qtbot, document, sheet)
    assert dialog.segment_box.currentText() == "A (客户类型)"
    assert "Segments from the column A (客户类型)" in dialog.summary.text()
    box = dialog.segment_box
    box.setCurrentIndex(box.findData(importer.NO_SEGMENT))
    box.activated.emit(box.currentIndex())
    assert "Segments from" not in dialog.summary.text()
    dialog.import_button.click()
    assert all(not e.segment for c in document.journey.cards for e in c.evidence)


def test_the_waves_view_draws_a_curve_per_wave_over_the_stages(qtbot, document, tmp_path):
    """Issue 14's Waves view compares the curve wave by wave: one data curve per wave,
    each at that wave's means, told apart by look and named in a legend."""
    from PySide6.QtGui import QColor

    from journeycanvas.app.waves_dialog import WavesDialog

    later = write_csv(tmp_path / "april.csv", [["Buy", "Pay", 1, "failed"], ["Buy", "Pay", 2, ""]])
    journey, _, _ = importer.import_sheet(
        later, importer.ImportOptions(wave="April"), base=document.journey
    )
    document.journey = journey
    dialog = WavesDialog(document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    lay = dialog.chart.layout_
    assert lay is not None
    (band,) = lay.curves
    drawn = band.traces
    names = [t.look.name for t in drawn]
    assert names == ["march", "April"]
    assert [e.look.name for e in lay.legend] == ["march", "April"]
    march, april = drawn
    assert (march.look.color, march.look.line) != (april.look.color, april.look.line)
    assert march.look.marker != april.look.marker and march.look.data and april.look.data
    by_curve: dict[str, list[float]] = {}
    for p in band.points:
        by_curve.setdefault(p.curve_id, []).append(p.score)
    # march: Pay 0 (2 and 4), Ship +2; April: Pay −1.5, Ship unanswered (no point).
    assert by_curve[march.look.curve_id] == [0.0, 2.0]
    assert by_curve[april.look.curve_id] == [-1.5]
    # Both curves reach the screen in their own colours.
    image = dialog.chart.grab().toImage()
    seen = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }

    def near(color: str) -> bool:
        want = QColor(color)
        return any(
            abs(QColor(c).red() - want.red()) + abs(QColor(c).green() - want.green())
            + abs(QColor(c).blue() - want.blue()) < 30
            for c in seen
        )  # fmt: skip

    assert near(march.look.color) and near(april.look.color)
    # The document's own curves are untouched: the wave curves are never saved.
    assert not any(c.name == "April" for c in document.journey.curves)
