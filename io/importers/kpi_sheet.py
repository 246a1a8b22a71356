"""A sheet of KPI measurements (KPI name, date or period, value; maybe target, unit, stage).

Such a sheet is told from a survey by its headers, the way survey columns are: a
column that names the KPI ("KPI", "指标", "Metric"), one with the date or period
and one with the value. It is detected before the survey layouts, because a survey
never heads a column "KPI" and a KPI sheet has no score per touchpoint.

Each row adds one measurement to the KPI whose metric card has that title (in that
stage when the sheet has a stage column); a measurement already held for the same
date is replaced, so importing the same sheet twice changes nothing. A period is
read as the day it ends ("2024-03" is 2024-03-31, "2024Q1" is 2024-03-31), since a
monthly figure is known once the month is over. A target or unit given on a row
replaces the KPI's.

Every check runs before anything is changed: a malformed sheet raises one
SheetImportError sentence and the journey is left as it was. Nothing here imports Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from journeycanvas.canvas.model import Card, Journey, Kpi, LaneKind, Measurement
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.header_detection import column_letter, normalise
from journeycanvas.io.importers.reading import Table, Workbook

#: role -> header texts (normalised when compared); data, not code.
# fmt: off
KPI_HEADERS: dict[str, tuple[str, ...]] = {
    "kpi": (
        "kpi", "kpi name", "kpis", "指标", "指标名称", "关键指标", "kpi指标", "kpi名称",
        "metric", "metric name", "measure", "indicator",
    ),
    "date": (
        "date", "period", "month", "week", "quarter", "measured on", "as of",
        "日期", "时间", "期间", "周期", "月份", "月", "季度", "统计日期", "统计周期",
    ),
    "value": ("value", "actual", "result", "measurement", "数值", "值", "实际值", "结果", "测量值"),
    "target": ("target", "goal", "目标", "目标值"),
    "unit": ("unit", "units", "单位"),
    "stage": ("stage", "journey stage", "phase", "阶段", "旅程阶段"),
}
# fmt: on
_REQUIRED = ("kpi", "date", "value")
_TABLE = {normalise(h): role for role, hs in KPI_HEADERS.items() for h in hs}
#: How far down a header row may sit (a title row or two above it is common).
_HEADER_ROWS = 10

_DAY = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")
_QUARTER = re.compile(r"^(\d{4})\s*[-/ ]?\s*[qQ]([1-4])$|^(\d{4})年?第?([1-4一二三四])季度?$")
_QUARTER_WORDS = {"一": 1, "二": 2, "三": 3, "四": 4}
_NUMBER = re.compile(r"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")


@dataclass(frozen=True)
class KpiColumns:
    """Where the header row is (index into the table's rows) and each role's column."""

    header_row: int
    columns: dict[str, int]  # role -> index into the row

    def label(self, table: Table, role: str) -> str:
        return str(table.rows[self.header_row][self.columns[role]]).strip()


@dataclass
class KpiImport:
    """What applying a KPI sheet did, for the one-line report."""

    journey: Journey
    measurements: int = 0
    replaced: int = 0
    kpis: list[str] = field(default_factory=list)
    sheet: str = ""


def _role(cell: object) -> str | None:
    if cell is None:
        return None
    norm = normalise(cell)
    return _TABLE.get(norm) or _TABLE.get(norm.replace(" ", ""))


def find_columns(table: Table) -> KpiColumns | None:
    """The header row naming a KPI, a date and a value column, or None (not a KPI sheet)."""
    for i, row in enumerate(table.head(_HEADER_ROWS)):
        found: dict[str, int] = {}
        for j, cell in enumerate(row):
            role = _role(cell)
            if role is not None and role not in found:
                found[role] = j
        if all(r in found for r in _REQUIRED):
            return KpiColumns(i, found)
    return None


def find_table(book: Workbook, sheet: str | None = None) -> tuple[Table, KpiColumns] | None:
    """The KPI sheet of a workbook (the one asked for, else the first that is one)."""
    names = [sheet] if sheet is not None else list(book.sheet_names)
    for name in names:
        try:
            table = book.table(name)
        except SheetImportError:
            if sheet is not None:
                raise
            continue
        columns = find_columns(table)
        if columns is not None:
            return table, columns
    return None


def parse_date(value: object) -> str | None:
    """YYYY-MM-DD from a date cell or a date, month or quarter written as text."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        m = _DAY.match(text)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        m = _MONTH.match(text)
        if m:
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    except ValueError:
        return None
    m = _QUARTER.match(text)
    if m:
        year = int(m[1] or m[3])
        q = m[2] or m[4]
        quarter = int(q) if q.isdigit() else _QUARTER_WORDS[q]
        month = quarter * 3
        return dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
    return None


def parse_number(value: object) -> float | None:
    """A number from a numeric cell or text such as "4.1%", "1,200" or "3.5 s"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if not isinstance(value, str):
        return None
    text = value.strip().replace(",", "").replace("，", "")
    text = re.sub(r"\s*([%％‰]|[A-Za-z¥$€元秒分钟天]+)$", "", text)
    return float(text) if _NUMBER.match(text) else None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell(row: list, index: int | None) -> object:
    return row[index] if index is not None and index < len(row) else None


def _kpi_cards(journey: Journey) -> list[Card]:
    lanes = {lane.id for lane in journey.lanes_of(LaneKind.METRICS)}
    return [c for c in journey.cards if c.lane_id in lanes]


def _key(text: str) -> str:
    return normalise(text)


def apply_sheet(path: Path, journey: Journey, table: Table, columns: KpiColumns) -> KpiImport:
    """The journey with the sheet's measurements added; SheetImportError if any row is wrong."""
    where = f"the KPI sheet {table.sheet!r}"
    cards = _kpi_cards(journey)
    if not cards:
        raise SheetImportError(
            path, f"{where} names KPIs, but this journey has no metric card to hold them"
        )
    stages = {s.id: s.name for s in journey.stages}
    by_title: dict[str, list[Card]] = {}
    for card in cards:
        by_title.setdefault(_key(card.title), []).append(card)
    col = columns.columns
    added: dict[str, dict[str, float]] = {}
    targets: dict[str, float] = {}
    units: dict[str, str] = {}
    order: list[str] = []
    rows = table.rows[columns.header_row + 1 :]
    for offset, row in enumerate(rows):
        number = table.row_number(columns.header_row + 1 + offset)
        name, when, value = (_cell(row, col[r]) for r in _REQUIRED)
        if all(_blank(_cell(row, i)) for i in col.values()):
            continue
        at = f"{where}, row {number}"
        if _blank(name):
            raise SheetImportError(path, f"{at} has no KPI name")
        card = _card_for(path, at, str(name).strip(), row, col, by_title, stages)
        date = parse_date(when)
        if date is None:
            raise SheetImportError(
                path,
                f"{at}: {str(when or '').strip() or 'an empty cell'!r} in the column "
                f"{columns.label(table, 'date')} is not a date "
                "(write 2024-03-31, 2024-03 or 2024Q1)",
            )
        number_value = parse_number(value)
        if number_value is None:
            raise SheetImportError(
                path,
                f"{at}: {str(value or '').strip() or 'an empty cell'!r} in the column "
                f"{columns.label(table, 'value')} is not a number",
            )
        if card.id not in added:
            added[card.id] = {}
            order.append(card.id)
        added[card.id][date] = number_value
        target = _cell(row, col.get("target"))
        if not _blank(target):
            found = parse_number(target)
            if found is None:
                raise SheetImportError(
                    path,
                    f"{at}: the target {str(target).strip()!r} in the column "
                    f"{columns.label(table, 'target')} (column "
                    f"{column_letter(table.first_col + col['target'])}) is not a number",
                )
            targets[card.id] = found
        unit = _cell(row, col.get("unit"))
        if not _blank(unit):
            units[card.id] = str(unit).strip()
    if not order:
        raise SheetImportError(path, f"{where} has a header but no measurements below it")
    result = KpiImport(journey, sheet=table.sheet)
    new_cards = {c.id: c for c in journey.cards}
    for card_id in order:
        card = new_cards[card_id]
        kpi = card.kpi or Kpi()
        held = {m.date: m.value for m in kpi.measurements}
        result.replaced += sum(1 for d in added[card_id] if d in held)
        result.measurements += len(added[card_id])
        held.update(added[card_id])
        update: dict[str, object] = {
            "measurements": [Measurement(date=d, value=v) for d, v in sorted(held.items())]
        }
        if card_id in targets:
            update["target"] = targets[card_id]
        if card_id in units:
            update["unit"] = units[card_id]
        new_cards[card_id] = card.model_copy(update={"kpi": kpi.model_copy(update=update)})
        result.kpis.append(card.title)
    result.journey = journey.model_copy(update={"cards": [new_cards[c.id] for c in journey.cards]})
    return result


def _card_for(
    path: Path,
    at: str,
    name: str,
    row: list,
    col: dict[str, int],
    by_title: dict[str, list[Card]],
    stages: dict[str, str],
) -> Card:
    found = by_title.get(_key(name), [])
    stage = _cell(row, col.get("stage"))
    if found and not _blank(stage):
        found = [c for c in found if _key(stages.get(c.stage_id, "")) == _key(str(stage))]
        if not found:
            raise SheetImportError(
                path, f"{at}: no metric card {name!r} is in the stage {str(stage).strip()!r}"
            )
    if not found:
        known = sorted({c.title for cards in by_title.values() for c in cards if c.title})
        shown = ", ".join(repr(k) for k in known[:8]) + (", …" if len(known) > 8 else "")
        raise SheetImportError(
            path, f"{at} names the KPI {name!r}, which no metric card has (they are {shown})"
        )
    if len(found) > 1:
        raise SheetImportError(
            path,
            f"{at}: {len(found)} metric cards are called {name!r}; add a stage column to say which",
        )
    return found[0]


def report(result: KpiImport, name: str) -> str:
    """ "added 12 measurements to 2 KPIs (转化率, NPS) from kpis.xlsx, sheet 'KPI'." """
    n, k = result.measurements, len(result.kpis)
    text = (
        f"added {n:,} measurement{'s' * (n != 1)} to {k} KPI{'s' * (k != 1)} "
        f"({', '.join(result.kpis)}) from {name}, sheet {result.sheet!r}"
    )
    if result.replaced:
        text += f"; {result.replaced:,} replaced one of the same date"
    return text + "."
