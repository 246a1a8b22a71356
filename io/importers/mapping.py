"""Which column plays which role: detected from headers and values, changed by the user.

A column's role is one of :data:`ROLES`. Headers are matched against the synonyms
table; a column without a known header whose answers are all on a scale is a
survey question; dates, IP addresses, durations and the survey tools' own
columns are metadata and never scores. The user's choices (``--map``, the
dialog) override the detection. The layout follows from the roles: a score
column beside a stage or touchpoint column is the long layout (one row per
answer), scored questions without them the wide layout (one row per respondent).

In the wide layout a survey's free-text questions are comments too, though no
synonym names them: an id marked ``_TEXT``, words such as 建议 or "anything
else" in the question, or answers that are long and varied sentences. (In a
long sheet such a column stays left out: its comment column has a name.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from journeycanvas.io.importers.header_detection import Column, Header, normalise, role_of
from journeycanvas.io.importers.reading import Table
from journeycanvas.io.importers.scales import BLANK, LABEL, NUMBER, Scale, parse_answer
from journeycanvas.io.importers.scales import NO_ANSWER as NO_ANSWER_TEXTS
from journeycanvas.io.importers.synonyms import (
    CHANNEL_QUESTION_WORDS,
    FREE_TEXT_ID,
    FREE_TEXT_WORDS,
)

ROLES = (
    "stage",
    "step",
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
SINGLE_ROLES = ("stage", "step", "touchpoint", "touchpoint_no", "channel", "score", "respondent")
LONG = "long"
WIDE = "wide"
#: Rows looked at to tell what a column holds.
SAMPLE_ROWS = 500

_IP = re.compile(r"^\d{1,3}(\.\d{1,3}){3}(\s*\(.*\))?$")
_DURATION = re.compile(r"^\d+(\.\d+)?\s*(秒|分钟|分|s|sec|secs|seconds|min|mins|minutes)$")
_DATE = re.compile(r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
_FREE_TEXT_ID = re.compile(FREE_TEXT_ID, re.IGNORECASE)
_FREE_TEXT_WORDS = tuple(normalise(w) for w in FREE_TEXT_WORDS)
_CHANNEL_WORDS = tuple(normalise(w) for w in CHANNEL_QUESTION_WORDS)
_CJK = re.compile(r"[\u3400-\u9fff]")
#: A channel question's answers are short names ("App", "门店", "Phone"), a few of them.
CHANNEL_ANSWER_CHARS = 30
CHANNEL_CHOICES = 12
#: How a column is marked when it was recognised as a survey's free-text question.
FREE_TEXT = "free text"


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
    #: wide layout: columns that read as free-text questions (made comments when wide)
    free_text: set[int] = field(default_factory=set)
    #: wide layout, set by the user: free-text column -> the touchpoint its text goes
    #: to, or None for every score of the respondent
    texts: dict[int, tuple[str, str] | None] = field(default_factory=dict)
    #: wide layout, set by the user: channel question column -> the (stage, touchpoint)
    #: its answers are the channel of ("" touchpoint: every score of that stage)
    channel_of: dict[int, tuple[str, str]] = field(default_factory=dict)

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


def sample_rows(table: Table, header: Header, count: int) -> list[list]:
    """The first ``count`` data rows, made without the others (a sample to judge by)."""
    return table.head(header.data_start + count)[header.data_start :]


def _column_values(rows: list[list], index: int) -> list:
    return [r[index] if index < len(r) else None for r in rows]


#: What :func:`_cell_kind` says of a cell: left out, metadata, an answer, other.
_SKIP, _META, _ANSWER, _OTHER = range(4)


def _cell_kind(v: object) -> int:
    if v is None or v == "":
        return _SKIP
    if isinstance(v, dt.date | dt.time | dt.timedelta | bool):
        return _META
    if isinstance(v, str):
        s = v.strip()
        if _IP.match(s) or _DURATION.match(s) or _DATE.match(s):
            return _META
    kind, number, _sizes = parse_answer(v)
    if kind == LABEL or (kind == NUMBER and 0 <= number <= 10 and number == int(number)):
        return _ANSWER
    return _SKIP if kind == BLANK else _OTHER


def _value_kind(values: list) -> str | None:
    """'metadata', 'answers' (all on a scale), or None (text, or nothing to tell).

    Each distinct cell is judged once (a sample repeats its scores, channels and
    dates), keyed by type as well as value, since ``True == 1`` but a bool is metadata.
    """
    tally = [0, 0, 0, 0]
    try:
        counts = Counter(zip(map(type, values), values, strict=True))
    except TypeError:  # an unhashable cell: never from our readers
        for kind in map(_cell_kind, values):
            tally[kind] += 1
    else:
        for (_type, v), n in counts.items():
            tally[_cell_kind(v)] += n
    meta, answers = tally[_META], tally[_ANSWER]
    seen = meta + answers + tally[_OTHER]
    if not seen:
        return None
    if meta / seen > 0.5:
        return "metadata"
    if answers == seen:
        return "answers"
    return None


def _is_sentence(text: str) -> bool:
    """Words someone wrote: a few Chinese characters, or several words (not an e-mail or id)."""
    if _CJK.search(text) is not None:
        return len(text) >= 4
    return len(text) >= 12 and len(text.split()) >= 3


def _written_answers(values: list) -> list[str]:
    texts = [v.strip() for v in values if isinstance(v, str)]
    return [t for t in texts if t.lower() not in NO_ANSWER_TEXTS]


def _multi_select(texts: list[str]) -> bool:
    """Choices joined with ; or ┋ (Google and Microsoft Forms, 问卷星), not sentences."""
    return sum(1 for t in texts if ";" in t or "┋" in t) > len(texts) / 2


def _reads_as_free_text(texts: list[str]) -> bool:
    """Long and varied answers."""
    if len(texts) < 2:
        return False
    sentences = sum(1 for t in texts if _is_sentence(t))
    return sentences >= 0.6 * len(texts) and len(set(texts)) >= 0.6 * len(texts)


def _has_text_id(names: tuple[str, ...]) -> bool:
    return any(_FREE_TEXT_ID.search(name.strip()) for name in names)


def _asks_for_words(names: tuple[str, ...]) -> bool:
    """A question whose words ask for the respondent's own words (建议, "anything else")."""
    return any(_contains(normalise(name), _FREE_TEXT_WORDS) for name in names)


