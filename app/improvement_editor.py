"""The Inspector's improvement fields for an opportunity card.

It only shows a card's improvement and reports what the user typed through
``edited(field, value, merge)``; the Inspector turns that into one undo step (typing
into one field merges into one step, as its other fields do). The priority is read
back from the model, with the formula beside it, so the ranking is never a mystery.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from journeycanvas.app.list_editor import ListEditor
from journeycanvas.canvas import improvements
from journeycanvas.canvas.before_after import before_after, kpi_changes, kpi_choices
from journeycanvas.canvas.experiments import compare
from journeycanvas.canvas.model import (
    Card,
    Experiment,
    ExperimentMeasure,
    ImprovementStatus,
    Journey,
    Variant,
)

# Spin boxes show this (their minimum) for "not scored yet".
_UNSET = -1.0


def _count(text: str) -> int:
    """A typed count ("1,200" or "1200"); anything else counts as 0."""
    try:
        return max(0, int(float(text.replace(",", "").strip() or 0)))
    except ValueError:
        return 0


def _number(text: str, low: float | None = None) -> float | None:
    """A typed number ("3.5", "3,5" in a Chinese or German habit); empty or not one: None."""
    try:
        value = float(text.replace("，", ",").replace(",", ".").strip())
    except ValueError:
        return None
    if not math.isfinite(value) or (low is not None and value < low):
        return None
    return value


def _numbers(text: str) -> list[float]:
    """Raw scores typed as "4, 5, 3" or "4 5 3" (anything not a number is left out)."""
    found = (_number(part) for part in re.split(r"[\s,，;；、]+", text) if part)
    return [x for x in found if x is not None]


class ImprovementEditor(QGroupBox):
    # field name, new value, whether it may merge with the previous step of this field
    edited = Signal(str, object, bool)
    # the user left a field: the next change starts a new undo step
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("improvementEditor")
        self._loading = False
        self._named_evidence: list[str] = []
        self.enable = QCheckBox(objectName="improvementEnable")
        self.status = QComboBox(objectName="improvementStatus")
        for status in ImprovementStatus:
            self.status.addItem("", status.value)
        self.due = QLineEdit(objectName="improvementDue", placeholderText="YYYY-MM-DD")
        self.done_on = QLineEdit(objectName="improvementDone", placeholderText="YYYY-MM-DD")
        self.customer = self._spin("improvementCustomer", 100.0, 5.0)
        self.business = self._spin("improvementBusiness", 100.0, 5.0)
        self.effort = self._spin("improvementEffort", 5.0, 1.0)
        self.priority = QLabel(objectName="improvementPriority")
        self.priority.setWordWrap(True)
        self.pains = QListWidget(objectName="improvementPains")
        self.pains.setMaximumHeight(110)
        self.evidence = QListWidget(objectName="improvementEvidence")
        self.evidence.setMaximumHeight(110)
        self.kpis = QListWidget(objectName="improvementKpis")
        self.kpis.setMaximumHeight(90)
        self.note = QLineEdit(objectName="improvementNote")
        self.before_after = QLabel(objectName="improvementBeforeAfter")
        self.before_after.setWordWrap(True)
        self.kpi_change = QLabel(objectName="improvementKpiChange")
        self.kpi_change.setWordWrap(True)
        self.kpi_change.setTextFormat(Qt.TextFormat.PlainText)
        self.measure = QComboBox(objectName="experimentMeasure")
        for measure in ExperimentMeasure:
            self.measure.addItem("", measure.value)
        self.variants = ListEditor(3)
        self.variants.setObjectName("experimentVariants")
        self.variants.table.setMinimumHeight(90)
        # By mean score: mean, SD and n typed in, or the raw scores (they win).
        self.mean_variants = ListEditor(5)
        self.mean_variants.setObjectName("experimentMeans")
        self.mean_variants.table.setMinimumHeight(90)
        self.winner = QLineEdit(objectName="experimentWinner")
        self.ab_result = QLabel(objectName="experimentResult")
        self.ab_result.setWordWrap(True)
        self.labels = [QLabel() for _ in range(18)]
        self.form = form = QFormLayout(self)
        form.addRow(self.enable)
        for label, widget in zip(
            self.labels,
            [
                self.status,
                self.due,
                self.done_on,
                self.customer,
                self.business,
                self.effort,
                self.priority,
                self.pains,
                self.evidence,
                self.kpis,
                self.note,
                self.before_after,
                self.kpi_change,
                self.measure,
                self.variants,
                self.mean_variants,
                self.winner,
                self.ab_result,
            ],
            strict=True,
        ):
            form.addRow(label, widget)
        self.variants.edited.connect(self._variants_edited)
        self.mean_variants.edited.connect(self._variants_edited)
        self.measure.activated.connect(lambda _i: self._emit("experiment", self._experiment()))
        self.winner.textEdited.connect(self._winner_edited)
        self.winner.editingFinished.connect(self.finished)
        self.enable.toggled.connect(self._enable_toggled)
        self.status.activated.connect(
            lambda i: self._emit("status", ImprovementStatus(self.status.itemData(i)))
        )
        for field, edit in (("due", self.due), ("done_on", self.done_on), ("note", self.note)):
            edit.textEdited.connect(lambda text, f=field: self._emit(f, text.strip(), True))
            edit.editingFinished.connect(self.finished)
        for field, spin in (
            ("customer_value", self.customer),
            ("business_value", self.business),
            ("effort", self.effort),
        ):
            spin.valueChanged.connect(
                lambda v, f=field: self._emit(f, None if v == _UNSET else v, True)
            )
            spin.editingFinished.connect(self.finished)
        self.pains.itemChanged.connect(self._pains_changed)
        self.kpis.itemChanged.connect(self._kpis_changed)
        self.evidence.itemChanged.connect(self._evidence_changed)
        self.retranslate()

    def _spin(self, name: str, top: float, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(objectName=name)
        spin.setRange(_UNSET, top)
        spin.setDecimals(1)
        spin.setSingleStep(step)
        spin.setKeyboardTracking(True)
        return spin

    def retranslate(self) -> None:
        self.setTitle(self.tr("Improvement"))
        self.enable.setText(self.tr("This opportunity is an improvement the team acts on"))
        names = {
            ImprovementStatus.IDEA: self.tr("Idea"),
            ImprovementStatus.PLANNED: self.tr("Planned"),
            ImprovementStatus.IN_PROGRESS: self.tr("In progress"),
            ImprovementStatus.DONE: self.tr("Done"),
            ImprovementStatus.DROPPED: self.tr("Dropped"),
        }
        for i in range(self.status.count()):
            self.status.setItemText(i, names[ImprovementStatus(self.status.itemData(i))])
        for label, text in zip(
            self.labels,
            [
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Done on"),
                self.tr("Customer value (0–100)"),
                self.tr("Business value (0–100)"),
                self.tr("Effort (1–5)"),
                self.tr("Priority"),
                self.tr("Pains it answers"),
                self.tr("Evidence it answers"),
                self.tr("KPIs it should move"),
                self.tr("Note"),
                self.tr("Before / after"),
                self.tr("KPI change"),
                self.tr("A/B measure"),
                self.tr("A/B test"),
                self.tr("A/B test"),
                self.tr("Winner"),
                self.tr("A/B result"),
            ],
            strict=True,
        ):
            label.setText(text)
        for spin in (self.customer, self.business, self.effort):
            spin.setSpecialValueText(self.tr("not scored"))
        self.variants.set_headers([self.tr("Variant"), self.tr("Visitors"), self.tr("Conversions")])
        self.variants.setToolTip(
            self.tr(
                "The first variant is the control; each other one is compared with it by "
                "the two-proportion z-test (* p < 0.05). Lift = its rate ÷ the control's − 1."
            )
        )
        self.variants.retranslate()
        self.measure.setItemText(
            self.measure.findData("conversion"), self.tr("Conversions (two-proportion z-test)")
        )
        self.measure.setItemText(
            self.measure.findData("mean"), self.tr("Mean scores (Welch's t-test)")
        )
        self.mean_variants.set_headers(
            [self.tr("Variant"), self.tr("Mean"), self.tr("SD"), self.tr("n"), self.tr("Scores")]
        )
        self.mean_variants.setToolTip(
            self.tr(
                "The first variant is the control. Type each variant's mean, standard "
                "deviation and n, or its raw scores separated by commas (then those count); "
                "Welch's t-test compares each with the control (* p < 0.05)."
            )
        )
        self.mean_variants.retranslate()

    # --- model -> widgets ---------------------------------------------------------

    def show_card(self, journey: Journey, card: Card) -> None:
        imp = card.improvement
        self._loading = True
        try:
            self.enable.setChecked(imp is not None)
            for i in range(1, self.form.rowCount()):
                self.form.setRowVisible(i, imp is not None)
            if imp is None:
                return
            self.status.setCurrentIndex(self.status.findData(imp.status.value))
            texts = ((self.due, imp.due), (self.done_on, imp.done_on), (self.note, imp.note))
            for edit, text in texts:
                if edit.text() != text:
                    edit.setText(text)
            for spin, number in (
                (self.customer, imp.customer_value),
                (self.business, imp.business_value),
                (self.effort, imp.effort),
            ):
                wanted = _UNSET if number is None else number
                if spin.value() != wanted:
                    spin.setValue(wanted)
            found = improvements.priority(imp)
            shown = self.tr("not scored yet") if found is None else f"{found:.3g}"
            self.priority.setText(
                self.tr("%1  (priority = (customer value + business value) / 2 ÷ effort)").replace(
                    "%1", shown
                )
            )
            self._show_before_after(journey, card)
            self._show_kpi_changes(journey, card)
            self._show_experiment(imp.experiment)
            self.pains.clear()
            linked = set(imp.pains)
            for pain in improvements.pain_choices(journey):
                item = QListWidgetItem(pain.title or self.tr("(untitled)"))
                item.setData(Qt.ItemDataRole.UserRole, pain.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if pain.id in linked else Qt.CheckState.Unchecked
                )
                self.pains.addItem(item)
            self.evidence.clear()
            self._named_evidence = list(imp.evidence)
            answered = set(imp.evidence)
            for holder, item_evidence in improvements.evidence_choices(journey, card):
                quote = item_evidence.text or item_evidence.answer
                score = "" if item_evidence.score is None else f" ({item_evidence.score:+.1f})"
                item = QListWidgetItem(f"{holder.title}: “{quote}”{score}")
                item.setData(Qt.ItemDataRole.UserRole, item_evidence.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if item_evidence.id in answered
                    else Qt.CheckState.Unchecked
                )
                self.evidence.addItem(item)
            self.kpis.clear()
            named = set(imp.kpis)
            for metric in kpi_choices(journey):
                item = QListWidgetItem(metric.title or self.tr("(untitled)"))
                item.setData(Qt.ItemDataRole.UserRole, metric.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if metric.id in named else Qt.CheckState.Unchecked
                )
                self.kpis.addItem(item)
        finally:
            self._loading = False

    def _show_before_after(self, journey: Journey, card: Card) -> None:
        found = before_after(journey, card)
        lines = []
        for item in found:
            if not item.mark():
                continue
            p = item.p
            lines.append(
                self.tr("%1: %2 (n %3 → %4, Welch p %5)")
                .replace("%1", item.touchpoint.title)
                .replace("%2", item.mark())
                .replace("%3", str(len(item.before)))
                .replace("%4", str(len(item.after)))
                .replace("%5", "–" if p is None else f"{p:.3f}")
            )
        if not lines:
            lines = [
                self.tr(
                    "Mark it done with a date, and link touchpoints whose waves are dated, "
                    "to see their scores before and after."
                )
            ]
        self.before_after.setText("\n".join(lines))

    def _show_kpi_changes(self, journey: Journey, card: Card) -> None:
        """Each named KPI before → after, and whether that is better or worse."""
        lines = []
        for found in kpi_changes(journey, card):
            change = found.change
            if change.before is None or change.after is None:
                lines.append(
                    self.tr("%1: no measurement yet on both sides").replace("%1", found.card.title)
                )
                continue
            verdict = (
                self.tr("unchanged")
                if change.good is None
                else self.tr("better")
                if change.good
                else self.tr("worse")
            )
            lines.append(
                self.tr("%1: %2 → %3 (%4, %5 is better)")
                .replace("%1", found.card.title)
                .replace("%2", f"{change.before:g}{change.kpi.unit}")
                .replace("%3", f"{change.after:g}{change.kpi.unit}")
                .replace("%4", verdict)
                .replace(
                    "%5",
                    self.tr("higher")
                    if change.kpi.direction.value == "higher"
                    else self.tr("lower"),
                )
            )
        if not lines:
            lines = [self.tr("Tick the KPIs this improvement should move to see their change.")]
        self.kpi_change.setText("\n".join(lines))

    def _show_experiment(self, experiment: Experiment | None) -> None:
        variants = experiment.variants if experiment else []
        means = experiment is not None and experiment.measure == ExperimentMeasure.MEAN
        self.measure.setCurrentIndex(self.measure.findData("mean" if means else "conversion"))
        for table, shown in ((self.variants, not means), (self.mean_variants, means)):
            self.form.setRowVisible(self.form.getWidgetPosition(table)[0], shown)
        self.variants.set_rows(
            [(None, [v.name, str(v.visitors), str(v.conversions)]) for v in variants]
        )
        self.mean_variants.set_rows(
            [
                (
                    None,
                    [
                        v.name,
                        "" if v.mean is None else f"{v.mean:g}",
                        "" if v.sd is None else f"{v.sd:g}",
                        "" if v.n is None else str(v.n),
                        ", ".join(f"{x:g}" for x in v.scores),
                    ],
                )
                for v in variants
            ]
        )
        winner = experiment.winner if experiment else ""
        if self.winner.text() != winner:
            self.winner.setText(winner)
        lines = []
        for c in compare(experiment) if experiment else []:
            if c.p is None or c.lift is None:
                continue
            verdict = self.tr("significant") if c.significant else self.tr("not significant")
            if means:
                lines.append(
                    self.tr("%1: difference %2, lift %3, Welch t %4, p %5 (%6)")
                    .replace("%1", c.variant.name)
                    .replace("%2", f"{c.difference:+.2f}")
                    .replace("%3", f"{c.lift:+.1%}")
                    .replace("%4", f"{c.z:.2f}")
                    .replace("%5", f"{c.p:.4f}")
                    .replace("%6", verdict)
                )
                continue
            lines.append(
                self.tr("%1: lift %2, z %3, p %4 (%5)")
                .replace("%1", c.variant.name)
                .replace("%2", f"{c.lift:+.1%}")
                .replace("%3", f"{c.z:.2f}")
                .replace("%4", f"{c.p:.4f}")
                .replace("%5", verdict)
            )
        self.ab_result.setText("\n".join(lines) or self.tr("Add a control and a variant."))

    def _experiment(self) -> Experiment:
        measure = ExperimentMeasure(self.measure.currentData())
        variants = []
        if measure == ExperimentMeasure.MEAN:
            for _key, (name, mean, sd, n, scores) in self.mean_variants.rows():
                if name.strip():
                    variants.append(
                        Variant(
                            name=name.strip(),
                            mean=_number(mean),
                            sd=_number(sd, low=0.0),
                            n=_count(n) if n.strip() else None,
                            scores=_numbers(scores),
                        )
                    )
        else:
            for _key, (name, visitors, conversions) in self.variants.rows():
                if not name.strip():
                    continue
                n, x = _count(visitors), _count(conversions)
                variants.append(Variant(name=name.strip(), visitors=n, conversions=min(x, n)))
        return Experiment(measure=measure, variants=variants, winner=self.winner.text().strip())

    def _variants_edited(self, _rows: list) -> None:
        self._emit("experiment", self._experiment())

    def _winner_edited(self, _text: str) -> None:
        self._emit("experiment", self._experiment(), True)

    # --- widgets -> the Inspector ----------------------------------------------------

    def _emit(self, field: str, value: object, merge: bool = False) -> None:
        if not self._loading:
            self.edited.emit(field, value, merge)

    def _enable_toggled(self, on: bool) -> None:
        self._emit("enable", on)

    def _pains_changed(self, _item: QListWidgetItem) -> None:
        ids = [
            self.pains.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.pains.count())
            if self.pains.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._emit("pains", ids)

    def _kpis_changed(self, _item: QListWidgetItem) -> None:
        ids = [
            self.kpis.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.kpis.count())
            if self.kpis.item(i).checkState() == Qt.CheckState.Checked
        ]
        self._emit("kpis", ids)

    def _evidence_changed(self, _item: QListWidgetItem) -> None:
        """The ticked evidence, keeping ids named before that the list does not offer."""
        offered = {
            self.evidence.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.evidence.count())
        }
        ticked = [
            self.evidence.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.evidence.count())
            if self.evidence.item(i).checkState() == Qt.CheckState.Checked
        ]
        kept = [e for e in self._named_evidence if e not in offered]
        self._emit("evidence", kept + ticked)
