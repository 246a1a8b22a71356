"""The open editor windows: one document each, several at once.

File > New and File > Open make another window through here, a file that is
already open is brought to the front instead of being opened twice, and Quit
asks each window in turn (stopping at the first Cancel). Windows are kept in a
plain list so Python keeps them alive while they are open.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journeycanvas.app.main_window import MainWindow
    from journeycanvas.canvas.model import Journey

_open: list[MainWindow] = []


def register(window: MainWindow) -> None:
    if window not in _open:
        _open.append(window)


def unregister(window: MainWindow) -> None:
    if window in _open:
        _open.remove(window)


def windows() -> list[MainWindow]:
    return list(_open)


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normcase(str(a.resolve())) == os.path.normcase(str(b.resolve()))


def window_for(path: Path) -> MainWindow | None:
    """The window that already shows this file, if any."""
    for window in _open:
        if window.document.path is not None and _same(window.document.path, Path(path)):
            return window
    return None


def new_window(journey: Journey, path: Path | None = None, near: MainWindow | None = None):
    """Open another window on a journey, a little offset from ``near``, and show it."""
    from journeycanvas.app.main_window import MainWindow

    window = MainWindow(journey, path)
    if near is not None:
        from journeycanvas.app.placement import place_near

        place_near(window, near)  # offset from near, but on the screen
    window.show()
    if near is not None:
        # Shown, the window may have grown to what its docks first asked for (the
        # Curves dock made that likely on a busy machine): bound it again.
        place_near(window, near)
    window.raise_()
    window.activateWindow()
    return window


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def close_all() -> bool:
    """Close every window, asking about unsaved changes; False if the user cancelled one."""
    return all(window.close() for window in list(_open))
