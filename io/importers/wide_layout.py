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

A channel question ("您通过哪个渠道支付？", "Which channel did you use to pay?")
says which channel the respondent used, and its answer becomes the channel of
that respondent's scores it is about: the user's choice (``--question``); else the
touchpoint or the stage its words name (all of that stage's scores); else the
scored question right of it (left, at the end of the sheet) — that question's
whole stage when the journey places it in one, only that question when it stands
in the survey's own catch-all stage.
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


#: Where a channel question's answer goes: (stage, touchpoint), touchpoint "" for the
#: whole stage.
ChannelTarget = tuple[str, str]
_OTHER = re.compile(r"〖([^〗]{1,60})〗")


def channel_targets(
    mapping: Mapping, targets: dict[int, tuple[str, str]], base: Journey | None, language: str
) -> dict[int, ChannelTarget]:
    """Channel question column -> the (stage, touchpoint) or (stage, "") it is about."""
    survey = SURVEY_STAGE.get(language, SURVEY_STAGE["en"])
    places = sorted(
        dict.fromkeys([*targets.values(), *_known_touchpoints(base)]), key=lambda st: -len(st[1])
    )
    stages = list(dict.fromkeys([*(s for s, _t in targets.values()),
                                 *(st.name for st in (base.stages if base else []))]))  # fmt: skip
    stages.sort(key=lambda name: -len(name))
    found: dict[int, ChannelTarget] = {}
    questions = sorted(targets)
    for col in mapping.columns_with("channel"):
        if col.index in mapping.channel_of:
            found[col.index] = mapping.channel_of[col.index]
            continue
        words = " ".join(col.names).casefold()
        named = next(((s, t) for s, t in places if _names(words, t)), None)
        if named is not None:
            found[col.index] = named
            continue
        stage = next((s for s in stages if s != survey and _names(words, s)), None)
        if stage is not None:
            found[col.index] = (stage, "")
            continue
        after = [q for q in questions if q > col.index]
        near = after[0] if after else (questions[-1] if questions else None)
        if near is None:
            continue
        stage, point = targets[near]
        found[col.index] = (stage, point) if stage == survey else (stage, "")
    return found


def channel_text(value: object) -> str:
    """A channel answer as the importer keeps it: 问卷星's "其他〖小程序〗" is 小程序."""
    text = text_of(value)
    if text.lower() in NO_ANSWER_TEXTS:
        return ""
    other = _OTHER.search(text)
    return other.group(1).strip() if other else text


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
    channels: dict[int, ChannelTarget] | None = None,
) -> Collected:
    """One answer per score of a respondent, its text that respondent's words for it.

    ``texts`` says where each free-text column goes (:func:`text_targets`; by
    default worked out without a journey). Words for a touchpoint the respondent
    did not score become an unscored quote there; general words of a row without
    any score are counted as left out, since no touchpoint stands for them.
    ``channels`` (:func:`channel_targets`) say which channel question gives the
    channel of which scores.
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
    # For each question column, the channel questions about it (its touchpoint or stage).
    about: dict[tuple[str, str], list[int]] = {}
    for index, (stage, point) in sorted((channels or {}).items()):
        for place in dict.fromkeys(targets.values()):
            if place[0] == stage and point in ("", place[1]):
                about.setdefault(place, []).append(index)
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
        used = {place: _channels(row, k) for place, k in about.items()} if about else {}
        for place, scores in columns:
            score = scores[i]
            own = own_words.pop(place, "") if own_words else ""
            if score is None and not own:
                continue
            text = (f"{own}{SEPARATOR}{said}" if said else own) if own else said
            append((place[0], place[1], used.get(place, ""), score, text, who, number, ""))
            answered = True
        for place, own in own_words.items():
            if own:  # words about a touchpoint this respondent did not score
                append((place[0], place[1], used.get(place, ""), None, own, who, number, ""))
                answered = True
        if not answered:
            out.skip(NO_SCORE if said else NO_ANSWER, number)
    if progress is not None:
        progress(total, total)
    return out


def _channels(row: list, indexes: list[int]) -> str:
    """The channels a row's answers to these channel questions name, joined with "; "."""
    parts = [channel_text(row[k]) for k in indexes if k < len(row)]
    return "; ".join(dict.fromkeys(p for p in parts if p))


def _comment(row: list, indexes: list[int] | tuple[int, ...]) -> str:
    parts = [text_of(row[k]) for k in indexes if k < len(row)]
    return SEPARATOR.join(p for p in parts if p and p.lower() not in NO_ANSWER_TEXTS)
