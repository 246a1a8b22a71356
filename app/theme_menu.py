"""View > Theme: the colours the journey is drawn in, on screen and on its posters.

The theme is the journey's own (``Journey.theme``, saved in the file), so a map
made for a greyscale office printer stays greyscale for whoever opens it next;
choosing one is an undoable edit. The Export dialog can still print one poster
in another theme without changing the journey.

The client's name and logo sit here too: they dress the map for whom it is
made, drawn at the right of the title block and named in the posters' footer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox

from journeycanvas.app.persona_dock import PhotoError, photo_data_uri
from journeycanvas.canvas import commands, edits, themes

# The longest side a client's logo is stored at, in pixels (sharp at A1 width 160 pt).
LOGO_SIDE = 600


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
        self.addSeparator()
        self.act_client_name = self.addAction("", self.ask_client_name)
        self.act_client_name.setObjectName("clientName")
        self.act_client_logo = self.addAction("", self.ask_client_logo)
        self.act_client_logo.setObjectName("clientLogo")
        self.act_remove_logo = self.addAction("", lambda: self.set_client_logo(None))
        self.act_remove_logo.setObjectName("removeClientLogo")
        self.document.changed.connect(self.sync)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Theme"))
        for key, name in theme_names().items():
            self.actions_[key].setText(name)
        self.act_client_name.setText(self.tr("Client Name…"))
        self.act_client_logo.setText(self.tr("Client Logo…"))
        self.act_remove_logo.setText(self.tr("Remove Client Logo"))
        self.sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync(self) -> None:
        current = themes.theme(self.document.journey.theme).key
        for key, action in self.actions_.items():
            action.setChecked(key == current)
        self.act_remove_logo.setEnabled(self.document.journey.client_logo is not None)

    def choose(self, key: str) -> None:
        name = theme_names()[key]
        commands.apply(
            self.document,
            lambda: self.tr("Use theme “%1”").replace("%1", name),
            lambda j: edits.update_journey(j, theme=key),
        )
        self.sync()

    # --- the client ------------------------------------------------------------

    def ask_client_name(self) -> None:
        name, ok = QInputDialog.getText(
            self.parentWidget(),
            self.tr("Client Name"),
            self.tr("The client's name, shown on the map and its posters:"),
            text=self.document.journey.client_name,
        )
        if ok:
            self.set_client_name(name)

    def set_client_name(self, name: str) -> None:
        """One undo step; an unchanged name makes none."""
        name = name.strip()
        commands.apply(
            self.document,
            lambda: self.tr("Set client name"),
            lambda j: edits.update_journey(j, client_name=name),
        )

    def ask_client_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parentWidget(),
            self.tr("Choose the Client's Logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )
        if path:
            self.set_client_logo_from(Path(path))

    def set_client_logo_from(self, path: Path) -> bool:
        """The logo file, shrunk to LOGO_SIDE and kept in the journey: one undo step."""
        try:
            uri = photo_data_uri(path, LOGO_SIDE)
        except PhotoError as exc:
            QMessageBox.warning(self.parentWidget(), self.tr("Cannot use this logo"), str(exc))
            return False
        self.set_client_logo(uri)
        return True

    def set_client_logo(self, uri: str | None) -> None:
        commands.apply(
            self.document,
            lambda: self.tr("Change client logo") if uri else self.tr("Remove client logo"),
            lambda j: edits.update_journey(j, client_logo=uri),
        )


def install_theme_menu(window: QMainWindow) -> ThemeMenu:
    menu = ThemeMenu(window)
    view_menu = getattr(window, "menu_view", None)
    if view_menu is not None:
        view_menu.addMenu(menu)
    window.theme_menu = menu
    return menu
