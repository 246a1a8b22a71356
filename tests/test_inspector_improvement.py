"""The Inspector makes an opportunity an improvement and edits it, one undo step per change."""

from __future__ import annotations

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas.model import ImprovementStatus

OPP = "c-s1-opportunities-0"
PAIN = "c-s0-pain_points-0"


@pytest.fixture
def window(qtbot):
    w = MainWindow(make_journey())
    show_and_activate(qtbot, w)
    w.scene.clearSelection()
    w.scene.cards[OPP].setSelected(True)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def _imp(window):
    return window.document.journey.card(OPP).improvement


def test_scoring_an_improvement_shows_its_priority_on_card_and_inspector(window, qtbot):
    ed = window.inspector.improvement_editor
    stack = window.document.undo_stack
    assert ed.isVisible() and not ed.status.isVisible()
    qtbot.mouseClick(ed.enable, Qt.MouseButton.LeftButton, pos=ed.enable.rect().center())
    assert _imp(window) is not None and stack.count() == 1
    assert ed.status.isVisible()

    # Type the values into the spin boxes as a user would; each field is one step.
    for spin, text in ((ed.customer, "80"), (ed.business, "60"), (ed.effort, "2")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin.lineEdit(), text)
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    imp = _imp(window)
    assert (imp.customer_value, imp.business_value, imp.effort) == (80.0, 60.0, 2.0)
    assert stack.count() == 4, [stack.text(i) for i in range(stack.count())]
    assert ed.priority.text().startswith("35")  # (80 + 60) / 2 / 2, worked by hand
    assert "÷ effort" in ed.priority.text()

    ed.status.setCurrentIndex(ed.status.findData("in_progress"))
    ed.status.activated.emit(ed.status.currentIndex())
    assert _imp(window).status == ImprovementStatus.IN_PROGRESS and stack.count() == 5
    texts = " ".join(r.text for r in window.scene.cards[OPP].layout.texts)
    assert "进行中 · 优先级 35" in texts  # the sample journey is Chinese

    pain = next(
        ed.pains.item(i)
        for i in range(ed.pains.count())
        if ed.pains.item(i).data(Qt.ItemDataRole.UserRole) == PAIN
    )
    pain.setCheckState(Qt.CheckState.Checked)
    assert _imp(window).pains == [PAIN] and stack.count() == 6

    for _ in range(6):
        stack.undo()
    assert _imp(window) is None
    assert not ed.status.isVisible()


def test_a_pain_card_has_no_improvement_fields(window):
    window.scene.clearSelection()
    window.scene.cards[PAIN].setSelected(True)
    assert not window.inspector.improvement_editor.isVisible()


def test_an_ab_test_typed_into_the_table_shows_its_result(window, qtbot):
    ed = window.inspector.improvement_editor
    qtbot.mouseClick(ed.enable, Qt.MouseButton.LeftButton, pos=ed.enable.rect().center())
    table = ed.variants.table
    # The new rows are laid out on the next event loop turn: wait for a clickable button.
    qtbot.waitUntil(lambda: ed.variants.add_button.height() > 0)

    def type_cell(row: int, col: int, text: str) -> None:
        table.setCurrentCell(row, col)
        table.editItem(table.item(row, col))
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(5)  # the list reports once the cell editor has committed

    for name, visitors, conversions in (("A", "1000", "100"), ("B", "1,000", "130")):
        qtbot.mouseClick(ed.variants.add_button, Qt.MouseButton.LeftButton)
        row = table.rowCount() - 1
        qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(5)
        type_cell(row, 1, visitors)
        type_cell(row, 2, conversions)
    qtbot.waitUntil(
        lambda: _imp(window).experiment is not None and len(_imp(window).experiment.variants) == 2
    )
    qtbot.waitUntil(lambda: _imp(window).experiment.variants[1].conversions == 130)
    b = _imp(window).experiment.variants[1]
    assert (b.name, b.visitors, b.conversions) == ("B", 1000, 130)
    # Hand-computed in test_experiments: lift +30 %, z 2.10, p 0.0355.
    assert "B: lift +30.0%, z 2.10, p 0.0355" in ed.ab_result.text()
    texts = " ".join(r.text for r in window.scene.cards[OPP].layout.texts)
    assert "B 13.0% (+30% *)" in texts


