"""The wide layout: one row per respondent, a column per question (survey exports).

Each scored question column maps onto a touchpoint: the user's choice
(``--question COLUMN=STAGE/TOUCHPOINT``), else a touchpoint of the journey the
answers go into whose title the question names ("您对【支付】环节的满意度" ->
支付), else a touchpoint named for the question — a bracketed term, the part
after the last " - " (a matrix row of Qualtrics or SurveyMonkey), or the text
itself — in one stage for the survey.

A free-text column (a comment) holds the respondent's own words, and they become
the text of the evidence behind that respondent's scores. Where they go: the
user's choice; else the question a Qualtrics id ties it to (``Q1_3_TEXT`` ->
``Q1_3``); else the question just left of it when its header is only "原因",
"Why?", "Comment"; else the touchpoint its words name ("支付环节有什么意见");
else it is a general answer and goes with every score of the respondent.
"""

from __future__ import annotations

import re

from journeycanvas.canvas.model import Journey
from journeycanvas.io.importers.answers import Collected, Progress, text_of
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.header_detection import Column, role_of
from journeycanvas.io.importers.mapping import Mapping, data_rows
from journeycanvas.io.importers.matrix import shared_scales
from journeycanvas.io.importers.scales import NO_ANSWER as NO_ANSWER_TEXTS
from journeycanvas.io.importers.scales import ColumnScores, ScaleProblem, scale_hint

STEP = 2000
NO_ANSWER = "no answer"
NO_SCORE = "free text but no score"
SURVEY_STAGE = {"zh": "问卷", "en": "Survey"}
#: Where a free-text column's words go: a (stage, touchpoint), or None for every
#: score of the respondent (a general answer).
TextTarget = tuple[str, str] | None
SEPARATOR = " / "

_BRACKETED = re.compile(r"[【「『\[]([^】」』\]]{1,40})[】」』\]]")
_NUMBERING = re.compile(r"^\s*(q?\d+[\s.、:：．_)）-]+)+", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]{1,40}>")
#: A scale hint closing a question: "满意度(0-10)" is about 满意度, not about "0-10".
_HINT = re.compile(r"\s*[(（]\s*\d+\s*(?:-|–|—|~|～|至|到|to)\s*\d+\s*[)）]\s*$")


def touchpoint_name(question: str) -> str:
    """The touchpoint a question is about, from its text alone."""
    text = _HINT.sub("", _TAGS.sub("", question)).strip()
    m = _BRACKETED.search(text)
    if m:
        return m.group(1).strip()
    if " - " in text:
        tail = text.rsplit(" - ", 1)[1].strip()
        if tail:
            return tail
    text = _NUMBERING.sub("", text).strip() or text
    return text if len(text) <= 60 else text[:59] + "…"


def _known_touchpoints(base: Journey | None) -> list[tuple[str, str]]:
    """The journey's (stage, touchpoint title) pairs, longest title first."""
    known: list[tuple[str, str]] = []
    if base is not None:
        for stage in base.stages:
            known += [(stage.name, c.title) for c in base.touchpoint_cards(stage.id) if c.title]
    known.sort(key=lambda st: -len(st[1]))
    return known


def question_targets(
    mapping: Mapping, base: Journey | None, language: str
) -> dict[int, tuple[str, str]]:
    """Question column -> (stage name, touchpoint title)."""
    known = _known_touchpoints(base)
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


def text_targets(
    mapping: Mapping, targets: dict[int, tuple[str, str]], base: Journey | None
) -> dict[int, TextTarget]:
    """Free-text column -> the touchpoint its words go to, or None: every score of the row."""
    by_index = {c.index: c for c in mapping.header.columns}
    ids = {_question_id(n): q for q in targets for n in by_index[q].names if _question_id(n)}
    # This survey's touchpoints first (what the respondent was asked about), then the map's.
    places = sorted(
        dict.fromkeys([*targets.values(), *_known_touchpoints(base)]), key=lambda st: -len(st[1])
    )
    found: dict[int, TextTarget] = {}
    for col in mapping.columns_with("comment"):
        if col.index in mapping.texts:
            found[col.index] = mapping.texts[col.index]
            continue
        owner = next((ids[k] for n in col.names if (k := _text_of_id(n)) in ids), None)
        left = by_index.get(col.index - 1)
        if owner is None and left and left.index in targets and not _in_a_matrix(left):
            owner = left.index if _only_a_comment(col) else None
        if owner is not None:
            found[col.index] = targets[owner]
            continue
        words = " ".join(col.names).casefold()
        found[col.index] = next(((s, t) for s, t in places if _names(words, t)), None)
    return found


