"""The Inspector's fields for the structure of a journey: a step, a card's span, moments.

A step (its header clicked, or walked to with the arrow keys) gets a page of its
own: name, width, moment of truth and a Delete button. A card gets two rows: how
many columns it spans (with their names) and whether it is a moment of truth.
The widgets only report what the user did through ``edited(field, value, merge)``;
the Inspector turns each report into one undo step, as for every other field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.canvas import spans
from journeycanvas.canvas.edits import MIN_STEP_WIDTH
from journeycanvas.canvas.model import MAX_STAGE_WIDTH, Card, Journey, Step


class StepFields(QWidget):
    """Name, width and moment of truth of one step, and a button that deletes it."""

    edited = Signal(str, object, bool)  # field, value, merge with the session's last step
    finished = Signal()  # a typing session ended
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        form = QFormLayout(self)
        self.heading = QLabel(objectName="stepHeading")
        self.name_edit = QLineEdit(objectName="stepNameEdit")
        self.width_spin = QDoubleSpinBox(objectName="stepWidthSpin")
        self.width_spin.setRange(MIN_STEP_WIDTH, MAX_STAGE_WIDTH)
        self.width_spin.setDecimals(0)
        self.width_spin.setSingleStep(10)
        self.width_spin.setKeyboardTracking(False)  # typed digits become one change
        self.moment_check = QCheckBox(objectName="stepMomentCheck")
        self.delete_button = QPushButton(objectName="deleteStepButton")
        self.labels = [QLabel() for _ in range(3)]
        form.addRow(self.heading)
        for label, widget in zip(
            self.labels, [self.name_edit, self.width_spin, self.moment_check], strict=True
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.delete_button)
        self.name_edit.textEdited.connect(lambda text: self._report("name", text, True))
        self.name_edit.editingFinished.connect(self.finished)
        self.width_spin.valueChanged.connect(lambda v: self._report("width", float(v), True))
        self.width_spin.editingFinished.connect(self.finished)
        self.moment_check.toggled.connect(lambda on: self._report("moment_of_truth", on, False))
        self.delete_button.clicked.connect(self.delete_requested)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(
            self.labels,
            [self.tr("&Step name"), self.tr("&Width (pt)"), self.tr("&Moment of truth")],
            strict=True,
        ):
            label.setText(text)
        self.moment_check.setText(self.tr("A moment that decides the journey"))
        self.delete_button.setText(self.tr("&Delete Step"))
        self.delete_button.setToolTip(self.tr("Its cards move to the step beside it"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_step(self, stage_name: str, step: Step, width: float) -> None:
        """Read one step into the fields (without reporting anything)."""
        self._loading = True
        try:
            self.heading.setText(self.tr("Step of “%1”").replace("%1", stage_name))
            if self.name_edit.text() != step.name:
                self.name_edit.setText(step.name)
            if not self.width_spin.hasFocus() or abs(self.width_spin.value() - width) > 0.5:
                self.width_spin.setValue(width)
            self.moment_check.setChecked(step.moment_of_truth)
        finally:
            self._loading = False

    def _report(self, field: str, value, merge: bool) -> None:
        if not self._loading:
            self.edited.emit(field, value, merge)


class CardStructureFields(QWidget):
    """A card's span (how many steps or stages of its lane it covers) and its moment flag."""

    edited = Signal(str, object, bool)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.span_spin = QSpinBox(objectName="spanSpin")
        self.span_spin.setMinimum(1)
        self.span_spin.setKeyboardTracking(False)
        self.span_names = QLabel(objectName="spanNames")
        self.span_names.setWordWrap(True)
        self.moment_check = QCheckBox(objectName="cardMomentCheck")
        spanned = QWidget()
        column = QVBoxLayout(spanned)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.span_spin)
        column.addWidget(self.span_names)
        self.labels = [QLabel(), QLabel()]
        for label, widget, buddy in zip(
            self.labels,
            [spanned, self.moment_check],
            [self.span_spin, self.moment_check],
            strict=True,
        ):
            label.setBuddy(buddy)
            form.addRow(label, widget)
        self.span_spin.valueChanged.connect(lambda v: self._report("span", int(v), True))
        self.span_spin.editingFinished.connect(self.finished)
        self.moment_check.toggled.connect(lambda on: self._report("moment_of_truth", on, False))
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("S&pans"))
        self.labels[1].setText(self.tr("Mo&ment of truth"))
        self.span_spin.setSuffix(self.tr(" column(s)"))
        self.span_spin.setToolTip(
            self.tr("How many adjacent steps or stages of its lane the card covers")
        )
        self.moment_check.setText(self.tr("A moment that decides the journey"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_card(self, journey: Journey, card: Card) -> None:
        self._loading = True
        try:
            self.span_spin.setMaximum(max(1, spans.max_span(journey, card)))
            if self.span_spin.value() != card.span:
                self.span_spin.setValue(card.span)
            self.span_names.setText(" → ".join(spans.spanned_names(journey, card)))
            self.moment_check.setChecked(card.moment_of_truth)
        finally:
            self._loading = False

    def _report(self, field: str, value, merge: bool) -> None:
        if not self._loading:
            self.edited.emit(field, value, merge)


class LinkFields(QWidget):
    """A selected link: which cards it joins, its label, and a button that deletes it."""

    edited = Signal(str, object, bool)
    finished = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        form = QFormLayout(self)
        self.ends = QLabel(objectName="linkEnds")
        self.ends.setWordWrap(True)
        self.label_edit = QLineEdit(objectName="linkLabelEdit")
        self.delete_button = QPushButton(objectName="deleteLinkButton")
        self.labels = [QLabel(), QLabel()]
        self.labels[1].setBuddy(self.label_edit)
        form.addRow(self.labels[0], self.ends)
        form.addRow(self.labels[1], self.label_edit)
        form.addRow(self.delete_button)
        self.label_edit.textEdited.connect(lambda text: self._report("label", text, True))
        self.label_edit.editingFinished.connect(self.finished)
        self.delete_button.clicked.connect(self.delete_requested)
        self.retranslate()

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Link"))
        self.labels[1].setText(self.tr("&Label"))
        self.delete_button.setText(self.tr("&Delete Link"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_link(self, source: str, target: str, label: str) -> None:
        self._loading = True
        try:
            self.ends.setText(f"{source} → {target}")
            if self.label_edit.text() != label:
                self.label_edit.setText(label)
        finally:
            self._loading = False

    def _report(self, field: str, value, merge: bool) -> None:
        if not self._loading:
            self.edited.emit(field, value, merge)
