"""Improvements: scoring, ordering and the words the map prints for them.

One formula everywhere (the Inspector states it, the card, the matrix, the action plan
and ``summary --json`` use it), so a number a user sees in one place matches the
others:

    value    = (customer value + business value) / 2      both 0-100
    priority = value / effort                              effort 1-5

Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas.model import (
    Card,
    Evidence,
    Improvement,
    ImprovementStatus,
    Journey,
    LaneKind,
)

#: Shown in the Inspector and the action plan, so nobody has to guess the ranking.
FORMULA = "priority = (customer value + business value) / 2 ÷ effort"

#: Where the matrix splits value (0-100) and effort (1-5) into quadrants.
VALUE_SPLIT = 50.0
EFFORT_SPLIT = 3.0

#: Status words in the journey's content language (the map, not the interface, speaks).
_STATUS = {
    "en": {
        "idea": "idea",
        "planned": "planned",
        "in_progress": "in progress",
        "done": "done",
        "dropped": "dropped",
        "priority": "priority",
        "winner": "winner",
    },
    "zh": {
        "idea": "想法",
        "planned": "已计划",
        "in_progress": "进行中",
        "done": "已完成",
        "dropped": "已放弃",
        "priority": "优先级",
        "winner": "胜出",
    },
}

#: Badge colours by status: grey for not yet decided or given up, blue under way, green done.
STATUS_COLOURS = {
    ImprovementStatus.IDEA: "#6B6B6B",
    ImprovementStatus.PLANNED: "#2F5D9E",
    ImprovementStatus.IN_PROGRESS: "#B26A00",
    ImprovementStatus.DONE: "#2E7D32",
    ImprovementStatus.DROPPED: "#8A8A8A",
}


def words(language: str) -> dict[str, str]:
    return _STATUS.get(language.split("-")[0].lower(), _STATUS["en"])


def value(imp: Improvement) -> float | None:
    """Mean of customer and business value; unknown until both are scored."""
    if imp.customer_value is None or imp.business_value is None:
        return None
    return (imp.customer_value + imp.business_value) / 2.0


def priority(imp: Improvement) -> float | None:
    """Value per unit of effort; unknown until value and effort are both scored."""
    found = value(imp)
    if found is None or imp.effort is None:
        return None
    return found / imp.effort


def quadrant(imp: Improvement) -> str | None:
    """quick_win, big_bet, fill_in or money_pit, or None when not yet scored."""
    found = value(imp)
    if found is None or imp.effort is None:
        return None
    high = found >= VALUE_SPLIT
    easy = imp.effort < EFFORT_SPLIT
    if high:
        return "quick_win" if easy else "big_bet"
    return "fill_in" if easy else "money_pit"


def badge(imp: Improvement, language: str) -> tuple[str, str]:
    """The card's improvement line and its colour: "planned · priority 30"."""
    w = words(language)
    text = w[imp.status.value]
    found = priority(imp)
    if found is not None:
        text += f" · {w['priority']} {found:.3g}"
    if imp.experiment is not None and imp.experiment.variants:
        from journeycanvas.canvas.experiments import line

        text += " · A/B " + line(imp.experiment, w["winner"])
    return text, STATUS_COLOURS[imp.status]


@dataclass(frozen=True)
class Row:
    """One improvement as the action plan and the summary list it."""

    card: Card
    improvement: Improvement
    stage: str
    pains: tuple[str, ...]

    @property
    def value(self) -> float | None:
        return value(self.improvement)

    @property
    def priority(self) -> float | None:
        return priority(self.improvement)


def improvement_cards(journey: Journey) -> list[Card]:
    return [c for c in journey.cards if c.improvement is not None]


def rows(journey: Journey) -> list[Row]:
    """Every improvement, highest priority first (unscored last), map order among equals."""
    cards = {c.id: c for c in journey.cards}
    pain_lanes = {lane.id for lane in journey.lanes_of(LaneKind.PAIN_POINTS)}
    stages = {s.id: s.name for s in journey.stages}
    out = []
    for card in improvement_cards(journey):
        imp = card.improvement
        assert imp is not None
        pains = tuple(
            cards[i].title for i in imp.pains if i in cards and cards[i].lane_id in pain_lanes
        )
        out.append(Row(card, imp, stages.get(card.stage_id, ""), pains))
    # Python's sort is stable, so equal priorities keep the map's order.
    return sorted(out, key=lambda r: (r.priority is None, -(r.priority or 0.0)))


def summary(journey: Journey) -> list[dict]:
    """The ``"improvements"`` list of ``summary --json``."""

    def rounded(x: float | None) -> float | None:
        return None if x is None else round(x, 4)

    return [
        {
            "title": r.card.title,
            "status": r.improvement.status.value,
            "owner": r.card.owner,
            "value": rounded(r.value),
            "effort": r.improvement.effort,
            "priority": rounded(r.priority),
        }
        for r in rows(journey)
    ]


#: The most evidence items the Inspector offers for an improvement to name.
EVIDENCE_CHOICES = 300


