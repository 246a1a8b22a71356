"""Where each answer came from, and whether the journey already holds it.

For every collected answer this finds the cell as the respondent gave it and the
scale it was read on, the respondent's segment, and a key that recognises the same
answer in a later, cumulative export of the survey: the respondent and the
touchpoint when the sheet names respondents, else the row's whole content and the
touchpoint. Keys are counted as a multiset, so a row that appeared k times before
and m times now adds m − k answers. Kept apart from the layouts, which only say
what a sheet holds.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress, starmap
from pathlib import Path
from typing import overload

from journeycanvas.canvas.model import ImportRecord
from journeycanvas.io.importers.answers import (
    RESPONDENT,
    ROW,
    SCORE,
    STAGE,
    TOUCHPOINT,
    Collected,
    text_of,
)
from journeycanvas.io.importers.header_detection import Column, Header, normalise
from journeycanvas.io.importers.mapping import LONG, Mapping, data_rows, sample_rows
from journeycanvas.io.importers.reading import Table

KEY_BYTES = 8
#: Headers that name a customer type or segment column (compared normalised).
SEGMENT_HEADERS: tuple[str, ...] = (
    "客户类型", "客户角色", "用户类型", "用户角色", "客户分群", "用户分群", "客户群体",
    "用户群体", "客户细分", "用户画像", "人群", "细分", "角色",
    "customer type", "customer segment", "customer role", "user type", "user role",
    "segment", "persona", "customer group", "user group",
)  # fmt: skip
#: Headers of the column that says when a respondent answered, the surest first: the
#: time an answer was completed or recorded, then when it was started, then any date.
#: Compared normalised (see header_detection.normalise).
DATE_HEADERS: tuple[str, ...] = (
    "recordeddate", "recorded date", "enddate", "end date", "completion time",
    "submit date (utc)", "submitted at", "abschlusszeit", "提交答卷时间", "提交时间",
    "结束答题时间", "完成时间", "答题时间", "填写时间", "timestamp", "zeitstempel",
    "startdate", "start date", "start time", "start date (utc)", "startzeit", "开始答题时间",
    "开始时间", "interview date", "访谈日期", "调研日期", "日期", "date",
)  # fmt: skip
#: Excel serial days (Microsoft Forms writes times so): 1954 .. 2119, in a date column only.
_SERIAL_DAYS = (20000.0, 80000.0)
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_NAME_DATE = re.compile(r"(20\d\d)[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?")
_TEXT_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass(slots=True)  # 100,000 of them at once: no dict each
class Origin:
    """What an answer keeps besides its score: the original answer and its scale,
    the segment, and the digest that recognises it again."""

    answer: str
    scale: str
    segment: str
    key: bytes
    date: str = ""  # when the respondent answered, YYYY-MM-DD ("" when the sheet does not say)


class Origins(Sequence[Origin]):
    """The origins of an import's answers, one per answer in order, held as a column
    per field: what the evidence is built from (a column each) and the record's keys.
    100,000 :class:`Origin` objects took longer to make than the rest of their
    reckoning; one is made only when asked for (``origins[k]``, iteration)."""

    __slots__ = ("answers", "dates", "keys", "scales", "segments")

    def __init__(
        self,
        answers: list[str],
        scales: list[str],
        segments: list[str],
        keys: list[bytes],
        dates: list[str],
    ) -> None:
        if not len(answers) == len(scales) == len(segments) == len(keys) == len(dates):
            raise ValueError("the columns of the origins differ in length")
        self.answers = answers
        self.scales = scales
        self.segments = segments
        self.keys = keys
        self.dates = dates

    @classmethod
    def of(cls, origins: Iterable[Origin]) -> Origins:
        """The columns of these origins (an :class:`Origins` given is returned as it is)."""
        if isinstance(origins, Origins):
            return origins
        items = list(origins)
        return cls(
            [o.answer for o in items],
            [o.scale for o in items],
            [o.segment for o in items],
            [o.key for o in items],
            [o.date for o in items],
        )

    def select(self, keep: Sequence[bool]) -> Origins:
        """The origins whose ``keep`` is true, in order (a sift's new answers)."""
        return Origins(
            *(list(compress(c, keep)) for c in self._columns()),
        )

    def _columns(self) -> tuple[list[str], list[str], list[str], list[bytes], list[str]]:
        return (self.answers, self.scales, self.segments, self.keys, self.dates)

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, index: int) -> Origin: ...

    @overload
    def __getitem__(self, index: slice) -> Origins: ...

    def __getitem__(self, index: int | slice) -> Origin | Origins:
        if isinstance(index, slice):
            return Origins(*(c[index] for c in self._columns()))
        a, s, g, k, d = (c[index] for c in self._columns())
        return Origin(a, s, g, k, d)

    def __iter__(self) -> Iterator[Origin]:
        return starmap(Origin, zip(*self._columns(), strict=True))


