"""What the layout remembers between two layouts, and placing a card that only moved.

Re-laying a 2,000-card map after one edit must not measure 2,000 cards again:
wrapped lines are kept by (text, width, size, font), each card's layout at the
origin with everything it was computed from, and the last few corners it was
placed at, so an undo and its redo (which move thousands of cards between the
same two places) hand back the very same card layouts. A cache gives exactly
what working it out again gives (tests/test_layout_fast_paths.py checks it after
random edits and undos); :func:`clear_caches` forgets everything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from journeycanvas.canvas.channel_icons import channel_keys, icon_shapes
from journeycanvas.canvas.layout_types import (
    CardLayout,
    FontSpan,
    TextRun,
    marks_when_read,
    spans_at,
)
from journeycanvas.canvas.marks import Chip, Shape, chip_pieces, moved_shapes
from journeycanvas.canvas.model import assignments
from journeycanvas.canvas.text_metrics import metrics

if TYPE_CHECKING:
    from journeycanvas.canvas.model import Card

#: Line breaks by (text, width, size, font metrics); wrapping is 90 % of a layout's time.
#: Each line is kept as its text and its spans by font at that size.
WRAP_CACHE: dict[tuple[str, float, float, int], tuple[tuple[str, tuple[FontSpan, ...]], ...]] = {}
CACHE_MAX = 100_000
#: The last layout of each card id: what it was computed from, the card laid out at
#: the origin, and that layout placed at the last few corners the card had (an undo
#: and its redo move thousands of cards between the same two places).
CARD_CACHE: dict[str, tuple[tuple, CardLayout, dict[tuple[float, float], CardLayout]]] = {}
#: A plain card's (no evidence, KPI, trigger or improvement: its layout depends on
#: nothing but its own fields and where it is put) fields the layout reads, the
#: inputs besides them, and the CARD_CACHE entry made from them: the same values
#: hit that entry without the card's badge, chips, icons and key being worked out.
#: The fields are read afresh each time (one C call), so a card changed in place is
#: seen as well as an edited copy.
QUICK_KEYS: dict[str, tuple[tuple, tuple]] = {}
#: The fields of a card a plain card's layout is made from (and those that keep it plain).
plain_fields = attrgetter(
    "title", "body", "channel", "owner", "image", "suggested", "color", "stage_id",
    "channel_icon", "kpi", "trigger", "improvement",
)  # fmt: skip
#: A cell's cards (no KPI, trigger, improvement or fix: their layouts depend on
#: nothing but their own fields, their lane and where the cell is) by (stage id,
#: lane id): the last few (everything the cell was laid out from, its card layouts,
#: the height they take). An undo of a paste leaves most cells as they were, or
#: only moved down by a grown lane: each such cell hands back its very card
#: layouts after one comparison, not one look-up per card.
CELL_CACHE: dict[tuple[str, str], list[tuple[tuple, tuple[CardLayout, ...], float]]] = {}
#: How many layouts of one cell are kept (an undo and its redo need two).
CELL_VARIANTS = 4
#: A lane's cards laid out from one grouping of the map's cards (:class:`Grouped`:
#: the same fields in every cell), the same columns and the same inputs, by lane id:
#: the last few (grouping, columns, inputs, card layouts, the tallest cell's
#: height). Only a lane whose every cell was kept (CELL_CACHE) is: what it hands
#: back is what the cells' look-ups would, with one look-up.
LANES: dict[str, list[tuple[Grouped, tuple, tuple, tuple[CardLayout, ...], float]]] = {}
#: The fields of a card in a cell its layout is made from (the card's own id first;
#: the evidence list compared as the chips are: the same list or an equal one).
cell_fields = attrgetter(
    "id", "title", "body", "channel", "owner", "image", "suggested", "color", "stage_id",
    "channel_icon", "kpi", "trigger", "improvement", "evidence", "lane_id",
    "span", "step_id", "moment_of_truth",  # (read by card_facts with the above)
)  # fmt: skip
#: The map's cards grouped by cell for the last few card lists (:class:`Grouped`),
#: newest last. An undo and its redo swap two lists of 2,000 cards; a list met again
#: with every card's fields as they were groups as it did (the grouping reads
#: nothing else), and each cell's fields are then the very list its kept layout was
#: made from: one identity check per cell instead of comparing each card's fields.
#: What the cards have in common and the legend's channel icons, read from the same
#: fields, are kept with it.
GROUPS: list[Grouped] = []
#: The fields of a card its channel icons and the legend's facts are read from.
icon_fields = attrgetter("lane_id", "channel_icon", "channel", "title")
fact_fields = attrgetter("span", "step_id", "moment_of_truth", "suggested", "evidence")
#: The legend's channel icons (legend.used_channels) last worked out: (the cards'
#: icon_fields, the lanes' (id, kind, collapsed), the icon keys), newest last. An undo
#: and its redo swap two journeys whose cards show the same icons: looked up, not
#: walked again.
USED_CHANNELS: list[tuple[list, tuple, tuple[str, ...]]] = []
#: How many answers of USED_CHANNELS and POINT_LABELS are kept (an undo and its redo: 2).
USED_MAX = 4
#: The curve's point labels last placed: (everything they were placed from, the runs),
#: newest last. Placing a research curve's thousand labels against its sixteen
#: thousand sampled boxes is most of a re-layout after an edit that leaves the
#: curve as it was.
POINT_LABELS: list[tuple[tuple, tuple[TextRun, ...]]] = []
#: The legend block (legend.legend_block) last laid out: (everything it was made
#: from, the block), newest last.
LEGENDS: list[tuple[tuple, object]] = []
#: What the map's cards have in common (card_facts), for the last few card lists.
CARD_FACTS: list[tuple[list, CardFacts]] = []
#: How many corners of one card are remembered.
PLACES_MAX = 4
#: A scored card's chips by card id: (its evidence list, the journey's imports,
#: (theme, language), the chips).
SCORE_CHIPS: dict[str, tuple[object, object, tuple[str, str], tuple[Chip, ...]]] = {}
#: Link routes by their ends, lanes and the cards around them (kept to check a hit).
ROUTE_CACHE: dict[tuple, tuple[tuple, tuple[tuple[float, float], ...]]] = {}


#: The icons a channel text names, by text: every card of a channel asks again.
channel_keys_of = lru_cache(maxsize=4096)(channel_keys)


@lru_cache(maxsize=4096)
def bold_spans(text: str, size: float) -> tuple[FontSpan, ...]:
    """A one-line bold text's spans, as a run made without them works them out: a
    chip says "+0.52" or "n=100" on card after card."""
    return spans_at(metrics(True).pieces(text), size)


@lru_cache(maxsize=4096)
def bold_width(text: str, size: float) -> float:
    """A one-line bold text's width (FontMetrics.width), remembered: a chip's text is
    measured before it is placed, card after card saying "100"."""
    return metrics(True).width(text, size)


def bold_run(text: str, x: float, y: float, size: float, ink: str, behind: str) -> TextRun:
    """A chip's text run, as the layout makes it (bold, its spans remembered)."""
    return TextRun(text, x, y, size, ink, bold_spans(text, size), bold=True, ground=behind)


