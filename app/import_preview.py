"""The import dialog's preview: the first rows of the sheet, with each column's role.

Row 0 holds a role box per column (changeable in place), row 1 the touchpoint a
survey question goes to (chosen from the journey's touchpoints, or typed) — and,
for a free-text question, where its words go: with every score of the
respondent, or to one touchpoint. The sheet's first rows follow, header rows
shaded. The widget only shows and reports choices; the dialog decides what they mean.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem

from journeycanvas.io.importers.answers import text_of
from journeycanvas.io.importers.mapping import FREE_TEXT, LONG, Mapping
from journeycanvas.io.importers.wide_layout import TextTarget

#: Sheet rows shown under the role boxes.
PREVIEW_ROWS = 40
TARGET_SEPARATOR = " / "


class ImportPreview(QTableWidget):
    #: (column index, role) when the user picks a role
    roleChosen = Signal(int, str)
    #: (column index, stage, touchpoint) when the user sends a question elsewhere
    targetChosen = Signal(int, str, str)
    #: (column index, (stage, touchpoint) or None) when the user sends a free-text column's
    #: words to one touchpoint, or with every score of the respondent (None)
    textTargetChosen = Signal(int, object)
    #: a channel question's answers are the channel of (stage, touchpoint; "" = the stage)
    channelTargetChosen = Signal(int, str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.role_boxes: dict[int, QComboBox] = {}
        self.target_boxes: dict[int, QComboBox] = {}
        self.text_boxes: dict[int, QComboBox] = {}
        self.channel_boxes: dict[int, QComboBox] = {}

    def role_names(self) -> dict[str, str]:
        return {
            "stage": self.tr("Stage"),
            "step": self.tr("Step"),
            "touchpoint": self.tr("Touchpoint"),
            "touchpoint_no": self.tr("Touchpoint no."),
            "channel": self.tr("Channel"),
            "score": self.tr("Score"),
            "comment": self.tr("Comment"),
            "respondent": self.tr("Respondent"),
            "question": self.tr("Question (survey)"),
            "ignore": self.tr("Not imported"),
        }

    def show_mapping(
        self,
        mapping: Mapping,
        targets: dict[int, tuple[str, str]],
        known_targets: list[tuple[str, str]],
        texts: dict[int, TextTarget] | None = None,
        channels: dict[int, tuple[str, str]] | None = None,
    ) -> None:
        """Fill the table for a mapping (called again after every change)."""
        table = mapping.table
        columns = mapping.header.columns
        rows = table.head(mapping.header.data_start + PREVIEW_ROWS)
        self.clear()
        self.role_boxes.clear()
        self.target_boxes.clear()
        self.text_boxes.clear()
        self.channel_boxes.clear()
        self.setColumnCount(len(columns))
        self.setRowCount(2 + len(rows))
        self.setHorizontalHeaderLabels([c.letter for c in columns])
        labels = [self.tr("Role"), self.tr("Goes to")]
        labels += [str(table.first_row + i) for i in range(len(rows))]
        self.setVerticalHeaderLabels(labels)
        names = self.role_names()
        for col in columns:
            self._role_box(col.index, mapping.roles.get(col.index, "ignore"), names, mapping)
            if col.index in targets and mapping.layout != LONG:
                self._target_box(col.index, targets[col.index], known_targets)
            elif mapping.layout == LONG:
                self._row_says(col.index, mapping.roles.get(col.index, "ignore"))
        if texts and mapping.layout != LONG:
            places = list(dict.fromkeys([*targets.values(), *known_targets]))
            for index, target in texts.items():
                self._text_box(index, target, places)
        if channels and mapping.layout != LONG:
            places = list(dict.fromkeys([*targets.values(), *known_targets]))
            for index, where in channels.items():
                self._channel_box(index, where, places)
        shade = QBrush(QColor("#e8eef7"))
        bold = QFont(self.font())
        bold.setBold(True)
        header_rows = set(mapping.header.rows)
        for i, row in enumerate(rows):
            for j in range(len(columns)):
                value = row[j] if j < len(row) else None
                item = QTableWidgetItem(text_of(value))
                if i in header_rows:
                    item.setBackground(shade)
                    item.setFont(bold)
                elif mapping.roles.get(j) == "ignore":
                    item.setForeground(QBrush(QColor("#8a8a8a")))
                self.setItem(2 + i, j, item)
        self.resizeColumnsToContents()
        for j in range(len(columns)):
            # Columns left out stay narrow, so the ones that import are in view.
            widest = 260 if mapping.roles.get(j) != "ignore" else 120
            self.setColumnWidth(j, max(110, min(self.columnWidth(j), widest)))

    def _role_box(self, index: int, role: str, names: dict[str, str], mapping: Mapping) -> None:
        box = QComboBox()
        box.setObjectName(f"role_{index}")
        for key, name in names.items():
            box.addItem(name, key)
        box.setCurrentIndex(box.findData(role))
        how = mapping.how.get(index, "")
        tips = {
            "header": self.tr("Recognised from the header"),
            "values": self.tr("Recognised from the answers"),
            "metadata": self.tr("Survey metadata (dates, IP addresses, durations): never a score"),
            FREE_TEXT: self.tr("A free-text question, recognised from its id, words or answers"),
            "you": self.tr("Chosen by you"),
        }
        box.setToolTip(tips.get(how, ""))
        box.activated.connect(lambda _i, b=box, k=index: self.roleChosen.emit(k, b.currentData()))
        self.setCellWidget(0, index, box)
        self.role_boxes[index] = box

    def _row_says(self, index: int, role: str) -> None:
        """One row per answer: each row names its own stage and touchpoint, so the
        "Goes to" row says so for each column instead of staying empty."""
        texts = {
            "stage": self.tr("The stage of each row"),
            "touchpoint": self.tr("The touchpoint of each row"),
            "channel": self.tr("That touchpoint's channel"),
            "score": self.tr("The row's stage and touchpoint"),
            "comment": self.tr("The row's stage and touchpoint"),
            "respondent": self.tr("Counts who answered"),
        }
        item = QTableWidgetItem(texts.get(role, "—"))
        item.setForeground(QBrush(QColor("#5f6b7a")))
        self.setItem(1, index, item)

    def _target_box(
        self, index: int, target: tuple[str, str], known: list[tuple[str, str]]
    ) -> None:
        box = QComboBox()
        box.setObjectName(f"target_{index}")
        box.setEditable(True)
        choices = list(dict.fromkeys([target, *known]))
        for stage, point in choices:
            box.addItem(f"{stage}{TARGET_SEPARATOR}{point}", (stage, point))
        box.setCurrentIndex(0)
        box.setToolTip(self.tr("The stage and touchpoint this question's answers go to"))

        def chosen(_text: str = "", b: QComboBox = box, k: int = index) -> None:
            stage, sep, point = b.currentText().partition("/")
            if sep and stage.strip() and point.strip():
                self.targetChosen.emit(k, stage.strip(), point.strip())

        box.activated.connect(chosen)
        if box.lineEdit() is not None:
            box.lineEdit().editingFinished.connect(chosen)
        self.setCellWidget(1, index, box)
        self.target_boxes[index] = box

    def _channel_box(
        self, index: int, where: tuple[str, str], places: list[tuple[str, str]]
    ) -> None:
        """Which scores a channel question's answer is the channel of: a stage's or one
        touchpoint's."""
        box = QComboBox()
        box.setObjectName(f"channel_{index}")
        stages = list(dict.fromkeys([where[0], *(stage for stage, _p in places)]))
        choices = [(stage, "") for stage in stages]
        choices += [p for p in dict.fromkeys([*([where] if where[1] else []), *places])]
        for stage, point in choices:
            text = (
                self.tr("Channel of every score at %1").replace("%1", stage)
                if not point
                else self.tr("Channel of %1").replace("%1", f"{stage}{TARGET_SEPARATOR}{point}")
            )
            box.addItem(text, (stage, point))
        box.setCurrentIndex(choices.index(where))
        box.setToolTip(self.tr("Whose scores this question's answer is the channel of"))
        box.activated.connect(
            lambda _i, b=box, k=index: self.channelTargetChosen.emit(k, *b.currentData())
        )
        self.setCellWidget(1, index, box)
        self.channel_boxes[index] = box

    def _text_box(self, index: int, target: TextTarget, places: list[tuple[str, str]]) -> None:
        """Where a free-text column's words go: every score of the respondent, or one place."""
        box = QComboBox()
        box.setObjectName(f"text_{index}")
        box.addItem(self.tr("With every score of the respondent"), None)
        choices = list(dict.fromkeys([*([target] if target else []), *places]))
        for stage, point in choices:
            box.addItem(
                self.tr("Only %1").replace("%1", f"{stage}{TARGET_SEPARATOR}{point}"),
                (stage, point),
            )
        box.setCurrentIndex(0 if target is None else 1 + choices.index(target))
        box.setToolTip(self.tr("Where the respondents' words in this column go"))
        box.activated.connect(
            lambda _i, b=box, k=index: self.textTargetChosen.emit(k, b.currentData())
        )
        self.setCellWidget(1, index, box)
        self.text_boxes[index] = box
