"""The main window: one journey document, its canvas, and the File and View menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView
from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError

FILE_FILTER = "Journey (*.journey)"


class MainWindow(QMainWindow):
    def __init__(self, journey: Journey, path: Path | None = None) -> None:
        super().__init__()
        self.document = JourneyDocument(journey, path, self)
        self.scene = JourneyScene(self.document, self)
        self.view = JourneyView(self.scene, self)
        self.setCentralWidget(self.view)
        self.resize(1400, 900)
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.zoomChanged.connect(self._show_zoom)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.pathChanged.connect(self._update_title)
        self._build_actions()
        from journeycanvas.app.edit_actions import install_edit_actions

        install_edit_actions(self)  # Edit/Insert menus, editing toolbar, History dock
        self._update_title()
        self._show_zoom(self.view.zoom())

    # --- actions and menus -----------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, SK.Open, "open")
        self.act_save = self._action(self.tr("&Save"), self.save, SK.Save, "save")
        self.act_save_as = self._action(self.tr("Save &As…"), self.save_as, SK.SaveAs, "saveAs")
        self.act_quit = self._action(self.tr("&Quit"), self.close, SK.Quit, "quit")
        self.act_zoom_in = self._action(
            self.tr("Zoom &In"), self.view.zoom_in, [SK.ZoomIn, QKeySequence("Ctrl+=")], "zoomIn"
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &Out"), self.view.zoom_out, SK.ZoomOut, "zoomOut"
        )
        self.act_fit = self._action(
            self.tr("&Fit to Window"), self.view.fit_to_window, QKeySequence("Ctrl+0"), "fit"
        )
        self.act_actual = self._action(
            self.tr("Actual &Size"), self.view.zoom_reset, QKeySequence("Ctrl+1"), "actualSize"
        )
        self.act_about = self._action(self.tr("&About Journey Canvas"), self.about, None, "about")

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.act_open, self.act_save, self.act_save_as])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addActions([self.act_open, self.act_save])
        toolbar.addSeparator()
        toolbar.addActions([self.act_zoom_out, self.act_zoom_in, self.act_fit])

    # --- window title, status --------------------------------------------------

    def _update_title(self, *_args) -> None:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        title = self.document.journey.title
        shown = f"{name}[*] — {title}" if title else f"{name}[*]"
        self.setWindowTitle(f"{shown} — Journey Canvas")
        self.setWindowModified(self.document.is_modified())
        if path:
            self.setWindowFilePath(str(path))

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", str(round(factor * 100))))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            self.view.fit_to_window()

    # --- files -----------------------------------------------------------------

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Journey"), start, FILE_FILTER)
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        try:
            journey = journey_file.load(path)
        except JourneyFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the journey"), str(exc))
            return False
        self.document.journey = journey
        self.document.undo_stack.clear()
        self.document.set_path(path)
        self.document.notify()
        self.view.fit_to_window()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path) if self.document.path else "journey.journey"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save Journey As"), start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".journey":
            path = path.with_suffix(".journey")
        return self._write(path)

    def _write(self, path: Path) -> bool:
        try:
            journey_file.save(self.document.journey, path)
        except (JourneyFileError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Cannot save the journey"), str(exc))
            return False
        self.document.undo_stack.setClean()
        self.document.set_path(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 5000)
        return True

    def maybe_save(self) -> bool:
        """Ask before unsaved changes are lost; False means the user cancelled."""
        if not self.document.is_modified():
            return True
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The journey has unsaved changes. Save them first?"),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()

    def about(self) -> None:
        from journeycanvas import __version__

        QMessageBox.about(
            self,
            self.tr("About Journey Canvas"),
            self.tr("Journey Canvas (旅程画布) %1\nCustomer journey maps, offline.").replace(
                "%1", __version__
            ),
        )

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.scene.clearSelection()
        super().keyPressEvent(event)