def segment_column(header: Header, asked: Column | None = None) -> Column | None:
    """The column ``--segment`` names, else one whose header names a customer type."""
    if asked is not None:
        return asked
    wanted = {normalise(h) for h in SEGMENT_HEADERS}
    return next((c for c in header.columns if any(normalise(n) in wanted for n in c.names)), None)


def date_column(mapping: Mapping) -> Column | None:
    """The column that dates each respondent's answers: a survey tool's completion or
    start time, or a date column of a coding sheet, by its header (the surest kind
    first), its answers mostly dates; else the first column of dates."""
    rows = sample_rows(mapping.table, mapping.header, 200)

    def dated(col: Column, serials: bool) -> bool:
        k = col.index
        seen = sum(1 for r in rows if k < len(r) and _date(r[k], serials) is not None)
        return bool(seen) and seen * 2 >= len(rows)

    rank = {normalise(h): i for i, h in enumerate(DATE_HEADERS)}
    named = sorted(
        (min(rank[n] for n in map(normalise, c.names) if n in rank), c.index, c)
        for c in mapping.header.columns
        if any(normalise(n) in rank for n in c.names)
    )
    for _rank, _index, col in named:
        if dated(col, serials=True):
            return col
    return next((c for c in mapping.header.columns if dated(c, serials=False)), None)


def origins(
    mapping: Mapping,
    collected: Collected,
    targets: dict[int, tuple[str, str]],
    segment: Column | None,
) -> Origins:
    """One :class:`Origin` per collected answer, in the same order."""
    if mapping.layout == LONG and mapping.column_of("score") is not None:
        return _long_origins(mapping, collected, segment)
    return Origins.of(_origins_by_answer(mapping, collected, targets, segment))


def _origins_by_answer(
    mapping: Mapping,
    collected: Collected,
    targets: dict[int, tuple[str, str]],
    segment: Column | None,
) -> list[Origin]:
    """:func:`origins` for any layout, looking each answer's cells up in its row."""
    table = mapping.table
    rows = data_rows(table, mapping.header)
    when = date_column(mapping)
    dates: dict[int, str] = {}  # spreadsheet row -> its date
    first = table.first_row + mapping.header.data_start
    letter = {c.index: c.letter for c in mapping.header.columns}
    if mapping.layout == LONG:
        score_col = mapping.column_of("score")
        fixed = score_col.index if score_col is not None else None
        columns_of: dict[tuple[str, str], list[int]] = {}
    else:
        fixed = None
        columns_of = {}
        for index in sorted(targets):
            columns_of.setdefault(targets[index], []).append(index)
    used: Counter[tuple[int, str, str]] = Counter()
    content: dict[int, str] = {}
    scale_of = {k: "" if v is None else str(v) for k, v in collected.scales.items()}
    text = _TextCache()
    day_of: dict[tuple[type, object], str] = {}  # a cell -> its date, each distinct one once
    out: list[Origin] = []
    blake2b = hashlib.blake2b
    for a in collected.answers:
        row = rows[a[ROW] - first]
        where = (a[STAGE], a[TOUCHPOINT])
        index = fixed
        if index is None:
            candidates = columns_of.get(where, [])
            k = used[(a[ROW], *where)]
            used[(a[ROW], *where)] += 1
            index = candidates[min(k, len(candidates) - 1)] if candidates else None
        answer = scale = ""
        if a[SCORE] is not None and index is not None and index < len(row):
            answer = text(row[index])
            scale = scale_of.get(letter.get(index, ""), "")
        group = ""
        if segment is not None and segment.index < len(row):
            group = text(row[segment.index])
        if a[RESPONDENT]:
            key = f"R\x1f{a[RESPONDENT]}\x1f{where[0]}\x1f{where[1]}"
        else:
            whole = content.get(a[ROW])
            if whole is None:
                whole = content[a[ROW]] = _row_content(row)
            key = f"C\x1f{whole}\x1f{where[0]}\x1f{where[1]}"
        digest = blake2b(key.encode("utf-8", "surrogatepass"), digest_size=KEY_BYTES)
        date = ""
        if when is not None and when.index < len(row):
            date = dates.get(a[ROW], "")
            if a[ROW] not in dates:
                cell = row[when.index]
                seen = (type(cell), cell)
                date = day_of.get(seen)
                if date is None:
                    day = _date(cell, serials=True)
                    date = day_of[seen] = day.isoformat() if day else ""
                dates[a[ROW]] = date
        out.append(Origin(answer, scale, group, digest.digest(), date))
    return out


