"""The action plan as pages of a table: every improvement by priority, for the PDF.

The same rows as the action-plan workbook (io/exporters/plan_xlsx.py): rank, the
improvement, its stage, status, owner, due date, priority, the pains it answers,
the KPIs it names with their change, and its A/B result; then the planned triggers
(when, after how long, what, through which channel, for whom). A landscape A4 page
holds as many rows as fit; the rest go on the next page under the same headers. Laid out
as ``canvas/pages.py`` shapes, so the PDF draws it with the matrix page's painter.
"""

from __future__ import annotations

from journeycanvas.canvas import improvements, style, triggers
from journeycanvas.canvas.before_after import kpi_changes
from journeycanvas.canvas.experiments import line
from journeycanvas.canvas.layout import Box, Rect, TextRun
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.pages import Page, wrapped

PAGE_W, PAGE_H = 842.0, 595.0  # A4 landscape, points
MARGIN = 32.0
TITLE_SIZE = 16.0
HEAD_SIZE = 8.5
CELL_SIZE = 8.0
PAD = 4.0
HEAD_FILL = "#ECEFF1"
ROW_FILL = "#F7F9FA"

_TEXT = {
    "en": {
        "title": "Action plan — {journey}",
        "columns": (
            "#",
            "Improvement",
            "Stage",
            "Status",
            "Owner",
            "Due",
            "Priority",
            "Pains it answers",
            "KPIs",
            "A/B test",
        ),
        "formula": "Priority = (customer value + business value) / 2 ÷ effort; values 0–100, "
        "effort 1–5. * p < 0.05.",
        "none": "This journey has no improvements yet.",
        "triggers": "Triggers — {journey}",
        "trigger_columns": ("Stage", "Card", "When (event)", "After", "Do", "Channel", "Segment"),
    },
    "zh": {
        "title": "行动计划 — {journey}",
        "columns": (
            "#",
            "改进措施",
            "阶段",
            "状态",
            "负责人",
            "截止日期",
            "优先级",
            "对应痛点",
            "KPI",
            "A/B 测试",
        ),
        "formula": "优先级 =（客户价值 + 业务价值）/ 2 ÷ 工作量；价值 0–100，工作量 1–5。"
        "* p < 0.05。",
        "none": "此旅程还没有改进措施。",
        "triggers": "触发规则 — {journey}",
        "trigger_columns": ("阶段", "卡片", "触发事件", "延迟", "执行动作", "渠道", "目标人群"),
    },
}
#: Column widths as shares of the table's width.
_SHARES = (0.03, 0.15, 0.08, 0.07, 0.08, 0.07, 0.06, 0.15, 0.16, 0.15)
_TRIGGER_SHARES = (0.11, 0.17, 0.18, 0.08, 0.24, 0.10, 0.12)


def text_for(language: str) -> dict:
    return _TEXT["zh" if language.startswith("zh") else "en"]


def plan_cells(journey: Journey) -> list[tuple[str, ...]]:
    """The table's rows as text, highest priority first."""
    w = improvements.words(journey.language)
    out = []
    for rank, r in enumerate(improvements.rows(journey), start=1):
        imp = r.improvement
        kpis = "; ".join(
            m for m in (k.mark(journey.language) for k in kpi_changes(journey, r.card)) if m
        )
        out.append(
            (
                str(rank),
                r.card.title,
                r.stage,
                w[imp.status.value],
                r.card.owner,
                imp.due,
                "" if r.priority is None else f"{r.priority:.3g}",
                "; ".join(r.pains),
                kpis,
                line(imp.experiment, w["winner"]) if imp.experiment else "",
            )
        )
    return out


def plan_pages(journey: Journey) -> list[Page]:
    """The improvements' table over as many pages as it needs (one, saying so, when there
    is nothing), then the planned triggers' table when the journey has any."""
    text = text_for(journey.language)
    note = text["formula"] if plan_cells(journey) else text["none"]
    pages = table_pages(
        text["title"].format(journey=journey.title),
        text["columns"],
        plan_cells(journey),
        _SHARES,
        note,
    )
    planned = trigger_cells(journey)
    if planned:
        title = text["triggers"].format(journey=journey.title)
        pages += table_pages(title, text["trigger_columns"], planned, _TRIGGER_SHARES, "")
    return pages


def trigger_cells(journey: Journey) -> list[tuple[str, ...]]:
    return [
        _trigger_row(r)
        for r in triggers.rows(journey)
    ]


def table_pages(
    title: str,
    columns: tuple[str, ...],
    rows: list[tuple[str, ...]],
    shares: tuple[float, ...],
    note: str,
) -> list[Page]:
    """A titled table on landscape A4 pages; rows that do not fit go on the next page."""
    table_w = PAGE_W - 2 * MARGIN
    xs = [MARGIN]
    for share in shares[:-1]:
        xs.append(xs[-1] + share * table_w)
    widths = [share * table_w for share in shares]
    pages: list[Page] = []
    i = 0
    while True:
        boxes: list[Box] = [Box(Rect(0, 0, PAGE_W, PAGE_H), style.PAGE)]
        runs: list[TextRun] = []
        found, top = wrapped(title, MARGIN, MARGIN - 8, table_w, TITLE_SIZE, limit=2, bold=True)
        runs += found
        top += 10
        head_h = _row_height(columns, widths, HEAD_SIZE)
        head = _row(columns, xs, widths, top, HEAD_SIZE, True)
        boxes.append(Box(Rect(MARGIN, top, table_w, head_h), HEAD_FILL, head))
        top += head_h
        bottom = PAGE_H - MARGIN - 24
        lines = []
        start = i
        while i < len(rows):
            h = _row_height(rows[i], widths, CELL_SIZE)
            if top + h > bottom and i > start:
                break
            fill = ROW_FILL if (i % 2) else style.PAGE
            cells = _row(rows[i], xs, widths, top, CELL_SIZE)
            boxes.append(Box(Rect(MARGIN, top, table_w, h), fill, cells))
            top += h
            lines.append((MARGIN, top, MARGIN + table_w, top, style.GRID, 0.5))
            i += 1
        if note:
            runs += wrapped(note, MARGIN, top + 8, table_w, CELL_SIZE, style.INK_SOFT)[0]
        pages.append(Page(PAGE_W, PAGE_H, tuple(boxes), (), tuple(lines), (), tuple(runs)))
        if i >= len(rows):
            return pages


def _row_height(cells, widths, size) -> float:
    tallest = max(
        (len(wrapped(c, 0, 0, w - 2 * PAD, size)[0]) for c, w in zip(cells, widths, strict=True)),
        default=1,
    )
    return max(1, tallest) * size * 1.3 + 2 * PAD


def _row(cells, xs, widths, top, size, bold=False) -> tuple[TextRun, ...]:
    runs: list[TextRun] = []
    for cell, x, w in zip(cells, xs, widths, strict=True):
        runs += wrapped(cell, x + PAD, top + PAD, w - 2 * PAD, size, style.INK, bold=bold)[0]
    return tuple(runs)


def _trigger_row(r: triggers.Row) -> tuple[str, ...]:
    t = r.trigger
    return (r.stage, r.card.title, t.event, t.delay, t.action, r.card.channel, t.segment)