@lru_cache(maxsize=8192)
def chip_at(
    chip: Chip, cx: float, cy: float, w: float, size: float, behind: str
) -> tuple[tuple[Shape, ...], TextRun]:
    """A chip's shapes and bold run at (cx, cy) (marks.chip_pieces), remembered: card
    after card of a research map shows "100" and "±0.28" at the same few corners
    (cards are laid out at the origin). Shapes and runs are frozen, so sharing them
    between cards' local layouts is safe; placing a card copies them."""
    shapes, run = chip_pieces(chip, cx, cy, w, size, behind, bold_run)
    return tuple(shapes), run


@lru_cache(maxsize=4096)
def icon_shapes_at(key: str, x: float, y: float, size: float, ink: str) -> tuple[Shape, ...]:
    """A channel icon's shapes, remembered: cards are laid out at the origin, so a
    thousand cards ask for the same icon at the same few places (shapes are frozen)."""
    return tuple(icon_shapes(key, x, y, size, ink))


@lru_cache(maxsize=4096)
def icon_row(keys: tuple[str, ...], x: float, y: float, size: float, ink: str) -> tuple[Shape, ...]:
    """A card's channel icons left to right from (x, y), each ``size + 3`` after the one
    before (:func:`icon_shapes_at` of each), remembered: a research map's thousand
    cards of one channel line show the same row at the same few corners."""
    out: tuple[Shape, ...] = ()
    for i, key in enumerate(keys):
        out += icon_shapes_at(key, x + i * (size + 3), y, size, ink)
    return out


