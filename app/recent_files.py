"""File > Open Recent: the list kept in the settings, and the menu that shows it.

The list is shared by every window (it lives in QSettings), so the menu rebuilds
itself each time it is about to show instead of being told about changes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from journeycanvas.app import settings


def recent_files() -> list[Path]:
    """Most recent first; files that have since disappeared are left out."""
    return [Path(p) for p in settings.RECENT_FILES.get() if Path(p).is_file()]


def add_recent(path: Path) -> None:
    key = _key(path)
    kept = [p for p in settings.RECENT_FILES.get() if _key(Path(p)) != key]
    settings.RECENT_FILES.set([str(Path(path).resolve()), *kept][: settings.MAX_RECENT])


def clear_recent() -> None:
    settings.RECENT_FILES.set([])


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


class RecentFilesMenu(QMenu):
    """Calls ``open_file(path)`` when the user picks an entry."""

    def __init__(self, open_file: Callable[[Path], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file
        self.setObjectName("recentMenu")
        self.aboutToShow.connect(self.rebuild)
        self.retranslate()
        self.rebuild()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Open &Recent"))

    def rebuild(self) -> None:
        self.clear()
        files = recent_files()
        for number, path in enumerate(files, start=1):
            label = f"&{number} {path.name}" if number < 10 else path.name
            action = self.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_file(p))
        if not files:
            empty = self.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear Menu"))
        clear.setObjectName("clearRecent")
        clear.setEnabled(bool(files))
        clear.triggered.connect(clear_recent)
