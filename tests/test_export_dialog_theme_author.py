"""The Export dialog: a theme for this poster (the journey's own by default) and an
author typed once and remembered, never the login name."""

from __future__ import annotations

import pytest
from conftest import make_journey
from pypdf import PdfReader
from PySide6.QtCore import Qt

from journeycanvas.app.export_dialog import REMEMBERED, ExportDialog


@pytest.fixture(autouse=True)
def _forget_choices():
    for setting in REMEMBERED.values():
        setting.reset()
    yield
    for setting in REMEMBERED.values():
        setting.reset()


@pytest.fixture
def make_dialog(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(ExportDialog, "ask_open_folder", lambda self, out: False)

    def make(journey=None):
        d = ExportDialog(journey or make_journey(), tmp_path / "shop.journey")
        qtbot.addWidget(d)
        d.show()
        return d

    return make


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_theme_starts_as_the_journeys_and_another_one_draws_the_poster(make_dialog):
    journey = make_journey()
    journey.theme = "harbour"
    dialog = make_dialog(journey)
    assert dialog.theme.currentData() == "harbour"
    _choose(dialog.format, "pdf")
    _choose(dialog.theme, "greyscale")
    assert dialog.options().theme == "greyscale"
    # The preview is redrawn in the chosen colours.
    assert all(lane.header.fill[1:3] == lane.header.fill[3:5] for lane in dialog.layout_.lanes)
    _choose(dialog.format, "xlsx")
    assert not dialog.theme.isEnabled() and dialog.options().theme is None
    assert journey.theme == "harbour"  # the journey itself is not changed


def test_author_is_typed_remembered_and_written_never_the_login_name(make_dialog, qtbot):
    dialog = make_dialog()
    assert dialog.author.text() == ""  # empty until typed: never the login name
    assert dialog.options().author == ""
    _choose(dialog.format, "pdf")
    dialog.author.setText("Hemu Design Studio")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert PdfReader(dialog.exported).metadata.author == "Hemu Design Studio"
    again = make_dialog()
    assert again.author.text() == "Hemu Design Studio"  # a setting, typed once
    _choose(again.format, "png")
    assert not again.author.isEnabled() and again.options().author == ""
