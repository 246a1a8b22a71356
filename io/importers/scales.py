"""Answer scales: Likert labels as data, numbers and labels onto the −2..+2 emotion score.

Every scale maps linearly: for a scale ``lo..hi`` an answer ``v`` scores
``-2 + 4 * (v - lo) / (hi - lo)``. Labels are looked up in :data:`LABEL_SCALES`
(one tuple per scale, worst first); prefixed forms such as "5 - Very satisfied",
"5 = 非常满意" or "⑤" take the number. Which scale a column uses is inferred from
a header hint "(1-7)", the labels, or the spread of the numbers — and when that
is a guess (nobody answered above 4) it is reported, never assumed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

# fmt: off
#: Each scale's labels from worst to best; a label's value is its 1-based place.
LABEL_SCALES: tuple[tuple[str, ...], ...] = (
    ("非常不满意", "不满意", "一般", "满意", "非常满意"),
    ("很不满意", "不太满意", "一般", "比较满意", "很满意"),
    ("非常不满意", "比较不满意", "一般", "比较满意", "非常满意"),
    ("非常不满意", "不满意", "中立", "满意", "非常满意"),
    ("非常不同意", "不同意", "一般", "同意", "非常同意"),
    ("非常不同意", "不同意", "中立", "同意", "非常同意"),
    ("完全不同意", "不太同意", "不确定", "比较同意", "完全同意"),
    ("非常差", "差", "一般", "好", "非常好"),
    ("很差", "较差", "一般", "较好", "很好"),
    ("非常不可能", "不太可能", "不确定", "比较可能", "非常可能"),
    ("very dissatisfied", "dissatisfied", "neither satisfied nor dissatisfied", "satisfied",
     "very satisfied"),
    ("very dissatisfied", "somewhat dissatisfied", "neutral", "somewhat satisfied",
     "very satisfied"),
    ("strongly disagree", "disagree", "neither agree nor disagree", "agree", "strongly agree"),
    ("strongly disagree", "somewhat disagree", "neutral", "somewhat agree", "strongly agree"),
    ("very poor", "poor", "fair", "good", "excellent"),
    ("very bad", "bad", "neutral", "good", "very good"),
    ("very unlikely", "unlikely", "neutral", "likely", "very likely"),
    ("extremely dissatisfied", "moderately dissatisfied", "slightly dissatisfied",
     "neither satisfied nor dissatisfied", "slightly satisfied", "moderately satisfied",
     "extremely satisfied"),
    ("strongly disagree", "disagree", "somewhat disagree", "neither agree nor disagree",
     "somewhat agree", "agree", "strongly agree"),
    ("非常不满意", "不满意", "比较不满意", "一般", "比较满意", "满意", "非常满意"),
    ("非常不同意", "不同意", "比较不同意", "一般", "比较同意", "同意", "非常同意"),
)

#: Answers that mean "no answer" (survey tools write these for skipped questions).
NO_ANSWER: frozenset[str] = frozenset({
    "", "-", "—", "n/a", "na", "(跳过)", "(空)", "跳过", "空", "不适用", "无", "不知道",
    "skipped", "not applicable", "don't know", "prefer not to say",
})

#: The numeric scales a column can be on, as (lo, hi); --scale accepts these.
STANDARD_SCALES: tuple[tuple[int, int], ...] = ((1, 5), (1, 7), (0, 10))
# fmt: on

CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① .. ⑳
_HINT = re.compile(r"(\d+)\s*(?:-|–|—|~|～|至|到|to)\s*(\d+)")
_PREFIXED = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:[-–—=:：、.．)）]|分)\s*(.*)$")


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = text.replace("（", "(").replace("）", ")")
    return re.sub(r"\s+", " ", text)


def _label_table() -> dict[str, set[int]]:
    """Label -> the set of scale sizes it appears in (one label may sit in 5 and 7 points)."""
    table: dict[str, set[int]] = {}
    for labels in LABEL_SCALES:
        for label in labels:
            table.setdefault(_norm(label), set()).add(len(labels))
    return table


_LABEL_POINTS = _label_table()
_LABEL_VALUE: dict[tuple[str, int], int] = {
    (_norm(label), len(labels)): i + 1 for labels in LABEL_SCALES for i, label in enumerate(labels)
}


@dataclass(frozen=True, slots=True)
class Scale:
    lo: float
    hi: float

    def score(self, value: float) -> float:
        """The −2..+2 emotion score of an answer on this scale."""
        return -2.0 + 4.0 * (value - self.lo) / (self.hi - self.lo)

    def holds(self, value: float) -> bool:
        return self.lo <= value <= self.hi

    def __str__(self) -> str:
        return f"{self.lo:g}-{self.hi:g}"


def parse_scale(text: str) -> Scale:
    """'1-5' -> Scale(1, 5); ValueError for anything that is not lo-hi with lo < hi."""
    m = _HINT.fullmatch(text.strip())
    if not m or int(m.group(1)) >= int(m.group(2)):
        raise ValueError(text)
    return Scale(int(m.group(1)), int(m.group(2)))


def scale_hint(header: str) -> Scale | None:
    """A scale written in a header: "评分(1-7)", "Satisfaction [0 to 10]", "打分（1～5分）"."""
    for m in _HINT.finditer(_norm(header)):
        lo, hi = int(m.group(1)), int(m.group(2))
        if lo in (0, 1) and lo < hi <= 100:
            return Scale(lo, hi)
    return None


# --- one answer ------------------------------------------------------------------

BLANK = "blank"
NUMBER = "number"
LABEL = "label"
UNKNOWN = "unknown"


def parse_answer(value: object) -> tuple[str, float, frozenset[int]]:
    """What a cell holds: (kind, number, label scale sizes).

    A label's number is its place on its scale; the sizes say which label scales
    (5 or 7 points) it can belong to, for inferring the scale of a column.
    """
    if value is None:
        return BLANK, 0.0, frozenset()
    kind = type(value)
    if kind is float or kind is int:
        if math.isnan(value):  # type: ignore[arg-type]
            return BLANK, 0.0, frozenset()
        return NUMBER, float(value), frozenset()  # type: ignore[arg-type]
    if kind is not str:
        return UNKNOWN, 0.0, frozenset()
    text = _norm(value)  # type: ignore[arg-type]
    if text in NO_ANSWER:
        return BLANK, 0.0, frozenset()
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        if math.isfinite(number):
            return NUMBER, number, frozenset()
        return UNKNOWN, 0.0, frozenset()
    if text in CIRCLED:
        return NUMBER, float(CIRCLED[text]), frozenset()
    sizes = _LABEL_POINTS.get(text)
    if sizes:
        # A label with one meaning gets its value; one on both 5 and 7 points is
        # resolved by the column (see infer_scale), here it takes its 5-point place.
        size = min(sizes)
        return LABEL, float(_LABEL_VALUE[(text, size)]), frozenset(sizes)
    m = _PREFIXED.match(text)
    if m:
        rest = m.group(2).strip()
        if not rest or rest in _LABEL_POINTS or not rest[:1].isdigit():
            return NUMBER, float(m.group(1)), frozenset(_LABEL_POINTS.get(rest, ()))
    return UNKNOWN, 0.0, frozenset()


def label_value(text: str, size: int) -> float | None:
    """The place of a label on a scale of ``size`` points (None when it is not on one)."""
    value = _LABEL_VALUE.get((_norm(text), size))
    return None if value is None else float(value)


# --- a whole column --------------------------------------------------------------


class ScaleProblem(ValueError):
    """Why no scale could be chosen for a column; the text completes a sentence.

    ``index`` is the place of the offending answer in the column, when one answer is.
    """

    def __init__(self, message: str, index: int | None = None, ask: bool = False) -> None:
        super().__init__(message)
        self.index = index
        #: True when the user can settle it by naming the scale (--scale, the dialog).
        self.ask = ask

    def about(self, column: str, first_row: int) -> str:
        """The whole sentence for ``column`` (e.g. "the score column C of the sheet 'x'"),
        with the sheet row of the offending answer when there is one."""
        where = f" (row {first_row + self.index})" if self.index is not None else ""
        if self.ask:
            where += "; give the scale with --scale"
        return f"{column} {self}{where}"


def infer_scale(
    numbers: Iterable[float], label_sizes: Iterable[frozenset[int]], hint: Scale | None
) -> Scale:
    """The scale of a column from its header hint, its labels, or its numbers.

    Raises ScaleProblem when the answers do not fit one scale or when choosing
    would be a guess.
    """
    numbers = list(numbers)
    sizes = [s for s in label_sizes if s]
    if hint is not None:
        return hint
    if sizes:
        common = set.intersection(*(set(s) for s in sizes))
        if not common:
            raise ScaleProblem("mixes labels of 5-point and 7-point scales")
        size = min(common) if len(common) == 1 or not numbers else _fit_size(common, numbers)
        return Scale(1, size)
    if not numbers:
        raise ScaleProblem("holds no answers")
    lo, hi = min(numbers), max(numbers)
    if lo < 0 or hi > 10:
        bad = lo if lo < 0 else hi
        raise ScaleProblem(f"holds {bad:g}, which is on none of the scales 1-5, 1-7 and 0-10")
    if lo == 0 or hi > 7:
        return Scale(0, 10)
    if hi > 5:
        return Scale(1, 7)
    if hi > 4:
        return Scale(1, 5)
    raise ScaleProblem(
        f"holds only answers from {lo:g} to {hi:g}, which fits 1-5, 1-7 and 0-10 alike", ask=True
    )


def _fit_size(sizes: set[int], numbers: list[float]) -> int:
    top = max(numbers)
    fitting = sorted(s for s in sizes if top <= s)
    if not fitting:
        raise ScaleProblem(f"holds {top:g}, above every scale its labels belong to")
    return fitting[0]


_BLANK_PARSE = (BLANK, 0.0, frozenset())


def _parse_one(v: object) -> tuple[str, float, frozenset[int]]:
    """parse_answer, with :func:`_parse_all`'s reading of a float cell (NaN is blank)."""
    if type(v) is float:
        return _BLANK_PARSE if v != v else (NUMBER, v, frozenset())
    return parse_answer(v)


