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


def _base_journey(path: Path) -> Path:
    from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind, Stage
    from journeycanvas.io import journey_file

    stages = [Stage(id=f"s{i}", name=n) for i, n in enumerate(["浏览", "购买", "售后"])]
    lane = Lane(id="l-tp", name="接触点", kind=LaneKind.TOUCHPOINTS)
    cards = [
        Card(id=f"c{i}", stage_id=f"s{i}", lane_id="l-tp", title=t)
        for i, t in enumerate(["商品详情", "支付", "退款"])
    ]
    journey_file.save(Journey(title="测试", language="zh", stages=stages, lanes=[lane],
                              cards=cards), path)  # fmt: skip
    return path


# 序号, then per stage: the channel used and the score (1-5)
WIDE_ROWS = [
    (1, "App", 5, "App", 4, "App", 4),
    (2, "App", 4, "门店", 2, "电话", 1),
    (3, "小程序", 4, "App", 5, "App", 5),
    (4, "App", 5, "电话", 1, "电话", 2),
    (5, "App", 3, "App", 4, "(跳过)", 3),
    (6, "App", 2, "门店", 1, "在线客服", 2),
]
STAGES = ["浏览", "购买", "售后"]


def _wide_export(path: Path) -> Path:
    header = ["序号", "提交答卷时间", "1、您通过哪个渠道浏览商品？", "2、您对【商品详情】的满意度",
              "3、您通过哪个渠道支付？", "4、您对【支付】环节的满意度", "5、售后您联系我们的渠道",
              "6、您对【退款】的满意度"]  # fmt: skip
    labels = ["非常不满意", "不满意", "一般", "满意", "非常满意"]
    rows = [header]
    for n, a, sa, b, sb, c, sc in WIDE_ROWS:
        rows.append([n, f"2025/9/{n} 10:00:00", a, labels[sa - 1], b, labels[sb - 1], c,
                     labels[sc - 1]])  # fmt: skip
    return write_csv(path, rows)


def _visits() -> dict[str, list[tuple[str, float]]]:
    """respondent -> (channel key or "", score) per stage, from WIDE_ROWS."""
    out = {}
    for n, *answers in WIDE_ROWS:
        pairs = [(answers[2 * k], answers[2 * k + 1]) for k in range(3)]
        out[str(n)] = [("" if ch == "(跳过)" else channel_key(ch), to_score(s)) for ch, s in pairs]
    return out


def test_a_wide_channel_question_ties_the_stages_scores_to_the_channel(tmp_path):
    base = _base_journey(tmp_path / "base.journey")
    sheet = _wide_export(tmp_path / "问卷星.csv")
    from journeycanvas.io import journey_file

    journey, _, the_plan = import_sheet(sheet, ImportOptions(), journey_file.load(base))
    assert sorted(the_plan.channels.values()) == [("售后", ""), ("浏览", ""), ("购买", "支付")]
    visits = _visits()
    stage_name = {s.id: s.name for s in journey.stages}
    # Every answer carries the channel its respondent named for that stage.
    for card in journey.cards:
        k = STAGES.index(stage_name[card.stage_id])
        for e in card.evidence:
            want = visits[e.respondent][k][0]
            assert channel_key(e.channel) == want if want else e.channel == ""
    # The matrix's cells, computed here from the rows.
    want_cells: dict[tuple[str, str], list[float]] = {}
    for per_stage in visits.values():
        for k, (ch, score) in enumerate(per_stage):
            if ch:
                want_cells.setdefault((ch, STAGES[k]), []).append(score)
    matrix = channel_matrix(journey)
    got = {(key, stage_name[sid]): c.scores for (key, sid), c in matrix.cells.items()}
    assert got == want_cells
    # Switches between consecutive stages, and the score after a switch or a stay.
    switched, stayed, per_person = [], [], {}
    pairs: dict[tuple[int, str, str], list[tuple[float, float]]] = {}
    for who, per_stage in visits.items():
        count = 0
        for k in range(2):
            (a, before), (b, after) = per_stage[k], per_stage[k + 1]
            if not a or not b:
                continue
            if a == b:
                stayed.append(after)
            else:
                switched.append(after)
                count += 1
                pairs.setdefault((k, a, b), []).append((before, after))
        per_person[who] = count
    s = matrix.switches
    assert sorted(s.after_switch) == sorted(switched)
    assert sorted(s.after_stay) == sorted(stayed)
    assert {k: v for k, v in s.per_respondent.items() if v} == {
        k: v for k, v in per_person.items() if v
    }
    # Breaks: a channel pair two or more respondents switched across, lowering the score.
    want_breaks = {
        (STAGES[k], a, b, len(ps), round(statistics.fmean(q for _p, q in ps)
                                         - statistics.fmean(p for p, _q in ps), 6))
        for (k, a, b), ps in pairs.items()
        if len(ps) >= 2
        and statistics.fmean(q for _p, q in ps) < statistics.fmean(p for p, _q in ps)
    }  # fmt: skip
    got_breaks = {
        (stage_name[b.from_stage], b.from_channel, b.to_channel, b.responses, round(b.change, 6))
        for b in s.breaks
    }
    assert want_breaks and got_breaks == want_breaks
    assert not any(b[1:3] == ("app", "hotline") for b in got_breaks)  # one respondent: no break


