"""Esc in a dock hands the keyboard back to the map.

Working without a mouse, a user who typed in the Inspector or the Persona dock
had no key to get back to the map; Esc (which the docks' fields do not use
themselves) now returns the focus to it. A table cell being edited keeps its
own Esc (cancel the cell), since the editor takes the key first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QWidget


class EscapeToMap(QObject):
    """Event filter on docks: an Esc that nothing inside took focuses ``target``."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("escapeToMap")
        self.target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False


def escape_to_map(docks: list[QDockWidget], target: QWidget) -> EscapeToMap:
    keeper = EscapeToMap(target)
    for dock in docks:
        dock.installEventFilter(keeper)
    return keeper
