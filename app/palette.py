"""Light and dark palettes, and the colour around the map that goes with each.

By default the application follows the system (Windows, macOS and GNOME/KDE all
have a dark mode Qt reports). View > Appearance can force light or dark; then
the Fusion style is used, the one Qt style that draws every palette colour
faithfully on all three platforms. The map itself stays a white poster in both,
because it is what gets printed; only the desk it lies on darkens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("", "light", "dark")  # "" follows the system

_system_style: str | None = None
_system_palette: QPalette | None = None

LIGHT_DESK = "#E9ECEE"
DARK_DESK = "#2A2E33"


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2D3136",
        role.WindowText: "#E8EAED",
        role.Base: "#202327",
        role.AlternateBase: "#2A2E33",
        role.ToolTipBase: "#3A3F45",
        role.ToolTipText: "#F1F3F4",
        role.PlaceholderText: "#9AA0A6",
        role.Text: "#E8EAED",
        role.Button: "#353A40",
        role.ButtonText: "#E8EAED",
        role.BrightText: "#FF8A80",
        role.Light: "#4A5057",
        role.Midlight: "#40454B",
        role.Mid: "#30343A",
        role.Dark: "#1B1E21",
        role.Shadow: "#000000",
        role.Highlight: "#3D7BD9",
        role.HighlightedText: "#FFFFFF",
        role.Link: "#8AB4F8",
        role.LinkVisited: "#C58AF9",
    }
    for r, colour in colours.items():
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7D838A"))
    return p


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def apply(theme: str) -> None:
    """Use the system look ("") or force "light" or "dark"."""
    global _system_style, _system_palette
    app = QApplication.instance()
    if _system_style is None:
        _system_style = app.style().name()
        _system_palette = QPalette(app.palette())
    if theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(light_palette())
    else:
        app.setStyle(_system_style)
        app.setPalette(_system_palette)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if window.lightness() != text.lightness():
        return window.lightness() < text.lightness()
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def desk_colour(palette: QPalette | None = None) -> QColor:
    """What the canvas shows around the white map."""
    return QColor(DARK_DESK if is_dark(palette) else LIGHT_DESK)
