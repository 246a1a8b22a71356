"""What a layout says: the boxes, runs of text, marks and curves of a laid-out map.

Plain frozen values without Qt, made by ``layout.py`` and read by the scene, the
PDF, PNG and SVG posters and the hit tests of the editor's gestures: nothing that
reads them decides a place or a line break of its own. Coordinates are points
with y growing downwards (the PDF exporter flips them).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from journeycanvas.canvas import layout_curves, layout_personas, style
from journeycanvas.canvas.marks import Shape, moved_shapes
from journeycanvas.canvas.model import LaneKind
from journeycanvas.canvas.style import METRICS
from journeycanvas.canvas.text_metrics import Piece, metrics


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


class FontSpan(NamedTuple):
    """A stretch of a line in one bundled font (a tuple: a map has tens of thousands)."""

    text: str
    font: str  # text_metrics.LATIN or text_metrics.CJK
    dx: float  # where it starts, from the start of its line
    width: float


@dataclass(frozen=True)
class TextRun:
    """One line of text, left-aligned at x, on the baseline y, cut into spans by font.

    The spans say which bundled font draws which characters and where each
    stretch starts, as the layout measured them; Qt and reportlab draw each span
    in exactly its font at exactly its place, so neither renderer's font fallback
    gets a say. A run made by hand without spans gets them from its text.
    """

    text: str
    x: float
    y: float  # baseline
    size: float
    color: str = style.INK
    spans: tuple[FontSpan, ...] = ()
    bold: bool = False  # only read when the spans are made from the text
    #: The colour behind the run when it is not its box's fill (a chip's text).
    ground: str = ""

    def __post_init__(self) -> None:
        if self.text and not self.spans:
            pieces = metrics(self.bold).pieces(self.text)
            object.__setattr__(self, "spans", spans_at(pieces, self.size))

    @property
    def width(self) -> float:
        """The line's advance width, as the layout measured it."""
        return self.spans[-1].dx + self.spans[-1].width if self.spans else 0.0


def spans_at(pieces: tuple[Piece, ...], size: float) -> tuple[FontSpan, ...]:
    """A measured line's pieces as spans at a font size (empty pieces dropped)."""
    spans: list[FontSpan] = []
    dx = 0.0
    for piece in pieces:
        if piece.text:
            spans.append(FontSpan(piece.text, piece.font, dx * size, piece.width * size))
            dx += piece.width
    return tuple(spans)


@dataclass(frozen=True)
class Box:
    """A filled rectangle with its text: a stage header, a lane header, the title block."""

    rect: Rect
    fill: str
    texts: tuple[TextRun, ...] = ()
    #: Marks drawn over the fill, under the text (the emotion scale's ticks, the legend).
    marks: tuple[Shape, ...] = ()
    #: A picture in the box, unframed (the client's logo in the title block): (box, data URI).
    image: tuple[Rect, str] | None = None


@dataclass(frozen=True)
class StageLayout:
    stage_id: str
    header: Box
    column: Rect  # the whole column, header to the last lane


@dataclass(frozen=True)
class LaneLayout:
    lane_id: str
    kind: LaneKind
    collapsed: bool
    header: Box
    row: Rect  # the whole row, across all stages
    row_fill: str


@dataclass(frozen=True)
class CardLayout:
    card_id: str
    stage_id: str
    lane_id: str
    rect: Rect
    fill: str
    border: str
    texts: tuple[TextRun, ...]
    step_id: str | None = None
    span: int = 1
    moment_of_truth: bool = False
    #: Drawn marks over the fill, under the text: chips of the evidence, the channel icon.
    marks: tuple[Shape, ...] = ()
    #: The card's picture: where it is drawn and its data: URI (card_images.py).
    image: tuple[Rect, str] | None = None


