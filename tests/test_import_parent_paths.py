"""The import's parent, after the table arrives, gives what it gave before its shortcuts.

Each shortcut here stands in for work the import did again or for nothing: the
roles a sheet's columns were given while the sheet was chosen (``plan`` detected
them a second time), the step placement of a sheet without a step column, the
command's report. Each is held against the work it replaces, on the shapes of
sheets consultants bring back.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sheet_fixtures import INTERVIEW_ROWS, interview_xlsx, surveymonkey_xlsx, wjx_xlsx

from journeycanvas.canvas.model import Card, ImportRecord, Lane, LaneKind
from journeycanvas.io.importers import aggregate, data_curves, importer
from journeycanvas.io.importers.answers import RESPONDENT, ROW, TEXT, AnswerColumns, Collected
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.importer import ImportOptions
from journeycanvas.io.importers.mapping import detect

WJX = [["非常满意", "满意", "一般"], ["一般", "不满意", "满意"], ["满意", "非常满意", "一般"]]
MONKEY = [["Agree", "Disagree", "Strongly agree"], ["Disagree", "Strongly disagree", "Agree"]]


def _sheets(tmp_path: Path) -> list[Path]:
    return [
        interview_xlsx(tmp_path / "interviews.xlsx"),
        wjx_xlsx(tmp_path / "wjx.xlsx", WJX, ["太慢", "", "还行"]),
        surveymonkey_xlsx(tmp_path / "monkey.xlsx", MONKEY),
    ]


def _fields(mapping) -> dict:
    return {f.name: getattr(mapping, f.name) for f in dataclasses.fields(mapping)}


@pytest.mark.parametrize("which", range(3))
def test_the_plan_starts_from_the_roles_detected_as_the_sheet_was_chosen(tmp_path, which):
    path = _sheets(tmp_path)[which]
    source = importer.open_source(path, ImportOptions())
    assert source.detected is not None  # chosen among the sheets: detected once already
    fresh = detect(source.table, source.header)
    assert _fields(source.mapping()) == _fields(fresh)
    assert source.mapping() is not source.detected
    # The plan's choices change its own copy, never what a second plan starts from.
    options = ImportOptions(roles={0: "ignore"}, questions={1: ("S", "T")})
    importer.plan(source, options)
    assert _fields(source.detected) == _fields(fresh)
    planned = importer.plan(source, ImportOptions())
    source.detected = None  # the plan detects the roles itself, as it always did
    fresh_plan = importer.plan(source, ImportOptions())
    assert _fields(planned.mapping) == _fields(fresh_plan.mapping)


def test_a_sheet_named_by_the_user_is_detected_by_the_plan(tmp_path):
    path = interview_xlsx(tmp_path / "interviews.xlsx")
    source = importer.open_source(path, ImportOptions(sheet="访谈编码"))
    assert source.detected is None
    planned = importer.plan(source, ImportOptions(sheet="访谈编码"))
    assert planned.mapping.layout == "long"


def test_roles_detected_for_another_table_are_not_taken(tmp_path):
    path = interview_xlsx(tmp_path / "interviews.xlsx")
    source = importer.open_source(path, ImportOptions())
    other = importer.open_source(
        wjx_xlsx(tmp_path / "wjx.xlsx", WJX, ["", "", ""]), ImportOptions()
    )
    source.detected = other.detected  # stale: made from another sheet
    mapping = source.mapping()
    assert mapping.table is source.table
    assert _fields(mapping) == _fields(detect(source.table, source.header))


def test_the_interview_rows_import_with_the_detected_roles(tmp_path):
    journey, collected, _plan = importer.import_sheet(interview_xlsx(tmp_path / "i.xlsx"))
    assert collected.responses == sum(1 for r in INTERVIEW_ROWS if r[4] is not None)
    assert {c.title for c in journey.cards if c.evidence} >= {"支付", "配送"}


def test_answer_columns_are_the_answers_fields_and_follow_a_new_or_grown_list():
    answers = [
        ("S", "T", "App", 1.0, "slow", "P1", 2, ""),
        ("S", "U", "", None, "", "", 3, "7"),
    ]
    collected = Collected(answers=answers)
    fields = collected.columns()
    for index in range(8):
        assert fields[index] == [a[index] for a in answers]
    assert collected.columns() is fields  # taken out once
    assert collected.responses == 1
    answers.append(("S", "T", "App", -2.0, "", "P2", 4, ""))  # grown: taken out afresh
    assert collected.columns() is not fields
    assert collected.columns()[ROW] == [2, 3, 4] and collected.responses == 2
    collected.answers = answers[:1]  # another list
    assert collected.columns()[TEXT] == ["slow"]


def test_the_build_takes_the_columns_of_its_own_answers_only(tmp_path):
    the_plan = importer.plan(
        importer.open_source(interview_xlsx(tmp_path / "i.xlsx"), ImportOptions()),
        ImportOptions(),
    )
    collected = importer.collect(the_plan)
    stale = AnswerColumns(list(reversed(collected.answers)))  # another list's columns
    record = ImportRecord(sha256="0" * 64, source="i.xlsx", sheet="s")
    start = aggregate.new_journey("t", "zh")
    made = aggregate.build(start, collected.answers, record, "i.xlsx", "s", fields=stale)
    plain = aggregate.build(start, collected.answers, record, "i.xlsx", "s")
    assert [c.title for c in made.cards] == [c.title for c in plain.cards]
    assert [list(c.evidence.texts) for c in made.cards] == [
        list(c.evidence.texts) for c in plain.cards
    ]


@pytest.mark.parametrize("stem", ["ev-0a1b2c", "ev-%x%%d", "a\x00b", ""])
def test_evidence_ids_formatted_at_once_equal_the_ids_formatted_one_by_one(stem):
    for first, count in ((1, 0), (1, 1), (7, 2), (255, 300), (1, 5000), (0xFFFF, 3)):
        one_by_one = [stem + format(k, "x") for k in range(first, first + count)]
        assert aggregate.evidence_ids(stem, first, count) == one_by_one


def _exact_estimate(collected, source: str, sheet: str) -> int:
    """The size check's estimate as it was worked out before: every text encoded."""
    fixed = importer.EVIDENCE_OVERHEAD + len(source.encode()) + len(sheet.encode())
    return sum(
        fixed + len(a[TEXT].encode()) + len(a[RESPONDENT].encode()) for a in collected.answers
    )


