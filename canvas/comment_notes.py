"""Comments on a poster: numbered markers on the map and a numbered list under it.

The editor shows a comment as a bubble to hover and a dock to read; paper has
neither. So a poster that includes comments (``export --with-comments``, or the
Export dialog's box) gets a small numbered disc on each thing a comment is pinned
to and, below the grid, a "Comments" block in columns: the same number, the
text, and who wrote it when, what it is on, and whether it is resolved. The
block's text is as large as a card's body, so it reads wherever the map does.

Qt-free and computed from the layout, so the PDF, PNG and SVG of one export draw
the very same markers and list (``io/exporters/poster_layout.py`` calls it).
"""

from __future__ import annotations

from dataclasses import replace

from journeycanvas.canvas import style
from journeycanvas.canvas.labels import content_labels
from journeycanvas.canvas.layout import (
    Box,
    CommentMarkerLayout,
    JourneyLayout,
    Rect,
    TextRun,
    spans_at,
)
from journeycanvas.canvas.model import Comment, CommentTarget, Journey
from journeycanvas.canvas.style import METRICS
from journeycanvas.canvas.text_metrics import metrics

#: The disc's radius and the size of its number (points on the map).
RADIUS = 8.0
NUMBER_SIZE = 9.0
TEXT_SIZE = METRICS.card_body_size
HEADING_SIZE = METRICS.lane_title_size
#: A column of the list is about this wide; the grid's width decides how many fit.
COLUMN_WIDTH = 330.0
COLUMN_GAP = 24.0
PADDING = 12.0
ENTRY_GAP = 8.0
OPEN_FILL = "#FFC107"  # the editor's bubble colour (canvas/items/comment_marker.py)
RESOLVED_FILL = "#CFD8DC"
NUMBER_INK = "#3E2723"  # 7.9:1 on the amber, 9.9:1 on the grey

_WORDS = {
    "en": {
        "heading": "Comments",
        "resolved": "resolved",
        "open": "open",
        "on": {"card": "card", "stage": "stage", "lane": "lane", "point": "emotion point"},
    },
    "zh": {
        "heading": "评论",
        "resolved": "已解决",
        "open": "未解决",
        "on": {"card": "卡片", "stage": "阶段", "lane": "泳道", "point": "情绪点"},
    },
}


def words(language: str) -> dict:
    """The block's words in the journey's language (as the persona block's are)."""
    key = "zh" if language.split("-")[0].lower() == "zh" else "en"
    return _WORDS[key]


def numbered(journey: Journey, layout: JourneyLayout) -> list[Comment]:
    """The comments that get a number: those whose target the layout drew, in file order."""
    drawn = _anchors(layout)
    return [c for c in journey.comments if (c.target, c.target_id) in drawn]


def with_comment_notes(journey: Journey, layout: JourneyLayout) -> JourneyLayout:
    """``layout`` with a numbered marker per comment and the list below the grid
    (the layout itself when no comment's target is on it)."""
    comments = numbered(journey, layout)
    if not comments:
        return layout
    anchors = _anchors(layout)
    markers: list[CommentMarkerLayout] = []
    seen: dict[tuple[CommentTarget, str], int] = {}
    for number, comment in enumerate(comments, start=1):
        key = (comment.target, comment.target_id)
        k = seen.get(key, 0)
        seen[key] = k + 1
        x, y, step = anchors[key]
        markers.append(_marker(number, x + k * step, y, comment.resolved))
    box, list_markers = _comment_list(journey, layout, comments)
    height = box.rect.bottom + METRICS.margin
    return replace(
        layout,
        height=height,
        comment_markers=tuple(markers + list_markers),
        comment_list=box,
    )


def _anchors(layout: JourneyLayout) -> dict[tuple[CommentTarget, str], tuple[float, float, float]]:
    """Where the first disc of each target goes (its centre) and the step to the next.

    Astride the top edge: of a card from the left (the moment-of-truth diamond sits
    at the right), of a stage or lane header from the right, where the header's
    padding keeps the disc off its name however long it is; beside an emotion
    point's face, up and to the right.
    """
    gap = 2 * RADIUS + 3
    out: dict[tuple[CommentTarget, str], tuple[float, float, float]] = {}
    for card in layout.cards:
        out[(CommentTarget.CARD, card.card_id)] = (card.rect.x + RADIUS + 6, card.rect.y, gap)
    for stage in layout.stages:
        r = stage.header.rect
        out[(CommentTarget.STAGE, stage.stage_id)] = (r.right - RADIUS - 5, r.y, -gap)
    for lane in layout.lanes:
        r = lane.header.rect
        out[(CommentTarget.LANE, lane.lane_id)] = (r.right - RADIUS - 5, r.y, -gap)
    face = METRICS.face_radius
    for curve in layout.curves:
        for p in curve.points:
            out[(CommentTarget.POINT, p.point_id)] = (p.x + face + RADIUS, p.y - face - 2, gap)
    return out


