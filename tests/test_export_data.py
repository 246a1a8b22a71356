"""xlsx and Mermaid: data that leaves the map and comes back the same."""

from __future__ import annotations

import openpyxl
import pytest
from export_helpers import SAMPLES, sample

from journeycanvas.app.cli import main
from journeycanvas.canvas.model import Card, Evidence, LaneKind, summary
from journeycanvas.io import journey_file
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.mermaid import card_score, mermaid_score, to_mermaid
from journeycanvas.io.importers.importer import import_sheet
from journeycanvas.io.importers.mermaid import MermaidError, import_mermaid, parse_mermaid
from journeycanvas.io.mermaid_names import UNSCORED


def _scored_touchpoints(journey) -> dict:
    return {
        (stage["name"], point["title"]): (point["responses"], point["score"])
        for stage in summary(journey)["stages"]
        for point in stage["touchpoints"]
        if point["responses"]
    }


@pytest.mark.parametrize("name", SAMPLES)
def test_xlsx_evidence_imports_back_to_the_same_touchpoints(tmp_path, name):
    journey = sample(name)
    out = export(journey, tmp_path / f"{name}.xlsx")
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 5  # map, touchpoints, evidence, personas, curves
    grid = book.worksheets[0]
    assert [c.value for c in grid[1][1:]] == [s.name for s in journey.stages]
    assert grid.max_row == 1 + len(journey.lanes)
    texts = "".join(str(c.value or "") for row in grid.iter_rows() for c in row)
    assert all(card.title in texts for card in journey.cards)

    imported, _collected, plan = import_sheet(out)
    assert plan.source.table.sheet == book.sheetnames[2]  # the importer finds the evidence
    before = _scored_touchpoints(journey)
    assert before and _scored_touchpoints(imported) == before
    words = {e.text for c in journey.cards for e in c.evidence if e.score is not None}
    assert words <= {e.text for c in imported.cards for e in c.evidence}


def test_touchpoint_sheet_lists_responses_and_mean_scores(tmp_path):
    journey = sample("sample-ecommerce-en")
    sheet = openpyxl.load_workbook(export(journey, tmp_path / "t.xlsx")).worksheets[1]
    rows = {r[1]: (r[4], r[5]) for r in sheet.iter_rows(min_row=2, values_only=True)}
    for stage in journey.stages:
        for card in journey.touchpoint_cards(stage.id):
            responses, mean = rows[card.title]
            assert responses == card.responses
            assert mean == (None if card.score is None else pytest.approx(card.score))


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1:A2)", "\tTab", "\rCR"],
)
def test_formula_like_text_stays_text(journey, tmp_path, text):
    lane = next(la for la in journey.lanes if la.kind == "touchpoints")
    card = Card(
        stage_id=journey.stages[0].id,
        lane_id=lane.id,
        title=text,
        body=text,
        evidence=[Evidence(text=text, score=1.0, respondent=text)],
    )
    journey = journey.model_copy(update={"cards": [*journey.cards, card]})
    book = openpyxl.load_workbook(export(journey, tmp_path / "f.xlsx"))
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    text = text.replace("\r", "\n")  # XML reads a bare CR back as LF
    hits = [c for c in cells if isinstance(c.value, str) and text in c.value]
    assert len(hits) >= 4  # map, touchpoint, evidence text and respondent
    assert all(c.data_type == "s" for c in hits)
    exact = [c for c in hits if c.value == text]
    assert exact and all(c.quotePrefix for c in exact)


def test_control_characters_do_not_break_the_workbook(journey, tmp_path):
    journey = journey.model_copy(update={"title": "bell\x07 and nul\x00"})
    journey.cards[0] = journey.cards[0].model_copy(update={"title": "a\x01b"})
    book = openpyxl.load_workbook(export(journey, tmp_path / "c.xlsx"))
    texts = [c.value for row in book.worksheets[0].iter_rows() for c in row]
    assert any(isinstance(t, str) and t.startswith("ab") for t in texts)


@pytest.mark.parametrize("name", SAMPLES)
def test_mermaid_export_then_import_keeps_stages_touchpoints_and_scores(tmp_path, name):
    journey = sample(name)
    out = export(journey, tmp_path / f"{name}.mmd")
    back = import_mermaid(out)
    assert [s.name for s in back.stages] == [s.name for s in journey.stages]
    for old, new in zip(journey.stages, back.stages, strict=True):
        cards = journey.touchpoint_cards(old.id)
        new_cards = back.touchpoint_cards(new.id)
        assert [c.title for c in new_cards] == [c.title for c in cards]
        for card, new_card in zip(cards, new_cards, strict=True):
            point = next(p for p in back.emotion_points if p.card_id == new_card.id)
            assert point.score == mermaid_score(card_score(journey, card)) - 3
    assert [p.name for p in back.personas] == [p.name for p in journey.personas]
    assert back.title == journey.title
    assert to_mermaid(back) == out.read_text(encoding="utf-8")  # a fixed point