def _parse_all(values: list[object]) -> list[tuple[str, float, frozenset[int]]]:
    """parse_answer for a whole column; plain numbers and repeated labels take a fast path."""
    cache: dict[object, tuple[str, float, frozenset[int]]] = {}
    empty: frozenset[int] = frozenset()
    out = []
    append = out.append
    for v in values:
        kind = type(v)
        if kind is float:
            append(_BLANK_PARSE if v != v else (NUMBER, v, empty))  # v != v: NaN
        elif kind is str:
            hit = cache.get(v)
            if hit is None:
                hit = cache[v] = parse_answer(v)
            append(hit)
        else:
            append(parse_answer(v))
    return out


def _same(key: object) -> object:
    return key


_second = itemgetter(1)


class ColumnScores:
    """The emotion scores of one column's answers (None for a blank), and its scale."""

    def __init__(
        self, values: list[object], hint: Scale | None = None, override: Scale | None = None
    ) -> None:
        self.scores: list[float | None] = []
        self.blank = 0
        try:
            done = self._by_distinct(values, hint, override)
        except TypeError:  # an unhashable cell: never from our readers
            done = False
        if not done:
            self._by_cell(values, hint, override)

    def _by_distinct(
        self, values: list[object], hint: Scale | None, override: Scale | None
    ) -> bool:
        """Each distinct answer parsed and scored once: a column of 100,000 answers
        holds a handful of values. Keyed by type as well as value, since ``True == 1``
        parse differently. False (nothing set) when an answer is not on the scale:
        then :meth:`_by_cell` finds the first one and says which row it is in."""
        if len(set(map(type, values))) == 1:  # one type (calamine's floats): by value alone
            keys: list[Any] = values
            value_of: Callable[[Any], object] = _same
        else:
            keys = list(zip(map(type, values), values, strict=True))
            value_of = _second
        counts = Counter(keys)  # in the order first met
        parsed = {key: _parse_one(value_of(key)) for key in counts}
        if any(p[0] == UNKNOWN for p in parsed.values()):
            return False
        numbers = [p[1] for p in parsed.values() if p[0] == NUMBER]
        sizes = [p[2] for p in parsed.values() if p[2]]
        scale = override or infer_scale(numbers, sizes, hint)
        lo, span, top = scale.lo, scale.hi - scale.lo, scale.hi
        score_of: dict[Any, float | None] = {}
        blank = 0
        for key, (kind, number, _sizes) in parsed.items():
            if kind is NUMBER and lo <= number <= top:
                score_of[key] = -2.0 + 4.0 * (number - lo) / span
                continue
            if kind == BLANK:
                score_of[key] = None
                blank += counts[key]
                continue
            if kind == LABEL:
                placed = label_value(str(value_of(key)), int(scale.hi))
                if placed is None or scale.lo != 1:
                    return False
                number = placed
            if not scale.holds(number):
                return False
            score_of[key] = scale.score(number)
        self.scale = scale
        self.scores = list(map(score_of.__getitem__, keys))
        self.blank = blank
        return True

    def _by_cell(self, values: list[object], hint: Scale | None, override: Scale | None) -> None:
        """Every answer in turn; raises ScaleProblem at the first one off the scale."""
        parsed = _parse_all(values)
        unknown = sorted(
            {str(v).strip() for v, p in zip(values, parsed, strict=True) if p[0] == UNKNOWN}
        )
        if unknown:
            shown = ", ".join(repr(u) for u in unknown[:6])
            more = f" and {len(unknown) - 6} more" if len(unknown) > 6 else ""
            raise ScaleProblem(f"holds answers that are not on a known scale: {shown}{more}")
        numbers = [p[1] for p in parsed if p[0] == NUMBER]
        sizes = [p[2] for p in parsed if p[2]]
        self.scale = override or infer_scale(numbers, sizes, hint)
        self.scores = []
        self.blank = 0
        lo, span, top = self.scale.lo, self.scale.hi - self.scale.lo, self.scale.hi
        scores = self.scores
        for i, (value, (kind, number, _sizes)) in enumerate(zip(values, parsed, strict=True)):
            if kind is NUMBER and lo <= number <= top:
                scores.append(-2.0 + 4.0 * (number - lo) / span)
                continue
            if kind == BLANK:
                scores.append(None)
                self.blank += 1
                continue
            if kind == LABEL:
                placed = label_value(str(value), int(self.scale.hi))
                if placed is None or self.scale.lo != 1:
                    raise ScaleProblem(
                        f"holds the label {str(value).strip()!r}, which is not on the scale "
                        f"{self.scale}",
                        i,
                    )
                number = placed
            if not self.scale.holds(number):
                raise ScaleProblem(f"holds {number:g}, outside the scale {self.scale}", i)
            scores.append(self.scale.score(number))

    @property
    def answered(self) -> int:
        return len(self.scores) - self.blank
