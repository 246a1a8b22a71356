"""The long layout: one row per participant and touchpoint (interview coding sheets).

Each row with a score (or at least a quote) on a stage or touchpoint becomes one
answer. Blank rows are left out quietly; rows without a touchpoint, and blank
scores, are counted with their reason so the user sees what was not imported.
"""

from __future__ import annotations

from journeycanvas.io.importers.answers import Answer, Collected, Progress, text_of
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.mapping import Mapping
from journeycanvas.io.importers.scales import ColumnScores, ScaleProblem, scale_hint

#: Progress is reported every this many rows.
STEP = 5000
NO_TOUCHPOINT = "no stage or touchpoint"
NO_SCORE = "no score and no comment"
BLANK_ROW = "blank row"
#: A column of only these cell types is stripped as it is (text_of of a str).
_ONLY_TEXT = frozenset({str})


def collect(mapping: Mapping, path: str, progress: Progress | None = None) -> Collected:
    table = mapping.table
    start = mapping.header.data_start
    first = table.first_row + start
    total = max(len(table) - start, 0)  # the data rows
    score_col = mapping.column_of("score")
    assert score_col is not None and mapping.layout == "long"

    def values(role: str) -> list:
        col = mapping.column_of(role)
        if col is None:
            return [None] * total
        cells = table.column(col.index, start)  # the table's column, as it crossed
        if cells is not None:
            return cells
        k = col.index  # a csv row can be short
        return [r[k] if k < len(r) else None for r in table.iter_rows(start)]

    def texts_of(role: str) -> list[str]:
        """The column as stripped text, each distinct value converted once."""
        col = mapping.column_of(role)
        if col is None:
            return [""] * total  # text_of(None)
        coded = table.coded(col.index)
        if coded is not None and all(type(v) is str for v in coded.values):
            # It crossed as its distinct texts and a code per cell: strip those texts.
            stripped = list(map(str.strip, coded.values))
            if stripped == coded.values:  # nothing to strip: the column is its texts
                return values(role)
            return list(map(stripped.__getitem__, coded.codes[start:]))
        cells = values(role)
        kinds = set(map(type, cells))
        if kinds <= _ONLY_TEXT:  # calamine's text and blank cells: at C speed
            return list(map(str.strip, cells))
        # Keyed by value within one type; by type and value across several, as True
        # and 1 are one key but two texts ("True", "1").
        keys = cells if len(kinds) == 1 else list(zip(map(type, cells), cells, strict=True))
        try:
            distinct = dict(zip(keys, cells, strict=True))  # one cell of each key
            converted = {key: text_of(cell) for key, cell in distinct.items()}
        except TypeError:  # an unhashable cell: never from our readers, but be safe
            return [text_of(v) for v in cells]
        return list(map(converted.__getitem__, keys))

    raw_scores = values("score")
    try:
        column = ColumnScores(raw_scores, scale_hint(score_col.header), mapping.scale)
    except ScaleProblem as exc:
        column = f"the score column {score_col.label} of the sheet {table.sheet!r}"
        raise SheetImportError(path, exc.about(column, first)) from None
    out = Collected(scales={score_col.letter: column.scale}, data_rows=total)
    stages, points = texts_of("stage"), texts_of("touchpoint")
    channels, texts, people = texts_of("channel"), texts_of("comment"), texts_of("respondent")
    numbered = mapping.column_of("touchpoint_no") is not None
    numbers = texts_of("touchpoint_no")
    scores = column.scores
    at_once = _answers_at_once(first, stages, points, channels, scores, texts, people, numbers)
    if at_once is not None:
        if progress is not None:
            for done in range(0, total, STEP):
                progress(done, total)
        out.answers, fields = at_once
        out.take_columns(fields)
    else:
        answers = out.answers
        append = answers.append
        row = first - 1
        for stage, point, channel, score, text, who, number in zip(
            stages, points, channels, scores, texts, people, numbers, strict=True
        ):
            row += 1
            if progress is not None and (row - first) % STEP == 0:
                progress(row - first, total)
            if not stage and not point:
                whole = table.row(row - table.first_row)
                if score is None and not text and not any(v not in (None, "") for v in whole):
                    out.skip(BLANK_ROW, row)
                else:
                    out.skip(NO_TOUCHPOINT, row)
                continue
            if score is None and not text and not (numbered and number and point):
                out.skip(NO_SCORE, row)
                continue
            append((stage, point or stage, channel, score, text, who, row, number))
    if progress is not None:
        progress(total, total)
    if mapping.column_of("step") is not None:
        out.steps = {first + i: step for i, step in enumerate(texts_of("step")) if step}
    return out


def _answers_at_once(
    first: int,
    stages: list[str],
    points: list[str],
    channels: list[str],
    scores: list[float | None],
    texts: list[str],
    people: list[str],
    numbers: list[str],
) -> tuple[list[Answer], list[list]] | None:
    """Every row's answer, made by one ``zip`` in C, when every row is one (it names a
    stage or touchpoint, and has a score or a quote: a survey export's rows), and the
    lists it was zipped from (the answers' columns, kept by Collected); None when some
    row is left out, for the loop that says why."""
    if not (all(points) or all(stages)):
        return None
    if None in scores and not all(texts):
        return None
    if not all(points):
        points = [p or s for s, p in zip(stages, points, strict=True)]
    rows = list(range(first, first + len(stages)))
    fields = [stages, points, channels, scores, texts, people, rows, numbers]
    return list(zip(*fields, strict=True)), fields
