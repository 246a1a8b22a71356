"""The xlsx Map sheet draws a spanning card over every column it spans, and carries
moments of truth (cards and steps), as the screen and the poster do."""

from __future__ import annotations

import openpyxl

from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind, Stage, Step
from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.options import ExportOptions
from journeycanvas.io.exporters.xlsx_export import MOMENT


def stepped() -> Journey:
    stages = [
        Stage(id="s0", name="Apply", steps=[Step(id="a", name="Form"), Step(id="b", name="Send")]),
        Stage(id="s1", name="Review"),
        Stage(id="s2", name="Decide", steps=[Step(id="c", name="Call", moment_of_truth=True)]),
    ]
    lanes = [
        Lane(id="l-tp", name="Touchpoints", kind=LaneKind.TOUCHPOINTS),
        Lane(id="l-back", name="Backstage", kind=LaneKind.BACKSTAGE),
    ]
    cards = [
        # Form, Send and Review: three columns across a stage boundary.
        Card(id="c1", stage_id="s0", step_id="a", lane_id="l-tp", title="Web form", span=3),
        Card(
            id="c2", stage_id="s2", step_id="c", lane_id="l-tp", title="Call", moment_of_truth=True
        ),
        # Overlapping spans in one lane share one merged cell.
        Card(id="c3", stage_id="s0", step_id="b", lane_id="l-back", title="Check", span=2),
        Card(id="c4", stage_id="s1", lane_id="l-back", title="Score", span=2),
        # A span past the last column is clamped, as on the map.
        Card(id="c5", stage_id="s0", step_id="a", lane_id="l-back", title="Log"),
    ]
    return Journey(title="Loan", stages=stages, lanes=lanes, cards=cards)


def map_sheet(journey: Journey, tmp_path):
    target = tmp_path / "map.xlsx"
    export(journey, str(target), ExportOptions())
    book = openpyxl.load_workbook(target)
    return book, book.worksheets[0]


def merged(sheet) -> set[str]:
    return {str(r) for r in sheet.merged_cells.ranges}


def test_a_spanning_card_fills_one_merged_cell_over_every_column_it_spans(tmp_path):
    _book, sheet = map_sheet(stepped(), tmp_path)
    heads = [sheet.cell(row=1, column=c).value for c in range(1, 6)]
    assert heads == ["Lane", "Apply · Form", "Apply · Send", "Review", MOMENT + "Decide · Call"]
    # Row 2: touchpoints; "Web form" covers Form, Send and Review (B2:D2).
    assert "B2:D2" in merged(sheet)
    assert sheet["B2"].value == "Web form"
    assert sheet["E2"].value == MOMENT + "Call"
    # Row 3: backstage; Log alone in Form, then Check (Send+Review) overlapping
    # Score (Review+Call) share C3:E3.
    assert sheet["B3"].value == "Log"
    assert "C3:E3" in merged(sheet)
    assert sheet["C3"].value == "Check\n\nScore"
    assert not any(r.startswith("B3") for r in merged(sheet))


def test_a_map_without_steps_merges_stage_columns_too(tmp_path):
    journey = Journey(
        title="Plain",
        stages=[Stage(id=f"s{i}", name=f"Stage {i}") for i in range(4)],
        lanes=[Lane(id="l", name="Actions", kind=LaneKind.TEXT)],
        cards=[Card(id="c", stage_id="s1", lane_id="l", title="Wait", span=9)],
    )
    _book, sheet = map_sheet(journey, tmp_path)
    assert merged(sheet) == {"C2:E2"}  # clamped at the last stage
    assert sheet["C2"].value == "Wait"


def test_the_touchpoints_sheet_has_a_moment_of_truth_column(tmp_path):
    book, _sheet = map_sheet(stepped(), tmp_path)
    sheet = book.worksheets[1]
    assert sheet.cell(row=1, column=7).value == "Moment of truth"
    marks = {
        sheet.cell(row=r, column=2).value: sheet.cell(row=r, column=7).value
        for r in range(2, sheet.max_row + 1)
    }
    assert marks == {"Web form": None, "Call": MOMENT.strip()}
