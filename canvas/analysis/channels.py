"""The journey by channel: which channels carry each stage, how each scores, where switching hurts.

Computed from the model alone (no Qt), so the editor's channel view, the
poster page, ``export --channels`` and ``summary --json`` agree. The data are
the scored evidence under the touchpoint cards. An answer's channel is its
own ``channel`` field when the import recorded one, else its card's channel
(unless its import recorded channels for the card's other answers: then the
respondent did not say, and it counts for no channel);
a card naming several channels ("App 推送、短信") counts for each. Channel
names are folded to one key through ``channel_names``.

- The matrix: channels x stages; each cell lists the touchpoint cards and the
  mean score with n. A stage with steps is also split into a column per step
  (``step_cells``: a card counts at the step it sits in); the statistics stay by
  stage, as the method compares channels within a stage.
- A saved view is followed: the cards of its hidden lanes (and hidden suggested
  cards) are left out, and so are the channels it hides. A segment or a wave
  (issue 14's provenance on each answer) narrows the answers counted to it.
- Consistency: in a stage served by several channels, a channel whose answers
  differ from those of the stage's other channels by Welch's t-test, p < 0.05.
- Switches: for answers with a respondent, each respondent's channels at
  consecutive stages; a switch is a step where none of the channels carries
  over. Scores after a switch are compared with scores after staying, and
  the channel pairs whose switch lowers the score most are the breaks.
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from dataclasses import dataclass, field
from functools import lru_cache
from statistics import fmean
from typing import NamedTuple

from journeycanvas.canvas.analysis.channel_names import channel_key, display_name, split_channels
from journeycanvas.canvas.evidence_store import EvidenceTable
from journeycanvas.canvas.model import Journey, SavedView
from journeycanvas.canvas.research import wave_names
from journeycanvas.canvas.student_t import WelchResult, welch_test
from journeycanvas.canvas.views import shown

#: A channel is flagged when its difference from the stage's other channels has p below this.
ALPHA = 0.05
#: Fewest answers on each side for a consistency test or a break to be shown.
MIN_N = 2
#: How many breaks the view and the poster draw.
MAX_BREAKS = 3


#: The fields of an answer the matrix reads, a column each (no model per answer).
_Answered = namedtuple("_Answered", "id score segment import_id channel respondent row")


class Answer(NamedTuple):
    """One scored piece of evidence, placed in a stage and a channel (a tuple: there are many)."""

    stage_index: int
    channel: str  # key
    card_id: str
    evidence_id: str
    respondent: str
    score: float


@dataclass(frozen=True)
class Channel:
    key: str
    name: str


@dataclass
class Cell:
    """One channel at one stage: its touchpoint cards and their scores."""

    channel: str
    stage_id: str
    card_ids: list[str] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)

    @property
    def responses(self) -> int:
        return len(self.scores)

    @property
    def score(self) -> float | None:
        return fmean(self.scores) if self.scores else None


@dataclass(frozen=True)
class ConsistencyFlag:
    """A channel that scores apart from the other channels of its stage."""

    stage_id: str
    channel: str
    mean: float
    responses: int
    others_mean: float
    others_responses: int
    test: WelchResult

    @property
    def difference(self) -> float:
        return self.test.difference

    @property
    def p(self) -> float:
        return self.test.p


@dataclass(frozen=True)
class Break:
    """Respondents who went from one channel at a stage to another at the next."""

    from_stage: str
    to_stage: str
    from_channel: str
    to_channel: str
    before: tuple[float, ...]
    after: tuple[float, ...]

    @property
    def responses(self) -> int:
        return len(self.after)

    @property
    def change(self) -> float:
        """Mean score after the switch minus the mean before it."""
        return fmean(self.after) - fmean(self.before)


@dataclass(frozen=True)
class Switches:
    """Channel switches between consecutive stages, and what they do to the score."""

    per_respondent: dict[str, int]  # respondent -> number of switches
    after_switch: tuple[float, ...]  # a respondent's mean score at the stage switched to
    after_stay: tuple[float, ...]  # likewise where a channel carried over
    comparison: WelchResult | None  # after_switch against after_stay
    breaks: tuple[Break, ...]  # the worst first, each with at least MIN_N respondents

    @property
    def switch_mean(self) -> float | None:
        return fmean(self.after_switch) if self.after_switch else None

    @property
    def stay_mean(self) -> float | None:
        return fmean(self.after_stay) if self.after_stay else None


@dataclass(frozen=True)
class Column:
    """A column of the matrix: a stage, or one step of a stage that has steps."""

    stage_id: str
    step_id: str | None


@dataclass
class ChannelMatrix:
    stage_ids: list[str]
    channels: list[Channel]
    cells: dict[tuple[str, str], Cell]  # (channel key, stage id) -> cell
    flags: list[ConsistencyFlag]
    switches: Switches
    #: the columns shown, in order: each stage, or each of its steps
    columns: list[Column] = field(default_factory=list)
    #: (channel key, stage id, step id) -> the cell of one step of a stage with steps
    step_cells: dict[tuple[str, str, str], Cell] = field(default_factory=dict)

    def cell(self, channel: str, stage_id: str, step_id: str | None = None) -> Cell | None:
        if step_id is not None:
            return self.step_cells.get((channel, stage_id, step_id))
        return self.cells.get((channel, stage_id))

    def flag(self, channel: str, stage_id: str) -> ConsistencyFlag | None:
        return next(
            (f for f in self.flags if f.channel == channel and f.stage_id == stage_id), None
        )

    def channel_name(self, key: str) -> str:
        return next(c.name for c in self.channels if c.key == key)


@lru_cache(maxsize=4096)
def _channels_of(text: str) -> tuple[tuple[str, str], ...]:
    """(key, name as written) of each channel a text names, each key once."""
    out: dict[str, str] = {}
    for part in split_channels(text):
        out.setdefault(channel_key(part), part)
    return tuple(out.items())


def channel_matrix(
    journey: Journey,
    view: SavedView | None = None,
    segment: str | None = None,
    wave: str | None = None,
) -> ChannelMatrix:
    """Everything the channel view shows, from the journey's touchpoint cards, as
    ``view`` (a saved view, or None for the whole map) shows them; with ``segment`` or
    ``wave`` (a name of :func:`research.wave_names`), only the answers of that segment
    or wave count."""
    hidden = {channel_key(name) for name in view.hidden_channels} if view is not None else set()
    wave_of = wave_names(journey) if wave is not None else {}
    journey = shown(journey, view)
    names: dict[str, str] = {}
    cells: dict[tuple[str, str], Cell] = {}
    step_cells: dict[tuple[str, str, str], Cell] = {}
    answers: list[Answer] = []

    def cell_of(key: str, text: str, stage_id: str, card_id: str, step: str | None) -> Cell:
        if key not in names:
            names[key] = display_name(text, journey.language)
        cell = cells.get((key, stage_id))
        if cell is None:
            cell = cells[(key, stage_id)] = Cell(key, stage_id)
        if card_id not in cell.card_ids:
            cell.card_ids.append(card_id)
        if step is not None:
            part = step_cells.get((key, stage_id, step))
            if part is None:
                part = step_cells[(key, stage_id, step)] = Cell(key, stage_id)
            if card_id not in part.card_ids:
                part.card_ids.append(card_id)
        return cell

    columns: list[Column] = []
    for index, stage in enumerate(journey.stages):
        columns += [Column(stage.id, step.id) for step in stage.steps] or [Column(stage.id, None)]
        for card in journey.touchpoint_cards(stage.id):
            step = stage.steps[stage.step_index(card.step_id)].id if stage.steps else None
            own_cells = [
                (k, cell_of(k, t, stage.id, card.id, step))
                for k, t in _channels_of(card.channel)
                if k not in hidden
            ]
            # An import that recorded channels speaks for its answers: one of its
            # answers without a channel (the respondent did not say) counts for none.
            table = EvidenceTable.from_evidence(card.evidence)
            told = {
                import_id
                for import_id, channel in zip(table.import_ids, table.channels, strict=True)
                if import_id and channel.strip()
            }
            for ev in map(_Answered._make, table.rows(_Answered._fields)):
                if ev.score is None:
                    continue
                if segment is not None and ev.segment != segment:
                    continue
                if wave is not None and wave_of.get(ev.import_id) != wave:
                    continue
                own = ev.channel.strip()
                if not own and ev.import_id in told:
                    continue
                targets = (
                    [
                        (k, cell_of(k, t, stage.id, card.id, step))
                        for k, t in _channels_of(own)
                        if k not in hidden
                    ]
                    if own
                    else own_cells
                )
                # A survey row is one respondent, named or not (a wide export without ids).
                who = ev.respondent or (f"\x1f{ev.import_id}\x1f{ev.row}" if ev.row else "")
                for key, cell in targets:
                    cell.scores.append(ev.score)
                    if step is not None:
                        step_cells[(key, stage.id, step)].scores.append(ev.score)
                    answers.append(Answer(index, key, card.id, ev.id, who, ev.score))
    channels = [Channel(key, name) for key, name in names.items()]
    stage_ids = [s.id for s in journey.stages]
    return ChannelMatrix(
        stage_ids,
        channels,
        cells,
        consistency_flags(answers, stage_ids),
        channel_switches(answers, stage_ids),
        columns,
        step_cells,
    )


def consistency_flags(answers: list[Answer], stage_ids: list[str]) -> list[ConsistencyFlag]:
    """Channels whose answers differ from the rest of their stage's (Welch, p < ALPHA)."""
    flags: list[ConsistencyFlag] = []
    by_stage: dict[int, list[Answer]] = defaultdict(list)
    for a in answers:
        by_stage[a.stage_index].append(a)
    for index, stage_answers in sorted(by_stage.items()):
        channels = list(dict.fromkeys(a.channel for a in stage_answers))
        if len(channels) < 2:
            continue
        # Each answer once, with the channels it counts for (a card may name several).
        answer_channels: dict[str, tuple[float, set[str]]] = {}
        for a in stage_answers:
            answer_channels.setdefault(a.evidence_id, (a.score, set()))[1].add(a.channel)
        for channel in channels:
            mine = [a for a in stage_answers if a.channel == channel]
            # The other channels' answers: an answer this channel shares with
            # another (a card naming both) is not "other".
            others = [score for score, chs in answer_channels.values() if channel not in chs]
            scores = [a.score for a in mine]
            test = welch_test(scores, others)
            if test is None or test.p >= ALPHA:
                continue
            # Two channels are one comparison: flag it once, on the channel that scores lower.
            if len(channels) == 2 and test.difference > 0:
                continue
            flags.append(
                ConsistencyFlag(
                    stage_ids[index],
                    channel,
                    fmean(scores),
                    len(scores),
                    fmean(others),
                    len(others),
                    test,
                )
            )
    return flags


