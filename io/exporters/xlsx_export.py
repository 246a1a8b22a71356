"""xlsx: the map as a grid, the touchpoints with their numbers, and every piece of evidence.

The evidence sheet is laid out the way the spreadsheet importer reads an
interview coding sheet (stage, touchpoint, channel, respondent, score, words,
and a touchpoint number that keeps same-titled touchpoints apart; a touchpoint
without evidence gets a row of its own),
with scores on the 1–5 scale named in its header, so importing it back gives
the same touchpoints, responses and mean scores (−2..+2 maps to 1..5 exactly).

It is also a handout: every sheet prints landscape, one page wide, with its
header row and first column repeated on every page and the journey's title in
the page header; rows are as tall as their wrapped text (openpyxl cannot ask
the spreadsheet to measure, and LibreOffice prints unsized rows over each
other), and the personas and the emotion curve get sheets of their own, after
the three the importer reads.

User text is never a formula: every text cell is typed as a string and marked
"quote prefix", so Excel shows ``=HYPERLINK(…)`` or ``@SUM`` as typed (OWASP
CSV/formula injection), and characters XML cannot hold are dropped.
"""

from __future__ import annotations

import gc
import io
import math
import sys
import unicodedata
from collections.abc import Iterator

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from journeycanvas.canvas import spans, style
from journeycanvas.canvas.labels import content_labels
from journeycanvas.canvas.layout import blueprint_line_lanes
from journeycanvas.canvas.model import Card, Journey, Lane
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.progress import Progress, step
from journeycanvas.io.exporters.xlsx_curves import curves_sheet

#: Starts that a spreadsheet would take as a formula or a command.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")

_TEXT = {
    "en": {
        "map": "Map",
        "touchpoints": "Touchpoints",
        "evidence": "Evidence",
        "lane": "Lane",
        "stage": "Stage",
        "step": "Step",
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
        "number": "Touchpoint no.",
        "personas": "Personas",
        "curve": "Emotion curves",
        "name": "Name",
        "segment": "Segment",
        "description": "Description",
        "quote": "Quote",
        "goals": "Goals",
        "needs": "Needs",
        "pains": "Pains",
        "label": "Label",
        "moment": "Moment of truth",
        "page": "Page &P of &N",
    },
    "zh": {
        "map": "旅程图",
        "touchpoints": "接触点",
        "evidence": "证据",
        "lane": "泳道",
        "stage": "阶段",
        "step": "步骤",
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
        "number": "接触点编号",
        "personas": "客户画像",
        "curve": "情绪曲线",
        "name": "姓名",
        "segment": "类型",
        "description": "描述",
        "quote": "原话",
        "goals": "目标",
        "needs": "需求",
        "pains": "痛点",
        "label": "标签",
        "moment": "关键时刻",
        "page": "第 &P 页，共 &N 页",
    },
}

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="ECEFF1")
_WRAP = Alignment(wrap_text=True, vertical="top")
LINE_POINTS = 15.0  # one line of the default 11 pt Calibri
_LINE_COLOUR = style.BLUEPRINT_LINE.lstrip("#")
_LINE_BORDER = Border(bottom=Side(style="mediumDashed", color=_LINE_COLOUR))
_LINE_FONT = Font(italic=True, color=_LINE_COLOUR)
#: Starts the text of a moment of truth (a card, or a step's column), as the
#: diamond marks it on screen and poster.
MOMENT = "\u25c6 "


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
    step(progress, 0.8)
    _persona_sheet(book.create_sheet(t["personas"]), journey, t)
    # Every curve's points (issue 15), the handout's curve sheet.
    curves_sheet(book.create_sheet(t["curve"]), journey)
    for sheet in book.worksheets:
        _fit_rows(sheet)
        _print_setup(sheet, journey.title, t)
    step(progress, 0.9)
    book.properties.title = ILLEGAL_CHARACTERS_RE.sub("", journey.title)
    book.properties.creator = options.author or "Journey Canvas"
    # Zipped into memory, then written in one go: openpyxl saving straight to a
    # file on a full disk leaves its zip to fail again, noisily, when collected.
    data = io.BytesIO()
    _save_quietly(book, data)
    with open(target, "wb") as handle:
        handle.write(data.getbuffer())
    step(progress, 1.0)


