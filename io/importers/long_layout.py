"""The long layout: one row per participant and touchpoint (interview coding sheets).

Each row with a score (or at least a quote) on a stage or touchpoint becomes one
answer. Blank rows are left out quietly; rows without a touchpoint, and blank
scores, are counted with their reason so the user sees what was not imported.
"""

from __future__ import annotations

from journeycanvas.io.importers.answers import Collected, Progress, text_of
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.mapping import Mapping, data_rows
from journeycanvas.io.importers.scales import ColumnScores, ScaleProblem, scale_hint

#: Progress is reported every this many rows.
STEP = 5000
NO_TOUCHPOINT = "no stage or touchpoint"
NO_SCORE = "no score and no comment"
BLANK_ROW = "blank row"


def collect(mapping: Mapping, path: str, progress: Progress | None = None) -> Collected:
    table = mapping.table
    rows = data_rows(table, mapping.header)
    first = table.first_row + mapping.header.data_start
    score_col = mapping.column_of("score")
    assert score_col is not None and mapping.layout == "long"

    def values(role: str) -> list:
        col = mapping.column_of(role)
        if col is None:
            return [None] * len(rows)
        k = col.index
        return [r[k] if k < len(r) else None for r in rows]

    raw_scores = values("score")
    try:
        column = ColumnScores(raw_scores, scale_hint(score_col.header), mapping.scale)
    except ScaleProblem as exc:
        where = f" (row {first + exc.index})" if exc.index is not None else ""
        if exc.ask:
            where += "; give the scale with --scale"
        raise SheetImportError(
            path, f"the score column {score_col.label} of the sheet {table.sheet!r} {exc}{where}"
        ) from None
    out = Collected(scales={score_col.letter: column.scale}, data_rows=len(rows))
    stages, points = values("stage"), values("touchpoint")
    channels, texts, people = values("channel"), values("comment"), values("respondent")
    scores = column.scores
    answers = out.answers
    total = len(rows)
    for i in range(total):
        if progress is not None and i % STEP == 0:
            progress(i, total)
        stage = text_of(stages[i])
        point = text_of(points[i])
        score = scores[i]
        text = text_of(texts[i])
        if not stage and not point:
            if score is None and not text and not any(v not in (None, "") for v in rows[i]):
                out.skip(BLANK_ROW, first + i)
            else:
                out.skip(NO_TOUCHPOINT, first + i)
            continue
        if score is None and not text:
            out.skip(NO_SCORE, first + i)
            continue
        answers.append(
            (
                stage,
                point or stage,
                text_of(channels[i]),
                score,
                text,
                text_of(people[i]),
                first + i,
            )
        )
    if progress is not None:
        progress(total, total)
    return out
