"""The channel analysis as a workbook: the matrix, its cells, the consistency flags, the switches.

Numbers stay numbers (means, n, p) so a team can sort and chart them; the
matrix sheet is coloured on the emotion scale like the channel view. Headers
are in the journey's language, as in the map's own xlsx export.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from journeycanvas.canvas.analysis.channel_page import cell_fill
from journeycanvas.canvas.analysis.channels import ChannelMatrix
from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.xlsx_export import put

_TEXT = {
    "en": {
        "matrix": "Channels by stage",
        "cells": "Cells",
        "flags": "Consistency",
        "switches": "Switches",
        "channel": "Channel",
        "stage": "Stage",
        "touchpoints": "Touchpoints",
        "responses": "Responses",
        "mean": "Mean (−2..+2)",
        "others_mean": "Other channels' mean",
        "others_n": "Other channels' responses",
        "difference": "Difference",
        "t": "t",
        "df": "df",
        "p": "p (Welch)",
        "from_stage": "From stage",
        "from_channel": "From channel",
        "to_stage": "To stage",
        "to_channel": "To channel",
        "before": "Mean before",
        "after": "Mean after",
        "change": "Change",
        "after_switch": "After a channel switch",
        "after_stay": "Channel stays the same",
        "comparison": "Switch minus stay",
        "respondent": "Respondent",
        "switch_count": "Switches",
        "steps": "Channels by step",
    },
    "zh": {
        "matrix": "各阶段渠道",
        "cells": "单元格",
        "flags": "一致性",
        "switches": "换渠道",
        "channel": "渠道",
        "stage": "阶段",
        "touchpoints": "接触点",
        "responses": "回答数",
        "mean": "平均（−2..+2）",
        "others_mean": "其他渠道平均",
        "others_n": "其他渠道回答数",
        "difference": "差值",
        "t": "t",
        "df": "自由度",
        "p": "p（Welch）",
        "from_stage": "原阶段",
        "from_channel": "原渠道",
        "to_stage": "下一阶段",
        "to_channel": "新渠道",
        "before": "之前平均",
        "after": "之后平均",
        "change": "变化",
        "after_switch": "换渠道之后",
        "after_stay": "渠道不变",
        "comparison": "换渠道减不换",
        "respondent": "受访者",
        "switch_count": "换渠道次数",
        "steps": "各步骤渠道",
    },
}

_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_SCORE = "+0.00;-0.00;0.00"


def _header(sheet: Worksheet, row: int, names: list[str]) -> None:
    for col, name in enumerate(names, start=1):
        put(sheet, row, col, name)
        sheet.cell(row=row, column=col).font = _BOLD


def write_channel_xlsx(journey: Journey, matrix: ChannelMatrix, target: str) -> None:
    t = _TEXT["zh" if journey.language.startswith("zh") else "en"]
    stages = {s.id: s.name for s in journey.stages}
    titles = {c.id: c.title for c in journey.cards}
    names = {c.key: c.name for c in matrix.channels}
    book = Workbook()

    sheet = book.active
    sheet.title = t["matrix"]
    _header(sheet, 1, [t["channel"], *(stages[s] for s in matrix.stage_ids)])
    sheet.column_dimensions["A"].width = 20
    for row, channel in enumerate(matrix.channels, start=2):
        put(sheet, row, 1, channel.name)
        sheet.cell(row=row, column=1).font = _BOLD
        for col, sid in enumerate(matrix.stage_ids, start=2):
            cell = matrix.cell(channel.key, sid)
            if cell is None or cell.score is None:
                continue
            put(sheet, row, col, round(cell.score, 4))
            target_cell = sheet.cell(row=row, column=col)
            target_cell.number_format = _SCORE
            fill = cell_fill(cell.score).lstrip("#")
            target_cell.fill = PatternFill("solid", fgColor=fill)
            if matrix.flag(channel.key, sid) is not None:
                target_cell.font = Font(bold=True, color="C62828")

    sheet = book.create_sheet(t["cells"])
    _header(sheet, 1, [t[k] for k in ("channel", "stage", "touchpoints", "responses", "mean")])
    row = 2
    for channel in matrix.channels:
        for sid in matrix.stage_ids:
            cell = matrix.cell(channel.key, sid)
            if cell is None:
                continue
            values = (
                channel.name,
                stages[sid],
                " / ".join(titles[c] for c in cell.card_ids),
                cell.responses,
                None if cell.score is None else round(cell.score, 4),
            )
            for col, value in enumerate(values, start=1):
                put(sheet, row, col, value)
            sheet.cell(row=row, column=5).number_format = _SCORE
            row += 1

    sheet = book.create_sheet(t["flags"])
    keys = ("stage", "channel", "mean", "responses", "others_mean", "others_n", "difference")
    _header(sheet, 1, [t[k] for k in (*keys, "t", "df", "p")])
    for row, flag in enumerate(matrix.flags, start=2):
        values = (
            stages[flag.stage_id],
            names[flag.channel],
            round(flag.mean, 4),
            flag.responses,
            round(flag.others_mean, 4),
            flag.others_responses,
            round(flag.difference, 4),
            round(flag.test.t, 4),
            round(flag.test.df, 2),
            round(flag.p, 6),
        )
        for col, value in enumerate(values, start=1):
            put(sheet, row, col, value)

    sheet = book.create_sheet(t["switches"])
    s = matrix.switches
    _header(sheet, 1, ["", t["responses"], t["mean"], t["difference"], t["p"]])
    put(sheet, 2, 1, t["after_switch"])
    put(sheet, 2, 2, len(s.after_switch))
    put(sheet, 2, 3, None if s.switch_mean is None else round(s.switch_mean, 4))
    put(sheet, 3, 1, t["after_stay"])
    put(sheet, 3, 2, len(s.after_stay))
    put(sheet, 3, 3, None if s.stay_mean is None else round(s.stay_mean, 4))
    if s.comparison is not None:
        put(sheet, 4, 1, t["comparison"])
        put(sheet, 4, 4, round(s.comparison.difference, 4))
        put(sheet, 4, 5, round(s.comparison.p, 6))
    keys = ("from_stage", "from_channel", "to_stage", "to_channel", "responses")
    _header(sheet, 6, [t[k] for k in (*keys, "before", "after", "change")])
    for row, brk in enumerate(s.breaks, start=7):
        values = (
            stages[brk.from_stage],
            names[brk.from_channel],
            stages[brk.to_stage],
            names[brk.to_channel],
            brk.responses,
            round(sum(brk.before) / len(brk.before), 4),
            round(sum(brk.after) / len(brk.after), 4),
            round(brk.change, 4),
        )
        for col, value in enumerate(values, start=1):
            put(sheet, row, col, value)
    row = 8 + len(s.breaks)
    _header(sheet, row, [t["respondent"], t["switch_count"]])
    for who, count in s.per_respondent.items():
        row += 1
        put(sheet, row, 1, who)
        put(sheet, row, 2, count)
    for ws in book.worksheets:
        for col in "BCDEFGHIJ":
            ws.column_dimensions[col].width = 16
    if any(c.step_id is not None for c in matrix.columns):
        _steps_sheet(book.create_sheet(t["steps"]), journey, matrix, t)
    book.save(target)


def _steps_sheet(sheet: Worksheet, journey: Journey, matrix: ChannelMatrix, t: dict) -> None:
    """The matrix with a column per step where a stage has steps (after the other sheets,
    so their places stay as they were)."""
    stages = {s.id: s for s in journey.stages}

    def name(stage_id: str, step_id: str | None) -> str:
        stage = stages[stage_id]
        step = next((st.name for st in stage.steps if st.id == step_id), "")
        return f"{stage.name} · {step}" if step else stage.name

    _header(sheet, 1, [t["channel"], *(name(c.stage_id, c.step_id) for c in matrix.columns)])
    sheet.column_dimensions["A"].width = 20
    for row, channel in enumerate(matrix.channels, start=2):
        put(sheet, row, 1, channel.name)
        sheet.cell(row=row, column=1).font = _BOLD
        for col, column in enumerate(matrix.columns, start=2):
            cell = matrix.cell(channel.key, column.stage_id, column.step_id)
            if cell is None or cell.score is None:
                continue
            put(sheet, row, col, round(cell.score, 4))
            target_cell = sheet.cell(row=row, column=col)
            target_cell.number_format = _SCORE
            target_cell.fill = PatternFill("solid", fgColor=cell_fill(cell.score).lstrip("#"))