def _long_origins(mapping: Mapping, collected: Collected, segment: Column | None) -> Origins:
    """:func:`origins` for the long layout, where every answer's original is in the one
    score column: each column's cells are turned into text (and dates) once per
    distinct cell, and the answers' origins are picked from them a column at a time
    (no loop in Python over the answers, no object per answer); only the keys of
    answers without a respondent are made one by one, from their row's content."""
    table = mapping.table
    start = mapping.header.data_start
    count = max(len(table) - start, 0)  # the data rows
    first = table.first_row + start
    score_col = mapping.column_of("score")
    assert score_col is not None
    fields = collected.columns()
    text = _TextCache()
    scale = {k: "" if v is None else str(v) for k, v in collected.scales.items()}.get(
        score_col.letter, ""
    )
    numbers = fields[ROW]
    every_row = numbers == list(range(first, first + count))  # a survey export's
    at = range(count) if every_row else list(map(first.__rsub__, numbers))  # row - first

    def picked(cells: list) -> list:
        """Each answer's cell of a column of every row."""
        return cells if every_row else list(map(cells.__getitem__, at))

    said = picked(_cells(table, start, score_col.index, text))
    scores = fields[SCORE]
    if None in scores or None in said:  # a quote without a score, a row too short
        kept = [s is not None and a is not None for s, a in zip(scores, said, strict=True)]
        said = [a if k else "" for k, a in zip(kept, said, strict=True)]
        scales = [scale if k else "" for k in kept]
    else:
        scales = [scale] * len(said)
    n = len(at)
    groups = [""] * n if segment is None else picked(_cells(table, start, segment.index, text, ""))
    when = date_column(mapping)
    dates = [""] * n if when is None else picked(_cells(table, start, when.index, _DateCache(), ""))
    stages, points, people = fields[STAGE], fields[TOUCHPOINT], fields[RESPONDENT]
    if all(people):
        keys = [f"R\x1f{w}\x1f{s}\x1f{p}" for w, s, p in zip(people, stages, points, strict=True)]
    else:
        content: dict[int, str] = {}
        keys = []
        for who, stage, point, i in zip(people, stages, points, at, strict=True):
            if who:
                keys.append(f"R\x1f{who}\x1f{stage}\x1f{point}")
                continue
            whole = content.get(i)
            if whole is None:
                whole = content[i] = _row_content(table.row(start + i))
            keys.append(f"C\x1f{whole}\x1f{stage}\x1f{point}")
    return Origins(said, scales, groups, digests(keys), dates)


def digests(keys: list[str]) -> list[bytes]:
    """Each key's digest, as :class:`Origin` keeps it."""
    blake2b = hashlib.blake2b
    try:  # the plain encoding is the quicker call, and the same bytes for valid text
        return [blake2b(k.encode(), digest_size=KEY_BYTES).digest() for k in keys]
    except UnicodeEncodeError:  # a lone surrogate (odd bytes in a csv): kept as it is
        return [
            blake2b(k.encode("utf-8", "surrogatepass"), digest_size=KEY_BYTES).digest()
            for k in keys
        ]


def _cells(table: Table, start: int, k: int, convert: dict, short: str | None = None) -> list:
    """Column ``k`` of every row from ``start`` on through ``convert`` (a _TextCache or
    _DateCache), each distinct cell converted once; ``short`` for a row too short to
    have it (a csv row can be)."""
    coded = table.coded(k)
    if coded is not None:  # it crossed as its distinct values and a code per cell
        each = list(map(convert, coded.values))
        return list(map(each.__getitem__, coded.codes[start:]))
    cells = table.column(k, start)
    if cells is None:
        return [convert(r[k]) if k < len(r) else short for r in table.iter_rows(start)]
    if len(set(map(type, cells))) == 1:  # one type (calamine's floats, say): keyed by value
        try:
            converted = {cell: convert(cell) for cell in dict.fromkeys(cells)}
        except TypeError:  # an unhashable cell: never from our readers
            return list(map(convert, cells))
        return list(map(converted.__getitem__, cells))
    keys = list(zip(map(type, cells), cells, strict=True))
    try:
        by_key = {key: convert(key[1]) for key in dict.fromkeys(keys)}
    except TypeError:  # an unhashable cell: never from our readers
        return list(map(convert, cells))
    return list(map(by_key.__getitem__, keys))


