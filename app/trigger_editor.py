"""The Inspector's trigger fields for a card of a triggers lane: event, delay, action and
segment (the channel is the card's own Channel field, just above).

Like the KPI fields it only shows the model and reports what the user typed through
``edited(field, value, merge)``; the Inspector makes each change one undo step, typing
into one field merging into one step.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from journeycanvas.canvas import triggers
from journeycanvas.canvas.model import Card

FIELDS = ("event", "delay", "action", "segment")


class TriggerEditor(QGroupBox):
    # field name, new value, whether it may merge with the previous step of this field
    edited = Signal(str, object, bool)
    finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("triggerEditor")
        self._loading = False
        self.enable = QCheckBox(objectName="triggerEnable")
        self.edits = {name: QLineEdit(objectName=f"trigger_{name}") for name in FIELDS}
        self.preview = QLabel(objectName="triggerPreview")
        self.preview.setWordWrap(True)
        self.labels = [QLabel() for _ in range(len(FIELDS) + 1)]
        self.form = form = QFormLayout(self)
        form.addRow(self.enable)
        for label, widget in zip(self.labels, [*self.edits.values(), self.preview], strict=True):
            form.addRow(label, widget)
        self.enable.toggled.connect(lambda on: self._emit("enable", on))
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda t, f=name: self._emit(f, t, True))
            edit.editingFinished.connect(self.finished)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Trigger"))
        self.enable.setText(self.tr("This card plans an automated trigger"))
        texts = [
            self.tr("When (event)"),
            self.tr("How long after"),
            self.tr("What to do"),
            self.tr("For which segment"),
            self.tr("On the map"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        hints = {
            "event": self.tr("e.g. cart abandoned"),
            "delay": self.tr("e.g. 30 min"),
            "action": self.tr("e.g. send a reminder with a coupon"),
            "segment": self.tr("empty: everyone"),
        }
        for name, hint in hints.items():
            self.edits[name].setPlaceholderText(hint)

    def show_card(self, card: Card, language: str) -> None:
        trigger = card.trigger
        self._loading = True
        try:
            self.enable.setChecked(trigger is not None)
            for i in range(1, self.form.rowCount()):
                self.form.setRowVisible(i, trigger is not None)
            if trigger is None:
                return
            for name, edit in self.edits.items():
                text = getattr(trigger, name)
                if edit.text().strip() != text and not edit.hasFocus():
                    edit.setText(text)
            self.preview.setText(triggers.line(trigger, card.channel, language))
        finally:
            self._loading = False

    def _emit(self, field: str, value: object, merge: bool = False) -> None:
        if not self._loading:
            self.edited.emit(field, value, merge)