def placed(local: CardLayout, x: float, y: float, *, marks_later: bool = False) -> CardLayout:
    """A card laid out at the origin, moved so its corner is at (x, y).

    Every coordinate is the corner plus the local one, whether the card was just
    measured or only moved, so the screen and the poster get the same floats either way.
    An undo that grows one lane moves every card below it, so this runs for
    thousands of cards per edit: the copies skip the frozen dataclasses' __init__
    (and a call per copy), filling each copy's fields straight from the original's.

    With ``marks_later`` the card's marks (chips, icons) are moved when first read
    (layout_types.CardLayout.marks), to the same floats: a fitted map draws its
    cards' text as bars and none of their marks, so the first layout of a research
    journey, which measures every card, need not move its 17,000 marks before the
    map is on screen.
    """
    new = object.__new__
    texts = []
    for t in local.texts:
        run = new(TextRun)
        fields = run.__dict__
        fields.update(t.__dict__)
        fields["x"] = x + t.x
        fields["y"] = y + t.y
        texts.append(run)
    image = None
    if local.image is not None:
        box, uri = local.image
        image = (copy_with(box, x=x + box.x, y=y + box.y), uri)
    r = local.rect
    rect = copy_with(r, x=x + r.x, y=y + r.y)
    if marks_later and local.marks:
        card = copy_with(local, rect=rect, texts=tuple(texts), image=image)
        marks_when_read(card, local.marks, x, y)
        return card
    return copy_with(
        local, rect=rect, texts=tuple(texts), marks=moved_shapes(local.marks, x, y), image=image
    )


_T = TypeVar("_T")


def copy_with(obj: _T, **changes: object) -> _T:
    """A copy of a frozen dataclass with some fields changed, made without running
    its __init__ again (``dataclasses.replace`` costs some ten times as much); the
    fields are the ones the original was validated with, moved."""
    copy = object.__new__(type(obj))
    copy.__dict__.update(obj.__dict__, **changes)
    return copy


class CardFacts(NamedTuple):
    """Whether any of the map's cards does what changes the whole map's layout."""

    #: Spans columns, sits in a step or is a moment of truth: the grid goes by columns.
    structured: bool
    #: Has scored answers: the legend explains the research chips.
    scored: bool
    #: Is a moment of truth / is suggested: the legend shows the mark.
    moment: bool
    suggested: bool


def card_facts(cards: list[Card]) -> CardFacts:
    """:class:`CardFacts` of ``cards``, remembered for the last few lists by the fields
    they are read from (span, step, moment, suggested and the evidence list, compared
    by value; the evidence lists are replaced, never changed: copy on write). Each fact
    is a walk over every card; an undo and its redo of a paste swap two 2,000-card
    lists, and the fields are gathered in C."""
    key = list(map(fact_fields, cards))
    for i, (known, facts) in enumerate(CARD_FACTS):
        if known == key:
            CARD_FACTS.append(CARD_FACTS.pop(i))  # the newest last
            return facts
    facts = CardFacts(
        structured=any(c.span > 1 or c.step_id is not None or c.moment_of_truth for c in cards),
        scored=any(c.responses for c in cards),
        moment=any(c.moment_of_truth for c in cards),
        suggested=any(c.suggested for c in cards),
    )
    if len(CARD_FACTS) >= USED_MAX:
        del CARD_FACTS[0]
    CARD_FACTS.append((key, facts))
    return facts


@dataclass
class Grouped:
    """A card list grouped by cell, with what is read from the same fields."""

    cards: list
    #: Each card's :data:`cell_fields`, in map order.
    fields: list[tuple]
    #: The cards and their fields by (stage id, lane id), in map order.
    by_cell: dict[tuple[str, str], list]
    fields_by_cell: dict[tuple[str, str], list[tuple]]
    #: What the cards have in common, once asked for.
    facts: CardFacts | None = None
    #: The legend's channel icons by the lanes' (id, kind, collapsed).
    channels: dict[tuple, tuple[str, ...]] = field(default_factory=dict)
    #: Whether any card is an improvement (its fields' 13th), once asked for.
    improves: bool | None = None
    #: model.assignments() when the fields were last read, and the cards the list
    #: held then (the very objects).
    assigned: int = -1
    members: list = field(default_factory=list)


