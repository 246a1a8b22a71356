"""The scene mirrors the document: it maps ids to items and keeps them in step.

After every change it lays the journey out again and hands each existing item
its new piece of layout; items are created or removed only when the model
gained or lost the thing they draw (Orange's CanvasScene is the model here),
and an item whose piece of layout did not change is left alone, which keeps an
edit of a 2,000-card map cheap.

Mouse presses are handed to a gesture object (``interactions``); the scene
only forwards events to the active one.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from journeycanvas.canvas import collector, style, views
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.inline_edit import InlineEditor
from journeycanvas.canvas.interactions import Interaction, gesture_for_press
from journeycanvas.canvas.interactions.context import select_for_menu, target_at
from journeycanvas.canvas.interactions.double_click import handle_double_click
from journeycanvas.canvas.interactions.press import (
    card_span_edge_under,
    stage_edge_under,
    step_edge_under,
)
from journeycanvas.canvas.items.blueprint import BlueprintItem
from journeycanvas.canvas.items.box import BoxItem
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.items.cell_highlight import CellHighlightItem
from journeycanvas.canvas.items.comment_marker import CommentMarkerItem, Marker
from journeycanvas.canvas.items.curve import CurveItem
from journeycanvas.canvas.items.drop_indicator import DropIndicatorItem
from journeycanvas.canvas.items.emotion_point import EmotionPointItem
from journeycanvas.canvas.items.grid import GridItem
from journeycanvas.canvas.items.hidden_cards import HiddenCards, HiddenCardsItem
from journeycanvas.canvas.items.legend import LegendItem
from journeycanvas.canvas.items.link import LinkItem
from journeycanvas.canvas.items.persona_card import PersonaCardItem
from journeycanvas.canvas.items.score_tip import ScoreTipItem
from journeycanvas.canvas.layout import JourneyLayout, compute_layout
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.painting import qrect

#: Room for the pixmaps of a zoomed-out map's items (KB): a 40-stage map's grid,
#: blueprint lines, headers and 2,000 cards take some 20 MB at a fitted zoom.
PIXMAP_CACHE_KB = 64 * 1024


class JourneyScene(QGraphicsScene):
    #: The current cell, stage, lane or step changed (the Inspector shows a current step).
    currentChanged = Signal()
    #: the saved view the map is drawn through changed (its id, or None: the whole map)
    viewChanged = Signal(object)

    def __init__(self, document: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setBackgroundBrush(QColor("#E9ECEE"))
        # No spatial index. An undo of a 200-card paste moves some 1,900 cards,
        # and a BSP tree files each of them again at the next paint: 2-4 ms of the
        # undo's ~45 ms CPU (measured A/B in one process). Without an index a paint
        # or a click tests the map's few thousand bounding rects one by one in C++.
        # What is drawn and hit is the same: items are found by their bounds and
        # stacked by z and insertion order either way (tests/test_scene_index.py).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.layout_: JourneyLayout | None = None
        self.grid_item: GridItem | None = None
        self.blueprint_item: BlueprintItem | None = None
        self.links: dict[str, LinkItem] = {}
        self.boxes: dict[tuple[str, str], BoxItem] = {}
        self.cards: dict[str, CardItem] = {}
        #: The card items the last sync that removed any removed, by card id (see
        #: _sync_cards): out of the scene, ready to be put back.
        self._spare_cards: dict[str, CardItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.points: dict[str, EmotionPointItem] = {}
        self.legend_item: LegendItem | None = None
        self.persona_cards: dict[str, PersonaCardItem] = {}
        #: The curve new points go to (the Curves dock picks it); None: the first.
        self.active_curve_id: str | None = None
        self.hidden: dict[str, HiddenCardsItem] = {}
        self.markers: dict[tuple[str, str], CommentMarkerItem] = {}
        self._page: QGraphicsItem | None = None
        # Helpers of gestures in progress: never synced from the model.
        self.drop_indicator = DropIndicatorItem()
        self.score_tip = ScoreTipItem()
        self.cell_highlight = CellHighlightItem()
        for helper in (self.drop_indicator, self.score_tip, self.cell_highlight):
            self.addItem(helper)
        self.active: Interaction | None = None
        self.editor: InlineEditor | None = None
        self.current_stage_id: str | None = None
        self.current_lane_id: str | None = None
        self._cache_mode = QGraphicsItem.CacheMode.NoCache
        self.current_step_id: str | None = None  # the step header clicked last
        #: The saved view the map is drawn through (None: the whole journey).
        self.view_id: str | None = None
        document.changed.connect(self.sync)
        with collector.opening():  # the journey's, layout's and items' objects out of its passes
            self.sync()

    # --- keeping the items in step with the model ----------------------------

    def sync(self) -> None:
        if self.active is not None:
            # The model changed under a gesture (an undo by shortcut): drop the gesture.
            active, self.active = self.active, None
            active.cancel()
        lay = compute_layout(self.shown_journey())
        self.layout_ = lay
        if self._page is None:
            self._page = self.addRect(QRectF(), QColor(style.PAGE), QColor(style.PAGE))
            self._page.setZValue(-10)
        self._page.setRect(QRectF(0, 0, lay.width, lay.height))

        if self.grid_item is None:
            self.grid_item = GridItem(lay)
            self.addItem(self.grid_item)
        else:
            self.grid_item.apply(lay)
        if self.blueprint_item is None:
            self.blueprint_item = BlueprintItem(lay)
            self.addItem(self.blueprint_item)
        else:
            self.blueprint_item.apply(lay)

        boxes = {("title", "title"): (lay.title, None)}
        if lay.persona is not None:
            boxes[("persona", "persona")] = (lay.persona, style.GRID)
        for s in lay.stages:
            boxes[("stage", s.stage_id)] = (s.header, "#FFFFFF")
        for lane in lay.lanes:
            boxes[("lane", lane.lane_id)] = (lane.header, style.GRID)
        for step in lay.steps:
            boxes[("step", step.step_id)] = (step.header, "#FFFFFF")
        if lay.legend_block is not None:
            boxes[("legend", "legend")] = (lay.legend_block, style.GRID)
        self._mirror(
            self.boxes,
            boxes,
            lambda key, v: BoxItem(key[0], key[1], v[0], v[1]),
            lambda item, v: item.box is not v[0] and item.box != v[0] and item.apply(v[0]),
        )
        self._sync_cards(lay)
        self._mirror(
            self.curves,
            {c.lane_id: c for c in lay.curves},
            lambda _key, c: CurveItem(c),
            lambda item, c: item.piece is not c and item.piece != c and item.apply(c),
        )
        self._mirror(
            self.persona_cards,
            {c.persona_id: c for c in lay.persona_cards},
            lambda _key, c: PersonaCardItem(c),
            lambda item, c: item.piece is not c and item.piece != c and item.apply(c),
        )
        if self.legend_item is None:
            self.legend_item = LegendItem(lay.legend)
            self.addItem(self.legend_item)
        elif self.legend_item.piece != lay.legend:
            self.legend_item.apply(lay.legend)
        self._mirror(
            self.links,
            {x.link_id: x for x in lay.links},
            lambda _key, x: LinkItem(x),
            lambda item, x: item.piece is not x and item.piece != x and item.apply(x),
        )
        points = {p.point_id: p for c in lay.curves for p in c.points}
        self._mirror(
            self.points,
            points,
            lambda _key, p: EmotionPointItem(p),
            lambda item, p: item.point is not p and item.point != p and item.apply(p),
        )
        self._mirror(
            self.hidden,
            self._hidden_cards(lay),
            lambda _key, h: HiddenCardsItem(h),
            lambda item, h: item.piece != h and item.apply(h),
        )
        self._mirror(
            self.markers,
            self._comment_markers(lay),
            lambda _key, m: CommentMarkerItem(m),
            lambda item, m: item.piece != m and item.apply(m),
        )
        self._show_current()
        margin = 200
        self.setSceneRect(QRectF(-margin, -margin, lay.width + 2 * margin, lay.height + 2 * margin))

    def shown_journey(self) -> Journey:
        """The journey as the chosen saved view shows it (all of it without one)."""
        journey = self.document.journey
        view = next((v for v in journey.views if v.id == self.view_id), None)
        if view is None:
            self.view_id = None
        return views.shown(journey, view)

    def set_view(self, view_id: str | None) -> None:
        """Draw the map through a saved view; not an edit, the file stays as it is."""
        self.view_id = view_id
        self.clearSelection()
        self.sync()
        self.viewChanged.emit(view_id)

    def _hidden_cards(self, lay: JourneyLayout) -> dict[str, HiddenCards]:
        """For each collapsed lane, how many cards it folds away."""
        collapsed = {lane.lane_id: lane for lane in lay.lanes if lane.collapsed}
        if not collapsed:
            return {}
        counts = Counter(c.lane_id for c in self.document.journey.cards if c.lane_id in collapsed)
        return {
            lid: HiddenCards(lid, lane.row, lane.header.rect.w, counts[lid])
            for lid, lane in collapsed.items()
        }

    def _comment_markers(self, lay: JourneyLayout) -> dict[tuple[str, str], Marker]:
        """A marker for each thing with open comments, at its top right corner."""
        counts = Counter(
            (c.target.value, c.target_id) for c in self.shown_journey().comments if not c.resolved
        )
        if not counts:
            return {}
        corners: dict[tuple[str, str], tuple[float, float]] = {}
        for card in lay.cards:
            corners[("card", card.card_id)] = (card.rect.right - 2, card.rect.y - 6)
        for stage in lay.stages:
            corners[("stage", stage.stage_id)] = (
                stage.header.rect.right - 4,
                stage.header.rect.y + 3,
            )
        for lane in lay.lanes:
            corners[("lane", lane.lane_id)] = (lane.header.rect.right - 4, lane.header.rect.y + 3)
        for curve in lay.curves[:1]:
            for p in curve.points:
                corners[("point", p.point_id)] = (p.x + 18, p.y - 24)
        return {key: Marker(key, *corners[key], n) for key, n in counts.items() if key in corners}

    def _sync_cards(self, lay: JourneyLayout) -> None:
        """The cards' items in step with the layout: a card's item is made or removed
        only when the map gained or lost the card, one whose piece is the very one it
        shows is left alone, and the rest take their new piece (mostly a move).

        The items a sync removes are kept until a later sync removes others: an undo
        of a 200-card paste removes 200 items and its redo wants the same cards back,
        so it puts the very items back (unselected, as a new one would be) instead
        of making 200 new ones, and the undo does not free 200 either.
        """
        items, spare = self.cards, self._spare_cards
        wanted = dict(zip(map(_card_id, lay.cards), lay.cards, strict=True))
        gone = [key for key in items if key not in wanted]
        for key in gone:
            self.removeItem(items[key])
        if gone:
            spare = self._spare_cards = {key: items.pop(key) for key in gone}
        # One pass, each card's pieces read once and a moved card placed at once: the
        # ~1,840 cards an undo of a 200-card paste moves are cold in memory by then
        # (two pieces, their rects and floats each), and that, not Python, is most of
        # the sync; a card the same size in another place is moved here as
        # CardItem.apply would move it, without the call.
        get = items.get
        keeps = self._cache_mode != QGraphicsItem.CacheMode.NoCache
        for key, piece in wanted.items():
            item = get(key)
            if item is None:
                item = spare.pop(key, None)
                if item is None:
                    item = CardItem(piece)
                    if keeps:
                        item.setCacheMode(self._cache_mode)  # (a new item has none)
                else:
                    _as_new(item, piece, self._cache_mode)
                items[key] = item
                self.addItem(item)
                continue
            old = item.piece
            if old is piece:
                continue
            rect, was = piece.rect, old.rect
            x, y = rect.x, rect.y
            if rect.w == was.w and rect.h == was.h and (x != was.x or y != was.y):
                item.piece = piece
                if keeps:
                    item.update()
                item.setPos(x, y)
            else:
                item.apply(piece)

    def _mirror(self, items: dict, wanted: dict, make, update) -> None:
        for key in list(items):
            if key not in wanted:
                self.removeItem(items.pop(key))
        for key, value in wanted.items():
            item = items.get(key)
            if item is None:
                item = make(key, value)
                if self._cache_mode != QGraphicsItem.CacheMode.NoCache:  # (a new item has none)
                    item.setCacheMode(self._cache_mode)
                items[key] = item
                self.addItem(item)
            else:
                update(item, value)

    # --- the curve being edited ---------------------------------------------------

    def set_active_curve(self, curve_id: str | None) -> None:
        """Pick the curve new points go to; its line is drawn wider."""
        self.active_curve_id = curve_id
        for item in self.curves.values():
            item.update()

    def target_curve_id(self) -> str | None:
        """The curve a new point joins: the picked one while it exists and is shown,
        else the first shown hand-drawn curve; None when there is none."""
        curves = self.document.journey.curves
        picked = next((c for c in curves if c.id == self.active_curve_id and c.shown), None)
        if picked is not None:
            return picked.id
        return next((c.id for c in curves if c.shown and not c.data), None)

    def cache_items(self, cached: bool) -> None:
        """Keep each map item's pixels (a zoomed-out view) or draw it afresh each time.

        Zoomed out, a repaint of the whole map would call 2,000 Python ``paint``
        methods; with the device-coordinate cache Qt blits each item's pixmap and
        calls ``paint`` only for items that changed (or when the zoom changes). Close
        up the pixmaps would be large and few items are in view, so none are kept.
        """
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if cached
            else QGraphicsItem.CacheMode.NoCache
        )
        if mode == self._cache_mode:
            return
        self._cache_mode = mode
        if cached and QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:
            # Qt keeps the pixmaps in a 10 MB cache; the grid's and the blueprint
            # lines' alone fill it, and the cards' would be painted afresh each time.
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        items: list[QGraphicsItem] = [*self.boxes.values(), *self.cards.values()]
        items += [*self.curves.values(), *self.points.values(), *self.links.values()]
        items += self.persona_cards.values()
        single = (self.grid_item, self.blueprint_item, self.legend_item)
        items += [item for item in single if item is not None]
        for item in items:
            item.setCacheMode(mode)

    # --- the current cell, stage and lane (targets of Add Card, Paste, Delete Stage) --

    def set_current(self, stage_id: str | None = None, lane_id: str | None = None) -> None:
        self.current_stage_id = stage_id
        self.current_lane_id = lane_id
        self.current_step_id = None
        self._show_current()
        self.currentChanged.emit()

    def set_current_step(self, step_id: str) -> None:
        """A step header was clicked: its stage is current, and the step within it."""
        self.set_current(stage_id=self.layout_.step(step_id).stage_id)
        self.current_step_id = step_id
        self._show_current()
        self.currentChanged.emit()

    def current_cell(self) -> tuple[str, str] | None:
        key = (self.current_stage_id, self.current_lane_id)
        if self.layout_ is not None and key in self.layout_.cells:
            return key  # type: ignore[return-value]
        return None

    def _show_current(self) -> None:
        lay = self.layout_
        stage_ids = {s.stage_id for s in lay.stages}
        lane_ids = {lane.lane_id for lane in lay.lanes}
        if self.current_stage_id not in stage_ids:
            self.current_stage_id = None
        if self.current_lane_id not in lane_ids:
            self.current_lane_id = None
        if self.current_step_id not in {s.step_id for s in lay.steps}:
            self.current_step_id = None
        cell = self.current_cell()
        if self.current_step_id is not None:
            self.cell_highlight.show_rect(qrect(lay.step(self.current_step_id).column))
        elif cell is not None:
            self.cell_highlight.show_rect(qrect(lay.cells[cell]))
        elif self.current_stage_id is not None:
            stage = next(s for s in lay.stages if s.stage_id == self.current_stage_id)
            self.cell_highlight.show_rect(qrect(stage.column))
        elif self.current_lane_id is not None:
            lane = next(la for la in lay.lanes if la.lane_id == self.current_lane_id)
            self.cell_highlight.show_rect(qrect(lane.row))
        else:
            self.cell_highlight.setVisible(False)

    # --- selection -----------------------------------------------------------------

    def selected_card_ids(self) -> list[str]:
        """Selected cards in the model's order."""
        chosen = {i.card_id for i in self.selectedItems() if isinstance(i, CardItem)}
        return [c.id for c in self.document.journey.cards if c.id in chosen]

    def selected_link_ids(self) -> list[str]:
        return [i.link_id for i in self.selectedItems() if isinstance(i, LinkItem)]

    def selected_point_ids(self) -> list[str]:
        return [i.point_id for i in self.selectedItems() if isinstance(i, EmotionPointItem)]

    def select_cards(self, card_ids: list[str]) -> None:
        self.clearSelection()
        for cid in card_ids:
            item = self.cards.get(cid)
            if item is not None:
                item.setSelected(True)

    # --- in-place editing ---------------------------------------------------------

    def open_editor(self, editor: InlineEditor) -> InlineEditor:
        if self.editor is not None and not self.editor.done:
            self.editor.commit()
        self.editor = editor
        self.addItem(editor)
        editor.begin()
        return editor

    def editing(self) -> bool:
        return self.editor is not None and not self.editor.done

    # --- mouse and keys: forwarded to the active gesture --------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        if self.editing():
            if self.editor.sceneBoundingRect().contains(pos):
                super().mousePressEvent(event)
                return
            self.editor.commit()
        if self.active is not None:
            event.accept()
            return
        if event.button() == Qt.MouseButton.RightButton:
            # A context menu follows: it acts on what was right-clicked. Accepted, so
            # the view starts no rubber band and the selection is not cleared.
            select_for_menu(self, target_at(self, pos))
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            gesture = gesture_for_press(self, pos, event.modifiers())
            if gesture is not None:
                self.active = gesture
                gesture.start(pos, event.modifiers())
                event.accept()
                return
            cell = self.layout_.cell_at(pos.x(), pos.y())
            self.set_current(*(cell or (None, None)))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.active is not None:
            self.active.move(event.scenePos())
            event.accept()
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            self._hover(event)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.active is not None and event.button() == Qt.MouseButton.LeftButton:
            active, self.active = self.active, None
            active.finish(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.editing() and self.editor.sceneBoundingRect().contains(event.scenePos()):
            super().mouseDoubleClickEvent(event)
            return
        if event.button() == Qt.MouseButton.LeftButton and handle_double_click(
            self, event.scenePos()
        ):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.active is not None and event.key() == Qt.Key.Key_Escape:
            active, self.active = self.active, None
            active.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def _hover(self, event: QGraphicsSceneMouseEvent) -> None:
        """A resize cursor over a stage edge tells the user it can be dragged."""
        views = self.views()
        if not views or self.layout_ is None:
            return
        viewport = views[0].viewport()
        pos = event.scenePos()
        if (
            stage_edge_under(self, pos) is not None
            or step_edge_under(self, pos) is not None
            or card_span_edge_under(self, pos) is not None
        ):
            viewport.setCursor(Qt.CursorShape.SizeHorCursor)
        elif viewport.cursor().shape() == Qt.CursorShape.SizeHorCursor:
            viewport.unsetCursor()

    # --- questions the view and the tests ask --------------------------------

    def map_rect(self) -> QRectF:
        """The drawn map (page) in scene coordinates."""
        lay = self.layout_
        return QRectF(0, 0, lay.width, lay.height) if lay else QRectF()


_card_id = attrgetter("card_id")


def _as_new(item: CardItem, piece, cache_mode: QGraphicsItem.CacheMode) -> None:
    """A card item taken out of the scene made as a new one for ``piece`` would be:
    unselected, at the cards' height, opaque, keeping its pixels as the scene's
    items do, with its bounds, place and pixels from the piece."""
    if item.isSelected():
        item.setSelected(False)
    if item.zValue() != CardItem.Z:
        item.setZValue(CardItem.Z)
    if item.opacity() != 1.0:
        item.setOpacity(1.0)
    if item.keeps_pixels != (cache_mode != QGraphicsItem.CacheMode.NoCache):
        item.setCacheMode(cache_mode)
    item.apply(piece)  # (the same piece again: its bounds and pixels afresh, as a new item's)
