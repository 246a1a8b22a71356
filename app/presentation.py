"""Presentation mode: the map full screen, one stage at a time, for a workshop.

View > Present (F5) hides the menus, toolbars and docks and shows the map full
screen. The map is drawn as high as the screen allows, so the emotion curve and
the persona stay in view, and the current stage is centred while the others are
veiled (``SpotlightItem``). Right, Down, Page Down and Space go to the next stage
(a presenter clicker sends Page Down and Page Up), Left, Up, Page Up and
Backspace to the previous one, Home and End to the first and last; Esc leaves
and gives back the window as it was. Nothing can be edited while presenting.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

from journeycanvas.app.key_bindings import bind
from journeycanvas.canvas.items.spotlight import SpotlightItem
from journeycanvas.canvas.painting import qrect

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}


class Presentation(QObject):
    """Presentation mode of one window: enter, step, leave."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("presentation")
        self.window = window
        self.view = window.view
        self.scene = window.scene
        self.spotlight = SpotlightItem()
        self.scene.addItem(self.spotlight)
        self.active = False
        self.stage_index = 0
        self._state = QByteArray()
        self._was_maximized = False
        self._hidden: list = []
        self._resting: list[QAction] = []
        self._zoom = 1.0
        self._was_fitted = False
        self._centre = None
        self.action = QAction(window)
        self.action.setObjectName("present")
        bind(self.action, "F5")
        self.action.triggered.connect(self.toggle)
        window.addAction(self.action)
        menu = getattr(window, "menu_view", None)
        if menu is not None:
            first = menu.actions()[0] if menu.actions() else None
            menu.insertAction(first, self.action)
            menu.insertSeparator(first)
        self.scene.document.changed.connect(self._follow_model)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Present"))
        self.action.setStatusTip(
            self.tr("Show the map full screen, one stage at a time (Esc to leave)")
        )

    # --- entering and leaving ------------------------------------------------------------

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active or not self.scene.document.journey.stages:
            return
        w = self.window
        if self.scene.editing():
            self.scene.editor.commit()
        self.active = True
        self._state = w.saveState()
        self._was_maximized = w.isMaximized()
        self._zoom = self.view.zoom()
        self._was_fitted = self.view.is_fitted()
        self._centre = self.view.mapToScene(self.view.viewport().rect().center())
        self._hidden = [
            bar
            for bar in (*w.findChildren(QDockWidget), *w.findChildren(QToolBar))
            if bar.isVisible()
        ]
        for bar in self._hidden:
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        self.scene.clearSelection()
        self.view.setInteractive(False)  # a click or a drag changes nothing
        # Nor do the map's keys (Tab, Delete, Ins…): the edit actions rest meanwhile.
        self._resting = [a for a in self.view.actions() if a.isEnabled()]
        for action in self._resting:
            action.setEnabled(False)
        self.view.installEventFilter(self)
        current = self.scene.current_stage_id
        ids = [s.id for s in self.scene.document.journey.stages]
        self.stage_index = ids.index(current) if current in ids else 0
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.view.setHorizontalScrollBarPolicy(off)
        self.view.setVerticalScrollBarPolicy(off)
        self.view.pin_persona = True  # who travels the journey stays in sight
        w.showFullScreen()
        self.view.setFocus()
        self.show_stage()

    def leave(self) -> None:
        if not self.active:
            return
        w = self.window
        self.active = False
        self.view.removeEventFilter(self)
        self.view.pin_persona = False
        self.view.viewport().update()
        self.spotlight.setVisible(False)
        self.view.setInteractive(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for action in self._resting:
            action.setEnabled(True)
        self._resting = []
        if self._was_maximized:
            w.showMaximized()
        else:
            w.showNormal()
        w.menuBar().show()
        w.statusBar().show()
        for bar in self._hidden:
            bar.show()
        w.restoreState(self._state)
        if self._was_fitted:
            self.view.fit_to_window()  # fitted before: fitted again, to the window as it is
        else:
            self.view.set_zoom(self._zoom)
            if self._centre is not None:
                self.view.centerOn(self._centre)
        self.view.setFocus()

    # --- stepping ----------------------------------------------------------------------

    def step(self, delta: int) -> None:
        count = len(self.scene.document.journey.stages)
        self.stage_index = max(0, min(count - 1, self.stage_index + delta))
        self.show_stage()

    def go_to(self, index: int) -> None:
        self.stage_index = index
        self.step(0)

    def current_stage_id(self) -> str | None:
        stages = self.scene.document.journey.stages
        return stages[self.stage_index].id if stages else None

    def show_stage(self) -> None:
        """Veil the other stages; draw the map as high as the screen, this stage centred."""
        lay = self.scene.layout_
        stage_id = self.current_stage_id()
        if lay is None or stage_id is None:
            return
        self.scene.set_current(stage_id=stage_id)
        self.scene.cell_highlight.setVisible(False)  # the spotlight says it already
        self.spotlight.show_stage(lay, stage_id)
        column = next(qrect(s.column) for s in lay.stages if s.stage_id == stage_id)
        page = self.scene.map_rect()
        viewport = self.view.viewport().rect()
        # As high as the screen (every lane, the curve and the persona in view); a map
        # wider than the screen then scrolls to the stage.
        self.view.set_zoom(min(2.0, viewport.height() / page.height()) * 0.97)
        self.view.centerOn(QRectF(column.x(), page.y(), column.width(), page.height()).center())

    def _follow_model(self) -> None:
        if self.active:
            self.step(0)

    # --- keys --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            return False
        if not self.active or watched is not self.view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in _NEXT:
            self.step(1)
        elif key in _PREVIOUS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.scene.document.journey.stages) - 1)
        elif key == Qt.Key.Key_F5:
            self.leave()
        else:
            return False
        return True


def install_presentation(window: QMainWindow) -> Presentation:
    window.presentation = Presentation(window)
    return window.presentation
