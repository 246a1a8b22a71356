"""The Inspector dock: the properties of the selected card or emotion point, or of
the current step when nothing is selected.

Every change goes through ``commands.apply``, so it undoes like a gesture on the
canvas. Typing into one field is one undo step: the commands of one "field-edit
session" share a merge key, and a session ends when the field loses focus, the
user presses Enter, or the selection changes. The dock reads everything back from
the model whenever the document or the selection changes; it holds no state of
its own beyond the id of what it shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app.evidence_table import EvidenceEditor
from journeycanvas.app.icons import icon
from journeycanvas.app.improvement_editor import ImprovementEditor
from journeycanvas.app.kpi_editor import KpiEditor
from journeycanvas.app.list_editor import ListEditor
from journeycanvas.app.persona_dock import (
    PhotoError,
    image_data_uri,
    image_from_data_uri,
    photo_data_uri,
)
from journeycanvas.app.step_fields import CardStructureFields, LinkFields, StepFields
from journeycanvas.app.trigger_editor import TriggerEditor
from journeycanvas.canvas import commands, edits, improvements, kpis, research, triggers
from journeycanvas.canvas.analysis.channel_names import known_channel
from journeycanvas.canvas.card_images import IMAGE_SIDE
from journeycanvas.canvas.channel_icons import ICONS
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.items.emotion_point import EmotionPointItem
from journeycanvas.canvas.items.link import LinkItem
from journeycanvas.canvas.model import (
    TOUCHPOINT_KINDS,
    Card,
    Evidence,
    LaneKind,
    Link,
    Metric,
    Stage,
    Step,
)
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.io.importers.scales import parse_scale

EMPTY, CARD, POINT, STEP, LINK = 0, 1, 2, 3, 4
# Rows of the card form (row 0 is the "suggested" note spanning both columns).
ROW_CHANNEL, ROW_OWNER, ROW_ACCEPT, ROW_EVIDENCE, ROW_METRICS = 3, 4, 6, 7, 8
ROW_IMPROVEMENT, ROW_KPI, ROW_PICTURE, ROW_ICON, ROW_TRIGGER, ROW_STRUCTURE = 9, 10, 11, 12, 13, 14
AUTOMATIC = "\u0000auto"  # the icon combo's "picked from the channel text" entry


def _parse_score(text: str) -> float | None:
    try:
        return max(-2.0, min(2.0, float(text.replace(",", ".").replace("−", "-"))))
    except ValueError:
        return None


#: Evidence columns: quote, the answer as given (on its scale), score, where it came from.
EV_QUOTE, EV_ANSWER, EV_SCORE, EV_FROM = range(4)


def _answer_cell(e: Evidence) -> str:
    return f"{e.answer} ({e.scale})" if e.answer and e.scale else e.answer


def _from_cell(e: Evidence) -> str:
    """Respondent · segment · channel · day · file · sheet · row: who answered, through
    which channel and when, and where the answer can be checked."""
    # A csv file's one sheet is named for the file: saying it twice adds nothing.
    sheet = "" if e.sheet == e.source.rsplit(".", 1)[0] else e.sheet
    parts = [e.respondent, e.segment, e.channel, e.date, e.source, sheet]
    parts.append("" if e.row is None else f"#{e.row}")
    return " · ".join(p for p in parts if p)


def _evidence_cells(e: Evidence) -> list[str]:
    """One evidence row as the table shows it (made only for the rows in view)."""
    score = "" if e.score is None else f"{e.score:g}"
    return [e.text, _answer_cell(e), score, _from_cell(e)]


def _score_from_answer(text: str, scale: str) -> float | None:
    """A typed answer on the evidence's own scale ("4" on 1-5) as a −2…+2 score."""
    number = text.split("(")[0].strip().replace(",", ".")
    try:
        value = float(number)
        found = parse_scale(scale)
    except ValueError:
        return None
    if not found.holds(value):
        return None
    return found.score(value)


