"""Pictures dropped on a card: a screenshot or photo dragged from the file manager.

The third way onto a card after the Inspector's Choose… and Paste: the file is
shrunk exactly as Choose… shrinks it (IMAGE_SIDE, in a data: URI) and set in one
undo step. Kept out of the view, which knows nothing about editing; an event
filter on the view's viewport sees the drag before the scene does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtWidgets import QGraphicsView, QMessageBox

from journeycanvas.app.persona_dock import PhotoError, photo_data_uri
from journeycanvas.canvas import commands, edits
from journeycanvas.canvas.card_images import IMAGE_SIDE
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.items.card import CardItem

# The suffixes a dropped file may have to become a card's picture.
PICTURE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp"}


def picture_path(mime) -> Path | None:
    """The first local picture file in a drag's data, if any."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in PICTURE_SUFFIXES:
                return path
    return None


class PictureDrop(QObject):
    """Accepts picture files over a card and puts the dropped one on that card."""

    def __init__(self, view: QGraphicsView, document: JourneyDocument) -> None:
        super().__init__(view)
        self.view = view
        self.document = document
        view.setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def card_at(self, position: QPoint) -> str | None:
        """The id of the card under a viewport position (the topmost one)."""
        for item in self.view.items(position):
            while item is not None and not isinstance(item, CardItem):
                item = item.parentItem()
            if isinstance(item, CardItem):
                return item.card_id
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        path = picture_path(event.mimeData())
        if path is None:
            return False  # .journey files and the scene's own drags go on as before
        card_id = self.card_at(event.position().toPoint())
        if kind == QEvent.Type.DragEnter:
            event.acceptProposedAction()  # entering anywhere: the card may come under it
        elif card_id is None:
            event.ignore()
        elif kind == QEvent.Type.DragMove:
            event.acceptProposedAction()
        else:
            event.acceptProposedAction()
            self.drop_on(card_id, path)
        return True

    def drop_on(self, card_id: str, path: Path) -> bool:
        """Put the picture file on the card, shrunk like Choose…: one undo step."""
        try:
            uri = photo_data_uri(path, IMAGE_SIDE)
        except PhotoError as exc:
            title = QCoreApplication.translate("PictureDrop", "Cannot use this picture")
            QMessageBox.warning(self.view.window(), title, str(exc))
            return False
        commands.apply(
            self.document,
            lambda: QCoreApplication.translate("PictureDrop", "Drop picture on card"),
            lambda j: edits.update_card(j, card_id, image=uri),
        )
        return True
