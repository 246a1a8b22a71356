"""File > Imports…: the spreadsheets imported into this journey, and removing one.

Each import is a survey wave: the list shows its source, sheet, wave, date and how
many answers it added. Removing one takes out exactly what it contributed (its
evidence, and the curve follows) as one undo step; cards stay, since the user may
have written on them.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from journeycanvas.canvas import commands
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.io.importers import aggregate


class ImportsDialog(QDialog):
    def __init__(self, document: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importsDialog")
        self.document = document
        self.table = QTableWidget(0, 6, objectName="importsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.remove_button = QPushButton(objectName="removeImport")
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Imports"))
        self.remove_button.setText(self.tr("Remove Import"))
        self.resize(820, 320)
        document.changed.connect(self.refresh)  # an undo brings a removed import back
        self.refresh()

    def refresh(self) -> None:
        journey = self.document.journey
        answers = Counter(chain.from_iterable(c.evidence.import_ids for c in journey.cards))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Sheet"),
                self.tr("Wave"),
                self.tr("Date"),
                self.tr("Answers"),
                self.tr("Rows already there"),
            ]
        )
        self.table.setRowCount(len(journey.imports))
        for row, record in enumerate(journey.imports):
            date = record.wave_date or record.imported_at[:10]
            cells = [
                record.source,
                record.sheet,
                record.wave or record.source,
                date,
                f"{answers.get(record.id, 0):,}",
                f"{record.skipped:,}",
            ]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def remove_selected(self) -> None:
        """Remove the chosen import and all it contributed, as one undo step."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.document.journey.imports[rows[0].row()]
        ident, name = record.id, record.source
        commands.apply(
            self.document,
            lambda: QCoreApplication.translate("ImportsDialog", "Remove Import %1").replace(
                "%1", name
            ),
            lambda j: aggregate.remove_imports(j, {ident}),
        )
