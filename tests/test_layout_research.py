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


def chips_of(layout, journey, title: str):
    """(text, ink, ground) of each chip on a touchpoint card: the runs drawn on a chip."""
    card = next(c for c in journey.cards if c.title == title and not c.suggested)
    drawn = layout.card(card.id)
    return [(r.text, r.color, r.ground) for r in drawn.texts if r.ground], drawn


def test_cards_show_evidence_as_chips_not_running_text(tmp_path):
    journey = two_waves(tmp_path)
    layout = compute_layout(journey)
    pay, pay_card = chips_of(layout, journey, "Pay")
    texts = [t for t, _ink, _ground in pay]
    assert texts[:2] == ["+0.00", "40"]  # the mean's pill, then the answers
    assert texts[2].startswith("±")  # the 95 % interval
    assert "▲ +3.0*" in texts  # −1.5 to +1.5, significant by Welch's test
    significant = next(g for t, _i, g in pay if t == "▲ +3.0*")
    assert significant == style.SIGNIFICANT  # a filled chip, not a coloured word
    # No running text left: nothing reads "n=40 · +0.00" any more.
    assert not any("n=" in r.text or " · " in r.text for r in pay_card.texts)
    # Each chip is a drawn pill behind its text: as many filled or outlined rounded
    # boxes as chips, the score's pill tinted with the score's colour.
    pills = [s for s in pay_card.marks if s.kind == "rect" and s.coords[4] * 2 == s.coords[3]]
    assert len(pills) == len(pay)
    assert pills[0].stroke == style.score_color(0.0)
    ship, _ = chips_of(layout, journey, "Ship")
    assert ("few answers", "#FFFFFF", style.LOW_CONFIDENCE) in ship
    assert not any("▲" in t for t, _i, _g in ship)  # one wave only: no change


def test_chips_wrap_inside_a_narrow_card(tmp_path):
    journey = two_waves(tmp_path)
    for stage in journey.stages:
        stage.width = 120
    layout = compute_layout(journey)
    _chips, card = chips_of(layout, journey, "Pay")
    for shape in card.marks:
        if shape.kind == "rect":
            x, _y, w, _h, _r = shape.coords
            assert card.rect.x <= x and x + w <= card.rect.right
    rows = {round(s.coords[1]) for s in card.marks if s.kind == "rect" and s.coords[4] > 3}
    assert len(rows) >= 2  # the chips went on to a second row rather than spill out


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
    # The hand point's label, and each data point labelled with its touchpoint.
    assert sorted(r.text for r in curve.labels) == ["Pay", "Ship", "Workshop dip"]


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
