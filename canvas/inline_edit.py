"""Typing text in place, over a card, a stage header or a lane header.

A text item sits over the thing being edited; what is typed becomes ONE undo
step when the editor commits (Ctrl+Enter, Enter for one-line names, or focus
moving away). Esc cancels and nothing changes. The editor never touches the
model itself: it hands the final text to a callback that pushes a command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from journeycanvas.canvas import style
from journeycanvas.canvas.painting import qcolor, ui_font

_PAD = 4.0


class InlineEditor(QGraphicsTextItem):
    Z = 100

    def __init__(
        self,
        rect: QRectF,
        text: str,
        on_commit: Callable[[str], None],
        multiline: bool = True,
        size: float = style.METRICS.card_title_size,
    ) -> None:
        super().__init__()
        self.on_commit = on_commit
        self.multiline = multiline
        self.original = text
        self.done = False
        self.setZValue(self.Z)
        # The bundled fonts as the map uses them: Latin letters in the Latin font.
        self.setFont(ui_font(max(8, round(size))))
        self.setDefaultTextColor(qcolor(style.INK))
        self.setPlainText(text)
        self.setTextWidth(max(40.0, rect.width() - 2 * _PAD))
        self.setPos(rect.x() + _PAD, rect.y() + _PAD)
        self._min_height = rect.height() - 2 * _PAD
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)

    def begin(self) -> None:
        """Take the keyboard, with all the text selected so typing replaces it."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    # --- ending -------------------------------------------------------------------

    def commit(self) -> None:
        if self.done:
            return
        self.done = True
        text = self.toPlainText()
        if not self.multiline:
            text = " ".join(text.split("\n"))
        self._close()
        if text != self.original:
            self.on_commit(text)

    def cancel(self) -> None:
        if self.done:
            return
        self.done = True
        self._close()

    def _close(self) -> None:
        self.setVisible(False)
        scene = self.scene()
        if scene is not None:
            # Removing an item inside its own event handler is unsafe: do it next turn.
            QTimer.singleShot(0, scene, lambda: self.scene() and self.scene().removeItem(self))
            views = scene.views()
            if views:
                views[0].setFocus()

    # --- keys and focus -------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if ctrl or not (self.multiline and shift):
                # Enter alone commits a name; a card takes Shift+Enter for a new line.
                self.commit()
                event.accept()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()

    # --- drawing: an opaque note over what it edits -----------------------------------

    def boundingRect(self) -> QRectF:
        r = super().boundingRect()
        r.setHeight(max(r.height(), self._min_height))
        return r.adjusted(-_PAD, -_PAD, _PAD, _PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QPen(qcolor("#1E88E5"), 1.5))
        painter.setBrush(qcolor("#FFFFFF"))
        painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 3, 3)
        # Drop the focus frame Qt would draw: the blue border already says "editing".
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, option, widget)
