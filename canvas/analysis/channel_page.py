"""Where everything on the channel page sits: the matrix, its flags, the break arrows, the notes.

Pure geometry in points, y down, like ``canvas/layout.py``: the editor's
channel view paints it with Qt (and finds the cell under a click in it), the
poster page draws it with reportlab, so screen and paper agree. The words on
the page come in a ``PageWords``: the editor passes its translated strings,
the command line the journey's language from ``WORDS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas import style
from journeycanvas.canvas.analysis.channels import MAX_BREAKS as MAX_ARROWS
from journeycanvas.canvas.analysis.channels import ChannelMatrix, Column
from journeycanvas.canvas.layout import Box, Rect, TextRun
from journeycanvas.canvas.model import Journey
from journeycanvas.canvas.text_metrics import metrics

MARGIN = 24.0
TITLE_SIZE = 18.0
HEADER_H = 30.0
NAME_W = 130.0
CELL_W = 150.0
GUTTER = 46.0  # between stage columns: room for the break arrows and their labels
STEP_GAP = 6.0  # between the step columns of one stage
STEP_HEADER_H = 22.0
SCORE_SIZE = 12.0
TEXT_SIZE = 8.5
LINE = 1.35
PAD = 7.0
MAX_TITLE_LINES = 4
EMPTY_FILL = "#FAFAFA"
FLAG_COLOR = "#C62828"
BREAK_COLOR = "#AD1457"


@dataclass(frozen=True)
class PageWords:
    """Every word the page prints; {placeholders} are filled in by the layout."""

    title: str  # {journey}
    channel: str
    flag: str  # {diff} {p}
    switches: str  # {after_switch} {n_switch} {after_stay} {n_stay}
    comparison: str  # {diff} {p}
    no_switches: str
    flags_none: str
    scale: str
    switchers: str  # {switchers} {respondents} {switches}
    break_line: str  # {from_channel} {from_stage} {to_channel} {to_stage} {change} {n}


WORDS = {
    "en": PageWords(
        title="Channels by stage — {journey}",
        channel="Channel",
        flag="≠ others {diff} (p = {p})",
        switches="After a channel switch: mean {after_switch} (n = {n_switch}); "
        "where the channel stays: {after_stay} (n = {n_stay}).",
        comparison="Difference {diff}, Welch's test p = {p}. Arrows: the switches that lower the "
        "score most (change, n respondents).",
        no_switches="No respondent answered at two consecutive stages: "
        "no channel switches to count.",
        flags_none="No channel scores apart from the other channels of its stage "
        "(Welch, p < 0.05).",
        scale="Cells: mean emotion score (−2..+2) and n responses; red border: scores apart "
        "from the stage's other channels (Welch, p < 0.05).",
        switchers="{switchers} of {respondents} respondents changed channel between "
        "consecutive stages ({switches} switches).",
        break_line="Break: {from_channel} ({from_stage}) → {to_channel} ({to_stage}): "
        "{change}, n = {n}.",
    ),
    "zh": PageWords(
        title="各阶段的渠道 — {journey}",
        channel="渠道",
        flag="与其他渠道差 {diff}（p = {p}）",
        switches="换渠道之后：平均 {after_switch}（n = {n_switch}）；"
        "渠道不变：{after_stay}（n = {n_stay}）。",
        comparison="相差 {diff}，Welch 检验 p = {p}。"
        "箭头：使评分下降最多的换渠道（变化，n 位受访者）。",
        no_switches="没有受访者在相邻两个阶段都有回答，无法统计换渠道。",
        flags_none="各阶段没有与其他渠道显著不同的渠道（Welch 检验，p < 0.05）。",
        scale="单元格：平均情感分（−2..+2）与回答数 n；"
        "红框：与本阶段其他渠道显著不同（Welch，p < 0.05）。",
        switchers="{respondents} 位受访者中有 {switchers} 位在相邻阶段换了渠道"
        "（共 {switches} 次）。",
        break_line="断点：{from_channel}（{from_stage}）→ {to_channel}（{to_stage}）："
        "{change}，n = {n}。",
    ),
}


def words_for(language: str) -> PageWords:
    return WORDS["zh" if language.startswith("zh") else "en"]


@dataclass(frozen=True)
class CellLayout:
    channel: str
    stage_id: str
    rect: Rect
    fill: str
    texts: tuple[TextRun, ...]
    card_ids: tuple[str, ...]
    flagged: bool
    step_id: str | None = None  # the step of its stage it stands for (None: the whole stage)


@dataclass(frozen=True)
class ArrowLayout:
    """A break: from the right edge of one cell to the left edge of the next stage's."""

    x1: float
    y1: float
    x2: float
    y2: float
    label: Box  # the change and n, on a white patch over the line


