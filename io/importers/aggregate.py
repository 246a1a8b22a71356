"""Answers into a journey: evidence on touchpoint cards, the curve, pain-point suggestions.

A pure function from (journey, answers) to a new journey, copy on write like
``canvas/edits.py``: the journey it is given is never changed, so the editor can
push the result as one undo step and the command line can leave ``--into``
untouched. Answers for a stage/touchpoint that exists (same names) join that
card, so a second survey wave accumulates; new stages and cards are added in the
order first met.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from operator import attrgetter, itemgetter
from typing import Any

from journeycanvas.canvas.analysis.channel_names import channel_key, split_channels
from journeycanvas.canvas.channel_edits import JOINERS
from journeycanvas.canvas.evidence_store import EvidenceTable, check_columns
from journeycanvas.canvas.model import (
    Card,
    ImportRecord,
    Journey,
    Lane,
    LaneKind,
    Stage,
)
from journeycanvas.io.importers import data_curves
from journeycanvas.io.importers.answers import (
    NUMBER,
    STAGE,
    TOUCHPOINT,
    Answer,
    AnswerColumns,
    Progress,
)
from journeycanvas.io.importers.provenance import Origin, Origins
from journeycanvas.io.trusted_load import no_gc

#: A touchpoint gets a suggested pain point when its mean is below this ...
PAIN_BELOW = -0.5
#: ... with at least this many scored responses;
PAIN_MIN_RESPONSES = 3
#: at most this many suggestions per import, worst first, each with this many quotes.
PAIN_MAX = 5
PAIN_QUOTES = 3
QUOTE_CHARS = 140
STEP = 10000
LANE_NAMES = {
    "zh": {
        LaneKind.TOUCHPOINTS: "接触点",
        LaneKind.EMOTIONS: "情感",
        LaneKind.PAIN_POINTS: "痛点",
    },
    "en": {
        LaneKind.TOUCHPOINTS: "Touchpoints",
        LaneKind.EMOTIONS: "Emotions",
        LaneKind.PAIN_POINTS: "Pain points",
    },
}
DEFAULT_STAGE = {"zh": "未分阶段", "en": "Unstaged"}


def new_journey(title: str, language: str) -> Journey:
    """The journey a spreadsheet is imported into when no journey is given."""
    names = LANE_NAMES.get(language, LANE_NAMES["en"])
    return Journey(
        title=title,
        language=language,
        lanes=[Lane(name=name, kind=kind) for kind, name in names.items()],
    )


def _picker(picked: list[int]) -> Callable[[Sequence[Any]], Sequence[Any]]:
    """A column's values at ``picked``, in order (one itemgetter for every column, in C)."""
    if len(picked) > 1:
        return itemgetter(*picked)
    return lambda column: [column[k] for k in picked]


def _evidence_table(
    ordered: dict[str, Sequence[Any] | _Same],
    start: int,
    stop: int,
    stem: str,
    first: int,
    source: str,
    sheet: str,
    import_id: str,
    checked: bool,
) -> EvidenceTable:
    """One touchpoint's answers (``start:stop`` of the import's columns ``ordered`` a
    touchpoint after another, see :func:`_in_card_order`) as an evidence table, built
    a column at a time.

    No model per answer (100,000 of them were most of an import's memory): the
    collectors guarantee each field's type (text, a float score within bounds or
    None, a whole row number), which tests/test_evidence_table.py holds against
    pydantic's validation of the same answers; :func:`_columns` judges the import's
    columns all the same, once, so the tables picked from them are checked and the
    save need not judge them again.
    """
    n = stop - start
    blank = ("",) * n

    def column(name: str) -> Sequence[Any]:
        given = ordered.get(name)
        if given is None:
            return blank
        if type(given) is _Same:
            return (given.value,) * n
        return given[start:stop]

    return EvidenceTable.from_columns(
        n,
        {
            "id": evidence_ids(stem, first, n),
            "text": column("text"),
            "score": column("score"),
            "source": (source,) * n,
            "sheet": (sheet,) * n,
            "row": column("row"),
            "respondent": column("respondent"),
            "answer": column("answer"),
            "scale": column("scale"),
            "segment": column("segment"),
            "import_id": (import_id,) * n,
            "channel": column("channel"),
            "date": column("date"),
        },
        checked=checked,
    )


#: Between the ids formatted at once; never in a stem (``ev-`` and hex digits).
_ID_SEPARATOR = "\x00"


def evidence_ids(stem: str, first: int, count: int) -> list[str]:
    """``count`` ids: ``stem`` and each number from ``first`` on in hex.

    Formatted by one ``%`` of the card's numbers and split apart: a third quicker
    than a ``%`` call per id (100,000 of them in a big import), which was a third
    quicker than str.format. A stem holding the separator is formatted id by id."""
    pattern = stem.replace("%", "%%") + "%x"
    numbers = range(first, first + count)
    if count == 0 or _ID_SEPARATOR in stem:
        return list(map(pattern.__mod__, numbers))
    joined = (pattern + _ID_SEPARATOR) * count % tuple(numbers)
    return joined[:-1].split(_ID_SEPARATOR)