def _names(words: str, title: str) -> bool:
    """Whether a question's words name a touchpoint: "支付" in "支付环节", "App" not in "happy"."""
    title = title.casefold()
    if len(title) < 2:
        return False
    if title.isascii():
        return re.search(rf"(?<!\w){re.escape(title)}(?!\w)", words) is not None
    return title in words


_ID = re.compile(r"^(?:\d+_)?((?:QID|Q)\d+(?:_\d+)*)(_TEXT)?$", re.IGNORECASE)


def _question_id(name: str) -> str:
    """A scored question's id (Q1_3, QID1_3), upper case; '' for other text."""
    m = _ID.match(name.strip())
    return m.group(1).upper() if m and not m.group(2) else ""


def _text_of_id(name: str) -> str:
    """The question a text field's id belongs to: Q1_3_TEXT -> Q1_3; '' otherwise."""
    m = _ID.match(name.strip())
    return m.group(1).upper() if m and m.group(2) else ""


def _in_a_matrix(col: Column) -> bool:
    """A row of a matrix question ("Q - Checkout", "Q [Checkout]"): a "Why?" after the
    matrix is about all of its rows, so it is a general answer, not the last row's."""
    header = col.header.rstrip()
    return " - " in header or (header.endswith("]") and " [" in header)


def _only_a_comment(col: Column) -> bool:
    """A header that is just a comment word ("原因", "Why?"): it follows up the question before."""
    return role_of(col.header) == ("comment", 2)


def collect(
    mapping: Mapping,
    path: str,
    targets: dict[int, tuple[str, str]],
    progress: Progress | None = None,
    texts: dict[int, TextTarget] | None = None,
) -> Collected:
    """One answer per score of a respondent, its text that respondent's words for it.

    ``texts`` says where each free-text column goes (:func:`text_targets`; by
    default worked out without a journey). Words for a touchpoint the respondent
    did not score become an unscored quote there; general words of a row without
    any score are counted as left out, since no touchpoint stands for them.
    """
    table = mapping.table
    rows = data_rows(table, mapping.header)
    first = table.first_row + mapping.header.data_start
    by_index = {c.index: c for c in mapping.header.columns}
    questions = [by_index[i] for i in sorted(targets)]
    person = mapping.column_of("respondent")
    if texts is None:
        texts = text_targets(mapping, targets, None)
    general = [i for i, t in texts.items() if t is None]
    aimed: dict[tuple[str, str], list[int]] = {}
    for i, t in sorted(texts.items()):
        if t is not None:
            aimed.setdefault(t, []).append(i)
    out = Collected(data_rows=len(rows))
    columns: list[tuple[tuple[str, str], list[float | None]]] = []
    # The columns of one matrix question share a scale (see matrix.py).
    shared = shared_scales(questions, rows) if mapping.scale is None else {}
    for col in questions:
        values = [r[col.index] if col.index < len(r) else None for r in rows]
        hint = scale_hint(col.header) or shared.get(col.index)
        try:
            scored = ColumnScores(values, hint, mapping.scale)
        except ScaleProblem as exc:
            column = f"the question column {col.label} of the sheet {table.sheet!r}"
            raise SheetImportError(path, exc.about(column, first)) from None
        out.scales[col.letter] = scored.scale
        columns.append((targets[col.index], scored.scores))
    total = len(rows)
    answers = out.answers
    append = answers.append
    for i, row in enumerate(rows):
        if progress is not None and i % STEP == 0:
            progress(i, total)
        number = first + i
        who = text_of(row[person.index]) if person and person.index < len(row) else ""
        said = _comment(row, general) if general else ""
        # The words about a touchpoint go on its first score of the row only.
        own_words = {place: _comment(row, indexes) for place, indexes in aimed.items()}
        answered = False
        for place, scores in columns:
            score = scores[i]
            own = own_words.pop(place, "") if own_words else ""
            if score is None and not own:
                continue
            text = (f"{own}{SEPARATOR}{said}" if said else own) if own else said
            append((place[0], place[1], "", score, text, who, number, ""))
            answered = True
        for place, own in own_words.items():
            if own:  # words about a touchpoint this respondent did not score
                append((place[0], place[1], "", None, own, who, number, ""))
                answered = True
        if not answered:
            out.skip(NO_SCORE if said else NO_ANSWER, number)
    if progress is not None:
        progress(total, total)
    return out


def _comment(row: list, indexes: list[int] | tuple[int, ...]) -> str:
    parts = [text_of(row[k]) for k in indexes if k < len(row)]
    return SEPARATOR.join(p for p in parts if p and p.lower() not in NO_ANSWER_TEXTS)
