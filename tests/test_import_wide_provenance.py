"""A wide survey export keeps each respondent's date and segment on every answer.

Each export of tests/survey_exports.py says the day each respondent finished;
every evidence item of that respondent must carry it (like a long sheet's date
column), and the wave is dated by the latest of them. A segment column
(客户类型) reaches the evidence and, from there, ``summary --json`` and the
per-segment figures the editor draws — checked against values computed here.
"""

from __future__ import annotations

import csv
import json
import statistics
from pathlib import Path

import openpyxl
import pytest
from survey_exports import EXPORTS

from journeycanvas.app.cli import main
from journeycanvas.canvas import research
from journeycanvas.io import journey_file
from journeycanvas.io.importers.importer import import_sheet


@pytest.mark.parametrize("name", list(EXPORTS))
def test_every_answer_of_a_wide_export_carries_its_respondents_date(tmp_path, name):
    file_name, build = EXPORTS[name]
    export = build(tmp_path / file_name)
    assert len(export.dates) == len(export.scores)
    journey, _, _ = import_sheet(export.path)
    evidence = [e for c in journey.cards for e in c.evidence]
    assert evidence
    # Each respondent's row: its answers all carry that respondent's day.
    row_of = sorted({e.row for e in evidence})
    assert len(row_of) == len(export.scores)
    for e in evidence:
        assert e.date == export.dates[row_of.index(e.row)], (e.respondent, e.row)
    assert journey.imports[-1].wave_date == max(export.dates)


def test_a_long_sheets_date_column_dates_each_answer(tmp_path):
    path = tmp_path / "访谈.csv"
    rows = [
        ["受访者", "阶段", "接触点", "评分", "访谈日期"],
        ["P1", "购买", "支付", "4", "2025-03-02"],
        ["P1", "售后", "退款", "2", "2025-03-02"],
        ["P2", "购买", "支付", "5", "2025/3/9"],
    ]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    journey, _, _ = import_sheet(path)
    dates = {(e.respondent, c.title): e.date for c in journey.cards for e in c.evidence}
    assert dates == {
        ("P1", "支付"): "2025-03-02",
        ("P1", "退款"): "2025-03-02",
        ("P2", "支付"): "2025-03-09",
    }


SEGMENT_ROWS = [  # 客户类型, 下单, 支付 (1-5), 建议
    ("企业客户", 5, 2, "发票开得太慢"),
    ("个人客户", 4, 4, ""),
    ("企业客户", 4, 1, "对公转账总失败"),
    ("个人客户", 2, 5, "还行"),
    ("企业客户", 3, 2, ""),
]


def _segment_export(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "提交答卷时间", "客户类型", "1、您对【下单】环节的满意度",
               "2、您对【支付】环节的满意度", "3、您还有什么建议？"])  # fmt: skip
    labels = ["非常不满意", "不满意", "一般", "满意", "非常满意"]
    for n, (group, order, pay, said) in enumerate(SEGMENT_ROWS):
        ws.append([n + 1, f"2025/9/{n + 1} 10:00:00", group, labels[order - 1],
                   labels[pay - 1], said or "(跳过)"])  # fmt: skip
    wb.save(path)
    return path


def _expected(column: int) -> dict[str, tuple[int, float]]:
    out: dict[str, tuple[int, float]] = {}
    for group in dict.fromkeys(r[0] for r in SEGMENT_ROWS):
        scores = [-2 + (r[column] - 1) for r in SEGMENT_ROWS if r[0] == group]  # 1-5 -> -2..+2
        out[group] = (len(scores), statistics.fmean(scores))
    return out


def test_a_wide_exports_segments_reach_summary_and_the_segment_figures(tmp_path, capsys):
    sheet = _segment_export(tmp_path / "问卷星.xlsx")
    out = tmp_path / "j.journey"
    assert main(["import", str(sheet), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["summary", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    points = {t["title"]: t for s in summary["stages"] for t in s["touchpoints"]}
    journey = journey_file.load(out)
    cards = {c.title: c for c in journey.cards if c.evidence}
    for title, column in (("下单", 1), ("支付", 2)):
        want = _expected(column)
        got = {g["name"]: (g["responses"], g["score"]) for g in points[title]["segments"]}
        assert set(got) == set(want)
        for group, (n, mean) in want.items():
            assert got[group][0] == n
            assert got[group][1] == pytest.approx(mean, abs=1e-4)
        # The figures the editor and the poster draw per segment come from the same evidence.
        drawn = {g.name: (g.responses, g.mean) for g in research.segments(cards[title])}
        assert drawn == {k: (n, pytest.approx(m)) for k, (n, m) in want.items()}
    # The per-segment data curves the import draws (issue 15) stand at the same means.
    title_of = {c.id: c.title for c in journey.cards}
    for group in ("企业客户", "个人客户"):
        curve = next(c for c in journey.curves if c.data and c.segment == group)
        points = {title_of[p.card_id]: p.score for p in journey.points_of(curve.id)}
        assert points == {
            title: pytest.approx(_expected(column)[group][1])
            for title, column in (("下单", 1), ("支付", 2))
        }
    # Every answer says its respondent's segment and day.
    for e in (e for c in journey.cards for e in c.evidence):
        assert e.segment == SEGMENT_ROWS[e.row - 2][0]
        assert e.date == f"2025-09-0{e.row - 1}"
