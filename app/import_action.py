"""File > Import spreadsheet… and spreadsheets dropped on the window open the import dialog.

``install_import(window)`` is the one line MainWindow calls: it adds the action to
the File menu (after Open), and an event filter on the window and on the map's
viewport that takes drops of xlsx, xls, ods and csv files (a dropped .journey
file is still opened by the window itself).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")


def sheet_paths(mime) -> list[Path]:
    """The local spreadsheet files in a drag's data."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in SHEET_SUFFIXES]


class ImportController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("importController")
        self.window = window
        self.dialog = None
        self.action = QAction(window)
        self.action.setObjectName("importSpreadsheet")
        self.action.triggered.connect(lambda: self.import_spreadsheet())
        window.addAction(self.action)
        self.imports_action = QAction(window)
        self.imports_action.setObjectName("showImports")
        self.imports_action.triggered.connect(lambda: self.show_imports())
        window.addAction(self.imports_action)
        self.imports_dialog = None
        self.waves_action = QAction(window)
        self.waves_action.setObjectName("showWaves")
        self.waves_action.triggered.connect(lambda: self.show_waves())
        window.addAction(self.waves_action)
        self.waves_dialog = None
        view_menu = getattr(window, "menu_view", None)
        if view_menu is not None:
            view_menu.addSeparator()
            view_menu.addAction(self.waves_action)
        menu = getattr(window, "menu_file", None)
        if menu is not None:
            actions = menu.actions()
            after_open = next(
                (i + 1 for i, a in enumerate(actions) if a.objectName() == "open"), len(actions)
            )
            # After Open and Open Recent, before the separator that follows them.
            if after_open + 1 < len(actions):
                menu.insertActions(actions[after_open + 1], [self.action, self.imports_action])
            else:
                menu.addActions([self.action, self.imports_action])
        window.installEventFilter(self)
        window.view.viewport().installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Import Spreadsheet…"))
        self.action.setStatusTip(
            self.tr("Add interview or survey answers (xlsx, xls, ods, csv) to this journey")
        )
        self.waves_action.setText(self.tr("&Waves…"))
        self.waves_action.setStatusTip(
            self.tr("Each touchpoint's mean score wave by wave, and the latest change")
        )
        self.imports_action.setText(self.tr("Im&ports…"))
        self.imports_action.setStatusTip(
            self.tr("The spreadsheets imported into this journey; remove one")
        )

    def show_imports(self):
        """File > Imports…: the journey's imports, each removable as one undo step."""
        from journeycanvas.app.imports_dialog import ImportsDialog

        if self.imports_dialog is not None:
            self.imports_dialog.close()
        self.imports_dialog = ImportsDialog(self.window.document, self.window)
        self.imports_dialog.open()
        return self.imports_dialog

    def show_waves(self):
        """View > Waves…: each touchpoint's mean wave by wave, and the latest change."""
        from journeycanvas.app.waves_dialog import WavesDialog

        if self.waves_dialog is not None:
            self.waves_dialog.close()
        self.waves_dialog = WavesDialog(self.window.document, self.window)
        self.waves_dialog.show()
        return self.waves_dialog

    def import_spreadsheet(self, path: Path | None = None):
        """Ask for a file when none is given; open the import dialog (window-modal)."""
        from journeycanvas.app.import_dialog import ImportDialog

        if path is None:
            start = str(self.window.document.path.parent) if self.window.document.path else ""
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import Spreadsheet"),
                start,
                self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)"),
            )
            if not name:
                return None
            path = Path(name)
        self.dialog = ImportDialog(self.window.document, path, self.window)
        self.dialog.imported.connect(self._done)
        self.dialog.open()
        return self.dialog

    def _done(self) -> None:
        bar = self.window.statusBar()
        bar.showMessage(self.tr("Imported %1").replace("%1", self.dialog.path.name), 5000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            paths = sheet_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.import_spreadsheet(paths[0])
                return True
        return False


def install_import(window) -> ImportController:
    window.import_controller = ImportController(window)
    return window.import_controller
