"""Before and after: a done improvement compares its touchpoints' waves around the date.

The p-values are checked against Welch's test worked out here independently: t and
the Welch-Satterthwaite df by hand, the tail by integrating Student's t density with
Simpson's rule (no shared code with canvas/student_t.py).
"""

from __future__ import annotations

import math

from journeycanvas.canvas.before_after import before_after
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import (
    Card,
    Evidence,
    ImportRecord,
    Improvement,
    ImprovementStatus,
    Journey,
    Lane,
    LaneKind,
    Link,
    Stage,
)

BEFORE = [-1.0, -2.0, -1.0, 0.0, -1.5, -1.0]
AFTER = [1.0, 0.5, 1.5, 0.0, 1.0]


def _journey(done_on: str = "2024-05-01", status=ImprovementStatus.DONE) -> Journey:
    evidence = (
        [Evidence(score=s, import_id="w1") for s in BEFORE]
        + [Evidence(score=s, import_id="w2") for s in AFTER]
        + [Evidence(score=2.0, import_id="undated")]
    )
    return Journey(
        stages=[Stage(id="s", name="Buy")],
        lanes=[
            Lane(id="lt", name="TP", kind=LaneKind.TOUCHPOINTS),
            Lane(id="lo", name="Opp", kind=LaneKind.OPPORTUNITIES),
        ],
        cards=[
            Card(id="tp", stage_id="s", lane_id="lt", title="Checkout", evidence=evidence),
            Card(id="other", stage_id="s", lane_id="lt", title="Other"),
            Card(
                id="imp",
                stage_id="s",
                lane_id="lo",
                title="Show the final price",
                improvement=Improvement(status=status, done_on=done_on),
            ),
        ],
        links=[Link(from_card="imp", to_card="tp")],
        imports=[
            ImportRecord(id="w1", sha256="a", source="march.xlsx", wave_date="2024-03-10"),
            ImportRecord(id="w2", sha256="b", source="june.xlsx", wave_date="2024-06-02"),
            ImportRecord(id="undated", sha256="c", source="x.xlsx"),
        ],
    )


def _t_pdf(x: float, df: float) -> float:
    c = math.gamma((df + 1) / 2) / (math.sqrt(df * math.pi) * math.gamma(df / 2))
    return c * (1 + x * x / df) ** (-(df + 1) / 2)


def _welch_by_hand(a: list[float], b: list[float]) -> float:
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    va = sum((x - ma) ** 2 for x in a) / (len(a) - 1)
    vb = sum((x - mb) ** 2 for x in b) / (len(b) - 1)
    sa, sb = va / len(a), vb / len(b)
    t = abs(ma - mb) / math.sqrt(sa + sb)
    df = (sa + sb) ** 2 / (sa**2 / (len(a) - 1) + sb**2 / (len(b) - 1))
    # P(|T| > t) = 1 - 2 * integral_0^t pdf, by Simpson's rule on 2,000 intervals.
    n, h = 2000, t / 2000
    total = _t_pdf(0, df) + _t_pdf(t, df)
    total += sum((4 if i % 2 else 2) * _t_pdf(i * h, df) for i in range(1, n))
    return 1 - 2 * total * h / 3


def test_scores_split_at_the_done_date_and_welch_decides():
    j = _journey()
    (found,) = before_after(j, j.card("imp"))
    assert found.touchpoint.id == "tp"
    assert found.before == tuple(BEFORE) and found.after == tuple(AFTER)  # undated left out
    assert math.isclose(found.mean_before, -6.5 / 6)
    assert math.isclose(found.mean_after, 0.8)
    expected = _welch_by_hand(BEFORE, AFTER)
    assert expected < 0.05
    assert math.isclose(found.p, expected, rel_tol=1e-6)
    assert found.significant and found.mark() == "−1.08 → +0.80 *"


def test_the_improvement_card_shows_the_change():
    texts = " ".join(r.text for r in compute_layout(_journey()).card("imp").texts)
    assert "Checkout −1.08 → +0.80 *" in texts


