"""The Persona dock: the journey's title and scenario, and who travels it.

Like the inspector, every change is one undoable command (typing merges into
one step per field-edit session) and the dock reads everything back from the
model on each change. A photo is stored inside the journey as a ``data:`` URI,
so the file stays self-contained; its size is read from the image header first
and refused when decoding it would pass Qt's allocation limit (docs/ARCHITECTURE.md),
and it is scaled down before it is stored.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app.icons import icon
from journeycanvas.app.list_editor import ListEditor
from journeycanvas.canvas import commands, edits
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.model import Persona, Segment

PHOTO_SIDE = 512  # stored photos are at most this many pixels on their longer side
MAX_PHOTO_BYTES = 30 * 1024 * 1024


class PhotoError(ValueError):
    """A photo that cannot be used; the message is one translated sentence."""


def photo_data_uri(path: Path, side: int = PHOTO_SIDE) -> str:
    """Read, check and shrink an image file into a data: URI."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PHOTO_BYTES:
            raise PhotoError(
                QCoreApplication.translate(
                    "PersonaDock", "The picture file is too large (more than 30 MB)."
                )
            )
    except OSError as exc:
        raise PhotoError(
            QCoreApplication.translate("PersonaDock", "The picture cannot be read: %1").replace(
                "%1", str(exc)
            )
        ) from None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise PhotoError(
            QCoreApplication.translate(
                "PersonaDock", "This file is not a picture Journey Canvas can read."
            )
        )
    size = reader.size()  # from the header, before anything is decoded
    limit_mb = QImageReader.allocationLimit()
    if size.isValid() and limit_mb > 0 and size.width() * size.height() * 4 > limit_mb * 2**20:
        raise PhotoError(
            QCoreApplication.translate("PersonaDock", "The picture is too large (%1 × %2 pixels).")
            .replace("%1", str(size.width()))
            .replace("%2", str(size.height()))
        )
    if size.isValid() and max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            QCoreApplication.translate("PersonaDock", "The picture cannot be read: %1").replace(
                "%1", reader.errorString()
            )
        )
    return image_data_uri(image)


def image_data_uri(image: QImage) -> str:
    fmt, mime = ("PNG", "image/png") if image.hasAlphaChannel() else ("JPEG", "image/jpeg")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, 88)
    buffer.close()
    return f"data:{mime};base64,{base64.b64encode(bytes(data)).decode('ascii')}"


def image_from_data_uri(uri: str | None) -> QImage:
    """The image of a data: URI (a null image when there is none or it is broken)."""
    image = QImage()
    if uri and uri.startswith("data:") and "," in uri:
        try:
            image.loadFromData(base64.b64decode(uri.split(",", 1)[1], validate=False))
        except ValueError:
            return QImage()
    return image


# The form's first rows (title, scenario, the persona list with its +/− buttons) that
# stay in sight however small a restored window layout left the dock.
ROWS_ALWAYS_SHOWN = 3


class _FormScroll(QScrollArea):
    """A scroll area never narrower than its form (scroll bar included), so at the
    dock's default width nothing is cut off at the side, whatever the language; and
    never lower than the form's first rows, so the persona list and its +/− buttons
    stay in sight when QMainWindow.restoreState hands the dock a sliver of height
    (a layout saved from a window where the docks were squeezed)."""

    def __init__(self, form: QFormLayout) -> None:
        super().__init__()
        self.form = form

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint() if self.widget() else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), self._first_rows_height())

    def _first_rows_height(self) -> int:
        form = self.form
        rows = min(ROWS_ALWAYS_SHOWN, form.rowCount())
        height = 0
        for row in range(rows):
            items = (
                form.itemAt(row, QFormLayout.ItemRole.LabelRole),
                form.itemAt(row, QFormLayout.ItemRole.FieldRole),
            )
            height += max((i.sizeHint().height() for i in items if i is not None), default=0)
        height += max(0, form.verticalSpacing()) * max(0, rows - 1)
        outer = self.widget().layout() if self.widget() else None
        for layout in (form, outer):
            if layout is not None:
                margins = layout.contentsMargins()
                height += margins.top() + margins.bottom()
        return height + 2 * self.frameWidth()


