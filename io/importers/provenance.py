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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

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
from journeycanvas.io.importers.mapping import LONG, Mapping, data_rows

KEY_BYTES = 8
#: Headers that name a customer type or segment column (compared normalised).
SEGMENT_HEADERS: tuple[str, ...] = (
    "客户类型", "客户角色", "用户类型", "用户角色", "客户分群", "用户分群", "客户群体",
    "用户群体", "客户细分", "用户画像", "人群", "细分", "角色",
    "customer type", "customer segment", "customer role", "user type", "user role",
    "segment", "persona", "customer group", "user group",
)  # fmt: skip
_NAME_DATE = re.compile(r"(20\d\d)[-_.]?(0[1-9]|1[0-2])(?:[-_.]?(0[1-9]|[12]\d|3[01]))?")
_TEXT_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass
class Origin:
    """What an answer keeps besides its score: the original answer and its scale,
    the segment, and the digest that recognises it again."""

    answer: str
    scale: str
    segment: str
    key: bytes


def segment_column(header: Header, asked: Column | None = None) -> Column | None:
    """The column ``--segment`` names, else one whose header names a customer type."""
    if asked is not None:
        return asked
    wanted = {normalise(h) for h in SEGMENT_HEADERS}
    return next((c for c in header.columns if any(normalise(n) in wanted for n in c.names)), None)


def origins(
    mapping: Mapping,
    collected: Collected,
    targets: dict[int, tuple[str, str]],
    segment: Column | None,
) -> list[Origin]:
    """One :class:`Origin` per collected answer, in the same order."""
    table = mapping.table
    rows = data_rows(table, mapping.header)
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
    out: list[Origin] = []
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
            answer = text_of(row[index])
            scale = scale_of.get(letter.get(index, ""), "")
        group = ""
        if segment is not None and segment.index < len(row):
            group = text_of(row[segment.index])
        if a[RESPONDENT]:
            key = f"R\x1f{a[RESPONDENT]}\x1f{where[0]}\x1f{where[1]}"
        else:
            whole = content.get(a[ROW])
            if whole is None:
                whole = content[a[ROW]] = _row_content(row)
            key = f"C\x1f{whole}\x1f{where[0]}\x1f{where[1]}"
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=KEY_BYTES)
        out.append(Origin(answer, scale, group, digest.digest()))
    return out


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
    left = Counter(held)
    fresh = []
    for key in keys:
        if left[key] > 0:
            left[key] -= 1
            fresh.append(False)
        else:
            fresh.append(True)
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
    """The latest date in the first column whose answers are dates (survey timestamps)."""
    rows = data_rows(mapping.table, mapping.header)
    sample = rows[:200]
    for col in mapping.header.columns:
        k = col.index
        seen = sum(1 for r in sample if k < len(r) and _date(r[k]) is not None)
        if seen and seen * 2 >= len(sample):
            # Survey dates repeat (a wave spans days, not 100,000 moments): read each once.
            distinct = {r[k] for r in rows if k < len(r)}
            return max(d for d in map(_date, distinct) if d is not None)
    return None


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _TEXT_DATE.match(value.strip())
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None
