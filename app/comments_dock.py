"""The Comments dock: every comment of the journey, pinned to a card, stage, lane or point.

A workshop leaves remarks on the map ("check this with the call centre"): each
names who wrote it (the name under "Your name", kept as a setting) and when,
and stays open until someone resolves it. The list shows open comments only
unless "Show resolved" is ticked; activating one (double-click, Enter) selects
what it is pinned to on the map. Adding, resolving, reopening and deleting are
each one undo step; comments are kept in the file and never drawn on posters.
"""

from __future__ import annotations

import getpass
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeycanvas.app import settings
from journeycanvas.app.dock_focus import escape_to_map
from journeycanvas.canvas import commands, edits, step_names
from journeycanvas.canvas.model import Comment, CommentTarget, Journey

ID_ROLE = Qt.ItemDataRole.UserRole


def author_name() -> str:
    """The name new comments are signed with: the setting, else the login name."""
    name = settings.COMMENT_AUTHOR.get().strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a container, a service account)
        return ""


def target_name(journey: Journey, comment: Comment) -> str:
    """What a comment is pinned to, as the list names it."""
    if not journey.has_target(comment.target, comment.target_id):
        return "—"
    if comment.target == CommentTarget.CARD:
        return step_names.short(journey.card(comment.target_id).title)
    if comment.target == CommentTarget.STAGE:
        return step_names.short(journey.stage(comment.target_id).name)
    if comment.target == CommentTarget.LANE:
        return step_names.short(journey.lane(comment.target_id).name)
    point = next(p for p in journey.emotion_points if p.id == comment.target_id)
    return f"{step_names.short(journey.stage(point.stage_id).name)} {point.score:+g}"


