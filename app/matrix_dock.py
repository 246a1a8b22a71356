"""View > Priority Matrix: every scored improvement placed by value and effort.

The four quadrants (quick wins, big bets, fill-ins, money pits) split at value 50 and
effort 3, as ``canvas/improvements.py`` says. Dragging a dot rescores its improvement
as one undoable command when the button is released (while dragging only the dot
moves, the model does not); a click without a drag selects its card on the map. It
is a QGraphicsView whose scene coordinates are the geometry's points, so the same
numbers place the dots, read the drop and drive the tests.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsScene,
    QGraphicsView,
    QMainWindow,
    QWidget,
)

from journeycanvas.canvas import commands, improvements
from journeycanvas.canvas.improvements import Dot, MatrixGeometry

# A press within this many points of a dot's centre takes that dot.
DOT_RADIUS = 7.0
# Moves shorter than this (in view pixels) are a click, not a drag.
DRAG_START_PX = 4


class MatrixView(QGraphicsView):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorityMatrix")
        self.window_ = window
        self.geometry_ = MatrixGeometry()
        w, h = self.geometry_.total
        self.setScene(QGraphicsScene(0, 0, w, h, self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(round(w) + 4, round(h) + 4)
        self.dots: list[Dot] = []
        self._pressed: Dot | None = None
        self._press_at: QPointF | None = None
        self._drag_to: QPointF | None = None
        self.words: dict[str, str] = {}
        self.retranslate()
        window.document.changed.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        self.words = {
            "quick_win": self.tr("Quick wins"),
            "big_bet": self.tr("Big bets"),
            "fill_in": self.tr("Fill-ins"),
            "money_pit": self.tr("Money pits"),
            "value": self.tr("Value (customer + business) / 2"),
            "effort": self.tr("Effort (1–5)"),
        }
        self.viewport().update()

    def refresh(self) -> None:
        self.dots = improvements.matrix_dots(self.window_.document.journey, self.geometry_)
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

    # --- painting ---------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, _rect: QRectF) -> None:
        g = self.geometry_
        w, h = g.total
        painter.fillRect(QRectF(0, 0, w, h), QColor("#FFFFFF"))
        half_w, half_h = g.width / 2, g.height / 2
        quadrants = (
            ("quick_win", g.left, g.top, "#E3F2E1"),
            ("big_bet", g.left + half_w, g.top, "#E4ECF7"),
            ("fill_in", g.left, g.top + half_h, "#F4F4F4"),
            ("money_pit", g.left + half_w, g.top + half_h, "#F9E6E3"),
        )
        font = QFont(painter.font())
        font.setPixelSize(12)
        painter.setFont(font)
        for key, x, y, fill in quadrants:
            painter.fillRect(QRectF(x, y, half_w, half_h), QColor(fill))
            painter.setPen(QColor("#555555"))
            painter.drawText(QRectF(x + 6, y + 4, half_w - 12, 16), self.words[key])
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawRect(QRectF(g.left, g.top, g.width, g.height))
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(g.left, g.top + g.height + 16, g.width, 18),
            Qt.AlignmentFlag.AlignHCenter,
            self.words["effort"],
        )
        for effort in range(1, 6):
            x, _y = g.point(0, effort)
            painter.drawText(
                QRectF(x - 10, g.top + g.height + 2, 20, 14),
                Qt.AlignmentFlag.AlignHCenter,
                str(effort),
            )
        for value in (0, 50, 100):
            _x, y = g.point(value, 1)
            painter.drawText(
                QRectF(g.left - 34, y - 7, 28, 14), Qt.AlignmentFlag.AlignRight, str(value)
            )
        painter.save()
        painter.translate(12, g.top + g.height / 2)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-g.height / 2, -8, g.height, 16),
            Qt.AlignmentFlag.AlignHCenter,
            self.words["value"],
        )
        painter.restore()

    def drawForeground(self, painter: QPainter, _rect: QRectF) -> None:
        font = QFont(painter.font())
        font.setPixelSize(11)
        painter.setFont(font)
        selected = set(self.window_.scene.selected_card_ids())
        for dot in self.dots:
            x, y = dot.x, dot.y
            if self._pressed is not None and dot.card_id == self._pressed.card_id and self._drag_to:
                x, y = self._drag_to.x(), self._drag_to.y()
            colour = QColor(improvements.STATUS_COLOURS[dot.status])
            width = 3 if dot.card_id in selected else 1
            painter.setPen(QPen(QColor("#222222"), width))
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(QPointF(x, y), DOT_RADIUS, DOT_RADIUS)
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(x + DOT_RADIUS + 3, y + 4), dot.title)

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
    """The dock (hidden at first, beside the map) and its View menu entry."""
    dock = MatrixDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    window.menu_view.addAction(dock.toggleViewAction())
    window.matrix_dock = dock
    return dock
