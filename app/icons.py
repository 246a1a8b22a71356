"""Icons for actions: the desktop's own theme where it has one, Qt's standard set otherwise.

Linux desktops provide freedesktop icon themes (``QIcon.fromTheme``); Windows,
macOS and bare X servers often do not, so each name falls back to a QStyle
standard pixmap and, for the few that have none (zoom), to a small line drawing
in the palette's text colour, so every toolbar button has an icon on every
platform and all of them follow the same light/dark palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from journeycanvas.resources import resource_path

SP = QStyle.StandardPixmap

_STANDARD: dict[str, QStyle.StandardPixmap] = {
    "document-new": SP.SP_FileIcon,
    "document-open": SP.SP_DialogOpenButton,
    "document-open-recent": SP.SP_DirOpenIcon,
    "document-save": SP.SP_DialogSaveButton,
    "document-save-as": SP.SP_DialogSaveButton,
    "window-close": SP.SP_DialogCloseButton,
    "application-exit": SP.SP_DialogCloseButton,
    "help-about": SP.SP_MessageBoxInformation,
    "document-properties": SP.SP_FileDialogDetailedView,
    "system-users": SP.SP_DirHomeIcon,
    "edit-undo": SP.SP_ArrowBack,
    "edit-redo": SP.SP_ArrowForward,
    "folder-open": SP.SP_DirOpenIcon,
}

_DRAWN = {"zoom-in", "zoom-out", "zoom-fit-best", "zoom-original", "list-add", "list-remove"}


def icon(name: str) -> QIcon:
    """The icon for a freedesktop icon name, never null."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    if name in _DRAWN:
        return _drawn(name)
    style = QApplication.style()
    return style.standardIcon(_STANDARD.get(name, SP.SP_FileIcon))


@cache
def app_icon() -> QIcon:
    """The application's own icon (SVG drawn for this project, with PNG sizes for old shells)."""
    result = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        result.addFile(str(resource_path("icons", f"journeycanvas-{size}.png")))
    return result


def _drawn(name: str) -> QIcon:
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(_draw(name, size))
    return result


def _draw(name: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    ink = QApplication.palette().windowText().color()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24.0, size / 24.0)
    pen = QPen(QColor(ink), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    if name in ("list-add", "list-remove"):
        painter.drawLine(QPointF(5, 12), QPointF(19, 12))
        if name == "list-add":
            painter.drawLine(QPointF(12, 5), QPointF(12, 19))
    elif name == "zoom-fit-best":
        for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            cx, cy = 12 - sx * 8, 12 - sy * 8
            painter.drawLine(QPointF(cx, cy), QPointF(cx + sx * 5, cy))
            painter.drawLine(QPointF(cx, cy), QPointF(cx, cy + sy * 5))
        painter.drawRect(QRectF(8, 8, 8, 8))
    else:
        painter.drawEllipse(QRectF(3, 3, 13, 13))
        painter.drawLine(QPointF(14.5, 14.5), QPointF(21, 21))
        if name == "zoom-original":  # a "1" inside the lens: 100 %
            painter.drawLine(QPointF(10, 6), QPointF(10, 13))
            painter.drawLine(QPointF(8, 8), QPointF(10, 6))
        else:
            painter.drawLine(QPointF(6.5, 9.5), QPointF(12.5, 9.5))
        if name == "zoom-in":
            painter.drawLine(QPointF(9.5, 6.5), QPointF(9.5, 12.5))
    painter.end()
    return pixmap
