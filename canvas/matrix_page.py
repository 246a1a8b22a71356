"""The priority matrix laid out once: the editor's dock, the PNG and the PDF page draw this.

Value (customer + business) / 2 runs up, effort across; the quadrants split where
``canvas/improvements.py`` says (value 50, effort 3). Each scored improvement is a
disc in its status colour with its title beside it, and a legend names the colours.
The words come in a ``MatrixWords``: the editor passes its translated strings, an
export the journey's language from ``WORDS``. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas import improvements, style
from journeycanvas.canvas.improvements import MatrixGeometry
from journeycanvas.canvas.layout import Box, Rect, TextRun
from journeycanvas.canvas.model import ImprovementStatus, Journey
from journeycanvas.canvas.pages import Disc, Page, centred, right_aligned, wrapped

DOT_RADIUS = 7.0
TITLE_SIZE = 14.0
LABEL_SIZE = 9.0
AXIS_SIZE = 9.5
LEGEND_H = 22.0
QUADRANT_FILLS = {
    "quick_win": "#E3F2E1",
    "big_bet": "#E4ECF7",
    "fill_in": "#F4F4F4",
    "money_pit": "#F9E6E3",
}


@dataclass(frozen=True)
class MatrixWords:
    title: str  # {journey}
    quick_win: str
    big_bet: str
    fill_in: str
    money_pit: str
    value: str
    effort: str
    statuses: dict[str, str]  # ImprovementStatus value -> word
    empty: str


WORDS = {
    "en": MatrixWords(
        title="Priority matrix — {journey}",
        quick_win="Quick wins",
        big_bet="Big bets",
        fill_in="Fill-ins",
        money_pit="Money pits",
        value="Value (customer + business) / 2",
        effort="Effort (1–5)",
        statuses={
            "idea": "idea",
            "planned": "planned",
            "in_progress": "in progress",
            "done": "done",
            "dropped": "dropped",
        },
        empty="No improvement is scored yet: give one a customer value, a business value "
        "and an effort.",
    ),
    "zh": MatrixWords(
        title="优先级矩阵 — {journey}",
        quick_win="速赢",
        big_bet="大赌注",
        fill_in="填空",
        money_pit="无底洞",
        value="价值（客户 + 业务）/ 2",
        effort="投入（1–5）",
        statuses={
            "idea": "想法",
            "planned": "已计划",
            "in_progress": "进行中",
            "done": "已完成",
            "dropped": "已放弃",
        },
        empty="还没有评分的改进：请为改进填写客户价值、业务价值和投入。",
    ),
}


def words_for(language: str) -> MatrixWords:
    return WORDS["zh" if language.startswith("zh") else "en"]


#: The dock's plot: no title above it, so it starts near the top.
SCREEN = MatrixGeometry()
#: An exported page: the same plot below a title of up to two lines.
PRINTED = MatrixGeometry(top=76.0)


def matrix_page(
    journey: Journey, words: MatrixWords, geometry: MatrixGeometry = PRINTED, title: bool = True
) -> Page:
    """The whole matrix: quadrants, axes, a disc per scored improvement, the legend."""
    g = geometry
    half_w, half_h = g.width / 2, g.height / 2
    boxes = [Box(Rect(0, 0, g.left + g.width + 24.0, 0), style.PAGE)]
    runs: list[TextRun] = []
    if title:
        found, _ = wrapped(
            words.title.format(journey=journey.title),
            16.0,
            10.0,
            g.left + g.width - 8.0,
            TITLE_SIZE,
            style.INK,
            limit=2,
            bold=True,
        )
        runs += found
    for key, x, y in (
        ("quick_win", g.left, g.top),
        ("big_bet", g.left + half_w, g.top),
        ("fill_in", g.left, g.top + half_h),
        ("money_pit", g.left + half_w, g.top + half_h),
    ):
        label = wrapped(getattr(words, key), x + 6, y + 3, half_w - 12, LABEL_SIZE + 1, "#555555")
        boxes.append(Box(Rect(x, y, half_w, half_h), QUADRANT_FILLS[key], tuple(label[0][:1])))
    frames = ((Rect(g.left, g.top, g.width, g.height), "#999999", 1.0),)
    bottom = g.top + g.height
    for effort in range(1, 6):
        x, _y = g.point(0, effort)
        runs.append(centred(str(effort), x, bottom + 13, AXIS_SIZE, style.INK))
    runs.append(centred(words.effort, g.left + half_w, bottom + 30, AXIS_SIZE, style.INK))
    for value in (0, 50, 100):
        _x, y = g.point(value, 1)
        runs.append(right_aligned(str(value), g.left - 6, y + 3.5, AXIS_SIZE, style.INK))
    runs.append(TextRun("↑ " + words.value, g.left - 40, g.top - 8, AXIS_SIZE, style.INK))
    discs = []
    for dot in improvements.matrix_dots(journey, g):
        colour = improvements.STATUS_COLOURS[dot.status]
        label = TextRun(dot.title, dot.x + DOT_RADIUS + 3, dot.y + 4, LABEL_SIZE, "#222222")
        discs.append(Disc(dot.card_id, dot.x, dot.y, DOT_RADIUS, colour, "#222222", label))
    legend_y = bottom + 48
    x = g.left
    for status in ImprovementStatus:
        discs.append(
            Disc(f"legend:{status.value}", x + 5, legend_y, 5, improvements.STATUS_COLOURS[status])
        )
        word = words.statuses[status.value]
        run = TextRun(word, x + 14, legend_y + 3.5, LABEL_SIZE, style.INK)
        runs.append(run)
        x += 14 + run.width + 16
    if not any(not d.key.startswith("legend:") for d in discs):
        middle = g.top + half_h - 10
        runs += wrapped(words.empty, g.left + 12, middle, g.width - 24, 10, "#555555")[0]
    width = g.left + g.width + 24.0
    height = legend_y + LEGEND_H
    boxes[0] = Box(Rect(0, 0, width, height), style.PAGE)
    return Page(width, height, tuple(boxes), frames, (), tuple(discs), tuple(runs))