class _MarksWhenRead:
    """``CardLayout.marks`` of a card placed with its marks left to move when read
    (:func:`marks_when_read`): moved then, once, and kept as the card's own field.

    A descriptor without ``__set__``: a card whose marks were given (every card made
    by its ``__init__``, or moved at once) holds them in its ``__dict__``, which Python
    reads before asking this; only a card left to move them comes here, once. Equality,
    hashing, ``repr`` and ``dataclasses.replace`` read the field, so they see the marks.
    """

    def __get__(self, card: CardLayout | None, owner: type | None = None) -> tuple[Shape, ...]:
        if card is None:
            return ()  # the field's default, as the class had it
        fields = card.__dict__
        local, x, y = fields[_MARKS_FROM]
        marks = moved_shapes(local, x, y)
        fields["marks"] = marks  # (two threads reading at once each move the same floats)
        return marks


_MARKS_FROM = "_marks_from"
CardLayout.marks = _MarksWhenRead()  # type: ignore[assignment]


def marks_when_read(card: CardLayout, local: tuple[Shape, ...], x: float, y: float) -> None:
    """Leave ``card``'s marks to be ``local`` moved by (x, y) when they are first read.

    ``card`` must be a fresh copy no one has read yet (layout_memo.placed makes it).
    """
    fields = card.__dict__
    fields.pop("marks", None)
    fields[_MARKS_FROM] = (local, x, y)


@dataclass(frozen=True)
class ColumnLayout:
    """One column cards sit in: a step of a stage, or a whole stage without steps."""

    stage_id: str
    step_id: str | None
    x: float
    w: float

    @property
    def right(self) -> float:
        return self.x + self.w


@dataclass(frozen=True)
class StepLayout:
    stage_id: str
    step_id: str
    header: Box
    column: Rect  # from the step header to the last lane
    moment_of_truth: bool = False


@dataclass(frozen=True)
class BlueprintLineLayout:
    """A line of a service blueprint across the lanes, with its name above it."""

    key: str  # "line_interaction", "line_visibility" or "line_internal"
    y: float
    x0: float
    x1: float
    texts: tuple[TextRun, ...]


@dataclass(frozen=True)
class LinkLayout:
    """A routed arrow from one card to another, with its optional label on a white box."""

    link_id: str
    from_card: str
    to_card: str
    points: tuple[tuple[float, float], ...]
    head: tuple[tuple[float, float], ...]
    texts: tuple[TextRun, ...] = ()
    label_rect: Rect | None = None


@dataclass(frozen=True)
class CommentMarkerLayout:
    """A numbered disc for a comment on a poster (canvas/comment_notes.py places them)."""

    number: int
    x: float  # centre
    y: float
    r: float
    fill: str
    texts: tuple[TextRun, ...]


def moment_marker(x: float, y: float, r: float) -> tuple[tuple[float, float], ...]:
    """The diamond that marks a moment of truth, centred at (x, y)."""
    return ((x, y - r), (x + r, y), (x, y + r), (x - r, y))


def card_moment_marker(card: CardLayout) -> tuple[tuple[float, float], ...]:
    """A card's moment-of-truth diamond, astride its top edge near the right corner."""
    r = METRICS.moment_radius
    return moment_marker(card.rect.right - r - 6, card.rect.y, r)


#: Side of a channel icon on a card (points): a little taller than the channel line.
ICON_SIZE = 13.0
#: The client's logo at the right of the title block: at most this wide and tall (points),
#: and the gap between the title and the client's column.
LOGO_WIDTH = 160.0
LOGO_HEIGHT = 48.0
BRAND_GAP = 16.0
#: The title block and the persona cards keep their sizes up to this map width (points,
#: wider than every bundled sample); a wider map, which a poster shrinks to fit its paper,
#: has them grow with it, up to HEADER_MAX_SCALE, so the title still reads from afar.
HEADER_REFERENCE_WIDTH = 1800.0
HEADER_MAX_SCALE = 4.0


