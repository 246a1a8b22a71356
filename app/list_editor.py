"""A small editable list (one or more columns) with Add and Remove buttons.

Used by the docks for persona goals, needs and pains, a card's evidence quotes
and its metrics. It never changes the model: it reports the whole new list
through ``edited`` after each user action, and the dock turns that into one
undoable command. Each row may carry a key (an evidence id, say) so that a
removed row takes its own data with it instead of shifting its neighbours'.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app.icons import icon

KEY_ROLE = Qt.ItemDataRole.UserRole
Row = tuple[object, list[str]]  # (key or None, the cells' texts)


class ListEditor(QWidget):
    #: The user changed the list; the argument is the whole list of rows.
    edited = Signal(list)

    def __init__(
        self, columns: int = 1, parent: QWidget | None = None, read_only: Sequence[int] = ()
    ) -> None:
        super().__init__(parent)
        #: columns shown but not typed into (where a row came from)
        self.read_only = frozenset(read_only)
        self.table = QTableWidget(0, columns)
        self.table.setObjectName("listTable")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setVisible(columns > 1)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(70)
        # Tab leaves the table for the next field (arrows still move between cells):
        # a keyboard user was trapped in the evidence table otherwise.
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(icon("list-add"), "")
        self.add_button.setObjectName("addButton")
        self.remove_button = QPushButton(icon("list-remove"), "")
        self.remove_button.setObjectName("removeButton")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))

    def set_headers(self, headers: Sequence[str]) -> None:
        self.table.setHorizontalHeaderLabels(list(headers))

    # --- model -> widget -------------------------------------------------------------

    def rows(self) -> list[Row]:
        out: list[Row] = []
        for r in range(self.table.rowCount()):
            first = self.table.item(r, 0)
            cells = [self._text(r, c) for c in range(self.table.columnCount())]
            out.append((first.data(KEY_ROLE) if first else None, cells))
        return out

    def values(self) -> list[str]:
        """The first column's texts: the list itself for one-column editors."""
        return [cells[0] for _key, cells in self.rows()]

    def set_rows(self, rows: Sequence[Row]) -> None:
        rows = [(key, [str(c) for c in cells]) for key, cells in rows]
        if rows == self.rows() or self.table.state() == QAbstractItemView.State.EditingState:
            return
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(rows))
            for r, (key, cells) in enumerate(rows):
                for c in range(self.table.columnCount()):
                    item = QTableWidgetItem(cells[c] if c < len(cells) else "")
                    if c == 0:
                        item.setData(KEY_ROLE, key)
                    if c in self.read_only:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        item.setToolTip(item.text())
                    self.table.setItem(r, c, item)
            self.table.resizeRowsToContents()
        finally:
            self.table.blockSignals(False)
        self._update_buttons()

    def set_values(self, values: Sequence[str]) -> None:
        self.set_rows([(None, [v]) for v in values])

    # --- user actions -> edited ---------------------------------------------------------

    def add_row(self) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c in range(self.table.columnCount()):
            self.table.setItem(row, c, QTableWidgetItem(""))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))
        # The row becomes part of the model once it has text (see _on_item_changed).

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._emit()

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        # Report after the cell editor has finished committing: the model's answer
        # may rebuild the rows, which must not happen under the open editor.
        QTimer.singleShot(0, self._emit)

    def _emit(self) -> None:
        self._update_buttons()
        self.edited.emit([(key, cells) for key, cells in self.rows() if any(cells)])

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
