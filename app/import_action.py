"""File > Import spreadsheet… and spreadsheets dropped on the window open the import dialog.

A sheet of KPI measurements (io/importers/kpi_sheet.py) needs no column choices: it is
added to the KPIs it names at once, as one undo step, or refused with one sentence.

``install_import(window)`` is the one line MainWindow calls: it adds the action to
the File menu (after Open), and an event filter on the window and on the map's
viewport that takes drops of xlsx, xls, ods and csv files (a dropped .journey
file is still opened by the window itself).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

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
        self.message_box: QMessageBox | None = None
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
        book = self._kpis_or_book(path)
        if book is True:
            return None
        self.dialog = ImportDialog(self.window.document, path, self.window, book=book)
        self.dialog.imported.connect(self._done)
        self.dialog.open()
        return self.dialog

    def _kpis_or_book(self, path: Path):
        """Import a KPI sheet at once (one undo step) and return True; otherwise the read
        workbook for the survey dialog (None when it could not be read: the dialog says why)."""
        from journeycanvas.canvas import commands
        from journeycanvas.io.importers import kpi_sheet
        from journeycanvas.io.importers.errors import SheetImportError
        from journeycanvas.io.importers.reading import open_workbook

        try:
            book = open_workbook(path)
            found = kpi_sheet.find_table(book)
        except SheetImportError:
            return None
        if found is None:
            return book
        document = self.window.document
        try:
            result = kpi_sheet.apply_sheet(path, document.journey, *found)
        except SheetImportError as exc:
            self._warn(str(exc))
            return True
        name = path.name
        commands.apply(
            document,
            lambda: QCoreApplication.translate("ImportController", "Import KPIs from %1").replace(
                "%1", name
            ),
            lambda _j: result.journey,
        )
        self.window.statusBar().showMessage(
            self.tr("Added %1 measurements to %2 KPIs from %3")
            .replace("%1", f"{result.measurements:,}")
            .replace("%2", str(len(result.kpis)))
            .replace("%3", name),
            8000,
        )
        return True

    def _warn(self, message: str) -> None:
        """The one sentence why a KPI sheet was refused, window-modal (tests read it)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Import KPIs"), message, parent=self.window
        )
        box.setObjectName("kpiImportError")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message_box = box

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
