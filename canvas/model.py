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
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 3

MIN_SCORE = -2.0
MAX_SCORE = 2.0

Score = Annotated[float, Field(ge=MIN_SCORE, le=MAX_SCORE)]


def new_id(prefix: str) -> str:
    """A short random id; the prefix makes a hand-read file easier to follow."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class _Base(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=False, allow_inf_nan=False)


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
    row: int | None = None
    respondent: str = ""
    answer: str = Field(default="", description="The answer as the respondent gave it, e.g. 4.")
    scale: str = Field(default="", description="The scale of that answer, e.g. 1-5.")
    segment: str = Field(default="", description="Customer type or segment of the respondent.")
    import_id: str = Field(default="", description="The import (and so the wave) it came with.")


class Metric(_Base):
    name: str
    value: str = ""


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


class Stage(_Base):
    id: str = Field(default_factory=lambda: new_id("stage"))
    name: str
    description: str = ""
    width: float | None = Field(
        default=None, gt=0, description="Column width in points; null uses the default."
    )


class Lane(_Base):
    id: str = Field(default_factory=lambda: new_id("lane"))
    name: str
    kind: LaneKind = LaneKind.TEXT
    collapsed: bool = False


class Card(_Base):
    """A note in one stage x lane cell."""

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
    evidence: list[Evidence] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    suggested: bool = Field(
        default=False, description="Made by an import as a suggestion the user has not accepted."
    )

    @property
    def responses(self) -> int:
        """How many scored answers stand behind this card."""
        return sum(1 for e in self.evidence if e.score is not None)

    @property
    def score(self) -> float | None:
        """Mean emotion score of the scored evidence, or None when there is none."""
        scores = [e.score for e in self.evidence if e.score is not None]
        return sum(scores) / len(scores) if scores else None


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
    rows: int = 0
    imported_at: str = ""
    wave: str = Field(default="", description="Name of the survey wave; empty: the source.")
    wave_date: str = Field(default="", description="Date of the wave, YYYY-MM-DD, or empty.")
    columns: str = Field(default="", description="Digest of the sheet's header texts.")
    keys: str = Field(default="", description="Digests of the answers this import added.")
    skipped: int = Field(default=0, description="Rows left out as already in the journey.")


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
        description="Two curve ids: the map prints the first minus the second per stage.",
    )
    emotion_points: list[EmotionPoint] = Field(default_factory=list)
    imports: list[ImportRecord] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_references(self) -> Journey:
        seen: dict[str, str] = {}

        def claim(ident: str, where: str) -> None:
            if ident in seen:
                raise ValueError(f"{where}.id: duplicate id {ident!r} (also used by {seen[ident]})")
            seen[ident] = where

        for name in ("personas", "stages", "lanes", "cards", "curves", "emotion_points", "imports"):
            for i, obj in enumerate(getattr(self, name)):
                claim(obj.id, f"{name}[{i}]")
        for i, card in enumerate(self.cards):
            for j, ev in enumerate(card.evidence):
                claim(ev.id, f"cards[{i}].evidence[{j}]")

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
        return self

    # --- lookups used by layout, commands and exporters -------------------

    def stage(self, stage_id: str) -> Stage:
        return next(s for s in self.stages if s.id == stage_id)

    def lane(self, lane_id: str) -> Lane:
        return next(lane for lane in self.lanes if lane.id == lane_id)

    def card(self, card_id: str) -> Card:
        return next(c for c in self.cards if c.id == card_id)

    def cards_in(self, stage_id: str, lane_id: str) -> list[Card]:
        return [c for c in self.cards if c.stage_id == stage_id and c.lane_id == lane_id]

    def lanes_of(self, kind: LaneKind) -> list[Lane]:
        return [lane for lane in self.lanes if lane.kind == kind]

    def touchpoint_cards(self, stage_id: str) -> list[Card]:
        """Cards of every touchpoint lane in one stage, lanes in order, cards in order."""
        lanes = [lane.id for lane in self.lanes_of(LaneKind.TOUCHPOINTS)]
        return [c for lane_id in lanes for c in self.cards_in(stage_id, lane_id)]

    def ordered_points(self) -> list[EmotionPoint]:
        """Emotion points in journey order (stage order, then place inside the stage)."""
        index = {s.id: i for i, s in enumerate(self.stages)}
        return sorted(self.emotion_points, key=lambda p: (index[p.stage_id], p.position))

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
    """The ``summary --json`` contract of DESIGN.md, computed from the model alone."""
    from journeycanvas.canvas import research

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
    }
