"""The journey document: a plain pydantic model, the single source of truth.

It never imports Qt, so the command line can load, validate and export a
journey without a display. The scene, the PDF poster and the importers all read
and (through commands) change this model and nothing else.

Order is data: stages and lanes are shown in list order, and the cards of one
stage x lane cell are shown in the order they appear in ``Journey.cards``.
Every model keeps fields it does not know (``extra='allow'``) so that a file
written by a newer minor version survives a re-save here unchanged.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from enum import StrEnum
from itertools import count, repeat
from operator import attrgetter
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from journeycanvas.canvas.evidence_store import EvidenceTable

SCHEMA_VERSION = 11

MIN_SCORE = -2.0
MAX_SCORE = 2.0

Score = Annotated[float, Field(ge=MIN_SCORE, le=MAX_SCORE)]

#: Bounds on the numbers a journey holds, so a hand-edited or hostile file is refused
#: when it is opened (naming the field) instead of crashing an export later: a stage
#: 7 m wide is already absurd, and 1e308 points overflow every drawing surface.
MAX_STAGE_WIDTH = 20_000.0
#: Spreadsheet rows and counts: far above any sheet (Excel stops at 1,048,576 rows).
MAX_COUNT = 1_000_000_000
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
#: KPI figures: a quadrillion of any unit is beyond every KPI, and the sparkline's
#: arithmetic (a range of two figures near 1e308 overflows) stays finite below it.
MAX_KPI_VALUE = 1e15
KpiValue = Annotated[float, Field(ge=-MAX_KPI_VALUE, le=MAX_KPI_VALUE)]


def new_id(prefix: str) -> str:
    """A short random id; the prefix makes a hand-read file easier to follow."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class _Base(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=False, allow_inf_nan=False)

    def __setattr__(self, name: str, value: Any) -> None:
        # Edits replace models (copy on write); one changed in place is counted, so a
        # re-layout that remembers what it read of 2,000 cards knows whether any of
        # them may have changed since (layout_memo.cards_by_cell) without reading all.
        global _assignments
        _assignments += 1
        super().__setattr__(name, value)


#: How many times a field of any model was assigned (see _Base.__setattr__).
_assignments = 0


def assignments() -> int:
    """How many assignments to a model's field there have been (never fewer later)."""
    return _assignments


