"""An improvement that names KPIs shows each one's change: before → after, better or worse.

Figures are worked out by hand from the e-commerce sample's checkout KPI (monthly:
58, 57, 59, 63, 66, 68 % from January to June 2024, higher is better, baseline 58).
"""

from __future__ import annotations

import pytest
from conftest import show_and_activate
from PySide6.QtCore import QPoint, Qt

from journeycanvas.app import windows
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas import improvements, kpis
from journeycanvas.canvas.before_after import kpi_changes
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import ImprovementStatus, Kpi, KpiDirection, Measurement
from journeycanvas.io import journey_file
from journeycanvas.resources import template_path

OPP = "card-ec-pu-opp-1"  # done on 2024-04-22
KPI = "card-ec-pu-met-1"


def _sample(lang="zh"):
    journey = journey_file.load(template_path(f"sample-ecommerce-{lang}"))
    return improvements.update_improvement(journey, OPP, kpis=[])


def test_a_done_improvement_compares_the_kpi_around_its_done_date():
    journey = improvements.update_improvement(_sample(), OPP, kpis=[KPI])
    (found,) = kpi_changes(journey, journey.card(OPP))
    # Last before 2024-04-22 is March's 59; the latest since is June's 68: +9, better.
    assert (found.change.before, found.change.after) == (59, 68)
    assert found.change.good is True
    assert found.mark("zh") == "结算转化 59% → 68% ▲ 改善"
    # The card's lines joined without their wrap points (the line may wrap anywhere).
    texts = "".join(r.text for r in compute_layout(journey).card(OPP).texts).replace(" ", "")
    assert "结算转化59%→68%▲改善" in texts


def test_before_it_is_done_the_change_runs_from_the_baseline_and_lower_can_be_better():
    journey = improvements.update_improvement(
        _sample("en"), OPP, kpis=[KPI], status=ImprovementStatus.IN_PROGRESS
    )
    (found,) = kpi_changes(journey, journey.card(OPP))
    assert (found.change.before, found.change.after) == (58, 68)  # baseline → latest
    wait = Kpi(
        unit=" s",
        direction=KpiDirection.LOWER,
        measurements=[
            Measurement(date="2024-01-31", value=40),
            Measurement(date="2024-03-31", value=52),
        ],
    )
    change = kpis.change_around(wait, "2024-02-15")
    assert change.good is False and change.mark("en") == "40 s → 52 s ▲ worse"
    assert kpis.change_around(wait, "2024-04-01").mark("en") == ""  # nothing measured since


@pytest.fixture
def window(qtbot):
    w = MainWindow(_sample("en"))
    show_and_activate(qtbot, w)
    w.scene.clearSelection()
    w.scene.cards[OPP].setSelected(True)
    yield w
    for other in windows.windows():
        other.document.undo_stack.setClean()
        other.close()
        other.deleteLater()


def test_ticking_a_kpi_in_the_inspector_is_one_step_and_shows_its_change(window, qtbot):
    ed = window.inspector.improvement_editor
    assert ed.kpis.isVisible()
    titles = [ed.kpis.item(i).text() for i in range(ed.kpis.count())]
    assert titles == ["Checkout conversion"]  # only metric cards that track a KPI
    assert "Tick the KPIs" in ed.kpi_change.text()
    item = ed.kpis.item(0)
    rect = ed.kpis.visualItemRect(item)
    # Click the check box at the item's left edge, as a user does.
    box = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(ed.kpis.viewport(), Qt.MouseButton.LeftButton, pos=box)
    stack = window.document.undo_stack
    assert window.document.journey.card(OPP).improvement.kpis == [KPI]
    assert stack.count() == 1 and stack.undoText() == "Link KPIs"
    assert ed.kpi_change.text() == "Checkout conversion: 59% → 68% (better, higher is better)"
    texts = " ".join(r.text for r in window.scene.cards[OPP].layout.texts)
    assert "Checkout conversion 59% → 68% ▲ better" in texts
    stack.undo()
    assert window.document.journey.card(OPP).improvement.kpis == []
