"""One matrix question, one scale: the columns of a question decide their scale together.

A matrix question ("How satisfied were you with each step? - Checkout", ids
Q1_1 … Q1_10) writes a column per statement, all on one scale. Read alone, a
column whose respondents never went above 4 fits 1-5, 1-7 and 0-10 alike and
would be refused; read with its siblings, the question as a whole shows its scale.
A scale is therefore inferred from every answer of the question and given to each
column as if its header said it; a question that is ambiguous as a whole is left
to each column (and refused there, asking for --scale).
"""

from __future__ import annotations

import re

from journeycanvas.io.importers.header_detection import Column, normalise
from journeycanvas.io.importers.scales import ColumnScores, Scale, ScaleProblem, scale_hint

#: "Q1_3", "Q12.4", "QID5_2": the question's id and a statement's number.
_MATRIX_ID = re.compile(r"^([a-z]*\d+)[_.](\d+)$", re.IGNORECASE)


def question_of(column: Column) -> str | None:
    """The matrix question a column belongs to: its id prefix, else its stem."""
    for name in column.names:
        m = _MATRIX_ID.match(str(name).strip())
        if m:
            return f"id:{m.group(1).lower()}"
    text = column.header
    if " - " in text:
        stem = normalise(text.rsplit(" - ", 1)[0])
        if stem:
            return f"stem:{stem}"
    return None


def shared_scales(columns: list[Column], rows: list[list]) -> dict[int, Scale]:
    """Column index -> the scale its question's answers share, for questions of two or
    more columns that name no scale in their headers."""
    groups: dict[str, list[Column]] = {}
    for col in columns:
        key = question_of(col)
        if key is not None and scale_hint(col.header) is None:
            groups.setdefault(key, []).append(col)
    found: dict[int, Scale] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        values = [r[c.index] if c.index < len(r) else None for c in members for r in rows]
        try:
            scale = ColumnScores(values).scale
        except ScaleProblem:
            continue
        for col in members:
            found[col.index] = scale
    return found
