"""View > Theme: the colours the journey is drawn in, on screen and on its posters.

The theme is the journey's own (``Journey.theme``, saved in the file), so a map
made for a greyscale office printer stays greyscale for whoever opens it next;
choosing one is an undoable edit. The Export dialog can still print one poster
in another theme without changing the journey.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from journeycanvas.canvas import commands, edits, themes


def theme_names() -> dict[str, str]:
    """Each theme's name in the interface's language, by key."""
    return {
        "classic": QCoreApplication.translate("ThemeMenu", "Classic"),
        "harbour": QCoreApplication.translate("ThemeMenu", "Harbour"),
        "greyscale": QCoreApplication.translate(
            "ThemeMenu", "Greyscale (for black-and-white printing)"
        ),
    }


class ThemeMenu(QMenu):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("themeMenu")
        self.document = window.document
        self.group = QActionGroup(self)
        self.actions_: dict[str, QAction] = {}
        for key in themes.THEMES:
            action = QAction(self, checkable=True, objectName=f"theme_{key}")
            action.triggered.connect(lambda _=False, k=key: self.choose(k))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_[key] = action
        self.document.changed.connect(self.sync)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Theme"))
        for key, name in theme_names().items():
            self.actions_[key].setText(name)
        self.sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync(self) -> None:
        current = themes.theme(self.document.journey.theme).key
        for key, action in self.actions_.items():
            action.setChecked(key == current)

    def choose(self, key: str) -> None:
        name = theme_names()[key]
        commands.apply(
            self.document,
            lambda: self.tr("Use theme “%1”").replace("%1", name),
            lambda j: edits.update_journey(j, theme=key),
        )
        self.sync()


def install_theme_menu(window: QMainWindow) -> ThemeMenu:
    menu = ThemeMenu(window)
    view_menu = getattr(window, "menu_view", None)
    if view_menu is not None:
        view_menu.addMenu(menu)
    window.theme_menu = menu
    return menu
