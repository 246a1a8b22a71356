"""Imports keep every channel a touchpoint was used on, and the channel view counts each.

A long sheet may score one touchpoint on several channels (one row per
channel, or "App; 门店" in one cell); a wide survey may ask per stage which
channel the respondent used. Each answer keeps its channel, and the channel x
stage matrix counts it there — checked against means computed in the test.
"""

from __future__ import annotations

import csv
import json
import statistics
from pathlib import Path

from journeycanvas.app.cli import main
from journeycanvas.canvas.analysis.channel_names import channel_key
from journeycanvas.canvas.analysis.channels import channel_matrix
from journeycanvas.io.importers.importer import ImportOptions, import_sheet


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


# respondent, stage, touchpoint, channel, score (1-5)
LONG_ROWS = [
    ("P1", "购买", "支付", "App", 5),
    ("P2", "购买", "支付", "门店", 2),
    ("P3", "购买", "支付", "App; 门店", 4),
    ("P4", "购买", "支付", "商城 App", 4),
    ("P5", "购买", "支付", "门店", 1),
    ("P1", "售后", "退款", "电话", 2),
    ("P2", "售后", "退款", "在线客服", 4),
]


def to_score(raw: int) -> float:
    return -2 + (raw - 1)  # 1-5 onto -2..+2


def expected_cells() -> dict[tuple[str, str], list[float]]:
    """(channel key, stage) -> scores, "App; 门店" counting for both, "商城 App" as App."""
    cells: dict[tuple[str, str], list[float]] = {}
    for _who, stage, _point, channels, raw in LONG_ROWS:
        for part in channels.split(";"):
            cells.setdefault((channel_key(part.strip()), stage), []).append(to_score(raw))
    return cells


def test_a_long_sheet_keeps_every_channel_of_a_touchpoint(tmp_path, capsys):
    sheet = write_csv(
        tmp_path / "访谈.csv",
        [["受访者", "阶段", "接触点", "渠道", "评分(1-5)"], *map(list, LONG_ROWS)],
    )
    journey, _, _ = import_sheet(sheet)
    pay = next(c for c in journey.cards if c.title == "支付")
    assert [channel_key(p) for p in pay.channel.split("、")] == ["app", "store"]
    assert [e.channel for e in pay.evidence] == [r[3] for r in LONG_ROWS if r[2] == "支付"]
    matrix = channel_matrix(journey)
    stage_of = {s.id: s.name for s in journey.stages}
    got = {(key, stage_of[sid]): cell.scores for (key, sid), cell in matrix.cells.items()}
    assert got == expected_cells()
    # summary --json says the same per channel and stage.
    out = tmp_path / "j.journey"
    assert main(["import", str(sheet), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["summary", str(out), "--json"]) == 0
    channels = json.loads(capsys.readouterr().out)["channels"]
    for channel in channels:
        key = channel_key(channel["name"])
        for stage in channel["stages"]:
            scores = expected_cells().get((key, stage["stage"]), [])
            assert stage["responses"] == len(scores)
            want = round(statistics.fmean(scores), 4) if scores else None
            assert stage["score"] == want, (channel["name"], stage["stage"])
    assert {channel_key(c["name"]) for c in channels} == {"app", "store", "hotline", "live_chat"}
