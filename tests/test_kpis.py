"""KPIs on metric cards: latest value, on/off track, the sparkline, the card's line."""

from __future__ import annotations

from journeycanvas.canvas import kpis
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Kpi, KpiDirection, Measurement
from journeycanvas.io import journey_file
from journeycanvas.resources import template_path


def _kpi(direction=KpiDirection.HIGHER, target=70.0) -> Kpi:
    # Out of date order on purpose: the latest is by date, not by place in the list.
    values = [("2024-03-31", 60), ("2024-01-31", 50), ("2024-02-29", 54), ("2024-04-30", 64)]
    return Kpi(
        unit="%",
        direction=direction,
        target=target,
        measurements=[Measurement(date=d, value=v) for d, v in values],
    )


def test_latest_and_verdict_follow_the_direction():
    assert kpis.latest(_kpi()) == 64
    assert kpis.on_track(_kpi()) is False  # 64 < 70, higher is better
    assert kpis.on_track(_kpi(target=60)) is True
    assert kpis.on_track(_kpi(KpiDirection.LOWER, target=65)) is True  # 64 <= 65
    assert kpis.on_track(_kpi(KpiDirection.LOWER, target=60)) is False
    assert kpis.on_track(Kpi(target=1)) is None


def test_sparkline_scales_between_min_and_max():
    # 50, 54, 60, 64 in date order: (v - 50) / 14 * 7 -> 0, 2, 5, 7 -> ▁ ▃ ▆ █
    assert kpis.sparkline(_kpi()) == "▁▃▆█"
    flat = Kpi(measurements=[Measurement(date="2024-01-01", value=3)] * 2)
    assert kpis.sparkline(flat) == "▄▄"


def test_the_sample_checkout_kpi_is_drawn_on_its_card():
    journey = journey_file.load(template_path("sample-ecommerce-zh"))
    texts = " ".join(r.text for r in compute_layout(journey).card("card-ec-pu-met-1").texts)
    # 58, 57, 59, 63, 66, 68: (v - 57) / 11 * 7 -> 1, 0, 1, 4, 6, 7
    assert "▂▁▂▅▇█ 68% · 目标 70% · 未达标" in texts
