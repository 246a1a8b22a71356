"""What the map shows of the research: a data curve of its own, marks, labels."""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

from journeycanvas.canvas import style
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import EmotionPoint
from journeycanvas.io.importers import importer

HEADER = ["Respondent", "Stage", "Touchpoint", "Score (1-5)"]


def write_csv(path: Path, rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([HEADER, *rows])
    return path


def two_waves(tmp_path: Path):
    first = [[f"A{i}", "Buy", "Pay", 1 + i % 2] for i in range(20)]  # mean −1.5
    first += [["A100", "Buy", "Ship", 4], ["A101", "Buy", "Ship", 5]]
    later = [[f"B{i}", "Buy", "Pay", 4 + i % 2] for i in range(20)]  # mean +1.5
    j, _, _ = importer.import_sheet(write_csv(tmp_path / "w1.csv", first))
    j, _, _ = importer.import_sheet(write_csv(tmp_path / "w2.csv", first + later), base=j)
    return j


def card_text(layout, journey, title: str) -> str:
    card = next(c for c in journey.cards if c.title == title and not c.suggested)
    return " ".join(r.text for r in layout.card(card.id).texts)


def test_cards_show_n_interval_wave_change_and_few_answers(tmp_path):
    journey = two_waves(tmp_path)
    layout = compute_layout(journey)
    pay = card_text(layout, journey, "Pay")
    assert "n=40 · +0.00 ±" in pay
    assert "▲ +3.0*" in pay  # −1.5 to +1.5, significant by Welch's test
    ship = card_text(layout, journey, "Ship")
    assert "few answers" in ship and "▲" not in ship  # one wave only: no change
    ship_card = next(c for c in layout.cards if "Ship" in " ".join(r.text for r in c.texts))
    badge = next(r for r in ship_card.texts if "few answers" in r.text)
    assert badge.color == style.LOW_CONFIDENCE  # marked in its own colour


def test_computed_points_form_their_own_curve_apart_from_hand_points(tmp_path):
    journey = two_waves(tmp_path)
    stage = journey.stages[0].id
    hand = EmotionPoint(stage_id=stage, position=0.95, score=-1.3, label="Workshop dip")
    journey = journey.model_copy(update={"emotion_points": [*journey.emotion_points, hand]})
    (curve,) = compute_layout(journey).curves
    data = [p for p in curve.points if p.data]
    assert len(data) == 2 and len(curve.points) == 3
    # The data curve runs through the two computed points only, not through −1.3.
    assert len(curve.data_segments) == 1
    (start, *_c, end) = curve.data_segments[0]
    assert {start, end} == {(p.x, p.y) for p in data}
    assert curve.segments == ()  # one hand point: no hand line to draw
    assert len(curve.confidence) == 2  # both touchpoints have an interval
    assert [r.text for r in curve.labels] == ["Workshop dip"]


def test_point_labels_never_overlap(tmp_path):
    journey = two_waves(tmp_path)
    stage = journey.stages[0].id
    crowd = [
        EmotionPoint(stage_id=stage, position=0.40 + 0.01 * i, score=0.0, label=f"note {i}")
        for i in range(6)
    ]
    journey = journey.model_copy(update={"emotion_points": crowd})
    (curve,) = compute_layout(journey).curves
    boxes = [(r.x, r.y, r.x + r.width, r.y + r.size) for r in curve.labels]
    assert 0 < len(boxes) < 6  # the ones that do not fit are left out
    for a, b in itertools.combinations(boxes, 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