def header_scale(width: float) -> float:
    """How much larger than usual the title and persona block are on a map ``width`` wide."""
    return max(1.0, min(HEADER_MAX_SCALE, width / HEADER_REFERENCE_WIDTH))

#: Radius of the handle a link is dragged from, on a selected card's bottom edge.
LINK_HANDLE_RADIUS = 5.0


def link_handle(card: CardLayout) -> tuple[float, float]:
    """Centre of the handle a link is dragged out of: the middle of the bottom edge."""
    return card.rect.x + card.rect.w / 2, card.rect.bottom


def step_moment_marker(step: StepLayout) -> tuple[tuple[float, float], ...]:
    r = METRICS.moment_radius
    box = step.header.rect
    return moment_marker(box.right - r - 6, box.y + box.h / 2, r)


@dataclass(frozen=True)
class CurvePoint:
    point_id: str
    x: float
    y: float
    score: float
    color: str
    data: bool = False  # computed from imported answers, not placed by hand
    curve_id: str | None = None
    marker: str = "circle"  # layout_curves.MARKERS: the shape says which curve
    ring: str = "#FFFFFF"  # the curve's colour, around the marker


@dataclass(frozen=True)
class LegendEntry:
    """One curve in the legend: a short stretch of its line with its marker, its name."""

    look: layout_curves.Look
    x: float  # where the line sample starts
    y: float  # its middle
    w: float
    texts: tuple[TextRun, ...]


@dataclass(frozen=True)
class CurveLayout:
    """The emotion curve: its band, the zero line and a smooth path through its points."""

    lane_id: str
    band: Rect
    zero_y: float
    top_y: float  # where a score of +2 sits
    bottom_y: float  # where a score of −2 sits
    points: tuple[CurvePoint, ...]
    # Cubic Bézier segments: (start, control 1, control 2, end), each an (x, y) pair.
    # With data points present these run through the hand-placed points only.
    segments: tuple[tuple[tuple[float, float], ...], ...]
    #: The data curve: segments through the points computed from imported answers.
    data_segments: tuple[tuple[tuple[float, float], ...], ...] = ()
    #: Its 95 % confidence band: (x, y of the upper end, y of the lower end) per data
    #: point with an interval, in order along the journey.
    confidence: tuple[tuple[float, float, float], ...] = ()
    #: Point labels, placed where they overlap neither each other nor a face.
    labels: tuple[TextRun, ...] = ()
    #: Faint lines across the band at each whole score (the scale's gridlines).
    grid: tuple[Shape, ...] = ()
    #: Every shown curve, first drawn first; ``segments``, ``data_segments`` and
    #: ``confidence`` above repeat the first hand and the first data curve's.
    traces: tuple[layout_curves.CurveTrace, ...] = ()

    def score_at(self, y: float) -> float:
        """The score a point dragged to height y would have, clamped to −2..+2."""
        span = self.bottom_y - self.top_y
        s = 2.0 - 4.0 * (y - self.top_y) / span
        return max(-2.0, min(2.0, s))

    def y_for(self, score: float) -> float:
        return self.zero_y - score / 2.0 * (self.zero_y - self.top_y)