class PersonaDock(QDockWidget):
    def __init__(self, document: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personaDock")
        self.document = document
        self.persona_id: str | None = None
        self._session = 0
        self._loading = False
        self.toggleViewAction().setIcon(icon("system-users"))
        page = QWidget()
        self.form = form = QFormLayout(page)
        self.title_edit = QLineEdit(objectName="journeyTitle")
        self.scenario_edit = QPlainTextEdit(objectName="scenarioEdit")
        self.scenario_edit.setTabChangesFocus(True)
        self.scenario_edit.setFixedHeight(70)
        self.persona_combo = QComboBox(objectName="personaCombo")
        self.add_button = QPushButton(icon("list-add"), "", objectName="addPersona")
        self.remove_button = QPushButton(icon("list-remove"), "", objectName="removePersona")
        chooser = QHBoxLayout()
        chooser.addWidget(self.persona_combo, 1)
        chooser.addWidget(self.add_button)
        chooser.addWidget(self.remove_button)
        self.name_edit = QLineEdit(objectName="personaName")
        self.segment_combo = QComboBox(objectName="segmentCombo")
        for segment in Segment:
            self.segment_combo.addItem("", segment.value)
        self.description_edit = QPlainTextEdit(objectName="descriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.lists = {name: ListEditor(1) for name in ("goals", "needs", "pains")}
        self.quote_edit = QLineEdit(objectName="quoteEdit")
        self.photo_label = QLabel(objectName="photoLabel")
        self.photo_label.setFixedSize(96, 96)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_button = QPushButton(objectName="choosePhoto")
        self.photo_remove = QPushButton(objectName="removePhoto")
        photo = QHBoxLayout()
        photo.addWidget(self.photo_label)
        photo_buttons = QVBoxLayout()  # beside the photo, one above the other: narrow
        photo_buttons.addWidget(self.photo_button)
        photo_buttons.addWidget(self.photo_remove)
        photo_buttons.addStretch(1)
        photo.addLayout(photo_buttons)
        photo.addStretch(1)
        widgets = [
            self.title_edit,
            self.scenario_edit,
            chooser,
            self.name_edit,
            self.segment_combo,
            self.description_edit,
            *self.lists.values(),
            self.quote_edit,
            photo,
        ]
        self.labels = [QLabel() for _ in widgets]
        for label, widget in zip(self.labels, widgets, strict=True):
            form.addRow(label, widget)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(page)
        column.addStretch(1)
        scroll = _FormScroll(form)
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        # Never narrower than the form: at the dock's default width the +/− buttons
        # beside the persona list were scrolled out of sight. A long persona name
        # must not widen the list (and with it the dock) without end.
        self.persona_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.persona_combo.setMinimumContentsLength(12)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self._connect()
        document.changed.connect(self.refresh)
        self.retranslate()

    def _connect(self) -> None:
        self.title_edit.textEdited.connect(lambda t: self._set_journey("title", t))
        self.scenario_edit.textChanged.connect(
            lambda: self._set_journey("scenario", self.scenario_edit.toPlainText())
        )
        self.name_edit.textEdited.connect(lambda t: self._set_persona("name", t, merge=True))
        self.quote_edit.textEdited.connect(lambda t: self._set_persona("quote", t, merge=True))
        for edit in (self.title_edit, self.name_edit, self.quote_edit):
            edit.editingFinished.connect(self._end_session)
            edit.returnPressed.connect(self._end_session)
        self.description_edit.textChanged.connect(
            lambda: self._set_persona("description", self.description_edit.toPlainText(), True)
        )
        for edit in (self.scenario_edit, self.description_edit):
            edit.installEventFilter(self)
        self.segment_combo.activated.connect(
            lambda i: self._set_persona("segment", Segment(self.segment_combo.itemData(i)))
        )
        for name, editor in self.lists.items():
            editor.edited.connect(
                lambda rows, n=name: self._set_persona(n, [r[1][0] for r in rows])
            )
        self.persona_combo.activated.connect(self._choose_persona)
        self.add_button.clicked.connect(self._add_persona)
        self.remove_button.clicked.connect(self._remove_persona)
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_remove.clicked.connect(lambda: self._set_persona("photo", None))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Persona"))
        self.toggleViewAction().setText(self.tr("&Persona"))
        names = [
            self.tr("Journey title"),
            self.tr("Scenario"),
            self.tr("Persona"),
            self.tr("Name"),
            self.tr("Segment"),
            self.tr("Description"),
            self.tr("Goals"),
            self.tr("Needs"),
            self.tr("Pains"),
            self.tr("Quote"),
            self.tr("Photo"),
        ]
        for label, text in zip(self.labels, names, strict=True):
            label.setText(text)
        segments = {
            Segment.PROSPECT: self.tr("Prospect"),
            Segment.CUSTOMER: self.tr("Customer"),
            Segment.CHURNED: self.tr("Churned customer"),
        }
        for i in range(self.segment_combo.count()):
            self.segment_combo.setItemText(i, segments[Segment(self.segment_combo.itemData(i))])
        self.add_button.setToolTip(self.tr("Add a persona"))
        self.remove_button.setToolTip(self.tr("Remove this persona"))
        self.photo_button.setText(self.tr("Choose…"))
        self.photo_remove.setText(self.tr("Remove"))
        for editor in self.lists.values():
            editor.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._end_session()
        return super().eventFilter(watched, event)

    # --- model -> widgets -----------------------------------------------------------

    def persona(self) -> Persona | None:
        personas = self.document.journey.personas
        chosen = next((p for p in personas if p.id == self.persona_id), None)
        return chosen or (personas[0] if personas else None)

    def refresh(self) -> None:
        journey = self.document.journey
        persona = self.persona()
        self.persona_id = persona.id if persona else None
        self._loading = True
        try:
            if self.title_edit.text() != journey.title:
                self.title_edit.setText(journey.title)
            if self.scenario_edit.toPlainText() != journey.scenario:
                self.scenario_edit.setPlainText(journey.scenario)
            self.persona_combo.clear()
            for i, p in enumerate(journey.personas):
                self.persona_combo.addItem(
                    p.name or self.tr("Persona %1").replace("%1", str(i + 1))
                )
            if persona is not None:
                self.persona_combo.setCurrentIndex(journey.personas.index(persona))
            for row in range(3, self.form.rowCount()):
                self.form.setRowVisible(row, persona is not None)
            self.remove_button.setEnabled(persona is not None)
            if persona is not None:
                self._show_persona(persona)
        finally:
            self._loading = False

    def _show_persona(self, persona: Persona) -> None:
        for edit, value in ((self.name_edit, persona.name), (self.quote_edit, persona.quote)):
            if edit.text() != value:
                edit.setText(value)
        if self.description_edit.toPlainText() != persona.description:
            self.description_edit.setPlainText(persona.description)
        self.segment_combo.setCurrentIndex(self.segment_combo.findData(persona.segment.value))
        for name, editor in self.lists.items():
            editor.set_values(getattr(persona, name))
        image = image_from_data_uri(persona.photo)
        if image.isNull():
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo"))
        else:
            self.photo_label.setPixmap(
                QPixmap.fromImage(image).scaled(
                    self.photo_label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.photo_remove.setEnabled(persona.photo is not None)

    # --- widgets -> commands ---------------------------------------------------------

    def _end_session(self) -> None:
        self._session += 1

    def _set_journey(self, field: str, value: str) -> None:
        if self._loading:
            return
        if field == "title":
            text = lambda: self.tr("Edit journey title")  # noqa: E731
        else:
            text = lambda: self.tr("Edit scenario")  # noqa: E731
        commands.apply(
            self.document,
            text,
            lambda j: edits.update_journey(j, **{field: value}),
            merge_key=("persona-dock", field, self._session),
        )

    def _set_persona(self, field: str, value, merge: bool = False) -> None:
        persona = self.persona()
        if self._loading or persona is None:
            return
        pid = persona.id
        key = ("persona-dock", field, pid, self._session) if merge else None
        commands.apply(
            self.document,
            lambda: self.tr("Edit persona"),
            lambda j: edits.update_persona(j, pid, **{field: value}),
            merge_key=key,
        )

    def _choose_persona(self, index: int) -> None:
        personas = self.document.journey.personas
        if 0 <= index < len(personas):
            self.persona_id = personas[index].id
            self._end_session()
            self.refresh()

    def _add_persona(self) -> None:
        persona = Persona(name=self.tr("New persona"))
        self.persona_id = persona.id
        commands.apply(
            self.document, lambda: self.tr("Add persona"), lambda j: edits.add_persona(j, persona)
        )

    def _remove_persona(self) -> None:
        persona = self.persona()
        if persona is None:
            return
        pid = persona.id
        self.persona_id = None
        commands.apply(
            self.document, lambda: self.tr("Remove persona"), lambda j: edits.delete_persona(j, pid)
        )

    def _choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Photo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )
        if name:
            self.set_photo_from(Path(name))

    def set_photo_from(self, path: Path) -> bool:
        try:
            uri = photo_data_uri(path)
        except PhotoError as exc:
            QMessageBox.warning(self, self.tr("Cannot use this photo"), str(exc))
            return False
        self._set_persona("photo", uri)
        return True
