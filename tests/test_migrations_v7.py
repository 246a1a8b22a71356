"""Format 6 -> 7: improvements name KPIs, experiments may measure means, triggers.

The step only adds defaults meaning "as before", so a format-6 file keeps every key
and value and draws the same map."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import SCHEMA_VERSION
from journeycanvas.io import journey_file
from journeycanvas.io.migrations import MIGRATIONS

V6 = Path(__file__).parent / "fixtures" / "v6_before_kpi_links_triggers.journey"


def _subset(old, new):
    """Every key of ``old`` is in ``new`` with the same value, recursively."""
    if isinstance(old, dict):
        return all(k in new and _subset(v, new[k]) for k, v in old.items())
    if isinstance(old, list):
        return len(old) == len(new) and all(_subset(a, b) for a, b in zip(old, new, strict=True))
    return old == new


def test_v6_gains_empty_kpi_links_conversion_experiments_and_no_triggers():
    raw = json.loads(V6.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 6
    before = copy.deepcopy(raw)
    new = MIGRATIONS[6](raw)
    assert raw == before  # the step never changes its input
    assert new["schema_version"] == 7
    assert _subset({k: v for k, v in before.items() if k != "schema_version"}, new)
    assert all(c["trigger"] is None for c in new["cards"])
    improved = [c["improvement"] for c in new["cards"] if c["improvement"]]
    assert improved and all(i["kpis"] == [] for i in improved)
    experiments = [i["experiment"] for i in improved if i["experiment"]]
    assert experiments and all(e["measure"] == "conversion" for e in experiments)
    assert all(v["mean"] is None and v["scores"] == [] for e in experiments for v in e["variants"])


def test_a_v6_file_opens_and_draws_its_cards_as_before(tmp_path):
    journey = journey_file.load(V6)
    assert journey.schema_version == SCHEMA_VERSION
    texts = " ".join(r.text for r in compute_layout(journey).card("card-ec-pu-opp-1").texts)
    assert "done · priority 41.2" in texts and "Final price 5.5% (+38% *)" in texts
    out = tmp_path / "again.journey"
    journey_file.save(journey, out)
    assert journey_file.load(out) == journey


def test_the_format_6_fixture_keeps_kpi_links_mean_tests_and_triggers(tmp_path):
    path = Path(__file__).parent / "fixtures" / "kpi_links_triggers.journey"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["schema_version"] == SCHEMA_VERSION
    journey = journey_file.load(path)
    improvement = journey.card("card-oc-tr-opp-1").improvement
    assert improvement.kpis == ["card-oc-tr-met-1"]
    assert improvement.experiment.measure == "mean"
    assert journey.card("card-oc-tr-trg-1").trigger.delay == "24 h"
    out = tmp_path / "again.journey"
    journey_file.save(journey, out)
    assert out.read_bytes() == path.read_bytes()  # saved again byte for byte
