"""A failed Save keeps the older backup; stale temp files of killed saves are swept up."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from conftest import make_journey
from PySide6.QtWidgets import QMessageBox

from journeycanvas.app.main_window import MainWindow
from journeycanvas.canvas import commands, edits
from journeycanvas.io import atomic, journey_file

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


@pytest.fixture
def window_on(qtbot):
    opened: list[MainWindow] = []

    def open_window(path: Path) -> MainWindow:
        window = MainWindow(journey_file.load(path), path)  # closed below, not by qtbot
        window.show()
        opened.append(window)
        return window

    yield open_window
    for window in opened:
        window.document.undo_stack.setClean()
        window.close()
        window.deleteLater()


class _DiskFullAt:
    """Writing past ``limit`` bytes fails with EFBIG, as on a full disk (soft limit only)."""

    def __init__(self, limit: int) -> None:
        import resource

        self.resource = resource
        self.limit = limit

    def __enter__(self) -> None:
        self.old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        self.old = self.resource.getrlimit(self.resource.RLIMIT_FSIZE)
        self.resource.setrlimit(self.resource.RLIMIT_FSIZE, (self.limit, self.old[1]))

    def __exit__(self, *exc) -> None:
        self.resource.setrlimit(self.resource.RLIMIT_FSIZE, self.old)
        signal.signal(signal.SIGXFSZ, self.old_handler)


@POSIX_ONLY
def test_a_save_onto_a_full_disk_keeps_the_older_backup(qtbot, tmp_path, window_on, monkeypatch):
    path = tmp_path / "map.journey"
    journey_file.save(edits.update_journey(make_journey(), title="version 1"), path)
    journey_file.save(edits.update_journey(make_journey(), title="version 2"), path)
    backup = atomic.backup_path(path)
    version_1, version_2 = backup.read_bytes(), path.read_bytes()
    window = window_on(path)
    big = "a long text " * 20_000  # far more than the disk has room for below
    commands.apply(window.document, "retitle", lambda j: edits.update_journey(j, title=big))
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    with _DiskFullAt(len(version_2) * 2):
        window.act_save.trigger()
    assert len(errors) == 1 and "it was not saved (file too large)" in errors[0]
    assert path.read_bytes() == version_2  # the file is as it was
    assert backup.read_bytes() == version_1  # and so is its older backup
    assert window.document.is_modified()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".journey-tmp")] == []

    window.act_save.trigger()  # room again: the backup moves on only now
    assert errors == [errors[0]]
    assert backup.read_bytes() == version_2
    assert journey_file.load(path).title == big


def _leave(path: Path, age_seconds: float) -> Path:
    path.write_bytes(b"half a journey")
    then = time.time() - age_seconds
    os.utime(path, (then, then))
    return path


def test_opening_and_saving_sweep_our_own_stale_temp_files_only(tmp_path, window_on):
    path = tmp_path / "map.journey"
    journey_file.save(make_journey(), path)
    stale = _leave(tmp_path / ".map.journey.0a1b2c3d.journey-tmp", 300)
    stale_backup = _leave(tmp_path / ".map.journey.bak.0a1b2c3e.journey-tmp", 300)
    kept = [
        _leave(tmp_path / ".map.journey.5e6f7a8b.journey-tmp", 0),  # a save running now
        _leave(tmp_path / ".other.journey.0a1b2c3d.journey-tmp", 300),  # another file's
        _leave(tmp_path / ".map.journey.notes.journey-tmp", 300),  # not named by us
    ]
    window = window_on(path)
    assert not stale.exists() and not stale_backup.exists()
    assert all(p.exists() for p in kept)

    again = _leave(tmp_path / ".map.journey.99999999.journey-tmp", 300)
    commands.apply(window.document, "retitle", lambda j: edits.update_journey(j, title="x"))
    window.act_save.trigger()
    assert not again.exists() and all(p.exists() for p in kept)