class CommentsDock(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("commentsDock")
        self.window_ = window
        self.document = window.document
        self.scene = window.scene
        self.view = window.view
        page = QWidget()
        self.author_label = QLabel()
        self.author_edit = QLineEdit(objectName="commentAuthor")
        self.author_edit.setText(settings.COMMENT_AUTHOR.get())
        self.author_edit.editingFinished.connect(
            lambda: settings.COMMENT_AUTHOR.set(self.author_edit.text().strip())
        )
        self.show_resolved = QCheckBox(objectName="showResolved")
        self.show_resolved.toggled.connect(self.refresh)
        self.list = QListWidget(objectName="commentsList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.itemActivated.connect(self.jump)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(objectName="addComment")
        self.resolve_button = QPushButton(objectName="resolveComment")
        self.delete_button = QPushButton(objectName="deleteComment")
        self.add_button.clicked.connect(self.add_comment)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete_comment)
        who = QHBoxLayout()
        who.addWidget(self.author_label)
        who.addWidget(self.author_edit, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.resolve_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_resolved)
        column = QVBoxLayout(page)  # compact: the dock shares its column with History
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(who)
        column.addWidget(self.list, 1)
        column.addLayout(buttons)
        self.list.setMinimumHeight(40)
        self.setWidget(page)
        self.document.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Comments"))
        self.toggleViewAction().setText(self.tr("&Comments"))
        self.author_label.setText(self.tr("Your name:"))
        self.author_edit.setPlaceholderText(author_name())
        self.show_resolved.setText(self.tr("Show resolved"))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Comment on the selected card or point, or the stage"))
        self.delete_button.setText(self.tr("Delete"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- model -> list ----------------------------------------------------------------

    def shown(self) -> list[Comment]:
        everything = self.document.journey.comments
        return [c for c in everything if self.show_resolved.isChecked() or not c.resolved]

    def refresh(self) -> None:
        chosen = self.current_comment()
        journey = self.document.journey
        self.list.clear()
        for comment in self.shown():
            when = comment.created_at[:16].replace("T", " ")
            head = (
                self.tr("On “%1” — %2, %3")
                .replace("%1", target_name(journey, comment))
                .replace("%2", comment.author or "?")
                .replace("%3", when)
            )
            if comment.resolved:
                head += " · " + self.tr("resolved")
            item = QListWidgetItem(f"{comment.text}\n{head}")
            item.setData(ID_ROLE, comment.id)
            if comment.resolved:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if chosen is not None and comment.id == chosen.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_comment(self) -> Comment | None:
        item = self.list.currentItem()
        if item is None:
            return None
        cid = item.data(ID_ROLE)
        return next((c for c in self.document.journey.comments if c.id == cid), None)

    def _update_buttons(self) -> None:
        comment = self.current_comment()
        self.resolve_button.setEnabled(comment is not None)
        self.delete_button.setEnabled(comment is not None)
        resolved = comment is not None and comment.resolved
        self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))

    # --- what a new comment is pinned to ---------------------------------------------

    def target(self) -> tuple[CommentTarget, str] | None:
        scene = self.scene
        cards, points = scene.selected_card_ids(), scene.selected_point_ids()
        if len(cards) == 1:
            return CommentTarget.CARD, cards[0]
        if len(points) == 1 and not cards:
            return CommentTarget.POINT, points[0]
        if scene.current_cell() is None and scene.current_stage_id:
            return CommentTarget.STAGE, scene.current_stage_id
        if scene.current_cell() is None and scene.current_lane_id:
            return CommentTarget.LANE, scene.current_lane_id
        if scene.current_stage_id:
            return CommentTarget.STAGE, scene.current_stage_id
        return None

    # --- edits ---------------------------------------------------------------------

    def add_comment(self) -> None:
        target = self.target()
        if target is None:
            self.window_.statusBar().showMessage(
                self.tr("Select a card, a point, a stage or a lane to comment on."), 5000
            )
            return
        kind, ident = target
        journey = self.document.journey
        probe = Comment(target=kind, target_id=ident)
        name = target_name(journey, probe)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add Comment"), self.tr("Comment on “%1”:").replace("%1", name)
        )
        if not ok or not text.strip():
            return
        comment = Comment(
            target=kind,
            target_id=ident,
            text=text.strip(),
            author=author_name(),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        commands.apply(
            self.document,
            lambda: self.tr("Comment on “%1”").replace("%1", name),
            lambda j: edits.add_comment(j, comment),
        )
        self.refresh()

    def toggle_resolved(self) -> None:
        comment = self.current_comment()
        if comment is None:
            return
        resolved, cid = not comment.resolved, comment.id

        def text() -> str:
            return self.tr("Resolve comment") if resolved else self.tr("Reopen comment")

        commands.apply(
            self.document, text, lambda j: edits.update_comment(j, cid, resolved=resolved)
        )

    def delete_comment(self) -> None:
        comment = self.current_comment()
        if comment is not None:
            cid = comment.id
            commands.apply(
                self.document,
                lambda: self.tr("Delete comment"),
                lambda j: edits.delete_comment(j, cid),
            )

    # --- jumping to what a comment is about ----------------------------------------------

    def jump(self, item: QListWidgetItem) -> None:
        cid = item.data(ID_ROLE)
        journey = self.document.journey
        comment = next((c for c in journey.comments if c.id == cid), None)
        if comment is None or not journey.has_target(comment.target, comment.target_id):
            return
        scene, ident = self.scene, comment.target_id
        scene.clearSelection()
        if comment.target == CommentTarget.CARD:
            card = journey.card(ident)
            scene.select_cards([ident])
            scene.set_current(card.stage_id, card.lane_id)
            self.view.ensureVisible(scene.cards[ident], 60, 60)
        elif comment.target == CommentTarget.POINT:
            if ident in scene.points:
                scene.points[ident].setSelected(True)
                self.view.ensureVisible(scene.points[ident], 60, 60)
        elif comment.target == CommentTarget.STAGE:
            scene.set_current(stage_id=ident)
            self.view.ensureVisible(scene.boxes[("stage", ident)], 60, 60)
        else:
            scene.set_current(lane_id=ident)
            self.view.ensureVisible(scene.boxes[("lane", ident)], 60, 60)
        self.view.setFocus()


def install_comments(window) -> CommentsDock:
    """The Comments dock, tabbed with the History dock, and its View menu entry."""
    dock = CommentsDock(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    history = getattr(getattr(window, "edit_actions", None), "history", None)
    if history is not None:
        window.tabifyDockWidget(history, dock)
        history.raise_()
    menu = getattr(window, "menu_view", None)
    if menu is not None:
        menu.addAction(dock.toggleViewAction())
    escape_to_map([dock], window.view)
    window.comments = dock
    return dock
