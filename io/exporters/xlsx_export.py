"""xlsx: the map as a grid, the touchpoints with their numbers, and every piece of evidence.

The evidence sheet is laid out the way the spreadsheet importer reads an
interview coding sheet (stage, touchpoint, channel, respondent, score, words),
with scores on the 1–5 scale named in its header, so importing it back gives
the same touchpoints, responses and mean scores (−2..+2 maps to 1..5 exactly).

User text is never a formula: every text cell is typed as a string and marked
"quote prefix", so Excel shows ``=HYPERLINK(…)`` or ``@SUM`` as typed (OWASP
CSV/formula injection), and characters XML cannot hold are dropped.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from journeycanvas.canvas.model import Journey
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.xlsx_curves import curves_sheet
from journeycanvas.io.exporters.xlsx_curves import sheet_name as curves_sheet_name

#: Starts that a spreadsheet would take as a formula or a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")

_TEXT = {
    "en": {
        "map": "Map",
        "touchpoints": "Touchpoints",
        "evidence": "Evidence",
        "lane": "Lane",
        "stage": "Stage",
        "touchpoint": "Touchpoint",
        "channel": "Channel",
        "owner": "Owner",
        "responses": "Responses",
        "mean": "Mean (−2..+2)",
        "respondent": "Respondent",
        "score": "Score (1-5)",
        "comment": "Verbatim",
        "file": "File",
        "sheet": "Sheet",
        "row": "Row",
    },
    "zh": {
        "map": "旅程图",
        "touchpoints": "接触点",
        "evidence": "证据",
        "lane": "泳道",
        "stage": "阶段",
        "touchpoint": "接触点",
        "channel": "渠道",
        "owner": "负责部门",
        "responses": "回答数",
        "mean": "平均（−2..+2）",
        "respondent": "受访者",
        "score": "评分(1-5)",
        "comment": "原话",
        "file": "文件",
        "sheet": "工作表",
        "row": "行号",
    },
}

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="ECEFF1")
_WRAP = Alignment(wrap_text=True, vertical="top")


def labels(language: str) -> dict[str, str]:
    return _TEXT.get(language.split("-")[0].lower(), _TEXT["en"])


def to_five(score: float) -> float:
    """−2..+2 onto 1..5, the inverse of the importer's 1–5 scale."""
    return score + 3.0


def export_xlsx(
    journey: Journey, target: str, options: ExportOptions, progress: Progress = None
) -> None:
    t = labels(journey.language)
    book = Workbook()
    step(progress, 0.0)
    _map_sheet(book.active, journey, t)
    step(progress, 0.4)
    _touchpoint_sheet(book.create_sheet(t["touchpoints"]), journey, t)
    step(progress, 0.6)
    _evidence_sheet(book.create_sheet(t["evidence"]), journey, t)
    curves_sheet(book.create_sheet(curves_sheet_name(journey.language)), journey)
    step(progress, 0.9)
    book.properties.title = ILLEGAL_CHARACTERS_RE.sub("", journey.title)
    book.properties.creator = options.author or "Journey Canvas"
    book.save(target)
    step(progress, 1.0)


def put(sheet: Worksheet, row: int, col: int, value) -> None:
    """Write one cell; text is always text, never a formula."""
    cell = sheet.cell(row=row, column=col)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    else:
        cell.value = value


def _header(sheet: Worksheet, names: list[str], widths: list[float]) -> None:
    for col, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
        put(sheet, 1, col, name)
        cell = sheet.cell(row=1, column=col)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = "B2"


def _map_sheet(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    sheet.title = t["map"]
    stages = journey.stages
    _header(sheet, [t["lane"], *(s.name for s in stages)], [18] + [36] * len(stages))
    by_cell: dict[tuple[str, str], list[str]] = {}
    for card in journey.cards:
        text = card.title + (f"\n{card.body}" if card.body else "")
        by_cell.setdefault((card.stage_id, card.lane_id), []).append(text)
    for row, lane in enumerate(journey.lanes, start=2):
        put(sheet, row, 1, lane.name)
        sheet.cell(row=row, column=1).font = _HEADER_FONT
        for col, stage in enumerate(journey.stages, start=2):
            texts = by_cell.get((stage.id, lane.id))
            if texts:
                put(sheet, row, col, "\n\n".join(texts))
                sheet.cell(row=row, column=col).alignment = _WRAP


def _touchpoint_sheet(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    names = [t[k] for k in ("stage", "touchpoint", "channel", "owner", "responses", "mean")]
    _header(sheet, names, [18, 30, 18, 18, 12, 14])
    row = 2
    for stage in journey.stages:
        for card in journey.touchpoint_cards(stage.id):
            for col, value in enumerate(
                (stage.name, card.title, card.channel, card.owner, card.responses, card.score),
                start=1,
            ):
                put(sheet, row, col, value)
            sheet.cell(row=row, column=6).number_format = "+0.00;-0.00;0.00"
            row += 1


def _evidence_sheet(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    keys = ("stage", "touchpoint", "channel", "respondent", "score", "comment")
    names = [t[k] for k in (*keys, "file", "sheet", "row")]
    _header(sheet, names, [18, 30, 18, 14, 12, 60, 24, 14, 8])
    stage_names = {s.id: s.name for s in journey.stages}
    row = 2
    for stage in journey.stages:
        for card in journey.touchpoint_cards(stage.id):
            for ev in card.evidence:
                score = None if ev.score is None else to_five(ev.score)
                values = (
                    stage_names[card.stage_id],
                    card.title,
                    card.channel,
                    ev.respondent,
                    score,
                    ev.text,
                    ev.source,
                    ev.sheet,
                    ev.row,
                )
                for col, value in enumerate(values, start=1):
                    put(sheet, row, col, value)
                sheet.cell(row=row, column=6).alignment = _WRAP
                row += 1
