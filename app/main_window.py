"""The main window: one journey document, its canvas, docks, and the File and View menus.

Each window owns one document; several windows can be open at once (see
``windows.py``). Texts are set in ``retranslate`` so a language switch
(View > Language) re-labels everything at once. Other parts of the editor add
their actions and docks in ``_install_extensions``, one line each.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from journeycanvas.app import palette, settings, translations, windows
from journeycanvas.app.autosave import Autosaver
from journeycanvas.app.disk_watch import DiskWatch
from journeycanvas.app.file_names import stem_from_title
from journeycanvas.app.icons import app_icon, icon
from journeycanvas.app.inspector_dock import InspectorDock
from journeycanvas.app.key_bindings import bind
from journeycanvas.app.persona_dock import PersonaDock
from journeycanvas.app.picture_drop import PictureDrop
from journeycanvas.app.recent_files import RecentFilesMenu, add_recent
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.evidence_store import share_texts
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.scene import JourneyScene
from journeycanvas.canvas.view import JourneyView
from journeycanvas.io import journey_file
from journeycanvas.io.errors import JourneyFileError

SUFFIX = ".journey"


def journey_paths(mime) -> list[Path]:
    """The local .journey files in a drag's data (other files are not ours to open)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() == SUFFIX]


class MainWindow(QMainWindow):
    def __init__(self, journey: Journey, path: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        if path is not None:  # absolute: a recovery copy must not depend on the start folder
            path = Path(os.path.abspath(path))
        self.document = JourneyDocument(journey, path, self)
        self.scene = JourneyScene(self.document, self)
        self.view = JourneyView(self.scene, self)
        self.view.viewport().installEventFilter(self)  # .journey files dropped on the map
        self.picture_drop = PictureDrop(self.view, self.document)  # pictures dropped on cards
        self.setCentralWidget(self.view)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.autosaver = Autosaver(self.document, self)
        self.disk_watch = DiskWatch(self)  # the file changed by someone else: ask, never lose
        self.inspector = InspectorDock(self.document, self.scene, self)
        self.persona = PersonaDock(self.document, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.persona)
        self.tabifyDockWidget(self.inspector, self.persona)
        self.inspector.raise_()
        self._build_actions()
        self._build_menus()
        self._install_extensions()
        self.view.zoomChanged.connect(self._show_zoom)
        self.document.undo_stack.cleanChanged.connect(self._update_title)
        self.document.pathChanged.connect(self._update_title)
        self.document.changed.connect(self._update_title)
        self.retranslate()
        self._restore_layout()
        self._apply_desk_colour()
        self._show_zoom(self.view.zoom())
        windows.register(self)

    def _install_extensions(self) -> None:
        """Other parts of the editor add their actions, menus and docks here, one line each.

        Menus exist already: ``menu_file``, ``menu_view``, ``menu_help``; insert an
        Edit menu with ``self.menuBar().insertMenu(self.menu_view.menuAction(), menu)``.
        """
        from journeycanvas.app.comments_dock import install_comments
        from journeycanvas.app.edit_actions import install_edit_actions
        from journeycanvas.app.export_dialog import install_export_actions
        from journeycanvas.app.presentation import install_presentation
        from journeycanvas.app.views_menu import install_views_menu

        install_edit_actions(self)  # Edit/Insert menus, editing toolbar, History dock
        install_export_actions(self)  # File > Export… (Ctrl+E) and File > Print…
        __import__("journeycanvas.app.import_action", fromlist=["x"]).install_import(self)
        __import__("journeycanvas.app.channel_dock", fromlist=["x"]).install_channel_view(self)
        install_presentation(self)  # View > Present (F5): full screen, stage by stage
        install_comments(self)  # the Comments dock, tabbed with History
        install_views_menu(self)  # View > Saved Views
        __import__("journeycanvas.app.theme_menu", fromlist=["x"]).install_theme_menu(self)
        __import__("journeycanvas.app.matrix_dock", fromlist=["x"]).install_matrix_view(self)
        __import__("journeycanvas.app.curves_dock", fromlist=["x"]).install_curves_dock(self)
        self._share_texts_later()

    #: How long after a journey is shown its evidence's repeated texts are shared.
    SHARE_TEXTS_AFTER_MS = 1000

    def _share_texts_later(self) -> None:
        """Share the repeated texts of the shown journey's evidence once its map is on
        screen: journey_file.load leaves them as read, so that the open is quicker
        (evidence_store.share_texts); the user is looking at the map meanwhile."""
        QTimer.singleShot(self.SHARE_TEXTS_AFTER_MS, self, self._share_texts)

    def _share_texts(self) -> None:
        share_texts(card.evidence for card in self.document.journey.cards)

    # --- actions and menus -----------------------------------------------------

    def _action(self, name: str, slot, shortcut=None, icon_name: str = "") -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            bind(action, *(shortcut if isinstance(shortcut, list) else [shortcut]))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        a = self._action
        self.act_new = a("new", self.new_dialog, SK.New, "document-new")
        self.act_open = a("open", self.open_dialog, SK.Open, "document-open")
        self.act_save = a("save", self.save, SK.Save, "document-save")
        self.act_save_as = a("saveAs", self.save_as, SK.SaveAs, "document-save-as")
        self.act_close = a("close", self.close, SK.Close, "window-close")
        self.act_quit = a("quit", windows.close_all, SK.Quit, "application-exit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_zoom_in = a("zoomIn", self.view.zoom_in, [SK.ZoomIn, "Ctrl+="], "zoom-in")
        self.act_zoom_out = a("zoomOut", self.view.zoom_out, SK.ZoomOut, "zoom-out")
        self.act_fit = a("fit", self.view.fit_to_window, "Ctrl+0", "zoom-fit-best")
        self.act_actual = a("actualSize", self.view.zoom_reset, "Ctrl+1", "zoom-original")
        self.act_about = a("about", self.about, None, "help-about")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

        self.language_group = QActionGroup(self)
        chosen = settings.LANGUAGE.get()
        for code, name in [("", ""), *translations.LANGUAGES.items()]:
            action = QAction(name, self.language_group, checkable=True)
            action.setObjectName(f"language_{code or 'system'}")
            action.setData(code)
            action.setChecked(code == chosen)
        self.language_group.triggered.connect(self._choose_language)

        self.theme_group = QActionGroup(self)
        for theme in palette.THEMES:
            action = QAction(self.theme_group, checkable=True)
            action.setObjectName(f"theme_{theme or 'system'}")
            action.setData(theme)
            action.setChecked(theme == settings.THEME.get())
        self.theme_group.triggered.connect(self._choose_theme)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.recent_menu = RecentFilesMenu(self.open_file, self)
        self.menu_file.addActions([self.act_new, self.act_open])
        self.menu_file.addMenu(self.recent_menu)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_close, self.act_quit])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(
            [self.act_zoom_in, self.act_zoom_out, self.act_fit, self.act_actual]
        )
        self.menu_view.addSeparator()
        self.menu_view.addActions(
            [self.inspector.toggleViewAction(), self.persona.toggleViewAction()]
        )
        self.menu_view.addSeparator()
        self.menu_language = self.menu_view.addMenu("")
        self.menu_language.addActions(self.language_group.actions())
        self.menu_theme = self.menu_view.addMenu("")
        self.menu_theme.addActions(self.theme_group.actions())
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.addActions([self.act_new, self.act_open, self.act_save])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_zoom_out, self.act_zoom_in, self.act_fit])
        self.toolbar.addSeparator()
        self.toolbar.addActions(
            [self.inspector.toggleViewAction(), self.persona.toggleViewAction()]
        )

    def retranslate(self) -> None:
        """Set every text of the window (again) in the current language."""
        texts = {
            self.act_new: (self.tr("&New…"), self.tr("Start a journey from a template or sample")),
            self.act_open: (self.tr("&Open…"), self.tr("Open a journey file")),
            self.act_save: (self.tr("&Save"), self.tr("Save the journey")),
            self.act_save_as: (self.tr("Save &As…"), self.tr("Save the journey under a new name")),
            self.act_close: (self.tr("&Close"), self.tr("Close this window")),
            self.act_quit: (self.tr("&Quit"), self.tr("Close every window and quit")),
            self.act_zoom_in: (self.tr("Zoom &In"), self.tr("Show the map larger")),
            self.act_zoom_out: (self.tr("Zoom &Out"), self.tr("Show the map smaller")),
            self.act_fit: (self.tr("&Fit to Window"), self.tr("Show the whole map")),
            self.act_actual: (self.tr("Actual &Size"), self.tr("Show the map at 100%")),
            self.act_about: (self.tr("&About Journey Canvas"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_theme.setTitle(self.tr("&Appearance"))
        self.toolbar.setWindowTitle(self.tr("Main Toolbar"))
        self.recent_menu.retranslate()
        themes = {
            "": self.tr("Follow the System"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for action in self.theme_group.actions():
            action.setText(themes[action.data()])
        self.language_group.actions()[0].setText(self.tr("System Language"))
        self._update_title()
        self._show_zoom(self.view.zoom())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_desk_colour()
        super().changeEvent(event)

    def _choose_language(self, action: QAction) -> None:
        code = action.data()
        settings.LANGUAGE.set(code)
        translations.install(translations.resolve(code))
        for window in windows.windows():
            for other in window.language_group.actions():
                other.setChecked(other.data() == code)
        self.statusBar().showMessage(
            self.tr("Language changed. Some dialogs show it the next time they open."), 5000
        )

    def _choose_theme(self, action: QAction) -> None:
        settings.THEME.set(action.data())
        palette.apply(action.data())
        for window in windows.windows():
            for other in window.theme_group.actions():
                other.setChecked(other.data() == action.data())

    def _apply_desk_colour(self) -> None:
        self.scene.setBackgroundBrush(palette.desk_colour(self.palette()))

    # --- window title, status, layout ----------------------------------------------

    def _update_title(self, *_args) -> None:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        title = self.document.journey.title
        shown = f"{name}[*] — {title}" if title else f"{name}[*]"
        self.setWindowTitle(f"{shown} — {self.tr('Journey Canvas')}")
        self.setWindowModified(self.document.is_modified())
        self.setWindowFilePath(str(path) if path else "")

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", str(round(factor * 100))))

    def _restore_layout(self) -> None:
        first = not windows.windows()
        geometry = settings.GEOMETRY.get()
        if not (first and not geometry.isEmpty() and self.restoreGeometry(geometry)):
            screen = QGuiApplication.primaryScreen()
            room = screen.availableGeometry() if screen else None
            width, height = 1400, 900
            if room is not None:
                width = min(width, int(room.width() * 0.9))
                height = min(height, int(room.height() * 0.9))
            self.resize(width, height)
        state = settings.WINDOW_STATE.get()
        if not state.isEmpty():
            self.restoreState(state)

    def _save_layout(self) -> None:
        # Quitting in the middle of a presentation: keep the docks and the window as
        # they were before it (full screen without docks is no layout to start with).
        presentation = getattr(self, "presentation", None)
        if presentation is not None and presentation.active:
            presentation.leave()
        settings.GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_STATE.set(self.saveState())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            self.view.fit_to_window()

    # --- files -----------------------------------------------------------------

    def file_filter(self) -> str:
        return self.tr("Journeys (*.journey)")

    def is_pristine(self) -> bool:
        """An untouched window with no file of its own, which a New or Open may reuse."""
        doc = self.document
        return doc.path is None and doc.undo_stack.count() == 0

    def new_dialog(self) -> None:
        from journeycanvas.app.new_dialog import choose_new_journey

        language = "zh" if translations.current().startswith("zh") else "en"
        journey = choose_new_journey(self, language)
        if journey is not None:
            self.show_journey(journey, None)

    def open_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else ""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open Journey"), start, self.file_filter()
        )
        for name in names:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> MainWindow | None:
        """Open a file: the window already showing it, this window if untouched, or a new one.

        A relative path (from the command line) is made absolute first, so the title,
        the recent files and every message name the file in full.
        """
        path = Path(path).absolute()
        existing = windows.window_for(path)
        if existing is not None:
            windows.bring_to_front(existing)
            return existing
        try:
            journey = journey_file.load(path)
        except JourneyFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the journey"), str(exc))
            return None
        add_recent(path)
        window = self.show_journey(journey, path)
        window.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(path)), 5000)
        return window

    def open_path(self, path: Path) -> bool:
        return self.open_file(path) is not None

    def show_journey(self, journey: Journey, path: Path | None) -> MainWindow:
        """Show a journey here when this window is untouched, otherwise in a new window."""
        if not self.is_pristine():
            return windows.new_window(journey, path, near=self)
        self.document.journey = journey
        self._share_texts_later()
        self.document.undo_stack.clear()
        self.document.set_path(path)
        self.disk_watch.remember()
        self.document.notify()
        self.view.fit_to_window()
        return self

    def save(self) -> bool:
        path = self.document.path
        if path is None or not path.exists():  # never saved, or the file is gone: ask where
            return self.save_as()
        return self.disk_watch.save()  # asks first if the file changed on disk

    def save_as(self) -> bool:
        path = self.document.path
        if path is None:  # named for its title, not "journey.journey"
            start = stem_from_title(self.document.journey.title, self.tr("journey")) + SUFFIX
        else:  # the file's own folder, unless it is gone
            start = str(path) if path.parent.is_dir() else path.name
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Journey As"), start, self.file_filter()
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != SUFFIX:
            path = path.with_suffix(SUFFIX)
        return self.write_to(path)

    def write_to(self, path: Path) -> bool:
        """Save the journey to ``path`` as it is; False (after saying why) if that failed."""
        try:
            journey_file.save(self.document.journey, path)
        except (JourneyFileError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Cannot save the journey"), str(exc))
            return False
        self.document.undo_stack.setClean()
        self.document.set_path(path)
        self.disk_watch.remember()
        self.autosaver.discard()
        add_recent(path)
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
        name = self.document.path.name if self.document.path else self.tr("Untitled")
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("“%1” has unsaved changes. Save them first?").replace("%1", name),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self._save_layout()
        self.autosaver.discard()
        windows.unregister(self)
        event.accept()

    # --- dropping files ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        drag = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if kind in drag and journey_paths(event.mimeData()):
            if kind == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event) -> None:
        if journey_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = journey_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        for path in paths:
            self.open_file(path)

    # --- help ------------------------------------------------------------------

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
