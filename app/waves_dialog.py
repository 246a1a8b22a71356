"""View > Waves…: the curve wave by wave, every touchpoint's mean, the latest change.

Above, a chart with one curve per survey wave over the stages (canvas/wave_curves.py
turns the waves into curves of the curves model, drawn as the map draws curves,
told apart by colour, dash and marker, with a legend). Below, a table: one row
per touchpoint, one column per wave ("mean (n)"), then the latest wave's change
against the one before with Welch's p, so a reader sees at once which changes
are more than noise. It reads the model only and follows every change of the
journey.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.canvas import research, style, wave_curves
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.io.exporters.qt_render import paint_map


class WaveChart(QWidget):
    """The waves' curves over the stages, scaled to fit the widget."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("wavesChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout_: JourneyLayout | None = None

    def show_journey(self, journey) -> None:
        self.layout_ = compute_layout(journey) if journey.curves else None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(880, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        lay = self.layout_
        if lay is None or lay.width <= 0 or lay.height <= 0:
            return
        painter = QPainter(self)
        scale = min(self.width() / lay.width, self.height() / lay.height)
        painter.translate((self.width() - lay.width * scale) / 2, 0)
        painter.scale(scale, scale)
        paint_map(painter, lay)
        painter.end()


class WavesDialog(QDialog):
    def __init__(self, document: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("wavesDialog")
        self.document = document
        self.note = QLabel(objectName="wavesNote")
        self.note.setWordWrap(True)
        self.chart = WaveChart()
        self.table = QTableWidget(objectName="wavesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Waves"))
        self.resize(960, 640)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        journey = self.document.journey
        names = list(dict.fromkeys(research.wave_names(journey).values()))
        rows = [
            (stage.name, card)
            for stage in journey.stages
            for card in journey.touchpoint_cards(stage.id)
            if card.responses
        ]
        self.note.setText(
            self.tr(
                "Mean score (−2…+2) and answers per survey wave. Change: the latest wave "
                "against the one before; * when Welch's t-test gives p < 0.05."
            )
            if names
            else self.tr("No imports yet: every spreadsheet imported becomes a wave.")
        )
        self.chart.show_journey(
            wave_curves.wave_journey(journey, self.tr("Emotion curve by survey wave"))
        )
        self.chart.setVisible(len(names) > 0)
        headers = [self.tr("Stage"), self.tr("Touchpoint"), *names, self.tr("Change"), "p"]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, (stage, card) in enumerate(rows):
            cells = [stage, card.title]
            for group in research.waves(journey, card):
                cells.append(
                    "—" if group.mean is None else f"{group.mean:+.2f} ({group.responses})"
                )
            change = research.change(journey, card)
            cells.append("" if change is None else change.mark())
            cells.append(_p_text(None if change is None else change.p))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if change is not None and change.significant and c >= len(cells) - 2:
                    item.setForeground(QBrush(QColor(style.SIGNIFICANT)))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()


def _p_text(p: float | None) -> str:
    if p is None:
        return ""
    return "<0.001" if p < 0.001 else f"{p:.3f}"
