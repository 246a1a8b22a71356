"""Wide survey exports with free-text questions, in each tool's shape (SURVEY_FORMATS.md).

Every builder writes a file and returns an :class:`Export`: what each respondent
answered, as the test's truth — the raw score per touchpoint and the words they
wrote, general or about one touchpoint. Skipped answers are written the way the
tool writes them ("(跳过)", blank) and stand as "" in the truth.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from sheet_fixtures import LIKERT_EN, LIKERT_ZH


@dataclass
class Export:
    path: Path
    stage: str  # the stage the importer puts a new survey's touchpoints in
    touchpoints: list[str]  # in question order
    scale: tuple[int, int]
    respondents: list[str]  # ids as the importer should keep them ("" where there are none)
    scores: list[list[int | None]]  # respondent -> the raw value per touchpoint
    general: list[str]  # respondent -> the general comment ("" when none)
    #: touchpoint -> respondent -> the words about that touchpoint
    about: dict[str, list[str]] = field(default_factory=dict)
    #: respondent -> the day they answered (completed, where the tool says so), YYYY-MM-DD
    dates: list[str] = field(default_factory=list)

    def text(self, who: int, touchpoint: str) -> str:
        """The evidence text a score of this respondent on this touchpoint should carry."""
        own = self.about.get(touchpoint, [""] * len(self.general))[who]
        return " / ".join(t for t in (own, self.general[who]) if t)


SCORES = [[5, 2, 4], [4, 1, None], [3, 2, 5], [1, 5, 3]]
POINTS_EN = ["Sign up", "Checkout", "Delivery"]
POINTS_ZH = ["下单", "支付", "配送"]
GENERAL_EN = [
    "Great app overall, but it logged me out twice.",
    "",
    "Delivery was faster than I expected, thank you!",
    "I would not recommend it to a friend.",
]
DELIVERY_EN = ["", "The parcel was left in the rain.", "", "The courier was rude to me."]
GENERAL_ZH = ["整体不错，就是老退出登录", "", "送货比预期快，谢谢！", "不会推荐给朋友"]
PAYMENT_ZH = ["扣款两次，退款很慢", "", "", "银行卡一直绑不上"]


def _csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _blank(v: object) -> object:
    return "" if v is None else v


def qualtrics_current(path: Path) -> Export:
    """Three header rows: ids, question text, ImportId JSON; text choices; Q2 is text entry."""
    ids = ["StartDate", "EndDate", "Status", "Progress", "Finished", "ResponseId",
           "Q1_1", "Q1_2", "Q1_3", "Q2"]  # fmt: skip
    q = "How satisfied were you with each step?"
    texts = ["Start Date", "End Date", "Response Type", "Progress", "Finished", "Response ID",
             *(f"{q} - {p}" for p in POINTS_EN), "Why did you give these ratings?"]  # fmt: skip
    imports = ["startDate", "endDate", "status", "progress", "finished", "_recordId",
               "QID1_1", "QID1_2", "QID1_3", "QID2_TEXT"]  # fmt: skip
    rows: list[list[object]] = [
        ids,
        texts,
        [json.dumps({"ImportId": i}, separators=(",", ":")) for i in imports],
    ]
    who = [f"R_{n:03d}xYz" for n in range(len(SCORES))]
    for n, scores in enumerate(SCORES):
        answers = [LIKERT_EN[v - 1] if v else "" for v in scores]
        # Started one day, finished the next: the finishing day dates the answers.
        start, end = f"2025-08-{27 + n} 23:58:00", f"2025-08-{28 + n} 00:03:00"
        meta = [start, end, "IP Address", "100", "True"]
        rows.append([*meta, who[n], *answers, GENERAL_EN[n]])
    _csv(path, rows)
    dates = [f"2025-08-{28 + n}" for n in range(len(SCORES))]
    return Export(path, "Survey", POINTS_EN, (1, 5), who, SCORES, GENERAL_EN, dates=dates)


def qualtrics_legacy(path: Path) -> Export:
    """Two header rows (ids V1… Q1_3, then the labels); numeric answers; 'Anything else'."""
    meta_ids = ["V1", "V2", "V3", "V5", "V6", "V7", "V8", "V9"]
    meta = ["ResponseID", "ResponseSet", "Name", "EmailAddress", "IPAddress", "StartDate",
            "EndDate", "Finished"]  # fmt: skip
    q = "How satisfied were you with each step?"
    rows: list[list[object]] = [
        [*meta_ids, "Q1_1", "Q1_2", "Q1_3", "Q2"],
        [*meta, *(f"{q} - {p}" for p in POINTS_EN), "Anything else you would like to tell us?"],
    ]
    who = [f"R_{n:03d}legacy" for n in range(len(SCORES))]
    for n, scores in enumerate(SCORES):
        rows.append(
            [who[n], "Default Response Set", "Anonymous", f"person{n}@example.com",
             f"203.0.113.{n}", f"2014-03-0{n + 1} 10:00:00", f"2014-03-1{n} 10:04:00", "1",
             *map(_blank, scores), GENERAL_EN[n]]
        )  # fmt: skip
    _csv(path, rows)
    dates = [f"2014-03-1{n}" for n in range(len(SCORES))]
    return Export(path, "Survey", POINTS_EN, (1, 5), who, SCORES, GENERAL_EN, dates=dates)


def surveymonkey(path: Path) -> Export:
    """Two header rows: the matrix question over its first column, the rows below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
               "How easy was each step?", None, None, "Anything else?"])  # fmt: skip
    ws.append([None, None, None, None, None, *POINTS_EN, "Open-Ended Response"])
    labels = ["1 - Very hard", "2 - Hard", "3 - Neutral", "4 - Easy", "5 - Very easy"]
    who = [str(11400000 + n) for n in range(len(SCORES))]
    for n, scores in enumerate(SCORES):
        ws.append(
            [int(who[n]), 4200, dt.datetime(2025, 9, 2, 9, n), dt.datetime(2025, 9, 3 + n, 9, 5),
             f"198.51.100.{n}", *(labels[v - 1] if v else None for v in scores), GENERAL_EN[n]]
        )  # fmt: skip
    wb.save(path)
    dates = [f"2025-09-0{3 + n}" for n in range(len(SCORES))]
    return Export(path, "Survey", POINTS_EN, (1, 5), who, SCORES, GENERAL_EN, dates=dates)