def _marker(number: int, x: float, y: float, resolved: bool) -> CommentMarkerLayout:
    text = str(number)
    width = metrics(bold=True).width(text, NUMBER_SIZE)
    baseline = y + NUMBER_SIZE * 0.36
    run = TextRun(text, x - width / 2, baseline, NUMBER_SIZE, NUMBER_INK, bold=True)
    fill = RESOLVED_FILL if resolved else OPEN_FILL
    return CommentMarkerLayout(number, x, y, RADIUS, fill, (run,))


def _target_name(journey: Journey, comment: Comment) -> str:
    """What the comment is on, as the reader finds it on the map."""
    pool = {
        CommentTarget.CARD: (journey.cards, "title"),
        CommentTarget.STAGE: (journey.stages, "name"),
        CommentTarget.LANE: (journey.lanes, "name"),
    }
    if comment.target in pool:
        items, attr = pool[comment.target]
        found = next((x for x in items if x.id == comment.target_id), None)
        name = getattr(found, attr, "") if found is not None else ""
        return " ".join(name.split())[:60]
    point = next((p for p in journey.emotion_points if p.id == comment.target_id), None)
    if point is None:
        return ""
    stage = next((s.name for s in journey.stages if s.id == point.stage_id), "")
    return f"{stage} {point.score:+g}".strip()


def _entry_lines(journey: Journey, comment: Comment, width: float) -> list[TextRun]:
    """The runs of one entry from y = 0 (moved into place later): text, then details."""
    w = words(journey.language)
    colon = content_labels(journey.language)["colon"]
    lh = TEXT_SIZE * METRICS.line_spacing
    ascent = metrics().ascent * TEXT_SIZE
    text = comment.text.strip() or "—"
    name = _target_name(journey, comment)
    on = w["on"][comment.target.value] + (f"{colon}{name}" if name else "")
    details = [comment.author.strip(), comment.created_at[:10], on]
    details.append(w["resolved"] if comment.resolved else w["open"])
    runs: list[TextRun] = []
    y = (lh - TEXT_SIZE) / 2 + ascent
    for body, color in ((text, style.INK), (" · ".join(d for d in details if d), style.INK_SOFT)):
        for line, pieces in metrics().wrap_pieces(body, width, TEXT_SIZE):
            runs.append(TextRun(line, 0.0, y, TEXT_SIZE, color, spans_at(pieces, TEXT_SIZE)))
            y += lh
    return runs


def _comment_list(
    journey: Journey, layout: JourneyLayout, comments: list[Comment]
) -> tuple[Box, list[CommentMarkerLayout]]:
    """The block under the grid: a heading, then the entries in balanced columns."""
    grid = layout.grid
    inner_w = grid.w - 2 * PADDING
    columns = max(1, min(len(comments), int((inner_w + COLUMN_GAP) // (COLUMN_WIDTH + COLUMN_GAP))))
    col_w = (inner_w - COLUMN_GAP * (columns - 1)) / columns
    text_x = 2 * RADIUS + 8  # the entry's text starts right of its disc
    lh = TEXT_SIZE * METRICS.line_spacing
    entries = [_entry_lines(journey, c, col_w - text_x) for c in comments]
    heights = [len(runs) * lh for runs in entries]
    # Fill the columns in reading order, each to about an equal share of the height.
    share = (sum(heights) + ENTRY_GAP * len(heights)) / columns
    placed: list[list[int]] = [[] for _ in range(columns)]
    col, used = 0, 0.0
    for i, h in enumerate(heights):
        if used > 0 and used + h / 2 > share and col < columns - 1:
            col, used = col + 1, 0.0
        placed[col].append(i)
        used += h + ENTRY_GAP

    # Below the legend block when the map has one, else below the grid.
    above = layout.legend_block.rect.bottom if layout.legend_block is not None else grid.bottom
    top = above + METRICS.header_gap
    heading_lh = HEADING_SIZE * METRICS.line_spacing
    ascent = metrics(bold=True).ascent * HEADING_SIZE
    heading_y = top + PADDING + (heading_lh - HEADING_SIZE) / 2 + ascent
    texts: list[TextRun] = [
        TextRun(
            words(journey.language)["heading"],
            grid.x + PADDING,
            heading_y,
            HEADING_SIZE,
            style.INK,
            bold=True,
        )
    ]
    markers: list[CommentMarkerLayout] = []
    body_top = top + PADDING + heading_lh + 4
    bottom = body_top
    for c, indices in enumerate(placed):
        x = grid.x + PADDING + c * (col_w + COLUMN_GAP)
        y = body_top
        for i in indices:
            for run in entries[i]:
                texts.append(replace(run, x=x + text_x, y=y + run.y))
            markers.append(_marker(i + 1, x + RADIUS, y + lh / 2, comments[i].resolved))
            y += heights[i] + ENTRY_GAP
        bottom = max(bottom, y - ENTRY_GAP)
    rect = Rect(grid.x, top, grid.w, bottom + PADDING - top)
    return Box(rect, style.PAGE, tuple(texts)), markers
