"""Help > Keyboard Shortcuts: every action of the window with its keys, and the mouse gestures.

Read from the actions themselves, so the list can never disagree with what the
keys really do, and shown in the platform's own notation (⌘ on macOS).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app.key_bindings import bind, is_rare_key


def action_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(action text, its shortcuts) for every action of the window that has keys."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        # Sun keyboards' Undo, Copy, Paste… (F14–F20) stay bound but are not listed.
        keys = [k for k in action.shortcuts() if not is_rare_key(k)]
        text = action.text().replace("&", "").rstrip("…").strip()
        if not keys or not text or text in seen:
            continue
        seen.add(text)
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((text, native))
    return sorted(rows, key=lambda r: r[0].lower())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        gestures = [
            (self.tr("Zoom to the cursor"), self.tr("Ctrl+Wheel")),
            (self.tr("Pan"), self.tr("Middle-drag, or Space+drag")),
            (self.tr("Add a card"), self.tr("Double-click an empty place in a cell")),
            (self.tr("Edit a card, stage or lane name"), self.tr("Double-click it")),
            (self.tr("Add an emotion point"), self.tr("Double-click in the emotion lane")),
            (self.tr("Select several"), self.tr("Ctrl+click, Shift+click or drag a rectangle")),
            (self.tr("Finish typing"), self.tr("Enter or Ctrl+Enter (Shift+Enter: new line)")),
            (self.tr("Cancel typing or a drag"), self.tr("Esc")),
        ]
        rows = action_shortcuts(window) + gestures
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (text, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def rows(self) -> list[tuple[str, str]]:
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]


class _ShortcutsHelp(QAction):
    """The Help menu entry; retitles itself when the language changes."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("keyboardShortcuts")
        bind(self, QKeySequence.StandardKey.HelpContents)
        self.triggered.connect(lambda: ShortcutsDialog(window).exec())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("&Keyboard Shortcuts"))


def install_shortcuts_help(window: QMainWindow) -> QAction:
    action = _ShortcutsHelp(window)
    window.addAction(action)
    menu: QMenu | None = getattr(window, "menu_help", None)
    if menu is None:
        menu = window.menuBar().addMenu(window.tr("&Help"))
    menu.insertAction(menu.actions()[0] if menu.actions() else None, action)
    window.act_shortcuts = action
    return action
