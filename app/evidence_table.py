"""The Inspector's evidence table: a model/view table for a card's thousands of answers.

A touchpoint imported from a big survey holds 10,000 answers or more; a widget
item per cell (``QTableWidget``) took seconds to fill and scrolled in jerks. Here
the model reads each cell from the card's evidence only when the view paints it,
rows have one fixed height, and a proxy sorts and filters (by score, respondent,
wave or segment) without touching the model. Like ``ListEditor`` it never changes
the journey: every user action reports the whole new list of rows through
``edited``, and the dock turns that into one undoable command.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app.icons import icon
from journeycanvas.canvas.model import Evidence

Row = tuple[object, list[str]]  # (evidence id or None, the cells' texts), as ListEditor's
Index = QModelIndex | QPersistentModelIndex
# What sorting compares: the score as a number, every other column as its text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole

# The filter's choices: what a typed filter text is matched against.
FILTER_ALL, FILTER_SCORE, FILTER_RESPONDENT, FILTER_WAVE, FILTER_SEGMENT = range(5)
_COMPARE = re.compile(r"\s*(<=|>=|<|>|=)?\s*([-+−]?[0-9]+(?:[.,][0-9]*)?)\s*$")
_OPS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "=": lambda a, b: abs(a - b) < 1e-9,
}


class _Line:
    """One row: the evidence it shows (None for a row being added) and typed changes."""

    __slots__ = ("cells", "evidence")

    def __init__(self, evidence: Evidence | None, cells: list[str] | None = None) -> None:
        self.evidence = evidence
        self.cells = cells


class EvidenceModel(QAbstractTableModel):
    """The rows of one card's evidence; cells are made from the evidence when asked for."""

    # A cell was typed into; the dock is told once the editor has closed.
    typed = Signal()

    def __init__(
        self,
        cells_of: Callable[[Evidence], list[str]],
        columns: int,
        read_only: Sequence[int] = (),
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._cells_of = cells_of
        self._columns = columns
        self._read_only = frozenset(read_only)
        self._headers = [""] * columns
        self._lines: list[_Line] = []
        self._evidence: list[Evidence] = []
        # import id -> wave name, for the wave filter
        self.waves: dict[str, str] = {}

    # --- contents ------------------------------------------------------------------

    def set_evidence(self, evidence: Sequence[Evidence], waves: dict[str, str]) -> bool:
        """Show ``evidence``; False (and nothing done) if it is what is shown already."""
        if list(evidence) == self._evidence and waves == self.waves and self._all_shown():
            return False
        self.beginResetModel()
        self._evidence = list(evidence)
        self.waves = dict(waves)
        self._lines = [_Line(e) for e in self._evidence]
        self.endResetModel()
        return True

    def _all_shown(self) -> bool:
        return len(self._lines) == len(self._evidence) and all(
            line.cells is None for line in self._lines
        )

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self._columns - 1)

    def cells(self, row: int) -> list[str]:
        line = self._lines[row]
        if line.cells is not None:
            return line.cells
        assert line.evidence is not None
        return self._cells_of(line.evidence)

    def evidence_at(self, row: int) -> Evidence | None:
        return self._lines[row].evidence

    def rows(self) -> list[Row]:
        return [
            (line.evidence.id if line.evidence else None, self.cells(r))
            for r, line in enumerate(self._lines)
        ]

    def add_blank(self) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(_Line(None, [""] * self._columns))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()

    # --- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cells(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in self._read_only:
            return self.cells(row)[column]
        if role == SORT_ROLE:
            evidence = self._lines[row].evidence
            if column == self.score_column and evidence is not None:
                return -1e9 if evidence.score is None else evidence.score
            return self.cells(row)[column]
        if role == KEY_ROLE:
            evidence = self._lines[row].evidence
            return evidence.id if evidence else None
        return None

    # the column holding the −2…+2 score (sorted as a number)
    score_column = 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() not in self._read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, column = index.row(), index.column()
        text = str(value).strip()
        cells = list(self.cells(row))
        if cells[column] == text:
            return False
        cells[column] = text
        self._lines[row].cells = cells
        self.dataChanged.emit(index, index)
        self.typed.emit()
        return True


