"""A file refused at start (double-clicked, i.e. `journeycanvas FILE`) is explained in a dialog."""

from __future__ import annotations

import json
import time

import pytest
from conftest import make_journey
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from journeycanvas.app import main, recovery, windows
from journeycanvas.io import journey_file


def _close_next_message_box(timeout_s: float = 10.0) -> list[str]:
    """Close the next message box once it shows; returns its title and text."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.windowTitle()}|{box.text()}")
            box.button(QMessageBox.StandardButton.Ok).click()
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _newer(path):
    data = json.loads(journey_file.dumps(make_journey()))
    data["schema_version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")


def _broken(path):
    path.write_text('{"schema_version": 1, "title": "cut off', encoding="utf-8")


@pytest.mark.parametrize("spoil", [_newer, _broken], ids=["newer format", "broken JSON"])
def test_a_refused_file_at_start_shows_the_sentence_in_a_dialog(
    qtbot, tmp_path, monkeypatch, capsys, spoil
):
    folder = tmp_path / "recovery"  # nothing to recover: only the refusal is shown
    folder.mkdir()
    monkeypatch.setattr(recovery, "recovery_dir", lambda: folder)
    path = tmp_path / "map.journey"
    spoil(path)
    with pytest.raises(journey_file.JourneyFileError) as refused:
        journey_file.load(path)
    sentence = str(refused.value)
    before = windows.windows()
    seen = _close_next_message_box()
    opened = main.open_start_windows(path)
    assert seen == [f"Cannot open the journey|{sentence}"]
    assert opened == [] and windows.windows() == before  # nothing half-opened
    assert sentence in capsys.readouterr().err  # still on stderr for a terminal
