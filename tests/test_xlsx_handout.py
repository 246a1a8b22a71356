"""The xlsx as a handout: printable, rows sized for their text, title, personas and curve."""

from __future__ import annotations

import openpyxl
import pytest
from export_helpers import SAMPLES, sample

from journeycanvas.io.exporters.export_file import export
from journeycanvas.io.exporters.xlsx_export import LINE_POINTS, text_lines


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    journey = sample("sample-online-course-zh")
    out = export(journey, tmp_path_factory.mktemp("x") / "h.xlsx")
    return journey, openpyxl.load_workbook(out)


def test_every_sheet_prints_landscape_one_page_wide_with_repeated_headers(book):
    journey, wb = book
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$A"
        assert sheet.oddHeader.center.text == journey.title


def test_rows_are_as_tall_as_their_wrapped_text(book):
    _journey, wb = book
    sheet = wb.worksheets[0]  # the map: whole cells of stacked card texts
    checked = 0
    for row in sheet.iter_rows(min_row=2):
        need = max(
            text_lines(c.value, sheet.column_dimensions[c.column_letter].width)
            for c in row
            if isinstance(c.value, str)
        )
        if need > 1:
            height = sheet.row_dimensions[row[0].row].height
            assert height is not None and height >= need * LINE_POINTS, row[0].row
            checked += 1
        for c in row:
            if isinstance(c.value, str):
                assert c.alignment.wrap_text
    assert checked >= 3


def test_personas_and_curve_have_their_own_sheets(book):
    journey, wb = book
    personas = wb.worksheets[3]
    names = [r[0] for r in personas.iter_rows(min_row=2, values_only=True)]
    assert names == [p.name for p in journey.personas]
    first = next(personas.iter_rows(min_row=2, values_only=True))
    assert first[4] == "\n".join(journey.personas[0].goals)
    curve = wb.worksheets[4]
    scores = [r[6] for r in curve.iter_rows(min_row=2, values_only=True)]
    # Every curve's points, curve after curve, each in journey order.
    ids = [c.id for c in journey.curves] or [None]
    assert scores == [p.score for k in ids for p in journey.points_of(k)]


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_has_the_handout_sheets(tmp_path, name):
    wb = openpyxl.load_workbook(export(sample(name), tmp_path / "s.xlsx"))
    assert len(wb.worksheets) == 5
    assert all(s.page_setup.orientation == "landscape" for s in wb.worksheets)


def test_wrapping_counts_wide_characters_twice():
    assert text_lines("abcd", 10) == 1
    assert text_lines("一二三四五六七八", 10) == 2  # 16 units in 9 a line
    assert text_lines("a\nb\nc", 10) == 3


def test_importing_the_xlsx_back_keeps_the_journey_title(tmp_path):
    from journeycanvas.io.importers.importer import import_sheet

    journey = sample("sample-bank-loan-zh")
    imported, _collected, _plan = import_sheet(export(journey, tmp_path / "loan-data.xlsx"))
    assert imported.title == journey.title  # not the file name "loan-data"


def test_same_title_touchpoints_and_touchpoints_without_evidence_come_back(tmp_path):
    from conftest import make_journey

    from journeycanvas.canvas.model import Card, Evidence
    from journeycanvas.io.importers.importer import import_sheet

    journey = make_journey()
    lane = next(la for la in journey.lanes if la.kind == "touchpoints")
    stage = journey.stages[0].id
    cards = [c for c in journey.cards if c.lane_id != lane.id] + [
        Card(
            stage_id=stage,
            lane_id=lane.id,
            title="Call",
            evidence=[Evidence(text="slow", score=-2.0)],
        ),
        Card(
            stage_id=stage,
            lane_id=lane.id,
            title="Call",
            evidence=[Evidence(text="kind", score=2.0)],
        ),
        Card(stage_id=stage, lane_id=lane.id, title="Letter", channel="post"),
    ]
    journey = journey.model_copy(update={"cards": cards, "emotion_points": []})
    imported, _collected, _plan = import_sheet(export(journey, tmp_path / "j.xlsx"))
    back = imported.touchpoint_cards(imported.stages[0].id)
    assert [(c.title, [e.text for e in c.evidence]) for c in back] == [
        ("Call", ["slow"]),
        ("Call", ["kind"]),
        ("Letter", []),
    ]
    assert back[2].channel == "post"
    assert [c.score for c in back] == [-2.0, 2.0, None]