def test_a_metric_card_tracks_a_kpi_typed_in_the_inspector(window, qtbot):
    metric = "c-s1-metrics-0"
    window.scene.clearSelection()
    window.scene.cards[metric].setSelected(True)
    ed = window.inspector.kpi_editor
    stack = window.document.undo_stack
    assert ed.isVisible() and not window.inspector.improvement_editor.isVisible()
    qtbot.waitUntil(lambda: ed.enable.height() > 0)  # laid out on the next loop turn
    # On the box itself: a check box wider than its text is not hit at its centre.
    qtbot.mouseClick(ed.enable, Qt.MouseButton.LeftButton, pos=QPoint(8, ed.enable.height() // 2))
    qtbot.waitUntil(lambda: ed.measurements.add_button.height() > 0)
    ed.target.setFocus()
    qtbot.keyClicks(ed.target, "70")
    qtbot.keyClick(ed.target, Qt.Key.Key_Return)
    assert stack.count() == 2  # enable, then the target typed as one step
    table = ed.measurements.table
    for date, value in (("2024-01-31", "58"), ("2024-02-29", "66")):
        qtbot.mouseClick(ed.measurements.add_button, Qt.MouseButton.LeftButton)
        row = table.rowCount() - 1
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, date)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(5)
        table.setCurrentCell(row, 1)
        table.editItem(table.item(row, 1))
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: len(window.document.journey.card(metric).kpi.measurements) == 2)
    kpi = window.document.journey.card(metric).kpi
    assert kpi.target == 70 and [m.value for m in kpi.measurements] == [58, 66]
    texts = " ".join(r.text for r in window.scene.cards[metric].layout.texts)
    assert "▁█ 66 · 目标 70 · 未达标" in texts
    assert "未达标" not in ed.status.text() and "off track" in ed.status.text()


def test_an_ab_test_by_mean_scores_is_compared_by_welch(window, qtbot):
    ed = window.inspector.improvement_editor
    qtbot.mouseClick(ed.enable, Qt.MouseButton.LeftButton, pos=ed.enable.rect().center())
    qtbot.waitUntil(lambda: ed.measure.height() > 0)
    # Choose "Mean scores" from the list as a user does: the means table replaces counts.
    ed.measure.setFocus()
    qtbot.keyClick(ed.measure, Qt.Key.Key_Down)
    ed.measure.activated.emit(ed.measure.currentIndex())
    assert _imp(window).experiment.measure == "mean"
    qtbot.waitUntil(lambda: ed.mean_variants.isVisible() and not ed.variants.isVisible())
    table = ed.mean_variants.table

    def type_cell(row: int, col: int, text: str) -> None:
        table.setCurrentCell(row, col)
        table.editItem(table.item(row, col))
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(5)

    qtbot.waitUntil(lambda: ed.mean_variants.add_button.height() > 0)
    for name, cells in (("A", {1: "3.6", 2: "1.0", 3: "50"}), ("B", {4: "4, 5, 3, 4, 5, 4"})):
        qtbot.mouseClick(ed.mean_variants.add_button, Qt.MouseButton.LeftButton)
        row = table.rowCount() - 1
        qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
        editor = QApplication.focusWidget()
        qtbot.keyClicks(editor, name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(5)
        for col, text in cells.items():
            type_cell(row, col, text)
    qtbot.waitUntil(
        lambda: len(_imp(window).experiment.variants) == 2
        and _imp(window).experiment.variants[1].scores == [4, 5, 3, 4, 5, 4]
    )
    a = _imp(window).experiment.variants[0]
    assert (a.mean, a.sd, a.n) == (3.6, 1.0, 50)
    # B: mean 25/6 = 4.1667, variance ((1/6)² · 3 + (5/6)² · 2 + (7/6)²) / 5 = 0.56667, n 6;
    # se = sqrt(1/50 + 0.56667/6) = 0.338296; t = 0.56667 / 0.338296 = 1.6751.
    assert "B: difference +0.57, lift +15.7%, Welch t 1.68" in ed.ab_result.text()
    texts = " ".join(r.text for r in window.scene.cards[OPP].layout.texts)
    assert "A 3.60 · B 4.17 (+16%)" in texts


def test_ticking_the_evidence_it_answers_links_the_touchpoint(window, qtbot):
    from journeycanvas.canvas.before_after import linked_touchpoints

    ed = window.inspector.improvement_editor
    stack = window.document.undo_stack
    qtbot.mouseClick(ed.enable, Qt.MouseButton.LeftButton, pos=ed.enable.rect().center())
    qtbot.waitUntil(lambda: ed.evidence.isVisible() and ed.evidence.count() > 0)
    touchpoint = window.document.journey.card("c-s1-touchpoints-0")
    # Only the evidence of its own stage is offered: the one quote on stage 1's touchpoint.
    assert [ed.evidence.item(i).text() for i in range(ed.evidence.count())] == [
        f"{touchpoint.title}: “太慢了” (-1.0)"
    ]
    item = ed.evidence.item(0)
    rect = ed.evidence.visualItemRect(item)
    box = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(ed.evidence.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert _imp(window).evidence == [touchpoint.evidence[0].id]
    assert stack.count() == 2 and stack.undoText() == "Link evidence"
    journey = window.document.journey
    assert [c.id for c in linked_touchpoints(journey, journey.card(OPP))] == [touchpoint.id]