class LaneKind(StrEnum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    NEEDS = "needs"
    OWNERS = "owners"
    METRICS = "metrics"
    TEXT = "text"
    # Service blueprint lanes, below the customer's actions (and physical evidence above).
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"
    PHYSICAL_EVIDENCE = "physical_evidence"
    # Planned automations: what sets each stage off (an event, a delay, an action).
    TRIGGERS = "triggers"
    # Cards that are mainly pictures: the journey as a storyboard, frame by frame.
    STORYBOARD = "storyboard"


#: Lanes whose cards are touchpoints: the touchpoint lane, and in a service blueprint
#: the frontstage actions (what the customer meets across the line of interaction).
#: The summary, the exports, the imports and the curve all count these.
TOUCHPOINT_KINDS = frozenset({LaneKind.TOUCHPOINTS, LaneKind.FRONTSTAGE})


class Segment(StrEnum):
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    CHURNED = "churned"


class Evidence(_Base):
    """A customer's words or a data point behind a card."""

    id: str = Field(default_factory=lambda: new_id("ev"))
    text: str = ""
    score: Score | None = None
    source: str = ""
    sheet: str = ""
    row: Count | None = None
    respondent: str = ""
    answer: str = Field(default="", description="The answer as the respondent gave it, e.g. 4.")
    scale: str = Field(default="", description="The scale of that answer, e.g. 1-5.")
    segment: str = Field(default="", description="Customer type or segment of the respondent.")
    import_id: str = Field(default="", description="The import (and so the wave) it came with.")
    channel: str = Field(
        default="",
        description="The channel(s) the respondent used for this answer, e.g. App or "
        '"App; 门店"; empty: the card\'s channel.',
    )
    date: str = Field(default="", description="When the respondent answered, YYYY-MM-DD, or empty.")


class Metric(_Base):
    name: str
    value: str = ""


class ImprovementStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class KpiDirection(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Measurement(_Base):
    date: str = Field(description="When it was measured, YYYY-MM-DD.")
    value: KpiValue


class Kpi(_Base):
    """A key performance indicator on a metric card, and its measurements over time."""

    unit: str = Field(default="", description="e.g. %, s, CNY.")
    direction: KpiDirection = KpiDirection.HIGHER
    baseline: KpiValue | None = None
    target: KpiValue | None = None
    measurements: list[Measurement] = Field(default_factory=list, description="Kept in date order.")


class ExperimentMeasure(StrEnum):
    CONVERSION = "conversion"
    MEAN = "mean"


class Variant(_Base):
    """One arm of an A/B experiment: how many saw it and how many converted, or (for an
    experiment measured by mean score) the mean, SD and n of its scores, or the scores."""

    name: str = ""
    visitors: Count = 0
    conversions: Count = 0
    mean: float | None = Field(default=None, description="Mean score (measure: mean).")
    sd: float | None = Field(default=None, ge=0, description="Sample SD of the scores.")
    n: Count | None = Field(default=None, description="How many scores the mean is of.")
    scores: list[float] = Field(
        default_factory=list, description="Raw scores; when given, mean, SD and n come from them."
    )


class Experiment(_Base):
    """An A/B test of an improvement; the first variant is the control."""

    measure: ExperimentMeasure = Field(
        default=ExperimentMeasure.CONVERSION,
        description="conversion: visitors and conversions (z-test); mean: scores (Welch).",
    )
    variants: list[Variant] = Field(default_factory=list)
    winner: str = Field(default="", description="Name of the variant chosen; empty: undecided.")


class Improvement(_Base):
    """What an opportunity card becomes once the team decides to act on it.

    The owner is the card's own ``owner``. Values and effort may be left empty until
    scored; the priority (see canvas/improvements.py) is then unknown, not zero.
    ``pains`` and ``evidence`` name card and evidence ids; an id whose card is gone is
    ignored when read, so deleting a pain never makes the file invalid.
    """

    status: ImprovementStatus = ImprovementStatus.IDEA
    due: str = Field(default="", description="Due date, YYYY-MM-DD, or empty.")
    done_on: str = Field(default="", description="Date it was done, YYYY-MM-DD, or empty.")
    customer_value: float | None = Field(default=None, ge=0, le=100)
    business_value: float | None = Field(default=None, ge=0, le=100)
    effort: float | None = Field(default=None, ge=1, le=5)
    pains: list[str] = Field(default_factory=list, description="Ids of pain-point cards.")
    evidence: list[str] = Field(default_factory=list, description="Ids of evidence it answers.")
    kpis: list[str] = Field(
        default_factory=list, description="Ids of the metric cards whose KPIs it should move."
    )
    note: str = ""
    experiment: Experiment | None = None


class Trigger(_Base):
    """A planned automation on a trigger-lane card: when an event happens (and how long
    after), do something for a segment; the channel is the card's own ``channel``."""

    event: str = Field(default="", description="What sets it off, e.g. cart abandoned.")
    delay: str = Field(default="", description="How long after the event, e.g. 30 min.")
    action: str = Field(default="", description="What is done, e.g. send a reminder.")
    segment: str = Field(default="", description="For which customers; empty: everyone.")


class Persona(_Base):
    id: str = Field(default_factory=lambda: new_id("persona"))
    name: str = ""
    segment: Segment = Segment.CUSTOMER
    description: str = ""
    goals: list[str] = Field(default_factory=list)
    needs: list[str] = Field(default_factory=list)
    pains: list[str] = Field(default_factory=list)
    quote: str = ""
    photo: str | None = Field(
        default=None, description="Image as a data: URI, so the file stays self-contained."
    )


class Step(_Base):
    """A sub-column of a stage: the finer moments (Smaply's steps) a stage is made of."""

    id: str = Field(default_factory=lambda: new_id("step"))
    name: str = ""
    width: float | None = Field(
        default=None,
        gt=0,
        le=MAX_STAGE_WIDTH,
        description="Column width in points; null uses the default.",
    )
    moment_of_truth: bool = False


class Stage(_Base):
    id: str = Field(default_factory=lambda: new_id("stage"))
    name: str
    description: str = ""
    width: float | None = Field(
        default=None,
        gt=0,
        le=MAX_STAGE_WIDTH,
        description="Column width in points; null uses the default. A stage with steps "
        "is as wide as its steps together.",
    )
    steps: list[Step] = Field(
        default_factory=list, description="Ordered sub-columns; none: one column, as before."
    )

    def step_index(self, step_id: str | None) -> int:
        """Which of its columns a card with this step id sits in (unknown or none: the first)."""
        for i, step in enumerate(self.steps):
            if step.id == step_id:
                return i
        return 0


class Lane(_Base):
    id: str = Field(default_factory=lambda: new_id("lane"))
    name: str
    kind: LaneKind = LaneKind.TEXT
    collapsed: bool = False


class Card(_Base):
    """A note in one stage x lane cell (in one step of it, when the stage has steps);
    with a span above one it reaches over the next steps or stages of its lane."""

    id: str = Field(default_factory=lambda: new_id("card"))
    stage_id: str
    lane_id: str
    title: str = ""
    body: str = ""
    color: str | None = Field(
        default=None,
        pattern=r"^#[0-9a-fA-F]{6}$",
        description="Fill colour as #rrggbb; null uses the lane's colour.",
    )
    channel: str = ""
    owner: str = ""
    evidence: EvidenceTable = Field(
        default_factory=EvidenceTable,
        description=(
            "The answers behind the card: a table (columns named by Evidence's fields, "
            "one row an answer), or a list of Evidence objects."
        ),
    )
    metrics: list[Metric] = Field(default_factory=list)
    suggested: bool = Field(
        default=False, description="Made by an import as a suggestion the user has not accepted."
    )
    step_id: str | None = Field(
        default=None, description="Step of its stage the card sits in; null: the first column."
    )
    span: int = Field(
        default=1,
        ge=1,
        le=MAX_COUNT,
        description="How many adjacent columns (steps or stages) it covers."
    )
    moment_of_truth: bool = False
    improvement: Improvement | None = Field(
        default=None, description="Set on an opportunity the team acts on; null: a plain card."
    )
    kpi: Kpi | None = Field(default=None, description="Set on a metric card that tracks a KPI.")
    trigger: Trigger | None = Field(
        default=None, description="Set on a trigger-lane card: the automation it plans."
    )
    image: str | None = Field(
        default=None,
        description=(
            "A picture on the card (screenshot, storyboard sketch, photo) as a data: URI, "
            "downscaled when it was added, so the file stays self-contained."
        ),
    )
    channel_icon: str | None = Field(
        default=None,
        description=(
            "The channel icon chosen by hand (a key of resources/channels.json); "
            "null: picked from the channel text; empty: no icon."
        ),
    )

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Card:
        """A copy, as pydantic makes it; evidence given as a list becomes a table.

        ``model_copy`` does not validate, and edits hand it evidence as a list of models.
        """
        if update and "evidence" in update and not isinstance(update["evidence"], EvidenceTable):
            update = {**update, "evidence": EvidenceTable.from_evidence(update["evidence"])}
        return super().model_copy(update=update, deep=deep)

    @property
    def responses(self) -> int:
        """How many scored answers stand behind this card."""
        scores = _scores(self.evidence)  # a column: a card may hold 10,000
        return len(scores) - scores.count(None)

    @property
    def score(self) -> float | None:
        """Mean emotion score of the scored evidence, or None when there is none."""
        scores = scored(self.evidence)
        return sum(scores) / len(scores) if scores else None


_score_of = attrgetter("score")


def _scores(evidence: Sequence[Evidence]) -> Sequence[float | None]:
    if isinstance(evidence, EvidenceTable):
        return evidence.scores
    return list(map(_score_of, evidence))


def scored(evidence: Sequence[Evidence]) -> list[float]:
    """The scores of the evidence that has one, in order. A comprehension's inline
    ``is not None`` costs less per answer than filter calling a partial of is_not
    (100,000 answers in a research journey's first layout)."""
    return [score for score in _scores(evidence) if score is not None]


class CurveKind(StrEnum):
    """What a curve stands for: today's experience, the one designed, a segment's
    answers, or anything else the team wants to draw."""

    AS_IS = "as_is"
    TO_BE = "to_be"
    SEGMENT = "segment"
    FREE = "free"


class LineStyle(StrEnum):
    """How a curve's line is stroked; each style also has its own point marker, so
    curves stay apart printed in greyscale."""

    SOLID = "solid"
    DASH = "dash"
    DOT = "dot"
    DASH_DOT = "dash_dot"
    LONG_DASH = "long_dash"
    DASH_DOT_DOT = "dash_dot_dot"


class Curve(_Base):
    """One emotion curve of the journey: a persona's, a segment's, as-is or to-be."""

    id: str = Field(default_factory=lambda: new_id("curve"))
    name: str = ""
    kind: CurveKind = CurveKind.FREE
    persona_id: str | None = Field(default=None, description="The persona whose curve it is.")
    color: str = Field(default="#455A64", pattern=r"^#[0-9a-fA-F]{6}$")
    line: LineStyle = LineStyle.SOLID
    shown: bool = True
    data: bool = Field(
        default=False, description="Computed from imported answers; imports keep it up to date."
    )
    segment: str = Field(
        default="", description="The segment whose answers a data curve shows; empty: all."
    )


class EmotionPoint(_Base):
    """One point of an emotion curve: a place along the journey and a score."""

    id: str = Field(default_factory=lambda: new_id("ep"))
    stage_id: str
    position: float = Field(
        default=0.5, ge=0.0, le=1.0, description="Place inside the stage, 0 = left edge, 1 = right."
    )
    score: Score = 0.0
    label: str = ""
    card_id: str | None = Field(
        default=None, description="Touchpoint card this point belongs to; it moves with the card."
    )
    data: bool = Field(
        default=False, description="Computed from imported answers, not placed by hand."
    )
    curve_id: str | None = Field(
        default=None, description="The curve it belongs to; null: the journey's first curve."
    )
    step_id: str | None = Field(
        default=None, description="Step the position is measured in; null: the whole stage."
    )


class Link(_Base):
    """A directed connector between two cards (a backstage task supports a touchpoint)."""

    id: str = Field(default_factory=lambda: new_id("link"))
    from_card: str
    to_card: str
    label: str = ""


class ImportRecord(_Base):
    """One spreadsheet imported into this journey: a survey wave, and what it contributed.

    ``keys`` lets a later, cumulative export of the same survey add only its new
    rows: it holds one 8-byte digest per answer this import added (respondent and
    touchpoint, or the row's content and touchpoint), base64 encoded.
    """

    id: str = Field(default_factory=lambda: new_id("import"))
    sha256: str
    source: str
    sheet: str = ""
    rows: Count = 0
    imported_at: str = ""
    wave: str = Field(default="", description="Name of the survey wave; empty: the source.")
    wave_date: str = Field(default="", description="Date of the wave, YYYY-MM-DD, or empty.")
    columns: str = Field(default="", description="Digest of the sheet's header texts.")
    keys: str = Field(default="", description="Digests of the answers this import added.")
    skipped: Count = Field(default=0, description="Rows left out as already in the journey.")


class CommentTarget(StrEnum):
    CARD = "card"
    STAGE = "stage"
    LANE = "lane"
    POINT = "point"


class Comment(_Base):
    """A remark pinned to a card, a stage, a lane or an emotion point, as a workshop
    leaves them: who wrote it and when, and whether it has been dealt with."""

    id: str = Field(default_factory=lambda: new_id("cm"))
    target: CommentTarget
    target_id: str = Field(description="Id of the card, stage, lane or emotion point.")
    text: str = ""
    author: str = ""
    created_at: str = Field(default="", description="When it was written, ISO 8601 in UTC.")
    resolved: bool = False


class SavedView(_Base):
    """A named choice of what the map shows: for a workshop, a poster or one audience.

    Everything is shown unless the view says otherwise, so a view made before a lane
    was added still shows that lane."""

    id: str = Field(default_factory=lambda: new_id("view"))
    name: str
    hidden_lanes: list[str] = Field(default_factory=list, description="Ids of lanes left out.")
    hidden_channels: list[str] = Field(
        default_factory=list,
        description="Channels left out of the channel view, as named (compared folded).",
    )
    show_curves: bool = True
    hidden_curves: list[str] = Field(
        default_factory=list,
        description="Ids of emotion curves left out (when the curves are shown at all).",
    )
    show_personas: bool = True
    show_suggestions: bool = Field(default=True, description="Cards marked as suggested.")
    show_comments: bool = True


class Journey(_Base):
    schema_version: int = SCHEMA_VERSION
    id: str = Field(default_factory=lambda: new_id("journey"))
    title: str = ""
    scenario: str = ""
    language: str = Field(default="en", description="Language of the content, e.g. en or zh.")
    personas: list[Persona] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    lanes: list[Lane] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    curves: list[Curve] = Field(default_factory=list)
    comparison: list[str] = Field(
        default_factory=list,
        description=(
            "Two curve ids: the map prints the first minus the second per stage. The second "
            "may be ~rest when the first is a segment's data curve: every other answer."
        ),
    )
    emotion_points: list[EmotionPoint] = Field(default_factory=list)
    imports: list[ImportRecord] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    comments: list[Comment] = Field(default_factory=list)
    views: list[SavedView] = Field(default_factory=list)
    theme: str = Field(
        default="classic",
        description=(
            "The colours the map is drawn in on screen and on posters: classic, harbour "
            "or greyscale (canvas/themes.py); an unknown name draws as classic."
        ),
    )
    client_name: str = Field(
        default="",
        description="The client the map is made for, drawn in the title block and the footer.",
    )
    client_logo: str | None = Field(
        default=None,
        description=(
            "The client's logo as a data: URI (PNG or JPEG, shrunk when added), drawn at "
            "the right of the title block."
        ),
    )

    @model_validator(mode="after")
    def _check_references(self) -> Journey:
        seen: dict[str, Any] = {}  # id -> where: a name, or (card, answer) of evidence

        def claim(ident: str, where: str) -> None:
            if ident in seen:
                was = seen[ident]
                if isinstance(was, tuple):
                    was = f"cards[{was[0]}].evidence[{was[1]}]"
                raise ValueError(f"{where}.id: duplicate id {ident!r} (also used by {was})")
            seen[ident] = where

        for name in (
            "personas",
            "stages",
            "lanes",
            "cards",
            "curves",
            "emotion_points",
            "imports",
            "links",
            "comments",
            "views",
        ):
            for i, obj in enumerate(getattr(self, name)):
                claim(obj.id, f"{name}[{i}]")
        steps_of: dict[str, set[str]] = {}
        for i, stage in enumerate(self.stages):
            for k, step in enumerate(stage.steps):
                claim(step.id, f"stages[{i}].steps[{k}]")
            steps_of[stage.id] = {step.id for step in stage.steps}
        for i, card in enumerate(self.cards):
            ids = (
                card.evidence.ids
                if isinstance(card.evidence, EvidenceTable)
                else [ev.id for ev in card.evidence]
            )
            if seen.keys().isdisjoint(ids) and len(set(ids)) == len(ids):
                seen.update(zip(ids, zip(repeat(i), count()), strict=False))  # named only if reused
                continue
            for j, ident in enumerate(ids):
                claim(ident, f"cards[{i}].evidence[{j}]")

        stage_ids = {s.id for s in self.stages}
        lane_ids = {lane.id for lane in self.lanes}
        card_ids = {c.id for c in self.cards}
        curve_ids = {c.id for c in self.curves}
        persona_ids = {p.id for p in self.personas}
        for i, curve in enumerate(self.curves):
            if curve.persona_id is not None and curve.persona_id not in persona_ids:
                raise ValueError(
                    f"curves[{i}].persona_id: no persona has the id {curve.persona_id!r}"
                )
        for i, card in enumerate(self.cards):
            if card.stage_id not in stage_ids:
                raise ValueError(f"cards[{i}].stage_id: no stage has the id {card.stage_id!r}")
            if card.lane_id not in lane_ids:
                raise ValueError(f"cards[{i}].lane_id: no lane has the id {card.lane_id!r}")
            if card.step_id is not None and card.step_id not in steps_of[card.stage_id]:
                raise ValueError(
                    f"cards[{i}].step_id: its stage has no step with the id {card.step_id!r}"
                )
        for i, point in enumerate(self.emotion_points):
            if point.stage_id not in stage_ids:
                raise ValueError(
                    f"emotion_points[{i}].stage_id: no stage has the id {point.stage_id!r}"
                )
            if point.card_id is not None and point.card_id not in card_ids:
                raise ValueError(
                    f"emotion_points[{i}].card_id: no card has the id {point.card_id!r}"
                )
            if point.curve_id is not None and point.curve_id not in curve_ids:
                raise ValueError(
                    f"emotion_points[{i}].curve_id: no curve has the id {point.curve_id!r}"
                )
            if point.step_id is not None and point.step_id not in steps_of[point.stage_id]:
                raise ValueError(
                    f"emotion_points[{i}].step_id: its stage has no step with the id "
                    f"{point.step_id!r}"
                )
        for i, link in enumerate(self.links):
            for end in ("from_card", "to_card"):
                if getattr(link, end) not in card_ids:
                    raise ValueError(f"links[{i}].{end}: no card has the id {getattr(link, end)!r}")
            if link.from_card == link.to_card:
                raise ValueError(f"links[{i}]: a link joins two different cards")
        return self

    # --- lookups used by layout, commands and exporters -------------------

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def card(self, card_id: str) -> Card:
        return next(c for c in self.cards if c.id == card_id)

    def comments_on(self, target: CommentTarget, target_id: str) -> list[Comment]:
        return [c for c in self.comments if c.target == target and c.target_id == target_id]

    def has_target(self, target: CommentTarget, target_id: str) -> bool:
        """Whether the thing a comment is pinned to is still in the journey."""
        pool = {
            CommentTarget.CARD: self.cards,
            CommentTarget.STAGE: self.stages,
            CommentTarget.LANE: self.lanes,
            CommentTarget.POINT: self.emotion_points,
        }[target]
        return any(x.id == target_id for x in pool)

    def cards_in(self, stage_id: str, lane_id: str) -> list[Card]:
        return [c for c in self.cards if c.stage_id == stage_id and c.lane_id == lane_id]

    def lanes_of(self, kind: LaneKind) -> list[Lane]:
        return [lane for lane in self.lanes if lane.kind == kind]

    def touchpoint_lane_ids(self) -> list[str]:
        """Ids of the lanes whose cards are touchpoints (TOUCHPOINT_KINDS), in order."""
        return [lane.id for lane in self.lanes if lane.kind in TOUCHPOINT_KINDS]

    def touchpoint_cards(self, stage_id: str) -> list[Card]:
        """Cards of every touchpoint lane (a blueprint's frontstage lane too) in one
        stage, lanes in order, cards in order."""
        lanes = self.touchpoint_lane_ids()
        return [c for lane_id in lanes for c in self.cards_in(stage_id, lane_id)]

    def ordered_points(self) -> list[EmotionPoint]:
        """Emotion points in journey order (stage, then step, then place inside it)."""
        index = {s.id: i for i, s in enumerate(self.stages)}
        stages = {s.id: s for s in self.stages}

        def key(p: EmotionPoint) -> tuple[int, float]:
            stage = stages[p.stage_id]
            if p.step_id is None or not stage.steps:
                return index[p.stage_id], p.position
            # Inside a step: its share of the stage, counting steps as equal (the layout,
            # which knows the widths, places it exactly).
            return index[p.stage_id], (stage.step_index(p.step_id) + p.position) / len(stage.steps)

        return sorted(self.emotion_points, key=key)

    def links_of(self, card_ids: set[str]) -> list[Link]:
        """Links that start or end at one of these cards."""
        return [x for x in self.links if x.from_card in card_ids or x.to_card in card_ids]

    def cards_by_id(self) -> dict[str, Card]:
        return {c.id: c for c in self.cards}

    def curve_of(self, point: EmotionPoint) -> str | None:
        """The id of the curve a point belongs to: its own, else the first curve of its
        kind (hand-placed or computed); None when the journey has no such curve (a
        journey made by code without curves has implicit ones)."""
        if point.curve_id is not None:
            return point.curve_id
        return next((c.id for c in self.curves if c.data == point.data), None)

    def points_of(self, curve_id: str | None) -> list[EmotionPoint]:
        """One curve's points in journey order."""
        return [p for p in self.ordered_points() if self.curve_of(p) == curve_id]

    def curve(self, curve_id: str) -> Curve:
        return next(c for c in self.curves if c.id == curve_id)

    def copy_deep(self) -> Journey:
        return self.model_copy(deep=True)


def summary(journey: Journey) -> dict[str, Any]:
    """The ``summary --json`` contract of docs/ARCHITECTURE.md, computed from the model alone."""
    from journeycanvas.canvas import improvements, research

    def groups(found: list[research.Group]) -> list[dict[str, Any]]:
        return [
            {
                "name": g.name,
                "responses": g.responses,
                "score": None if g.mean is None else round(g.mean, 4),
            }
            for g in found
        ]

    def interval(card: Card) -> list[float] | None:
        found = research.ci95(card)
        return None if found is None else [round(found[0], 4), round(found[1], 4)]

    personas = {p.id: p.name for p in journey.personas}
    curves = [
        {
            "name": curve.name,
            "kind": curve.kind.value,
            "persona": personas.get(curve.persona_id) if curve.persona_id else None,
            "points": len(journey.points_of(curve.id)),
        }
        for curve in journey.curves
    ]
    if not journey.curves and journey.emotion_points:
        # A journey made without curves has one implicit curve holding every point.
        curves = [
            {"name": "", "kind": "as_is", "persona": None, "points": len(journey.emotion_points)}
        ]
    return {
        "title": journey.title,
        "curves": curves,
        "stages": [
            {
                "name": stage.name,
                "steps": [step.name for step in stage.steps],
                "touchpoints": [
                    {
                        "title": card.title,
                        "responses": card.responses,
                        "score": None if card.score is None else round(card.score, 4),
                        "ci95": interval(card),
                        "waves": groups(research.waves(journey, card)),
                        "segments": groups(research.segments(card)),
                    }
                    for card in journey.touchpoint_cards(stage.id)
                ],
            }
            for stage in journey.stages
        ],
        "improvements": improvements.summary(journey),
    }
