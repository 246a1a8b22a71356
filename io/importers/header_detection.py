"""Finding the header of a sheet: below title and blank rows, one to three rows deep.

A typed sheet has a title row (often a merged cell: one value), a blank row, then
the header; survey tools write two header rows (SurveyMonkey: the question over
its first column, then the answer option) or three (Qualtrics: ids, question
text, an ImportId row). The header is the row, among the first ones, that is
mostly text, nearly as wide as the table, and names the most known roles.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from journeycanvas.io.importers.reading import Table
from journeycanvas.io.importers.scales import BLANK, LABEL, parse_answer
from journeycanvas.io.importers.synonyms import METADATA_HEADERS, ROLE_SYNONYMS

#: How far down a header is looked for.
SEARCH_ROWS = 30

_HINT = re.compile(r"[(\[【（][^)\]】）]*\d[^)\]】）]*[)\]】）]")
_NUMBERING = re.compile(r"^\s*(?:q?\d+\s*[、.．:：)）]\s*)+")
_IMPORT_ID = '{"importid"'
_SM_PLAIN = {"response", "open-ended response", "回答", "答案"}
#: A survey tool's question id: Q1, Q1_3, QID2_TEXT, 1_Q2_5_TEXT, V7.
_QUESTION_ID = re.compile(r"^(?:\d+_)?(?:QID|Q|V)\d+(?:_\d+)*(?:_TEXT)?$", re.IGNORECASE)
#: How many id-like cells make a row a row of question ids.
_ID_ROW_MIN = 2


def normalise(text: object) -> str:
    """Header text for comparing: folded, lower case, scale hints and punctuation removed."""
    s = unicodedata.normalize("NFKC", str(text)).lower().strip()
    s = _HINT.sub("", s)
    s = _NUMBERING.sub("", s)
    s = re.sub(r"[\s_]+", " ", s).strip(" :：*?？")
    return s


_ROLE_TABLE = {normalise(syn): role for role, syns in ROLE_SYNONYMS.items() for syn in syns}
_METADATA = {normalise(h) for h in METADATA_HEADERS}
#: The synonyms a header may contain, in the table's order: (synonym, role, the longest
#: header that may hold it, a word-bounded pattern for ASCII ones). Made once: the
#: header search asks about every cell of a sheet's first 30 rows (quotes included),
#: each of which went through every synonym with a pattern made for it.
_CONTAINED = tuple(
    (
        syn,
        role,
        len(syn) + (4 if syn.isascii() else 5),
        re.compile(rf"\b{re.escape(syn)}\b") if syn.isascii() else None,
    )
    for syn, role in _ROLE_TABLE.items()
    if len(syn) >= 2
)


def role_of(header: str) -> tuple[str | None, int]:
    """The role a header names and how surely: 2 = it is a synonym, 1 = it contains one.

    Metadata headers (survey tools' dates, IPs, durations) have the role "metadata".
    Short texts are remembered (a sheet's first rows repeat their stages, touchpoints
    and channels); a long one is past every synonym's length at once, and a hostile
    sheet's long cells must not fill the memory.
    """
    return _role_of(header) if len(header) <= _REMEMBERED_LENGTH else _role_of.__wrapped__(header)


#: The longest header text :func:`role_of` remembers.
_REMEMBERED_LENGTH = 120


@lru_cache(maxsize=4096)
def _role_of(header: str) -> tuple[str | None, int]:
    norm = normalise(header)
    if not norm:
        return None, 0
    squeezed = norm.replace(" ", "")
    if norm in _METADATA or squeezed in _METADATA:
        return "metadata", 2
    role = _ROLE_TABLE.get(norm) or _ROLE_TABLE.get(squeezed)
    if role:
        return role, 2
    best: tuple[int, str | None] = (0, None)
    size = len(norm)
    for syn, role, longest, pattern in _CONTAINED:
        if size > longest:
            continue
        found = pattern.search(norm) is not None if pattern is not None else syn in norm
        if found and len(syn) > best[0]:
            best = (len(syn), role)
    return (best[1], 1) if best[1] else (None, 0)


def column_letter(index: int) -> str:
    """0 -> A, 27 -> AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class Column:
    """One column: where it is and what its header says."""

    index: int  # place in the table's rows
    letter: str  # spreadsheet column letter
    header: str  # the combined header text
    #: every text the column has in any header row (Qualtrics ids and ImportIds too), for --map
    names: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.letter} ({self.header})" if self.header else self.letter


@dataclass(frozen=True)
class Header:
    rows: tuple[int, ...]  # indexes in table.rows of the header rows
    data_start: int  # index of the first row after the header
    columns: tuple[Column, ...]


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        float(value)
    except ValueError:
        return True
    return False


def _cells(row: list) -> list:
    return [v for v in row if not _blank(v)]