@dataclass(frozen=True)
class ChannelPage:
    width: float
    height: float
    boxes: tuple[Box, ...]  # title, stage headers, channel names
    cells: tuple[CellLayout, ...]
    arrows: tuple[ArrowLayout, ...]
    notes: tuple[TextRun, ...]  # the lines under the matrix

    def cell_at(self, x: float, y: float) -> CellLayout | None:
        """The cell under a point, for a click in the view."""
        for cell in self.cells:
            r = cell.rect
            if r.x <= x < r.right and r.y <= y < r.bottom:
                return cell
        return None


def signed(value: float) -> str:
    """A score as the page prints it: a sign, two decimals, a real minus sign."""
    text = f"{value:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text.replace("-", "−")


def p_text(p: float) -> str:
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def cell_fill(score: float | None) -> str:
    """The emotion colour of a score, lightened so the text on it stays readable."""
    if score is None:
        return EMPTY_FILL
    hexa = style.score_color(score).lstrip("#")
    rgb = [int(hexa[i : i + 2], 16) for i in (0, 2, 4)]
    return "#{:02X}{:02X}{:02X}".format(*(round(c + (255 - c) * 0.55) for c in rgb))


def _lines(text: str, x: float, y: float, width: float, size: float, color: str, limit: int):
    """Wrapped runs from the baseline of the first line; returns (runs, next top)."""
    lines = metrics().wrap(text, width, size)[:limit]
    runs = [
        TextRun(line, x, y + size + i * size * LINE, size, color) for i, line in enumerate(lines)
    ]
    return runs, y + len(lines) * size * LINE


def channel_page(journey: Journey, matrix: ChannelMatrix, words: PageWords) -> ChannelPage:
    """The whole page for one journey's channel matrix: a column per stage, or per
    step where a stage has steps (its header over them, the steps' names below)."""
    titles = {c.id: c.title for c in journey.cards}
    stage_names = {s.id: s.name for s in journey.stages}
    step_names = {st.id: st.name for s in journey.stages for st in s.steps}
    columns = matrix.columns or [Column(sid, None) for sid in matrix.stage_ids]
    col_x: dict[tuple[str, str | None], float] = {}
    x = MARGIN + NAME_W + GUTTER
    for k, col in enumerate(columns):
        if k and columns[k - 1].stage_id == col.stage_id:
            x += STEP_GAP
        elif k:
            x += GUTTER
        col_x[(col.stage_id, col.step_id)] = x
        x += CELL_W
    stage_span = {
        sid: (
            min(v for (s, _), v in col_x.items() if s == sid),
            max(v for (s, _), v in col_x.items() if s == sid) + CELL_W,
        )
        for sid in dict.fromkeys(c.stage_id for c in columns)
    }
    width = max(x + MARGIN, 520.0)
    boxes: list[Box] = []
    title_runs, top = _lines(
        words.title.format(journey=journey.title),
        MARGIN,
        MARGIN,
        width - 2 * MARGIN,
        TITLE_SIZE,
        style.INK,
        2,
    )
    boxes.append(
        Box(Rect(MARGIN, MARGIN, width - 2 * MARGIN, top - MARGIN), style.PAGE, tuple(title_runs))
    )
    top += 12
    has_steps = any(c.step_id is not None for c in columns)
    head_h = HEADER_H + (STEP_HEADER_H + 2 if has_steps else 0.0)
    header_runs = _lines(
        words.channel, MARGIN + PAD, top + 8, NAME_W - 2 * PAD, 10, style.INK_SOFT, 1
    )[0]
    boxes.append(Box(Rect(MARGIN, top, NAME_W, head_h), style.ZERO_BAND, tuple(header_runs)))
    for sid, (left, right) in stage_span.items():
        runs = _lines(
            stage_names[sid], left + PAD, top + 8, right - left - 2 * PAD, 10.5,
            style.STAGE_HEADER_TEXT, 1,
        )[0]  # fmt: skip
        boxes.append(Box(Rect(left, top, right - left, HEADER_H), style.STAGE_HEADER, tuple(runs)))
    for (_sid, step), cx in col_x.items():
        if step is None:
            continue
        runs = _lines(
            step_names[step], cx + PAD, top + HEADER_H + 6, CELL_W - 2 * PAD, 9.0, style.INK, 1
        )[0]
        boxes.append(
            Box(Rect(cx, top + HEADER_H + 2, CELL_W, STEP_HEADER_H), style.ZERO_BAND, tuple(runs))
        )
    y = top + head_h + 6
    cells: list[CellLayout] = []
    row_mid: dict[str, float] = {}
    for channel in matrix.channels:
        contents: dict[tuple[str, str | None], list[TextRun]] = {}
        height = 44.0
        flag_shown: set[str] = set()
        for (sid, step), x in col_x.items():
            cell = matrix.cell(channel.key, sid, step)
            if cell is None:
                continue
            runs: list[TextRun] = []
            cy = y + PAD
            if cell.score is not None:
                runs.append(
                    TextRun(signed(cell.score), x + PAD, cy + SCORE_SIZE, SCORE_SIZE, style.INK)
                )
                runs.append(
                    TextRun(
                        f"n = {cell.responses}",
                        x + CELL_W - PAD - 34,
                        cy + SCORE_SIZE,
                        TEXT_SIZE,
                        style.INK_SOFT,
                    )
                )
                cy += SCORE_SIZE * LINE + 2
            flag = matrix.flag(channel.key, sid)
            if flag is not None and sid not in flag_shown:  # said once per stage
                flag_shown.add(sid)
                more, cy = _lines(
                    words.flag.format(diff=signed(flag.difference), p=p_text(flag.p)),
                    x + PAD,
                    cy,
                    CELL_W - 2 * PAD,
                    TEXT_SIZE,
                    FLAG_COLOR,
                    2,
                )
                runs += more
            names = (
                "、".join(titles[c] for c in cell.card_ids)
                if journey.language.startswith("zh")
                else ", ".join(titles[c] for c in cell.card_ids)
            )
            more, cy = _lines(
                names, x + PAD, cy, CELL_W - 2 * PAD, TEXT_SIZE, style.INK_SOFT, MAX_TITLE_LINES
            )
            runs += more
            contents[(sid, step)] = runs
            height = max(height, cy - y + PAD)
        name_runs = _lines(
            channel.name, MARGIN + PAD, y + PAD, NAME_W - 2 * PAD, 10.5, style.INK, 3
        )[0]
        boxes.append(Box(Rect(MARGIN, y, NAME_W, height), style.ZERO_BAND, tuple(name_runs)))
        for (sid, step), x in col_x.items():
            cell = matrix.cell(channel.key, sid, step)
            cells.append(
                CellLayout(
                    channel.key,
                    sid,
                    Rect(x, y, CELL_W, height),
                    cell_fill(None if cell is None else cell.score),
                    tuple(contents.get((sid, step), [])),
                    tuple(cell.card_ids) if cell else (),
                    cell is not None and matrix.flag(channel.key, sid) is not None,
                    step,
                )
            )
        row_mid[channel.key] = y + height / 2
        y += height + 6
    arrows = []
    for brk in matrix.switches.breaks[:MAX_ARROWS]:
        if brk.from_channel not in row_mid or brk.to_channel not in row_mid:
            continue
        # From the stage's right edge (its last step) to the next stage's left edge.
        x1 = stage_span[brk.from_stage][1]
        x2 = stage_span[brk.to_stage][0]
        y1, y2 = row_mid[brk.from_channel], row_mid[brk.to_channel]
        # The label sits on a white patch two thirds along, where arrows from one cell part.
        mx, my = x1 + (x2 - x1) * 0.62, y1 + (y2 - y1) * 0.62
        lines = (signed(brk.change), f"n = {brk.responses}")
        w = max(metrics().width(t, TEXT_SIZE) for t in lines) + 6
        h = 2 * TEXT_SIZE * LINE + 4
        bx, by = mx - w / 2, my - h / 2
        label = tuple(
            TextRun(t, bx + 3, by + 2 + TEXT_SIZE + i * TEXT_SIZE * LINE, TEXT_SIZE, BREAK_COLOR)
            for i, t in enumerate(lines)
        )
        arrows.append(ArrowLayout(x1, y1, x2, y2, Box(Rect(bx, by, w, h), style.PAGE, label)))
    notes: list[TextRun] = []
    y += 8
    text_w = width - 2 * MARGIN
    for text in _notes(matrix, words, stage_names):
        more, y = _lines(text, MARGIN, y, text_w, 9.0, style.INK, 3)
        notes += more
        y += 3
    return ChannelPage(width, y + MARGIN, tuple(boxes), tuple(cells), tuple(arrows), tuple(notes))