def cards_by_cell(cards: list[Card]) -> Grouped:
    """The cards by (stage id, lane id) in map order, and each one's :data:`cell_fields`
    by the same cell: remembered for the last few lists (see :data:`GROUPS`). The
    fields are read afresh, so a card changed in place regroups, unless the list
    holds the very cards it held and no model's field was assigned since they were
    read (model.assignments): an undo and its redo then find their grouping with one
    comparison of the list instead of reading 18 fields of each of 2,000 cards."""
    assigned = assignments()
    fields = None
    for i, known in enumerate(GROUPS):
        if known.cards is not cards:
            continue
        if known.assigned != assigned or known.members != cards:
            if fields is None:
                fields = list(map(cell_fields, cards))
            if known.fields != fields:
                continue
            known.assigned, known.members = assigned, list(cards)
        GROUPS.append(GROUPS.pop(i))  # the newest last
        return known
    if fields is None:
        fields = list(map(cell_fields, cards))
    by_cell: dict[tuple[str, str], list] = {}
    fields_by_cell: dict[tuple[str, str], list[tuple]] = {}
    for card, f in zip(cards, fields, strict=True):
        where = (f[8], f[14])
        found = by_cell.get(where)
        if found is None:
            by_cell[where] = [card]
            fields_by_cell[where] = [f]
        else:
            found.append(card)
            fields_by_cell[where].append(f)
    if len(GROUPS) >= USED_MAX:
        del GROUPS[0]
    grouped = Grouped(
        cards, fields, by_cell, fields_by_cell, assigned=assigned, members=list(cards)
    )
    GROUPS.append(grouped)
    return grouped


def reads_only_itself(fields: list[tuple]) -> bool:
    """Whether a cell's cards (their :data:`cell_fields`) are laid out from nothing
    but their fields, their lane and the cell's place: no KPI, trigger or improvement
    card (their badges read the rest of the journey). A touchpoint a done fix names
    reads the fix too (:func:`names_a_fixed`)."""
    return not any(f[10] is not None or f[11] is not None or f[12] is not None for f in fields)


def names_a_fixed(fields: list[tuple], fixes: dict[str, object]) -> bool:
    """Whether a cell holds a touchpoint a done improvement names (its chips show the
    fix's before and after): such a cell is neither kept nor looked up, so a fix
    marked done shows on a touchpoint whose cell was kept before."""
    return any(f[0] in fixes for f in fields)


def remembered_cell(
    where: tuple[str, str], key: tuple
) -> tuple[tuple, tuple[CardLayout, ...], float] | None:
    """The cell laid out from ``key`` before (made the newest: kept the longest)."""
    known = CELL_CACHE.get(where)
    if known is None:
        return None
    for i, entry in enumerate(known):
        if entry[0] == key:
            if i != len(known) - 1:
                known.append(known.pop(i))
            return entry
    return None


def remember_cell(
    where: tuple[str, str], key: tuple, layouts: tuple[CardLayout, ...], used: float
) -> None:
    """Keep a cell's card layouts and the height they take, newest last."""
    known = CELL_CACHE.get(where)
    if known is None:
        if len(CELL_CACHE) > CACHE_MAX:
            CELL_CACHE.clear()
        known = CELL_CACHE[where] = []
    elif len(known) >= CELL_VARIANTS:
        del known[0]
    known.append((key, layouts, used))


def remembered_lane(
    lane_id: str, grouped: Grouped, columns: tuple, inputs: tuple
) -> tuple[tuple[CardLayout, ...], float] | None:
    """The lane's card layouts and tallest cell laid out before from the very
    ``grouped``, equal columns and inputs (made the newest)."""
    known = LANES.get(lane_id)
    if known is None:
        return None
    for i, entry in enumerate(known):
        if entry[0] is grouped and entry[1] == columns and entry[2] == inputs:
            if i != len(known) - 1:
                known.append(known.pop(i))
            return entry[3], entry[4]
    return None


def remember_lane(
    lane_id: str,
    grouped: Grouped,
    columns: tuple,
    inputs: tuple,
    layouts: tuple[CardLayout, ...],
    tallest: float,
) -> None:
    """Keep a lane's card layouts and its tallest cell's height, newest last."""
    known = LANES.get(lane_id)
    if known is None:
        if len(LANES) > CACHE_MAX:
            LANES.clear()
        known = LANES[lane_id] = []
    elif len(known) >= CELL_VARIANTS:
        del known[0]
    known.append((grouped, columns, inputs, layouts, tallest))


def clear_caches() -> None:
    """Forget every remembered measure, card layout and route: the next layout is
    worked out from scratch (what the tests compare a re-layout against)."""
    WRAP_CACHE.clear()
    CARD_CACHE.clear()
    QUICK_KEYS.clear()
    CELL_CACHE.clear()
    LANES.clear()
    GROUPS.clear()
    LEGENDS.clear()
    USED_CHANNELS.clear()
    POINT_LABELS.clear()
    CARD_FACTS.clear()
    ROUTE_CACHE.clear()
    SCORE_CHIPS.clear()
    channel_keys_of.cache_clear()
    icon_shapes_at.cache_clear()
    icon_row.cache_clear()
    bold_spans.cache_clear()
    chip_at.cache_clear()
    bold_width.cache_clear()
    for bold in (False, True):
        metrics(bold).forget()