class _Same:
    """A column whose every answer holds one text (a survey's scale, its segments when
    the sheet has none): each card's table repeats it, nothing is picked."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value


def _same_text(column: Sequence[Any]) -> str | None:
    """The one text every value of ``column`` is, else None. Text only: a number may
    equal a value of another type (``1.0 == True``), a text only a text."""
    if not column or type(column[0]) is not str or column[0] is not column[-1]:
        return None
    return column[0] if column.count(column[0]) == len(column) else None


def _in_card_order(
    columns: dict[str, list[Any]], said: Iterable[list[int]], same: Iterable[str] = ()
) -> dict[str, Sequence[Any] | _Same]:
    """The import's ``columns`` with their answers put a touchpoint after another (the
    answers ``said`` of each, in the order the cards are built): each card's table is
    then a slice of each, not a pick of a hundred answers from a hundred thousand.
    The columns named ``same`` hold one text throughout: kept as it, not picked."""
    pick = _picker(list(chain.from_iterable(said)))
    same = set(same)
    return {
        name: _Same(column[0]) if name in same else pick(column) for name, column in columns.items()
    }


#: Where an answer tuple holds each field the evidence keeps.
_ANSWER_FIELDS = {"channel": 2, "score": 3, "text": 4, "respondent": 5, "row": 6}
_ORIGIN_FIELDS = ("answer", "scale", "segment", "date")


def _columns(
    answers: list[Answer],
    origins: Sequence[Origin] | None,
    constants: dict[str, str],
    fields: AnswerColumns | None = None,
) -> tuple[dict[str, list[Any]], bool, list[str]]:
    """The import's answers and origins as columns, each made in one pass in C (the
    evidence of each touchpoint is then picked from them: no tuple per answer), and
    whether they passed the open's rules, judged here, whole, with the ``constants``
    every answer shares. The collectors make no value that fails them; were one
    made, its tables would be left unchecked, and the save would refuse it as before.
    Last, the names of the columns that hold one text throughout (judged by it)."""
    if fields is None or not fields.of(answers):
        fields = AnswerColumns(answers)
    columns = {name: fields[i] for name, i in _ANSWER_FIELDS.items()}
    if isinstance(origins, Origins):  # already columns: the import's own
        columns.update(
            answer=origins.answers,
            scale=origins.scales,
            segment=origins.segments,
            date=origins.dates,
        )
    elif origins:
        if all(origins):
            for name in _ORIGIN_FIELDS:
                columns[name] = list(map(attrgetter(name), origins))
        else:
            for name in _ORIGIN_FIELDS:
                columns[name] = [getattr(o, name) if o else "" for o in origins]
    same = {name: value for name, column in columns.items() if (value := _same_text(column))}
    judged = {**columns, **{name: [value] for name, value in {**same, **constants}.items()}}
    try:
        check_columns(judged)
    except ValueError:
        return columns, False, list(same)
    return columns, True, list(same)


class _Ids:
    """Evidence ids: one random stem per import and a counter, fast by the 100,000."""

    def __init__(self, taken: set[str]) -> None:
        while True:
            self.stem = f"ev-{secrets.token_hex(3)}"
            if not any(t.startswith(self.stem) for t in taken):
                break
        self.n = 0

    def take(self, count: int) -> tuple[str, int]:
        """Reserve ``count`` ids: the stem and the first number (ids are stem + hex number)."""
        first = self.n + 1
        self.n += count
        return self.stem, first


def build(
    base: Journey,
    answers: list[Answer],
    record: ImportRecord,
    source: str,
    sheet: str,
    progress: Progress | None = None,
    origins: Sequence[Origin] | None = None,
    fields: AnswerColumns | None = None,
) -> Journey:
    """``base`` with the answers added; ``base`` itself is left as it was.

    ``origins`` (one per answer) give each evidence its original answer, scale and
    segment; every evidence is tied to ``record``, the import (and wave) it came with.
    ``fields``: the answers' columns when the caller took some out already.
    """
    if fields is None or not fields.of(answers):
        fields = AnswerColumns(answers)
    with no_gc():  # 100,000 new objects, no cycles: no collection needs to look at them
        return _build(base, answers, record, source, sheet, progress, origins, fields)


def _build(
    base: Journey,
    answers: list[Answer],
    record: ImportRecord,
    source: str,
    sheet: str,
    progress: Progress | None,
    origins: Sequence[Origin] | None,
    fields: AnswerColumns,
) -> Journey:
    language = base.language if base.language in LANE_NAMES else "en"
    lanes = list(base.lanes)
    touch_lane = _lane(lanes, LaneKind.TOUCHPOINTS, language)
    stages = list(base.stages)
    stage_by_name = {s.name.strip(): s for s in stages}
    cards = list(base.cards)
    touch_lanes = set(base.touchpoint_lane_ids())  # a blueprint's frontstage lane too
    card_at = {
        (c.stage_id, c.title.strip()): i for i, c in enumerate(cards) if c.lane_id in touch_lanes
    }
    # A touchpoint is its stage and title, and its number where the sheet numbers them.
    ids = _Ids(set(chain.from_iterable(c.evidence.ids for c in base.cards)))
    shared = {"id": ids.stem, "source": source, "sheet": sheet, "import_id": record.id}
    columns, checked, same = _columns(answers, origins, shared, fields)
    keys = zip(fields[STAGE], fields[TOUCHPOINT], fields[NUMBER], strict=True)
    groups: dict[tuple[str, str, str], list[int]] = {}
    for k, key in enumerate(keys):
        got = groups.get(key)
        if got is None:
            groups[key] = [k]
        else:
            got.append(k)
    scores, texts, channels = columns["score"], columns["text"], columns["channel"]
    # A numbered row with neither score nor text lists the touchpoint, nothing more.
    if None not in scores or all(texts):
        said_of = list(groups.values())
    else:
        said_of = [[k for k in g if scores[k] is not None or texts[k]] for g in groups.values()]
    ordered = _in_card_order(columns, said_of, same)
    parts: dict[str, tuple[tuple[str, str], ...]] = {}  # a channel text -> its channels
    claimed: dict[tuple[str, str, str], int] = {}  # numbered touchpoint -> its card
    numbered_cards: set[int] = set()
    touched: list[str] = []
    done = at = 0
    for ((stage_name, title, number), group), said in zip(groups.items(), said_of, strict=True):
        stage = stage_by_name.get(stage_name or DEFAULT_STAGE[language])
        if stage is None:
            stage = Stage(name=stage_name or DEFAULT_STAGE[language])
            stages.append(stage)
            stage_by_name[stage.name] = stage
        stem, first = ids.take(len(said))
        evidence = _evidence_table(
            ordered, at, at + len(said), stem, first, source, sheet, record.id, checked
        )
        at += len(said)
        key = (stage.id, title)
        index = claimed.get((stage.id, title, number)) if number else None
        if index is None and key in card_at and card_at[key] not in numbered_cards:
            index = card_at[key]  # the base's card of that title, or the sheet's unnumbered one
        if index is not None:
            old = cards[index]
            update: dict[str, Any] = {"evidence": EvidenceTable.concat(old.evidence, evidence)}
            if not old.channel.strip():
                update["channel"] = _channels(_picker(group)(channels), language, parts)
            card = old.model_copy(update=update)
            cards[index] = card
        else:
            channel = _channels(_picker(group)(channels), language, parts)
            card = Card(stage_id=stage.id, lane_id=touch_lane.id, title=title, channel=channel)
            card = card.model_copy(update={"evidence": evidence})
            cards.append(card)
            index = len(cards) - 1
        card_at[key] = index
        if number:
            claimed[(stage.id, title, number)] = index
            numbered_cards.add(index)
        touched.append(card.id)
        done += len(group)
        if progress is not None and done // STEP != (done - len(group)) // STEP:
            progress(done, len(answers))

    journey = base.model_copy(
        update={
            "stages": stages,
            "lanes": lanes,
            "cards": cards,
            "imports": [*base.imports, record],
        }
    )
    journey = _curve(journey, touched)
    return _suggest_pain_points(journey, touched, language)


def channels_of(group: Iterable[tuple[Answer, Origin | None]], language: str) -> str:
    """Every channel a touchpoint's answers name, each once, in the order first met.

    Rows of one touchpoint with different channels, or one cell naming several
    ("App; 门店"), all stand on the card; each answer keeps its own channel too,
    so the channel view counts it for the channel that respondent used.
    """
    return _channels([a[2] for a, _o in group], language)


def _channels(
    named: Iterable[str],
    language: str,
    parts: dict[str, tuple[tuple[str, str], ...]] | None = None,
) -> str:
    """:func:`channels_of` from the answers' channel texts; ``parts`` remembers each
    text's channels and their keys across the cards of an import (a survey names a
    few channels on 100,000 rows: split and folded once each, not once per card)."""
    if parts is None:
        parts = {}
    names: dict[str, str] = {}
    for text in dict.fromkeys(named):
        if not text:
            continue
        found = parts.get(text)
        if found is None:
            found = parts[text] = tuple((channel_key(p), p) for p in split_channels(text))
        for key, part in found:
            names.setdefault(key, part)
    return JOINERS["zh" if language.startswith("zh") else "en"].join(names.values())


def _lane(lanes: list[Lane], kind: LaneKind, language: str) -> Lane:
    """The first lane of a kind, added to ``lanes`` when the journey has none."""
    found = next((lane for lane in lanes if lane.kind == kind), None)
    if found is None:
        found = Lane(name=LANE_NAMES.get(language, LANE_NAMES["en"])[kind], kind=kind)
        lanes.append(found)
    return found


def _curve(journey: Journey, touched: Iterable[str]) -> Journey:
    """The data curves (all answers, and one per segment) for the touched cards."""
    return data_curves.update(journey, touched)


def remove_imports(journey: Journey, import_ids: set[str]) -> Journey:
    """``journey`` without what the given imports contributed: their evidence and
    records; the curve and unaccepted pain-point suggestions follow the answers that
    are left. Cards stay (the user may have written on them); the journey given is
    left as it was."""
    cards = list(journey.cards)
    touched: list[str] = []
    for i, card in enumerate(cards):
        table = card.evidence
        keep = [ident not in import_ids for ident in table.import_ids]
        if not all(keep):
            cards[i] = card.model_copy(update={"evidence": table.select(keep)})
            touched.append(card.id)
    records = [r for r in journey.imports if r.id not in import_ids]
    journey = journey.model_copy(update={"cards": cards, "imports": records})
    journey = _curve(journey, touched)
    # A suggestion not yet accepted states numbers that changed: drop it where no
    # answers are left, bring it up to date elsewhere.
    empty = {(c.stage_id, c.title) for c in journey.cards if c.id in touched and not c.responses}
    kept = [c for c in journey.cards if not (c.suggested and (c.stage_id, c.title) in empty)]
    journey = journey.model_copy(update={"cards": kept})
    language = journey.language if journey.language in LANE_NAMES else "en"
    return _suggest_pain_points(journey, touched, language)


def quotes(card: Card, count: int = PAIN_QUOTES) -> list[str]:
    """The most telling negative words behind a card: the lowest scores, longest first."""
    table = card.evidence
    said = [
        (score, said)
        for said, score in zip(table.texts, table.scores, strict=True)
        if said and score is not None and score < 0
    ]
    said.sort(key=lambda e: (e[0], -len(e[1])))
    out: list[str] = []
    for _score, words in said:
        text = words if len(words) <= QUOTE_CHARS else words[: QUOTE_CHARS - 1] + "…"
        if text not in out:
            out.append(text)
        if len(out) == count:
            break
    return out


def _suggest_pain_points(journey: Journey, touched: Iterable[str], language: str) -> Journey:
    """Suggested cards in the pain points lane for the worst-scoring touchpoints."""
    worst = []
    mean: dict[str, float] = {}  # each card's mean worked out once (1,000 touched cards)
    by_id = {c.id: c for c in journey.cards}
    for card_id in dict.fromkeys(touched):
        card = by_id[card_id]
        if card.responses >= PAIN_MIN_RESPONSES:
            mean[card_id] = card.score or 0
            if mean[card_id] < PAIN_BELOW:
                worst.append(card)
    worst.sort(key=lambda c: mean[c.id])
    chosen = worst[:PAIN_MAX]
    # A suggestion made by an earlier wave states that wave's numbers: it is brought up
    # to date too, even when the touchpoint is no longer among the worst.
    picked = {c.id for c in chosen}
    suggested = {(c.stage_id, c.title) for c in journey.cards if c.suggested}
    chosen += [
        by_id[i]
        for i in dict.fromkeys(touched)
        if i not in picked
        and (by_id[i].stage_id, by_id[i].title) in suggested
        and by_id[i].responses
    ]
    if not chosen:
        return journey
    lanes = list(journey.lanes)
    pain_lane = _lane(lanes, LaneKind.PAIN_POINTS, language)
    cards = list(journey.cards)
    for card in chosen:
        said = quotes(card)
        score = f"{card.score:+.2f}"
        if language == "zh":
            head = f"{card.title}：平均 {score}（{card.responses} 条评分）"
        else:
            head = f"{card.title}: mean {score} ({card.responses} responses)"
        body = "\n".join([head, *(f"“{q}”" for q in said)])
        existing = next(
            (
                i
                for i, c in enumerate(cards)
                if c.suggested
                and c.stage_id == card.stage_id
                and c.lane_id == pain_lane.id
                and c.title == card.title
            ),
            None,
        )
        if existing is not None:
            cards[existing] = cards[existing].model_copy(update={"body": body})
        elif card.id in picked:
            cards.append(
                Card(
                    stage_id=card.stage_id,
                    lane_id=pain_lane.id,
                    title=card.title,
                    body=body,
                    suggested=True,
                )
            )
    return journey.model_copy(update={"lanes": lanes, "cards": cards})
