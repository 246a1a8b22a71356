"""The History dock: every undo step of the document, clickable (Qt's QUndoView).

Clicking a row undoes or redoes up to it; the first row is the document as it
was opened.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QUndoView, QWidget

from journeycanvas.canvas.document import JourneyDocument


class HistoryDock(QDockWidget):
    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDock")
        self.view = QUndoView(document.undo_stack, self)
        self.view.setObjectName("historyView")
        self.setWidget(self.view)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History"))
        self.toggleViewAction().setText(self.tr("&History"))
        self.view.setEmptyLabel(self.tr("<opened>"))
