"""``export --plan``: the action plan workbook, by priority, under the overwrite policy."""

from __future__ import annotations

import json

import openpyxl
from test_improvements import _journey

from journeycanvas.app.cli import main
from journeycanvas.io import journey_file


def _saved(tmp_path):
    path = tmp_path / "plan.journey"
    journey_file.save(_journey(), path)
    return path


def test_plan_lists_improvements_by_priority(tmp_path, capsys):
    src = _saved(tmp_path)
    out = tmp_path / "plan.xlsx"
    assert main(["export", str(src), "-o", str(out), "--plan"]) == 0
    assert f"{out}: exported." in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:6] == ("Rank", "Improvement", "Stage", "Status", "Owner", "Due")
    # (80 + 60) / 2 / 2 = 35 before (90 + 90) / 2 / 5 = 18; the unscored one last.
    assert [r[1] for r in rows[1:4]] == ["Retry payment", "New checkout", "Unscored"]
    first = rows[1]
    assert first[3:5] == ("planned", "Li Na")
    assert first[7:12] == (80, 60, 2, 70, 35)
    assert first[12] == "Card declined"
    assert rows[3][11] is None
    assert "Priority = (customer value + business value) / 2 ÷ effort" in rows[5][0]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_plan_respects_the_overwrite_policy(tmp_path, capsys):
    src = _saved(tmp_path)
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"keep me")
    assert main(["export", str(src), "-o", str(out), "--plan"]) != 0
    assert out.read_bytes() == b"keep me"
    assert main(["export", str(src), "-o", str(out), "--plan", "--force"]) == 0
    assert out.read_bytes() != b"keep me"


def test_plan_refuses_other_formats_and_poster_options(tmp_path, capsys):
    src = _saved(tmp_path)
    assert main(["export", str(src), "-o", str(tmp_path / "plan.png"), "--plan"]) == 2
    assert "the action plan exports to .xlsx, .pdf only" in capsys.readouterr().err
    code = main(["export", str(src), "-o", str(tmp_path / "p.xlsx"), "--plan", "--dpi", "90"])
    assert code == 2 and not (tmp_path / "p.xlsx").exists()


def test_plan_carries_the_ab_result(tmp_path):
    from journeycanvas.io.exporters.plan_xlsx import plan_rows
    from journeycanvas.resources import template_path

    rows = plan_rows(journey_file.load(template_path("sample-ecommerce-en")))
    # 96 / 2400 = 4.0 %, 131 / 2380 = 5.5 %, lift 5.504 / 4.0 - 1 = +38 %.
    assert rows[0][14] == "Old page 4.0% · Final price 5.5% (+38% *) · winner Final price"


def test_summary_json_has_improvements(tmp_path, capsys):
    src = _saved(tmp_path)
    assert main(["summary", str(src), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["improvements"][0]["priority"] == 35.0
    assert "stages" in data and "title" in data