@dataclass(frozen=True)
class JourneyLayout:
    width: float
    height: float
    title: Box
    persona: Box | None
    stages: tuple[StageLayout, ...]
    lanes: tuple[LaneLayout, ...]
    cards: tuple[CardLayout, ...]
    curves: tuple[CurveLayout, ...]
    grid: Rect  # stage headers and lanes together, lane headers included
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    #: The curves' legend under the title (with two or more shown curves).
    legend: tuple[LegendEntry, ...] = ()
    #: One card per persona, side by side under the title (``persona`` is then None).
    persona_cards: tuple[layout_personas.PersonaCard, ...] = ()
    columns: tuple[ColumnLayout, ...] = ()
    steps: tuple[StepLayout, ...] = ()
    blueprint_lines: tuple[BlueprintLineLayout, ...] = ()
    links: tuple[LinkLayout, ...] = ()
    #: Posters with comments only: the numbered discs and the list under the grid.
    comment_markers: tuple[CommentMarkerLayout, ...] = ()
    comment_list: Box | None = None
    #: What the map's colours, faces, curves and marks mean, under the grid.
    legend_block: Box | None = None

    def card(self, card_id: str) -> CardLayout:
        return next(c for c in self.cards if c.card_id == card_id)

    # --- steps, spans and links ---------------------------------------------------

    def column_at(self, x: float) -> ColumnLayout | None:
        """The column (step, or stage without steps) under x."""
        return next((c for c in self.columns if c.x <= x < c.right), None)

    def step_drop_slot(
        self, column: ColumnLayout, lane_id: str, y: float, moving: frozenset[str] = frozenset()
    ) -> tuple[int, float]:
        """``drop_slot`` for one step column: the index among the cards that stay in
        that step (what ``edits.move_cards_to_step`` expects) and the y of the gap."""
        cell = self.cells[(column.stage_id, lane_id)]
        staying = [
            c
            for c in self.cards
            if c.lane_id == lane_id
            and c.stage_id == column.stage_id
            and c.step_id == column.step_id
            and c.card_id not in moving
        ]
        index = sum(1 for c in staying if c.rect.y + c.rect.h / 2 < y)
        if not staying:
            top = self.curve_bottom(lane_id)
            return 0, (top if top is not None else cell.y) + 4
        if index < len(staying):
            return index, staying[index].rect.y - 4
        return index, staying[-1].rect.bottom + 4

    def step_lines(self) -> list[tuple[float, float, float]]:
        """(x, top, bottom) of the thin lines between the steps of a stage."""
        stage_right = {s.stage_id: s.column.right for s in self.stages}
        return [
            (s.column.right, s.column.y, s.column.bottom)
            for s in self.steps
            if abs(s.column.right - stage_right[s.stage_id]) > 1e-6
        ]

    def step(self, step_id: str) -> StepLayout:
        return next(s for s in self.steps if s.step_id == step_id)

    def link(self, link_id: str) -> LinkLayout:
        return next(x for x in self.links if x.link_id == link_id)

    def step_edge_at(self, x: float, y: float, tolerance: float) -> str | None:
        """The step whose header's right edge is within tolerance of x (its resize handle)."""
        for s in self.steps:
            box = s.header.rect
            if box.y <= y < box.bottom and abs(box.right - x) <= tolerance:
                return s.step_id
        return None

    def step_slot(self, x: float, moving: str) -> tuple[int, float]:
        """Where a dragged step header dropped at x goes among the other steps of its
        stage: the index (what ``edits.move_step`` expects) and the x of the gap."""
        stage_id = self.step(moving).stage_id
        others = [s for s in self.steps if s.stage_id == stage_id and s.step_id != moving]
        index = sum(1 for s in others if s.column.x + s.column.w / 2 < x)
        if not others:
            return 0, self.step(moving).column.x
        if index < len(others):
            return index, others[index].column.x
        return index, others[-1].column.right

    def span_at(self, card_id: str, x: float) -> int:
        """How many columns a card would span if its right edge were dragged to x."""
        card = self.card(card_id)
        start = next(i for i, c in enumerate(self.columns) if c.x <= card.rect.x < c.right)
        span = 1
        for i in range(start + 1, len(self.columns)):
            if x > self.columns[i].x + self.columns[i].w / 2:
                span = i - start + 1
        return span

    def stage_at(self, x: float) -> StageLayout | None:
        """The stage column under x (None left of the first stage or past the last)."""
        lefts = [s.column.x for s in self.stages]
        i = bisect_right(lefts, x) - 1
        if i < 0 or x >= self.stages[i].column.right:
            return None
        return self.stages[i]

    def lane_at(self, y: float) -> LaneLayout | None:
        return next((lane for lane in self.lanes if lane.row.y <= y < lane.row.bottom), None)

    def position_at(self, x: float) -> tuple[str, float] | None:
        """Which stage and where inside it (0..1) an x falls: where an emotion point goes."""
        stage = self.stage_at(x)
        if stage is None:
            return None
        col = stage.column
        return stage.stage_id, max(0.0, min(1.0, (x - col.x) / col.w))

    # --- hit testing for the editor's gestures (pure geometry, no Qt) ----------

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The (stage id, lane id) of the cell under a point, None outside the cells."""
        stage, lane = self.stage_at(x), self.lane_at(y)
        if stage is None or lane is None:
            return None
        return stage.stage_id, lane.lane_id

    def cell_cards(self, stage_id: str, lane_id: str) -> list[CardLayout]:
        return [c for c in self.cards if c.stage_id == stage_id and c.lane_id == lane_id]

    def drop_slot(
        self, stage_id: str, lane_id: str, y: float, moving: frozenset[str] = frozenset()
    ) -> tuple[int, float]:
        """Where cards dropped at height y land in a cell: the index among the cards
        that stay (what ``edits.move_cards`` expects) and the y of the gap to mark."""
        cell = self.cells[(stage_id, lane_id)]
        staying = [c for c in self.cell_cards(stage_id, lane_id) if c.card_id not in moving]
        index = sum(1 for c in staying if c.rect.y + c.rect.h / 2 < y)
        if not staying:
            top = self.curve_bottom(lane_id)
            return 0, (top if top is not None else cell.y) + 4
        if index < len(staying):
            return index, staying[index].rect.y - 4
        return index, staying[-1].rect.bottom + 4

    def curve_bottom(self, lane_id: str) -> float | None:
        curve = next((c for c in self.curves if c.lane_id == lane_id), None)
        return curve.band.bottom if curve is not None else None

    def new_card_rect(self, stage_id: str, lane_id: str) -> Rect:
        """Where a card added at the end of a cell would start (for the in-place editor)."""
        cell = self.cells[(stage_id, lane_id)]
        cards = self.cell_cards(stage_id, lane_id)
        pad = METRICS.cell_padding
        top = cards[-1].rect.bottom if cards else (self.curve_bottom(lane_id) or cell.y)
        return Rect(cell.x + pad, top + pad, cell.w - 2 * pad, METRICS.card_min_height)

    def stage_edge_at(self, x: float, y: float, tolerance: float) -> str | None:
        """The stage whose right edge is within tolerance of x (a resize handle)."""
        if not (self.grid.y <= y < self.grid.bottom):
            return None
        for s in self.stages:
            if abs(s.column.right - x) <= tolerance:
                return s.stage_id
        return None

    def stage_slot(self, x: float, moving: str) -> tuple[int, float]:
        """Where a dragged stage header dropped at x goes: index among the other
        stages (what ``edits.move_stage`` expects) and the x of the gap to mark."""
        others = [s for s in self.stages if s.stage_id != moving]
        index = sum(1 for s in others if s.column.x + s.column.w / 2 < x)
        if not others:
            return 0, self.stages[0].column.x
        if index < len(others):
            return index, others[index].column.x
        return index, others[-1].column.right

    def lane_slot(self, y: float, moving: str) -> tuple[int, float]:
        """The same as ``stage_slot`` for a dragged lane header, vertically."""
        others = [lane for lane in self.lanes if lane.lane_id != moving]
        index = sum(1 for lane in others if lane.row.y + lane.row.h / 2 < y)
        if not others:
            return 0, self.lanes[0].row.y
        if index < len(others):
            return index, others[index].row.y
        return index, others[-1].row.bottom

    def curve_at(self, x: float, y: float) -> CurveLayout | None:
        """The emotion curve whose band holds a point (where a double-click adds a point)."""
        return next((c for c in self.curves if c.band.contains(x, y)), None)