def _save_quietly(book: Workbook, data: io.BytesIO) -> None:
    """Save, and when it fails let only the first error out.

    openpyxl streams each sheet through a temporary file; when that write fails
    (a full disk), the half-run generators fail again as they are collected and
    Python prints "Exception ignored … Traceback" after our one sentence. Those
    echoes of the same failure are collected here with the hook silenced.
    """
    failure: OSError | None = None
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        try:
            book.save(data)
        except OSError as exc:
            failure = OSError(exc.errno, exc.strerror, exc.filename)
        gc.collect()
    finally:
        sys.unraisablehook = hook
    if failure is not None:
        raise failure


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


def _print_setup(sheet: Worksheet, title: str, t: dict[str, str]) -> None:
    """Landscape, one page wide, header row and first column on every page, titled."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_title_cols = "A:A"
    sheet.print_options.gridLines = True
    # "&" starts a code in page headers; a title's own ampersands are doubled.
    sheet.oddHeader.center.text = ILLEGAL_CHARACTERS_RE.sub("", title).replace("&", "&&")
    sheet.oddFooter.center.text = t["page"]


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide.

    Spreadsheet widths count narrow characters; a CJK character takes two.
    """
    lines = 0
    for paragraph in text.split("\n"):
        units = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in paragraph)
        lines += max(1, math.ceil(units / max(1.0, width - 1)))
    return lines


def _fit_rows(sheet: Worksheet) -> None:
    """Each row as tall as its most wrapped cell (15 points a line at the default 11 pt)."""
    widths = {letter: (dim.width or 8.43) for letter, dim in sheet.column_dimensions.items()}
    for row in sheet.iter_rows(min_row=1):
        lines = 1
        for cell in row:
            if isinstance(cell.value, str) and cell.value:
                lines = max(lines, text_lines(cell.value, widths.get(cell.column_letter, 8.43)))
                cell.alignment = _WRAP
        if lines > 1:
            sheet.row_dimensions[row[0].row].height = LINE_POINTS * lines + 2


