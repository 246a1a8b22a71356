"""The channel page painted with Qt: the editor's channel view and the PNG page.

The same layout as the PDF page (``canvas/analysis/channel_page.py``); only the
drawing calls differ.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygonF

from journeycanvas.canvas import style
from journeycanvas.canvas.analysis.channel_page import BREAK_COLOR, FLAG_COLOR, ChannelPage
from journeycanvas.canvas.painting import draw_runs, qcolor, qrect
from journeycanvas.io.exporters.page_qt import write_painted_png

ARROW_HEAD = 7.0


def paint_channel_page(
    painter: QPainter, page: ChannelPage, selected: tuple[str, str, str | None] | None = None
) -> None:
    """The whole page in page points; ``selected`` (channel, stage id, step id or None)
    gets a focus frame."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, page.width, page.height), qcolor(style.PAGE))
    for box in page.boxes:
        painter.fillRect(qrect(box.rect), qcolor(box.fill))
    painter.setPen(QPen(qcolor(style.GRID), 0.6))
    for cell in page.cells:
        painter.setBrush(qcolor(cell.fill))
        painter.drawRect(qrect(cell.rect))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(qcolor(FLAG_COLOR), 2.0))
    for cell in page.cells:
        if cell.flagged:
            r = cell.rect
            painter.drawRect(QRectF(r.x + 1, r.y + 1, r.w - 2, r.h - 2))
    if selected is not None:
        painter.setPen(QPen(qcolor(style.INK), 2.0, Qt.PenStyle.DashLine))
        for cell in page.cells:
            if (cell.channel, cell.stage_id, cell.step_id) == selected:
                r = cell.rect
                painter.drawRect(QRectF(r.x + 3, r.y + 3, r.w - 6, r.h - 6))
    color = qcolor(BREAK_COLOR)
    for arrow in page.arrows:
        painter.setPen(QPen(color, 1.8))
        painter.drawLine(QPointF(arrow.x1, arrow.y1), QPointF(arrow.x2, arrow.y2))
        angle = math.atan2(arrow.y2 - arrow.y1, arrow.x2 - arrow.x1)
        head = QPolygonF(
            [QPointF(arrow.x2, arrow.y2)]
            + [
                QPointF(
                    arrow.x2 - ARROW_HEAD * math.cos(angle + side),
                    arrow.y2 - ARROW_HEAD * math.sin(angle + side),
                )
                for side in (-0.45, 0.45)
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(head)
        painter.setPen(QPen(color, 1.0))
        painter.setBrush(qcolor(arrow.label.fill))
        painter.drawRect(qrect(arrow.label.rect))
    runs = [r for box in page.boxes for r in box.texts]
    runs += [r for cell in page.cells for r in cell.texts]
    runs += [r for arrow in page.arrows for r in arrow.label.texts]
    runs += list(page.notes)
    draw_runs(painter, runs)
    painter.restore()


def write_channel_png(page: ChannelPage, target: str, dpi: int = 150) -> None:
    """The page as a PNG at ``dpi``."""
    write_painted_png(page.width, page.height, lambda p: paint_channel_page(p, page), target, dpi)