def _asks_for_a_channel(names: tuple[str, ...], values: list) -> bool:
    """A survey question asking which channel was used: its words name a channel, and
    its answers are short names that repeat (not sentences, not scores)."""
    if _has_text_id(names) or _asks_for_words(names):
        return False
    if not any(_contains(normalise(n), _CHANNEL_WORDS) for n in names):
        return False
    texts = _written_answers(values)
    if not texts or any(len(t) > CHANNEL_ANSWER_CHARS for t in texts):
        return False
    return len(set(texts)) <= max(CHANNEL_CHOICES, 0.6 * len(texts))


def _contains(norm: str, words: tuple[str, ...]) -> bool:
    for word in words:
        if word.isascii():
            if re.search(rf"\b{re.escape(word)}\b", norm):
                return True
        elif word in norm:
            return True
    return False


def _free_text(names: tuple[str, ...], values: list) -> bool:
    """A survey's free-text question: marked _TEXT, or asking for words and not choices."""
    if _has_text_id(names):
        return True
    texts = _written_answers(values)
    if _multi_select(texts):
        return False
    return _asks_for_words(names) or _reads_as_free_text(texts)


def detect(table: Table, header: Header) -> Mapping:
    """Roles from headers first, then from values, for every column of the table."""
    sample = sample_rows(table, header, SAMPLE_ROWS)
    roles: dict[int, str] = {}
    how: dict[int, str] = {}
    strength: dict[int, int] = {}
    free_text: set[int] = set()
    # The sheet is looked at again as the plan is made: what its values are is kept.
    kinds: dict[int, str | None] = table.memo.setdefault(("value kinds", header.data_start), {})
    for col in header.columns:
        found = max((role_of(n) for n in col.names), key=lambda rs: rs[1], default=(None, 0))
        values = _column_values(sample, col.index)
        if col.index not in kinds:
            kinds[col.index] = _value_kind(values)
        kind = kinds[col.index]
        role, sure = found
        if role == "metadata" or (kind == "metadata" and role not in ("stage", "touchpoint")):
            roles[col.index], how[col.index] = "ignore", "metadata"
        elif role is not None:
            roles[col.index], how[col.index] = role, "header"
            strength[col.index] = sure
        elif kind == "answers":
            roles[col.index], how[col.index] = "question", "values"
        elif _asks_for_a_channel(col.names, values):
            roles[col.index], how[col.index] = "channel", "values"
            strength[col.index] = 1
        else:
            roles[col.index], how[col.index] = "ignore", ""
            if _free_text(col.names, values):
                free_text.add(col.index)
    mapping = Mapping(table, header, roles, how, None, free_text=free_text)
    _settle(mapping, strength)
    return mapping


def _settle(mapping: Mapping, strength: dict[int, int] | None = None) -> None:
    """Decide the layout and make the roles consistent with it."""
    roles = mapping.roles
    strength = strength or {}
    has = {r: [i for i, role in roles.items() if role == r] for r in ROLES}
    long = bool(has["score"]) and bool(has["stage"] or has["touchpoint"])
    how = mapping.how
    if long:
        mapping.layout = LONG
        for i in mapping.free_text:
            if how.get(i) == FREE_TEXT:
                roles[i], how[i] = "ignore", ""
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
    if wide:
        for i in mapping.free_text:
            if roles.get(i) == "ignore" and how.get(i) == "":
                roles[i], how[i] = "comment", FREE_TEXT


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
        mapping.table,
        mapping.header,
        roles,
        how,
        None,
        dict(mapping.questions),
        mapping.scale,
        set(mapping.free_text),
        dict(mapping.texts),
        dict(mapping.channel_of),
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


class AmbiguousColumn(ValueError):
    """A name that more than one column has: the user must choose, by letter."""

    def __init__(self, ref: str, candidates: list[Column]) -> None:
        self.ref = ref
        self.candidates = candidates
        listed = ", ".join(c.label for c in candidates)
        super().__init__(f"{len(candidates)} columns are named {ref!r}: {listed}")


def resolve_column(header: Header, ref: str, first_col: int = 0) -> Column | None:
    """A column named by its text or id in any header row, its letter (C, AB) or number.

    Names come first: a column headed "ID" is that column, not column ID. A name
    several columns share raises :class:`AmbiguousColumn`.
    """
    wanted = normalise(ref)
    exact = ref.strip()
    if wanted:
        found = [c for c in header.columns if any(normalise(n) == wanted for n in c.names)]
        if len(found) > 1:
            # "Q1" is not ambiguous between a column whose id is Q1 and one whose label is "1. Q1".
            verbatim = [c for c in found if exact in c.names]
            found = verbatim if len(verbatim) == 1 else found
        if len(found) > 1:
            raise AmbiguousColumn(exact, found)
        if found:
            return found[0]
    ref = exact
    index: int | None = None
    if _LETTERS.match(ref):
        index = letter_index(ref) - first_col
    elif ref.isdigit() and int(ref) > 0:
        index = int(ref) - 1 - first_col
    if index is not None and 0 <= index < len(header.columns):
        return header.columns[index]
    return None
