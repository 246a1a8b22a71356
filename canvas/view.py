"""The view onto the scene: zoom (to the cursor) and pan, nothing about editing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from journeycanvas.canvas.scene import JourneyScene

MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
STEP = 1.2


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

    # --- zoom ---------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
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
            self.set_zoom(self.zoom())
        self.zoomChanged.emit(self.zoom())

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

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._panning_from is not None:
            self._panning_from = None
            if self._space_held:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # Ctrl+pinch on touchpads arrives as a native zoom gesture.
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom() * (1.0 + event.value()))
            return True
        return super().event(event)