def test_integer_scores_survive_exactly():
    text = (
        "journey\n  title Weekend shop\n  section Browse\n    Find item: 5: Ann, Bo\n"
        "    Compare: 1: Ann\n  section Buy\n    Pay: 3: Bo\n"
    )
    journey = parse_mermaid(text)
    assert [p.score for p in journey.ordered_points()] == [2.0, -2.0, 0.0]
    assert [p.name for p in journey.personas] == ["Ann", "Bo"]
    assert "      Find item: 5: Ann, Bo" in to_mermaid(journey).splitlines()


def test_reserved_characters_are_written_so_mermaid_can_parse_them(journey):
    lane = next(la for la in journey.lanes if la.kind == "touchpoints")
    card = Card(stage_id=journey.stages[0].id, lane_id=lane.id, title="Step 1: pay; #2")
    text = to_mermaid(journey.model_copy(update={"cards": [card]}))
    task = next(line for line in text.splitlines() if "pay" in line).strip()
    name, score, actors = task.split(":")
    assert ":" not in name and "#" not in name and ";" not in name
    assert score.strip() == "3"  # no evidence, no linked point: drawn neutral …
    assert text.splitlines()[text.splitlines().index(f"      {task}") + 1].strip() == UNSCORED
    assert actors.strip() == "小王"
    back = parse_mermaid(text)
    assert back.cards[0].title == "Step 1: pay; #2"
    assert back.emotion_points == []  # … and read back as no score


def test_front_matter_comments_and_errors():
    text = "---\ntitle: From front matter\n---\n%% a comment\njourney\n section A\n  t: 4: me\n"
    journey = parse_mermaid(text)
    assert journey.title == "From front matter" and journey.cards[0].title == "t"
    with pytest.raises(MermaidError, match="line 1"):
        parse_mermaid("flowchart LR\n A --> B\n")
    with pytest.raises(MermaidError, match="line 3"):
        parse_mermaid("journey\n section A\n  t: lots: me\n")


def test_import_command_reads_an_exported_mermaid_file(tmp_path):
    journey = sample("sample-bank-loan-zh")
    mmd = export(journey, tmp_path / "loan.mmd")
    out = tmp_path / "loan.journey"
    assert main(["import", str(mmd), "-o", str(out)]) == 0
    back = journey_file.load(out)
    assert [s.name for s in back.stages] == [s.name for s in journey.stages]


# --- several curves (issue 15) ------------------------------------------------------


def test_xlsx_has_a_sheet_with_every_curves_points(tmp_path):

    journey = sample("sample-ecommerce-en")
    out = export(journey, tmp_path / "ec.xlsx")
    sheet = openpyxl.load_workbook(out)["Emotion curves"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(journey.emotion_points)
    names = {c.id: c.name for c in journey.curves}
    people = {p.id: p.name for p in journey.personas}
    for curve in journey.curves:
        mine = [r for r in rows if r[0] == names[curve.id] and r[2] == people[curve.persona_id]]
        want = [p.score for p in journey.points_of(curve.id)]
        assert [r[6] for r in mine] == want, curve.name


def test_mermaid_writes_each_persona_with_its_curves_score_and_reads_it_back(tmp_path):
    journey = sample("sample-ecommerce-en")
    david = journey.personas[1]
    as_is = next(c for c in journey.curves if c.persona_id == david.id and c.kind == "as_is")
    out = export(journey, tmp_path / "ec.mmd")
    text = out.read_text(encoding="utf-8")
    purchase = next(s for s in journey.stages if s.name == "Purchase")
    his = [p.score for p in journey.points_of(as_is.id) if p.stage_id == purchase.id]
    want = mermaid_score(sum(his) / len(his))
    assert f"      Basket and checkout: {want}: {david.name}" in text.splitlines()
    back = import_mermaid(out)
    assert [c.title for c in back.cards] == [
        c.title for c in journey.cards if c.lane_id == journey.lanes_of(LaneKind.TOUCHPOINTS)[0].id
    ]
    (his_curve,) = [c for c in back.curves if c.persona_id == back.personas[1].id]
    basket = next(c for c in back.cards if c.title == "Basket and checkout")
    point = next(p for p in back.points_of(his_curve.id) if p.card_id == basket.id)
    assert point.score == want - 3