def _persona_sheet(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    keys = ("name", "segment", "description", "quote", "goals", "needs", "pains")
    _header(sheet, [t[k] for k in keys], [18, 14, 40, 36, 36, 36, 36])
    for row, persona in enumerate(journey.personas, start=2):
        values = (
            persona.name,
            persona.segment.value,
            persona.description,
            persona.quote,
            "\n".join(persona.goals),
            "\n".join(persona.needs),
            "\n".join(persona.pains),
        )
        for col, value in enumerate(values, start=1):
            put(sheet, row, col, value)


def _step_of(journey: Journey, card) -> str | None:
    """The step a card is drawn in (a card without one sits in its stage's first)."""
    stage = journey.stage(card.stage_id)
    return stage.steps[stage.step_index(card.step_id)].id if stage.steps else None


def _lane_rows(sheet: Worksheet, journey: Journey, width: int) -> Iterator[tuple[int, Lane]]:
    """The map's row of each lane; a service blueprint's lines (of interaction,
    visibility, internal interaction) get a row of their own above the lane they sit
    on, with the line's name and a dashed rule across the map, as on the poster."""
    lines = blueprint_line_lanes(journey)
    names = content_labels(journey.language)
    row = 2
    for lane in journey.lanes:
        if lane.id in lines:
            put(sheet, row, 1, names[lines[lane.id]])
            sheet.cell(row=row, column=1).font = _LINE_FONT
            for col in range(1, width + 1):
                sheet.cell(row=row, column=col).border = _LINE_BORDER
            row += 1
        yield row, lane
        row += 1


def _map_sheet(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    """The map as a grid: a column per step (a stage without steps keeps one), a row
    per lane; a card spanning several columns fills one merged cell over all of them,
    and a moment of truth (card or step) starts with :data:`MOMENT`."""
    sheet.title = t["map"]
    stepped = any(s.steps for s in journey.stages)
    columns = spans.columns(journey)
    moments = {st.id for s in journey.stages for st in s.steps if st.moment_of_truth}
    names = {s.id: s.name for s in journey.stages}
    step_names = {st.id: st.name for s in journey.stages for st in s.steps}
    heads = []
    for stage_id, step_id, _name in columns:
        head = names[stage_id]
        if step_id is not None:
            head = f"{head} · {step_names[step_id]}"
        heads.append((MOMENT if step_id in moments else "") + head)
    width = 30 if stepped else 36
    _header(sheet, [t["lane"], *heads], [18] + [width] * len(columns))
    by_lane: dict[str, list[Card]] = {}
    for card in journey.cards:
        by_lane.setdefault(card.lane_id, []).append(card)
    for row, lane in _lane_rows(sheet, journey, len(columns) + 1):
        put(sheet, row, 1, lane.name)
        sheet.cell(row=row, column=1).font = _HEADER_FONT
        for first, last, texts in lane_cells(journey, by_lane.get(lane.id, [])):
            put(sheet, row, first + 2, "\n\n".join(texts))
            sheet.cell(row=row, column=first + 2).alignment = _WRAP
            if last > first:
                sheet.merge_cells(
                    start_row=row, start_column=first + 2, end_row=row, end_column=last + 2
                )


def card_text(card: Card) -> str:
    text = card.title + (f"\n{card.body}" if card.body else "")
    return (MOMENT if card.moment_of_truth else "") + text


def lane_cells(journey: Journey, cards: list[Card]) -> list[tuple[int, int, list[str]]]:
    """The cells of one lane's row: (first column, last column, the texts in it).

    A card covers the columns it spans (clamped at the map's last, as the layout
    does). A spreadsheet's merged cells cannot overlap, so cards whose columns
    overlap share one merged cell over all of them, in column order, the way
    several cards of one cell share it.
    """
    columns = spans.columns(journey)
    count = len(columns)
    index = {(stage_id, step_id): i for i, (stage_id, step_id, _n) in enumerate(columns)}
    ranges = []
    for order, card in enumerate(cards):
        first = index[(card.stage_id, _step_of(journey, card))]
        last = min(count, first + card.span) - 1
        ranges.append((first, order, last, card))
    ranges.sort(key=lambda r: (r[0], r[1]))
    cells: list[tuple[int, int, list[str]]] = []
    for first, _order, last, card in ranges:
        if cells and first <= cells[-1][1]:
            start, end, texts = cells[-1]
            cells[-1] = (start, max(end, last), [*texts, card_text(card)])
        else:
            cells.append((first, last, [card_text(card)]))
    return cells


def _touchpoint_sheet(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    keys = ("stage", "touchpoint", "channel", "owner", "responses", "mean", "moment")
    _header(sheet, [t[k] for k in keys], [18, 30, 18, 18, 12, 14, 16])
    row = 2
    for stage in journey.stages:
        for card in journey.touchpoint_cards(stage.id):
            moment = MOMENT.strip() if card.moment_of_truth else ""
            values = (
                stage.name,
                card.title,
                card.channel,
                card.owner,
                card.responses,
                card.score,
                moment,
            )
            for col, value in enumerate(values, start=1):
                put(sheet, row, col, value)
            sheet.cell(row=row, column=6).number_format = "+0.00;-0.00;0.00"
            row += 1


def _evidence_sheet(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    if any(s.steps for s in journey.stages):
        _evidence_sheet_with_steps(sheet, journey, t)
        return
    keys = ("stage", "touchpoint", "channel", "respondent", "score", "comment")
    names = [t[k] for k in (*keys, "file", "sheet", "row", "number")]
    _header(sheet, names, [18, 30, 18, 14, 12, 60, 24, 14, 8, 12])
    stage_names = {s.id: s.name for s in journey.stages}
    row = 2
    number = 0
    for stage in journey.stages:
        for card in journey.touchpoint_cards(stage.id):
            # The number keeps two touchpoints of one title apart on the way back in;
            # a touchpoint with no evidence still gets a row, so it comes back too.
            number += 1
            if not card.evidence:
                for col, value in enumerate((stage.name, card.title, card.channel), start=1):
                    put(sheet, row, col, value)
                put(sheet, row, 10, number)
                row += 1
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
                for col, value in enumerate((*values, number), start=1):
                    put(sheet, row, col, value)
                sheet.cell(row=row, column=6).alignment = _WRAP
                row += 1


def _evidence_sheet_with_steps(sheet: Worksheet, journey: Journey, t: dict[str, str]) -> None:
    """The evidence sheet with a step column after the stage, which the importer reads
    back as the step role, so a journey with steps imports back into its steps."""
    keys = ("stage", "step", "touchpoint", "channel", "respondent", "score", "comment")
    names = [t[k] for k in (*keys, "file", "sheet", "row")]
    _header(sheet, names, [18, 18, 30, 18, 14, 12, 60, 24, 14, 8])
    step_names = {step.id: step.name for s in journey.stages for step in s.steps}
    row = 2
    for stage in journey.stages:
        for card in journey.touchpoint_cards(stage.id):
            step_id = _step_of(journey, card)
            for ev in card.evidence:
                score = None if ev.score is None else to_five(ev.score)
                values = (
                    stage.name,
                    step_names.get(step_id, "") if step_id else "",
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
                sheet.cell(row=row, column=7).alignment = _WRAP
                row += 1
