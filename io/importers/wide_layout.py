"""The wide layout: one row per respondent, a column per question (survey exports).

Each scored question column maps onto a touchpoint: the user's choice
(``--question COLUMN=STAGE/TOUCHPOINT``), else a touchpoint of the journey the
answers go into whose title the question names ("您对【支付】环节的满意度" ->
支付), else a touchpoint named for the question — a bracketed term, the part
after the last " - " (a matrix row of Qualtrics or SurveyMonkey), or the text
itself — in one stage for the survey. A comment column belongs to the question
to its left.
"""

from __future__ import annotations

import re

from journeycanvas.canvas.model import Journey
from journeycanvas.io.importers.answers import Collected, Progress, text_of
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.header_detection import Column
from journeycanvas.io.importers.mapping import Mapping, data_rows
from journeycanvas.io.importers.scales import NO_ANSWER as NO_ANSWER_TEXTS
from journeycanvas.io.importers.scales import ColumnScores, ScaleProblem, scale_hint

STEP = 2000
NO_ANSWER = "no answer"
SURVEY_STAGE = {"zh": "问卷", "en": "Survey"}

_BRACKETED = re.compile(r"[【「『\[]([^】」』\]]{1,40})[】」』\]]")
_NUMBERING = re.compile(r"^\s*(q?\d+[\s.、:：．_)）-]+)+", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]{1,40}>")


def touchpoint_name(question: str) -> str:
    """The touchpoint a question is about, from its text alone."""
    text = _TAGS.sub("", question).strip()
    m = _BRACKETED.search(text)
    if m:
        return m.group(1).strip()
    if " - " in text:
        tail = text.rsplit(" - ", 1)[1].strip()
        if tail:
            return tail
    text = _NUMBERING.sub("", text).strip() or text
    return text if len(text) <= 60 else text[:59] + "…"


def question_targets(
    mapping: Mapping, base: Journey | None, language: str
) -> dict[int, tuple[str, str]]:
    """Question column -> (stage name, touchpoint title)."""
    known: list[tuple[str, str]] = []
    if base is not None:
        for stage in base.stages:
            known += [(stage.name, c.title) for c in base.touchpoint_cards(stage.id) if c.title]
    known.sort(key=lambda st: -len(st[1]))
    survey = SURVEY_STAGE.get(language, SURVEY_STAGE["en"])
    targets: dict[int, tuple[str, str]] = {}
    for col in mapping.columns_with("question"):
        if col.index in mapping.questions:
            targets[col.index] = mapping.questions[col.index]
            continue
        text = " ".join(col.names)
        named = next(((s, t) for s, t in known if len(t) >= 2 and t in text), None)
        if named is None:
            title = touchpoint_name(col.header or col.letter)
            named = next(((s, t) for s, t in known if t == title), None)
            # "【配送】" names the journey's "配送与开箱" when no other touchpoint shares it.
            partial = [(s, t) for s, t in known if len(title) >= 2 and title in t]
            if named is None and len(partial) == 1:
                named = partial[0]
            named = named or (survey, title)
        targets[col.index] = named
    for index, target in mapping.questions.items():
        targets.setdefault(index, target)
    return targets


def collect(
    mapping: Mapping,
    path: str,
    targets: dict[int, tuple[str, str]],
    progress: Progress | None = None,
) -> Collected:
    table = mapping.table
    rows = data_rows(table, mapping.header)
    first = table.first_row + mapping.header.data_start
    by_index = {c.index: c for c in mapping.header.columns}
    questions = [by_index[i] for i in sorted(targets)]
    person = mapping.column_of("respondent")
    comments = _comments_of(mapping, [q.index for q in questions])
    out = Collected(data_rows=len(rows))
    columns: list[tuple[Column, list[float | None]]] = []
    for col in questions:
        values = [r[col.index] if col.index < len(r) else None for r in rows]
        try:
            scored = ColumnScores(values, scale_hint(col.header), mapping.scale)
        except ScaleProblem as exc:
            column = f"the question column {col.label} of the sheet {table.sheet!r}"
            raise SheetImportError(path, exc.about(column, first)) from None
        out.scales[col.letter] = scored.scale
        columns.append((col, scored.scores))
    total = len(rows)
    answers = out.answers
    for i, row in enumerate(rows):
        if progress is not None and i % STEP == 0:
            progress(i, total)
        number = first + i
        who = text_of(row[person.index]) if person and person.index < len(row) else ""
        answered = False
        for col, scores in columns:
            score = scores[i]
            text = _comment(row, comments.get(col.index, ()))
            if score is None and not text:
                continue
            stage, point = targets[col.index]
            answers.append((stage, point, "", score, text, who, number, ""))
            answered = True
        if not answered:
            out.skip(NO_ANSWER, number)
    if progress is not None:
        progress(total, total)
    return out


def _comments_of(mapping: Mapping, question_indexes: list[int]) -> dict[int, list[int]]:
    """Question column -> the comment columns after it (up to the next question)."""
    found: dict[int, list[int]] = {}
    for col in mapping.columns_with("comment"):
        left = [q for q in question_indexes if q < col.index]
        owner = left[-1] if left else (question_indexes[0] if question_indexes else None)
        if owner is not None:
            found.setdefault(owner, []).append(col.index)
    return found


def _comment(row: list, indexes: list[int] | tuple[int, ...]) -> str:
    parts = [text_of(row[k]) for k in indexes if k < len(row)]
    return " / ".join(p for p in parts if p and p.lower() not in NO_ANSWER_TEXTS)