def test_a_small_change_is_not_significant():
    j = _journey()
    tp = j.card("tp")
    close = [Evidence(score=s, import_id="w2") for s in [-1.0, -0.5, -1.5, 0.0]]
    tp = tp.model_copy(update={"evidence": [*tp.evidence[: len(BEFORE)], *close]})
    j = j.model_copy(update={"cards": [tp, *j.cards[1:]]})
    (found,) = before_after(j, j.card("imp"))
    expected = _welch_by_hand(BEFORE, [-1.0, -0.5, -1.5, 0.0])
    assert expected > 0.05 and math.isclose(found.p, expected, rel_tol=1e-6)
    assert not found.significant and not found.mark().endswith("*")


def test_only_done_improvements_with_a_date_compare():
    for j in (_journey(status=ImprovementStatus.IN_PROGRESS), _journey(done_on="")):
        assert before_after(j, j.card("imp")) == []


def test_the_linked_touchpoint_card_shows_before_and_after():
    """The touchpoint itself says whether the fix worked: means and answers either side
    of the done date, and Welch's verdict, in the journey's language."""
    texts = [r.text for r in compute_layout(_journey()).card("tp").texts]
    assert "before −1.08 n=6" in texts and "→ after +0.80 n=5" in texts
    assert "▲ significant" in texts
    other = [r.text for r in compute_layout(_journey()).card("other").texts]
    assert not any("before" in t for t in other)
    zh = _journey().model_copy(update={"language": "zh"})
    texts = [r.text for r in compute_layout(zh).card("tp").texts]
    assert "改进前 −1.08 n=6" in texts and "▲ 显著" in texts


def test_a_touchpoint_named_by_evidence_shows_a_change_that_is_not_significant():
    j = _journey()
    tp = j.card("tp")
    close = [Evidence(id=f"c{i}", score=s, import_id="w2") for i, s in enumerate([-1.0, -0.5])]
    tp = tp.model_copy(update={"evidence": [*tp.evidence[: len(BEFORE)], *close]})
    imp = j.card("imp")
    imp = imp.model_copy(
        update={"improvement": imp.improvement.model_copy(update={"evidence": ["c0"]})}
    )
    j = j.model_copy(update={"cards": [tp, j.cards[1], imp], "links": []})
    assert _welch_by_hand(BEFORE, [-1.0, -0.5]) > 0.05
    texts = [r.text for r in compute_layout(j).card("tp").texts]
    assert "→ after −0.75 n=2" in texts and "▲ not significant" in texts


def test_a_touchpoint_before_the_improvement_is_done_shows_no_comparison():
    j = _journey(status=ImprovementStatus.IN_PROGRESS)
    texts = [r.text for r in compute_layout(j).card("tp").texts]
    assert not any(t.startswith("before") for t in texts)


def test_the_sample_poster_prints_the_checkout_before_and_after(tmp_path):
    """The e-commerce sample's checkout touchpoint, answered in two dated waves around
    the done final-price improvement, prints its before/after on the PDF poster."""
    from pypdf import PdfReader

    from journeycanvas.io import journey_file
    from journeycanvas.io.exporters.export_file import export
    from journeycanvas.io.exporters.options import ExportOptions
    from journeycanvas.resources import template_path

    journey = journey_file.load(template_path("sample-ecommerce-en"))
    (found,) = [f for f in before_after(journey, journey.card("card-ec-pu-opp-1"))]
    assert (found.before, found.after) == ((-1.0, 0.0, -1.0), (1.0, 1.0, 1.0))
    assert math.isclose(found.p, _welch_by_hand([-1, 0, -1], [1, 1, 1]), rel_tol=1e-6)
    assert found.significant
    out = export(journey, tmp_path / "poster.pdf", ExportOptions())
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "before−0.67n=3" in text and "→after+1.00n=3" in text and "▲significant" in text
