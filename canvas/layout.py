"""Where everything on the map sits, computed once from the model, without Qt.

The scene and the PDF poster both draw from a ``JourneyLayout`` and decide
nothing themselves: every box, every line of wrapped text and its baseline, and
the emotion curve's Bézier segments are here. Coordinates are points with y
growing downwards (the PDF exporter flips them).
"""

from __future__ import annotations

import gc
from dataclasses import replace

from journeycanvas.canvas import (
    compare,
    improvements,
    kpis,
    layout_curves,
    layout_memo,
    layout_personas,
    link_routing,
    research,
    style,
    themes,
    triggers,
)
from journeycanvas.canvas.before_after import BeforeAfter, before_after, by_touchpoint, kpi_changes
from journeycanvas.canvas.card_images import STORYBOARD_HEIGHT, as_drawn, picture_box
from journeycanvas.canvas.channel_icons import ICONS
from journeycanvas.canvas.contrast import readable
from journeycanvas.canvas.labels import content_labels
from journeycanvas.canvas.layout_memo import clear_caches
from journeycanvas.canvas.layout_types import (
    BRAND_GAP,
    HEADER_MAX_SCALE,
    HEADER_REFERENCE_WIDTH,
    ICON_SIZE,
    LINK_HANDLE_RADIUS,
    LOGO_HEIGHT,
    LOGO_WIDTH,
    BlueprintLineLayout,
    Box,
    CardLayout,
    ColumnLayout,
    CommentMarkerLayout,
    CurveLayout,
    CurvePoint,
    FontSpan,
    JourneyLayout,
    LaneLayout,
    LegendEntry,
    LinkLayout,
    Rect,
    StageLayout,
    StepLayout,
    TextRun,
    card_moment_marker,
    header_scale,
    link_handle,
    moment_marker,
    spans_at,
    step_moment_marker,
)
from journeycanvas.canvas.legend import legend_block
from journeycanvas.canvas.marks import Chip, Shape, flow, line, tint
from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind, Stage
from journeycanvas.canvas.occupancy import Occupied
from journeycanvas.canvas.style import METRICS, Metrics
from journeycanvas.canvas.text_metrics import FontMetrics, metrics

#: The layout's result types live in layout_types.py and what it remembers in
#: layout_memo.py; every name is still importable from here, as it always was.
__all__ = [
    "BRAND_GAP",
    "COMPARE_ROW",
    "HEADER_MAX_SCALE",
    "HEADER_REFERENCE_WIDTH",
    "ICON_SIZE",
    "LINK_HANDLE_RADIUS",
    "LOGO_HEIGHT",
    "LOGO_WIDTH",
    "BlueprintLineLayout",
    "Box",
    "CardLayout",
    "ColumnLayout",
    "CommentMarkerLayout",
    "CurveLayout",
    "CurvePoint",
    "FontSpan",
    "JourneyLayout",
    "LaneLayout",
    "LegendEntry",
    "LinkLayout",
    "Rect",
    "StageLayout",
    "StepLayout",
    "TextRun",
    "blueprint_line_lanes",
    "card_moment_marker",
    "clear_caches",
    "compute_layout",
    "curve_segments",
    "header_scale",
    "link_handle",
    "moment_marker",
    "monotone_bezier",
    "spans_at",
    "step_moment_marker",
]


#: Height of the comparison row at the foot of the emotion band, when it is shown.
COMPARE_ROW = 18.0


def blueprint_line_lanes(journey: Journey) -> dict[str, str]:
    """Lane id -> the blueprint line drawn on top of it (the first lane of its kind
    that has a lane of the kind the line separates it from above it). The xlsx map
    draws the lines where the screen and the poster do."""
    out: dict[str, str] = {}
    for kind, above, key in style.BLUEPRINT_LINES:
        seen_above = False
        for lane in journey.lanes:
            if lane.kind == above:
                seen_above = True
            elif lane.kind == kind:
                if seen_above:
                    out[lane.id] = key
                break
    return out


