"""File > New: choose a template or a sample journey by its picture.

Each preview is the real map drawn small (the same scene the editor shows,
rendered into an image), so what the user picks is what opens. Previews are
cached for the session: the bundled templates do not change while it runs.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.canvas.model import Journey, new_id
from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError
from journeycanvas.resources import template_names, template_path

PREVIEW = QSize(260, 170)
_previews: dict[str, QImage] = {}

NAME_ROLE = Qt.ItemDataRole.UserRole


def render_preview(journey: Journey, size: QSize = PREVIEW) -> QImage:
    """The map drawn to fit ``size`` on a transparent background, from its layout."""
    from journeycanvas.canvas.document import JourneyDocument
    from journeycanvas.canvas.scene import JourneyScene

    document = JourneyDocument(journey)
    scene = JourneyScene(document)
    source = scene.map_rect()
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    scale = min(size.width() / source.width(), size.height() / source.height())
    w, h = source.width() * scale, source.height() * scale
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    target = QRectF((size.width() - w) / 2, (size.height() - h) / 2, w, h)
    scene.render(painter, target, source)
    painter.end()
    scene.deleteLater()
    document.deleteLater()
    return image


def template_preview(name: str) -> QImage:
    if name not in _previews:
        _previews[name] = render_preview(journey_file.load(template_path(name)))
    return _previews[name]


def new_journey_from(name: str) -> Journey:
    """A template's content with its own identity (as ``journeycanvas new`` does)."""
    journey = journey_file.load(template_path(name))
    return journey.model_copy(update={"id": new_id("journey")})


class NewJourneyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("newJourneyDialog")
        self.setWindowTitle(self.tr("New Journey"))
        self.resize(960, 640)
        self.hint = QLabel(self.tr("Start from a template or from a sample journey:"))
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(PREVIEW)
        self.list.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 64))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._update_ok)
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addWidget(self.list, 1)
        box.addWidget(self.buttons)
        self._fill(language)

    def _fill(self, language: str) -> None:
        names = template_names()

        # Templates first, then samples; the user's language first within each.
        def order(name: str) -> tuple[int, int, str]:
            sample = name.startswith("sample-")
            return (int(sample), int(not name.endswith(f"-{language}")), name)

        for name in sorted(names, key=order):
            try:
                journey = journey_file.load(template_path(name))
                preview = QPixmap.fromImage(template_preview(name))
            except (JourneyFileError, OSError):
                continue
            kind = self.tr("Sample") if name.startswith("sample-") else self.tr("Template")
            label = f"{journey.title or name}\n{kind} · {name}"
            item = QListWidgetItem(QIcon(preview), label)
            item.setData(NAME_ROLE, name)
            item.setToolTip(journey.scenario or journey.title)
            item.setSizeHint(self.list.gridSize())
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_ok()

    def _update_ok(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentItem() is not None)

    def names(self) -> list[str]:
        return [self.list.item(i).data(NAME_ROLE) for i in range(self.list.count())]

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(NAME_ROLE) == name:
                self.list.setCurrentRow(i)
                return
        raise KeyError(name)

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(NAME_ROLE)


def choose_new_journey(parent: QWidget | None, language: str = "en") -> Journey | None:
    """Show the chooser; the new journey, or None when the user cancelled."""
    dialog = NewJourneyDialog(parent, language)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        name = dialog.selected_name()
        return None if name is None else new_journey_from(name)
    finally:
        dialog.deleteLater()
