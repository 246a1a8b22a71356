"""The action plan: every improvement of a journey, highest priority first, as a workbook.

It is what a team takes into its weekly meeting: who does what by when, how it was
scored, which pains it answers, how the KPIs it names moved and how its A/B test came
out; a second sheet lists the planned triggers (automations) stage by stage. Numbers stay numbers
so the sheet can be sorted again; the formula of the priority is written under the
table, so the ranking can be checked. Headers follow the journey's language, as the
map's own xlsx does.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from journeycanvas.canvas import improvements, triggers
from journeycanvas.canvas.before_after import kpi_changes
from journeycanvas.canvas.experiments import line
from journeycanvas.canvas.model import Journey
from journeycanvas.io.atomic import write_text_atomic
from journeycanvas.io.exporters.export_file import ExportError
from journeycanvas.io.exporters.xlsx_export import put

_TEXT = {
    "en": {
        "sheet": "Action plan",
        "columns": [
            "Rank",
            "Improvement",
            "Stage",
            "Status",
            "Owner",
            "Due",
            "Done on",
            "Customer value",
            "Business value",
            "Effort",
            "Value",
            "Priority",
            "Pains it answers",
            "Note",
            "A/B test",
            "KPIs",
        ],
        "formula": "Priority = (customer value + business value) / 2 ÷ effort; "
        "values 0–100, effort 1–5.",
        "none": "This journey has no improvements yet.",
        "triggers": "Triggers",
        "trigger_columns": ["Stage", "Card", "When (event)", "After", "Do", "Channel", "Segment"],
    },
    "zh": {
        "sheet": "行动计划",
        "columns": [
            "排名",
            "改进措施",
            "阶段",
            "状态",
            "负责人",
            "截止日期",
            "完成日期",
            "客户价值",
            "业务价值",
            "工作量",
            "价值",
            "优先级",
            "对应痛点",
            "备注",
            "A/B 测试",
            "KPI",
        ],
        "formula": "优先级 =（客户价值 + 业务价值）/ 2 ÷ 工作量；价值 0–100，工作量 1–5。",
        "none": "此旅程还没有改进措施。",
        "triggers": "触发规则",
        "trigger_columns": ["阶段", "卡片", "触发事件", "延迟", "执行动作", "渠道", "目标人群"],
    },
}

_WIDTHS = [6, 36, 16, 12, 14, 12, 12, 10, 10, 8, 8, 9, 40, 40, 44, 44]
_TRIGGER_WIDTHS = [16, 30, 28, 12, 36, 14, 20]


def plan_rows(journey: Journey) -> list[list]:
    """The table's rows, without headers: what the workbook and its tests read."""
    w = improvements.words(journey.language)
    out = []
    for rank, r in enumerate(improvements.rows(journey), start=1):
        imp = r.improvement
        out.append(
            [
                rank,
                r.card.title,
                r.stage,
                w[imp.status.value],
                r.card.owner,
                imp.due,
                imp.done_on,
                imp.customer_value,
                imp.business_value,
                imp.effort,
                None if r.value is None else round(r.value, 2),
                None if r.priority is None else round(r.priority, 2),
                "; ".join(r.pains),
                imp.note,
                line(imp.experiment, w["winner"]) if imp.experiment else "",
                "; ".join(
                    m for m in (k.mark(journey.language) for k in kpi_changes(journey, r.card)) if m
                ),
            ]
        )
    return out


def trigger_rows(journey: Journey) -> list[list[str]]:
    """The triggers sheet's rows: stage, card, event, delay, action, channel, segment."""
    return [list(_trigger_row(r)) for r in triggers.rows(journey)]


def plan_workbook_bytes(journey: Journey) -> bytes:
    text = _TEXT.get(journey.language.split("-")[0].lower(), _TEXT["en"])
    book = Workbook()
    sheet = book.active
    sheet.title = text["sheet"]
    bold = Font(bold=True)
    for col, (name, width) in enumerate(zip(text["columns"], _WIDTHS, strict=True), start=1):
        put(sheet, 1, col, name)
        sheet.cell(row=1, column=col).font = bold
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = width
    sheet.freeze_panes = "A2"
    rows = plan_rows(journey)
    for i, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            put(sheet, i, col, value)
    foot = len(rows) + 3
    put(sheet, foot, 1, text["formula"] if rows else text["none"])
    planned = trigger_rows(journey)
    if planned:
        more = book.create_sheet(text["triggers"])
        for col, (name, width) in enumerate(
            zip(text["trigger_columns"], _TRIGGER_WIDTHS, strict=True), start=1
        ):
            put(more, 1, col, name)
            more.cell(row=1, column=col).font = bold
            more.column_dimensions[more.cell(row=1, column=col).column_letter].width = width
        more.freeze_panes = "A2"
        for i, row in enumerate(planned, start=2):
            for col, value in enumerate(row, start=1):
                put(more, i, col, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_plan(journey: Journey, out: str | os.PathLike[str]) -> Path:
    """Write the action plan to ``out`` (.xlsx), replacing it atomically."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ExportError(f"{out}: the action plan exports to .xlsx only.")
    if not out.parent.is_dir():
        raise ExportError(f"{out}: the folder {str(out.parent)!r} does not exist.")
    if out.is_dir():
        raise ExportError(f"{out}: that is a folder; give a file name.")
    data = plan_workbook_bytes(journey)
    try:
        write_text_atomic(out, data)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ExportError(f"{out}: the file could not be written ({reason}).") from None
    return out


def _trigger_row(r: triggers.Row) -> tuple[str, ...]:
    t = r.trigger
    return (r.stage, r.card.title, t.event, t.delay, t.action, r.card.channel, t.segment)
