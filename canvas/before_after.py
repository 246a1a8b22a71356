"""Did the fix work? Touchpoint scores before and after an improvement was done.

An improvement marked done on a date is compared, on each touchpoint it names, by
the imported waves: answers from waves dated before the done date against answers
from waves dated on or after it, with Welch's t-test (canvas/student_t.py) deciding
whether the change is significant (p < 0.05). Answers whose wave has no date cannot
be placed on either side and are left out. A touchpoint is named by the
improvement's evidence ids or by a link between the two cards (either way round).

The KPIs an improvement names (``kpis``: metric cards) show their change around the
same date: the last measurement before it against the latest since (canvas/kpis.py),
and whether that is better or worse in the KPI's direction. Before the improvement is
done, the change is from the baseline to the latest measurement.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas import kpis, student_t
from journeycanvas.canvas.model import Card, ImprovementStatus, Journey, LaneKind

SIGNIFICANT_BELOW = 0.05


@dataclass(frozen=True)
class BeforeAfter:
    touchpoint: Card
    before: tuple[float, ...]
    after: tuple[float, ...]

    @staticmethod
    def _mean(values: tuple[float, ...]) -> float | None:
        return sum(values) / len(values) if values else None

    @property
    def mean_before(self) -> float | None:
        return self._mean(self.before)

    @property
    def mean_after(self) -> float | None:
        return self._mean(self.after)

    @property
    def change(self) -> float | None:
        if self.mean_before is None or self.mean_after is None:
            return None
        return self.mean_after - self.mean_before

    @property
    def p(self) -> float | None:
        return student_t.welch_p(list(self.before), list(self.after))

    @property
    def significant(self) -> bool:
        return self.p is not None and self.p < SIGNIFICANT_BELOW

    def mark(self) -> str:
        """ "+0.80 → −0.20 *" (the star when Welch finds the change significant)."""
        if self.mean_before is None or self.mean_after is None:
            return ""
        text = f"{_signed(self.mean_before)} → {_signed(self.mean_after)}"
        return text + (" *" if self.significant else "")


def _signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def linked_touchpoints(journey: Journey, card: Card) -> list[Card]:
    """The touchpoint cards an improvement names, in map order."""
    imp = card.improvement
    if imp is None:
        return []
    lanes = set(journey.touchpoint_lane_ids())
    wanted = set(imp.evidence)
    linked = {x.to_card for x in journey.links if x.from_card == card.id}
    linked |= {x.from_card for x in journey.links if x.to_card == card.id}
    return [
        c
        for c in journey.cards
        if c.lane_id in lanes and (c.id in linked or not wanted.isdisjoint(c.evidence.ids))
    ]


def before_after(journey: Journey, card: Card) -> list[BeforeAfter]:
    """Per named touchpoint, scores before and after the done date (done ones only)."""
    imp = card.improvement
    if imp is None or imp.status != ImprovementStatus.DONE or not imp.done_on:
        return []
    dates = {r.id: r.wave_date for r in journey.imports}
    out = []
    for tp in linked_touchpoints(journey, card):
        before: list[float] = []
        after: list[float] = []
        for import_id, score in zip(tp.evidence.import_ids, tp.evidence.scores, strict=True):
            when = dates.get(import_id, "")
            if score is None or not when:
                continue
            (before if when < imp.done_on else after).append(score)
        out.append(BeforeAfter(tp, tuple(before), tuple(after)))
    return out


def by_touchpoint(journey: Journey) -> dict[str, list[BeforeAfter]]:
    """Each touchpoint's comparisons around the done improvements that name it, so the
    touchpoint card itself says whether the fix worked (one entry per improvement, in
    map order); touchpoints no done improvement names are absent."""
    out: dict[str, list[BeforeAfter]] = {}
    for card in journey.cards:
        if card.improvement is None or card.improvement.status != ImprovementStatus.DONE:
            continue
        for found in before_after(journey, card):
            out.setdefault(found.touchpoint.id, []).append(found)
    return out


@dataclass(frozen=True)
class NamedKpi:
    card: Card
    change: kpis.KpiChange

    def mark(self, language: str) -> str:
        found = self.change.mark(language)
        return f"{self.card.title} {found}" if found else ""


def kpi_changes(journey: Journey, card: Card) -> list[NamedKpi]:
    """Each KPI the improvement names (in map order) and how it moved around its done date."""
    imp = card.improvement
    if imp is None or not imp.kpis:
        return []
    wanted = set(imp.kpis)
    done = imp.done_on if imp.status == ImprovementStatus.DONE else ""
    return [
        NamedKpi(c, kpis.change_around(c.kpi, done))
        for c in journey.cards
        if c.id in wanted and c.kpi is not None
    ]


def kpi_choices(journey: Journey) -> list[Card]:
    """The metric cards that track a KPI, which an improvement can name, in map order."""
    lanes = {lane.id for lane in journey.lanes_of(LaneKind.METRICS)}
    return [c for c in journey.cards if c.lane_id in lanes and c.kpi is not None]
