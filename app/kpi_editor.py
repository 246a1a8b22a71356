"""The Inspector's KPI fields for a metric card: unit, direction, baseline, target and
the measurements, typed in a small table.

Like the improvement fields it only shows the model and reports what the user typed
through ``edited(field, value, merge)``; the Inspector makes each change one undo step.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from journeycanvas.app.list_editor import ListEditor
from journeycanvas.canvas import kpis
from journeycanvas.canvas.model import MAX_KPI_VALUE, Card, KpiDirection, Measurement


def _number(text: str) -> float | None:
    """The figure typed, or None: not a number, or one no KPI holds ("inf", "1e308"),
    which the model refuses and a sparkline could not draw."""
    try:
        value = float(text.replace(",", ".").replace("−", "-").rstrip("%").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and abs(value) <= MAX_KPI_VALUE else None


def _shown(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


class KpiEditor(QGroupBox):
    # field name, new value, whether it may merge with the previous step of this field
    edited = Signal(str, object, bool)
    finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiEditor")
        self._loading = False
        self.enable = QCheckBox(objectName="kpiEnable")
        self.unit = QLineEdit(objectName="kpiUnit")
        self.direction = QComboBox(objectName="kpiDirection")
        for d in KpiDirection:
            self.direction.addItem("", d.value)
        self.baseline = QLineEdit(objectName="kpiBaseline")
        self.target = QLineEdit(objectName="kpiTarget")
        self.measurements = ListEditor(2)
        self.measurements.setObjectName("kpiMeasurements")
        self.status = QLabel(objectName="kpiStatus")
        self.labels = [QLabel() for _ in range(6)]
        self.form = form = QFormLayout(self)
        form.addRow(self.enable)
        widgets = [
            self.unit,
            self.direction,
            self.baseline,
            self.target,
            self.measurements,
            self.status,
        ]
        for label, widget in zip(self.labels, widgets, strict=True):
            form.addRow(label, widget)
        self.enable.toggled.connect(lambda on: self._emit("enable", on))
        self.direction.activated.connect(
            lambda i: self._emit("direction", KpiDirection(self.direction.itemData(i)))
        )
        self.unit.textEdited.connect(lambda t: self._emit("unit", t.strip(), True))
        for field, edit in (("baseline", self.baseline), ("target", self.target)):
            edit.textEdited.connect(lambda t, f=field: self._emit(f, _number(t), True))
        for edit in (self.unit, self.baseline, self.target):
            edit.editingFinished.connect(self.finished)
        self.measurements.edited.connect(self._measurements_edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("KPI"))
        self.enable.setText(self.tr("This card tracks a KPI"))
        names = {
            KpiDirection.HIGHER: self.tr("Higher is better"),
            KpiDirection.LOWER: self.tr("Lower is better"),
        }
        for i in range(self.direction.count()):
            self.direction.setItemText(i, names[KpiDirection(self.direction.itemData(i))])
        texts = [
            self.tr("Unit"),
            self.tr("Direction"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Measurements"),
            self.tr("Latest"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.measurements.set_headers([self.tr("Date (YYYY-MM-DD)"), self.tr("Value")])
        self.measurements.retranslate()

    def show_card(self, card: Card) -> None:
        kpi = card.kpi
        self._loading = True
        try:
            self.enable.setChecked(kpi is not None)
            for i in range(1, self.form.rowCount()):
                self.form.setRowVisible(i, kpi is not None)
            if kpi is None:
                return
            for edit, text in (
                (self.unit, kpi.unit),
                (self.baseline, _shown(kpi.baseline)),
                (self.target, _shown(kpi.target)),
            ):
                if edit.text() != text and not edit.hasFocus():
                    edit.setText(text)
            self.direction.setCurrentIndex(self.direction.findData(kpi.direction.value))
            self.measurements.set_rows([(None, [m.date, f"{m.value:g}"]) for m in kpi.measurements])
            verdict = kpis.on_track(kpi)
            now = kpis.latest(kpi)
            word = (
                ""
                if verdict is None
                else (self.tr("on track") if verdict else self.tr("off track"))
            )
            self.status.setText(f"{kpis.sparkline(kpi)} {_shown(now)}{kpi.unit} {word}".strip())
        finally:
            self._loading = False

    def _emit(self, field: str, value: object, merge: bool = False) -> None:
        if not self._loading:
            self.edited.emit(field, value, merge)

    def _measurements_edited(self, rows: list) -> None:
        found = []
        for _key, (date, value) in rows:
            number = _number(value)
            if date.strip() and number is not None:
                found.append(Measurement(date=date.strip(), value=number))
        self._emit("measurements", found)