def channel_switches(answers: list[Answer], stage_ids: list[str]) -> Switches:
    """Each respondent's channel changes between consecutive stages, and the scores after."""
    visits: dict[str, dict[int, tuple[set[str], list[float]]]] = defaultdict(dict)
    seen: set[tuple[str, str]] = set()
    for a in answers:
        if not a.respondent:
            continue
        channels, scores = visits[a.respondent].setdefault(a.stage_index, (set(), []))
        channels.add(a.channel)
        # An answer counted for two channels of one card is one score of the respondent.
        if (a.respondent, a.evidence_id) not in seen:
            seen.add((a.respondent, a.evidence_id))
            scores.append(a.score)
    per_respondent: dict[str, int] = {}
    after_switch: list[float] = []
    after_stay: list[float] = []
    pairs: dict[tuple[int, str, str], tuple[list[float], list[float]]] = {}
    for who, stages in visits.items():
        count = 0
        for index in sorted(stages):
            if index + 1 not in stages:
                continue
            here, here_scores = stages[index]
            there, there_scores = stages[index + 1]
            before, after = fmean(here_scores), fmean(there_scores)
            if here & there:
                after_stay.append(after)
                continue
            count += 1
            after_switch.append(after)
            for a in sorted(here):
                for b in sorted(there):
                    lists = pairs.setdefault((index, a, b), ([], []))
                    lists[0].append(before)
                    lists[1].append(after)
        per_respondent[who] = count
    breaks = [
        Break(stage_ids[i], stage_ids[i + 1], a, b, tuple(before), tuple(after))
        for (i, a, b), (before, after) in pairs.items()
        if len(after) >= MIN_N
    ]
    breaks = sorted((b for b in breaks if b.change < 0), key=lambda b: (b.change, -b.responses))
    return Switches(
        per_respondent,
        tuple(after_switch),
        tuple(after_stay),
        welch_test(after_switch, after_stay),
        tuple(breaks),
    )


def channels_summary(journey: Journey, view: SavedView | None = None) -> list[dict]:
    """The ``"channels"`` member of ``summary --json``: every channel, every stage in order."""
    matrix = channel_matrix(journey, view)
    out = []
    for channel in matrix.channels:
        stages = []
        for stage in journey.stages:
            cell = matrix.cell(channel.key, stage.id)
            score = None if cell is None or cell.score is None else round(cell.score, 4)
            stages.append(
                {
                    "stage": stage.name,
                    "responses": 0 if cell is None else cell.responses,
                    "score": score,
                }
            )
        out.append({"name": channel.name, "stages": stages})
    return out
