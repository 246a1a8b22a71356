"""The view onto the scene: zoom (to the cursor), pan, and scrolling at the edge
while something is dragged; nothing about editing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from journeycanvas.canvas import frozen_headers
from journeycanvas.canvas.scene import JourneyScene

MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
STEP = 1.2
#: Below this zoom the map items keep their pixels between repaints (JourneyScene.cache_items).
CACHE_BELOW_ZOOM = 0.5
#: Autoscroll: how near the viewport's edge (pixels) a drag starts scrolling, how
#: often it scrolls, and its fastest step (pixels per tick, reached at or past the edge).
AUTOSCROLL_MARGIN = 28
AUTOSCROLL_INTERVAL_MS = 16
AUTOSCROLL_MAX_STEP = 36


class JourneyView(QGraphicsView):
    #: The zoom factor changed; the argument is the factor (1.0 = 100 %).
    zoomChanged = Signal(float)

    def __init__(self, scene: JourneyScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self._panning_from = None
        self._space_held = False
        # Scrolling while a card, a header, a point or a rubber band is dragged
        # near the edge, so it can be dropped beyond what is visible.
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(AUTOSCROLL_INTERVAL_MS)
        self._autoscroll.timeout.connect(self._autoscroll_step)
        self._autoscroll_velocity = (0, 0)
        self._drag_event: tuple[QPointF, Qt.MouseButton, Qt.KeyboardModifier] | None = None
        #: The map was fitted and the user has not zoomed since: a resize fits it again
        #: (the window reaching its restored or maximised size after it was shown).
        self._fitted = False
        self.zoomChanged.connect(self._zoom_detail)

    def _zoom_detail(self, factor: float) -> None:
        """Zoomed out far enough that most of the map is in view, items keep their pixels."""
        scene = self.scene()
        if isinstance(scene, JourneyScene):
            scene.cache_items(factor < CACHE_BELOW_ZOOM)

    # --- zoom ---------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def is_fitted(self) -> bool:
        """The map was fitted to the window and the user has not zoomed since."""
        return self._fitted

    def set_zoom(self, factor: float) -> None:
        self._fitted = False
        self._apply_zoom(factor)

    def _apply_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        # Set, not multiplied: 100 % stays exactly 1.0 after any number of steps.
        self.setTransform(QTransform.fromScale(factor, factor))
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_to_window(self) -> None:
        scene = self.scene()
        rect = scene.map_rect() if isinstance(scene, JourneyScene) else scene.itemsBoundingRect()
        if rect.isEmpty():
            return
        self.fitInView(rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > MAX_ZOOM or self.zoom() < MIN_ZOOM:
            self._apply_zoom(self.zoom())
        self._fitted = True
        self.zoomChanged.emit(self.zoom())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit_to_window()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_at(self.zoom() * STEP**steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def zoom_at(self, factor: float, anchor: QPoint) -> None:
        """Zoom keeping the map point under a viewport position where it is.

        Done by hand rather than with AnchorUnderMouse, which Qt only honours
        while it believes the pointer is over the view.
        """
        before = self.mapToScene(anchor)
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.set_zoom(factor)
        self.setTransformationAnchor(old_anchor)
        drift = self.mapFromScene(before) - anchor
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + drift.x())
        v.setValue(v.value() + drift.y())

    # --- pan with the middle button or space + drag ----------------------------

    def _typing(self) -> bool:
        """A text editor on the map has the keyboard: Space is a space, not a pan."""
        scene = self.scene()
        return scene is not None and scene.focusItem() is not None

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not self._typing():
            if event.isAutoRepeat():
                event.accept()
                return
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self._space_held and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._panning_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._panning_from is not None:
            delta = event.position() - self._panning_from
            self._panning_from = event.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - round(delta.x()))
            v.setValue(v.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        self._track_autoscroll(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._stop_autoscroll()
        if self._panning_from is not None:
            self._panning_from = None
            if self._space_held:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --- autoscroll while dragging ---------------------------------------------------

    def _dragging(self) -> bool:
        """A gesture past its drag threshold, or a rubber band, is in progress."""
        scene = self.scene()
        active = getattr(scene, "active", None)
        if active is not None and getattr(active, "dragging", False):
            return True
        return not self.rubberBandRect().isNull()

    def _track_autoscroll(self, event: QMouseEvent) -> None:
        """Start, steer or stop scrolling from where the dragging pointer is."""
        if not (event.buttons() & Qt.MouseButton.LeftButton) or not self._dragging():
            self._stop_autoscroll()
            return
        pos = event.position()
        rect = self.viewport().rect()
        self._autoscroll_velocity = (
            _edge_speed(pos.x(), rect.width()),
            _edge_speed(pos.y(), rect.height()),
        )
        self._drag_event = (QPointF(pos), event.buttons(), event.modifiers())
        if self._autoscroll_velocity == (0, 0):
            self._autoscroll.stop()
        elif not self._autoscroll.isActive():
            self._autoscroll.start()

    def _stop_autoscroll(self) -> None:
        self._autoscroll.stop()
        self._autoscroll_velocity = (0, 0)
        self._drag_event = None

    def _autoscroll_step(self) -> None:
        if self._drag_event is None or not self._dragging():
            self._stop_autoscroll()
            return
        dx, dy = self._autoscroll_velocity
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        # The pointer stands still while the map slides under it: tell the gesture
        # (or the rubber band) it is now over another place of the map.
        pos, buttons, modifiers = self._drag_event
        glob = QPointF(self.viewport().mapToGlobal(pos.toPoint()))
        move = QMouseEvent(
            QEvent.Type.MouseMove, pos, glob, Qt.MouseButton.NoButton, buttons, modifiers
        )
        super().mouseMoveEvent(move)

    # --- frozen stage and lane headers -------------------------------------------------

    #: Presentation mode sets this: the persona block is pinned into view.
    pin_persona = False

    def drawForeground(self, painter: QPainter, rect) -> None:
        super().drawForeground(painter, rect)
        scene = self.scene()
        lay = getattr(scene, "layout_", None)
        if lay is not None:
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            frozen_headers.paint(painter, lay, visible)
            if self.pin_persona:
                frozen_headers.paint_persona(painter, lay, visible)

    def persona_in_view(self, visible: QRectF) -> QRectF | None:
        """Where the personas show in the visible scene rectangle (None: nowhere)."""
        lay = getattr(self.scene(), "layout_", None)
        rect = frozen_headers.persona_rect(lay) if lay is not None else None
        if rect is None:
            return None
        if self.pin_persona:
            dx, dy = frozen_headers.persona_offsets(lay, visible) or (0.0, 0.0)
            rect = rect.translated(dx, dy)
        return rect if rect.intersects(visible) else None

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # Scrolling moves the viewport's pixels; the pinned headers must not move
        # with them, so the whole viewport is painted again.
        self.viewport().update()

    def event(self, event: QEvent) -> bool:
        # Ctrl+pinch on touchpads arrives as a native zoom gesture.
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom() * (1.0 + event.value()))
            return True
        return super().event(event)


def _edge_speed(at: float, size: int) -> int:
    """Scroll step along one axis: 0 away from the edges, faster the nearer (or
    further past) the edge the pointer is, negative towards the start."""
    margin = min(AUTOSCROLL_MARGIN, size / 4)
    if at < margin:
        depth = margin - at
        sign = -1
    elif at > size - margin:
        depth = at - (size - margin)
        sign = 1
    else:
        return 0
    step = 2 + depth * (AUTOSCROLL_MAX_STEP - 2) / max(margin, 1.0)
    return sign * round(min(AUTOSCROLL_MAX_STEP, step))
