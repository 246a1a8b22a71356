"""The import dialog's list of what an import would create: new stages and touchpoints.

An unknown stage name in a sheet ("Billing" where the journey says "Payment")
would otherwise become a new stage without a word. Each proposal gets a box:
create it (the default), or put its answers on an existing stage or touchpoint.
The widget only shows and reports choices; the dialog decides what they mean.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem

from journeycanvas.canvas.model import Journey

CREATE = "\x00create"


class ImportProposals(QTableWidget):
    # (proposed stage, existing stage or "" to create it)
    stageChosen = Signal(str, str)
    # (stage, proposed touchpoint, existing touchpoint or "" to create it)
    touchpointChosen = Signal(str, str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("importProposals")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.boxes: dict[tuple[str, str], QComboBox] = {}

    def show_proposals(
        self,
        journey: Journey,
        stages: list[str],
        points: list[tuple[str, str]],
        chosen_stages: dict[str, str],
        chosen_points: dict[tuple[str, str], tuple[str, str]],
    ) -> None:
        """One row per stage and touchpoint the import would create (touchpoints of a new
        stage are implied by it and not listed)."""
        self.setHorizontalHeaderLabels([self.tr("New"), self.tr("Name"), self.tr("Import as")])
        listed = [("stage", s, "") for s in stages]
        new = set(stages)
        listed += [("touchpoint", p, s) for s, p in points if s not in new]
        self.setRowCount(len(listed))
        self.boxes.clear()
        existing = [s.name for s in journey.stages]
        for row, (kind, name, stage) in enumerate(listed):
            box = QComboBox()
            box.setObjectName(f"propose_{kind}_{row}")
            if kind == "stage":
                kind_text = self.tr("Stage")
                box.addItem(self.tr("Create the stage '%1'").replace("%1", name), CREATE)
                for other in existing:
                    box.addItem(self.tr("Add to the stage '%1'").replace("%1", other), other)
                current = chosen_stages.get(name)
                box.activated.connect(
                    lambda _i, b=box, n=name: self.stageChosen.emit(n, _choice(b))
                )
            else:
                kind_text = self.tr("Touchpoint")
                box.addItem(self.tr("Create the touchpoint '%1'").replace("%1", name), CREATE)
                found = next((s for s in journey.stages if s.name.strip() == stage), None)
                titles = [c.title for c in journey.touchpoint_cards(found.id)] if found else []
                for title in titles:
                    box.addItem(self.tr("Add to the touchpoint '%1'").replace("%1", title), title)
                target = chosen_points.get((stage, name))
                current = target[1] if target else None
                box.activated.connect(
                    lambda _i, b=box, s=stage, n=name: self.touchpointChosen.emit(s, n, _choice(b))
                )
            if current is not None and box.findData(current) >= 0:
                box.setCurrentIndex(box.findData(current))
            self.setItem(row, 0, QTableWidgetItem(kind_text))
            label = name if kind == "stage" else f"{stage} / {name}"
            self.setItem(row, 1, QTableWidgetItem(label))
            self.setCellWidget(row, 2, box)
            self.boxes[(stage, name)] = box
        self.resizeColumnsToContents()
        self.setVisible(bool(listed))


def _choice(box: QComboBox) -> str:
    data = box.currentData()
    return "" if data == CREATE else str(data)
