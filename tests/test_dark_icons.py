"""Toolbar icons stay readable in the dark palette, disabled ones included."""

from __future__ import annotations

import pytest
from gestures import editor_fixture
from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from journeycanvas.app import palette

editor = editor_fixture()


@pytest.fixture
def dark():
    palette.apply("dark")
    yield
    palette.apply("")


def ink_lightness(icon: QIcon, mode: QIcon.Mode) -> float:
    """Mean lightness of the icon's visible pixels, as a toolbar draws it."""
    image = icon.pixmap(QSize(24, 24), mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    total = weight = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            total += c.lightness() * c.alpha()
            weight += c.alpha()
    assert weight > 0, "the icon draws nothing"
    return total / weight


def window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_disabled_and_enabled_toolbar_icons_stand_out_on_a_dark_window(editor, qtbot, dark):
    w = editor()
    actions = w.edit_actions
    assert not actions.undo.isEnabled() and not actions.redo.isEnabled()
    bg = window_lightness()
    assert bg < 80  # the dark palette is in force
    for action in (actions.undo, actions.redo, actions.delete, actions.add_stage):
        disabled = ink_lightness(action.icon(), QIcon.Mode.Disabled)
        normal = ink_lightness(action.icon(), QIcon.Mode.Normal)
        name = action.objectName()
        # Greyed, yet well clear of the window: at least as visible as disabled text.
        assert disabled - bg > 45, name
        # Enabled icons are clearly brighter than disabled ones (or bright already).
        assert normal - bg > 80, name
        assert normal >= disabled - 5, name


def test_icons_follow_a_live_switch_between_light_and_dark(editor, qtbot):
    w = editor()
    undo_icon = w.edit_actions.undo.icon()
    palette.apply("light")
    try:
        light = ink_lightness(undo_icon, QIcon.Mode.Normal)
        palette.apply("dark")
        dark = ink_lightness(undo_icon, QIcon.Mode.Normal)
    finally:
        palette.apply("")
    assert dark > light + 60  # the same icon object, drawn for the palette now in use


def _pixels(icon: QIcon) -> bytes:
    image = icon.pixmap(QSize(24, 24)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(image.constBits())


def test_each_editing_button_has_its_own_icon(editor, qtbot):
    """Add Card, Add Stage and Add Lane once shared one plus, and Delete, Cut,
    Copy, Paste and Duplicate shared a blank page where the desktop has no theme."""
    actions = editor().edit_actions
    buttons = {
        "add card": actions.add_card,
        "add stage": actions.add_stage,
        "add lane": actions.add_lane_menu.menuAction(),
        "delete": actions.delete,
        "cut": actions.cut,
        "copy": actions.copy,
        "paste": actions.paste,
        "duplicate": actions.duplicate,
        "card colour": actions.card_color,
    }
    seen: dict[bytes, str] = {}
    for name, action in buttons.items():
        pixels = _pixels(action.icon())
        assert any(pixels[3::4]), f"{name} draws nothing"
        assert pixels not in seen, f"{name} looks like {seen.get(pixels)}"
        seen[pixels] = name
