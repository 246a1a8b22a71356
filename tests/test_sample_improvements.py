"""Every sample journey carries improvements, a KPI with measurements and an A/B test,
in Chinese and English, visible on the map, the matrix and the poster."""

from __future__ import annotations

import pytest

from journeycanvas.canvas import improvements
from journeycanvas.canvas.before_after import kpi_changes
from journeycanvas.canvas.experiments import compare
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.matrix_page import matrix_page, words_for
from journeycanvas.io import journey_file
from journeycanvas.resources import template_path

SAMPLES = [
    f"sample-{s}-{lang}"
    for s in ("ecommerce", "bank-loan", "online-course")
    for lang in ("zh", "en")
]


@pytest.mark.parametrize("name", SAMPLES)
def test_the_sample_closes_the_loop(name):
    journey = journey_file.load(template_path(name))
    cards = improvements.improvement_cards(journey)
    assert len(cards) >= 3
    assert len({c.improvement.status for c in cards}) >= 3
    assert all(improvements.priority(c.improvement) is not None for c in cards)
    assert all(c.owner for c in cards)
    kpi_cards = [c for c in journey.cards if c.kpi is not None]
    assert kpi_cards and all(len(c.kpi.measurements) >= 3 for c in kpi_cards)
    tested = [c for c in cards if c.improvement.experiment is not None]
    assert len(tested) == 1
    (comparison,) = compare(tested[0].improvement.experiment)
    assert comparison.significant  # each sample's test has a winner worth naming
    done = [c for c in cards if c.improvement.kpis]
    assert done and all(k.change.good for c in done for k in kpi_changes(journey, c))
    layout = compute_layout(journey)
    w = improvements.words(journey.language)
    for card in cards:
        texts = " ".join(r.text for r in layout.card(card.id).texts)
        assert w[card.improvement.status.value] in texts  # status on the map (and poster)
    page = matrix_page(journey, words_for(journey.language))
    assert {d.key for d in page.discs} >= {c.id for c in cards}
