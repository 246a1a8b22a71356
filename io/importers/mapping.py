"""Which column plays which role: detected from headers and values, changed by the user.

A column's role is one of :data:`ROLES`. Headers are matched against the synonyms
table; a column without a known header whose answers are all on a scale is a
survey question; dates, IP addresses, durations and the survey tools' own
columns are metadata and never scores. The user's choices (``--map``, the
dialog) override the detection. The layout follows from the roles: a score
column beside a stage or touchpoint column is the long layout (one row per
answer), scored questions without them the wide layout (one row per respondent).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from journeycanvas.io.importers.header_detection import Column, Header, normalise, role_of
from journeycanvas.io.importers.reading import Table
from journeycanvas.io.importers.scales import BLANK, LABEL, NUMBER, Scale, parse_answer

ROLES = (
    "stage",
    "touchpoint",
    "touchpoint_no",
    "channel",
    "score",
    "comment",
    "respondent",
    "question",
    "ignore",
)
#: Roles a long-layout sheet has at most one column of.
SINGLE_ROLES = ("stage", "touchpoint", "touchpoint_no", "channel", "score", "respondent")
LONG = "long"
WIDE = "wide"
#: Rows looked at to tell what a column holds.
SAMPLE_ROWS = 500

_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}(\s*\(.*\))?$")
_DURATION = re.compile(r"^\d+(\.\d+)?\s*(秒|分钟|分|s|sec|secs|seconds|min|mins|minutes)$")
_DATE = re.compile(r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")


@dataclass
class Mapping:
    """The roles of a table's columns and what follows from them."""

    table: Table
    header: Header
    roles: dict[int, str]  # column index -> role
    how: dict[int, str]  # column index -> "header", "values", "you", "metadata", ""
    layout: str | None  # LONG, WIDE, or None when no score is found
    questions: dict[int, tuple[str, str]] = field(default_factory=dict)  # set by the user
    scale: Scale | None = None  # --scale: overrides every column

    def columns_with(self, role: str) -> list[Column]:
        return [c for c in self.header.columns if self.roles.get(c.index) == role]

    def column_of(self, role: str) -> Column | None:
        found = self.columns_with(role)
        return found[0] if found else None

    def layout_key(self) -> str:
        """What identifies a file layout: its header texts, for remembering a mapping."""
        return "\x1f".join(normalise(c.header) for c in self.header.columns)


def data_rows(table: Table, header: Header) -> list[list]:
    return table.rows[header.data_start :]


def _column_values(rows: list[list], index: int) -> list:
    return [r[index] if index < len(r) else None for r in rows]


def _value_kind(values: list) -> str | None:
    """'metadata', 'answers' (all on a scale), or None (text, or nothing to tell)."""
    seen = 0
    answers = 0
    meta = 0
    for v in values:
        if v is None or v == "":
            continue
        seen += 1
        if isinstance(v, dt.date | dt.time | dt.timedelta | bool):
            meta += 1
            continue
        if isinstance(v, str):
            s = v.strip()
            if _IP.match(s) or _DURATION.match(s) or _DATE.match(s):
                meta += 1
                continue
        kind, number, _sizes = parse_answer(v)
        if kind == LABEL or (kind == NUMBER and 0 <= number <= 10 and number == int(number)):
            answers += 1
        elif kind == BLANK:
            seen -= 1
    if not seen:
        return None
    if meta / seen > 0.5:
        return "metadata"
    if answers == seen:
        return "answers"
    return None


def detect(table: Table, header: Header) -> Mapping:
    """Roles from headers first, then from values, for every column of the table."""
    sample = data_rows(table, header)[:SAMPLE_ROWS]
    roles: dict[int, str] = {}
    how: dict[int, str] = {}
    strength: dict[int, int] = {}
    for col in header.columns:
        found = max((role_of(n) for n in col.names), key=lambda rs: rs[1], default=(None, 0))
        values = _column_values(sample, col.index)
        kind = _value_kind(values)
        role, sure = found
        if role == "metadata" or (kind == "metadata" and role not in ("stage", "touchpoint")):
            roles[col.index], how[col.index] = "ignore", "metadata"
        elif role is not None:
            roles[col.index], how[col.index] = role, "header"
            strength[col.index] = sure
        elif kind == "answers":
            roles[col.index], how[col.index] = "question", "values"
        else:
            roles[col.index], how[col.index] = "ignore", ""
    mapping = Mapping(table, header, roles, how, None)
    _settle(mapping, strength)
    return mapping


def _settle(mapping: Mapping, strength: dict[int, int] | None = None) -> None:
    """Decide the layout and make the roles consistent with it."""
    roles = mapping.roles
    strength = strength or {}
    has = {r: [i for i, role in roles.items() if role == r] for r in ROLES}
    long = bool(has["score"]) and bool(has["stage"] or has["touchpoint"])
    if long:
        mapping.layout = LONG
        for role in SINGLE_ROLES:
            cols = has[role]
            if len(cols) > 1:
                # The surest header wins; the others are left out, visibly.
                keep = max(cols, key=lambda i: (strength.get(i, 0), mapping.how[i] == "you", -i))
                for i in cols:
                    if i != keep:
                        roles[i] = "ignore"
        return
    # Without a stage or touchpoint column, scored columns are survey questions.
    for i in has["score"]:
        roles[i] = "question"
    wide = any(r == "question" for r in roles.values()) or bool(mapping.questions)
    mapping.layout = WIDE if wide else None


def override(mapping: Mapping, choices: dict[int, str]) -> Mapping:
    """A copy of ``mapping`` with the user's roles for some columns, settled again."""
    roles = dict(mapping.roles)
    how = dict(mapping.how)
    for index, role in choices.items():
        if role in SINGLE_ROLES:
            for other, r in roles.items():
                if r == role and other != index:
                    roles[other] = "ignore"
                    how[other] = "you"
        roles[index] = role
        how[index] = "you"
    result = Mapping(
        mapping.table, mapping.header, roles, how, None, dict(mapping.questions), mapping.scale
    )
    _settle(result, {i: 3 for i in choices})
    return result


# --- column references (--map ROLE=COLUMN, --question COLUMN=...) ------------------

_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


def letter_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def resolve_column(header: Header, ref: str, first_col: int = 0) -> Column | None:
    """A column named by its header text, its letter (C, AB) or its 1-based number."""
    wanted = normalise(ref)
    for col in header.columns:
        if any(normalise(n) == wanted for n in col.names):
            return col
    ref = ref.strip()
    index: int | None = None
    if _LETTERS.match(ref):
        index = letter_index(ref) - first_col
    elif ref.isdigit() and int(ref) > 0:
        index = int(ref) - 1 - first_col
    if index is not None and 0 <= index < len(header.columns):
        return header.columns[index]
    return None
