"""The Edit and Insert menus and the editing toolbar: every edit a keyboard or menu makes.

Each action pushes one command through ``canvas.commands`` (or starts an
in-place editor that does), so it undoes like a gesture. Shortcuts are
QKeySequence standard keys where one exists, so each platform gets its own
conventions. Keys that only make sense on the map (Tab, Enter, Delete, arrows)
are scoped to the canvas view, so they never steal typing from a dock.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QDockWidget,
    QInputDialog,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolButton,
)

from journeycanvas.app.context_menus import CanvasContextMenus
from journeycanvas.app.dock_focus import escape_to_map
from journeycanvas.app.history_dock import HistoryDock
from journeycanvas.app.icons import icon as _icon
from journeycanvas.app.key_bindings import bind
from journeycanvas.canvas import clipboard, commands, edits, link_walk, step_names
from journeycanvas.canvas.interactions import text_edits
from journeycanvas.canvas.interactions.keyboard import KeyboardNavigation, add_point_in
from journeycanvas.canvas.model import Lane, LaneKind, Stage, Step

SK = QKeySequence.StandardKey


class EditActions(QObject):
    """The editing actions of one window, with their menus, toolbar and History dock."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("editActions")
        self.window = window
        self.document = window.document
        self.scene = window.scene
        self.view = window.view
        stack = self.document.undo_stack
        # Our own actions rather than QUndoStack.createUndoAction: that one fixes its
        # "Undo" prefix when made, so a live language switch left "Undo Move card".
        self.undo = QAction(window)
        self.undo.setObjectName("undo")
        bind(self.undo, SK.Undo)
        self.undo.triggered.connect(stack.undo)
        self.redo = QAction(window)
        self.redo.setObjectName("redo")
        bind(self.redo, SK.Redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.redo.triggered.connect(stack.redo)
        for action, icon_name in ((self.undo, "edit-undo"), (self.redo, "edit-redo")):
            action.setIcon(_icon(icon_name))
            window.addAction(action)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._name_undo_redo)
        stack.redoTextChanged.connect(self._name_undo_redo)
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())

        self._link_card: str | None = None  # the card whose links Ctrl+Alt+K walks
        a = self._action
        self.cut = a("cut", self.do_cut, (SK.Cut,), "edit-cut")
        self.copy = a("copy", self.do_copy, (SK.Copy,), "edit-copy")
        self.paste = a("paste", self.do_paste, (SK.Paste,), "edit-paste")
        self.duplicate = a("duplicate", self.do_duplicate, ("Ctrl+D",), "edit-duplicate")
        # Qt's Linux Delete includes Ctrl+D (an emacs key for line edits): here it is Duplicate.
        self.delete = a("delete", self.do_delete, (SK.Delete,), "edit-delete", drop=("Ctrl+D",))
        self.select_all = a("selectAll", self.do_select_all, (SK.SelectAll,))
        self.edit_text = a("editText", self.do_edit_text, ("Return", "F2"))
        self.edit_body = a("editBody", self.do_edit_body, ("Shift+F2",))
        self.next_card = a("nextCard", lambda: self.step_card(1), ("Tab",))
        self.prev_card = a("previousCard", lambda: self.step_card(-1), ("Shift+Tab",))
        # A link is reached from one of its cards (Ctrl+Alt+L locks some Linux screens).
        self.next_link = a("nextLink", lambda: self.step_link(1), ("Ctrl+Alt+K",))
        self.prev_link = a("previousLink", lambda: self.step_link(-1), ("Ctrl+Alt+Shift+K",))
        self.card_color = a("cardColor", self.do_card_color, None, "format-fill-color")
        self.add_card = a("addCard", self.do_add_card, ("Ins", "Ctrl+Alt+N"), "journey-add-card")
        self.add_stage = a("addStage", self.do_add_stage, ("Ctrl+Alt+S",), "journey-add-stage")
        self.add_stage_before = a(
            "addStageBefore", lambda: self.do_add_stage(before=True), None, "journey-add-stage"
        )
        self.add_stage_after = a("addStageAfter", self.do_add_stage, None, "journey-add-stage")
        self.rename_stage = a("renameStage", self.do_rename_stage, None)
        self.rename_lane = a("renameLane", self.do_rename_lane, None)
        self.stage_description = a("stageDescription", self.do_stage_description, None)
        self.delete_stage = a("deleteStage", self.do_delete_stage, None, "list-remove")
        self.delete_lane = a("deleteLane", self.do_delete_lane, None, "list-remove")
        self.collapse_lane = a("collapseLane", self.do_collapse_lane, ("Ctrl+Alt+C",))
        self.delete_point = a("deletePoint", self.do_delete_point, None, "list-remove")
        self.add_step = a("addStep", self.do_add_step, ("Ctrl+Alt+T",))
        self.delete_step = a("deleteStep", self.do_delete_step, None, "list-remove")
        self.moment_of_truth = a("momentOfTruth", self.do_moment_of_truth, None)
        self.add_point = a("addPoint", self.do_add_point, ("Ctrl+Alt+P",))
        self.add_lane_menu = QMenu(window)
        self.add_lane_menu.setIcon(_icon("journey-add-lane"))
        self.add_lane: dict[LaneKind, QAction] = {}
        for kind in LaneKind:
            action = QAction(window)
            action.setObjectName(f"addLane_{kind.value}")
            action.triggered.connect(lambda _=False, k=kind: self.do_add_lane(k))
            self.add_lane_menu.addAction(action)
            self.add_lane[kind] = action
        self.history = HistoryDock(self.document, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        self._build_menus()
        self.retranslate()
        window.installEventFilter(self)
        self.context_menus = CanvasContextMenus(self)  # right-click menus of these actions
        self.keyboard = KeyboardNavigation(self.view, self.scene)  # arrows walk the grid
        escape_to_map(window.findChildren(QDockWidget), self.view)  # Esc in a dock: the map

    def _action(
        self, name: str, slot, shortcuts, icon_name: str = "", drop: tuple[str, ...] = ()
    ) -> QAction:
        """A canvas action: its shortcut works while the map (or its editor) has focus."""
        action = QAction(self.window)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(_icon(icon_name))
        if shortcuts:
            bind(action, *shortcuts, drop=drop)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        view_menu = getattr(w, "menu_view", None)
        self.menu_edit = QMenu(w)
        self.menu_insert = QMenu(w)
        before = view_menu.menuAction() if view_menu is not None else None
        for menu in (self.menu_edit, self.menu_insert):
            if before is not None:
                bar.insertMenu(before, menu)
            else:
                bar.addMenu(menu)
        m = self.menu_edit
        m.addActions([self.undo, self.redo])
        m.addSeparator()
        m.addActions([self.cut, self.copy, self.paste, self.duplicate, self.delete])
        m.addSeparator()
        m.addActions([self.select_all, self.next_card, self.prev_card])
        m.addActions([self.next_link, self.prev_link])
        m.addSeparator()
        m.addActions([self.edit_text, self.edit_body, self.card_color])
        i = self.menu_insert
        i.addActions([self.add_card, self.add_stage, self.add_step, self.add_point])
        i.addMenu(self.add_lane_menu)
        i.addSeparator()
        i.addActions([self.rename_stage, self.stage_description, self.rename_lane])
        i.addActions([self.collapse_lane, self.delete_stage, self.delete_lane, self.delete_point])
        i.addActions([self.delete_step, self.moment_of_truth])
        if view_menu is not None:
            view_menu.addAction(self.history.toggleViewAction())
        self.toolbar = QToolBar(w)
        self.toolbar.setObjectName("editToolbar")
        self.toolbar.addActions([self.undo, self.redo])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.add_card, self.add_stage])
        self.toolbar.addAction(self.add_lane_menu.menuAction())
        # Clicking the icon itself opens the list of lane kinds (by default only the
        # small arrow beside it did, and a click on the icon did nothing).
        lane_button = self.toolbar.widgetForAction(self.add_lane_menu.menuAction())
        if isinstance(lane_button, QToolButton):
            lane_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addAction(self.delete)
        w.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        texts = {
            self.cut: (self.tr("Cu&t"), self.tr("Move the selected cards to the clipboard")),
            self.copy: (self.tr("&Copy"), self.tr("Copy the selected cards")),
            self.paste: (self.tr("&Paste"), self.tr("Paste cards into the current cell")),
            self.duplicate: (self.tr("D&uplicate"), self.tr("Copy the selected cards in place")),
            self.delete: (self.tr("&Delete"), self.tr("Delete the selected cards and points")),
            self.select_all: (self.tr("Select &All"), self.tr("Select every card")),
            self.edit_text: (self.tr("&Edit Text"), self.tr("Type the text of the selection")),
            self.edit_body: (
                self.tr("Edit Card &Body"),
                self.tr("Type the body text of the selected card"),
            ),
            self.next_card: (self.tr("&Next Card"), self.tr("Select the next card")),
            self.prev_card: (self.tr("P&revious Card"), self.tr("Select the previous card")),
            self.next_link: (
                self.tr("Next &Link of the Card"),
                self.tr("Select the next link from or to the selected card"),
            ),
            self.prev_link: (
                self.tr("Previous Link of the Card"),
                self.tr("Select the previous link from or to the selected card"),
            ),
            self.card_color: (self.tr("Card &Colour…"), self.tr("Fill the selected cards")),
            self.add_card: (self.tr("Add &Card"), self.tr("Add a card to the current cell")),
            self.add_stage: (self.tr("Add &Stage"), self.tr("Add a stage after the current one")),
            self.add_stage_before: (
                self.tr("Add Stage &Before"),
                self.tr("Add a stage before this one"),
            ),
            self.add_stage_after: (
                self.tr("Add Stage &After"),
                self.tr("Add a stage after this one"),
            ),
            self.rename_stage: (self.tr("&Rename Stage"), self.tr("Type a new name for the stage")),
            self.rename_lane: (self.tr("Re&name Lane"), self.tr("Type a new name for the lane")),
            self.stage_description: (
                self.tr("Stage &Description…"),
                self.tr("Write what happens in the current stage"),
            ),
            self.delete_stage: (self.tr("Delete S&tage"), self.tr("Delete the current stage")),
            self.delete_lane: (self.tr("Delete L&ane"), self.tr("Delete the current lane")),
            self.collapse_lane: (
                self.tr("C&ollapse/Expand Lane"),
                self.tr("Fold the current lane to one line, or open it again"),
            ),
            self.add_point: (
                self.tr("Add Emotion &Point"),
                self.tr("Add a point to the emotion curve in the current stage"),
            ),
            self.delete_point: (
                self.tr("Delete Emotion &Point"),
                self.tr("Delete the selected emotion points"),
            ),
            self.add_step: (
                self.tr("Add Ste&p"),
                self.tr("Add a step to the current stage, after the current step"),
            ),
            self.delete_step: (
                self.tr("Delete Step"),
                self.tr("Delete the current step; its cards move to the step beside it"),
            ),
            self.moment_of_truth: (
                self.tr("Moment of &Truth"),
                self.tr("Mark the selected cards or the current step as a moment of truth"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(text.replace("&", "").rstrip("…"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_insert.setTitle(self.tr("&Insert"))
        self.add_lane_menu.setTitle(self.tr("Add &Lane"))
        for kind, action in self.add_lane.items():
            action.setText(self.lane_kind_name(kind))
        self.toolbar.setWindowTitle(self.tr("Edit Toolbar"))
        self.history.retranslate()
        # Steps already in the history were named in the old language: name them again.
        commands.retranslate_stack(self.document)
        self.history.view.viewport().update()
        self._name_undo_redo()

    def _name_undo_redo(self, *_args) -> None:
        """ "Undo Move card": the verb and the step's name, both in the current language."""
        stack = self.document.undo_stack
        if not shiboken6.isValid(stack) or not shiboken6.isValid(self.undo):
            return  # the window is being torn down; the stack empties itself as it goes
        for action, name, plain, named, tip in (
            (self.undo, stack.undoText(), self.tr("&Undo"), self.tr("&Undo %1"), self.tr("Undo")),
            (self.redo, stack.redoText(), self.tr("&Redo"), self.tr("&Redo %1"), self.tr("Redo")),
        ):
            action.setText(named.replace("%1", name) if name else plain)
            action.setToolTip(f"{tip} – {name}" if name else tip)

    def lane_kind_name(self, kind: LaneKind) -> str:
        names = {
            LaneKind.ACTIONS: self.tr("Actions"),
            LaneKind.TOUCHPOINTS: self.tr("Touchpoints"),
            LaneKind.CHANNELS: self.tr("Channels"),
            LaneKind.THOUGHTS: self.tr("Thoughts"),
            LaneKind.EMOTIONS: self.tr("Emotions"),
            LaneKind.PAIN_POINTS: self.tr("Pain Points"),
            LaneKind.OPPORTUNITIES: self.tr("Opportunities"),
            LaneKind.NEEDS: self.tr("Needs and Expectations"),
            LaneKind.OWNERS: self.tr("Owners"),
            LaneKind.METRICS: self.tr("Metrics"),
            LaneKind.TEXT: self.tr("Text"),
            LaneKind.FRONTSTAGE: self.tr("Frontstage Actions"),
            LaneKind.BACKSTAGE: self.tr("Backstage Actions"),
            LaneKind.SUPPORT: self.tr("Support Processes"),
            LaneKind.PHYSICAL_EVIDENCE: self.tr("Physical Evidence"),
            LaneKind.TRIGGERS: self.tr("Triggers"),
            LaneKind.STORYBOARD: self.tr("Storyboard"),
        }
        return names[kind]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    # --- selection and clipboard --------------------------------------------------

    def do_cut(self) -> None:
        clipboard.cut(self.scene)

    def do_copy(self) -> None:
        clipboard.copy(self.scene)

    def do_paste(self) -> None:
        clipboard.paste(self.scene)

    def do_duplicate(self) -> None:
        ids = self.scene.selected_card_ids()
        if not ids:
            return
        made: list[str] = []

        def edit(j):
            after, new_ids = edits.duplicate_cards(j, ids)
            made[:] = new_ids
            return after

        n = len(ids)
        name = step_names.card_title(self.document.journey, ids)
        commands.apply(
            self.document,
            lambda: step_names.named(
                name, self.tr("Duplicate card “%1”"), self.tr("Duplicate %n cards", "", n)
            ),
            edit,
        )
        self.scene.select_cards(made)

    def do_delete(self) -> None:
        cards, points = self.scene.selected_card_ids(), self.scene.selected_point_ids()
        links = self.scene.selected_link_ids()
        if not cards and not points and not links:
            return
        n = len(cards) + len(points) + len(links)
        name = step_names.card_title(self.document.journey, cards)

        def text() -> str:
            if not points and not links:
                return step_names.named(
                    name, self.tr("Delete card “%1”"), self.tr("Delete %n cards", "", n)
                )
            if not cards and not links:
                return self.points_text(n)
            return self.tr("Delete %n item(s)", "", n)

        commands.apply(
            self.document,
            text,
            lambda j: edits.delete_selection(j, cards, points, links),
        )

    def do_delete_point(self) -> None:
        points = self.scene.selected_point_ids()
        if points:
            n = len(points)
            commands.apply(
                self.document,
                lambda: self.points_text(n),
                lambda j: edits.delete_points(j, points),
            )

    def points_text(self, n: int) -> str:
        if n == 1:
            return self.tr("Delete emotion point")
        return self.tr("Delete %n emotion points", "", n)

    def do_select_all(self) -> None:
        for item in self.scene.cards.values():
            item.setSelected(True)

    def step_card(self, step: int) -> None:
        """Tab / Shift+Tab: the next or previous card in reading order (row by row)."""
        if self.scene.editing():
            self.scene.editor.commit()
        order = [c.card_id for c in self.scene.layout_.cards]
        if not order:
            return
        selected = self.scene.selected_card_ids()
        cell = self.scene.current_cell()
        in_cell = [c.card_id for c in self.scene.layout_.cards if (c.stage_id, c.lane_id) == cell]
        if selected:
            at = order.index(selected[-1] if step > 0 else selected[0])
            target = order[(at + step) % len(order)]
        elif in_cell:  # from the current cell (walked to with the arrows): its cards first
            target = in_cell[0] if step > 0 else in_cell[-1]
        else:
            target = order[0] if step > 0 else order[-1]
        self.scene.select_cards([target])
        item = self.scene.cards[target]
        self.scene.set_current(item.layout.stage_id, item.layout.lane_id)
        self.view.ensureVisible(item, 40, 40)

    def step_link(self, step: int) -> None:
        """Ctrl+Alt+K: the selected card's next link (then Delete removes it); pressed
        again, the same card's next one. The card is remembered while its link is
        selected; a link picked by mouse walks on along the card it starts from."""
        if self.scene.editing():
            self.scene.editor.commit()
        journey = self.document.journey
        cards, links = self.scene.selected_card_ids(), self.scene.selected_link_ids()
        current = links[0] if len(links) == 1 and not cards else None
        if len(cards) == 1 and not links:
            self._link_card = cards[0]
        elif current is not None:
            link = next((x for x in journey.links if x.id == current), None)
            ends = () if link is None else (link.from_card, link.to_card)
            if ends and self._link_card not in ends:
                self._link_card = ends[0]
        else:
            return
        if self._link_card is None:
            return
        target = link_walk.next_link(journey, self._link_card, current, step)
        item = self.scene.links.get(target) if target else None
        if item is None:
            return
        self.scene.clearSelection()
        item.setSelected(True)
        self.view.ensureVisible(item, 40, 40)

    def do_edit_text(self) -> None:
        if self.scene.editing():
            self.scene.editor.commit()
            return
        cards = self.scene.selected_card_ids()
        if len(cards) == 1:
            text_edits.edit_card(self.scene, cards[0])
        elif self.scene.current_cell() is not None and not self.scene.selectedItems():
            self.do_add_card()  # Enter on a cell: a new card there, as a double-click
        elif self.scene.current_cell() is None and self.scene.current_stage_id:
            text_edits.rename_stage(self.scene, self.scene.current_stage_id)
        elif self.scene.current_cell() is None and self.scene.current_lane_id:
            text_edits.rename_lane(self.scene, self.scene.current_lane_id)

    def do_edit_body(self) -> None:
        """The selected card's body text, typed in place (also a double-click on the body)."""
        if self.scene.editing():
            self.scene.editor.commit()
        cards = self.scene.selected_card_ids()
        if len(cards) == 1:
            text_edits.edit_card_body(self.scene, cards[0])

    def do_rename_stage(self) -> None:
        if self.scene.current_stage_id:
            text_edits.rename_stage(self.scene, self.scene.current_stage_id)

    def do_stage_description(self) -> None:
        """The current stage's description, in a dialog: it is longer than a name."""
        sid = self.scene.current_stage_id
        if not sid:
            return
        stage = self.document.journey.stage(sid)
        text, ok = QInputDialog.getMultiLineText(
            self.window,
            self.tr("Stage Description"),
            self.tr("What happens in “%1”:").replace("%1", stage.name),
            stage.description,
        )
        if ok:
            name = step_names.short(stage.name)
            commands.apply(
                self.document,
                lambda: self.tr("Describe stage “%1”").replace("%1", name),
                lambda j: edits.update_stage(j, sid, description=text),
            )

    def do_rename_lane(self) -> None:
        if self.scene.current_lane_id:
            text_edits.rename_lane(self.scene, self.scene.current_lane_id)

    def do_card_color(self) -> None:
        ids = self.scene.selected_card_ids()
        if not ids:
            return
        first = self.document.journey.card(ids[0])
        initial = first.color or self.scene.cards[ids[0]].layout.fill
        color = QColorDialog.getColor(QColor(initial), self.window, self.tr("Card Colour"))
        if color.isValid():
            colour, n = color.name(), len(ids)
            name = step_names.card_title(self.document.journey, ids)
            commands.apply(
                self.document,
                lambda: step_names.named(
                    name, self.tr("Colour card “%1”"), self.tr("Colour %n cards", "", n)
                ),
                lambda j: edits.set_cards_color(j, ids, colour),
            )

    # --- cells, stages, lanes -------------------------------------------------------

    def _target_cell(self) -> tuple[str, str] | None:
        j = self.document.journey
        cell = self.scene.current_cell()
        if cell is not None:
            return cell
        if not j.stages or not j.lanes:
            return None
        stage = self.scene.current_stage_id or j.stages[0].id
        lane = self.scene.current_lane_id or j.lanes[0].id
        return stage, lane

    def do_add_card(self) -> None:
        cell = self._target_cell()
        if cell is not None:
            self.scene.set_current(*cell)
            text_edits.new_card(self.scene, *cell)

    def do_add_point(self) -> None:
        """An emotion point in the current stage, chosen with the keyboard (the mouse
        double-clicks the curve); Up/Down then set its score."""
        stage = self.scene.current_stage_id or (self._target_cell() or (None,))[0]
        if stage is not None and any(
            lane.kind == LaneKind.EMOTIONS for lane in self.document.journey.lanes
        ):
            add_point_in(self.scene, stage)

    def do_add_stage(self, before: bool = False) -> None:
        """A new stage next to the current one, its name open for typing.

        Adding and naming are ONE undo step: the typed name merges into the step
        that made the stage (the shared merge key), so one Ctrl+Z removes it.
        """
        if self.scene.editing():
            self.scene.editor.commit()
        j = self.document.journey
        current = self.scene.current_stage_id
        ids = [s.id for s in j.stages]
        at = ids.index(current) if current else (0 if before else len(ids) - 1)
        index = at if before else at + 1
        stage = Stage(name=self.tr("New stage"))
        key = ("add-stage", stage.id)
        commands.apply(
            self.document,
            lambda: self.tr("Add stage"),
            lambda j: edits.add_stage(j, stage, index),
            merge_key=key,
        )
        self.scene.set_current(stage_id=stage.id)
        text_edits.rename_stage(self.scene, stage.id, merge_key=key)

    def do_add_lane(self, kind: LaneKind) -> None:
        """A new lane of a kind below the current one; adding and naming are one step."""
        if self.scene.editing():
            self.scene.editor.commit()
        j = self.document.journey
        current = self.scene.current_lane_id
        index = [lane.id for lane in j.lanes].index(current) + 1 if current else len(j.lanes)
        lane = Lane(name=self.lane_kind_name(kind), kind=kind)
        key = ("add-lane", lane.id)
        commands.apply(
            self.document,
            lambda: self.tr("Add lane"),
            lambda j: edits.add_lane(j, lane, index),
            merge_key=key,
        )
        self.scene.set_current(lane_id=lane.id)
        text_edits.rename_lane(self.scene, lane.id, merge_key=key)

    def do_delete_stage(self) -> None:
        sid = self.scene.current_stage_id
        if sid:
            name = step_names.short(self.document.journey.stage(sid).name)
            commands.apply(
                self.document,
                lambda: self.tr("Delete stage “%1”").replace("%1", name),
                lambda j: edits.delete_stage(j, sid),
            )

    def do_delete_lane(self) -> None:
        lid = self.scene.current_lane_id
        if lid:
            name = step_names.short(self.document.journey.lane(lid).name)
            commands.apply(
                self.document,
                lambda: self.tr("Delete lane “%1”").replace("%1", name),
                lambda j: edits.delete_lane(j, lid),
            )

    def do_collapse_lane(self) -> None:
        lid = self.scene.current_lane_id
        if lid:
            lane = self.document.journey.lane(lid)
            collapsed, name = lane.collapsed, step_names.short(lane.name)

            def text() -> str:
                verb = self.tr("Expand lane “%1”") if collapsed else self.tr("Collapse lane “%1”")
                return verb.replace("%1", name)

            commands.apply(self.document, text, lambda j: edits.toggle_lane_collapsed(j, lid))

    # --- steps and moments of truth -----------------------------------------------------

    def do_add_step(self) -> None:
        """A new step in the current stage, after the current step, its name open for
        typing; adding and naming are one undo step (as for a stage)."""
        if self.scene.editing():
            self.scene.editor.commit()
        j = self.document.journey
        stage_id = self.scene.current_stage_id or (j.stages[0].id if j.stages else None)
        if stage_id is None:
            return
        steps = [s.id for s in j.stage(stage_id).steps]
        current = self.scene.current_step_id
        index = steps.index(current) + 1 if current in steps else len(steps)
        step = Step(name=self.tr("New step"))
        key = ("add-step", step.id)
        commands.apply(
            self.document,
            lambda: self.tr("Add step"),
            lambda j: edits.add_step(j, stage_id, step, index),
            merge_key=key,
        )
        self.scene.set_current_step(step.id)
        text_edits.rename_step(self.scene, step.id, merge_key=key)

    def do_delete_step(self) -> None:
        step_id = self.scene.current_step_id
        if step_id:
            commands.apply(
                self.document,
                lambda: self.tr("Delete step"),
                lambda j: edits.delete_step(j, step_id),
            )

    def do_moment_of_truth(self) -> None:
        """Flag (or unflag) the selected cards, or else the current step."""
        cards = self.scene.selected_card_ids()
        step_id = self.scene.current_step_id
        if cards:

            def edit(j):
                for cid in cards:
                    j = edits.toggle_card_moment(j, cid)
                return j

            commands.apply(self.document, lambda: self.tr("Moment of truth"), edit)
        elif step_id:
            commands.apply(
                self.document,
                lambda: self.tr("Moment of truth"),
                lambda j: edits.toggle_step_moment(j, step_id),
            )


def install_edit_actions(window: QMainWindow) -> EditActions:
    """Give a main window its Edit and Insert menus, editing toolbar and History dock."""
    window.edit_actions = EditActions(window)
    from journeycanvas.app.shortcuts_dialog import install_shortcuts_help

    install_shortcuts_help(window)
    return window.edit_actions
