"""View > Saved Views: draw the map through a named view, save one, delete one.

A view chooses which lanes, whether and which emotion curves, the personas, suggested
cards and comments are shown (``canvas.views``), and which channels the channel view
shows. Choosing one only changes what the map draws (and what Present shows); saving
or deleting a view is an undoable edit, kept in the file, and ``journeycanvas export
--view NAME`` exports through it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QVBoxLayout,
)

from journeycanvas.canvas import commands, edits, step_names
from journeycanvas.canvas.analysis.channel_names import channel_key
from journeycanvas.canvas.analysis.channels import channel_matrix
from journeycanvas.canvas.layout_curves import display_name
from journeycanvas.canvas.model import Journey, SavedView

LANE_ROLE = Qt.ItemDataRole.UserRole


class SaveViewDialog(QDialog):
    """A name and what the view shows; starts from the view the map is drawn through."""

    def __init__(self, journey: Journey, start: SavedView | None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("saveViewDialog")
        self.setWindowTitle(self.tr("Save View"))
        start = start or SavedView(name="")
        self.name = QLineEdit(start.name, objectName="viewName")
        self.lanes = QListWidget(objectName="viewLanes")
        for lane in journey.lanes:
            item = QListWidgetItem(lane.name)
            item.setData(LANE_ROLE, lane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = lane.id not in start.hidden_lanes
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.lanes.addItem(item)
        self.curve_list = QListWidget(objectName="viewCurveList")
        for curve in journey.curves:
            item = QListWidgetItem(display_name(journey, curve))
            item.setData(LANE_ROLE, curve.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = curve.id not in start.hidden_curves
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.curve_list.addItem(item)
        # Every channel the map's touchpoint cards and answers name, the view's hidden ones too.
        self.channels = QListWidget(objectName="viewChannels")
        hidden = {channel_key(name) for name in start.hidden_channels}
        for channel in channel_matrix(journey).channels:
            item = QListWidgetItem(channel.name)
            item.setData(LANE_ROLE, channel.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            shown = channel.key not in hidden
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.channels.addItem(item)
        self.curves = QCheckBox(self.tr("Emotion curves"), objectName="viewCurves")
        self.personas = QCheckBox(self.tr("Personas"), objectName="viewPersonas")
        self.suggestions = QCheckBox(self.tr("Suggested cards"), objectName="viewSuggestions")
        self.comments = QCheckBox(self.tr("Comments"), objectName="viewComments")
        for box, on in (
            (self.curves, start.show_curves),
            (self.personas, start.show_personas),
            (self.suggestions, start.show_suggestions),
            (self.comments, start.show_comments),
        ):
            box.setChecked(on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.name.textChanged.connect(lambda t: self.save_button.setEnabled(bool(t.strip())))
        self.save_button.setEnabled(bool(start.name.strip()))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Lanes shown:"), self.lanes)
        if self.channels.count():
            form.addRow(self.tr("Channels shown:"), self.channels)
        form.addRow("", self.curves)
        if journey.curves:
            form.addRow(self.tr("Curves shown:"), self.curve_list)
            self.curves.toggled.connect(self.curve_list.setEnabled)
            self.curve_list.setEnabled(self.curves.isChecked())
        for box in (self.personas, self.suggestions, self.comments):
            form.addRow("", box)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)

    def view(self) -> SavedView:
        hidden = _unchecked(self.lanes)
        hidden_curves = _unchecked(self.curve_list)
        channels = _unchecked(self.channels)
        return SavedView(
            name=self.name.text().strip(),
            hidden_lanes=hidden,
            hidden_channels=channels,
            show_curves=self.curves.isChecked(),
            hidden_curves=hidden_curves,
            show_personas=self.personas.isChecked(),
            show_suggestions=self.suggestions.isChecked(),
            show_comments=self.comments.isChecked(),
        )


def _unchecked(items: QListWidget) -> list[str]:
    """The ids (kept in the items' data) of the rows left unticked."""
    return [
        items.item(i).data(LANE_ROLE)
        for i in range(items.count())
        if items.item(i).checkState() != Qt.CheckState.Checked
    ]


class ViewsMenu(QMenu):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("viewsMenu")
        self.window_ = window
        self.document = window.document
        self.scene = window.scene
        self.group = QActionGroup(self)
        # Owned by the window: clear() deletes the actions the menu owns.
        self.save_action = QAction(window, objectName="saveView")
        self.save_action.triggered.connect(self.save_view)
        self.delete_action = QAction(window, objectName="deleteView")
        self.delete_action.triggered.connect(self.delete_view)
        self.aboutToShow.connect(self.rebuild)
        self.document.changed.connect(self.rebuild)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Saved &Views"))
        self.save_action.setText(self.tr("&Save View…"))
        self.delete_action.setText(self.tr("&Delete This View"))
        self.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rebuild(self) -> None:
        for action in self.group.actions():
            self.group.removeAction(action)
        self.clear()
        whole = QAction(self.tr("Whole Map"), self, checkable=True, objectName="view_")
        whole.setData(None)
        for action in [whole, *self._view_actions()]:
            self.group.addAction(action)
            self.addAction(action)
            action.setChecked(action.data() == self.scene.view_id)
            action.triggered.connect(lambda _=False, a=action: self.scene.set_view(a.data()))
        self.addSeparator()
        self.addActions([self.save_action, self.delete_action])
        self.delete_action.setEnabled(self.scene.view_id is not None)

    def _view_actions(self) -> list[QAction]:
        out = []
        for view in self.document.journey.views:
            action = QAction(view.name, self, checkable=True, objectName=f"view_{view.id}")
            action.setData(view.id)
            out.append(action)
        return out

    def current(self) -> SavedView | None:
        return next((v for v in self.document.journey.views if v.id == self.scene.view_id), None)

    def save_view(self) -> None:
        dialog = SaveViewDialog(self.document.journey, self.current(), self.window_)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        view = dialog.view()
        name = step_names.short(view.name)
        commands.apply(
            self.document,
            lambda: self.tr("Save view “%1”").replace("%1", name),
            lambda j: edits.add_view(j, view),
        )
        saved = next(v for v in self.document.journey.views if v.name == view.name)
        self.scene.set_view(saved.id)
        self.rebuild()

    def delete_view(self) -> None:
        view = self.current()
        if view is None:
            return
        vid, name = view.id, step_names.short(view.name)
        self.scene.set_view(None)
        commands.apply(
            self.document,
            lambda: self.tr("Delete view “%1”").replace("%1", name),
            lambda j: edits.delete_view(j, vid),
        )


def install_views_menu(window: QMainWindow) -> ViewsMenu:
    menu = ViewsMenu(window)
    view_menu = getattr(window, "menu_view", None)
    if view_menu is not None:
        view_menu.insertMenu(view_menu.actions()[0] if view_menu.actions() else None, menu)
    window.views_menu = menu
    return menu
