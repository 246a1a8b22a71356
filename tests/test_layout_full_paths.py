"""A first, full layout made the quick way is the layout the plain way made.

Opening a research journey and every export lay out a thousand scored cards from
scratch; the quick paths of that first layout (a chip's pieces remembered, ...)
must change no float the user could see. Each is checked against the plain code
it stands for, and the full layouts of the templates are pinned to the
fingerprints main's layout code gave them before these paths existed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeycanvas.canvas import layout_memo, research, style
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.layout_types import TextRun
from journeycanvas.canvas.marks import Chip, flow
from journeycanvas.canvas.text_metrics import metrics
from journeycanvas.io import journey_file

TEMPLATES = Path(__file__).resolve().parents[1] / "resources" / "templates"

#: sha1 of repr(compute_layout(template)) as main's code (9468506) laid them out,
#: before the full layout's quick paths: every box, run, span and mark to the last float.
PINNED = {
    "sample-bank-loan-en": "c1b22de7d26db128",  # evidence chips, improvements, curves
    "sample-bank-loan-zh": "7187bf51a44571b7",
    "sample-ecommerce-zh": "c9ec7023ea056944",  # KPIs, triggers, Chinese wrapping
    "sample-online-course-en": "71ed7480789bebdb",
    "blueprint-bank-loan-en": "e2ac6e4d48b9fed1",  # steps, spans, links, blueprint lines
    "default-zh": "597e35a460bf0bf9",
}


def fingerprint(name: str) -> str:
    journey = journey_file.load(TEMPLATES / f"{name}.journey")
    layout_memo.clear_caches()
    research._STATS.clear()
    first = repr(compute_layout(journey))
    again = repr(compute_layout(journey))  # the remembered path gives the same
    assert first == again
    return hashlib.sha1(first.encode()).hexdigest()[:16]


@pytest.mark.parametrize("name", sorted(PINNED))
def test_a_template_lays_out_to_the_floats_it_always_had(name):
    assert fingerprint(name) == PINNED[name]


# --- a chip's pieces, remembered == worked out ---------------------------------------

_COLOURS = st.sampled_from(
    [style.INK, style.INK_SOFT, style.PAGE, style.CARD_BORDER, "#FBA307", "#1E88E5",
     "#263238", "#FEE5BA", "#000000", "#FFFFFF"]
)  # fmt: skip
_CHIPS = st.builds(
    Chip,
    text=st.text(alphabet="+−-0123456789.±n=▲▼* 少量回答few", min_size=1, max_size=9),
    fill=st.none() | _COLOURS,
    border=st.none() | _COLOURS,
    ink=_COLOURS,
    icon=st.sampled_from(["", "dot", "person"]),
    accent=_COLOURS,
)


def _plain_run(text: str, x: float, y: float, size: float, ink: str, behind: str) -> TextRun:
    """A chip's run as the layout made it before: spans worked out from the text."""
    return TextRun(text, x, y, size, ink, bold=True, ground=behind)


@settings(max_examples=200, deadline=None)
@given(
    chips=st.lists(_CHIPS, max_size=7),
    x=st.sampled_from([0.0, 10.0, 7.5]),
    top=st.floats(0.0, 200.0),
    width=st.floats(20.0, 300.0),
    ground=_COLOURS,
)
def test_remembered_chips_are_the_chips_flow_works_out(chips, x, top, width, ground):
    bold = metrics(True)
    plain = flow(chips, x, top, width, ground, lambda t, s: bold.width(t, s), _plain_run)
    for _ in range(2):  # made, then remembered
        quick = flow(
            chips, x, top, width, ground, layout_memo.bold_width, layout_memo.bold_run,
            pieces=layout_memo.chip_at,
        )  # fmt: skip
        assert quick == plain and repr(quick) == repr(plain)


# --- a card's figures, counted once == each counted by its own function ---------------

_ANSWER = st.tuples(
    st.none() | st.sampled_from([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0]) | st.floats(-2.0, 2.0),
    st.sampled_from(["", "w1", "w2", "w3"]),
)