def google_forms(path: Path) -> Export:
    """One header row, a grid as 'Question [Row]', a question about one touchpoint by name."""
    grid = "How satisfied were you with each step?"
    rows: list[list[object]] = [
        ["Timestamp", "Email Address", *(f"{grid} [{p}]" for p in POINTS_EN),
         "What could we improve about delivery?", "Anything else you would like to tell us?"]
    ]  # fmt: skip
    for n, scores in enumerate(SCORES):
        rows.append(
            [f"2025/09/0{n + 1} 10:00:00 AM GMT+8", f"p{n}@example.com",
             *map(_blank, scores), DELIVERY_EN[n], GENERAL_EN[n]]
        )  # fmt: skip
    _csv(path, rows)
    return Export(
        path, "Survey", POINTS_EN, (1, 5), [""] * len(SCORES), SCORES, GENERAL_EN,
        {"Delivery": DELIVERY_EN}, [f"2025-09-0{n + 1}" for n in range(len(SCORES))],
    )  # fmt: skip


def microsoft_forms(path: Path) -> Export:
    """ID and times first; ratings as numbers; a free-text question known only by its answers."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["ID", "Start time", "Completion time", "Email", "Name",
               *(f"Rate: {p}" for p in POINTS_EN), "Your experience in a sentence"])  # fmt: skip
    for n, scores in enumerate(SCORES):
        start = 45900 + 2 * n + 0.4  # Excel serial times, as Forms writes them
        ws.append([n + 1, start, start + 1, "anonymous", "", *scores, GENERAL_EN[n] or None])
    wb.save(path)
    points = [f"Rate: {p}" for p in POINTS_EN]
    who = [str(n + 1) for n in range(len(SCORES))]
    # Serial 45900 is 2025-08-31; each respondent completed the day after starting.
    dates = [(dt.date(2025, 8, 31) + dt.timedelta(days=2 * n + 1)).isoformat() for n in range(4)]
    return Export(path, "Survey", points, (1, 5), who, SCORES, GENERAL_EN, dates=dates)


def wjx(path: Path) -> Export:
    """问卷星 readable text: metadata, 'N、题干' questions, a general and a 支付 question."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "问卷数据"
    ws.append(["序号", "提交答卷时间", "所用时间", "来源", "来自IP",
               *(f"{i + 1}、您对【{p}】环节的满意度" for i, p in enumerate(POINTS_ZH)),
               "4、您还有什么建议？", "5、您对【支付】环节有什么意见？", "总分"])  # fmt: skip
    for n, scores in enumerate(SCORES):
        ws.append(
            [n + 1, f"2025/9/{n + 1} 10:00:00", f"{90 + n}秒", "微信", f"123.{n}.45.6(浙江-杭州)",
             *(LIKERT_ZH[v - 1] if v else "(跳过)" for v in scores),
             GENERAL_ZH[n] or "(跳过)", PAYMENT_ZH[n] or "(空)", 7]
        )  # fmt: skip
    wb.save(path)
    who = [str(n + 1) for n in range(len(SCORES))]
    dates = [f"2025-09-0{n + 1}" for n in range(len(SCORES))]
    return Export(
        path, "问卷", POINTS_ZH, (1, 5), who, SCORES, GENERAL_ZH, {"支付": PAYMENT_ZH}, dates
    )


def tencent(path: Path) -> Export:
    """腾讯问卷: 编号 and times, 'N.题干' questions on 0-10, then '其他意见'."""
    rows: list[list[object]] = [
        ["编号", "开始答题时间", "结束答题时间", "答题时长",
         *(f"{i + 1}.您对{p}环节的满意度(0-10)" for i, p in enumerate(POINTS_ZH)), "4.其他意见"]
    ]  # fmt: skip
    scores10 = [[None if v is None else (v - 1) * 2 + 1 for v in s] for s in SCORES]
    scores10[0][0] = 10
    for n, scores in enumerate(scores10):
        rows.append(
            [n + 1, f"2025-09-0{n + 1} 23:59:00", f"2025-09-0{n + 2} 00:02:00", "180",
             *map(_blank, scores),
             GENERAL_ZH[n]]
        )  # fmt: skip
    _csv(path, rows, "gb18030")
    titles = [f"您对{p}环节的满意度" for p in POINTS_ZH]  # the scale hint is not the name
    who = [str(n + 1) for n in range(len(SCORES))]
    dates = [f"2025-09-0{n + 2}" for n in range(len(SCORES))]
    return Export(path, "问卷", titles, (0, 10), who, scores10, GENERAL_ZH, dates=dates)


#: name -> (file name, builder), for parametrised tests
EXPORTS = {
    "qualtrics": ("qualtrics.csv", qualtrics_current),
    "qualtrics-legacy": ("legacy.csv", qualtrics_legacy),
    "surveymonkey": ("monkey.xlsx", surveymonkey),
    "google-forms": ("google.csv", google_forms),
    "microsoft-forms": ("forms.xlsx", microsoft_forms),
    "wjx": ("问卷星.xlsx", wjx),
    "tencent": ("腾讯问卷.csv", tencent),
}
