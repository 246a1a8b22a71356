"""What the layouts collect from a sheet: answers, and the rows left out with why.

An answer is a plain tuple (fast to make by the hundred thousand):
``(stage, touchpoint, channel, score, text, respondent, row, number)`` where score
is on the −2..+2 scale or None (a quote without a score), row is the 1-based
spreadsheet row, and number is the sheet's touchpoint number ("" when it has none):
answers with one stage and title but different numbers are different touchpoints.
An answer with neither score nor text (only in a numbered sheet) lists a
touchpoint that has no answers yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter

from journeycanvas.io.importers.scales import Scale

Answer = tuple[str, str, str, float | None, str, str, int, str]
#: Called now and then with (done, total); raises ImportCancelled to stop.
Progress = Callable[[int, int], None]

STAGE, TOUCHPOINT, CHANNEL, SCORE, TEXT, RESPONDENT, ROW, NUMBER = range(8)


class AnswerColumns:
    """One field of every answer, as a list, taken out once when first asked.

    The import's steps read the same fields of the same 100,000 answers: the origins
    their rows, scores, stages, touchpoints and respondents, the size check their
    texts and respondents, the build every field, the report the scores and
    touchpoints. Each field taken out (an itemgetter over every answer, in C) costs
    ~2.5 ms; taken out once, not two or three times, they cost half. The lists are
    shared: nobody may change them.
    """

    __slots__ = ("_count", "_taken", "answers")

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = answers
        self._count = len(answers)
        self._taken: dict[int, list] = {}

    def __getitem__(self, index: int) -> list:
        taken = self._taken.get(index)
        if taken is None:
            taken = self._taken[index] = list(map(itemgetter(index), self.answers))
        return taken

    @classmethod
    def made_from(cls, answers: list[Answer], fields: list[list]) -> AnswerColumns:
        """The columns of ``answers``, which were zipped from ``fields`` (one list per
        field, in the answer's order): nothing left to take out."""
        held = cls(answers)
        held._taken = dict(enumerate(fields))
        return held

    def of(self, answers: list[Answer]) -> bool:
        """Whether these are the columns of ``answers`` as they are now (the same list,
        not grown or shrunk since)."""
        return answers is self.answers and len(answers) == self._count


@dataclass
class Collected:
    answers: list[Answer] = field(default_factory=list)
    #: reason -> spreadsheet rows (or columns, for wide-layout questions) left out
    skipped: dict[str, list[int]] = field(default_factory=dict)
    #: column letter -> the scale its answers were read on
    scales: dict[str, Scale] = field(default_factory=dict)
    data_rows: int = 0
    #: rows left out because the journey already holds them (an earlier export's rows)
    already: int = 0
    #: rows that added at least one answer
    new_rows: int = 0
    #: stages and (stage, touchpoint)s the import created in the journey
    created_stages: list[str] = field(default_factory=list)
    created_touchpoints: list[tuple[str, str]] = field(default_factory=list)
    #: import records the import replaced (``--replace``)
    replaced: list[str] = field(default_factory=list)
    #: spreadsheet row -> the step it names (long layout with a step column)
    steps: dict[int, str] = field(default_factory=dict)
    _columns: AnswerColumns | None = field(default=None, init=False, repr=False, compare=False)

    def skip(self, reason: str, row: int) -> None:
        self.skipped.setdefault(reason, []).append(row)

    @property
    def responses(self) -> int:
        scores = self.columns()[SCORE]
        return len(scores) - scores.count(None)

    def take_columns(self, fields: list[list]) -> None:
        """Keep the lists ``answers`` was zipped from as its columns (the long layout's
        survey rows: the fields are there already, one list each)."""
        self._columns = AnswerColumns.made_from(self.answers, fields)

    def columns(self) -> AnswerColumns:
        """The answers' fields as columns; made afresh once ``answers`` is another list."""
        held = self._columns
        if held is None or not held.of(self.answers):
            held = self._columns = AnswerColumns(self.answers)
        return held


def text_of(value: object) -> str:
    """A cell as text: 3.0 -> '3', a date -> '2025-09-01', None -> ''."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()