@settings(max_examples=150, deadline=None)
@given(answers=st.lists(_ANSWER, max_size=40), waves=st.sampled_from([("A", "B"), ("A", "A")]))
def test_the_stats_counted_once_are_the_figures_counted_one_by_one(answers, waves):
    from journeycanvas.canvas.evidence_store import EvidenceTable
    from journeycanvas.canvas.model import Card, Evidence, ImportRecord, Journey

    imports = [
        ImportRecord(id="w1", sha256="1", source="a.xlsx", wave=waves[0]),
        ImportRecord(id="w2", sha256="2", source="b.xlsx", wave=waves[1]),
    ]
    evidence = [Evidence(id=f"e{i}", score=s, import_id=w) for i, (s, w) in enumerate(answers)]
    for kept in (evidence, EvidenceTable(evidence)):
        card = Card(id="c", stage_id="s", lane_id="l", title="t", evidence=kept)
        journey = Journey(imports=imports)
        research._STATS.clear()
        found = research.stats(journey, card)
        assert found.ci95 == research.ci95(card)
        assert found.change == research.change(journey, card)
        assert found.low is research.low_confidence(card)
        assert found.responses == card.responses
        assert found.mean == card.score
        assert research.waves(journey, card, research.scores_of(card)) == research.waves(
            journey, card
        )


# --- a run made without the dataclass's __init__ == one made through it --------------


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="ab 你好“”.\u200b", max_size=12),
    x=st.floats(-1e4, 1e4),
    y=st.floats(-1e4, 1e4),
    size=st.sampled_from([9.5, 10.0, 12.5]),
    with_spans=st.booleans(),
)
def test_a_line_run_is_the_text_run_the_dataclass_makes(text, x, y, size, with_spans):
    from journeycanvas.canvas.layout import line_run
    from journeycanvas.canvas.layout_types import spans_at

    spans = spans_at(metrics().pieces(text), size) if with_spans else ()
    quick = line_run(text, x, y, size, style.INK, spans)
    plain = TextRun(text, x, y, size, style.INK, spans)
    assert type(quick) is TextRun
    assert quick == plain and repr(quick) == repr(plain)
    assert list(quick.__dict__) == list(plain.__dict__)


# --- a curve's squares filed in runs answer as every square looked at does ---------


def test_runs_of_squares_answer_as_a_scan_of_every_square_does():
    import random

    from journeycanvas.canvas.layout import _BEZIER_WEIGHTS, curve_samples
    from journeycanvas.canvas.layout_types import Rect
    from journeycanvas.canvas.occupancy import Occupied

    rng = random.Random(29)
    for _ in range(20):
        segments = tuple(
            tuple((rng.uniform(-100, 1500), rng.uniform(-50, 300)) for _ in range(4))
            for _ in range(rng.randint(0, 15))
        )
        centres = curve_samples(segments)
        faces = [Rect(rng.uniform(-50, 1500), rng.uniform(-50, 300), 9.0, 9.0) for _ in range(30)]
        runs, one_by_one = Occupied(), Occupied()
        for taken in (runs, one_by_one):
            for face in faces:
                taken.add(face)
        runs.add_square_runs(centres, 1.5, len(_BEZIER_WEIGHTS))
        one_by_one.add_squares(centres, 1.5)
        boxes = [(b.x, b.y, b.x + b.w, b.y + b.h) for b in faces] + [
            (cx - 1.5, cy - 1.5, cx - 1.5 + 3.0, cy - 1.5 + 3.0) for cx, cy in centres
        ]
        for _ in range(300):
            probe = Rect(rng.uniform(-120, 1550), rng.uniform(-60, 320), rng.uniform(0.5, 120),
                         rng.uniform(0.5, 14))  # fmt: skip
            ax, ay, ar, ab = probe.x, probe.y, probe.x + probe.w, probe.y + probe.h
            scan = any(ax < br and bx < ar and ay < bb and by < ab for bx, by, br, bb in boxes)
            assert runs.overlaps(probe) is scan
            assert one_by_one.overlaps(probe) is scan
