"""File > Import spreadsheet…: preview a sheet, adjust the mapping, import as one undo step.

The dialog drives the same Qt-free pipeline as ``journeycanvas import``
(io/importers/importer.py): open the file, plan the mapping (with the user's
choices), and — on Import — collect and build the new journey with a progress
bar and Cancel. The result is pushed with ``commands.apply`` as one undo step;
Cancel (before or during the import) leaves the journey as it was. The mapping
chosen for a layout of columns is remembered and offered for the next file
with the same columns.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QVBoxLayout,
)

from journeycanvas.app.import_preview import ImportPreview
from journeycanvas.app.import_proposals import ImportProposals
from journeycanvas.canvas import commands
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.io.importers import aggregate, importer, provenance
from journeycanvas.io.importers.answers import SCORE, STAGE, TOUCHPOINT, Collected
from journeycanvas.io.importers.errors import ImportCancelled, SheetImportError
from journeycanvas.io.importers.mapping import LONG
from journeycanvas.io.importers.reading import Workbook
from journeycanvas.io.importers.scales import STANDARD_SCALES, Scale

SETTINGS_GROUP = "importMappings"


class ImportDialog(QDialog):
    #: the progress dialog of a running import (tests press its Cancel)
    progressStarted = Signal(object)
    #: emitted after the import was pushed onto the undo stack
    imported = Signal()

    def __init__(
        self, document: JourneyDocument, path: Path, parent=None, book: Workbook | None = None
    ) -> None:
        super().__init__(parent)
        #: the workbook when the caller read it already (File > Import looks for KPIs first)
        self._book = book
        self.setObjectName("importDialog")
        self.document = document
        self.path = Path(path).absolute()  # messages name the file in full, not relative
        self.options = importer.ImportOptions()
        self.source: importer.Source | None = None
        self.plan: importer.Plan | None = None
        self.collected: Collected | None = None
        self.sifted: importer.Sifted | None = None
        self.remembered = False

        self.sheet_box = QComboBox(objectName="sheetBox")
        self.scale_box = QComboBox(objectName="scaleBox")
        self.preview = ImportPreview(self)
        self.wave_edit = QLineEdit(objectName="waveEdit")
        self.segment_box = QComboBox(objectName="segmentBox")
        self.replace_box = QCheckBox(objectName="replaceBox")
        self.proposals = ImportProposals(self)
        self.proposals.setMaximumHeight(150)
        self.proposals.hide()
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.file_label = QLabel(self.path.name)
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("Sheet:"), self.sheet_box)
        form.addRow(self.tr("Scale:"), self.scale_box)
        form.addRow(self.tr("Wave:"), self.wave_edit)
        form.addRow(self.tr("Segments:"), self.segment_box)
        form.addRow("", self.replace_box)
        self.replace_box.setText(self.tr("Replace what an earlier import of this source added"))
        self.replace_box.hide()
        self.wave_edit.setToolTip(
            self.tr(
                "Every import is a survey wave; the map compares the latest with the one before"
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.proposals)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import Spreadsheet — %1").replace("%1", self.path.name))
        self.import_button.setText(self.tr("Import"))
        self.resize(1100, 660)

        self.scale_box.addItem(self.tr("Detect from headers and answers"), None)
        for lo, hi in STANDARD_SCALES:
            self.scale_box.addItem(f"{lo}–{hi}", f"{lo}-{hi}")
        self.preview.roleChosen.connect(self._role_chosen)
        self.preview.targetChosen.connect(self._target_chosen)
        self.preview.textTargetChosen.connect(self._text_chosen)
        self.preview.channelTargetChosen.connect(self._channel_chosen)
        self.scale_box.activated.connect(self._scale_chosen)
        self.sheet_box.activated.connect(self._sheet_chosen)
        self.replace_box.toggled.connect(self._replace_chosen)
        self.segment_box.activated.connect(self._segment_chosen)
        self.proposals.stageChosen.connect(self._stage_chosen)
        self.proposals.touchpointChosen.connect(self._point_chosen)
        self._open()

    # --- reading and planning ------------------------------------------------------

    def _open(self) -> None:
        try:
            self.source = importer.open_source(self.path, self.options, self._book)
        except SheetImportError as exc:
            self._show_error(str(exc))
            self.sheet_box.setEnabled(False)
            return
        book = self.source.workbook
        self.sheet_box.clear()
        self.sheet_box.addItems(book.sheet_names)
        self.sheet_box.setCurrentText(self.source.table.sheet)
        self._recall()
        self._replan()

    def _sheet_chosen(self) -> None:
        self.options = importer.ImportOptions(sheet=self.sheet_box.currentText())
        self._open()

    def _role_chosen(self, index: int, role: str) -> None:
        self.options.roles[index] = role
        if role != "question":
            self.options.questions.pop(index, None)
        if role != "comment":
            self.options.texts.pop(index, None)
        self._replan()

    def _target_chosen(self, index: int, stage: str, point: str) -> None:
        if self.plan and self.plan.targets.get(index) == (stage, point):
            return
        self.options.questions[index] = (stage, point)
        self._replan()

    def _text_chosen(self, index: int, target: tuple[str, str] | None) -> None:
        """A free-text column's words go with every score (None) or to one touchpoint."""
        if self.plan and index in self.plan.texts and self.plan.texts[index] == target:
            return
        self.options.texts[index] = None if target is None else (target[0], target[1])
        self._replan()

    def _channel_chosen(self, index: int, stage: str, point: str) -> None:
        """A channel question is about one touchpoint, or ("" point) the whole stage."""
        if self.plan and self.plan.channels.get(index) == (stage, point):
            return
        self.options.questions[index] = (stage, point or importer.WHOLE_STAGE)
        self._replan()

    def _scale_chosen(self) -> None:
        text = self.scale_box.currentData()
        self.options.scale = Scale(*map(int, text.split("-"))) if text else None
        self._replan()

    def _segment_chosen(self) -> None:
        self.options.segment = self.segment_box.currentData()
        self._replan()

    def _fill_segments(self) -> None:
        """The segment box: none, or any column; the one in use (chosen or detected) shown."""
        assert self.plan is not None
        box = self.segment_box
        box.clear()
        box.addItem(self.tr("None"), importer.NO_SEGMENT)
        for col in self.plan.mapping.header.columns:
            box.addItem(col.label, col.index)
        used = self.plan.segment.index if self.plan.segment is not None else importer.NO_SEGMENT
        box.setCurrentIndex(max(0, box.findData(used)))

    def _replace_chosen(self, on: bool) -> None:
        self.options.replace = on
        self._replan()

    def _stage_chosen(self, proposed: str, existing: str) -> None:
        if existing:
            self.options.stages[proposed] = existing
        else:
            self.options.stages.pop(proposed, None)
        self._replan()

    def _point_chosen(self, stage: str, proposed: str, existing: str) -> None:
        if existing:
            self.options.touchpoints[(stage, proposed)] = (stage, existing)
        else:
            self.options.touchpoints.pop((stage, proposed), None)
        self._replan()

    def _replan(self) -> None:
        """Plan again with the user's choices and show the result before anything changes."""
        self.plan = self.collected = self.sifted = None
        if self.source is None:
            return
        try:
            self.plan = importer.plan(self.source, self.options, self.document.journey)
        except SheetImportError as exc:
            self._show_error(str(exc))
            if self.source.header is not None:
                mapping = importer.detect(self.source.table, self.source.header)
                self.preview.show_mapping(mapping, {}, [])
            return
        self.preview.show_mapping(
            self.plan.mapping,
            self.plan.targets,
            self._known_targets(),
            self.plan.texts,
            self.plan.channels,
        )
        self._fill_segments()
        try:
            self.collected = importer.collect(self.plan)
        except SheetImportError as exc:
            self._show_error(str(exc))
            return
        self._sift()
        self._show_summary()

    def _sift(self) -> None:
        """What this import would add to the journey: not what it holds already, and
        which stages and touchpoints it would create (offered for mapping)."""
        assert self.plan is not None and self.collected is not None
        journey = self.document.journey
        earlier = importer.replaced_imports(self.plan, journey)
        self.replace_box.setVisible(bool(earlier))
        start = journey
        if self.options.replace and earlier:
            start = aggregate.remove_imports(journey, earlier)
        self.sifted = importer.sift(self.plan, self.collected, start)
        if journey.stages:
            stages, points = importer.proposed(self.sifted.answers, start, self.options)
        else:
            stages, points = [], []
        self.proposals.show_proposals(
            journey, stages, points, self.options.stages, self.options.touchpoints
        )
        wave, _date = provenance.wave_of(self.path, self.plan.mapping, None)
        self.wave_edit.setPlaceholderText(wave)

    def _known_targets(self) -> list[tuple[str, str]]:
        journey = self.document.journey
        return [
            (stage.name, card.title)
            for stage in journey.stages
            for card in journey.touchpoint_cards(stage.id)
            if card.title
        ]

    # --- what the user sees ------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #b3261e;")
        self.import_button.setEnabled(False)

    def _show_summary(self) -> None:
        assert self.plan is not None and self.collected is not None
        answers = self.collected.answers
        responses = sum(1 for a in answers if a[SCORE] is not None)
        points = len({(a[STAGE], a[TOUCHPOINT]) for a in answers})
        stages = len({a[STAGE] for a in answers})
        layout = (
            self.tr("Interview sheet (one row per answer)")
            if self.plan.mapping.layout == LONG
            else self.tr("Survey export (one row per respondent)")
        )
        scales = ", ".join(sorted({str(s) for s in self.collected.scales.values()}))
        lines = [
            self.tr("%1 · responses: %2 · touchpoints: %3 · stages: %4 · scale: %5")
            .replace("%1", layout)
            .replace("%2", f"{responses:,}")
            .replace("%3", str(points))
            .replace("%4", str(stages))
            .replace("%5", scales)
        ]
        if self.plan.texts:
            lines.append(
                self.tr(
                    "The words of %1 free-text columns become the evidence text of the scores."
                ).replace("%1", str(len(self.plan.texts)))
            )
        reasons = {
            "no stage or touchpoint": self.tr("no stage or touchpoint"),
            "no score and no comment": self.tr("no score and no comment"),
            "no answer": self.tr("no answer"),
            "free text but no score": self.tr("free text but no score"),
            "blank row": self.tr("blank"),
        }
        for reason, rows in self.collected.skipped.items():
            shown = ", ".join(str(r) for r in rows[:5]) + (", …" if len(rows) > 5 else "")
            lines.append(
                self.tr("Skipped %1 rows (%2): %3")
                .replace("%1", f"{len(rows):,}")
                .replace("%2", reasons.get(reason, reason))
                .replace("%3", shown)
            )
        if self.plan.segment is not None:
            lines.append(
                self.tr("Segments from the column %1").replace("%1", self.plan.segment.label)
            )
        sifted = self.sifted
        if sifted is not None and sifted.already:
            lines.append(
                self.tr("%1 rows already in the journey were skipped, %2 new")
                .replace("%1", f"{sifted.already:,}")
                .replace("%2", f"{sifted.new_rows:,}")
            )
        if sifted is not None and not sifted.answers:
            lines.append(self.tr("Every row is already in the journey: nothing new to import."))
        if self.proposals.boxes:
            lines.append(
                self.tr("This import creates what is listed above; choose an existing one instead")
            )
        if self.remembered:
            lines.append(
                self.tr("Using the column roles you chose for a sheet with these columns.")
            )
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet("")
        self.import_button.setEnabled(sifted is None or bool(sifted.answers))

    # --- importing -----------------------------------------------------------------

    def run_import(self) -> None:
        """Build the new journey with progress and Cancel; push it as one undo step."""
        if self.plan is None:
            return
        progress = QProgressDialog(
            self.tr("Importing %1…").replace("%1", self.path.name), "", 0, 0, self
        )
        progress.setObjectName("importProgress")
        # A title of its own, and room for it and the file's name: Qt sizes a progress
        # window by its bar, which cut both off.
        progress.setWindowTitle(self.tr("Importing Spreadsheet"))
        metrics = progress.fontMetrics()
        wide = max(metrics.horizontalAdvance(progress.windowTitle()) + 160, 420)
        progress.setMinimumWidth(max(wide, metrics.horizontalAdvance(progress.labelText()) + 80))
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
        self.progressStarted.emit(progress)

        def report(done: int, total: int) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))
            QApplication.processEvents()
            if progress.wasCanceled():
                raise ImportCancelled

        before = self.document.journey
        self.options.wave = self.wave_edit.text().strip() or None
        try:
            journey, _ = importer.run(self.plan, before, report)
        except ImportCancelled:
            progress.close()
            self.summary.setText(self.tr("Import cancelled; the journey was not changed."))
            return
        except SheetImportError as exc:
            progress.close()
            self._show_error(str(exc))
            return
        progress.close()
        if self.document.journey is not before:
            self._show_error(self.tr("The journey changed while importing; import again."))
            return
        name = self.path.name
        commands.apply(
            self.document,
            # Not self.tr: the dialog is gone by the time a language switch renames the step.
            lambda: QCoreApplication.translate("ImportDialog", "Import %1").replace("%1", name),
            lambda _j: journey,
        )
        self._remember()
        self.imported.emit()
        self.accept()

    # --- remembering a mapping ---------------------------------------------------------

    def _settings_key(self) -> str | None:
        if self.source is None or self.source.header is None:
            return None
        mapping = importer.detect(self.source.table, self.source.header)
        digest = hashlib.sha1(mapping.layout_key().encode("utf-8")).hexdigest()[:16]
        return f"{SETTINGS_GROUP}/{digest}"

    def _remember(self) -> None:
        key = self._settings_key()
        chosen = self.options.roles or self.options.questions or self.options.texts
        if key is None or not (chosen or self.options.scale):
            return
        data = {
            "roles": {str(k): v for k, v in self.options.roles.items()},
            "questions": {str(k): list(v) for k, v in self.options.questions.items()},
            "texts": {str(k): v and list(v) for k, v in self.options.texts.items()},
            "scale": str(self.options.scale) if self.options.scale else None,
        }
        QSettings().setValue(key, json.dumps(data, ensure_ascii=False))

    def _recall(self) -> None:
        key = self._settings_key()
        raw = QSettings().value(key) if key else None
        if not raw or self.options.roles or self.options.questions or self.options.texts:
            return
        try:
            data = json.loads(str(raw))
            width = len(self.source.header.columns) if self.source and self.source.header else 0
            roles = {int(k): str(v) for k, v in data.get("roles", {}).items() if int(k) < width}
            questions = {
                int(k): (str(v[0]), str(v[1]))
                for k, v in data.get("questions", {}).items()
                if int(k) < width
            }
            texts = {
                int(k): None if v is None else (str(v[0]), str(v[1]))
                for k, v in data.get("texts", {}).items()
                if int(k) < width
            }
            scale = data.get("scale")
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            return
        self.options.roles, self.options.questions = roles, questions
        self.options.texts = texts
        if scale:
            self.options.scale = Scale(*map(float, scale.split("-")))
            self.scale_box.setCurrentIndex(max(0, self.scale_box.findData(scale)))
        self.remembered = bool(roles or questions or texts or scale)
