"""Icons for actions: the desktop's own theme where it has one, Qt's standard set otherwise.

Linux desktops provide freedesktop icon themes (``QIcon.fromTheme``); Windows,
macOS and bare X servers often do not, so each name falls back to a QStyle
standard pixmap and, for the few that have none (zoom), to a small line drawing
in the palette's text colour, so every toolbar button has an icon on every
platform and all of them follow the same light/dark palette.

Every icon is drawn for the palette in use when it is painted (a small icon
engine), so switching View > Appearance at run time needs no new icons, and a
disabled icon stays readable on a dark toolbar: Qt's own disabled look maps
dark glyphs towards the window colour, which on a dark window makes them all
but vanish (the greyed Undo/Redo arrows did).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPalette, QPen, QPixmap
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
    "go-up": SP.SP_ArrowUp,
    "go-down": SP.SP_ArrowDown,
    "folder-open": SP.SP_DirOpenIcon,
}


def icon(name: str) -> QIcon:
    """The icon for a freedesktop icon name, never null, drawn for the current palette."""
    return QIcon(_PaletteIconEngine(name))


def _base_icon(name: str) -> QIcon | None:
    """The desktop theme's or the style's icon; None for the ones drawn here."""
    themed = QIcon.fromTheme(name)
    if not themed.isNull():
        return themed
    if name in _GLYPHS or name.startswith("zoom-"):  # drawn here (journey-* always)
        return None
    return QApplication.style().standardIcon(_STANDARD.get(name, SP.SP_FileIcon))


class _PaletteIconEngine(QIconEngine):
    """Looks the icon up (and draws the disabled look) when painted, for the palette
    of that moment; pixmaps are cached per palette, so painting stays cheap."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self.name)

    def key(self) -> str:
        return "journeycanvas-palette"

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return _pixmap(self.name, size.width(), size.height(), mode, state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        w, h = round(rect.width() * ratio), round(rect.height() * ratio)
        pm = _pixmap(self.name, w, h, mode, state)
        painter.drawPixmap(rect, pm)


_PIXMAPS: dict[tuple, QPixmap] = {}


def _palette_key(palette: QPalette) -> tuple:
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    return (
        palette.color(group.Active, role.WindowText).rgba(),
        palette.color(group.Disabled, role.WindowText).rgba(),
        palette.color(group.Active, role.Window).rgba(),
        QApplication.style().name(),
    )


def _pixmap(name: str, w: int, h: int, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
    palette = QApplication.palette()
    key = (name, w, h, mode, state, _palette_key(palette))
    hit = _PIXMAPS.get(key)
    if hit is not None:
        return hit
    disabled = mode == QIcon.Mode.Disabled
    base = _base_icon(name)
    if base is None:
        group = QPalette.ColorGroup.Disabled if disabled else QPalette.ColorGroup.Active
        pm = _draw(name, min(w, h), palette.color(group, QPalette.ColorRole.WindowText))
    elif not disabled:
        pm = base.pixmap(QSize(w, h), mode, state)
        if _is_dark(palette) and _mean_lightness(pm) < 96:
            # A black glyph (Fusion's arrows) on a dark toolbar: draw it in the text colour.
            pm = _tinted(pm, palette.color(QPalette.ColorRole.WindowText), 1.0)
    elif _is_dark(palette):
        pm = readable_disabled(base.pixmap(QSize(w, h), QIcon.Mode.Normal, state), palette)
    else:
        pm = base.pixmap(QSize(w, h), QIcon.Mode.Disabled, state)  # the style's own look
    if len(_PIXMAPS) > 512:
        _PIXMAPS.clear()
    _PIXMAPS[key] = pm
    return pm


def _is_dark(palette: QPalette) -> bool:
    role = QPalette.ColorRole
    return palette.color(role.Window).lightness() < palette.color(role.WindowText).lightness()


def readable_disabled(pixmap: QPixmap, palette: QPalette) -> QPixmap:
    """A disabled icon for a dark palette: the shape in the disabled text colour,
    at the contrast of disabled menu text, so it reads as the same icon, greyed."""
    ink = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _tinted(pixmap, ink, 0.9)


def _mean_lightness(pixmap: QPixmap) -> float:
    """The average lightness of the icon's visible pixels (255 when it has none)."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    total = weight = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            total += pixel.lightness() * pixel.alpha()
            weight += pixel.alpha()
    return total / weight if weight else 255.0


def _tinted(pixmap: QPixmap, ink: QColor, opacity: float) -> QPixmap:
    """The icon's shape in one colour; its own shading is kept, squeezed around it."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    base = ink.lightness()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            alpha = pixel.alpha()
            if not alpha:
                continue
            light = max(0, min(255, round(base + (pixel.lightness() - 128) * 0.25)))
            out = QColor.fromHsl(ink.hslHue(), ink.hslSaturation(), light, round(alpha * opacity))
            image.setPixelColor(x, y, out)
    result = QPixmap.fromImage(image)
    result.setDevicePixelRatio(pixmap.devicePixelRatio())
    return result


@cache
def app_icon() -> QIcon:
    """The application's own icon (SVG drawn for this project, with PNG sizes for old shells)."""
    result = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        result.addFile(str(resource_path("icons", f"journeycanvas-{size}.png")))
    return result


def _draw(name: str, size: int, ink: QColor) -> QPixmap:
    """A line drawing in the given colour (the palette's text colour, or its
    disabled text colour), for the icons no theme or style provides."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 24.0, size / 24.0)
    pen = QPen(QColor(ink), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    _GLYPHS.get(name, _draw_zoom)(painter, name, QColor(ink))
    painter.end()
    return pixmap


def _plus(painter: QPainter, cx: float, cy: float, r: float = 3.5) -> None:
    painter.drawLine(QPointF(cx - r, cy), QPointF(cx + r, cy))
    painter.drawLine(QPointF(cx, cy - r), QPointF(cx, cy + r))


def _draw_list(painter: QPainter, name: str, ink: QColor) -> None:
    painter.drawLine(QPointF(5, 12), QPointF(19, 12))
    if name == "list-add":
        painter.drawLine(QPointF(12, 5), QPointF(12, 19))


def _draw_zoom(painter: QPainter, name: str, ink: QColor) -> None:
    if name == "zoom-fit-best":
        for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            cx, cy = 12 - sx * 8, 12 - sy * 8
            painter.drawLine(QPointF(cx, cy), QPointF(cx + sx * 5, cy))
            painter.drawLine(QPointF(cx, cy), QPointF(cx, cy + sy * 5))
        painter.drawRect(QRectF(8, 8, 8, 8))
        return
    painter.drawEllipse(QRectF(3, 3, 13, 13))
    painter.drawLine(QPointF(14.5, 14.5), QPointF(21, 21))
    if name == "zoom-original":  # a "1" inside the lens: 100 %
        painter.drawLine(QPointF(10, 6), QPointF(10, 13))
        painter.drawLine(QPointF(8, 8), QPointF(10, 6))
    else:
        painter.drawLine(QPointF(6.5, 9.5), QPointF(12.5, 9.5))
    if name == "zoom-in":
        painter.drawLine(QPointF(9.5, 6.5), QPointF(9.5, 12.5))


def _draw_add(painter: QPainter, name: str, ink: QColor) -> None:
    """Add Card / Add Stage / Add Lane: what is added, with a plus, so the three
    toolbar buttons are told apart at a glance (one plus each looked alike)."""
    if name == "journey-add-card":
        painter.drawRoundedRect(QRectF(2, 6, 14, 10), 2, 2)
        painter.drawLine(QPointF(5, 10), QPointF(12, 10))
        _plus(painter, 19, 18)
    elif name == "journey-add-stage":
        painter.drawRect(QRectF(3, 3, 9, 18))
        painter.fillRect(QRectF(3, 3, 9, 5), ink)
        _plus(painter, 18, 12)
    else:  # journey-add-lane
        painter.drawRect(QRectF(3, 3, 18, 9))
        painter.fillRect(QRectF(3, 3, 5, 9), ink)
        _plus(painter, 12, 18)


def _draw_edit(painter: QPainter, name: str, ink: QColor) -> None:
    """Cut, copy, paste, duplicate, delete and fill colour, for desktops with no icon theme."""
    if name == "edit-cut":
        painter.drawEllipse(QPointF(7, 18), 3, 3)
        painter.drawEllipse(QPointF(17, 18), 3, 3)
        painter.drawLine(QPointF(9, 15.5), QPointF(16, 3))
        painter.drawLine(QPointF(15, 15.5), QPointF(8, 3))
    elif name in ("edit-copy", "edit-duplicate"):
        painter.drawPolyline([QPointF(4, 15), QPointF(4, 3), QPointF(14, 3)])
        painter.drawRect(QRectF(8, 7, 12, 14))
        if name == "edit-duplicate":
            _plus(painter, 14, 14, 3)
    elif name == "edit-paste":
        painter.drawRect(QRectF(5, 5, 14, 16))
        painter.fillRect(QRectF(9, 2.5, 6, 4), ink)
        painter.drawLine(QPointF(9, 12), QPointF(15, 12))
        painter.drawLine(QPointF(9, 16), QPointF(15, 16))
    elif name == "edit-delete":
        painter.drawLine(QPointF(4, 6), QPointF(20, 6))
        painter.drawLine(QPointF(10, 3), QPointF(14, 3))
        painter.drawPolyline([QPointF(6, 6), QPointF(7.5, 21), QPointF(16.5, 21), QPointF(18, 6)])
        painter.drawLine(QPointF(10, 10), QPointF(10, 17))
        painter.drawLine(QPointF(14, 10), QPointF(14, 17))
    else:  # format-fill-color: a swatch
        painter.drawRoundedRect(QRectF(3, 3, 18, 18), 3, 3)
        half = QColor(ink)
        half.setAlphaF(ink.alphaF() * 0.55)
        painter.fillRect(QRectF(7, 7, 10, 10), half)


def _draw_history(painter: QPainter, name: str, ink: QColor) -> None:
    """Undo and Redo: a hooked arrow turning back (or forward), as editors draw them;
    the style's plain left and right arrows read as Back and Forward."""
    if name == "edit-redo":
        painter.translate(24, 0)
        painter.scale(-1, 1)
    painter.drawArc(QRectF(5, 7, 15, 13), -90 * 16, 180 * 16)  # right half of a loop
    painter.drawLine(QPointF(12.5, 20), QPointF(9, 20))
    painter.drawLine(QPointF(12.5, 7), QPointF(5, 7))
    painter.drawPolyline([QPointF(8.5, 3.5), QPointF(5, 7), QPointF(8.5, 10.5)])


def _draw_person(painter: QPainter, name: str, ink: QColor) -> None:
    """The persona: a head and shoulders (the style offered only a folder)."""
    painter.drawEllipse(QPointF(12, 8), 4, 4)
    painter.drawArc(QRectF(4, 14, 16, 14), 0, 180 * 16)


_GLYPHS = {
    "edit-undo": _draw_history,
    "edit-redo": _draw_history,
    "system-users": _draw_person,
    "list-add": _draw_list,
    "list-remove": _draw_list,
    "journey-add-card": _draw_add,
    "journey-add-stage": _draw_add,
    "journey-add-lane": _draw_add,
    "edit-cut": _draw_edit,
    "edit-copy": _draw_edit,
    "edit-duplicate": _draw_edit,
    "edit-paste": _draw_edit,
    "edit-delete": _draw_edit,
    "format-fill-color": _draw_edit,
}
