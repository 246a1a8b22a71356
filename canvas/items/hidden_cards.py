"""The note in a collapsed lane's row saying how many cards it hides.

A collapsed lane is one thin line; without the note a reader cannot tell an
empty lane from one folded over a dozen cards. Counted from the model by the
scene, drawn here, on the map only (posters keep the collapsed look).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from journeycanvas.canvas import style
from journeycanvas.canvas.interactions.base import tr
from journeycanvas.canvas.items.base import LayoutItem
from journeycanvas.canvas.layout import Rect
from journeycanvas.canvas.painting import qcolor, qrect, ui_font

_INDENT = 12.0


@dataclass(frozen=True)
class HiddenCards:
    lane_id: str
    row: Rect  # the collapsed lane's whole row
    header_width: float
    count: int


class HiddenCardsItem(LayoutItem[HiddenCards]):
    Z = 6

    def bounds_for(self, piece: HiddenCards) -> QRectF:
        row = qrect(piece.row)
        return row.adjusted(piece.header_width + _INDENT, 0, 0, 0)

    def text(self) -> str:
        if not self.piece.count:
            return tr("No cards")
        return tr("Cards hidden: %n", "", self.piece.count)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(ui_font(max(9.0, min(13.0, self.piece.row.h * 0.55))))
        painter.setPen(qcolor(style.INK_SOFT))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.boundingRect(), int(flags), self.text())
