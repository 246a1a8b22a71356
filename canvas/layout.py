"""Where everything on the map sits, computed once from the model, without Qt.

The scene and the PDF poster both draw from a ``JourneyLayout`` and decide
nothing themselves: every box, every line of wrapped text and its baseline, and
the emotion curve's Bézier segments are here. Coordinates are points with y
growing downwards (the PDF exporter flips them).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from journeycanvas.canvas import compare, layout_curves, layout_personas, research, style
from journeycanvas.canvas.labels import content_labels
from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind
from journeycanvas.canvas.style import METRICS, Metrics
from journeycanvas.canvas.text_metrics import FontMetrics, Piece, metrics


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

    def __post_init__(self) -> None:
        if self.text and not self.spans:
            object.__setattr__(self, "spans", spans_at(metrics().pieces(self.text), self.size))

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

    def card(self, card_id: str) -> CardLayout:
        return next(c for c in self.cards if c.card_id == card_id)

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


#: Height of the comparison row at the foot of the emotion band, when it is shown.
COMPARE_ROW = 18.0

#: Line breaks by (text, width, size, font metrics); wrapping is 90 % of a layout's time.
#: Each line is kept as its text and its spans by font at that size.
_WRAP_CACHE: dict[tuple[str, float, float, int], tuple[tuple[str, tuple[FontSpan, ...]], ...]] = {}
_WRAP_CACHE_MAX = 100_000
#: The last layout of each card id, with what it was computed from.
_CARD_CACHE: dict[str, tuple[tuple, CardLayout]] = {}


def compute_layout(
    journey: Journey, m: Metrics = METRICS, fm: FontMetrics | None = None
) -> JourneyLayout:
    """Lay the whole journey out. Cheap enough to call after every edit."""
    return _Layouter(journey, m, fm or metrics()).run()


class _Layouter:
    def __init__(self, journey: Journey, m: Metrics, fm: FontMetrics) -> None:
        self.j = journey
        self.m = m
        self.fm = fm
        self.labels = content_labels(journey.language)
        self.legend_entries: tuple[LegendEntry, ...] = ()
        self.persona_cards: tuple[layout_personas.PersonaCard, ...] = ()

    # --- text helpers -----------------------------------------------------

    def line_height(self, size: float) -> float:
        return size * self.m.line_spacing

    def wrap(
        self, text: str, width: float, size: float
    ) -> tuple[tuple[str, tuple[FontSpan, ...]], ...]:
        """The fonts' line breaks, remembered: re-laying a 2,000-card map after one
        edit then costs a dictionary look-up per unchanged card, not a re-wrap."""
        key = (text, width, size, id(self.fm))
        lines = _WRAP_CACHE.get(key)
        if lines is None:
            if len(_WRAP_CACHE) > _WRAP_CACHE_MAX:
                _WRAP_CACHE.clear()
            lines = tuple(
                (line, spans_at(pieces, size))
                for line, pieces in self.fm.wrap_pieces(text, width, size)
            )
            _WRAP_CACHE[key] = lines
        return lines

    def runs(
        self, text: str, x: float, top: float, width: float, size: float, color: str = style.INK
    ) -> tuple[list[TextRun], float]:
        """Wrapped text as runs from ``top``; returns the runs and the height they take."""
        lh = self.line_height(size)
        lines = self.wrap(text, width, size)
        first = top + (lh - size) / 2 + self.fm.ascent * size
        out = [
            TextRun(line, x, first + i * lh, size, color, spans)
            for i, (line, spans) in enumerate(lines)
        ]
        return out, lh * len(lines)

    # --- the parts ----------------------------------------------------------

    def run(self) -> JourneyLayout:
        m = self.m
        widths = [s.width or m.stage_width for s in self.j.stages]
        grid_w = m.lane_header_width + sum(widths)
        width = max(grid_w, 640.0) + 2 * m.margin

        title, persona, header_bottom = self.header(width)
        grid_top = header_bottom + m.header_gap
        grid_left = m.margin

        # Stage headers: a row as tall as the tallest wrapped stage name.
        stage_x: list[float] = []
        x = grid_left + m.lane_header_width
        for w in widths:
            stage_x.append(x)
            x += w
        name_runs = []
        header_h = m.stage_header_height
        for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True):
            runs, h = self.runs(
                s.name, sx + 10, grid_top + 10, w - 20, m.stage_title_size, style.STAGE_HEADER_TEXT
            )
            name_runs.append(runs)
            header_h = max(header_h, h + 20)

        # Lanes: each row as tall as its tallest cell.
        y = grid_top + header_h
        lanes: list[LaneLayout] = []
        cards: list[CardLayout] = []
        curves: list[CurveLayout] = []
        cells: dict[tuple[str, str], Rect] = {}
        by_cell: dict[tuple[str, str], list[Card]] = {}
        for card in self.j.cards:
            by_cell.setdefault((card.stage_id, card.lane_id), []).append(card)

        for lane in self.j.lanes:
            colors = style.LANE_COLORS[lane.kind]
            header_runs, header_text_h = self.runs(
                lane.name,
                grid_left + 10,
                y + 8,
                m.lane_header_width - 20,
                m.lane_title_size,
                style.INK,
            )
            if lane.collapsed:
                row_h = m.collapsed_row_height
                header_runs = header_runs[:1]
                lane_cards: list[CardLayout] = []
            else:
                band_h = m.curve_band_height if lane.kind == LaneKind.EMOTIONS else 0.0
                if band_h and compare.compared(self.j) is not None:
                    band_h += COMPARE_ROW
                lane_cards, content_h = self.lane_cards(
                    lane, stage_x, widths, y + band_h, by_cell, colors.card
                )
                row_h = max(m.empty_row_height, header_text_h + 16, band_h + content_h)
                if lane.kind == LaneKind.EMOTIONS:
                    curves.append(self.curve(lane, stage_x, widths, y, band_h))
            for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True):
                cells[(s.id, lane.id)] = Rect(sx, y, w, row_h)
            lanes.append(
                LaneLayout(
                    lane_id=lane.id,
                    kind=lane.kind,
                    collapsed=lane.collapsed,
                    header=Box(
                        Rect(grid_left, y, m.lane_header_width, row_h),
                        colors.header,
                        tuple(header_runs),
                    ),
                    row=Rect(grid_left, y, grid_w, row_h),
                    row_fill=colors.row,
                )
            )
            cards.extend(lane_cards)
            y += row_h

        grid_bottom = y
        stages = tuple(
            StageLayout(
                stage_id=s.id,
                header=Box(Rect(sx, grid_top, w, header_h), style.STAGE_HEADER, tuple(runs)),
                column=Rect(sx, grid_top, w, grid_bottom - grid_top),
            )
            for s, sx, w, runs in zip(self.j.stages, stage_x, widths, name_runs, strict=True)
        )
        return JourneyLayout(
            width=width,
            height=grid_bottom + m.margin,
            title=title,
            persona=persona,
            stages=stages,
            lanes=tuple(lanes),
            cards=tuple(cards),
            curves=tuple(curves),
            grid=Rect(grid_left, grid_top, grid_w, grid_bottom - grid_top),
            cells=cells,
            legend=self.legend_entries,
            persona_cards=self.persona_cards,
        )

    def header(self, width: float) -> tuple[Box, Box | None, float]:
        """The title block across the map, and under it the personas as cards."""
        m = self.m
        inner = width - 2 * m.margin
        title_w = inner
        top = m.margin
        runs, h = self.runs(self.j.title or "—", m.margin, top, title_w, m.title_size)
        text_runs = list(runs)
        bottom = top + h
        if self.j.scenario:
            runs, h = self.runs(
                self.j.scenario, m.margin, bottom + 4, title_w, m.subtitle_size, style.INK_SOFT
            )
            text_runs += runs
            bottom += 4 + h
        if any(p.data for p in self.j.emotion_points):
            # What the research marks mean, wherever the map is read (screen or poster).
            runs, h = self.runs(
                self.labels["legend"].format(below=research.LOW_CONFIDENCE_BELOW),
                m.margin, bottom + 4, title_w, m.badge_size, style.DATA_CURVE,
            )  # fmt: skip
            text_runs += runs
            bottom += 4 + h
        self.legend_entries, bottom = self.legend(m.margin, bottom + 6, title_w, bottom)
        title = Box(Rect(m.margin, top, title_w, bottom - top), style.PAGE, tuple(text_runs))

        self.persona_cards, cards_bottom = layout_personas.persona_cards(
            self, m.margin, bottom + m.header_gap, inner
        )
        return title, None, max(bottom, cards_bottom)

    def legend(
        self, x0: float, top: float, width: float, bottom: float
    ) -> tuple[tuple[LegendEntry, ...], float]:
        """Each shown curve's line sample and "name · persona", flowing in rows."""
        having = {self.j.curve_of(p) for p in self.j.emotion_points}
        looks = [look for look in layout_curves.looks(self.j) if look.curve_id in having]
        if len(looks) < 2:
            return (), bottom
        size = self.m.badge_size + 0.5
        line_h = self.line_height(size) + 4
        sample = 30.0
        out: list[LegendEntry] = []
        x, y = x0, top
        for look in looks:
            text = look.name + (f" · {look.persona}" if look.persona else "")
            text_w = self.fm.width(text, size)
            need = sample + 6 + text_w + 16
            if x > x0 and x + need > x0 + width:
                x, y = x0, y + line_h
            runs, _h = self.runs(text, x + sample + 6, y, text_w + 1, size, style.INK)
            out.append(LegendEntry(look, x, y + line_h / 2 - 2, sample, tuple(runs)))
            x += need
        return tuple(out), y + line_h

    def lane_cards(
        self,
        lane: Lane,
        stage_x: list[float],
        widths: list[float],
        top: float,
        by_cell: dict[tuple[str, str], list[Card]],
        default_fill: str,
    ) -> tuple[list[CardLayout], float]:
        """Stack each cell's cards; returns them and the height of the fullest cell."""
        m = self.m
        out: list[CardLayout] = []
        tallest = 0.0
        for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True):
            y = top + m.cell_padding
            for card in by_cell.get((s.id, lane.id), ()):
                x, cw = sx + m.cell_padding, w - 2 * m.cell_padding
                badge = self.badge(card)
                # Everything the card's layout depends on: the same values at the same
                # place give the same layout as last time, without measuring again.
                key = (
                    card.title,
                    card.body,
                    card.channel,
                    card.owner,
                    badge,
                    card.suggested,
                    card.color,
                    s.id,
                    lane.id,
                    x,
                    y,
                    cw,
                    default_fill,
                    self.m,
                    self.fm,
                )
                hit = _CARD_CACHE.get(card.id)
                if hit is not None and hit[0] == key:
                    layout = hit[1]
                else:
                    rect, border, texts = self.card(card, x, y, cw, badge)
                    fill = card.color or default_fill
                    layout = CardLayout(card.id, s.id, lane.id, rect, fill, border, texts)
                    if len(_CARD_CACHE) > _WRAP_CACHE_MAX:
                        _CARD_CACHE.clear()
                    _CARD_CACHE[card.id] = (key, layout)
                out.append(layout)
                y = layout.rect.bottom + m.card_gap
            used = y - top - m.card_gap + m.cell_padding if y > top + m.cell_padding else 0.0
            tallest = max(tallest, used)
        return out, tallest

    def badge(self, card: Card) -> tuple[str, str] | None:
        """The evidence line of a scored card and its colour: "n=12 · +0.35 ±0.21",
        the latest wave's change ("▲ +0.4", * when Welch's test finds it significant),
        "few answers" under :data:`research.LOW_CONFIDENCE_BELOW` answers."""
        if not card.responses:
            return None
        parts = [f"n={card.responses} · {card.score or 0.0:+.2f}"]
        found = research.stats(self.j, card)
        interval = found.ci95
        if interval is not None:
            parts[0] += f" ±{(interval[1] - interval[0]) / 2:.2f}"
        color = style.INK_SOFT
        change = found.change
        if change is not None:
            parts.append(change.mark())
            if change.significant:
                color = style.SIGNIFICANT
        if found.low:
            parts.append(self.labels["low"])
            color = style.LOW_CONFIDENCE
        return " · ".join(parts), color

    def card(
        self, card: Card, x: float, y: float, w: float, badge: tuple[str, str] | None = None
    ) -> tuple[Rect, str, tuple]:
        m = self.m
        pad = m.card_padding
        inner_w = w - 2 * pad
        texts: list[TextRun] = []
        cy = y + pad
        runs, h = self.runs(card.title, x + pad, cy, inner_w, m.card_title_size)
        texts += runs
        cy += h
        if card.body:
            runs, h = self.runs(
                card.body, x + pad, cy + 2, inner_w, m.card_body_size, style.INK_SOFT
            )
            texts += runs
            cy += h + 2
        extra = [v for v in (card.channel, card.owner) if v]
        if badge is not None and badge[1] == style.INK_SOFT:
            extra.append(badge[0])  # in the plain colour it shares the line, as it always did
            badge = None
        if extra:
            runs, h = self.runs(
                " · ".join(extra), x + pad, cy + 2, inner_w, m.badge_size, style.INK_SOFT
            )
            texts += runs
            cy += h + 2
        if badge is not None:
            runs, h = self.runs(badge[0], x + pad, cy + 2, inner_w, m.badge_size, badge[1])
            texts += runs
            cy += h + 2
        height = max(m.card_min_height, cy - y + pad)
        border = style.SUGGESTED_BORDER if card.suggested else style.CARD_BORDER
        return Rect(x, y, w, height), border, tuple(texts)

    def curve(
        self, lane: Lane, stage_x: list[float], widths: list[float], top: float, band_h: float
    ) -> CurveLayout:
        m = self.m
        left = stage_x[0] if stage_x else m.margin + m.lane_header_width
        band = Rect(left, top, sum(widths), band_h)
        inset = m.face_radius + 8
        pair = compare.compared(self.j)
        row = COMPARE_ROW if pair is not None else 0.0
        top_y, bottom_y = top + inset, top + band_h - row - inset
        zero_y = (top_y + bottom_y) / 2
        where = {s.id: (sx, w) for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True)}
        looks = {look.curve_id: look for look in layout_curves.looks(self.j)}
        by_id = {c.id: c for c in self.j.curves}
        placed = []  # (point, x, y, look) of every point on a shown curve
        for p in self.j.ordered_points():
            key = self.j.curve_of(p)
            if key is None:
                key = "" if p.data else None  # the implicit data or hand curve
                if key not in looks:
                    looks[key] = layout_curves.implicit_look(self.j, p.data)
            look = looks.get(key)
            if look is None:
                continue  # a hidden curve
            sx, w = where[p.stage_id]
            placed.append((p, sx + p.position * w, zero_y - p.score / 2.0 * (zero_y - top_y), look))
        xs = layout_curves.nudge([(x, y, look.curve_id) for _p, x, y, look in placed],
                                 m.face_radius * 1.5)  # fmt: skip
        points = []
        labelled: list[tuple[CurvePoint, str]] = []
        lines: dict[str | None, list[tuple[float, float]]] = {k: [] for k in looks}
        bands: dict[str | None, list[tuple[float, float, float]]] = {k: [] for k in looks}
        cards = self.j.cards_by_id()
        for (p, x, y, look), nx in zip(placed, xs, strict=True):
            data = look.data or p.data
            point = CurvePoint(
                p.id, nx, y, p.score, style.score_color(p.score), data,
                look.curve_id, look.marker, look.color,
            )  # fmt: skip
            points.append(point)
            lines.setdefault(look.curve_id, []).append((x, y))
            curve = by_id.get(look.curve_id or "")
            if curve is not None:
                interval = layout_curves.point_interval(self.j, curve, p.card_id)
            else:
                card = cards.get(p.card_id or "") if p.data else None
                interval = research.stats(self.j, card).ci95 if card else None
            if interval is not None:
                hi, lo = (max(-2.0, min(2.0, v)) for v in (interval[1], interval[0]))
                bands.setdefault(look.curve_id, []).append((x, zero_y - hi / 2.0 * (zero_y - top_y),
                                             zero_y - lo / 2.0 * (zero_y - top_y)))  # fmt: skip
            # A data point's label is its card's title, printed on the card already.
            if p.label and not data:
                labelled.append((point, p.label))
        traces = tuple(
            layout_curves.CurveTrace(look, monotone_bezier(lines[key]), tuple(bands.get(key, ())))
            for key, look in looks.items()
        )
        hand = next((t for t in traces if not t.look.data), None)
        data_trace = next((t for t in traces if t.look.data), None)
        return CurveLayout(
            lane.id,
            band,
            zero_y,
            top_y,
            bottom_y,
            tuple(points),
            hand.segments if hand else (),
            data_trace.segments if data_trace else (),
            data_trace.confidence if data_trace else (),
            self.point_labels(labelled, points, band)
            + self.compare_row(pair, stage_x, widths, top + band_h - row),
            traces,
        )

    def compare_row(
        self, pair: tuple[str, str] | None, stage_x: list[float], widths: list[float], top: float
    ) -> tuple[TextRun, ...]:
        """The comparison's name ("To-be − As-is") and its difference under every stage."""
        if pair is None:
            return ()
        m = self.m
        size = m.badge_size + 1
        first, second = (layout_curves.full_name(self.j, self.j.curve(c)) for c in pair)
        # The name of the comparison in the lane's header column, beside its row.
        name = f"Δ {first} − {second}"
        width = m.lane_header_width - 20
        out = list(self.runs(name, m.margin + 10, top + 2, width, m.badge_size, style.INK_SOFT)[0])
        for diff, sx, w in zip(compare.difference(self.j, *pair), stage_x, widths, strict=True):
            text = "Δ " + compare.mark(diff.delta)
            color = style.INK_SOFT
            if diff.delta is not None and abs(diff.delta) >= 0.05:
                color = style.score_color(2.0 if diff.delta > 0 else -2.0)
            tw = self.fm.width(text, size)
            out += self.runs(text, sx + w / 2 - tw / 2, top + 2, tw + 1, size, color)[0]
        return tuple(out)

    def point_labels(
        self, labelled: list[tuple[CurvePoint, str]], points: list[CurvePoint], band: Rect
    ) -> tuple[TextRun, ...]:
        """Each label above its point, else below, else left out: never over another
        label or a face, never outside the band (greedy, in journey order)."""
        m = self.m
        size = m.badge_size
        height = self.line_height(size)
        r = m.face_radius
        taken = [Rect(p.x - r, p.y - r, 2 * r, 2 * r) for p in points]
        out: list[TextRun] = []
        for point, label in labelled:
            text = label if len(label) <= 24 else label[:23] + "…"
            width = self.fm.width(text, size)
            # Centred on the point, moved sideways to stay inside the band.
            left = max(band.x, min(point.x - width / 2, band.right - width))
            for top in (point.y - r - 3 - height, point.y + r + 3):
                box = Rect(left, top, width, height)
                inside = band.y <= box.y and box.bottom <= band.bottom
                if inside and not any(_overlap(box, t) for t in taken):
                    taken.append(box)
                    out += self.runs(text, box.x, box.y, width + 1, size, style.INK_SOFT)[0]
                    break
        return tuple(out)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def curve_segments(points: list[CurvePoint]) -> tuple[tuple, tuple]:
    """(hand curve, data curve): with no data points the hand curve runs through all."""
    data = [p for p in points if p.data]
    if not data:
        return monotone_bezier([(p.x, p.y) for p in points]), ()
    hand = [p for p in points if not p.data]
    return monotone_bezier([(p.x, p.y) for p in hand]), monotone_bezier([(p.x, p.y) for p in data])


