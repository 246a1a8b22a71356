"""Right-click menus on the canvas, made of the window's own editing actions.

Each menu lists the actions of the Edit and Insert menus that apply to what was
clicked — a card, a stage or lane header, an empty cell, an emotion point — so
there is one implementation of every edit, and the menus speak the current
language because the actions do. The canvas decides what a click is on and
selects it first (``canvas.interactions.context``); this module only chooses
the actions and shows the menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QMenu

from journeycanvas.canvas.interactions.context import (
    ContextTarget,
    select_for_menu,
    target_at,
    target_of_selection,
)

if TYPE_CHECKING:
    from journeycanvas.app.edit_actions import EditActions

_SEPARATOR = None


def _is_menu_key(event: QKeyEvent) -> bool:
    """The Menu key, or Shift+F10 (the same on keyboards without one)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Menu:
        return mods == Qt.KeyboardModifier.NoModifier
    return event.key() == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier


class CanvasContextMenus(QObject):
    """Opens the context menu of whatever is right-clicked on the map (or the
    selection, for the keyboard's Menu key)."""

    def __init__(self, actions: EditActions) -> None:
        super().__init__(actions)
        self.setObjectName("canvasContextMenus")
        self.actions = actions
        self.view = actions.view
        self.scene = actions.scene
        #: The menu shown last (kept so it is not collected while open; tests read it).
        self.menu: QMenu | None = None
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)
        # The keyboard's Menu key (and Shift+F10) reach the focused view, not the viewport.
        self.view.installEventFilter(self)

    def entries(self, kind: str) -> list[QAction | QMenu | None]:
        """The actions for one kind of target, in menu order; None is a separator."""
        a = self.actions
        return {
            "card": [
                a.edit_text,
                a.edit_body,
                a.duplicate,
                a.card_color,
                a.moment_of_truth,
                _SEPARATOR,
                a.cut,
                a.copy,
                a.paste,
                _SEPARATOR,
                a.delete,
            ],
            "stage": [
                a.rename_stage,
                a.stage_description,
                _SEPARATOR,
                a.add_stage_before,
                a.add_stage_after,
                a.add_step,
                _SEPARATOR,
                a.delete_stage,
            ],
            "step": [a.add_step, a.moment_of_truth, _SEPARATOR, a.delete_step],
            "link": [a.delete],
            "lane": [
                a.rename_lane,
                a.collapse_lane,
                a.add_lane_menu,
                _SEPARATOR,
                a.delete_lane,
            ],
            "cell": [a.add_card, a.paste],
            "point": [a.delete_point],
            "none": [a.paste, a.select_all],
        }[kind]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the viewport's own object is compared: while the window is torn down
        # the view may already be gone when the viewport sees its last events.
        if event.type() == QEvent.Type.ContextMenu and (
            watched is self._viewport or watched is self.view
        ):
            self.open(event)
            return True
        if event.type() == QEvent.Type.KeyPress and watched is self.view and _is_menu_key(event):
            if self.scene.editing():
                return False
            target = target_of_selection(self.scene)
            self.show_menu(target, self._global(target))
            return True
        return False

    def open(self, event: QContextMenuEvent) -> QMenu:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            target = target_at(self.scene, self.view.mapToScene(event.pos()))
            select_for_menu(self.scene, target)  # also done on the right press
            at = event.globalPos()
        else:
            target = target_of_selection(self.scene)
            at = self._global(target)
        return self.show_menu(target, at)

    def show_menu(self, target: ContextTarget, at: QPoint) -> QMenu:
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        menu = QMenu(self.view)
        menu.setObjectName(f"{target.kind}ContextMenu")
        for entry in self.entries(target.kind):
            if entry is _SEPARATOR:
                menu.addSeparator()
            elif isinstance(entry, QMenu):
                menu.addMenu(entry)
            else:
                menu.addAction(entry)
        self.menu = menu
        menu.popup(at)
        return menu

    def _global(self, target: ContextTarget) -> QPoint:
        viewport = self.view.viewport()
        if target.kind == "none":
            return viewport.mapToGlobal(viewport.rect().center())
        return viewport.mapToGlobal(self.view.mapFromScene(target.anchor))