class InspectorDock(QDockWidget):
    def __init__(self, document: JourneyDocument, scene: JourneyScene, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorDock")
        self.document = document
        self.scene = scene
        self.card_id: str | None = None
        self.point_id: str | None = None
        self.link_id: str | None = None
        self._session = 0
        self._loading = False
        self.toggleViewAction().setIcon(icon("document-properties"))
        self.pages = QStackedWidget()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self._card_page())
        self.pages.addWidget(self._point_page())
        self.step_fields = StepFields()
        self.pages.addWidget(self.step_fields)
        self.step_fields.edited.connect(self._step_edited)
        self.step_fields.finished.connect(self._end_session)
        self.step_fields.delete_requested.connect(self._delete_step)
        self.link_fields = LinkFields()
        self.pages.addWidget(self.link_fields)
        self.link_fields.edited.connect(self._link_edited)
        self.link_fields.finished.connect(self._end_session)
        self.link_fields.delete_requested.connect(self._delete_link)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(self.pages)
        column.addStretch(1)  # the fields sit at the top, not spread over the dock
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.setWidget(scroll)
        document.changed.connect(self.refresh)
        scene.selectionChanged.connect(self._selection_changed)
        scene.currentChanged.connect(self._selection_changed)
        self.retranslate()
        self._selection_changed()

    # --- building the pages ----------------------------------------------------------

    def _card_page(self) -> QWidget:
        page = QWidget()
        self.card_form = form = QFormLayout(page)
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.body_edit = QPlainTextEdit(objectName="bodyEdit")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setFixedHeight(90)
        self.channel_edit = QLineEdit(objectName="channelEdit")
        self.owner_edit = QLineEdit(objectName="ownerEdit")
        self.colour_button = QPushButton(objectName="colourButton")
        self.colour_reset = QPushButton(objectName="colourReset")
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addWidget(self.colour_reset)
        self.suggested_label = QLabel(objectName="suggestedLabel")
        self.suggested_label.setWordWrap(True)
        self.accept_button = QPushButton(objectName="acceptSuggestion")
        self.evidence_editor = EvidenceEditor(_evidence_cells, 4, read_only=(EV_FROM,))
        head = self.evidence_editor.table.horizontalHeader()
        for column in (EV_ANSWER, EV_SCORE, EV_FROM):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.evidence_editor.setObjectName("evidenceEditor")
        self.metrics_editor = ListEditor(2)
        self.metrics_editor.setObjectName("metricsEditor")
        self.card_labels = [QLabel() for _ in range(8)]
        rows = [
            self.title_edit,
            self.body_edit,
            self.channel_edit,
            self.owner_edit,
            colour_row,
            self.accept_button,
            self.evidence_editor,
            self.metrics_editor,
        ]
        form.addRow(self.suggested_label)
        for label, widget in zip(self.card_labels, rows, strict=True):
            form.addRow(label, widget)
        self.improvement_editor = ImprovementEditor()
        form.addRow(self.improvement_editor)  # ROW_IMPROVEMENT
        self.improvement_editor.edited.connect(self._improvement_edited)
        self.improvement_editor.finished.connect(self._end_session)
        self.kpi_editor = KpiEditor()
        form.addRow(self.kpi_editor)  # ROW_KPI
        # A picture on the card (a screenshot, a storyboard sketch): shown on the map
        # and the poster, stored inside the file, shrunk when added.
        self.picture_label = QLabel()
        self.picture_preview = QLabel(objectName="cardPicturePreview")
        self.picture_preview.setFixedSize(96, 64)
        self.picture_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture_button = QPushButton(objectName="choosePicture")
        self.picture_paste = QPushButton(objectName="pastePicture")
        self.picture_remove = QPushButton(objectName="removePicture")
        picture_row = QHBoxLayout()
        picture_row.addWidget(self.picture_preview)
        picture_buttons = QVBoxLayout()  # one above the other: the dock is narrow
        for button in (self.picture_button, self.picture_paste, self.picture_remove):
            picture_buttons.addWidget(button)
        picture_row.addLayout(picture_buttons)
        form.addRow(self.picture_label, picture_row)  # ROW_PICTURE
        # The channel icon: picked from the channel text, or chosen by hand.
        self.icon_label = QLabel()
        self.icon_combo = QComboBox(objectName="channelIcon")
        form.addRow(self.icon_label, self.icon_combo)  # ROW_ICON
        self.icon_combo.activated.connect(self._icon_chosen)
        self.picture_button.clicked.connect(self._choose_picture)
        self.picture_paste.clicked.connect(self.paste_picture)
        self.picture_remove.clicked.connect(lambda: self._set_card("image", None))
        self.kpi_editor.edited.connect(self._kpi_edited)
        self.kpi_editor.finished.connect(self._end_session)
        self.trigger_editor = TriggerEditor()
        form.addRow(self.trigger_editor)  # ROW_TRIGGER
        self.trigger_editor.edited.connect(self._trigger_edited)
        self.trigger_editor.finished.connect(self._end_session)
        self.structure_fields = CardStructureFields()
        form.addRow(self.structure_fields)  # ROW_STRUCTURE: span and moment of truth
        self.structure_fields.edited.connect(self._structure_edited)
        self.structure_fields.finished.connect(self._end_session)
        for field, edit in (
            ("title", self.title_edit),
            ("channel", self.channel_edit),
            ("owner", self.owner_edit),
        ):
            edit.textEdited.connect(lambda text, f=field: self._set_card(f, text, merge=True))
            edit.editingFinished.connect(self._end_session)
            edit.returnPressed.connect(self._end_session)
        self.body_edit.textChanged.connect(self._body_changed)
        self.body_edit.installEventFilter(self)
        self.colour_button.clicked.connect(self._choose_colour)
        self.colour_reset.clicked.connect(lambda: self._set_card("color", None))
        self.accept_button.clicked.connect(lambda: self._set_card("suggested", False))
        self.evidence_editor.edited.connect(self._evidence_edited)
        self.metrics_editor.edited.connect(self._metrics_edited)
        return page

    def _point_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.score_spin = QDoubleSpinBox(objectName="scoreSpin")
        self.score_spin.setRange(-2.0, 2.0)
        self.score_spin.setSingleStep(0.25)
        self.score_spin.setDecimals(2)
        self.label_edit = QLineEdit(objectName="pointLabelEdit")
        self.linked_label = QLabel(objectName="linkedCard")
        self.linked_label.setWordWrap(True)
        self.point_labels = [QLabel() for _ in range(3)]
        for label, widget in zip(
            self.point_labels, [self.score_spin, self.label_edit, self.linked_label], strict=True
        ):
            form.addRow(label, widget)
        self.score_spin.valueChanged.connect(self._score_changed)
        self.score_spin.editingFinished.connect(self._end_session)
        self.label_edit.textEdited.connect(lambda text: self._set_point("label", text, True))
        self.label_edit.editingFinished.connect(self._end_session)
        self.label_edit.returnPressed.connect(self._end_session)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector"))
        self.toggleViewAction().setText(self.tr("&Inspector"))
        self.empty_label.setText(
            self.tr("Select a card, an emotion point, a link or a step header to see its details.")
        )
        names = [
            self.tr("Title"),
            self.tr("Text"),
            self.tr("Channel"),
            self.tr("Owner"),
            self.tr("Colour"),
            "",
            self.tr("Evidence"),
            self.tr("Metrics"),
        ]
        for label, text in zip(self.card_labels, names, strict=True):
            label.setText(text)
        self.colour_reset.setText(self.tr("Use Lane Colour"))
        self.picture_label.setText(self.tr("Picture"))
        self.icon_label.setText(self.tr("Icon"))
        self.picture_button.setText(self.tr("Choose Picture…"))
        self.picture_remove.setText(self.tr("Remove Picture"))
        self.picture_paste.setText(self.tr("Paste Picture"))
        self.picture_paste.setToolTip(
            self.tr("Put the picture on the clipboard (a screenshot) on the card.")
        )
        self.accept_button.setText(self.tr("Accept Suggestion"))
        self.suggested_label.setText(
            self.tr("Suggested by an import: check it, then accept it or delete the card.")
        )
        self.evidence_editor.set_headers(
            [self.tr("Quote"), self.tr("Answer"), self.tr("Score (−2…+2)"), self.tr("From")]
        )
        self.evidence_editor.setToolTip(
            self.tr(
                "Answer is what the respondent gave, on its own scale; typing a new answer "
                "rescores it. Score is on the map's −2…+2 range. "
                "From: respondent, file, sheet, row."
            )
        )
        self.metrics_editor.set_headers([self.tr("Metric"), self.tr("Value")])
        self.evidence_editor.retranslate()
        self.metrics_editor.retranslate()
        self.improvement_editor.retranslate()
        self.kpi_editor.retranslate()
        self.trigger_editor.retranslate()
        self.step_fields.retranslate()
        self.link_fields.retranslate()
        self.structure_fields.retranslate()
        for label, text in zip(
            self.point_labels,
            [self.tr("Score (−2…+2)"), self.tr("Label"), self.tr("Card")],
            strict=True,
        ):
            label.setText(text)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self.body_edit and event.type() == QEvent.Type.FocusOut:
            self._end_session()
        return super().eventFilter(watched, event)

    # --- selection and model -> widgets -------------------------------------------------

    def _selection_changed(self) -> None:
        try:
            items = self.scene.selectedItems()
        except RuntimeError:  # the scene is being destroyed with its window
            return
        cards = [i.card_id for i in items if isinstance(i, CardItem)]
        points = [i.point_id for i in items if isinstance(i, EmotionPointItem)]
        self.card_id = cards[0] if len(cards) == 1 and not points else None
        self.point_id = points[0] if len(points) == 1 and not cards else None
        links = [i.link_id for i in items if isinstance(i, LinkItem)]
        self.link_id = links[0] if len(items) == 1 and links else None
        self._end_session()
        self.refresh()

    def _card(self) -> Card | None:
        ids = {c.id: c for c in self.document.journey.cards}
        return ids.get(self.card_id) if self.card_id else None

    def _step(self) -> tuple[Stage, Step] | None:
        """The current step and its stage, when nothing is selected (a header was clicked)."""
        step_id = self.scene.current_step_id
        if step_id is None or self.card_id is not None or self.point_id is not None:
            return None
        try:
            if self.scene.selectedItems():
                return None
        except RuntimeError:
            return None
        for stage in self.document.journey.stages:
            for step in stage.steps:
                if step.id == step_id:
                    return stage, step
        return None

    def _link(self) -> Link | None:
        return next((x for x in self.document.journey.links if x.id == self.link_id), None)

    def _step_width(self, step: Step) -> float:
        """The width the step is drawn at (its own, or the default it was laid out with)."""
        if step.width is not None:
            return step.width
        lay = self.scene.layout_
        found = next((s for s in lay.steps if s.step_id == step.id), None) if lay else None
        return found.header.rect.w if found is not None else 120.0

    def refresh(self) -> None:
        journey = self.document.journey
        card = self._card()
        point = next((p for p in journey.emotion_points if p.id == self.point_id), None)
        self._loading = True
        try:
            if card is not None:
                self._show_card(card)
                self.pages.setCurrentIndex(CARD)
            elif point is not None:
                if abs(self.score_spin.value() - point.score) > 1e-9:
                    self.score_spin.setValue(point.score)
                if self.label_edit.text() != point.label:
                    self.label_edit.setText(point.label)
                linked = next((c for c in journey.cards if c.id == point.card_id), None)
                self.linked_label.setText(linked.title if linked else self.tr("(none)"))
                self.pages.setCurrentIndex(POINT)
            elif (link := self._link()) is not None:
                names = {c.id: c.title for c in journey.cards}
                self.link_fields.show_link(
                    names.get(link.from_card, ""), names.get(link.to_card, ""), link.label
                )
                self.pages.setCurrentIndex(LINK)
            elif self._step() is not None:
                stage, step = self._step()
                self.step_fields.show_step(stage.name, step, self._step_width(step))
                self.pages.setCurrentIndex(STEP)
            else:
                self.pages.setCurrentIndex(EMPTY)
        finally:
            self._loading = False

    def _show_card(self, card: Card) -> None:
        for edit, value in (
            (self.title_edit, card.title),
            (self.channel_edit, card.channel),
            (self.owner_edit, card.owner),
        ):
            if edit.text() != value:
                edit.setText(value)
        if self.body_edit.toPlainText() != card.body:
            self.body_edit.setPlainText(card.body)
        kind = self.document.journey.lane(card.lane_id).kind
        # Channel, owner, evidence and metrics belong to touchpoints; other cards show
        # them only when they have some (an import may have filled them).
        touchpoint = kind in TOUCHPOINT_KINDS
        filled = {
            ROW_CHANNEL: card.channel,
            ROW_OWNER: card.owner,
            ROW_EVIDENCE: card.evidence,
            ROW_METRICS: card.metrics,
        }
        # An improvement has an owner: who carries it out; a trigger a channel it goes by.
        filled[ROW_OWNER] = card.owner or card.improvement is not None
        trigger = kind == LaneKind.TRIGGERS or card.trigger is not None
        filled[ROW_CHANNEL] = card.channel or trigger
        for row, value in filled.items():
            self.card_form.setRowVisible(row, touchpoint or bool(value))
        opportunity = kind == LaneKind.OPPORTUNITIES or card.improvement is not None
        self.card_form.setRowVisible(ROW_IMPROVEMENT, opportunity)
        if opportunity:
            self.improvement_editor.show_card(self.document.journey, card)
        metric = kind == LaneKind.METRICS or card.kpi is not None
        self.card_form.setRowVisible(ROW_KPI, metric)
        if metric:
            self.kpi_editor.show_card(card)
        self.card_form.setRowVisible(ROW_TRIGGER, trigger)
        if trigger:
            self.trigger_editor.show_card(card, self.document.journey.language)
        self.structure_fields.show_card(self.document.journey, card)
        self.colour_button.setText(card.color or self.tr("Lane colour"))
        swatch = QColor(card.color) if card.color else self.palette().button().color()
        self.colour_button.setStyleSheet(
            f"background-color: {swatch.name()}; color: "
            f"{'#000000' if swatch.lightness() > 128 else '#FFFFFF'};"
        )
        self.colour_reset.setEnabled(card.color is not None)
        self.picture_remove.setEnabled(card.image is not None)
        self._show_icon(card, kind)
        picture = image_from_data_uri(card.image)
        self.picture_preview.setPixmap(
            QPixmap.fromImage(picture).scaled(
                96,
                64,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            if not picture.isNull()
            else QPixmap()
        )
        self.suggested_label.setVisible(card.suggested)
        self.card_form.setRowVisible(ROW_ACCEPT, card.suggested)
        self.evidence_editor.set_evidence(card.evidence, research.wave_names(self.document.journey))
        self.metrics_editor.set_rows([(None, [m.name, m.value]) for m in card.metrics])

    # --- widgets -> commands ---------------------------------------------------------------

    def _end_session(self) -> None:
        self._session += 1

    def _set_card(self, field: str, value, merge: bool = False) -> None:
        if self._loading or self.card_id is None:
            return
        card_id = self.card_id
        texts = {  # functions, so a step already made follows a language switch
            "title": lambda: self.tr("Edit card title"),
            "body": lambda: self.tr("Edit card text"),
            "channel": lambda: self.tr("Edit channel"),
            "owner": lambda: self.tr("Edit owner"),
            "color": lambda: self.tr("Change card colour"),
            "suggested": lambda: self.tr("Accept suggestion"),
            "evidence": lambda: self.tr("Edit evidence"),
            "metrics": lambda: self.tr("Edit metrics"),
            "image": lambda: self.tr("Change card picture"),
            "channel_icon": lambda: self.tr("Change channel icon"),
        }
        key = ("inspector", field, card_id, self._session) if merge else None
        commands.apply(
            self.document,
            texts[field],
            lambda j: edits.update_card(j, card_id, **{field: value}),
            merge_key=key,
        )

    def _body_changed(self) -> None:
        if not self._loading:
            self._set_card("body", self.body_edit.toPlainText(), merge=True)

    def _choose_colour(self) -> None:
        card = self._card()
        if card is None:
            return
        start = QColor(card.color) if card.color else QColor("#FFFFFF")
        chosen = QColorDialog.getColor(start, self, self.tr("Card Colour"))
        if chosen.isValid():
            self._set_card("color", chosen.name().upper())

    def _choose_picture(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )
        if name:
            self.set_picture_from(Path(name))

    def set_picture_from(self, path: Path) -> bool:
        """Put a picture file on the selected card, shrunk to IMAGE_SIDE: one undo step."""
        try:
            uri = photo_data_uri(path, IMAGE_SIDE)
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Cannot use this picture"), str(exc))
            return False
        self._set_card("image", uri)
        return True

    def _show_icon(self, card: Card, kind: LaneKind) -> None:
        """The icon row of a touchpoint or channels-lane card: Automatic (what the
        channel text picks), No icon, or one of the channels' icons."""
        language = self.document.journey.language
        combo = self.icon_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Automatic (from the channel)"), AUTOMATIC)
        combo.addItem(self.tr("No icon"), "")
        for key in ICONS:
            known = known_channel(key)
            combo.addItem(known.name(language) if known else key, key)
        wanted = AUTOMATIC if card.channel_icon is None else card.channel_icon
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        shown = kind in (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS) or card.channel_icon is not None
        self.card_form.setRowVisible(ROW_ICON, shown)

    def _icon_chosen(self, index: int) -> None:
        key = self.icon_combo.itemData(index)
        self._set_card("channel_icon", None if key == AUTOMATIC else key)

    def paste_picture(self) -> bool:
        """The clipboard's picture (a screenshot just taken) on the selected card,
        shrunk to IMAGE_SIDE: one undo step; nothing happens without a picture."""
        image = QGuiApplication.clipboard().image()
        if image.isNull() or self.card_id is None:
            return False
        if max(image.width(), image.height()) > IMAGE_SIDE:
            image = image.scaled(
                IMAGE_SIDE,
                IMAGE_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self._set_card("image", image_data_uri(image))
        return True

    def _evidence_edited(self, rows: list) -> None:
        card = self._card()
        if card is None:
            return
        old = {e.id: e for e in card.evidence}
        evidence = []
        for key, (text, answer, score, _from) in rows:
            base = old.get(key) or Evidence()
            update: dict = {"text": text, "score": _parse_score(score)}
            if answer != _answer_cell(base):
                # A new answer on the evidence's own scale decides the score.
                rescored = _score_from_answer(answer, base.scale) if base.scale else None
                update["answer"] = answer.split("(")[0].strip()
                if rescored is not None:
                    update["score"] = rescored
            evidence.append(base.model_copy(update=update))
        self._set_card("evidence", evidence)

    def _metrics_edited(self, rows: list) -> None:
        metrics = [Metric(name=name, value=value) for _key, (name, value) in rows if name]
        self._set_card("metrics", metrics)

    def _improvement_edited(self, field: str, value, merge: bool) -> None:
        if self._loading or self.card_id is None:
            return
        card_id = self.card_id
        if field == "enable":
            if value:
                text = lambda: self.tr("Make improvement")  # noqa: E731
                edit = lambda j: improvements.update_improvement(j, card_id)  # noqa: E731
            else:
                text = lambda: self.tr("Remove improvement")  # noqa: E731
                edit = lambda j: improvements.clear_improvement(j, card_id)  # noqa: E731
        else:
            texts = {
                "status": lambda: self.tr("Change improvement status"),
                "due": lambda: self.tr("Edit due date"),
                "done_on": lambda: self.tr("Edit done date"),
                "customer_value": lambda: self.tr("Change customer value"),
                "business_value": lambda: self.tr("Change business value"),
                "effort": lambda: self.tr("Change effort"),
                "pains": lambda: self.tr("Link pains"),
                "kpis": lambda: self.tr("Link KPIs"),
                "evidence": lambda: self.tr("Link evidence"),
                "note": lambda: self.tr("Edit improvement note"),
                "experiment": lambda: self.tr("Edit A/B test"),
            }
            text = texts[field]
            edit = lambda j: improvements.update_improvement(j, card_id, **{field: value})  # noqa: E731
        key = ("inspector", "improvement", field, card_id, self._session) if merge else None
        commands.apply(self.document, text, edit, merge_key=key)

    def _kpi_edited(self, field: str, value, merge: bool) -> None:
        if self._loading or self.card_id is None:
            return
        card_id = self.card_id
        if field == "enable":
            text = (
                (lambda: self.tr("Track KPI")) if value else (lambda: self.tr("Stop tracking KPI"))
            )
            if value:
                edit = lambda j: kpis.update_kpi(j, card_id)  # noqa: E731
            else:
                edit = lambda j: kpis.clear_kpi(j, card_id)  # noqa: E731
        else:
            text = {
                "unit": lambda: self.tr("Edit KPI unit"),
                "direction": lambda: self.tr("Change KPI direction"),
                "baseline": lambda: self.tr("Edit KPI baseline"),
                "target": lambda: self.tr("Edit KPI target"),
                "measurements": lambda: self.tr("Edit KPI measurements"),
            }[field]
            edit = lambda j: kpis.update_kpi(j, card_id, **{field: value})  # noqa: E731
        key = ("inspector", "kpi", field, card_id, self._session) if merge else None
        commands.apply(self.document, text, edit, merge_key=key)

    def _trigger_edited(self, field: str, value, merge: bool) -> None:
        if self._loading or self.card_id is None:
            return
        card_id = self.card_id
        if field == "enable":
            if value:
                text = lambda: self.tr("Plan trigger")  # noqa: E731
                edit = lambda j: triggers.update_trigger(j, card_id)  # noqa: E731
            else:
                text = lambda: self.tr("Remove trigger")  # noqa: E731
                edit = lambda j: triggers.clear_trigger(j, card_id)  # noqa: E731
        else:
            text = {
                "event": lambda: self.tr("Edit trigger event"),
                "delay": lambda: self.tr("Edit trigger delay"),
                "action": lambda: self.tr("Edit trigger action"),
                "segment": lambda: self.tr("Edit trigger segment"),
            }[field]
            edit = lambda j: triggers.update_trigger(j, card_id, **{field: value})  # noqa: E731
        key = ("inspector", "trigger", field, card_id, self._session) if merge else None
        commands.apply(self.document, text, edit, merge_key=key)

    def _structure_edited(self, field: str, value, merge: bool) -> None:
        """A card's span or moment of truth, typed or ticked: one undo step."""
        if self._loading or self.card_id is None:
            return
        card_id = self.card_id
        if field == "span":
            span = int(value)
            text = lambda: self.tr("Span %n column(s)", "", span)  # noqa: E731
            edit = lambda j: edits.set_span(j, card_id, span)  # noqa: E731
        else:
            on = bool(value)
            text = lambda: self.tr("Moment of truth")  # noqa: E731
            edit = lambda j: edits.update_card(j, card_id, moment_of_truth=on)  # noqa: E731
        key = ("inspector", field, card_id, self._session) if merge else None
        commands.apply(self.document, text, edit, merge_key=key)

    def _step_edited(self, field: str, value, merge: bool) -> None:
        """The current step's name, width or moment of truth: one undo step."""
        found = self._step()
        if self._loading or found is None:
            return
        step_id = found[1].id
        if field == "name":
            text = lambda: self.tr("Rename step")  # noqa: E731
            edit = lambda j: edits.update_step(j, step_id, name=value)  # noqa: E731
        elif field == "width":
            text = lambda: self.tr("Resize step")  # noqa: E731
            edit = lambda j: edits.resize_step(j, step_id, float(value))  # noqa: E731
        else:
            on = bool(value)
            text = lambda: self.tr("Moment of truth")  # noqa: E731
            edit = lambda j: edits.update_step(j, step_id, moment_of_truth=on)  # noqa: E731
        key = ("inspector", "step", field, step_id, self._session) if merge else None
        commands.apply(self.document, text, edit, merge_key=key)

    def _link_edited(self, field: str, value, merge: bool) -> None:
        """Typing a selected link's label: one undo step per typing session."""
        if self._loading or self._link() is None:
            return
        link_id, label = self.link_id, str(value)
        commands.apply(
            self.document,
            lambda: self.tr("Label link"),
            lambda j: edits.update_link(j, link_id, label=label),
            merge_key=("inspector", "link", link_id, self._session) if merge else None,
        )

    def _delete_link(self) -> None:
        if self._link() is None:
            return
        link_id = self.link_id
        commands.apply(
            self.document,
            lambda: self.tr("Delete link"),
            lambda j: edits.delete_links(j, [link_id]),
        )

    def _delete_step(self) -> None:
        found = self._step()
        if found is None:
            return
        step_id = found[1].id
        commands.apply(
            self.document, lambda: self.tr("Delete step"), lambda j: edits.delete_step(j, step_id)
        )

    def _set_point(self, field: str, value, merge: bool = False) -> None:
        if self._loading or self.point_id is None:
            return
        point_id = self.point_id
        if field == "score":
            text = lambda: self.tr("Change emotion score")  # noqa: E731
        else:
            text = lambda: self.tr("Edit point label")  # noqa: E731
        key = ("inspector", field, point_id, self._session) if merge else None
        commands.apply(
            self.document,
            text,
            lambda j: edits.update_point(j, point_id, **{field: value}),
            merge_key=key,
        )

    def _score_changed(self, value: float) -> None:
        self._set_point("score", value, merge=True)