def find_header(table: Table) -> Header | None:
    """The header of a table, or None when no row looks like one."""
    # Two rows past the search: a header found at its foot may have one or two rows
    # under it (the labels, SurveyMonkey's options), and no further row is read.
    rows = table.head(SEARCH_ROWS + 2)
    top = rows[:SEARCH_ROWS]
    widest = max((len(_cells(r)) for r in top), default=0)
    if widest == 0:
        return None
    qualtrics = _qualtrics_rows(top)
    if qualtrics is not None:
        return _combine(table, qualtrics, text_row=qualtrics[1] if len(qualtrics) == 3 else 0)
    best: tuple[int, int] | None = None  # (known roles, -index)
    for i, row in enumerate(top):
        cells = _cells(row)
        if len(cells) < 2 or len(cells) < widest / 2:
            continue
        if sum(_is_text(v) for v in cells) < 0.7 * len(cells):
            continue
        known = sum(1 for v in cells if role_of(str(v))[0])
        key = (known, -i)
        if best is None or key > best:
            best = key
    if best is None:
        return None
    h = -best[1]
    if _is_id_row(rows, h) and _is_label_row(rows, h + 1, len(_cells(rows[h]))):
        return _combine(table, (h, h + 1), text_row=h + 1)
    if h > 0 and _is_id_row(rows, h - 1) and _is_label_row(rows, h, len(_cells(rows[h - 1]))):
        return _combine(table, (h - 1, h), text_row=h)
    if _is_surveymonkey(rows, h):
        return _combine(table, (h, h + 1), text_row=h, sub_row=h + 1)
    return _combine(table, (h,), text_row=h)


def _is_id_row(rows: list[list], i: int) -> bool:
    """A row of question ids over the labels (legacy Qualtrics: V1 … Q1_3 above the text)."""
    if i >= len(rows):
        return False
    cells = _cells(rows[i])
    ids = sum(1 for v in cells if isinstance(v, str) and _QUESTION_ID.match(v.strip()))
    return ids >= _ID_ROW_MIN and all(_is_text(v) for v in cells)


def _is_label_row(rows: list[list], i: int, width: int) -> bool:
    """A row as wide as the id row above it, all text and not answers: the question labels.

    (A sheet headed Q1, Q2, … whose first respondent answered in words is not one.)
    """
    if i >= len(rows):
        return False
    cells = _cells(rows[i])
    if len(cells) < 0.8 * width or not all(_is_text(v) for v in cells):
        return False
    answers = sum(1 for v in cells if parse_answer(v)[0] in (LABEL, BLANK))
    return answers <= len(cells) // 4


def _qualtrics_rows(top: list[list]) -> tuple[int, ...] | None:
    for i, row in enumerate(top[:6]):
        if any(isinstance(v, str) and v.strip().lower().startswith(_IMPORT_ID) for v in row):
            return tuple(range(max(0, i - 2), i + 1))
    return None


def _is_surveymonkey(rows: list[list], h: int) -> bool:
    """Two header rows: the question over its first column, the options below."""
    if h + 2 > len(rows):
        return False
    first, second = rows[h], rows[h + 1]
    second_cells = _cells(second)
    if not second_cells or not all(_is_text(v) for v in second_cells):
        return False
    filled_below_gap = any(
        _blank(first[j] if j < len(first) else None) and not _blank(v) for j, v in enumerate(second)
    )
    plain = any(normalise(v) in _SM_PLAIN for v in second_cells)
    return filled_below_gap or plain


def _import_id(text: str) -> str:
    """The id in Qualtrics' JSON row (``{"ImportId":"QID1_1"}`` -> QID1_1); other text as is."""
    if not text.lower().startswith(_IMPORT_ID):
        return text
    try:
        value = json.loads(text).get("ImportId", "")
    except (ValueError, AttributeError):
        return ""
    return str(value).strip()


def _combine(
    table: Table, header_rows: tuple[int, ...], text_row: int, sub_row: int | None = None
) -> Header:
    rows = table.head(header_rows[-1] + 200)
    width = max(map(len, rows), default=0)

    def cell(r: int, j: int) -> str:
        row = rows[r]
        v = row[j] if j < len(row) else None
        return "" if _blank(v) else str(v).strip()

    columns = []
    above = ""
    for j in range(width):
        text = cell(text_row, j)
        if sub_row is not None:
            top = text or above
            above = top
            below = cell(sub_row, j)
            if below and normalise(below) not in _SM_PLAIN:
                text = f"{top} - {below}" if top else below
            else:
                text = top
        raw = (text, *(_import_id(cell(r, j)) for r in header_rows))
        names = tuple(dict.fromkeys(t for t in raw if t))
        columns.append(Column(j, column_letter(table.first_col + j), text, names))
    return Header(header_rows, header_rows[-1] + 1, tuple(columns))
