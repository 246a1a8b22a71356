"""The Curves dock: the journey's emotion curves, and which one new points go to.

Lists every curve with a check box (shown or hidden) and a swatch drawn in the
curve's colour, line style and marker, as the map draws it. The current row is
the curve being edited: new points double-clicked into the band join it, and its
line is drawn wider on the map. Add, rename, recolour, restyle, reorder, persona
and kind: each change is one undo step through ``canvas.commands``; the dock
only shows the model and never holds curve data of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app.icons import icon
from journeycanvas.canvas import commands, compare, curve_edits
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.layout_curves import MARKERS, Look, full_name
from journeycanvas.canvas.model import Curve, CurveKind, Journey, LineStyle
from journeycanvas.canvas.painting import look_pen, marker_path


def swatch(curve: Curve, width: int = 40, height: int = 16) -> QIcon:
    """The curve's line sample with its marker, as on the map and in its legend."""
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    look = Look(curve.id, curve.name, curve.color, curve.line.value,
                MARKERS.get(curve.line, "circle"), curve.data)  # fmt: skip
    painter.setPen(look_pen(look))
    painter.drawLine(QPointF(2, height / 2), QPointF(width - 2, height / 2))
    painter.setBrush(QColor("#FFFFFF"))
    painter.setPen(look_pen(look, 1.6))
    painter.drawPath(marker_path(look.marker, width / 2, height / 2, 4.5))
    painter.end()
    return QIcon(pixmap)