def compute_layout(
    journey: Journey, m: Metrics = METRICS, fm: FontMetrics | None = None
) -> JourneyLayout:
    """Lay the whole journey out. Cheap enough to call after every edit.

    The cyclic garbage collector is paused meanwhile: a layout makes some hundred
    thousand small objects, none of them in a reference cycle, and with a
    100,000-answer journey in memory every full collection they set off walks
    millions of live objects (a third of the research journey's first layout).
    Whatever cycle there is gets collected once the collector is back.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _Layouter(journey, m, fm or metrics()).run()
    finally:
        if was_on:
            gc.enable()


class _Layouter:
    def __init__(self, journey: Journey, m: Metrics, fm: FontMetrics) -> None:
        self.j = journey
        self.m = m
        self.fm = fm
        #: The bold weight's metrics: titles and headers (canvas/fonts.py).
        self.fm_bold = metrics(bold=True)
        self.labels = content_labels(journey.language)
        #: The colours the map is drawn in (canvas/themes.py): the journey's own.
        self.theme = themes.theme(journey.theme)
        self.legend_entries: tuple[LegendEntry, ...] = ()
        self.persona_cards: tuple[layout_personas.PersonaCard, ...] = ()
        #: Cards by lane and step columns by id, filled by ``run`` for the step layout.
        self.by_lane: dict[str, list[Card]] | None = None
        self.step_columns: dict[str, ColumnLayout] = {}
        self._grouped: layout_memo.Grouped | None = None
        self._lane_columns: tuple | None = None
        #: Touchpoints' scores around the done improvements that name them, by card id.
        self.fixes = by_touchpoint(journey) if self._may_name_fixes() else {}

    def _may_name_fixes(self) -> bool:
        """Whether any card is an improvement (by_touchpoint finds none else), asked of
        the cards' grouping, which has read each card's improvement once for good."""
        grouped = self.grouped()
        if grouped.improves is None:
            grouped.improves = any(f[12] is not None for f in grouped.fields)
        return grouped.improves

    def grouped(self) -> layout_memo.Grouped:
        """The cards by cell (layout_memo.cards_by_cell), read once per layout."""
        if self._grouped is None:
            self._grouped = layout_memo.cards_by_cell(self.j.cards)
        return self._grouped

    def card_facts(self) -> layout_memo.CardFacts:
        """What the cards have in common: the grid asks, and the legend four times
        more; kept with the cards' grouping, which has read the same fields."""
        grouped = self.grouped()
        if grouped.facts is None:
            grouped.facts = layout_memo.card_facts(self.j.cards)
        return grouped.facts

    # --- text helpers -----------------------------------------------------

    def line_height(self, size: float) -> float:
        return size * self.m.line_spacing

    def wrap(
        self, text: str, width: float, size: float, bold: bool = False
    ) -> tuple[tuple[str, tuple[FontSpan, ...]], ...]:
        """The fonts' line breaks, remembered: re-laying a 2,000-card map after one
        edit then costs a dictionary look-up per unchanged card, not a re-wrap."""
        fm = self.fm_bold if bold else self.fm
        key = (text, width, size, id(fm))
        lines = layout_memo.WRAP_CACHE.get(key)
        if lines is None:
            if len(layout_memo.WRAP_CACHE) > layout_memo.CACHE_MAX:
                layout_memo.WRAP_CACHE.clear()
            lines = tuple(
                (line, spans_at(pieces, size)) for line, pieces in fm.wrap_pieces(text, width, size)
            )
            layout_memo.WRAP_CACHE[key] = lines
        return lines

    def runs(
        self,
        text: str,
        x: float,
        top: float,
        width: float,
        size: float,
        color: str = style.INK,
        bold: bool = False,
    ) -> tuple[list[TextRun], float]:
        """Wrapped text as runs from ``top``; returns the runs and the height they take."""
        lh = self.line_height(size)
        lines = self.wrap(text, width, size, bold)
        first = top + (lh - size) / 2 + self.fm.ascent * size
        out = [
            line_run(line, x, first + i * lh, size, color, spans)
            for i, (line, spans) in enumerate(lines)
        ]
        return out, lh * len(lines)

    # --- the parts ----------------------------------------------------------

    def stage_width(self, stage: Stage) -> float:
        """A stage with steps is as wide as its steps; one without, its own width."""
        if stage.steps:
            return sum(step.width or self.m.step_width for step in stage.steps)
        return stage.width or self.m.stage_width

    def run(self) -> JourneyLayout:
        m = self.m
        widths = [self.stage_width(s) for s in self.j.stages]
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
                s.name,
                sx + 10,
                grid_top + 10,
                w - 20,
                m.stage_title_size,
                self.theme.stage_header_text,
                bold=True,
            )
            name_runs.append(runs)
            header_h = max(header_h, h + 20)

        # Steps: a row of step headers under the stage headers, when any stage has steps.
        columns = self.columns(stage_x, widths)
        step_top = grid_top + header_h
        step_h = m.step_header_height if any(s.steps for s in self.j.stages) else 0.0
        self.step_columns = {c.step_id: c for c in columns if c.step_id is not None}
        structured = step_h > 0 or self.card_facts().structured

        # Lanes: each row as tall as its tallest cell.
        y = grid_top + header_h + step_h
        line_lanes = self.blueprint_line_lanes()
        line_rows: list[tuple[str, float]] = []
        lanes: list[LaneLayout] = []
        cards: list[CardLayout] = []
        curves: list[CurveLayout] = []
        cells: dict[tuple[str, str], Rect] = {}
        grouped = self.grouped()

        for lane in self.j.lanes:
            if lane.id in line_lanes:
                # A blueprint line gets a band of its own, so its name covers no card.
                line_rows.append((line_lanes[lane.id], y))
                y += m.blueprint_band
            colors = self.theme.lanes[lane.kind]
            header_runs, header_text_h = self.runs(
                lane.name,
                grid_left + 10,
                y + 8,
                m.lane_header_width - 20,
                m.lane_title_size,
                style.INK,
                bold=True,
            )
            header_marks: tuple[Shape, ...] = ()
            if lane.collapsed:
                row_h = m.collapsed_row_height
                header_runs = header_runs[:1]
                lane_cards: list[CardLayout] = []
            else:
                band_h = 0.0
                if lane.kind == LaneKind.EMOTIONS:
                    # A curve with no points yet keeps its scale, in a lower band.
                    band_h = m.curve_band_height if self.j.emotion_points else m.empty_band_height
                    if compare.compared(self.j) is not None:
                        band_h += COMPARE_ROW
                if structured:
                    lane_cards, content_h = self.column_cards(
                        lane, columns, y + band_h, colors.card
                    )
                else:
                    lane_cards, content_h = self.lane_cards(
                        lane, stage_x, widths, y + band_h, grouped, colors.card
                    )
                if lane_cards or band_h:
                    row_h = max(m.empty_row_height, header_text_h + 16, band_h + content_h)
                else:
                    # An empty lane is a thin row: the poster's height goes to the full ones.
                    row_h = max(m.empty_lane_height, header_text_h + 10)
                if lane.kind == LaneKind.EMOTIONS:
                    curve = self.curve(lane, stage_x, widths, y, band_h, header_text_h + 8)
                    curves.append(curve)
                    axis_runs, header_marks = self.axis(curve, grid_left + m.lane_header_width)
                    header_runs += axis_runs
            for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True):
                cells[(s.id, lane.id)] = cell_rect(sx, y, w, row_h)
            lanes.append(
                LaneLayout(
                    lane_id=lane.id,
                    kind=lane.kind,
                    collapsed=lane.collapsed,
                    header=Box(
                        Rect(grid_left, y, m.lane_header_width, row_h),
                        colors.header,
                        tuple(header_runs),
                        tuple(header_marks),
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
                header=Box(Rect(sx, grid_top, w, header_h), self.theme.stage_header, tuple(runs)),
                column=Rect(sx, grid_top, w, grid_bottom - grid_top),
            )
            for s, sx, w, runs in zip(self.j.stages, stage_x, widths, name_runs, strict=True)
        )
        steps = self.step_headers(columns, step_top, step_h, grid_bottom)
        lines = self.blueprint_lines(line_rows, grid_left, grid_left + grid_w)
        links = self.route_links(cards, lanes, columns, grid_left)
        legend = legend_block(self, grid_left, grid_bottom + m.header_gap, grid_w)
        bottom = legend.rect.bottom if legend is not None else grid_bottom
        return JourneyLayout(
            width=width,
            height=bottom + m.margin,
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
            columns=tuple(columns),
            steps=steps,
            blueprint_lines=lines,
            links=links,
            legend_block=legend,
        )

    # --- steps, spans, blueprint lines and links ---------------------------------------

    def columns(self, stage_x: list[float], widths: list[float]) -> list[ColumnLayout]:
        """The columns cards sit in, left to right: each step, or a stage without steps."""
        out: list[ColumnLayout] = []
        for stage, sx, w in zip(self.j.stages, stage_x, widths, strict=True):
            if not stage.steps:
                out.append(ColumnLayout(stage.id, None, sx, w))
                continue
            x = sx
            for step in stage.steps:
                sw = step.width or self.m.step_width
                out.append(ColumnLayout(stage.id, step.id, x, sw))
                x += sw
        return out

    def step_headers(
        self, columns: list[ColumnLayout], top: float, height: float, bottom: float
    ) -> tuple[StepLayout, ...]:
        m = self.m
        steps = {step.id: step for stage in self.j.stages for step in stage.steps}
        out = []
        for col in columns:
            if col.step_id is None:
                continue
            step = steps[col.step_id]
            runs, _h = self.runs(
                step.name,
                col.x + 8,
                top + 6,
                col.w - 16 - 2 * m.moment_radius,
                m.step_title_size,
                bold=True,
            )
            fill = style.MOMENT_STEP_HEADER if step.moment_of_truth else style.STEP_HEADER
            out.append(
                StepLayout(
                    col.stage_id,
                    step.id,
                    Box(Rect(col.x, top, col.w, height), fill, tuple(runs[:1])),
                    Rect(col.x, top, col.w, bottom - top),
                    step.moment_of_truth,
                )
            )
        return tuple(out)

    def blueprint_line_lanes(self) -> dict[str, str]:
        return blueprint_line_lanes(self.j)

    def blueprint_lines(
        self, rows: list[tuple[str, float]], left: float, right: float
    ) -> tuple[BlueprintLineLayout, ...]:
        m = self.m
        out = []
        for key, top in rows:
            y = top + m.blueprint_band / 2
            runs, _h = self.runs(
                self.labels[key],
                left + 8,
                top + 1,
                m.lane_header_width + m.stage_width,
                m.line_label_size,
                style.BLUEPRINT_LINE,
            )
            out.append(BlueprintLineLayout(key, y, left, right, tuple(runs[:1])))
        return tuple(out)

    def column_cards(
        self, lane: Lane, columns: list[ColumnLayout], top: float, default_fill: str
    ) -> tuple[list[CardLayout], float]:
        """Cards in step columns, a spanning card as one box over its columns.

        Columns fill left to right, each card under whatever already fills every
        column it covers, so a card spanning three steps sits below the tallest
        stack among them and the cards after it go below it.
        """
        m = self.m
        index = {(c.stage_id, c.step_id): i for i, c in enumerate(columns)}
        stages = {s.id: s for s in self.j.stages}
        starts: dict[int, list[Card]] = {}
        if self.by_lane is None:
            self.by_lane = {}
            for card in self.j.cards:
                self.by_lane.setdefault(card.lane_id, []).append(card)
        for card in self.by_lane.get(lane.id, ()):
            stage = stages[card.stage_id]
            step_id = stage.steps[stage.step_index(card.step_id)].id if stage.steps else None
            starts.setdefault(index[(card.stage_id, step_id)], []).append(card)
        free = [top + m.cell_padding] * len(columns)
        out: list[CardLayout] = []
        for i in range(len(columns)):
            for card in starts.get(i, ()):
                end = min(len(columns), i + card.span)
                first, last = columns[i], columns[end - 1]
                x, cw = first.x + m.cell_padding, last.right - first.x - 2 * m.cell_padding
                y = max(free[i:end])
                layout = self.placed_card(
                    card, lane, x, y, cw, default_fill, first.step_id, end - i,
                    card.moment_of_truth,
                )  # fmt: skip
                out.append(layout)
                for k in range(i, end):
                    free[k] = layout.rect.bottom + m.card_gap
        used = [f - top - m.card_gap + m.cell_padding for f in free if f > top + m.cell_padding]
        return out, max(used, default=0.0)

    def route_links(
        self,
        cards: list[CardLayout],
        lanes: list[LaneLayout],
        columns: list[ColumnLayout],
        grid_left: float,
    ) -> tuple[LinkLayout, ...]:
        """Each link as an orthogonal arrow through the gaps between cells."""
        if not self.j.links:
            return ()
        m = self.m
        boxes = {
            c.card_id: link_routing.Box(c.rect.x, c.rect.y, c.rect.right, c.rect.bottom)
            for c in cards
        }
        rows = {lane.lane_id: (lane.row.y, lane.row.bottom) for lane in lanes}
        lane_of = {c.card_id: c.lane_id for c in cards}
        corridors = [grid_left + m.lane_header_width] + [c.right for c in columns]
        obstacles = tuple(boxes.values())
        # Routes are remembered with everything they were computed from, so an edit
        # that moves no card (a label, a colour) re-lays the arrows for free.
        scene_key = (hash(obstacles), tuple(corridors))
        out = []
        for link in self.j.links:
            a, b = boxes.get(link.from_card), boxes.get(link.to_card)
            if a is None or b is None:
                continue  # a card in a folded lane: no arrow to draw
            row_a, row_b = rows[lane_of[link.from_card]], rows[lane_of[link.to_card]]
            key = (a, b, row_a, row_b, scene_key)
            hit = layout_memo.ROUTE_CACHE.get(key)
            if hit is not None and hit[0] == obstacles:
                path = hit[1]
            else:
                path = link_routing.route(a, b, row_a, row_b, corridors, obstacles)
                if len(layout_memo.ROUTE_CACHE) > layout_memo.CACHE_MAX:
                    layout_memo.ROUTE_CACHE.clear()
                layout_memo.ROUTE_CACHE[key] = (obstacles, path)
            head = link_routing.arrow_head(path)
            texts: tuple[TextRun, ...] = ()
            label_rect = None
            if link.label:
                ax, ay = link_routing.label_anchor(path)
                size = m.link_label_size
                width = min(self.fm.width(link.label, size), 140.0) + 1
                _runs, h = self.runs(link.label, 0.0, 0.0, width, size, style.LINK)
                left, top = ax - width / 2, ay - h / 2
                runs, h = self.runs(link.label, left, top, width, size, style.LINK)
                texts = tuple(runs)
                label_rect = Rect(left - 3, top - 1, width + 6, h + 2)
            out.append(
                LinkLayout(link.id, link.from_card, link.to_card, path, head, texts, label_rect)
            )
        return tuple(out)

    def header(self, width: float) -> tuple[Box, Box | None, float]:
        """The title block across the map, and under it the personas as cards."""
        m = self.m
        inner = width - 2 * m.margin
        top = m.margin
        k = header_scale(width)
        logo, brand_runs, brand_w, brand_bottom = self.brand(m.margin + inner, top, inner, k)
        title_w = inner - (brand_w + BRAND_GAP * k if brand_w else 0.0)
        title_size = m.title_size * k
        runs, h = self.runs(self.j.title or "—", m.margin, top, title_w, title_size, bold=True)
        text_runs = list(runs)
        bottom = top + h
        if self.j.scenario:
            runs, h = self.runs(
                self.j.scenario, m.margin, bottom + 4 * k, title_w, m.subtitle_size * k,
                style.INK_SOFT,
            )  # fmt: skip
            text_runs += runs
            bottom += 4 * k + h
        self.legend_entries, bottom = self.legend(m.margin, bottom + 6, title_w, bottom)
        bottom = max(bottom, brand_bottom)
        text_runs += brand_runs
        title_rect = Rect(m.margin, top, inner, bottom - top)
        title = Box(title_rect, style.PAGE, tuple(text_runs), (), logo)

        self.persona_cards, cards_bottom = layout_personas.persona_cards(
            self, m.margin, bottom + m.header_gap, inner, k
        )
        return title, None, max(bottom, cards_bottom)

    def brand(
        self, right: float, top: float, inner: float, k: float = 1.0
    ) -> tuple[tuple[Rect, str] | None, list[TextRun], float, float]:
        """The client's logo and name at the right of the title block, right-aligned:
        the logo's box, the name's runs, the column's width and its bottom (all ``k``
        times their usual size, as the title is)."""
        m = self.m
        logo = None
        width = 0.0
        bottom = top
        column = min(LOGO_WIDTH * k, inner / 3)
        size = picture_box(self.j.client_logo, column, LOGO_HEIGHT * k)
        if size is not None and self.j.client_logo:
            w, h = size
            logo = (Rect(right - w, top, w, h), as_drawn(self.j.client_logo, self.theme.grey))
            width, bottom = w, top + h
        runs: list[TextRun] = []
        name = self.j.client_name.strip()
        if name:
            gap = 4 * k if logo else 0.0
            lines, h = self.runs(name, 0.0, bottom + gap, column, m.subtitle_size * k,
                                 style.INK_SOFT, bold=True)  # fmt: skip
            runs = [replace(r, x=right - r.width) for r in lines]
            width = max([width, *(r.width for r in runs)])
            bottom += gap + h
        return logo, runs, width, bottom

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
        grouped: layout_memo.Grouped,
        default_fill: str,
    ) -> tuple[list[CardLayout], float]:
        """Stack each cell's cards; returns them and the height of the fullest cell.

        ``grouped`` is the cards by cell and their fields by cell.
        """
        m = self.m
        by_cell, fields_by_cell = grouped.by_cell, grouped.fields_by_cell
        out: list[CardLayout] = []
        tallest = 0.0
        # What a cell's cards are laid out from besides their own fields and the
        # cell's column (a cell of the same cards there and then comes back whole).
        inputs = (lane.id, lane.kind, default_fill, top, type(top), self.theme.key, m, self.fm,
                  self.j.imports, self.j.language)  # fmt: skip
        fixes = self.fixes
        # The whole lane laid out before from the very grouping (the same fields in
        # every cell), the same columns and the same inputs comes back whole too: one
        # look-up instead of one per cell (an undo of the 200-card paste: 640 cells).
        columns = None if fixes else self.lane_columns(stage_x, widths)
        if columns is not None:
            known = layout_memo.remembered_lane(lane.id, grouped, columns, inputs)
            if known is not None:
                return list(known[0]), known[1]
        whole = columns is not None  # every cell kept or taken from what was kept
        for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True):
            where = (s.id, lane.id)
            cell = by_cell.get(where)
            if not cell:
                continue  # an empty cell takes no height
            fields = fields_by_cell[where]
            key = (sx, type(sx), w, type(w), inputs, fields)
            # A touchpoint a done fix names now reads the fix: never kept, nor taken
            # from what was kept before the fix was done.
            fixed = bool(fixes) and layout_memo.names_a_fixed(fields, fixes)
            hit = None if fixed else layout_memo.remembered_cell(where, key)
            if hit is not None:
                out += hit[1]
                tallest = max(tallest, hit[2])
                continue
            y = top + m.cell_padding
            first = len(out)
            for card in cell:
                x, cw = sx + m.cell_padding, w - 2 * m.cell_padding
                layout = self.placed_card(card, lane, x, y, cw, default_fill)
                out.append(layout)
                y = layout.rect.bottom + m.card_gap
            used = y - top - m.card_gap + m.cell_padding if y > top + m.cell_padding else 0.0
            tallest = max(tallest, used)
            if not fixed and layout_memo.reads_only_itself(fields):
                layout_memo.remember_cell(where, key, tuple(out[first:]), used)
            else:
                whole = False
        if whole:
            layout_memo.remember_lane(lane.id, grouped, columns, inputs, tuple(out), tallest)
        return out, tallest

    def lane_columns(self, stage_x: list[float], widths: list[float]) -> tuple:
        """Each stage's id, x and width with their types (what a cell's key holds of
        its column), worked out once per layout for every lane."""
        if self._lane_columns is None:
            self._lane_columns = tuple(
                (s.id, sx, type(sx), w, type(w))
                for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True)
            )
        return self._lane_columns

    def placed_card(
        self,
        card: Card,
        lane: Lane,
        x: float,
        y: float,
        w: float,
        default_fill: str,
        step_id: str | None = None,
        span: int = 1,
        moment_of_truth: bool = False,
    ) -> CardLayout:
        """A card's layout with its corner at (x, y), ``w`` wide: remembered per card.

        The card is laid out at the origin and then placed, so a card that later only
        moves (a card pasted above it, a lane grown) is placed again from the same
        local layout, to the same floats, without being measured again. Everything
        the layout depends on is in the key; the same key gives the same layout.
        """
        cid = card.id
        quick = (layout_memo.plain_fields(card), lane.id, lane.kind, default_fill, w, type(w),
                 step_id, span, moment_of_truth, self.theme.key, self.m, self.fm)  # fmt: skip
        known = layout_memo.QUICK_KEYS.get(cid)
        if known is not None and known[0] == quick and not card.evidence:
            hit = layout_memo.CARD_CACHE.get(cid)
            if hit is known[1]:
                return self._at_corner(hit, x, y)
        badge, chips = self.badge(card), self.chips(card)
        icons = self.icons(card, lane)
        fill = self.theme.paint(card.color) if card.color else default_fill
        key = (
            card.title,
            card.body,
            card.channel,
            card.owner,
            badge,
            chips,
            icons,
            card.image,
            card.suggested,
            fill,
            card.stage_id,
            step_id,
            span,
            moment_of_truth,
            lane.id,
            lane.kind == LaneKind.STORYBOARD,
            w,
            type(w),  # 144 == 144.0, but the card's box keeps the number it was given
            self.theme.key,
            self.m,
            self.fm,
        )
        plain = (
            card.kpi is None and card.trigger is None and card.improvement is None
            and not card.evidence
        )  # fmt: skip
        hit = layout_memo.CARD_CACHE.get(cid)
        if hit is not None and hit[0] == key:
            if plain:
                layout_memo.QUICK_KEYS[cid] = (quick, hit)
            return self._at_corner(hit, x, y)
        rect, border, texts, marks, image = self.card(
            card,
            0.0,
            0.0,
            w,
            badge,
            fill,
            chips,
            icons,
            STORYBOARD_HEIGHT if lane.kind == LaneKind.STORYBOARD else 0.0,
        )
        local = CardLayout(
            card.id, card.stage_id, lane.id, rect, fill, border, texts, step_id, span,
            moment_of_truth, marks, image,
        )  # fmt: skip
        # Measured just now: its marks are moved when first read (a fitted map draws
        # none), those of a card only moved are moved at once (_at_corner).
        layout = layout_memo.placed(local, x, y, marks_later=True)
        if len(layout_memo.CARD_CACHE) > layout_memo.CACHE_MAX:
            layout_memo.CARD_CACHE.clear()
        entry = (key, local, {(x, y): layout})
        layout_memo.CARD_CACHE[cid] = entry
        if plain:
            if len(layout_memo.QUICK_KEYS) > layout_memo.CACHE_MAX:
                layout_memo.QUICK_KEYS.clear()
            layout_memo.QUICK_KEYS[cid] = (quick, entry)
        else:
            layout_memo.QUICK_KEYS.pop(cid, None)
        return layout

    @staticmethod
    def _at_corner(
        hit: tuple[tuple, CardLayout, dict[tuple[float, float], CardLayout]], x: float, y: float
    ) -> CardLayout:
        """A remembered card's layout at (x, y): the one made there before, if it is
        among the last corners, else the local layout placed there."""
        places = hit[2]
        layout = places.pop((x, y), None)  # put back last: the most recent corner
        if layout is None:
            if len(places) >= layout_memo.PLACES_MAX:
                del places[next(iter(places))]  # the corner least recently used
            layout = layout_memo.placed(hit[1], x, y)
        places[(x, y)] = layout
        return layout

    def badge(self, card: Card) -> tuple[str, str] | None:
        """The text line of a KPI or an improvement card and its colour (a scored
        touchpoint's evidence is drawn as chips instead: :meth:`chips`)."""
        if card.kpi is not None and not card.responses and card.improvement is None:
            return kpis.badge(card.kpi, self.j.language)
        if card.trigger is not None and not card.responses:
            # A planned automation: when, how long after, what, via which channel, for whom.
            found = triggers.line(card.trigger, "", self.j.language)  # channel: its own line
            return (found, triggers.COLOUR) if found else None
        if card.improvement is not None and not card.responses:
            text, colour = improvements.badge(card.improvement, self.j.language)
            # A done improvement says how the touchpoints it names moved (Welch *).
            marks = [
                f"{found.touchpoint.title} {found.mark()}"
                for found in before_after(self.j, card)
                if found.mark()
            ]
            # ... and how the KPIs it names moved ("Checkout 59% → 68% ▲ better").
            marks += [m for m in (k.mark(self.j.language) for k in kpi_changes(self.j, card)) if m]
            return " · ".join([text, *marks]), colour
        return None

    def chips(self, card: Card) -> tuple[Chip, ...]:
        """A scored touchpoint's evidence as chips: the mean in a pill coloured by where
        it sits on the emotion scale, the answers behind it, the 95 % interval, the
        latest wave's change (filled when Welch's test finds it significant) and, under
        :data:`research.LOW_CONFIDENCE_BELOW` answers, a "few answers" warning."""
        if not card.evidence:  # most cards: nothing to count
            return ()
        return (*self.remembered_score_chips(card), *self.fix_chips(card))

    def remembered_score_chips(self, card: Card) -> tuple[Chip, ...]:
        """:meth:`score_chips`, remembered per card while its evidence list, the
        journey's imports, the theme and the language stay the very same: a re-layout
        after an edit elsewhere must not walk a research journey's 100,000 answers
        again (the evidence lists are replaced, never changed: copy on write)."""
        hit = layout_memo.SCORE_CHIPS.get(card.id)
        imports, theme, language = self.j.imports, self.theme.key, self.j.language
        if (
            hit is not None
            and hit[0] is card.evidence
            and hit[1] is imports
            and hit[2] == (theme, language)
        ):
            return hit[3]
        # The answers counted once for every figure (a card may hold 10,000).
        found = research.stats(self.j, card)
        chips = tuple(self.score_chips(found)) if found.responses else ()
        if len(layout_memo.SCORE_CHIPS) > layout_memo.CACHE_MAX:
            layout_memo.SCORE_CHIPS.clear()
        layout_memo.SCORE_CHIPS[card.id] = (card.evidence, imports, (theme, language), chips)
        return chips

    def score_chips(self, found: research.CardStats) -> list[Chip]:
        """The chips of a card's answers (``found``: research.stats of the card; its
        mean and count are Card.score and Card.responses)."""
        score = found.mean or 0.0
        colour = self.theme.score_color(score)
        out = [
            Chip(f"{score:+.2f}".replace("-", "−"), tint(colour), colour, style.INK, "dot", colour),
            Chip(str(found.responses), style.PAGE, style.CARD_BORDER, style.INK, "person"),
        ]
        if found.ci95 is not None:
            half = (found.ci95[1] - found.ci95[0]) / 2
            out.append(Chip(f"±{half:.2f}", None, style.CARD_BORDER, style.INK_SOFT))
        change = found.change
        if change is not None:
            if change.significant:
                out.append(Chip(change.mark(), self.theme.significant, None, style.PAGE))
            else:
                out.append(Chip(change.mark(), None, style.INK_SOFT, style.INK))
        if found.low:
            out.append(Chip(self.labels["low"], self.theme.low_confidence, None, style.PAGE))
        return out

    def fix_chips(self, card: Card) -> list[Chip]:
        """Did the fix work? Per done improvement naming this touchpoint: the mean and
        answers before its done date, after it, and Welch's verdict ("before −1.08 n=6",
        "→ after +0.80 n=5", "▲ significant"; filled when significant)."""
        out: list[Chip] = []
        for found in self.fixes.get(card.id, ()):
            out += self.fix_chip_row(found)
        return out

    def fix_chip_row(self, found: BeforeAfter) -> list[Chip]:
        if found.mean_before is None or found.mean_after is None:
            return []
        w = self.labels
        change = found.change or 0.0
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        mean = "{:+.2f}".format
        row = [
            Chip(
                f"{w['before']} {mean(found.mean_before)} n={len(found.before)}".replace("-", "−"),
                None,
                style.CARD_BORDER,
                style.INK,
            ),
            Chip(
                f"→ {w['after']} {mean(found.mean_after)} n={len(found.after)}".replace("-", "−"),
                None,
                style.CARD_BORDER,
                style.INK,
            ),
        ]
        if found.significant:
            verdict = f"{arrow} {w['significant']}"
            row.append(Chip(verdict, self.theme.significant, None, style.PAGE))
        else:
            row.append(Chip(f"{arrow} {w['not_significant']}", None, style.INK_SOFT, style.INK))
        return row

    def icons(self, card: Card, lane: Lane) -> tuple[str, ...]:
        """The channel icons a card shows: the one chosen by hand (none when that is
        empty), else those of its channel field, or in the channels lane, of the
        channels its title names."""
        if card.channel_icon is not None:
            return (card.channel_icon,) if card.channel_icon in ICONS else ()
        if card.channel:
            return layout_memo.channel_keys_of(card.channel)
        if lane.kind == LaneKind.CHANNELS:
            return layout_memo.channel_keys_of(card.title)
        return ()

    def chip_rows(
        self, chips: tuple[Chip, ...], x: float, top: float, width: float, ground: str
    ) -> tuple[list[Shape], list[TextRun], float]:
        """Chips laid out in rows (marks.flow) with the bold font's measures, each chip's
        pieces remembered by all they are made from (layout_memo.chip_at)."""
        return flow(
            list(chips),
            x,
            top,
            width,
            ground,
            layout_memo.bold_width,
            layout_memo.bold_run,
            pieces=layout_memo.chip_at,
        )

    def card(
        self,
        card: Card,
        x: float,
        y: float,
        w: float,
        badge: tuple[str, str] | None = None,
        fill: str = style.PAGE,
        chips: tuple[Chip, ...] = (),
        icons: tuple[str, ...] = (),
        frame: float = 0.0,
    ) -> tuple[Rect, str, tuple, tuple[Shape, ...], tuple[Rect, str] | None]:
        """A card's box, text and marks; every text colour made readable on its ``fill``
        (a user's dark card turns the grey secondary text light enough: contrast.py)."""
        m = self.m
        ink, soft = readable(style.INK, fill), readable(style.INK_SOFT, fill)
        if badge is not None:
            colour = self.theme.paint(badge[1])
            badge = (badge[0], soft if badge[1] == style.INK_SOFT else readable(colour, fill))
        pad = m.card_padding
        inner_w = w - 2 * pad
        texts: list[TextRun] = []
        marks: list[Shape] = []
        cy = y + pad
        image = None
        box = picture_box(card.image, inner_w, frame)
        if box is not None and card.image:
            # The picture leads the card (a storyboard frame), centred when narrower.
            iw, ih = box
            at = Rect(x + pad + (inner_w - iw) / 2, cy, iw, ih)
            image = (at, as_drawn(card.image, self.theme.grey))
            cy += ih + 6
        runs, h = self.runs(card.title, x + pad, cy, inner_w, m.card_title_size, ink, bold=True)
        texts += runs
        cy += h
        if card.body:
            runs, h = self.runs(card.body, x + pad, cy + 2, inner_w, m.card_body_size, soft)
            texts += runs
            cy += h + 2
        extra = [v for v in (card.channel, card.owner) if v]
        if badge is not None and badge[1] == soft:
            extra.append(badge[0])  # in the plain colour it shares the line, as it always did
            badge = None
        # The channels' icons lead the channel line (or, with no line, make a row).
        icon = ICON_SIZE if icons else 0.0
        indent = len(icons) * (icon + 3) if extra else 0.0
        if icons:
            marks += layout_memo.icon_row(icons, x + pad, cy + 3, icon, soft)
        if extra:
            runs, h = self.runs(
                " · ".join(extra), x + pad + indent, cy + 2, inner_w - indent, m.badge_size, soft
            )
            texts += runs
            cy += max(h, icon + 2) + 2
        elif icons:
            cy += icon + 4
        if badge is not None:
            runs, h = self.runs(badge[0], x + pad, cy + 2, inner_w, m.badge_size, badge[1])
            texts += runs
            cy += h + 2
        if chips:
            shapes, runs, h = self.chip_rows(chips, x + pad, cy + 4, inner_w, fill)
            marks += shapes
            texts += runs
            cy += h + 4
        height = max(m.card_min_height, cy - y + pad)
        border = style.SUGGESTED_BORDER if card.suggested else style.CARD_BORDER
        return Rect(x, y, w, height), border, tuple(texts), tuple(marks), image

    def axis(self, curve: CurveLayout, right: float) -> tuple[list[TextRun], tuple[Shape, ...]]:
        """The emotion scale in the lane header, beside the band: −2 … +2 right-aligned
        against the band with a tick each, the words at the ends in the journey's
        language ("very positive" / 非常满意 at +2, "very negative" / 非常不满 at −2)."""
        size = self.m.badge_size
        runs: list[TextRun] = []
        marks: list[Shape] = []
        words = {2: self.labels["scale_top"], -2: self.labels["scale_bottom"]}
        for score in (2, 1, 0, -1, -2):
            y = curve.y_for(score)
            number = f"{score:+d}".replace("-", "−") if score else "0"
            text = f"{words[score]} {number}" if score in words else number
            width = self.fm.width(text, size)
            runs.append(TextRun(text, right - 9 - width, y + size * 0.35, size, style.INK))
            marks.append(line([(right - 6, y), (right, y)], stroke=style.INK, width=0.8))
        marks.append(line([(right - 3, curve.top_y), (right - 3, curve.bottom_y)],
                          stroke=style.INK, width=0.8))  # fmt: skip
        return runs, tuple(marks)

    def curve(
        self,
        lane: Lane,
        stage_x: list[float],
        widths: list[float],
        top: float,
        band_h: float,
        name_h: float = 0.0,
    ) -> CurveLayout:
        m = self.m
        left = stage_x[0] if stage_x else m.margin + m.lane_header_width
        band = Rect(left, top, sum(widths), band_h)
        inset = m.face_radius + 8
        pair = compare.compared(self.j)
        row = COMPARE_ROW if pair is not None else 0.0
        # +2 sits below the lane's name, so the scale's top word clears it.
        top_y = top + max(inset, name_h + m.badge_size * 0.8)
        bottom_y = top + band_h - row - inset
        zero_y = (top_y + bottom_y) / 2
        where = {s.id: (sx, w) for s, sx, w in zip(self.j.stages, stage_x, widths, strict=True)}
        looks = {look.curve_id: look for look in layout_curves.looks(self.j)}
        by_id = {c.id: c for c in self.j.curves}
        steps = self.step_columns
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
            step = steps.get(p.step_id) if p.step_id is not None else None
            if step is not None:
                sx, w = step.x, step.w  # a point placed inside a step follows the step
            placed.append((p, sx + p.position * w, zero_y - p.score / 2.0 * (zero_y - top_y), look))
        if steps:  # steps of unequal widths: journey order is x
            placed.sort(key=lambda item: item[1])
        xs = layout_curves.nudge([(x, y, look.curve_id) for _p, x, y, look in placed],
                                 m.face_radius * 1.5)  # fmt: skip
        points = []
        labelled: list[tuple[CurvePoint, str]] = []
        lines: dict[str | None, list[tuple[float, float]]] = {k: [] for k in looks}
        bands: dict[str | None, list[tuple[float, float, float]]] = {k: [] for k in looks}
        cards = self.j.cards_by_id()
        seen_titles: set[str] = set()
        for (p, x, y, look), nx in zip(placed, xs, strict=True):
            data = look.data or p.data
            point = CurvePoint(
                p.id, nx, y, p.score, self.theme.score_color(p.score), data,
                look.curve_id, look.marker, look.color,
            )  # fmt: skip
            points.append(point)
            lines.setdefault(look.curve_id, []).append((x, y))
            curve = by_id.get(look.curve_id or "")
            if curve is not None:
                interval = layout_curves.point_interval(self.j, curve, p.card_id, cards)
            else:
                card = cards.get(p.card_id or "") if p.data else None
                interval = research.stats(self.j, card).ci95 if card else None
            if interval is not None:
                hi, lo = (max(-2.0, min(2.0, v)) for v in (interval[1], interval[0]))
                bands.setdefault(look.curve_id, []).append((x, zero_y - hi / 2.0 * (zero_y - top_y),
                                             zero_y - lo / 2.0 * (zero_y - top_y)))  # fmt: skip
            # A data point is labelled with its touchpoint's title, where there is room
            # (once: several data curves share their touchpoints).
            label = p.label
            if not label and data and p.card_id in cards:
                label = cards[p.card_id].title
                if label in seen_titles:
                    label = ""
                seen_titles.add(label)
            if label:
                labelled.append((point, label))
        traces = tuple(
            layout_curves.CurveTrace(look, monotone_bezier(lines[key]), tuple(bands.get(key, ())))
            for key, look in looks.items()
        )
        hand = next((t for t in traces if not t.look.data), None)
        data_trace = next((t for t in traces if t.look.data), None)
        grid = tuple(
            line([(band.x, y), (band.right, y)], stroke=style.GRID, width=0.6)
            for y in (top_y, (top_y + zero_y) / 2, (zero_y + bottom_y) / 2, bottom_y)
        )
        drawn = tuple(seg for trace in traces for seg in trace.segments)
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
            self.point_labels(labelled, points, band, drawn, zero_y)
            + self.compare_row(pair, stage_x, widths, top + band_h - row),
            grid=grid,
            traces=traces,
        )

    def compare_row(
        self, pair: tuple[str, str] | None, stage_x: list[float], widths: list[float], top: float
    ) -> tuple[TextRun, ...]:
        """The comparison's name ("To-be − As-is") and its difference under every stage."""
        if pair is None:
            return ()
        m = self.m
        size = m.badge_size + 1
        first = layout_curves.full_name(self.j, self.j.curve(pair[0]))
        if pair[1] == compare.REST:
            second = compare.rest_name(self.j.language)
        else:
            second = layout_curves.full_name(self.j, self.j.curve(pair[1]))
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
        self,
        labelled: list[tuple[CurvePoint, str]],
        points: list[CurvePoint],
        band: Rect,
        segments: tuple = (),
        zero_y: float | None = None,
    ) -> tuple[TextRun, ...]:
        """Each label above its point, else below, else left out: never over another
        label, a face or the curve's line, never outside the band (greedy, in journey
        order). Remembered by all they depend on (the points, the labels, the band, the
        curve's segments, the zero line, the metrics): an edit elsewhere reuses them."""
        m = self.m
        key = (tuple(labelled), tuple(points), band, segments, zero_y, m, self.fm)
        remembered = layout_memo.POINT_LABELS
        for i, (known, runs) in enumerate(remembered):
            if known == key:
                remembered.append(remembered.pop(i))  # the newest last
                return runs
        runs = self.place_point_labels(labelled, points, band, segments, zero_y)
        if len(remembered) >= layout_memo.USED_MAX:
            del remembered[0]
        remembered.append((key, runs))
        return runs

    def place_point_labels(
        self,
        labelled: list[tuple[CurvePoint, str]],
        points: list[CurvePoint],
        band: Rect,
        segments: tuple,
        zero_y: float | None,
    ) -> tuple[TextRun, ...]:
        """:meth:`point_labels` worked out."""
        m = self.m
        size = m.badge_size
        height = self.line_height(size)
        r = m.face_radius
        taken = Occupied()
        put = taken.add_xywh
        for p in points:
            put(p.x - r, p.y - r, 2 * r, 2 * r)
        if zero_y is not None:  # the dashed zero line would strike a label through
            put(band.x, zero_y - 1.0, band.w, 2.0)
        # The line itself, as small boxes along each Bézier segment.
        taken.add_square_runs(curve_samples(segments), 1.5, len(_BEZIER_WEIGHTS))
        out: list[TextRun] = []
        band_x, band_y, band_right, band_bottom = band.x, band.y, band.right, band.bottom
        overlaps, put = taken.overlaps_xywh, taken.add_xywh
        for point, label in labelled:
            text = label if len(label) <= 24 else label[:23] + "…"
            width = self.fm.width(text, size)
            # Centred on the point, moved sideways to stay inside the band.
            left = max(band_x, min(point.x - width / 2, band_right - width))
            for top in (point.y - r - 3 - height, point.y + r + 3):
                # The box (left, top, width, height): inside the band and over nothing.
                inside = band_y <= top and top + height <= band_bottom
                if inside and not overlaps(left, top, width, height):
                    put(left, top, width, height)
                    out += self.runs(text, left, top, width + 1, size, style.INK_SOFT)[0]
                    break
        return tuple(out)


