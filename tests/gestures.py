"""Real mouse gestures on a QGraphicsView, built by hand.

QTest cannot keep a button held while it moves over a QGraphicsView (pytest-qt
#428, #260), so, like pyqtgraph's ui_testing and Orange's tests, these helpers
build QMouseEvents and send them to the view's viewport, in viewport pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

Left = Qt.MouseButton.LeftButton
NoMod = Qt.KeyboardModifier.NoModifier


def _to_viewport(view: QGraphicsView, scene_pt) -> QPointF:
    p: QPoint = view.mapFromScene(QPointF(*scene_pt) if isinstance(scene_pt, tuple) else scene_pt)
    return QPointF(p)


def send(
    view: QGraphicsView,
    kind: QEvent.Type,
    scene_pt,
    button=Left,
    buttons=None,
    modifiers=NoMod,
    local: QPointF | None = None,
) -> None:
    """Send one mouse event at a scene point (or a viewport point) to the viewport."""
    if local is None:
        local = _to_viewport(view, scene_pt)
    glob = QPointF(view.viewport().mapToGlobal(local.toPoint()))
    if buttons is None:
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    if kind == QEvent.Type.MouseMove:
        button = Qt.MouseButton.NoButton
    event = QMouseEvent(kind, local, glob, button, buttons, modifiers)
    QApplication.sendEvent(view.viewport(), event)


def press(view, scene_pt, button=Left, modifiers=NoMod) -> None:
    send(view, QEvent.Type.MouseButtonPress, scene_pt, button, modifiers=modifiers)


def move(view, scene_pt, buttons=Left, modifiers=NoMod) -> None:
    send(view, QEvent.Type.MouseMove, scene_pt, buttons=buttons, modifiers=modifiers)


def release(view, scene_pt, button=Left, modifiers=NoMod) -> None:
    send(view, QEvent.Type.MouseButtonRelease, scene_pt, button, modifiers=modifiers)


def click(view, scene_pt, button=Left, modifiers=NoMod) -> None:
    press(view, scene_pt, button, modifiers)
    release(view, scene_pt, button, modifiers)


def double_click(view, scene_pt, modifiers=NoMod) -> None:
    """Press, release, double-click, release: the sequence Qt itself delivers."""
    click(view, scene_pt, modifiers=modifiers)
    send(view, QEvent.Type.MouseButtonDblClick, scene_pt, modifiers=modifiers)
    release(view, scene_pt, modifiers=modifiers)


def drag(
    view: QGraphicsView,
    from_scene_pt,
    to_scene_pt,
    steps: int = 8,
    button=Left,
    modifiers=NoMod,
    release_at_end: bool = True,
) -> None:
    """Press at one scene point, move in steps with the button held, release at another.

    Points are scene coordinates (tuples or QPointF), mapped to the viewport once,
    at the press, through the view's zoom and scroll: the pointer then travels in
    screen pixels, as a user's hand does, even if the view scrolls under it (a pan).
    """
    a = _to_viewport(view, from_scene_pt)
    b = _to_viewport(view, to_scene_pt)
    send(view, QEvent.Type.MouseButtonPress, None, button, modifiers=modifiers, local=a)
    for i in range(1, steps + 1):
        at = a + (b - a) * (i / steps)
        send(view, QEvent.Type.MouseMove, None, buttons=button, modifiers=modifiers, local=at)
    if release_at_end:
        send(view, QEvent.Type.MouseButtonRelease, None, button, modifiers=modifiers, local=b)


# --- an editor window to drive -------------------------------------------------------


def _make_editor_factory(qtbot):
    import pytest  # noqa: F401  (keeps this module importable without pytest at bench time)
    from conftest import make_journey, show_and_activate

    from journeycanvas.app.main_window import MainWindow

    windows = []

    def make(journey=None, path=None, size=(1400, 900)):
        window = MainWindow(journey or make_journey(), path)
        window.resize(*size)
        show_and_activate(qtbot, window)
        window.view.setFocus()
        window.view.fit_to_window()
        windows.append(window)
        return window

    return make, windows


def editor_fixture():
    """A pytest fixture building editor windows, closed without questions afterwards."""
    import pytest

    @pytest.fixture
    def editor(qtbot):
        make, windows = _make_editor_factory(qtbot)
        yield make
        for window in windows:
            # Closed here, not by qtbot, so the unsaved-changes question never blocks.
            window.document.undo_stack.setClean()
            window.close()
            window.deleteLater()

    return editor


def center(rect) -> QPointF:
    """The middle of a layout Rect, as a scene point."""
    return QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)


def key(qtbot, window, k, modifiers=NoMod) -> None:
    """A key press on the canvas view, where the map's shortcuts live."""
    window.view.setFocus()
    qtbot.keyClick(window.view, k, modifiers)


def type_text(widget, text: str) -> None:
    """Type any text, Chinese included (QTest's keyClicks only knows ASCII)."""
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, NoMod, ch))