def test_the_size_check_refuses_exactly_the_answers_the_encoded_estimate_refuses(
    tmp_path, monkeypatch
):
    from journeycanvas.io import journey_file

    rows = [
        (f"受访者{i}", "购买", "支付", "App", 1 + i % 7, "付款页面卡死 🙁" * (i % 3))
        for i in range(40)
    ]
    path = interview_xlsx(tmp_path / "i.xlsx", rows=rows)
    collected = importer.collect(
        importer.plan(importer.open_source(path, ImportOptions()), ImportOptions())
    )
    exact = _exact_estimate(collected, "i.xlsx", "访谈编码")
    chars = sum(len(a[TEXT]) + len(a[RESPONDENT]) for a in collected.answers)
    for limit in (exact - 1, exact, exact + 1, exact + chars, 4 * exact):
        monkeypatch.setattr(journey_file, "MAX_FILE_BYTES", limit)
        if exact > limit:
            with pytest.raises(SheetImportError, match="would make a journey of about"):
                importer._check_fits("i.xlsx", collected, "i.xlsx", "访谈编码", None)
        else:
            importer._check_fits("i.xlsx", collected, "i.xlsx", "访谈编码", None)


def test_touchpoint_places_found_in_one_pass_are_the_places_among_the_stage_cards(tmp_path):
    journey, _collected, _plan = importer.import_sheet(interview_xlsx(tmp_path / "i.xlsx"))
    front = Lane(name="Front", kind=LaneKind.FRONTSTAGE)
    back = Lane(name="Back", kind=LaneKind.BACKSTAGE)
    stages = [s.id for s in journey.stages]
    extra = [
        Card(stage_id=stages[k % len(stages)], lane_id=lane.id, title=f"c{k}")
        for k, lane in enumerate([front, back, front, front, back])
    ]
    # The frontstage lane first, its cards interleaved with the touchpoint lane's.
    journey = journey.model_copy(
        update={
            "lanes": [front, *journey.lanes, back],
            "cards": extra[:2] + journey.cards + extra[2:],
        }
    )
    places = data_curves._places(journey)
    for stage in journey.stages:
        row = journey.touchpoint_cards(stage.id)
        if not row:
            assert stage.id not in places
            continue
        found, count = places[stage.id]
        assert count == len(row)
        assert found == {c.id: next(i for i, d in enumerate(row) if d.id == c.id) for c in row}