def evidence_choices(journey: Journey, card: Card) -> list[tuple[Card, Evidence]]:
    """The evidence an improvement can say it answers: what the touchpoint and pain-point
    cards of its own stage hold (map order), at most :data:`EVIDENCE_CHOICES` items, with
    any it already names from elsewhere first so a link is never hidden."""
    kinds = {LaneKind.TOUCHPOINTS, LaneKind.PAIN_POINTS}
    lanes = {lane.id for lane in journey.lanes if lane.kind in kinds}
    named = set(card.improvement.evidence) if card.improvement else set()
    held = [(c, e) for c in journey.cards if c.lane_id in lanes for e in c.evidence]
    first = [(c, e) for c, e in held if e.id in named and c.stage_id != card.stage_id]
    here = [(c, e) for c, e in held if c.stage_id == card.stage_id]
    return (first + here)[:EVIDENCE_CHOICES]


def pain_choices(journey: Journey) -> list[Card]:
    """The pain-point cards an improvement can name, in map order."""
    lanes = {lane.id for lane in journey.lanes_of(LaneKind.PAIN_POINTS)}
    return [c for c in journey.cards if c.lane_id in lanes]


# --- edits (pure, copy on write; the Inspector and the matrix push them as commands) ---


def _clamp(x: float | None, low: float, high: float) -> float | None:
    return None if x is None else max(low, min(high, round(float(x), 1)))


def update_improvement(journey: Journey, card_id: str, **fields) -> Journey:
    """Change fields of a card's improvement (making the card one if it was not);
    values are held to 0-100 and effort to 1-5, as the matrix drags past its edges."""
    from journeycanvas.canvas import edits

    card = journey.card(card_id)
    base = card.improvement or Improvement()
    for name in ("customer_value", "business_value"):
        if name in fields:
            fields[name] = _clamp(fields[name], 0.0, 100.0)
    if "effort" in fields:
        fields["effort"] = _clamp(fields["effort"], 1.0, 5.0)
    new = base.model_copy(update=fields)
    if new == card.improvement:
        return journey
    return edits.update_card(journey, card_id, improvement=new)


def clear_improvement(journey: Journey, card_id: str) -> Journey:
    """Make the card a plain opportunity again."""
    from journeycanvas.canvas import edits

    if journey.card(card_id).improvement is None:
        return journey
    return edits.update_card(journey, card_id, improvement=None)


def rescore(journey: Journey, card_id: str, new_value: float, effort: float) -> Journey:
    """Place an improvement at a value and effort, as a drag on the matrix does: the
    value is shared out keeping the gap between customer and business value."""
    imp = journey.card(card_id).improvement or Improvement()
    old = value(imp)
    new_value = max(0.0, min(100.0, new_value))
    if old is None:
        customer = business = new_value
    else:
        shift = new_value - old
        customer = (imp.customer_value or 0.0) + shift
        business = (imp.business_value or 0.0) + shift
        # Held at an edge, one side gives what the other cannot take, so the mean is kept.
        for _ in range(2):
            if customer > 100:
                business += customer - 100
                customer = 100.0
            if business > 100:
                customer += business - 100
                business = 100.0
            if customer < 0:
                business += customer
                customer = 0.0
            if business < 0:
                customer += business
                business = 0.0
    return update_improvement(
        journey, card_id, customer_value=customer, business_value=business, effort=effort
    )


# --- the priority matrix: value up, effort across (Qt-free, so a test can check it) ---


@dataclass(frozen=True)
class MatrixGeometry:
    """Where the value x effort plot sits, in points; effort 1 left, value 100 on top."""

    left: float = 56.0
    top: float = 28.0
    width: float = 440.0
    height: float = 320.0

    def point(self, value_: float, effort: float) -> tuple[float, float]:
        x = self.left + (effort - 1.0) / 4.0 * self.width
        y = self.top + (1.0 - value_ / 100.0) * self.height
        return x, y

    def score_at(self, x: float, y: float) -> tuple[float, float]:
        """(value, effort) under a point, held inside the plot, rounded as the Inspector shows."""
        effort = 1.0 + (x - self.left) / self.width * 4.0
        value_ = (1.0 - (y - self.top) / self.height) * 100.0
        return round(max(0.0, min(100.0, value_)), 1), round(max(1.0, min(5.0, effort)), 1)

    @property
    def total(self) -> tuple[float, float]:
        """Size of the whole page: the plot and room for the axis words."""
        return self.left + self.width + 24.0, self.top + self.height + 44.0


@dataclass(frozen=True)
class Dot:
    card_id: str
    title: str
    status: ImprovementStatus
    x: float
    y: float


def matrix_dots(journey: Journey, geometry: MatrixGeometry) -> list[Dot]:
    """One dot per scored improvement (an unscored one has nowhere to go yet)."""
    out = []
    for card in improvement_cards(journey):
        imp = card.improvement
        assert imp is not None
        found = value(imp)
        if found is None or imp.effort is None:
            continue
        x, y = geometry.point(found, imp.effort)
        out.append(Dot(card.id, card.title, imp.status, x, y))
    return out
