"""View > Priority Matrix: every scored improvement placed by value and effort.

The four quadrants (quick wins, big bets, fill-ins, money pits) split at value 50 and
effort 3, as ``canvas/improvements.py`` says. Dragging a dot rescores its improvement
as one undoable command when the button is released (while dragging only the dot
moves, the model does not); a click without a drag selects its card on the map. It
is a QGraphicsView whose scene coordinates are the geometry's points, so the same
numbers place the dots, read the drop and drive the tests. What it shows is
``canvas/matrix_page.py``'s layout painted by ``io/exporters/page_qt.py``, the code
that also writes the matrix PNG, so screen and export cannot drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsScene,
    QGraphicsView,
    QMainWindow,
    QWidget,
)

from journeycanvas.canvas import commands, improvements
from journeycanvas.canvas.improvements import Dot
from journeycanvas.canvas.matrix_page import DOT_RADIUS, SCREEN, MatrixWords, matrix_page
from journeycanvas.canvas.pages import Page
from journeycanvas.io.exporters.page_qt import paint_page

#: The smallest the matrix view may be made; the page scrolls inside it.
MIN_VIEW = QSize(260, 200)
# Moves shorter than this (in view pixels) are a click, not a drag.
DRAG_START_PX = 4


class MatrixView(QGraphicsView):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorityMatrix")
        self.window_ = window
        self.geometry_ = SCREEN
        self.dots: list[Dot] = []
        self.page: Page | None = None
        self._pressed: Dot | None = None
        self._press_at: QPointF | None = None
        self._drag_to: QPointF | None = None
        self.words: MatrixWords | None = None
        self.retranslate()
        assert self.page is not None
        w, h = self.page.width, self.page.height
        self.setScene(QGraphicsScene(0, 0, w, h, self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Room for the whole page when the window has it, scroll bars when it has not: a
        # minimum of the page's full size made a new window taller than a laptop screen.
        self._full = QSize(round(w) + 4, round(h) + 4)
        self.setMinimumSize(MIN_VIEW)
        window.document.changed.connect(self.refresh)

    def sizeHint(self) -> QSize:
        return self._full

    def retranslate(self) -> None:
        statuses = {
            "idea": self.tr("idea"),
            "planned": self.tr("planned"),
            "in_progress": self.tr("in progress"),
            "done": self.tr("done"),
            "dropped": self.tr("dropped"),
        }
        self.words = MatrixWords(
            title="",
            quick_win=self.tr("Quick wins"),
            big_bet=self.tr("Big bets"),
            fill_in=self.tr("Fill-ins"),
            money_pit=self.tr("Money pits"),
            value=self.tr("Value (customer + business) / 2"),
            effort=self.tr("Effort (1–5)"),
            statuses=statuses,
            empty=self.tr(
                "No improvement is scored yet: give one a customer value, a business value "
                "and an effort."
            ),
        )
        self.refresh()

    def refresh(self) -> None:
        journey = self.window_.document.journey
        self.dots = improvements.matrix_dots(journey, self.geometry_)
        if self.words is not None:
            self.page = matrix_page(journey, self.words, self.geometry_, title=False)
        self.viewport().update()

    def dot_center(self, card_id: str) -> QPointF:
        """Where a card's dot is, in scene points (tests press there)."""
        dot = next(d for d in self.dots if d.card_id == card_id)
        return QPointF(dot.x, dot.y)

    def _dot_at(self, at: QPointF) -> Dot | None:
        hits = [
            d for d in self.dots if (d.x - at.x()) ** 2 + (d.y - at.y()) ** 2 <= 2 * DOT_RADIUS**2
        ]
        return hits[-1] if hits else None  # the one drawn on top

    # --- painting: the one matrix layout, by the painter the PNG export uses ----------

    def drawBackground(self, painter: QPainter, _rect: QRectF) -> None:
        if self.page is None:
            return
        selected = frozenset(self.window_.scene.selected_card_ids())
        moved = {}
        if self._pressed is not None and self._drag_to is not None:
            moved[self._pressed.card_id] = (self._drag_to.x(), self._drag_to.y())
        paint_page(painter, self.page, selected, moved)

    # --- mouse: click selects, drag rescores -----------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._pressed = self._dot_at(self.mapToScene(event.position().toPoint()))
        self._press_at = event.position()
        self._drag_to = None
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or self._press_at is None:
            return super().mouseMoveEvent(event)
        if (event.position() - self._press_at).manhattanLength() >= DRAG_START_PX:
            self._drag_to = self.mapToScene(event.position().toPoint())
            self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dot, dragged = self._pressed, self._drag_to is not None
        self._pressed = self._press_at = self._drag_to = None
        if dot is None:
            return super().mouseReleaseEvent(event)
        event.accept()
        if dragged:
            at = self.mapToScene(event.position().toPoint())
            new_value, effort = self.geometry_.score_at(at.x(), at.y())
            card_id = dot.card_id
            commands.apply(
                self.window_.document,
                lambda: self.tr("Rescore improvement"),
                lambda j: improvements.rescore(j, card_id, new_value, effort),
            )
        else:
            self.window_.scene.select_cards([dot.card_id])
            item = self.window_.scene.cards.get(dot.card_id)
            if item is not None:
                self.window_.view.ensureVisible(item, 40, 40)
        self.refresh()


class MatrixDock(QDockWidget):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("matrixDock")
        self.view = MatrixView(window)
        self.setWidget(self.view)
        window.scene.selectionChanged.connect(self.view.viewport().update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Priority Matrix"))
        self.toggleViewAction().setText(self.tr("&Priority Matrix"))
        self.view.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install_matrix_view(window: QMainWindow) -> MatrixDock:
    """The dock (hidden at first, below the map, beside the Channel View) and its View
    menu entry. A wide table, it sits in the wide area: as a third group on the
    right, below the Inspector and History, it made a window showing it and the
    Channel View at least 844 px tall, more than a 1366x768 laptop screen holds."""
    dock = MatrixDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock, Qt.Orientation.Horizontal)
    dock.hide()
    window.menu_view.addAction(dock.toggleViewAction())
    window.matrix_dock = dock
    return dock
