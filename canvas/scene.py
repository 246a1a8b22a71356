"""The scene mirrors the document: it maps ids to items and keeps them in step.

After every change it lays the journey out again and hands each existing item
its new piece of layout; items are created or removed only when the model
gained or lost the thing they draw (Orange's CanvasScene is the model here).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from journeycanvas.canvas import style
from journeycanvas.canvas.document import JourneyDocument
from journeycanvas.canvas.items.box import BoxItem
from journeycanvas.canvas.items.card import CardItem
from journeycanvas.canvas.items.curve import CurveItem
from journeycanvas.canvas.items.emotion_point import EmotionPointItem
from journeycanvas.canvas.items.grid import GridItem
from journeycanvas.canvas.layout import JourneyLayout, compute_layout


class JourneyScene(QGraphicsScene):
    def __init__(self, document: JourneyDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setBackgroundBrush(QColor("#E9ECEE"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.layout_: JourneyLayout | None = None
        self.grid_item: GridItem | None = None
        self.boxes: dict[tuple[str, str], BoxItem] = {}
        self.cards: dict[str, CardItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.points: dict[str, EmotionPointItem] = {}
        self._page: QGraphicsItem | None = None
        document.changed.connect(self.sync)
        self.sync()

    # --- keeping the items in step with the model ----------------------------

    def sync(self) -> None:
        lay = compute_layout(self.document.journey)
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

        boxes = {("title", "title"): (lay.title, None)}
        if lay.persona is not None:
            boxes[("persona", "persona")] = (lay.persona, style.GRID)
        for s in lay.stages:
            boxes[("stage", s.stage_id)] = (s.header, "#FFFFFF")
        for lane in lay.lanes:
            boxes[("lane", lane.lane_id)] = (lane.header, style.GRID)
        self._mirror(
            self.boxes,
            boxes,
            lambda key, v: BoxItem(key[0], key[1], v[0], v[1]),
            lambda item, v: item.apply(v[0]),
        )
        self._mirror(
            self.cards,
            {c.card_id: c for c in lay.cards},
            lambda _key, c: CardItem(c),
            lambda item, c: item.apply(c),
        )
        self._mirror(
            self.curves,
            {c.lane_id: c for c in lay.curves},
            lambda _key, c: CurveItem(c),
            lambda item, c: item.apply(c),
        )
        points = {p.point_id: p for c in lay.curves for p in c.points}
        self._mirror(
            self.points,
            points,
            lambda _key, p: EmotionPointItem(p),
            lambda item, p: item.apply(p),
        )
        margin = 200
        self.setSceneRect(QRectF(-margin, -margin, lay.width + 2 * margin, lay.height + 2 * margin))

    def _mirror(self, items: dict, wanted: dict, make, update) -> None:
        for key in list(items):
            if key not in wanted:
                self.removeItem(items.pop(key))
        for key, value in wanted.items():
            item = items.get(key)
            if item is None:
                item = make(key, value)
                items[key] = item
                self.addItem(item)
            else:
                update(item, value)

    # --- questions the view and the tests ask --------------------------------

    def map_rect(self) -> QRectF:
        """The drawn map (page) in scene coordinates."""
        lay = self.layout_
        return QRectF(0, 0, lay.width, lay.height) if lay else QRectF()

    def selected_card_ids(self) -> list[str]:
        return [i.card_id for i in self.selectedItems() if isinstance(i, CardItem)]
