"""File > Export…: one dialog for every format, with a preview of the sheets over the map.

The dialog only gathers ExportOptions and hands them to the same ``export()`` the
command line uses, so a poster from here and one from ``journeycanvas export``
match: the map fitted to the printable area or drawn at a chosen percentage
(the CLI's ``--scale``). Its View field is the CLI's ``--view``: the map through
one of the journey's saved views, starting at the view the editor shows (else the
one last exported from that journey); "Include comments" is ``--with-comments``.
It remembers the last choices (QSettings), shows progress with Cancel, and offers
to open the folder afterwards. ``install_export_actions`` adds
File > Export… (Ctrl+E) and File > Print… to a main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QDesktopServices, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app import settings
from journeycanvas.app.print_support import print_journey
from journeycanvas.app.theme_menu import theme_names
from journeycanvas.canvas import themes, views
from journeycanvas.canvas.layout import JourneyLayout
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.text_metrics import REPLACEMENT
from journeycanvas.io.exporters.export_file import ExportError, export
from journeycanvas.io.exporters.glyphs import describe, undrawable_characters
from journeycanvas.io.exporters.options import (
    MAX_BLEED_MM,
    MAX_FIT_SHEETS,
    MAX_PNG_SIDE,
    ExportOptions,
    check,
    place,
)
from journeycanvas.io.exporters.paper import (
    MM,
    PAPER_SIZES_MM,
    TILE_PAPERS,
    Orientation,
    PaperError,
)
from journeycanvas.io.exporters.plan_export import export_matrix, export_plan_file
from journeycanvas.io.exporters.poster_content import poster_journey
from journeycanvas.io.exporters.poster_layout import poster_layout
from journeycanvas.io.exporters.progress import ExportCancelled
from journeycanvas.io.exporters.qt_render import paint_map
from journeycanvas.io.exporters.readability import READABLE_PT, smallest_printed_pt
from journeycanvas.io.exporters.tiling import tile_grid
from journeycanvas.io.exporters.tiling_text import sheet_label
from journeycanvas.io.output_policy import is_read_only

FORMATS = ("pdf", "png", "svg", "xlsx", "mmd", "plan_xlsx", "plan_pdf", "matrix_png")
#: The improvement exports and the file suffix each writes (the others: their own name).
SUFFIXES = {"plan_xlsx": "xlsx", "plan_pdf": "pdf", "matrix_png": "png"}
# The formats drawn from the layout, which can carry comments.
POSTERS = ("pdf", "png", "svg")
CUSTOM = "custom"
#: The scale choices: fit the map to the printable area, or draw it at a percentage.
FIT, PERCENT = "fit", "percent"
#: Percentages the dialog offers: the 0.01–20 scale that ExportOptions accepts.
MIN_PERCENT, MAX_PERCENT = 1, 2000
_S = settings.Setting
#: The last choices, one key each (strings, so every QSettings backend agrees).
REMEMBERED = {
    "format": _S("export/format", "pdf", str),
    "paper": _S("export/paper", "A1", str),
    "custom_w": _S("export/customWidth", "600", str),
    "custom_h": _S("export/customHeight", "900", str),
    "orientation": _S("export/orientation", "auto", str),
    "margin": _S("export/margin", "10", str),
    "scale": _S("export/scale", FIT, str),  # "fit", or the percentage as text
    "tile": _S("export/tile", False, bool),
    "tile_paper": _S("export/tilePaper", "A4", str),
    "overlap": _S("export/overlap", "10", str),
    "dpi": _S("export/dpi", 300, int),
    "transparent": _S("export/transparent", False, bool),
    "comments": _S("export/withComments", False, bool),
    "suggestions": _S("export/withSuggestions", False, bool),
    "folder": _S("export/folder", "", str),
    # The PDF's (and xlsx's) author, typed once: never taken from the login name.
    "author": _S("export/author", "", str),
}


class SheetPreview(QWidget):
    """The paper (or the tiled sheets) with the map drawn where it will land."""

    def __init__(
        self, layout: JourneyLayout, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.layout_ = layout
        self.language = language  # sheets are named as the PDF names them
        self.options: ExportOptions | None = None
        self.tiles = 0
        self.setMinimumSize(320, 240)
        self._thumb = self._thumbnail(layout)

    def set_layout(self, layout: JourneyLayout) -> None:
        """Another view or theme, or comments on or off: the map drawn anew."""
        self.layout_ = layout
        self._thumb = self._thumbnail(layout)
        self.update()

    @staticmethod
    def _thumbnail(layout: JourneyLayout) -> QImage:
        width = 900
        scale = width / layout.width
        image = QImage(width, max(1, round(layout.height * scale)), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.scale(scale, scale)
        paint_map(painter, layout)
        painter.end()
        return image

    def show_options(self, options: ExportOptions | None) -> None:
        self.options = options
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.fillRect(self.rect(), QColor("#E9ECEE"))
        lay, opts = self.layout_, self.options
        if opts is None:
            painter.end()
            return
        pad = 12
        avail = QRectF(self.rect()).adjusted(pad, pad, -pad, -pad)
        if opts.tile:
            grid = tile_grid(opts, lay.width, lay.height)
            step_w, step_h = grid.window_w - grid.overlap, grid.window_h - grid.overlap
            span_w = (grid.cols - 1) * step_w + grid.window_w
            span_h = (grid.rows - 1) * step_h + grid.window_h
            k = min(avail.width() / span_w, avail.height() / span_h)
            x0 = avail.x() + (avail.width() - span_w * k) / 2
            y0 = avail.y() + (avail.height() - span_h * k) / 2
            painter.fillRect(QRectF(x0, y0, span_w * k, span_h * k), Qt.GlobalColor.white)
            target = QRectF(x0, y0, grid.poster_w * k, grid.poster_h * k)
            painter.drawImage(target, self._thumb)
            painter.setPen(QPen(QColor("#1E88E5"), 1.2))
            for row in range(grid.rows):
                for col in range(grid.cols):
                    ox, oy = grid.origin(row, col)
                    rect = QRectF(x0 + ox * k, y0 + oy * k, grid.window_w * k, grid.window_h * k)
                    painter.drawRect(rect)
                    painter.drawText(
                        rect, Qt.AlignmentFlag.AlignCenter, sheet_label(self.language, row, col)
                    )
            self.tiles = grid.count
        else:
            sheet = place(opts, lay.width, lay.height)
            k = min(avail.width() / sheet.page_w, avail.height() / sheet.page_h)
            x0 = avail.x() + (avail.width() - sheet.page_w * k) / 2
            y0 = avail.y() + (avail.height() - sheet.page_h * k) / 2
            page = QRectF(x0, y0, sheet.page_w * k, sheet.page_h * k)
            painter.fillRect(page.translated(2, 2), QColor("#B0BEC5"))
            painter.fillRect(page, Qt.GlobalColor.white)
            target = QRectF(
                x0 + sheet.x * k,
                y0 + sheet.y * k,
                lay.width * sheet.scale * k,
                lay.height * sheet.scale * k,
            )
            painter.drawImage(target, self._thumb)
            self.tiles = 0
        painter.end()


def _view_setting(journey: Journey) -> settings.Setting:
    """The view last exported from this journey ("" for the whole map), by its id."""
    return settings.Setting(f"export/view/{journey.id}", "", str)


class ExportDialog(QDialog):
    def __init__(
        self,
        journey: Journey,
        source: Path | None,
        parent: QWidget | None = None,
        view_id: str | None = None,
    ):
        """``journey`` is the whole journey; ``view_id`` the saved view the editor shows."""
        super().__init__(parent)
        self.whole = journey
        self.journey = journey  # the journey as the chosen view shows it
        self.source = source
        self.exported: Path | None = None
        self.setWindowTitle(self.tr("Export"))
        self._build()
        self._choose_view(view_id)
        self._restore()
        self._relayout()
        self.view_picker.currentIndexChanged.connect(self._relayout)
        self.with_comments.toggled.connect(self._relayout)
        self.with_suggestions.toggled.connect(self._relayout)

    # --- the form -------------------------------------------------------------------

    def _build(self) -> None:
        names = {
            "pdf": self.tr("PDF poster (vector)"),
            "png": self.tr("PNG image"),
            "svg": self.tr("SVG drawing"),
            "xlsx": self.tr("Excel workbook (xlsx)"),
            "mmd": self.tr("Mermaid journey (mmd)"),
            "plan_xlsx": self.tr("Action plan (xlsx)"),
            "plan_pdf": self.tr("Action plan and priority matrix (PDF)"),
            "matrix_png": self.tr("Priority matrix (PNG)"),
        }
        self.format = QComboBox(objectName="exportFormat")
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        self.paper = QComboBox()
        for name in PAPER_SIZES_MM:
            self.paper.addItem(name, name)
        self.paper.addItem(self.tr("Custom size"), CUSTOM)
        self.custom_w, self.custom_h = self._mm_box(50, 5000), self._mm_box(50, 5000)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_w)
        custom_row.addWidget(QLabel("×"))
        custom_row.addWidget(self.custom_h)
        self.orientation = QComboBox()
        for value, text in (
            (Orientation.AUTO, self.tr("Automatic")),
            (Orientation.PORTRAIT, self.tr("Portrait")),
            (Orientation.LANDSCAPE, self.tr("Landscape")),
        ):
            self.orientation.addItem(text, value.value)
        self.margin = self._mm_box(0, 100)
        # Fit to page, or a chosen scale (the CLI's --scale): 100 % is one point of
        # the map per point of paper, the size the editor shows at 100 % zoom.
        self.scale_mode = QComboBox()
        self.scale_mode.addItem(self.tr("Fit to page"), FIT)
        self.scale_mode.addItem(self.tr("Percentage"), PERCENT)
        self.scale_percent = QSpinBox()
        self.scale_percent.setRange(MIN_PERCENT, MAX_PERCENT)
        self.scale_percent.setSuffix(" %")
        self.scale_percent.setValue(100)
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_mode, 1)
        scale_row.addWidget(self.scale_percent)
        self.tile = QCheckBox(self.tr("Tile onto smaller sheets"))
        self.tile_paper = QComboBox()
        for name in TILE_PAPERS:
            self.tile_paper.addItem(name, name)
        # "Fit to N×M sheets": the scale follows from how many sheets the user has.
        self.fit_sheets = QCheckBox(self.tr("Fit to"))
        self.fit_cols = QSpinBox()
        self.fit_rows = QSpinBox()
        for box, value in ((self.fit_cols, 4), (self.fit_rows, 2)):
            box.setRange(1, MAX_FIT_SHEETS)
            box.setValue(value)
        self.fit_cols.setToolTip(self.tr("Sheets across"))
        self.fit_rows.setToolTip(self.tr("Sheets down"))
        fit_row = QHBoxLayout()
        fit_row.addWidget(self.fit_sheets)
        fit_row.addWidget(self.fit_cols)
        fit_row.addWidget(QLabel("×"))
        fit_row.addWidget(self.fit_rows)
        fit_row.addWidget(QLabel(self.tr("sheets (across × down)")), 1)
        self.overlap = self._mm_box(0, 50)
        # For a print shop: bleed with crop marks on a single-sheet PDF (3 mm is usual).
        self.bleed = self._mm_box(0, MAX_BLEED_MM)
        self.bleed.setValue(0)
        self.bleed.setSpecialValueText(self.tr("None"))
        self.bleed.setToolTip(
            self.tr("Bleed and crop marks for a print shop; the paper size stays the trim size.")
        )
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setSuffix(" DPI")
        self.background = QComboBox()
        self.background.addItem(self.tr("White"), False)
        self.background.addItem(self.tr("Transparent"), True)
        # The CLI's --view: the whole map, or the map through one of its saved views.
        self.view_picker = QComboBox(objectName="exportView")
        self.view_picker.addItem(self.tr("Whole map"), "")
        for view in self.whole.views:
            self.view_picker.addItem(view.name, view.id)
        self.view_picker.setToolTip(
            self.tr("Export the map as one of its saved views shows it (View > Saved Views)")
        )
        # The CLI's --with-comments: numbered markers and a list under the map.
        self.with_comments = QCheckBox(self.tr("Include comments"), objectName="withComments")
        self.with_comments.setToolTip(
            self.tr(
                "Number each comment on the map and list them under it (PDF, PNG and SVG). "
                "A view that hides comments leaves them out."
            )
        )
        # The CLI's --with-suggestions: an import's unaccepted guesses, drawn marked.
        self.with_suggestions = QCheckBox(
            self.tr("Include unaccepted suggestions"), objectName="withSuggestions"
        )
        self.with_suggestions.setToolTip(
            self.tr(
                "Also draw the cards an import suggested and nobody accepted yet, with their "
                "red border (PDF, PNG and SVG)"
            )
        )
        self.layout_ = poster_layout(self.journey, ExportOptions())
        # Characters the bundled fonts lack: the poster formats draw them as U+FFFD.
        self.undrawable = undrawable_characters(self.journey)
        self.preview = SheetPreview(self.layout_, self.journey.language)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.glyph_warning = QLabel()
        self.glyph_warning.setWordWrap(True)
        self.glyph_warning.setStyleSheet("color: #b3261e;")
        # A page per N stages (0: the whole map on one sheet).
        self.split = QSpinBox()
        self.split.setRange(0, 1000)
        self.split.setSpecialValueText(self.tr("One page"))
        self.split.setSuffix(self.tr(" stages per page"))
        self.with_plan = QCheckBox(
            self.tr("Add the priority matrix and action plan pages"), objectName="withPlan"
        )

        # The poster's colours: the journey's own theme unless another is chosen here.
        self.theme = QComboBox(objectName="exportTheme")
        for key, name in theme_names().items():
            self.theme.addItem(name, key)
        _select(self.theme, themes.theme(self.journey.theme).key)
        self.theme.currentIndexChanged.connect(self._follow_theme)
        self.author = QLineEdit(objectName="exportAuthor")
        self.author.setPlaceholderText(self.tr("Your name or your client's (optional)"))
        self.author.setToolTip(
            self.tr("Written as the PDF's and the workbook's author; never your login name.")
        )

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("View:"), self.view_picker)
        form.addRow("", self.with_comments)
        form.addRow("", self.with_suggestions)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Custom size:"), custom_row)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(self.tr("Margin:"), self.margin)
        form.addRow(self.tr("Scale:"), scale_row)
        form.addRow("", self.tile)
        form.addRow(self.tr("Sheets:"), self.tile_paper)
        form.addRow("", fit_row)
        form.addRow(self.tr("Overlap:"), self.overlap)
        form.addRow(self.tr("Bleed:"), self.bleed)
        form.addRow(self.tr("Split:"), self.split)
        form.addRow("", self.with_plan)
        form.addRow(self.tr("Resolution:"), self.dpi)
        # The CLI's --width: a PNG of a given pixel width, sized by the map, not a paper.
        self.png_width = QSpinBox(objectName="pngWidth")
        self.png_width.setRange(0, MAX_PNG_SIDE)
        self.png_width.setSingleStep(100)
        self.png_width.setSuffix(self.tr(" px"))
        self.png_width.setSpecialValueText(self.tr("From paper and resolution"))
        self.png_width.valueChanged.connect(self._refresh)
        form.addRow(self.tr("Pixel width:"), self.png_width)
        form.addRow(self.tr("Background:"), self.background)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Author:"), self.author)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.summary)
        right.addWidget(self.glyph_warning)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(top, 1)
        outer.addWidget(buttons)
        self.resize(900, 560)
        combos = (
            self.format,
            self.paper,
            self.orientation,
            self.scale_mode,
            self.tile_paper,
            self.background,
        )
        for combo in combos:
            combo.currentIndexChanged.connect(self._refresh)
        boxes = (
            self.custom_w,
            self.custom_h,
            self.margin,
            self.scale_percent,
            self.overlap,
            self.bleed,
            self.dpi,
            self.fit_cols,
            self.fit_rows,
            self.split,
        )
        for box in boxes:
            box.valueChanged.connect(self._refresh)
        self.tile.toggled.connect(self._refresh)
        self.with_plan.toggled.connect(self._refresh)
        self.fit_sheets.toggled.connect(self._refresh)
        self.format.currentIndexChanged.connect(self._follow_format)
        self.format.currentIndexChanged.connect(self._relayout_if_ready)

    def _mm_box(self, lo: float, hi: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(lo, hi)
        box.setDecimals(1)
        box.setSuffix(" mm")
        return box

    # --- reading and remembering the choices -------------------------------------------

    def fmt(self) -> str:
        return self.format.currentData()

    def suffix(self) -> str:
        """The chosen format's file suffix, with its dot (".xlsx" for the action plan)."""
        return "." + SUFFIXES.get(self.fmt(), self.fmt())

    def scale(self) -> float | None:
        """The chosen scale as ExportOptions takes it: None fits the map to the page."""
        if self.scale_mode.currentData() == FIT:
            return None
        return self.scale_percent.value() / 100

    def options(self) -> ExportOptions:
        paper = self.paper.currentData()
        if paper == CUSTOM:
            paper = f"{self.custom_w.value():g}x{self.custom_h.value():g}"
        tiled = self.tile.isChecked() and self.fmt() == "pdf"
        fit = tiled and self.fit_sheets.isChecked()
        return ExportOptions(
            paper=paper,
            orientation=Orientation(self.orientation.currentData()),
            margin_mm=self.margin.value(),
            scale=None if fit else self.scale(),
            tile=self.tile_paper.currentData() if tiled else None,
            fit_sheets=(self.fit_cols.value(), self.fit_rows.value()) if fit else None,
            bleed_mm=self.bleed.value() if self.fmt() == "pdf" and not tiled else 0.0,
            overlap_mm=self.overlap.value(),
            dpi=self.dpi.value(),
            transparent=bool(self.background.currentData()) and self.fmt() in ("png", "svg"),
            source_name=self.source.name if self.source else "",
            width_px=self._png_width(),
            split_stages=self.split.value() or None if self.fmt() == "pdf" and not tiled else None,
            with_plan=self.fmt() == "pdf" and self.with_plan.isChecked(),
            include_comments=self.with_comments.isChecked() and self.fmt() in POSTERS,
            include_suggestions=self.with_suggestions.isChecked() and self.fmt() in POSTERS,
            author=self.author.text().strip() if self.fmt() in ("pdf", "xlsx") else "",
            theme=self.theme.currentData() if self.fmt() in POSTERS else None,
        )

    def _png_width(self) -> int | None:
        """The chosen pixel width of a PNG, or None when paper and DPI size it."""
        width = self.png_width.value() if hasattr(self, "png_width") else 0
        return width if width and self.fmt() == "png" else None

    def _restore(self) -> None:
        r = {key: s.get() for key, s in REMEMBERED.items()}
        _select(self.format, r["format"])
        _select(self.paper, r["paper"])
        self.custom_w.setValue(_float(r["custom_w"], 600))
        self.custom_h.setValue(_float(r["custom_h"], 900))
        _select(self.orientation, r["orientation"])
        self.margin.setValue(_float(r["margin"], 10))
        percent = _float(r["scale"], 0) if r["scale"] != FIT else 0
        if MIN_PERCENT <= percent <= MAX_PERCENT:
            _select(self.scale_mode, PERCENT)
            self.scale_percent.setValue(round(percent))
        else:
            _select(self.scale_mode, FIT)
        self.tile.setChecked(r["tile"])
        _select(self.tile_paper, r["tile_paper"])
        self.overlap.setValue(_float(r["overlap"], 10))
        self.dpi.setValue(r["dpi"])
        _select(self.background, r["transparent"])
        self.with_comments.setChecked(r["comments"])
        self.with_suggestions.setChecked(r["suggestions"])
        self.author.setText(r["author"])
        folder = Path(r["folder"]) if r["folder"] else None
        if folder is None or not folder.is_dir():
            folder = self.source.parent if self.source else Path.home()
        stem = self.source.stem if self.source else (self.journey.title or "journey")
        self.path.setText(str(folder / f"{_safe(stem)}{self.suffix()}"))

    def remember(self) -> None:
        values = {
            "format": self.fmt(),
            "paper": self.paper.currentData(),
            "custom_w": f"{self.custom_w.value():g}",
            "custom_h": f"{self.custom_h.value():g}",
            "orientation": self.orientation.currentData(),
            "margin": f"{self.margin.value():g}",
            "scale": FIT if self.scale() is None else str(self.scale_percent.value()),
            "tile": self.tile.isChecked(),
            "tile_paper": self.tile_paper.currentData(),
            "overlap": f"{self.overlap.value():g}",
            "dpi": self.dpi.value(),
            "transparent": bool(self.background.currentData()),
            "comments": self.with_comments.isChecked(),
            "suggestions": self.with_suggestions.isChecked(),
            "folder": str(Path(self.path.text()).parent),
            "author": self.author.text().strip(),
        }
        for key, value in values.items():
            REMEMBERED[key].set(value)
        _view_setting(self.whole).set(self.view_picker.currentData() or "")

    def _choose_view(self, view_id: str | None) -> None:
        """Start at the view the editor shows, else the one last exported from here."""
        remembered = _view_setting(self.whole).get()
        for wanted in (view_id, remembered):
            index = self.view_picker.findData(wanted) if wanted else -1
            if index >= 0:
                self.view_picker.setCurrentIndex(index)
                return

    def chosen_view(self):
        """The saved view chosen in the View field, None for the whole map."""
        view_id = self.view_picker.currentData()
        return next((v for v in self.whole.views if v.id == view_id), None)

    def _relayout(self) -> None:
        """The journey through the chosen view, laid out as the poster will draw it."""
        self.journey = views.shown(self.whole, self.chosen_view())
        self.undrawable = undrawable_characters(self.journey)
        poster = self.fmt() in POSTERS
        theme = getattr(self, "theme", None)
        chosen = ExportOptions(
            include_comments=self.with_comments.isChecked() and poster,
            include_suggestions=self.with_suggestions.isChecked() and poster,
            theme=theme.currentData() if theme is not None and poster else None,
        )
        # What the poster draws: without unaccepted suggestions unless they are asked for.
        drawn = poster_journey(self.journey, chosen, self.fmt())
        self.layout_ = poster_layout(drawn, chosen)
        self.preview.set_layout(self.layout_)
        self._refresh()

    # --- keeping the form and preview in step --------------------------------------------

    def _relayout_if_ready(self) -> None:
        # A data format has no comment list; the map's height changes with the format.
        if hasattr(self, "view_picker") and self.view_picker.count():
            self._relayout()

    def _follow_theme(self) -> None:
        """The preview shows the map in the chosen theme."""
        self._relayout_if_ready()

    def _follow_format(self) -> None:
        """The file name's extension follows the chosen format."""
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self.suffix())))

    def _refresh(self) -> None:
        fmt = self.fmt()
        poster = fmt in ("pdf", "png")
        custom = self.paper.currentData() == CUSTOM
        tiled = fmt == "pdf" and self.tile.isChecked()
        fitting = tiled and self.fit_sheets.isChecked()
        rows = {
            self.paper: poster,
            self.orientation: poster,
            self.margin: poster,
            # Fitting to a number of sheets chooses the scale itself.
            self.scale_mode: poster and not fitting,
            self.tile: fmt == "pdf",
            self.tile_paper: tiled,
            self.overlap: tiled,
            self.bleed: fmt == "pdf" and not tiled,
            self.split: fmt == "pdf" and not tiled,
            self.with_plan: fmt == "pdf",
            self.fit_sheets: tiled,
            self.fit_cols: tiled and self.fit_sheets.isChecked(),
            self.fit_rows: tiled and self.fit_sheets.isChecked(),
            self.dpi: (fmt == "png" and not self._png_width()) or fmt == "matrix_png",
            self.png_width: fmt == "png",
            self.background: fmt in ("png", "svg"),
            self.with_comments: fmt in POSTERS,
            self.with_suggestions: fmt in POSTERS,
            self.theme: fmt in POSTERS,
            self.author: fmt in ("pdf", "xlsx"),
        }
        for widget, on in rows.items():
            widget.setEnabled(on)
        self.custom_w.setEnabled(poster and custom)
        self.custom_h.setEnabled(poster and custom)
        self.scale_percent.setEnabled(
            poster and not fitting and self.scale_mode.currentData() == PERCENT
        )
        problem = ""
        options = self.options()
        try:
            check(options)
            if poster:
                place(options, self.layout_.width, self.layout_.height)
        except (PaperError, ValueError) as exc:
            problem = str(exc)
        self.preview.show_options(options if poster and not problem else None)
        self.preview.repaint()
        self.export_button.setEnabled(not problem)
        warning = self._size_warning(options) if poster and not problem else ""
        # In the summary, not a label of its own: a label appearing would resize the preview.
        self.summary.setText(problem or "\n".join(filter(None, (self._describe(options), warning))))
        lost = fmt in ("pdf", "png", "svg") and bool(self.undrawable)
        self.glyph_warning.setVisible(lost)
        if lost:
            self.glyph_warning.setText(
                self.tr(
                    "The bundled fonts have no glyph for %1; the poster shows %2 in their place."
                )
                .replace("%1", describe(self.undrawable))
                .replace("%2", REPLACEMENT)
            )

    def _size_warning(self, options: ExportOptions) -> str:
        """Before exporting: the smallest text size the poster prints, when unreadable."""
        size = smallest_printed_pt(self.journey, options)
        if size is None or size >= READABLE_PT:
            return ""
        return (
            self.tr(
                "Warning: the smallest text prints at %1 pt, too small to read (under %2 pt). "
                "Choose a bigger paper, tile the poster onto sheets, or split it "
                "into pages of fewer stages."
            )
            .replace("%1", f"{size:.1f}")
            .replace("%2", f"{READABLE_PT:g}")
        )

    def _describe(self, options: ExportOptions) -> str:
        fmt = self.fmt()
        if fmt == "pdf" and options.tile:
            grid = tile_grid(options, self.layout_.width, self.layout_.height)
            sheets = (
                self.tr("%1 sheets of %2 (%3 rows × %4 columns) and an assembly page.")
                .replace("%1", str(grid.count))
                .replace("%2", grid.sheet.name)
                .replace("%3", str(grid.rows))
                .replace("%4", str(grid.cols))
            )
            return f"{self._scale_text(grid.scale)} · {sheets}"
        if fmt in ("pdf", "png"):
            sheet = place(options, self.layout_.width, self.layout_.height)
            text = self.tr("%1 × %2 mm").replace("%1", f"{sheet.page_w / MM:.0f}")
            text = text.replace("%2", f"{sheet.page_h / MM:.0f}")
            text += " · " + self._scale_text(sheet.scale)
            if fmt == "png" and options.width_px:
                high = round(options.width_px * self.layout_.height / self.layout_.width)
                return (
                    self.tr("%1 × %2 pixels")
                    .replace("%1", str(options.width_px))
                    .replace("%2", str(high))
                )
            if fmt == "png":
                px = options.dpi / 72
                text += " · " + self.tr("%1 × %2 pixels").replace(
                    "%1", str(round(sheet.page_w * px))
                ).replace("%2", str(round(sheet.page_h * px)))
            return text
        return ""

    def _scale_text(self, scale: float) -> str:
        """The scale the map is drawn at, so "fit" is not a mystery number on paper."""
        percent = scale * 100
        shown = f"{percent:.0f}" if percent >= 10 else f"{percent:.2g}"
        if self.scale() is None:
            return self.tr("Map fitted at %1 %").replace("%1", shown)
        return self.tr("Map at %1 %").replace("%1", shown)

    # --- actions ---------------------------------------------------------------------------

    def browse(self) -> None:
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG (*.svg)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "mmd": self.tr("Mermaid (*.mmd)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export To"),
            self.path.text(),
            filters[self.suffix()[1:]],
            # One question about replacing, asked by run_export whichever way the
            # name was chosen (typed or browsed).
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path.setText(str(Path(name).with_suffix(self.suffix())))

    def run_export(self) -> bool:
        """Export with a progress dialog; True when the file was written."""
        out = Path(self.path.text().strip()).with_suffix(self.suffix())
        # The shared policy (io/output_policy.py): an existing file is replaced only
        # when the user says so here; a read-only one is refused by export() below.
        if out.is_file() and not is_read_only(out) and not self.confirm_replace(out):
            return False
        self.remember()
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 1000, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress_dialog = progress

        def report(fraction: float) -> bool:
            progress.setValue(round(fraction * 1000))
            QApplication.processEvents()
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._write(out, report)
        except ExportCancelled:
            return False
        except ExportError as exc:
            QMessageBox.critical(self, self.tr("Cannot export"), str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        self.exported = out
        self.accept()
        if self.ask_open_folder(out):
            self.open_folder(out)
        return True

    def _write(self, out: Path, report) -> None:
        """The chosen export: the map in a format, or the action plan or matrix."""
        fmt = self.fmt()
        if fmt in ("plan_xlsx", "plan_pdf"):
            export_plan_file(self.journey, out)
        elif fmt == "matrix_png":
            export_matrix(self.journey, out, dpi=self.dpi.value())
        else:
            export(self.journey, out, self.options(), report)

    def confirm_replace(self, out: Path) -> bool:
        """Ask before an export replaces a file that is already there."""
        answer = QMessageBox.question(
            self,
            self.tr("Replace file?"),
            self.tr("%1 already exists. Replace it?").replace("%1", str(out)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_open_folder(self, out: Path) -> bool:
        answer = QMessageBox.question(
            self.parentWidget() or self,
            self.tr("Export finished"),
            self.tr("Saved %1. Open the folder?").replace("%1", str(out)),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Close,
        )
        return answer == QMessageBox.StandardButton.Open

    def open_folder(self, out: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out.parent)))


def _select(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def _float(text: str, default: float) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return default


def _safe(stem: str) -> str:
    """A title as a file name: no path separators or characters Windows refuses."""
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in stem)
    return cleaned.strip(" .") or "journey"


class ExportActions(QObject):
    """File > Export… and File > Print… of one window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("exportActions")
        self.window = window
        self.export = QAction(window)
        self.export.setObjectName("export")
        self.export.setShortcut(QKeySequence("Ctrl+E"))
        self.export.triggered.connect(self.show_export)
        self.print = QAction(window)
        self.print.setObjectName("print")
        self.print.setShortcut(QKeySequence.StandardKey.Print)
        self.print.triggered.connect(lambda: print_journey(window))
        for action in (self.export, self.print):
            window.addAction(action)
        menu = window.menu_file
        before = next((a for a in menu.actions() if a.objectName() == "close"), None)
        anchor = before
        actions = menu.actions()
        if before is not None and actions.index(before) > 0:
            previous = actions[actions.index(before) - 1]
            anchor = previous if previous.isSeparator() else before
        menu.insertActions(anchor, [self.export, self.print])
        menu.insertSeparator(anchor)
        self.retranslate()
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.export.setText(self.tr("&Export…"))
        self.export.setStatusTip(self.tr("Export a poster, image or data file"))
        self.print.setText(self.tr("&Print…"))
        self.print.setStatusTip(self.tr("Print the map on one page"))

    def show_export(self) -> ExportDialog:
        doc = self.window.document
        # The whole journey; the dialog's View field starts at the view the map shows.
        scene = getattr(self.window, "scene", None)
        view_id = scene.view_id if scene is not None else None
        dialog = ExportDialog(doc.journey, doc.path, self.window, view_id=view_id)
        dialog.open()
        return dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def install_export_actions(window: QMainWindow) -> ExportActions:
    return ExportActions(window)
