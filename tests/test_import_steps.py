"""A coding sheet's step column (阶段步骤, 步骤, Step) puts each touchpoint in its step."""

from __future__ import annotations

import csv
import json

import pytest

from journeycanvas.app import cli
from journeycanvas.canvas.layout import compute_layout
from journeycanvas.canvas.model import Journey, LaneKind, Stage, Step
from journeycanvas.io import journey_file
from journeycanvas.io.importers.header_detection import role_of
from journeycanvas.io.importers.importer import import_sheet

ROWS = [
    ("P01", "申请", "填写申请", "申请表", 2, "字段太多"),
    ("P02", "申请", "填写申请", "申请表", 1, "重复填写"),
    ("P01", "申请", "上传材料", "上传页面", 4, "还算顺利"),
    ("P02", "审批", "等待审批", "进度查询", 1, "看不到进度"),
    ("P03", "审批", "", "客服热线", 3, ""),
]


def sheet(path, header: str):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["受访者", "阶段", header, "接触点", "评分（1-5）", "原话"])
        writer.writerows(ROWS)
    return path


@pytest.mark.parametrize("header", ["阶段步骤", "步骤", "Step"])
def test_a_step_column_is_recognised_by_its_header(header):
    assert role_of(header) == ("step", 2)


@pytest.mark.parametrize("header", ["阶段步骤", "步骤", "Step"])
def test_each_touchpoint_lands_in_its_step(tmp_path, header):
    journey, _collected, plan = import_sheet(sheet(tmp_path / "codes.csv", header))
    assert plan.mapping.column_of("step").header == header
    apply_stage = next(s for s in journey.stages if s.name == "申请")
    assert [s.name for s in apply_stage.steps] == ["填写申请", "上传材料"]
    by_title = {
        c.title: c for c in journey.cards if journey.lane(c.lane_id).kind == LaneKind.TOUCHPOINTS
    }
    steps = {s.id: s.name for stage in journey.stages for s in stage.steps}
    assert steps[by_title["申请表"].step_id] == "填写申请"
    assert steps[by_title["上传页面"].step_id] == "上传材料"
    assert steps[by_title["进度查询"].step_id] == "等待审批"
    assert by_title["客服热线"].step_id is None  # no step named: the stage's first column
    # The curve follows: the point of a touchpoint in a step sits inside that step.
    lay = compute_layout(journey)
    (curve,) = lay.curves
    for point in journey.emotion_points:
        if point.step_id is not None:
            column = lay.step(point.step_id).column
            drawn = next(p for p in curve.points if p.point_id == point.id)
            assert column.x <= drawn.x <= column.right
    Journey.model_validate(journey.model_dump())


def test_a_touchpoint_named_as_a_step_of_its_stage_goes_into_it(tmp_path):
    base = Journey(
        title="t",
        language="zh",
        stages=[
            Stage(
                id="s-apply",
                name="申请",
                steps=[Step(id="st1", name="材料"), Step(id="st2", name="申请表")],
            )
        ],
    )
    path = tmp_path / "plain.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["受访者", "阶段", "接触点", "评分（1-5）"])
        writer.writerows([("P1", "申请", "申请表", 2), ("P2", "申请", "申请表", 4)])
    journey, _, _ = import_sheet(path, base=base)
    (card,) = [c for c in journey.cards if c.title == "申请表"]
    assert card.step_id == "st2"


def test_the_command_line_imports_the_steps(tmp_path, capsys):
    out = tmp_path / "out.journey"
    assert cli.main(["import", str(sheet(tmp_path / "codes.csv", "步骤")), "-o", str(out)]) == 0
    capsys.readouterr()
    assert cli.main(["summary", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {s["name"]: s["steps"] for s in data["stages"]}["申请"] == ["填写申请", "上传材料"]
    assert journey_file.load(out).stages[0].steps


def test_an_xlsx_export_with_steps_imports_back_into_the_same_steps(tmp_path):
    import openpyxl

    from journeycanvas.io.exporters.export_file import export

    journey, _, _ = import_sheet(sheet(tmp_path / "codes.csv", "步骤"))
    out = export(journey, tmp_path / "steps.xlsx")
    grid = openpyxl.load_workbook(out).worksheets[0]
    headers = [c.value for c in grid[1][1:]]
    assert "申请 · 填写申请" in headers and "申请 · 上传材料" in headers

    again, _, plan = import_sheet(out)
    assert plan.mapping.column_of("step") is not None

    def placed(j):
        steps = {s.id: s.name for stage in j.stages for s in stage.steps}
        return {
            (j.stage(c.stage_id).name, c.title): steps.get(c.step_id)
            for c in j.cards
            if j.lane(c.lane_id).kind == LaneKind.TOUCHPOINTS
        }

    first = placed(journey)
    # A card without a step sits in its stage's first step, and the sheet says so.
    first[("审批", "客服热线")] = "等待审批"
    assert placed(again) == first