class _DateCache(dict):
    """A date cell as YYYY-MM-DD ("" when it is none), each distinct cell read once."""

    def __call__(self, value: object) -> str:
        key = (type(value), value)
        found = self.get(key)
        if found is None:
            day = _date(value, serials=True)
            found = self[key] = day.isoformat() if day else ""
        return found


class _TextCache(dict):
    """:func:`text_of`, each distinct cell converted once: a survey repeats its
    answers, segments and dates on every row (100,000 rows, a few hundred values).
    Keyed by type as well as value, since ``True == 1 == 1.0`` but their texts differ."""

    def __call__(self, value: object) -> str:
        key = (type(value), value)
        try:
            return self[key]
        except KeyError:
            found = self[key] = text_of(value)
            return found
        except TypeError:  # an unhashable cell: never from our readers
            return text_of(value)


def _row_content(row: list) -> str:
    cells = [text_of(v) for v in row]
    while cells and not cells[-1]:
        cells.pop()
    return "\x1f".join(cells)


def pack(keys: Iterable[bytes]) -> str:
    """Keys as one compact text for the import record (sorted: order says nothing)."""
    return base64.b64encode(b"".join(sorted(keys))).decode("ascii")


def unpack(text: str) -> list[bytes]:
    raw = base64.b64decode(text) if text else b""
    return [raw[i : i + KEY_BYTES] for i in range(0, len(raw), KEY_BYTES)]


def already_held(records: Iterable[ImportRecord]) -> Counter[bytes]:
    """How often each answer key was added by the journey's earlier imports."""
    held: Counter[bytes] = Counter()
    for record in records:
        held.update(unpack(record.keys))
    return held


def new_answers(keys: list[bytes], held: Counter[bytes]) -> list[bool]:
    """For each key in order: True when it is new (beyond what the journey holds)."""
    fresh = [True] * len(keys)
    if not held:  # into a new journey, or one without imports: nothing to compare
        return fresh
    left = dict(held)
    for i, key in enumerate(keys):
        count = left.get(key)
        if count:
            left[key] = count - 1
            fresh[i] = False
    return fresh


def columns_signature(mapping: Mapping) -> str:
    """What identifies a sheet's layout across exports: a digest of its header texts."""
    return hashlib.blake2b(mapping.layout_key().encode("utf-8"), digest_size=8).hexdigest()


def wave_of(path: Path, mapping: Mapping, asked: str | None) -> tuple[str, str]:
    """(wave name, date): ``--wave`` or the file's name; the latest date in its data,
    else a date in its name."""
    stem = path.stem
    named = _NAME_DATE.search(stem)
    latest = _latest_date(mapping)
    if latest is not None:
        date = latest.isoformat()
    elif named is not None:
        date = f"{named.group(1)}-{named.group(2)}-{named.group(3) or '01'}"
    else:
        date = ""
    if asked:
        return asked, date
    if named is None and latest is not None:
        return f"{stem} {latest.isoformat()[:7]}", date
    return stem, date


def _latest_date(mapping: Mapping) -> dt.date | None:
    """The latest date in the column that dates the answers (the evidence's dates)."""
    col = date_column(mapping)
    if col is None:
        return None
    k = col.index
    table, start = mapping.table, mapping.header.data_start
    # Survey dates repeat (a wave spans days, not 100,000 moments): read each once.
    cells = table.column(k, start)
    distinct = (
        set(cells) if cells is not None else {r[k] for r in table.iter_rows(start) if k < len(r)}
    )
    found = [d for d in (_date(v, serials=True) for v in distinct) if d is not None]
    return max(found, default=None)


def _date(value: object, serials: bool = False) -> dt.date | None:
    """A cell as a date: a date or datetime, text starting "2025-09-01", "2025/9/1",
    "2025年9月1日"; with ``serials`` (a column headed as a date) an Excel serial number."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if serials and isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIAL_DAYS[0] <= value <= _SERIAL_DAYS[1]:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return None
    if isinstance(value, str):
        m = _TEXT_DATE.match(value.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None