class CurvesDock(QDockWidget):
    def __init__(self, document: JourneyDocument, scene, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("curvesDock")
        self.document = document
        self.scene = scene
        self._loading = False
        page = QWidget()
        column = QVBoxLayout(page)
        self.list = QListWidget(objectName="curveList")
        self.list.setMinimumHeight(90)
        self.list.setIconSize(QSize(40, 16))
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("list-add"), "", objectName="addCurve")
        self.remove_button = QPushButton(icon("list-remove"), "", objectName="removeCurve")
        self.up_button = QPushButton(icon("go-up"), "", objectName="curveUp")
        self.down_button = QPushButton(icon("go-down"), "", objectName="curveDown")
        self.color_button = QPushButton(objectName="curveColor")
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addWidget(self.color_button, 1)
        column.addLayout(buttons)
        self.form = QFormLayout()
        self.name_edit = QLineEdit(objectName="curveName")
        self.kind_combo = QComboBox(objectName="curveKind")
        for kind in CurveKind:
            self.kind_combo.addItem("", kind.value)
        self.line_combo = QComboBox(objectName="curveLine")
        for line in LineStyle:
            self.line_combo.addItem("", line.value)
        self.persona_combo = QComboBox(objectName="curvePersona")
        self.field_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self.field_labels,
            (self.name_edit, self.kind_combo, self.line_combo, self.persona_combo),
            strict=True,
        ):
            self.form.addRow(label, widget)
        column.addLayout(self.form)
        # Compare: the first curve minus the second, per stage; shown as a row on the map.
        self.compare_title = QLabel(objectName="compareTitle")
        column.addWidget(self.compare_title)
        pair = QHBoxLayout()
        self.compare_first = QComboBox(objectName="compareFirst")
        self.compare_second = QComboBox(objectName="compareSecond")
        self.minus_label = QLabel("−")
        pair.addWidget(self.compare_first, 1)
        pair.addWidget(self.minus_label)
        pair.addWidget(self.compare_second, 1)
        column.addLayout(pair)
        self.compare_result = QLabel(objectName="compareResult")
        self.compare_result.setWordWrap(True)
        column.addWidget(self.compare_result)
        # In a scroll area, so the dock never makes the window taller than the user left it.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.setWidget(scroll)

        self.list.currentRowChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._item_changed)
        self.add_button.clicked.connect(self.add_curve)
        self.remove_button.clicked.connect(self.remove_curve)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.color_button.clicked.connect(self.choose_color)
        self.name_edit.editingFinished.connect(
            lambda: self._set(
                "name", self.name_edit.text().strip(), lambda: self.tr("Rename curve")
            )
        )
        self.kind_combo.activated.connect(self._kind_chosen)
        self.line_combo.activated.connect(self._line_chosen)
        self.persona_combo.activated.connect(self._persona_chosen)
        self.compare_first.activated.connect(self._compare_chosen)
        self.compare_second.activated.connect(self._compare_chosen)
        document.changed.connect(self.refresh)
        self.retranslate()

    # --- words -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Curves"))
        self.toggleViewAction().setText(self.tr("&Curves"))
        self.add_button.setToolTip(self.tr("Add a curve"))
        self.remove_button.setToolTip(self.tr("Remove this curve and its points"))
        self.up_button.setToolTip(self.tr("Move the curve up"))
        self.down_button.setToolTip(self.tr("Move the curve down"))
        self.color_button.setText(self.tr("Colour…"))
        self.compare_title.setText(self.tr("Compare (first minus second, per stage):"))
        for label, text in zip(
            self.field_labels,
            (self.tr("Name"), self.tr("Kind"), self.tr("Line"), self.tr("Persona")),
            strict=True,
        ):
            label.setText(text)
        kinds = {
            CurveKind.AS_IS: self.tr("As-is"),
            CurveKind.TO_BE: self.tr("To-be"),
            CurveKind.SEGMENT: self.tr("Segment"),
            CurveKind.FREE: self.tr("Free"),
        }
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kinds[CurveKind(self.kind_combo.itemData(i))])
        lines = {
            LineStyle.SOLID: self.tr("Solid"),
            LineStyle.DASH: self.tr("Dashed"),
            LineStyle.DOT: self.tr("Dotted"),
            LineStyle.DASH_DOT: self.tr("Dash-dot"),
            LineStyle.LONG_DASH: self.tr("Long dashes"),
            LineStyle.DASH_DOT_DOT: self.tr("Dash-dot-dot"),
        }
        for i in range(self.line_combo.count()):
            self.line_combo.setItemText(i, lines[LineStyle(self.line_combo.itemData(i))])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- model -> widgets -----------------------------------------------------------

    def current_curve(self) -> Curve | None:
        journey = self.document.journey
        return next((c for c in journey.curves if c.id == self.scene.active_curve_id), None)

    def refresh(self) -> None:
        journey = self.document.journey
        self._loading = True
        try:
            self.list.clear()
            for curve in journey.curves:
                text = full_name(journey, curve)  # two personas' "As-is" told apart
                if curve.data:
                    text += " · " + self.tr("from data")
                item = QListWidgetItem(swatch(curve), text)
                item.setData(Qt.ItemDataRole.UserRole, curve.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if curve.shown else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
            target = self.scene.target_curve_id() or (
                journey.curves[0].id if journey.curves else None
            )
            if self.scene.active_curve_id is None or self.current_curve() is None:
                self.scene.set_active_curve(target)
            ids = [c.id for c in journey.curves]
            if self.scene.active_curve_id in ids:
                self.list.setCurrentRow(ids.index(self.scene.active_curve_id))
            self.persona_combo.clear()
            self.persona_combo.addItem(self.tr("(nobody)"), None)
            for persona in journey.personas:
                self.persona_combo.addItem(persona.name or self.tr("(unnamed)"), persona.id)
            self._show(self.current_curve())
            self._show_comparison(journey)
        finally:
            self._loading = False

    def _show_comparison(self, journey: Journey) -> None:
        pair = [*journey.comparison, None, None]
        self._fill_compare(self.compare_first, journey, pair[0])
        self._fill_compare(self.compare_second, journey, pair[1], rest_of=pair[0])
        found = compare.compared(journey)
        if found is None:
            self.compare_result.setText(self.tr("Pick two curves to see their difference."))
            return
        lines = [
            f"{journey.stage(d.stage_id).name}: {compare.mark(d.delta)}"
            for d in compare.difference(journey, *found)
        ]
        self.compare_result.setText("\n".join(lines))

    def _fill_compare(
        self, combo: QComboBox, journey: Journey, chosen: str | None, rest_of: str | None = None
    ) -> None:
        """The curves to pick from; the second list also offers "the rest" when the
        first pick is a segment's data curve (every answer outside that segment)."""
        combo.clear()
        combo.addItem(self.tr("(none)"), None)
        for curve in journey.curves:
            combo.addItem(swatch(curve), full_name(journey, curve), curve.id)
        segment = compare.segment_of(journey, rest_of)
        if segment is not None:
            text = self.tr("The rest (not %1)").replace("%1", segment)
            combo.addItem(text, compare.REST)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _compare_chosen(self, _index: int) -> None:
        if self._loading:
            return
        first = self.compare_first.currentData()
        second = self.compare_second.currentData()
        # "The rest" belongs to the first pick: offer it (or take it away) at once.
        self._loading = True
        try:
            self._fill_compare(self.compare_second, self.document.journey, second, rest_of=first)
        finally:
            self._loading = False
        second = self.compare_second.currentData()
        self._apply(
            lambda: self.tr("Compare curves"),
            lambda j: curve_edits.set_comparison(j, first, second),
        )

    def _show(self, curve: Curve | None) -> None:
        for w in (
            self.name_edit,
            self.kind_combo,
            self.line_combo,
            self.persona_combo,
            self.remove_button,
            self.color_button,
            self.up_button,
            self.down_button,
        ):
            w.setEnabled(curve is not None)  # fmt: skip
        if curve is None:
            self.name_edit.clear()
            return
        self.name_edit.setText(curve.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(curve.kind.value))
        self.line_combo.setCurrentIndex(self.line_combo.findData(curve.line.value))
        self.persona_combo.setCurrentIndex(max(0, self.persona_combo.findData(curve.persona_id)))

    def _current_changed(self, row: int) -> None:
        if self._loading:
            return
        item = self.list.item(row)
        self.scene.set_active_curve(item.data(Qt.ItemDataRole.UserRole) if item else None)
        self._show(self.current_curve())

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        curve_id = item.data(Qt.ItemDataRole.UserRole)
        shown = item.checkState() == Qt.CheckState.Checked
        text = (lambda: self.tr("Show curve")) if shown else (lambda: self.tr("Hide curve"))
        self._apply(text, lambda j: curve_edits.update_curve(j, curve_id, shown=shown))

    # --- widgets -> model (one undo step each) ------------------------------------

    def _apply(self, text: Callable[[], str], edit: Callable[[Journey], Journey]) -> None:
        commands.apply(self.document, text, edit)

    def _set(self, field: str, value, text: Callable[[], str]) -> None:
        curve = self.current_curve()
        if self._loading or curve is None or getattr(curve, field) == value:
            return
        curve_id = curve.id
        self._apply(text, lambda j: curve_edits.update_curve(j, curve_id, **{field: value}))

    def _kind_chosen(self, i: int) -> None:
        kind = CurveKind(self.kind_combo.itemData(i))
        self._set("kind", kind, lambda: self.tr("Change curve kind"))

    def _line_chosen(self, i: int) -> None:
        line = LineStyle(self.line_combo.itemData(i))
        self._set("line", line, lambda: self.tr("Change curve line"))

    def _persona_chosen(self, i: int) -> None:
        self._set(
            "persona_id", self.persona_combo.itemData(i), lambda: self.tr("Change curve persona")
        )

    def add_curve(self) -> str:
        journey = self.document.journey
        curve = curve_edits.new_curve(journey, self.tr("Curve %1").replace(
            "%1", str(len(journey.curves) + 1)), CurveKind.FREE)  # fmt: skip
        self._apply(lambda: self.tr("Add curve"), lambda j: curve_edits.add_curve(j, curve))
        self.scene.set_active_curve(curve.id)
        self.refresh()
        return curve.id

    def remove_curve(self) -> None:
        curve = self.current_curve()
        if curve is None:
            return
        curve_id = curve.id
        self.scene.set_active_curve(None)
        self._apply(
            lambda: self.tr("Remove curve"), lambda j: curve_edits.delete_curve(j, curve_id)
        )

    def move_current(self, step: int) -> None:
        curve = self.current_curve()
        if curve is None:
            return
        index = [c.id for c in self.document.journey.curves].index(curve.id) + step
        if index < 0 or index >= len(self.document.journey.curves):
            return
        curve_id = curve.id
        self._apply(
            lambda: self.tr("Reorder curves"), lambda j: curve_edits.move_curve(j, curve_id, index)
        )

    def set_color(self, color: str) -> None:
        self._set("color", color, lambda: self.tr("Recolour curve"))

    def choose_color(self) -> None:
        curve = self.current_curve()
        if curve is None:
            return
        chosen = QColorDialog.getColor(QColor(curve.color), self, self.tr("Curve colour"))
        if chosen.isValid():
            self.set_color(chosen.name().upper())


def install_curves_dock(window) -> CurvesDock:
    """Give a main window its Curves dock, tabbed with the Persona dock."""
    dock = CurvesDock(window.document, window.scene, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    persona = getattr(window, "persona", None)
    if persona is not None:
        window.tabifyDockWidget(persona, dock)
    menu = getattr(window, "menu_view", None)
    if menu is not None:
        menu.addAction(dock.toggleViewAction())
    window.curves_dock = dock
    return dock