def monotone_bezier(pts: list[tuple[float, float]]) -> tuple[tuple[tuple[float, float], ...], ...]:
    """A smooth curve through the points that never overshoots them (Fritsch–Carlson).

    Overshoot matters here: a Catmull-Rom curve through +2 would swing above +2,
    drawing an emotion no one reported.
    """
    n = len(pts)
    if n < 2:
        return ()
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    dx = [xs[i + 1] - xs[i] for i in range(n - 1)]
    slope = [(ys[i + 1] - ys[i]) / dx[i] if dx[i] > 1e-9 else 0.0 for i in range(n - 1)]
    tangent = [0.0] * n
    tangent[0], tangent[-1] = slope[0], slope[-1]
    for i in range(1, n - 1):
        if slope[i - 1] * slope[i] <= 0:
            tangent[i] = 0.0
        else:
            w1 = 2 * dx[i] + dx[i - 1]
            w2 = dx[i] + 2 * dx[i - 1]
            tangent[i] = (w1 + w2) / (w1 / slope[i - 1] + w2 / slope[i])
    segs = []
    for i in range(n - 1):
        h = dx[i] / 3.0
        segs.append(
            (
                (xs[i], ys[i]),
                (xs[i] + h, ys[i] + tangent[i] * h),
                (xs[i + 1] - h, ys[i + 1] - tangent[i + 1] * h),
                (xs[i + 1], ys[i + 1]),
            )
        )
    return tuple(segs)