def test_a_channel_question_named_by_question_or_beside_its_question(tmp_path, capsys):
    rows = [["Response ID", "Which channel did you use to pay?", "How satisfied were you paying?",
             "Delivery rating"]]  # fmt: skip
    for n, (ch, pay, deliver) in enumerate([("App", 5, 5), ("Phone", 1, 1), ("App", 4, 2)]):
        rows.append([f"R{n}", ch, pay, deliver])
    sheet = write_csv(tmp_path / "survey.csv", rows)
    journey, _, the_plan = import_sheet(sheet)
    # No journey to place it: beside its question, it is about that question only.
    assert list(the_plan.channels.values()) == [("Survey", "How satisfied were you paying?")]
    by_title = {c.title: c for c in journey.cards}
    pay = by_title["How satisfied were you paying?"]
    assert [e.channel for e in pay.evidence] == ["App", "Phone", "App"]
    assert [e.channel for e in by_title["Delivery rating"].evidence] == ["", "", ""]
    # --question sends it to a whole stage instead.
    out = tmp_path / "j.journey"
    code = main(["import", str(sheet), "-o", str(out),
                 "--question", "How satisfied were you paying?=Purchase/Payment",
                 "--question", "Delivery rating=Delivery/Courier",
                 "--question", "Which channel did you use to pay?=Delivery/*"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    from journeycanvas.io import journey_file

    cards = {c.title: c for c in journey_file.load(out).cards}
    assert [e.channel for e in cards["Courier"].evidence] == ["App", "Phone", "App"]
    assert [e.channel for e in cards["Payment"].evidence] == ["", "", ""]


def test_the_import_dialog_shows_and_changes_what_a_channel_question_is_about(qtbot, tmp_path):
    from journeycanvas.app.import_dialog import ImportDialog
    from journeycanvas.canvas.document import JourneyDocument
    from journeycanvas.io import journey_file

    base = journey_file.load(_base_journey(tmp_path / "base.journey"))
    document = JourneyDocument(base)
    dialog = ImportDialog(document, _wide_export(tmp_path / "问卷星.csv"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    boxes = dialog.preview.channel_boxes
    assert sorted(boxes) == [2, 4, 6]
    assert boxes[2].currentText() == "Channel of every score at 浏览"
    assert boxes[4].currentText() == "Channel of 购买 / 支付"
    assert boxes[6].currentText() == "Channel of every score at 售后"
    assert dialog.preview.role_boxes[4].currentData() == "channel"
    # The user says the 售后 question is about 购买's scores instead, as picked from the list.
    box = boxes[6]
    index = box.findText("Channel of every score at 购买")
    assert index >= 0
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert dialog.preview.channel_boxes[6].currentText() == "Channel of every score at 购买"
    dialog.import_button.click()
    pay = next(c for c in document.journey.cards if c.title == "支付")
    for e in pay.evidence:  # both answers about 购买: 3 (pay) and 5 (after-sales), joined
        n = int(e.respondent)
        row = next(r for r in WIDE_ROWS if r[0] == n)
        want = [x for x in (row[3], row[5]) if x != "(跳过)"]
        assert e.channel == "; ".join(dict.fromkeys(want))
    refund = next(c for c in document.journey.cards if c.title == "退款")
    assert refund.evidence and all(e.channel == "" for e in refund.evidence)
