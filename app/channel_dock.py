"""View > Channels: the journey by channel, in a dock beside the map.

The matrix (channels x stages, coloured on the emotion scale, flags and break
arrows) is ``canvas/analysis/channel_page.py``'s layout painted by
``io/exporters/channels_qt.py``, the very page Export writes as PNG or PDF.
Clicking a cell selects its touchpoint cards on the map. A stage with steps
shows a column per step. The matrix follows the saved view the map is drawn
through: cards of hidden lanes and the channels the view hides are left out;
the segment and wave boxes narrow it to one customer segment or survey wave. The buttons rename
(or merge) the chosen channel and add the chosen cell's consistency flag as a
pain point, each one undoable command. The matrix is computed again whenever
the journey changes while the dock is visible (once a burst of changes ends).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.canvas.analysis.channel_page import ChannelPage, PageWords, channel_page
from journeycanvas.canvas.analysis.channels import ChannelMatrix, channel_matrix
from journeycanvas.canvas.channel_edits import add_flag_as_pain_point, rename_channel
from journeycanvas.canvas.commands import apply
from journeycanvas.canvas.model import SavedView
from journeycanvas.canvas.research import wave_names
from journeycanvas.io.exporters.channels_qt import paint_channel_page

Selected = tuple[str, str, str | None]  # (channel key, stage id, step id or None)
REFRESH_DELAY_MS = 150


class ChannelMatrixWidget(QWidget):
    """The painted page; a click on a cell reports it."""

    cellClicked = Signal(str, str, str)  # channel key, stage id, step id ("" for none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelMatrix")
        self.page: ChannelPage | None = None
        self.selected: Selected | None = None
        self.scale = 1.0

    def set_page(self, page: ChannelPage, selected: Selected | None) -> None:
        self.page, self.selected = page, selected
        self.setFixedSize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        if self.page is None:
            return QSize(200, 100)
        return QSize(round(self.page.width * self.scale), round(self.page.height * self.scale))

    def cell_center(self, channel: str, stage_id: str, step_id: str | None = None) -> QPointF:
        """Where a cell is on the widget (tests click there); without a step, the stage's
        first column."""
        assert self.page is not None
        cell = next(
            c
            for c in self.page.cells
            if (c.channel, c.stage_id) == (channel, stage_id)
            and (step_id is None or c.step_id == step_id)
        )
        r = cell.rect
        return QPointF((r.x + r.w / 2) * self.scale, (r.y + r.h / 2) * self.scale)

    def paintEvent(self, _event) -> None:
        if self.page is None:
            return
        painter = QPainter(self)
        painter.scale(self.scale, self.scale)
        paint_channel_page(painter, self.page, self.selected)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.page is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        cell = self.page.cell_at(pos.x() / self.scale, pos.y() / self.scale)
        if cell is not None:
            self.cellClicked.emit(cell.channel, cell.stage_id, cell.step_id or "")


class ChannelDock(QDockWidget):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("channelDock")
        self.window_ = window
        self.document = window.document
        self.matrix: ChannelMatrix | None = None
        self.selected: Selected | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        buttons = QHBoxLayout()
        self.rename_button = QPushButton(objectName="renameChannel")
        self.pain_button = QPushButton(objectName="flagAsPainPoint")
        self.export_button = QPushButton(objectName="exportChannels")
        self.segment_box = QComboBox(objectName="channelSegment")
        self.wave_box = QComboBox(objectName="channelWave")
        self.status = QLabel(objectName="channelStatus")
        self.status.setWordWrap(True)
        for button in (self.rename_button, self.pain_button, self.export_button):
            buttons.addWidget(button)
        buttons.addWidget(self.segment_box)
        buttons.addWidget(self.wave_box)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.view = ChannelMatrixWidget()
        self.scroll = QScrollArea(body)
        self.scroll.setWidget(self.view)
        layout.addWidget(self.scroll, 1)
        self.setWidget(body)
        self.view.cellClicked.connect(self.choose_cell)
        self.rename_button.clicked.connect(self.rename_dialog)
        self.pain_button.clicked.connect(self.add_pain_point)
        self.export_button.clicked.connect(self.export_dialog)
        self.segment_box.activated.connect(lambda _i: self.refresh())
        self.wave_box.activated.connect(lambda _i: self.refresh())
        # A burst of changes (typing in the Inspector) is computed once, after it:
        # a 2,000-card journey with 50,000 answers takes about a second.
        self._later = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self.document.changed.connect(self._later.start)
        window.scene.viewChanged.connect(lambda _view: self._later.start())
        self.visibilityChanged.connect(lambda shown: shown and self.refresh())
        self.retranslate()

    # --- words --------------------------------------------------------------------

    def words(self) -> PageWords:
        """The page's words in the interface language ({placeholders} stay as they are)."""
        return PageWords(
            title=self.tr("Channels by stage — {journey}"),
            channel=self.tr("Channel"),
            flag=self.tr("≠ others {diff} (p = {p})"),
            switches=self.tr(
                "After a channel switch: mean {after_switch} (n = {n_switch}); "
                "where the channel stays: {after_stay} (n = {n_stay})."
            ),
            comparison=self.tr(
                "Difference {diff}, Welch's test p = {p}. Arrows: the switches that lower "
                "the score most (change, n respondents)."
            ),
            no_switches=self.tr(
                "No respondent answered at two consecutive stages: no channel switches to count."
            ),
            flags_none=self.tr(
                "No channel scores apart from the other channels of its stage (Welch, p < 0.05)."
            ),
            scale=self.tr(
                "Cells: mean emotion score (−2..+2) and n responses; red border: scores apart "
                "from the stage's other channels (Welch, p < 0.05)."
            ),
            switchers=self.tr(
                "{switchers} of {respondents} respondents changed channel between "
                "consecutive stages ({switches} switches)."
            ),
            break_line=self.tr(
                "Break: {from_channel} ({from_stage}) → {to_channel} ({to_stage}): "
                "{change}, n = {n}."
            ),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Channels"))
        self.toggleViewAction().setText(self.tr("&Channels"))
        self.toggleViewAction().setStatusTip(
            self.tr("Show the journey by channel: scores per stage, inconsistencies, switches")
        )
        self.rename_button.setText(self.tr("Rename Channel…"))
        self.pain_button.setText(self.tr("Add as Pain Point"))
        self.export_button.setText(self.tr("Export…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the matrix ------------------------------------------------------------------

    def current_view(self) -> SavedView | None:
        """The saved view the map is drawn through (None: the whole map)."""
        view_id = self.window_.scene.view_id
        return next((v for v in self.document.journey.views if v.id == view_id), None)

    def _fill(self, box: QComboBox, everything: str, names: list[str]) -> str | None:
        """Offer ``names`` (and ``everything`` first), keep the choice; returns it."""
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for name in names:
            box.addItem(name, name)
        index = box.findData(chosen) if chosen is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)
        box.setVisible(bool(names))
        return box.currentData()

    def refresh(self) -> None:
        if not self.isVisible():
            return
        journey = self.document.journey
        segments = dict.fromkeys(
            segment
            for stage in journey.stages
            for card in journey.touchpoint_cards(stage.id)
            for segment in card.evidence.segments  # a column: no model per answer
            if segment
        )
        segment = self._fill(self.segment_box, self.tr("All segments"), list(segments))
        waves = list(dict.fromkeys(wave_names(journey).values()))
        wave = self._fill(self.wave_box, self.tr("All waves"), waves)
        self.matrix = channel_matrix(journey, self.current_view(), segment, wave)
        if self.selected is not None and self.matrix.cell(*self.selected) is None:
            self.selected = None
        self.view.set_page(channel_page(journey, self.matrix, self.words()), self.selected)
        self._update_buttons()

    def choose_cell(self, channel: str, stage_id: str, step_id: str | None = None) -> None:
        """Select a cell: its touchpoint cards become the map's selection."""
        self.selected = (channel, stage_id, step_id or None)
        if self.matrix is None:
            return
        cell = self.matrix.cell(*self.selected)
        scene = self.window_.scene
        scene.select_cards(list(cell.card_ids) if cell else [])
        items = [scene.cards[c] for c in (cell.card_ids if cell else []) if c in scene.cards]
        if items:
            self.window_.view.ensureVisible(items[0])
        self.view.selected = self.selected
        self.view.update()
        self._update_buttons()

    def _update_buttons(self) -> None:
        matrix, chosen = self.matrix, self.selected
        self.rename_button.setEnabled(chosen is not None)
        flag = matrix.flag(*chosen[:2]) if matrix is not None and chosen is not None else None
        self.pain_button.setEnabled(flag is not None)
        if matrix is None or not matrix.channels:
            self.status.setText(self.tr("No touchpoint card names a channel yet."))
        elif chosen is None:
            self.status.setText(self.tr("Click a cell to select its touchpoint cards on the map."))
        else:
            cell = matrix.cell(*chosen)
            stage = self.document.journey.stage(chosen[1])
            step = next((st.name for st in stage.steps if st.id == chosen[2]), "")
            stage = f"{stage.name} · {step}" if step else stage.name
            self.status.setText(
                self.tr("{channel} at {stage}: {n} touchpoint cards selected.").format(
                    channel=matrix.channel_name(chosen[0]),
                    stage=stage,
                    n=len(cell.card_ids) if cell else 0,
                )
            )

    # --- edits -----------------------------------------------------------------------

    def rename_dialog(self) -> None:
        """Ask for the channel's new name; another channel's name merges the two."""
        if self.matrix is None or self.selected is None:
            return
        key = self.selected[0]
        current = self.matrix.channel_name(key)
        names = [current] + [c.name for c in self.matrix.channels if c.key != key]
        text, ok = QInputDialog.getItem(
            self,
            self.tr("Rename Channel"),
            self.tr("New name for “{name}” (choose another channel to merge the two):").format(
                name=current
            ),
            names,
            0,
            True,
        )
        if ok:
            self.rename(key, text)

    def rename(self, key: str, new_name: str) -> None:
        apply(
            self.document,
            lambda: self.tr("Rename channel"),
            lambda j: rename_channel(j, key, new_name),
        )

    def add_pain_point(self) -> None:
        """The chosen cell's consistency flag becomes a pain point of its stage."""
        if self.matrix is None or self.selected is None:
            return
        flag = self.matrix.flag(*self.selected[:2])
        if flag is None:
            return
        name = self.matrix.channel_name(flag.channel)
        apply(
            self.document,
            lambda: self.tr("Add pain point from channel"),
            lambda j: add_flag_as_pain_point(j, flag, name)[0],
        )

    def export_dialog(self) -> None:
        from journeycanvas.io.exporters.channels_export import export_channels
        from journeycanvas.io.exporters.export_file import ExportError

        folder = self.document.path.parent if self.document.path else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Channel View"),
            str(folder / "channels.pdf"),
            self.tr("PDF page (*.pdf);;PNG image (*.png);;Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        try:
            export_channels(
                self.document.journey,
                path,
                self.words(),
                view=self.current_view(),
                segment=self.segment_box.currentData(),
                wave=self.wave_box.currentData(),
            )
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export Channel View"), str(exc))


def install_channel_view(window: QMainWindow) -> ChannelDock:
    """The dock (hidden at first, below the map) and its View menu entry."""
    dock = ChannelDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    actions = window.menu_view.actions()
    after = actions.index(window.persona.toggleViewAction()) + 1
    if after < len(actions):
        window.menu_view.insertAction(actions[after], dock.toggleViewAction())
    else:
        window.menu_view.addAction(dock.toggleViewAction())
    window.channel_dock = dock
    return dock
