"""KPIs on metric cards: the latest measurement, whether it meets the target, a sparkline.

"On track" means the latest measurement meets the target in the KPI's direction
(at or above it when higher is better, at or below when lower is); without a target
or a measurement there is no verdict. The sparkline is drawn with the eight block
characters ▁…█, so the one shared layout puts it on screen and poster as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from journeycanvas.canvas.model import Kpi, KpiDirection

BLOCKS = "▁▂▃▄▅▆▇█"

_WORDS = {
    "en": {
        "on": "on track",
        "off": "off track",
        "target": "target",
        "better": "better",
        "worse": "worse",
        "same": "unchanged",
    },
    "zh": {
        "on": "达标",
        "off": "未达标",
        "target": "目标",
        "better": "改善",
        "worse": "变差",
        "same": "持平",
    },
}


def latest(kpi: Kpi) -> float | None:
    return max(kpi.measurements, key=lambda m: m.date).value if kpi.measurements else None


def on_track(kpi: Kpi) -> bool | None:
    now = latest(kpi)
    if now is None or kpi.target is None:
        return None
    return now >= kpi.target if kpi.direction == KpiDirection.HIGHER else now <= kpi.target


def sparkline(kpi: Kpi, width: int = 12) -> str:
    """The last ``width`` measurements in date order, scaled between their min and max."""
    values = [m.value for m in sorted(kpi.measurements, key=lambda m: m.date)][-width:]
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return BLOCKS[3] * len(values)
    return "".join(BLOCKS[round((v - low) / (high - low) * (len(BLOCKS) - 1))] for v in values)


def _number(x: float, unit: str) -> str:
    return f"{x:g}{unit}"


def badge(kpi: Kpi, language: str) -> tuple[str, str] | None:
    """ "▁▃▅█ 4.1% · target 5% · off track", coloured by the verdict."""
    now = latest(kpi)
    if now is None:
        return None
    w = _WORDS.get(language.split("-")[0].lower(), _WORDS["en"])
    parts = [f"{sparkline(kpi)} {_number(now, kpi.unit)}"]
    if kpi.target is not None:
        parts.append(f"{w['target']} {_number(kpi.target, kpi.unit)}")
    verdict = on_track(kpi)
    colour = "#6B6B6B"
    if verdict is not None:
        parts.append(w["on"] if verdict else w["off"])
        colour = "#2E7D32" if verdict else "#C62828"
    return " · ".join(parts), colour


@dataclass(frozen=True)
class KpiChange:
    """How a KPI moved around a date: ``before`` is the last measurement dated before it
    (none: the baseline), ``after`` the latest on or after it. Without a date, ``before``
    is the baseline (none: the first measurement) and ``after`` the latest."""

    kpi: Kpi
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def good(self) -> bool | None:
        """True when it moved the way the KPI's direction calls better; None: no change."""
        change = self.change
        if not change:
            return None
        return change > 0 if self.kpi.direction == KpiDirection.HIGHER else change < 0

    def mark(self, language: str) -> str:
        """ "59% → 68% ▲ better" (▲/▼ the way it moved; the word says good or bad)."""
        if self.before is None or self.after is None:
            return ""
        w = _WORDS.get(language.split("-")[0].lower(), _WORDS["en"])
        unit = self.kpi.unit
        text = f"{_number(self.before, unit)} → {_number(self.after, unit)}"
        change = self.change or 0.0
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        verdict = w["same"] if self.good is None else w["better"] if self.good else w["worse"]
        return f"{text} {arrow} {verdict}"


def change_around(kpi: Kpi, date: str = "") -> KpiChange:
    ordered = sorted(kpi.measurements, key=lambda m: m.date)
    if date:
        earlier = [m.value for m in ordered if m.date < date]
        later = [m.value for m in ordered if m.date >= date]
        before = earlier[-1] if earlier else kpi.baseline
        return KpiChange(kpi, before, later[-1] if later else None)
    if kpi.baseline is not None:
        before = kpi.baseline
    else:
        before = ordered[0].value if len(ordered) > 1 else None
    return KpiChange(kpi, before, ordered[-1].value if ordered else None)


def update_kpi(journey, card_id: str, **fields):
    """Change fields of a card's KPI (making it one); measurements are kept in date order."""
    from journeycanvas.canvas import edits

    card = journey.card(card_id)
    base = card.kpi or Kpi()
    if "measurements" in fields:
        fields["measurements"] = sorted(fields["measurements"], key=lambda m: m.date)
    new = base.model_copy(update=fields)
    if new == card.kpi:
        return journey
    return edits.update_card(journey, card_id, kpi=new)


def clear_kpi(journey, card_id: str):
    from journeycanvas.canvas import edits

    if journey.card(card_id).kpi is None:
        return journey
    return edits.update_card(journey, card_id, kpi=None)