def _notes(matrix: ChannelMatrix, words: PageWords, stage_names: dict[str, str]) -> list[str]:
    out = [words.scale]
    if not matrix.flags:
        out.append(words.flags_none)
    s = matrix.switches
    if s.after_switch or s.after_stay:
        out.append(
            words.switches.format(
                after_switch="—" if s.switch_mean is None else signed(s.switch_mean),
                n_switch=len(s.after_switch),
                after_stay="—" if s.stay_mean is None else signed(s.stay_mean),
                n_stay=len(s.after_stay),
            )
        )
        if s.comparison is not None:
            out.append(
                words.comparison.format(
                    diff=signed(s.comparison.difference), p=p_text(s.comparison.p)
                )
            )
        switchers = sum(1 for count in s.per_respondent.values() if count)
        out.append(
            words.switchers.format(
                switchers=switchers,
                respondents=len(s.per_respondent),
                switches=sum(s.per_respondent.values()),
            )
        )
        names = {c.key: c.name for c in matrix.channels}
        for brk in s.breaks[:MAX_ARROWS]:
            out.append(
                words.break_line.format(
                    from_channel=names[brk.from_channel],
                    from_stage=stage_names[brk.from_stage],
                    to_channel=names[brk.to_channel],
                    to_stage=stage_names[brk.to_stage],
                    change=signed(brk.change),
                    n=brk.responses,
                )
            )
    else:
        out.append(words.no_switches)
    return out