class EvidenceFilter(QSortFilterProxyModel):
    """Rows whose score, respondent, wave or segment match what the user typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._field = FILTER_ALL
        self._text = ""

    def set_filter(self, field: int, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 on; invalidateRowsFilter before
            self.beginFilterChange()
            self._field, self._text = field, text.strip()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._field, self._text = field, text.strip()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _parent: Index) -> bool:
        if not self._text:
            return True
        source = self.sourceModel()
        assert isinstance(source, EvidenceModel)
        evidence = source.evidence_at(source_row)
        if evidence is None:
            return True  # a row being added stays in view until it is typed
        needle = self._text.casefold()
        if self._field == FILTER_SCORE:
            return _score_matches(evidence.score, self._text)
        if self._field == FILTER_RESPONDENT:
            return needle in evidence.respondent.casefold()
        wave = source.waves.get(evidence.import_id, "")
        if self._field == FILTER_WAVE:
            return needle in wave.casefold()
        if self._field == FILTER_SEGMENT:
            return needle in evidence.segment.casefold()
        haystack = [*source.cells(source_row), wave, evidence.segment]
        return any(needle in cell.casefold() for cell in haystack)


def _score_matches(score: float | None, text: str) -> bool:
    """``-1``, ``=-1``, ``<0`` or ``>=1``: the score compared; other text never matches."""
    found = _COMPARE.match(text)
    if found is None or score is None:
        return False
    number = float(found.group(2).replace(",", ".").replace("−", "-"))
    return _OPS[found.group(1) or "="](score, number)


class EvidenceEditor(QWidget):
    """Sortable, filterable evidence rows with Add and Remove; ``edited`` after each change."""

    # The user changed the evidence; the argument is the whole list of rows.
    edited = Signal(list)

    def __init__(
        self,
        cells_of: Callable[[Evidence], list[str]],
        columns: int,
        read_only: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = EvidenceModel(cells_of, columns, read_only, self)
        self.proxy = EvidenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        # Tab leaves the table for the next field (arrows still move between cells),
        # as in every list editor: a keyboard user was trapped in it otherwise.
        self.table.setTabKeyNavigation(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        # One fixed row height: no row is measured, so 10,000 rows cost what the view shows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setResizeContentsPrecision(200)  # size columns by the first rows, not all
        self.table.setMinimumHeight(220)
        self.filter_field = QComboBox(objectName="evidenceFilterField")
        self.filter_edit = QLineEdit(objectName="evidenceFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(icon("list-add"), "")
        self.add_button.setObjectName("addButton")
        self.remove_button = QPushButton(icon("list-remove"), "")
        self.remove_button.setObjectName("removeButton")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_field.currentIndexChanged.connect(self._filter_changed)
        self.model.typed.connect(self._on_typed)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        search = QHBoxLayout()
        search.setContentsMargins(0, 0, 0, 0)
        search.addWidget(self.filter_field)
        search.addWidget(self.filter_edit, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(search)
        box.addWidget(self.table)
        box.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        choices = [
            self.tr("All columns"),
            self.tr("Score"),
            self.tr("Respondent"),
            self.tr("Wave"),
            self.tr("Segment"),
        ]
        current = max(0, self.filter_field.currentIndex())
        self.filter_field.blockSignals(True)
        self.filter_field.clear()
        self.filter_field.addItems(choices)
        self.filter_field.setCurrentIndex(current)
        self.filter_field.blockSignals(False)
        self.filter_edit.setPlaceholderText(self.tr("Filter, e.g. P12, or <0 for scores"))

    def set_headers(self, headers: Sequence[str]) -> None:
        self.model.set_headers(headers)

    # --- model -> widget -------------------------------------------------------------

    def set_evidence(self, evidence: Sequence[Evidence], waves: dict[str, str]) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        current = self._current_key()
        if self.model.set_evidence(evidence, waves) and current is not None:
            self._select_key(current)

    def rows(self) -> list[Row]:
        """Every row in the card's order (not the view's sort), typed changes included."""
        return self.model.rows()

    def values(self) -> list[str]:
        return [cells[0] for _key, cells in self.rows()]

    def source_index(self, row: int, column: int) -> QModelIndex:
        """The view's index of the model's ``row`` (in the card's order) and ``column``."""
        return self.proxy.mapFromSource(self.model.index(row, column))

    # --- user actions -> edited ---------------------------------------------------------

    def add_row(self) -> None:
        row = self.model.add_blank()
        index = self.source_index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.edit(index)
        # The row becomes part of the card once it has text (see _emit).

    def remove_row(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.model.remove(self.proxy.mapToSource(index).row())
        self._emit()

    def _on_typed(self) -> None:
        # Report after the cell editor has finished committing: the dock's answer
        # resets the rows, which must not happen under the open editor.
        QTimer.singleShot(0, self._emit)

    def _emit(self) -> None:
        self._update_buttons()
        self.edited.emit([(key, cells) for key, cells in self.rows() if any(cells)])

    def _filter_changed(self) -> None:
        self.proxy.set_filter(self.filter_field.currentIndex(), self.filter_edit.text())

    def _current_key(self) -> object:
        index = self.table.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def _select_key(self, key: object) -> None:
        for row in range(self.model.rowCount()):
            evidence = self.model.evidence_at(row)
            if evidence is not None and evidence.id == key:
                self.table.setCurrentIndex(self.source_index(row, 0))
                return

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.table.currentIndex().isValid())
