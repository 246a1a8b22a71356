"""The legend block under the map: what every colour, face, line and chip means.

A poster handed to a client is read without the editor beside it, so whatever
the map draws in a code of its own is explained on the map itself: the lane
colours with their names, the faces along the emotion scale, each curve the
journey has (from the model, so a journey with more curves lists more), the
research chips, and the moment-of-truth and suggestion marks when they are
used. It is laid out here from the journey like everything else, as a
:class:`~journeycanvas.canvas.layout.Box` with marks and text that every
renderer already draws; sections flow in columns and wrap to a new row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeycanvas.canvas import layout_curves, layout_memo, marks, research, style
from journeycanvas.canvas.analysis.channel_names import known_channel
from journeycanvas.canvas.channel_icons import icon_shapes
from journeycanvas.canvas.marks import Chip, Shape

#: Width of one section's column, its gap, and the text sizes (points).
COLUMN = 270.0
GAP = 28.0
HEAD_SIZE = 12.5
TEXT_SIZE = 10.5
#: Width of the drawn sample (swatch, face, line) left of each entry's words.
SAMPLE = 34.0


@dataclass(frozen=True)
class CurveKey:
    """One curve as the legend shows it: its name, colour, dash pattern and marker."""

    name: str
    color: str
    dashed: bool
    band: bool = False  # a confidence band is drawn around it (a curve from answers)
    pattern: tuple[float, ...] = ()  # the dash pattern in line widths (layout_curves)
    marker: str = "circle"
    hollow: bool = False  # a curve computed from answers has hollow markers
    width: float = 2.4


def curve_keys(journey, labels: dict[str, Any]) -> list[CurveKey]:
    """Every curve the map draws, read from the model the way the layout reads it
    (layout_curves.looks, the implicit curves of a journey made without any), each
    with its persona; a curve from answers also has its 95 % band."""
    looks = {look.curve_id: look for look in layout_curves.looks(journey)}
    shown: list = []
    for p in journey.ordered_points():
        key = journey.curve_of(p)
        if key is None:
            key = "" if p.data else None
            if key not in looks:
                looks[key] = layout_curves.implicit_look(journey, p.data)
        look = looks.get(key)
        if look is not None and look not in shown:
            shown.append(look)
    order = list(looks.values())
    shown.sort(key=order.index)
    return [
        CurveKey(
            look.name + (f" · {look.persona}" if look.persona else ""),
            look.color,
            bool(look.dashes),
            band=look.data,
            pattern=look.dashes,
            marker=look.marker,
            hollow=look.data,
            width=look.width,
        )
        for look in shown
    ]


def face(cx: float, cy: float, r: float, score: float, color: str) -> list[Shape]:
    """An emotion face as shapes (the same proportions the curve's faces have)."""
    out = [marks.circle(cx, cy, r, fill=color, stroke=style.PAGE, width=1.2)]
    eye = r * 0.14
    out += [marks.circle(cx + ex * r, cy - 0.25 * r, eye, fill=style.INK) for ex in (-0.35, 0.35)]
    mouth_y = cy + 0.3 * r
    bend = score / 2.0 * 0.35 * r
    p0 = (cx - 0.45 * r, mouth_y - bend / 2)
    q = (cx, mouth_y + bend * 1.5)
    p2 = (cx + 0.45 * r, mouth_y - bend / 2)
    pts = []
    for i in range(9):
        t = i / 8
        u = 1 - t
        pts.append((u * u * p0[0] + 2 * u * t * q[0] + t * t * p2[0],
                    u * u * p0[1] + 2 * u * t * q[1] + t * t * p2[1]))  # fmt: skip
    out.append(marks.line(pts, stroke=style.INK, width=1.0))
    return out


class _Column:
    """One section being filled: rows of a sample and its words, top to bottom."""

    def __init__(self, lay, x: float, top: float, width: float, title: str) -> None:
        self.lay, self.x, self.width = lay, x, width
        self.shapes: list[Shape] = []
        self.runs: list = []
        runs, h = lay.runs(title, x, top, width, HEAD_SIZE, style.INK, bold=True)
        self.runs += runs
        self.y = top + h + 4

    def row(self, words: str, sample: list[Shape] | None = None, indent: float = SAMPLE) -> float:
        """Words beside a sample; returns the row's middle (where the sample is centred)."""
        runs, h = self.lay.runs(
            words, self.x + indent, self.y, self.width - indent, TEXT_SIZE, style.INK
        )
        self.runs += runs
        middle = self.y + min(h, self.lay.line_height(TEXT_SIZE)) / 2
        self.shapes += sample or []
        self.y += max(h, 16.0) + 3
        return middle

    def chip_row(self, chip: Chip, words: str) -> None:
        """A chip exactly as the cards draw it, then what it means."""
        shapes, runs, h = self.lay.chip_rows((chip,), self.x, self.y, 90.0, style.PAGE)
        self.shapes += shapes
        self.runs += runs
        width = max((s.coords[2] for s in shapes if s.kind == "rect"), default=0.0)
        indent = max(SAMPLE, width + 8)
        words_runs, wh = self.lay.runs(
            words, self.x + indent, self.y, self.width - indent, TEXT_SIZE, style.INK
        )
        self.runs += words_runs
        self.y += max(h, wh) + 5


def _lanes(col: _Column, journey) -> None:
    """A swatch of each lane's header and card colours with its name; more than six
    lanes go in two columns side by side, so the section is not the legend's tallest."""
    lanes = list(journey.lanes)
    half = (len(lanes) + 1) // 2 if len(lanes) > 6 else len(lanes)
    top, x0, width = col.y, col.x, col.width
    bottom = top
    for part, chunk in enumerate((lanes[:half], lanes[half:])):
        col.x = x0 + part * width / 2
        col.width = width / 2 if half < len(lanes) else width
        col.y = top
        for lane in chunk:
            colors = col.lay.theme.lanes[lane.kind]
            middle = col.y + col.lay.line_height(TEXT_SIZE) / 2
            swatch = [
                marks.rect(col.x, middle - 6, 12, 12, 2, fill=colors.header, stroke=style.GRID),
                marks.rect(col.x + 14, middle - 6, 12, 12, 2, fill=colors.card,
                           stroke=style.CARD_BORDER),
            ]  # fmt: skip
            col.row(lane.name or lane.kind.value, swatch)
        bottom = max(bottom, col.y)
    col.x, col.width, col.y = x0, width, bottom


def _faces(col: _Column, labels: dict[str, Any]) -> None:
    r = 8.0
    y = col.y + r + 2
    for i, score in enumerate((-2, -1, 0, 1, 2)):
        cx = col.x + r + i * (2 * r + 10)
        col.shapes += face(cx, y, r, score, col.lay.theme.score_color(score))
        number = f"{score:+d}".replace("-", "−") if score else "0"
        w = col.lay.fm.width(number, TEXT_SIZE - 1)
        col.runs += col.lay.runs(number, cx - w / 2, y + r + 2, w + 1, TEXT_SIZE - 1, style.INK)[0]
    col.y = y + r + 2 + col.lay.line_height(TEXT_SIZE) + 2
    col.row(f"−2 {labels['scale_bottom']} … +2 {labels['scale_top']}", indent=0.0)
    col.row(labels["faces_mean"], indent=0.0)


def _curves(col: _Column, keys: list[CurveKey], labels: dict[str, Any]) -> None:
    """A stretch of each curve's line with its marker, as the band draws them; then,
    when a curve comes from answers, what its shading means."""
    for key in keys:
        y = col.y + col.lay.line_height(TEXT_SIZE) / 2
        x0, x1 = col.x, col.x + SAMPLE - 6
        sample = [marks.line([(x0, y), (x1, y)], stroke=key.color, width=key.width,
                             dashed=key.dashed, pattern=key.pattern)]  # fmt: skip
        fill = style.PAGE if key.hollow else key.color
        outline = layout_curves.marker_outline(key.marker, (x0 + x1) / 2, y, 4.0)
        if outline:
            sample.append(marks.poly(outline, fill=fill, stroke=key.color, width=1.2))
        else:
            sample.append(marks.circle((x0 + x1) / 2, y, 4.0, fill=fill, stroke=key.color,
                                       width=1.2))  # fmt: skip
        col.row(key.name, sample)
    if any(key.band for key in keys):
        y = col.y + col.lay.line_height(TEXT_SIZE) / 2
        band = [marks.rect(col.x, y - 6, SAMPLE - 6, 12, fill=style.DATA_BAND)]
        col.row(labels["curve_band"], band)


def _research(col: _Column, labels: dict[str, Any]) -> None:
    theme = col.lay.theme
    colour = theme.score_color(1.0)
    col.chip_row(
        Chip("+1.00", marks.tint(colour), colour, style.INK, "dot", colour), labels["mark_score"]
    )
    col.chip_row(Chip("12", style.PAGE, style.CARD_BORDER, style.INK, "person"), labels["mark_n"])
    col.chip_row(Chip("±0.35", None, style.CARD_BORDER, style.INK_SOFT), labels["mark_ci"])
    col.chip_row(Chip("▲ +0.4", None, style.INK_SOFT, style.INK), labels["mark_change"])
    col.chip_row(Chip("▲ +0.4*", theme.significant, None, style.PAGE), labels["mark_significant"])
    col.chip_row(
        Chip(labels["low"], theme.low_confidence, None, style.PAGE),
        labels["mark_low"].format(below=research.LOW_CONFIDENCE_BELOW),
    )


def used_channels(lay) -> list[str]:
    """The channel icon keys the map's cards show, in the order first met.

    Remembered by what the icons are made from: each card's lane, hand-picked icon,
    channel and title (gathered in C) and the lanes' kinds and folding.
    """
    lanes = tuple((lane.id, lane.kind, lane.collapsed) for lane in lay.j.lanes)
    grouped = lay.grouped()  # the cards' fields as this layout read them
    kept = grouped.channels.get(lanes)
    if kept is None:
        kept = grouped.channels[lanes] = tuple(_used_channels(lay, lanes))
    return list(kept)


def _used_channels(lay, lanes: tuple) -> list[str]:
    """:func:`used_channels` for a card list met the first time."""
    cards = list(map(layout_memo.icon_fields, lay.j.cards))
    remembered = layout_memo.USED_CHANNELS
    for i, (known_cards, known_lanes, keys) in enumerate(remembered):
        if known_lanes == lanes and known_cards == cards:
            remembered.append(remembered.pop(i))  # the newest last
            return list(keys)
    found = tuple(walk_channels(lay))
    if len(remembered) >= layout_memo.USED_MAX:
        del remembered[0]
    remembered.append((cards, lanes, found))
    return list(found)


def walk_channels(lay) -> list[str]:
    """:func:`used_channels` worked out: every card of a lane not folded, in order."""
    lanes = {lane.id: lane for lane in lay.j.lanes}
    out: list[str] = []
    for card in lay.j.cards:
        lane = lanes.get(card.lane_id)
        if lane is not None and not lane.collapsed:
            out += [k for k in lay.icons(card, lane) if k not in out]
    return out


def _channels(col: _Column, keys: list[str], language: str) -> None:
    """Each icon the cards show, with its channel's name in the journey's language;
    two columns side by side when there are more than six."""
    half = (len(keys) + 1) // 2 if len(keys) > 6 else len(keys)
    top, x0, width = col.y, col.x, col.width
    bottom = top
    for part, chunk in enumerate((keys[:half], keys[half:])):
        col.x, col.y = x0 + part * width / 2, top
        col.width = width / 2 if half < len(keys) else width
        for key in chunk:
            known = known_channel(key)
            middle = col.y + col.lay.line_height(TEXT_SIZE) / 2
            col.row(known.name(language) if known else key,
                    icon_shapes(key, col.x + 4, middle - 7, 14.0, style.INK))  # fmt: skip
        bottom = max(bottom, col.y)
    col.x, col.width, col.y = x0, width, bottom


def _other(col: _Column, journey, labels: dict[str, Any]) -> None:
    if col.lay.card_facts().moment or any(
        st.moment_of_truth for s in journey.stages for st in s.steps
    ):
        y = col.y + col.lay.line_height(TEXT_SIZE) / 2
        r = style.METRICS.moment_radius
        diamond = [marks.poly([(col.x + r, y - r), (col.x + 2 * r, y), (col.x + r, y + r),
                               (col.x, y)], fill=style.MOMENT, stroke=style.PAGE)]  # fmt: skip
        col.row(labels["moment"], diamond)
    if col.lay.card_facts().suggested:
        y = col.y + col.lay.line_height(TEXT_SIZE) / 2
        box = [marks.rect(col.x, y - 7, SAMPLE - 8, 14, 3, fill=style.PAGE,
                          stroke=style.SUGGESTED_BORDER, dashed=True)]  # fmt: skip
        col.row(labels["suggested"], box)


def legend_block(lay, x: float, top: float, width: float):
    """The legend as a Box from ``top`` across ``width``; None for a journey with no lanes.

    ``lay`` is the layouter: its ``runs``, ``chip_rows``, ``line_height``, ``fm``,
    ``labels`` and journey ``j`` place the text exactly as the map's own.

    Remembered for the last few sets of what it is made from (layout_memo.LEGENDS):
    an undo of a paste moves the legend down or up and changes nothing it shows,
    and its hundred text runs and shapes are then looked up, not laid out again.
    """
    journey = lay.j
    if not journey.lanes:
        return None
    keys = curve_keys(journey, lay.labels) if journey.emotion_points else []
    facts = lay.card_facts()
    channels = used_channels(lay)
    step_moment = any(st.moment_of_truth for s in journey.stages for st in s.steps)
    # Everything the sections read: the lanes' names and kinds (and the theme's
    # colours for them), the faces, curves, chips, channel icons and marks shown,
    # the language's words, the fonts' and metrics' measures, and where it goes.
    key = (
        x, top, width, type(x), type(top), type(width), lay.theme.key, journey.language, lay.m,
        lay.fm, lay.fm_bold,
        tuple((lane.name, lane.kind) for lane in journey.lanes), bool(journey.emotion_points),
        tuple(keys), facts.scored, facts.moment, facts.suggested, step_moment, tuple(channels),
    )  # fmt: skip
    remembered = layout_memo.LEGENDS
    for i, (known, box) in enumerate(remembered):
        if known == key:
            remembered.append(remembered.pop(i))  # the newest last
            return box
    box = _legend_box(lay, x, top, width, keys, facts.scored, channels)
    if len(remembered) >= layout_memo.USED_MAX:
        del remembered[0]
    remembered.append((key, box))
    return box


def _legend_box(
    lay, x: float, top: float, width: float, keys: list[CurveKey], scored: bool,
    channels: list[str],
):  # fmt: skip
    """:func:`legend_block` laid out."""
    from journeycanvas.canvas.layout import Box, Rect

    journey, labels = lay.j, lay.labels
    pad = 12.0
    title_runs, title_h = lay.runs(labels["legend_title"], x + pad, top + pad, width, 14.0,
                                   style.INK, bold=True)  # fmt: skip
    sections: list[tuple[str, Any]] = [(labels["legend_lanes"], lambda c: _lanes(c, journey))]
    if journey.emotion_points:
        sections.append((labels["legend_faces"], lambda c: _faces(c, labels)))
        if keys:
            sections.append((labels["legend_curves"], lambda c: _curves(c, keys, labels)))
    if scored:
        sections.append((labels["legend_research"], lambda c: _research(c, labels)))
    if channels:
        language = journey.language
        sections.append((labels["legend_channels"], lambda c: _channels(c, channels, language)))
    probe = _Column(lay, 0.0, 0.0, COLUMN, "")
    _other(probe, journey, labels)
    if probe.shapes:
        sections.append((labels["legend_marks"], lambda c: _other(c, journey, labels)))

    # A short rule in the theme's accent under the word "Legend".
    shapes: list[Shape] = [marks.rect(x + pad, top + pad + title_h, 40, 3, fill=lay.theme.accent)]
    runs = list(title_runs)
    row_top = top + pad + title_h + 12
    cx, row_bottom = x + pad, row_top
    # The sections share the map's width when they fit side by side (up to a column
    # wide enough to read); otherwise they wrap into rows of narrower columns.
    inner = width - 2 * pad
    fit = max(1, min(len(sections), int((inner + GAP) // (COLUMN + GAP))))
    column = min(COLUMN, (inner - GAP * (fit - 1)) / fit)
    right = x
    for title, fill in sections:
        if cx > x + pad and cx + column > x + width - pad + 0.01:
            cx, row_top = x + pad, row_bottom + 10
        col = _Column(lay, cx, row_top, column, title)
        fill(col)
        shapes += col.shapes
        runs += col.runs
        row_bottom = max(row_bottom, col.y)
        right = max(right, cx + column)
        cx += column + GAP
    height = row_bottom - top + pad
    # As wide as its sections: a legend, not a second map.
    box_w = min(width, right - x + pad)
    return Box(Rect(x, top, box_w, height), "#F7F9FA", tuple(runs), tuple(shapes))
