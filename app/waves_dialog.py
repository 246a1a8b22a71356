"""View > Waves…: every touchpoint's mean, wave by wave, and the latest change.

A table rather than a second map: one row per touchpoint, one column per survey
wave ("mean (n)"), then the latest wave's change against the one before with
Welch's p, so a reader sees at once which changes are more than noise. It reads
the model only (canvas/research.py) and follows every change of the journey.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from journeycanvas.canvas import research, style
from journeycanvas.canvas.document import JourneyDocument


class WavesDialog(QDialog):
    def __init__(self, document: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("wavesDialog")
        self.document = document
        self.note = QLabel(objectName="wavesNote")
        self.note.setWordWrap(True)
        self.table = QTableWidget(objectName="wavesTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Waves"))
        self.resize(900, 420)
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