_new = object.__new__


def line_run(
    text: str, x: float, y: float, size: float, color: str, spans: tuple[FontSpan, ...]
) -> TextRun:
    """``TextRun(text, x, y, size, color, spans)``, made without the frozen dataclass's
    __init__ (a field at a time through object.__setattr__) when its spans are given: a
    research map's first layout makes thousands of runs. A run of text without spans
    still gets them worked out by TextRun itself."""
    if text and not spans:
        return TextRun(text, x, y, size, color, spans)
    run = _new(TextRun)
    run.__dict__.update(
        text=text, x=x, y=y, size=size, color=color, spans=spans, bold=False, ground=""
    )
    return run


def cell_rect(x: float, y: float, w: float, h: float) -> Rect:
    """``Rect(x, y, w, h)`` made without the frozen dataclass's __init__ (a field at a
    time through object.__setattr__): every layout makes one per cell, 640 on the
    editor benchmark's map, after each undo too."""
    rect = _new(Rect)
    rect.__dict__.update(x=x, y=y, w=w, h=h)
    return rect


def _bezier_weights(samples: int = 16) -> tuple[tuple[float, float, float, float], ...]:
    """The cubic Bernstein weights at t = i / samples (0 < i < samples), each worked out
    exactly as the sum along the curve writes it: (1 - t)³, 3(1 - t)²t, 3(1 - t)t², t³."""
    out = []
    for i in range(1, samples):
        t = i / samples
        u = 1 - t
        out.append((u**3, 3 * u * u * t, 3 * u * t * t, t**3))
    return tuple(out)


#: Where the curve's line is sampled for the boxes labels keep off.
_BEZIER_WEIGHTS = _bezier_weights()


def curve_samples(segments: tuple) -> list[tuple[float, float]]:
    """The points along each cubic segment at :data:`_BEZIER_WEIGHTS`, each coordinate
    the weighted sum a·p0 + b·c1 + c·c2 + d·p3, added left to right (one list
    comprehension over unpacked corners: no generator frame per segment)."""
    weights = _BEZIER_WEIGHTS
    return [
        (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)
        for (x0, y0), (x1, y1), (x2, y2), (x3, y3) in segments
        for a, b, c, d in weights
    ]


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
