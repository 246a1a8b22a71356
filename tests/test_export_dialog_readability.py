"""The Export dialog warns, with the figure, when the poster's text prints unreadably small."""

from __future__ import annotations

import sys
from pathlib import Path

from journeycanvas.app.export_dialog import REMEMBERED, ExportDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from make_big_journey import make_big_journey


def test_a_big_journey_on_a0_is_warned_about_and_splitting_cures_it(qtbot, tmp_path):
    for setting in REMEMBERED.values():
        setting.reset()
    d = ExportDialog(make_big_journey(stages=40, cards=1000), tmp_path / "big.journey")
    qtbot.addWidget(d)
    d.show()
    d.format.setCurrentIndex(d.format.findData("pdf"))
    d.paper.setCurrentIndex(d.paper.findData("A0"))
    assert "3.3 pt" in d.summary.text() and "split" in d.summary.text()
    d.split.setValue(10)
    assert d.options().split_stages == 10
    assert "pt" not in d.summary.text()
