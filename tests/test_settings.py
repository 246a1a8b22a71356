"""Settings persist between runs: typed values, window layout, autosave interval, language."""

from __future__ import annotations

import pytest
from conftest import make_journey, show_and_activate
from PySide6.QtCore import QSettings

from journeycanvas.app import settings, windows
from journeycanvas.app.autosave import DELAY_ENV, Autosaver
from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas.document import JourneyDocument


@pytest.fixture(autouse=True)
def clean_settings():
    settings.store().clear()
    yield
    settings.store().clear()


def test_values_come_back_with_their_types_even_from_an_ini_file(tmp_path):
    ini = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert settings.AUTOSAVE_SECONDS.get(ini) == 60  # the default
    settings.AUTOSAVE_SECONDS.set(90, ini)
    settings.RECENT_FILES.set(["/only/one.journey"], ini)
    reread = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert settings.AUTOSAVE_SECONDS.get(reread) == 90
    assert settings.RECENT_FILES.get(reread) == ["/only/one.journey"]  # not a bare string
    reread.setValue(settings.AUTOSAVE_SECONDS.key, "not a number")
    assert settings.AUTOSAVE_SECONDS.get(reread) == 60


def test_autosave_interval_setting_is_used(qtbot, monkeypatch, tmp_path):
    monkeypatch.delenv(DELAY_ENV, raising=False)
    settings.AUTOSAVE_SECONDS.set(120)
    saver = Autosaver(JourneyDocument(make_journey()), folder=tmp_path)
    assert saver._periodic.interval() == 120_000


def test_window_size_and_dock_layout_are_restored_in_the_next_window(qtbot):
    first = MainWindow(make_journey())
    show_and_activate(qtbot, first)
    first.resize(640, 480)
    first.persona.hide()
    first.close()
    assert windows.windows() == []
    second = MainWindow(make_journey())
    try:
        show_and_activate(qtbot, second)
        assert (second.width(), second.height()) == (640, 480)
        assert second.persona.isHidden() and not second.inspector.isHidden()
    finally:
        second.close()
        first.deleteLater()
        second.deleteLater()
