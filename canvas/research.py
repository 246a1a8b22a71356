"""What the evidence behind a touchpoint says: interval, waves, segments, change.

Computed from the model on demand, never stored, so a number on the map can
always be traced to the evidence rows behind it. A wave is an import's wave
name (imports sharing a name form one wave), in the order first imported;
evidence no import claims (typed by hand, or from an old file) forms no wave.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from itertools import compress
from operator import is_not

from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import Card, Journey, scored
from journeycanvas.canvas.student_t import interval95, welch_p

_not_none = partial(is_not, None)

#: Fewer scored answers than this make a touchpoint "low confidence".
LOW_CONFIDENCE_BELOW = 5
#: A wave-to-wave change counts as significant below this p of Welch's test.
SIGNIFICANT_P = 0.05


@dataclass(frozen=True)
class Group:
    """The scored answers of one wave or one segment."""

    name: str
    scores: tuple[float, ...]

    @property
    def responses(self) -> int:
        return len(self.scores)

    @property
    def mean(self) -> float | None:
        return sum(self.scores) / len(self.scores) if self.scores else None


@dataclass(frozen=True)
class Change:
    """The latest wave against the one before it."""

    delta: float
    p: float | None

    @property
    def significant(self) -> bool:
        return self.p is not None and self.p < SIGNIFICANT_P

    def mark(self) -> str:
        """'▲ +0.4' or '▼ −0.3' ('*' when significant): the mark on a card."""
        arrow = "▲" if self.delta > 0 else "▼" if self.delta < 0 else "="
        sign = "+" if self.delta >= 0 else "−"
        return f"{arrow} {sign}{abs(self.delta):.1f}{'*' if self.significant else ''}"


def scores_of(card: Card) -> list[float]:
    return scored(card.evidence)


def ci95(card: Card) -> tuple[float, float] | None:
    """The mean score's 95 % Student-t interval; None with fewer than two answers."""
    return interval95(scores_of(card))


def low_confidence(card: Card, below: int = LOW_CONFIDENCE_BELOW) -> bool:
    """True for a touchpoint with some, but fewer than ``below``, scored answers."""
    return 0 < card.responses < below


def wave_names(journey: Journey) -> dict[str, str]:
    """Import id -> its wave's name (the source file when the import has none)."""
    return {r.id: r.wave or r.source for r in journey.imports}


def waves(journey: Journey, card: Card, known: list[float] | None = None) -> list[Group]:
    """The card's answers per wave, every wave of the journey in import order (a wave
    that added nothing to this touchpoint has no answers), so lists line up.

    Read a column at a time: a touchpoint may hold 10,000 answers, and the journey's
    first layout asks this of every touchpoint. Each wave takes, in the answers' order,
    the scores of the rows whose import is one of the wave's (C's compress and filter,
    not a Python loop per answer); a card all of one import (the usual case) is one
    filter of its score column (or ``known``, the card's scored answers when the
    caller has them: :func:`stats` counts them once for everything it says).
    """
    names = wave_names(journey)
    imports_of: dict[str, set[str]] = {name: set() for name in names.values()}
    for import_id, name in names.items():
        imports_of[name].add(import_id)
    found: dict[str, tuple[float, ...]] = dict.fromkeys(imports_of, ())
    table = EvidenceTable.from_evidence(card.evidence)
    ids, scores = table.import_ids, table.scores
    if ids:
        first = ids[0]
        if ids.count(first) == len(ids):
            name = names.get(first)
            if name is not None:
                found[name] = tuple(filter(_not_none, scores) if known is None else known)
        else:
            for name, members in imports_of.items():
                keep = map(members.__contains__, ids)
                found[name] = tuple(filter(_not_none, compress(scores, keep)))
    return [Group(name, scores) for name, scores in found.items()]


def segments(card: Card) -> list[Group]:
    """The card's answers per segment, in the order first met; unsegmented left out.

    A column at a time, as :func:`waves`: the segment names first met (a dict of the
    column), then each segment's scores by compress and filter, in the answers' order.
    """
    table = EvidenceTable.from_evidence(card.evidence)
    names, scores = table.segments, table.scores
    found = [name for name in dict.fromkeys(names) if name]
    return [
        Group(name, tuple(filter(_not_none, compress(scores, map(name.__eq__, names)))))
        for name in found
    ]


def change(journey: Journey, card: Card, known: list[float] | None = None) -> Change | None:
    """The latest wave's mean against the previous wave's, when both have answers
    (``known``: the card's scored answers, as :func:`waves` takes them)."""
    if len(set(wave_names(journey).values())) < 2:
        return None  # one wave or none: no two waves' groups to compare, for any card
    scored = [g for g in waves(journey, card, known) if g.scores]
    if len(scored) < 2:
        return None
    before, latest = scored[-2], scored[-1]
    assert before.mean is not None and latest.mean is not None
    return Change(latest.mean - before.mean, welch_p(list(latest.scores), list(before.scores)))


@dataclass(frozen=True)
class CardStats:
    """What the map prints for one touchpoint."""

    ci95: tuple[float, float] | None
    change: Change | None
    low: bool
    #: The scored answers and their mean, as Card.responses and Card.score count them.
    responses: int = 0
    mean: float | None = None


#: card id -> (its evidence list, the journey's imports, the stats): the lists are
#: replaced, never changed (copy on write), so "is" tells whether the stats still hold.
_STATS: dict[str, tuple[list, list, CardStats]] = {}
_STATS_MAX = 20_000


def stats(journey: Journey, card: Card) -> CardStats:
    """ci95, the latest wave's change and low confidence, remembered per card: a
    re-layout after an edit must not walk 100,000 answers again."""
    hit = _STATS.get(card.id)
    if hit is not None and hit[0] is card.evidence and hit[1] is journey.imports:
        return hit[2]
    # The scored answers picked out once, for all five (a card may hold 10,000); each
    # figure is the one its own function gives (ci95, change, low_confidence,
    # Card.responses, Card.score).
    scores = scored(card.evidence)
    n = len(scores)
    found = CardStats(
        interval95(scores),
        change(journey, card, scores),
        0 < n < LOW_CONFIDENCE_BELOW,
        n,
        sum(scores) / n if scores else None,
    )
    if len(_STATS) > _STATS_MAX:
        _STATS.clear()
    _STATS[card.id] = (card.evidence, journey.imports, found)
    return found
