"""Where a new window goes: a little below and right of the one it came from, on screen.

A plain offset from a large (or maximised-size) window put File > New's window
partly off the screen, its title bar or its right edge out of reach. The new
window keeps the old one's size where the screen has room, and cascades back to
the screen's top left corner when the offset would leave it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: How far each new window is moved from the one it came from.
CASCADE = QPoint(30, 30)


def place_near(window: QWidget, near: QWidget) -> None:
    """Size and move ``window`` next to ``near``, wholly inside near's screen."""
    screen = near.screen() or QGuiApplication.primaryScreen()
    room: QRect = screen.availableGeometry() if screen is not None else QRect()
    frame = near.frameGeometry()
    extra = QSize(frame.width() - near.width(), frame.height() - near.height())
    size = QSize(near.size())
    if room.isValid():
        size = size.boundedTo(
            QSize(room.width() - extra.width() - CASCADE.x(), room.height() - extra.height())
        )
    window.resize(size)
    at = frame.topLeft() + CASCADE
    if room.isValid():
        outer = QSize(size.width() + extra.width(), size.height() + extra.height())
        if at.x() + outer.width() > room.right() + 1:
            at.setX(room.left())
        if at.y() + outer.height() > room.bottom() + 1:
            at.setY(room.top())
        at.setX(max(room.left(), at.x()))
        at.setY(max(room.top(), at.y()))
    window.move(at)
