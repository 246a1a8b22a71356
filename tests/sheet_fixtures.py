"""Spreadsheets in the shapes consultants bring back (docs/ARCHITECTURE.md), built in code.

Each builder writes a file and returns the truth the test checks against: the
raw answers per (stage, touchpoint), so expected counts and means are computed
in the test, independently of the importer.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl

#: (respondent, stage, touchpoint, channel, score, quote) — an interview coding sheet
INTERVIEW_ROWS = [
    ("P01", "认知", "短视频广告", "抖音", 5, "广告挺有意思，会点进去看"),
    ("P02", "认知", "短视频广告", "抖音", 2, "广告太多了，很烦"),
    ("P03", "认知", "短视频广告", "抖音", 4, ""),
    ("P01", "认知", "朋友推荐", "微信", 7, "朋友说好用我才下的"),
    ("P02", "购买", "支付", "App", 1, "支付总是失败，扣款两次"),
    ("P03", "购买", "支付", "App", 2, "付款页面卡死"),
    ("P04", "购买", "支付", "App", 1, "银行卡绑不上"),
    ("P04", "购买", "优惠券", "App", 6, "新人券很划算"),
    ("P05", "使用", "配送", "快递", 3, "比承诺的晚了两天"),
    ("P05", "使用", "客服", "电话", None, "电话一直占线"),  # a quote without a score
    ("P06", "使用", "配送", "快递", 6, "包装很好"),
]

LIKERT_ZH = ["非常不满意", "不满意", "一般", "满意", "非常满意"]
LIKERT_EN = [
    "Very dissatisfied",
    "Dissatisfied",
    "Neither satisfied nor dissatisfied",
    "Satisfied",
    "Very satisfied",
]
AGREE_EN = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
]


def interview_xlsx(path: Path, rows=INTERVIEW_ROWS, header_hint: str = "(1-7)") -> Path:
    """Instructions on the first sheet; the coding sheet under a merged title and a blank row."""
    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "填写说明"
    notes["A1"] = "说明：每位受访者每个接触点一行。评分 1 = 非常不满意，7 = 非常满意。"
    notes["A3"] = "Instructions: one row per participant and touchpoint."
    ws = wb.create_sheet("访谈编码")
    ws["A1"] = "2025 年 9 月 用户访谈编码表"
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["受访者编号", "旅程阶段", "接触点", "渠道", f"评分{header_hint}", "原话"])
    for i, row in enumerate(rows):
        ws.append(list(row))
        if i == 3:
            ws.append([])  # a blank row inside the data
    wb.save(path)
    return path


def long_csv(path: Path, rows, encoding: str, delimiter: str = ",") -> Path:
    """English headers, one row per answer, written in an encoding Excel uses."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Participant", "Journey stage", "Touchpoint", "Channel", "Rating", "Verbatim"])
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# --- survey exports (wide layout) -------------------------------------------------

QUALTRICS_META = [
    "StartDate",
    "EndDate",
    "Status",
    "IPAddress",
    "Progress",
    "Duration (in seconds)",
    "Finished",
    "RecordedDate",
    "ResponseId",
]


def qualtrics_csv(path: Path, answers: list[list[str]], comments: list[str]) -> Path:
    """Three header rows (ids, question text, ImportId); text choices for three statements."""
    statements = ["Finding a product", "Checkout", "Delivery"]
    q = "How satisfied were you with each step?"
    ids = [*QUALTRICS_META, "Q1_1", "Q1_2", "Q1_3", "Q2"]
    texts = [
        "Start Date",
        "End Date",
        "Response Type",
        "IP Address",
        "Progress",
        "Duration (in seconds)",
        "Finished",
        "Recorded Date",
        "Response ID",
        *(f"{q} - {s}" for s in statements),
        "Why did you give these ratings?",
    ]
    import_ids = [f'{{"ImportId":"{i}"}}' for i in ids]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerows([ids, texts, import_ids])
    for n, (row, comment) in enumerate(zip(answers, comments, strict=True)):
        meta = [
            "2025-09-01 10:00:00",
            "2025-09-01 10:04:00",
            "0",
            f"203.0.113.{n + 1}",
            "100",
            str(200 + n),
            "1",
            "2025-09-01 10:04:01",
            f"R_{n:04d}abc",
        ]
        writer.writerow([*meta, *row, comment])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def surveymonkey_xlsx(path: Path, answers: list[list[str]]) -> Path:
    """Two header rows: the question over its first column, then the options."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet"
    ws.append(
        [
            "Respondent ID",
            "Collector ID",
            "Start Date",
            "End Date",
            "IP Address",
            "How much do you agree: the step was easy",
            None,
            None,
            "Anything else?",
        ]
    )
    ws.append(
        [None, None, None, None, None, "Sign up", "Top up", "Withdraw", "Open-Ended Response"]
    )
    for n, row in enumerate(answers):
        ws.append(
            [
                11400000 + n,
                4200,
                dt.datetime(2025, 9, 2, 9, n),
                dt.datetime(2025, 9, 2, 9, n + 5),
                f"198.51.100.{n}",
                *row,
                "",
            ]
        )
    wb.save(path)
    return path


WJX_QUESTIONS = [
    "1、您对【下单】环节的满意度",
    "2、您对【支付】环节的满意度",
    "3、您对【配送】环节的满意度",
]


def wjx_xlsx(path: Path, answers: list[list[str]], advice: list[str]) -> Path:
    """问卷星 readable-text download: metadata first, questions as 'N、题干', labels."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "问卷数据"
    ws.append(
        [
            *("序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"),
            *WJX_QUESTIONS,
            *("4、您还有什么建议？", "总分"),
        ]
    )
    for n, (row, text) in enumerate(zip(answers, advice, strict=True)):
        ws.append(
            [
                n + 1,
                f"2025/9/{n % 28 + 1} 10:00:00",
                f"{90 + n}秒",
                "微信",
                "N/A",
                f"123.{n}.45.6(浙江-杭州)",
                *row,
                text,
                7,
            ]
        )
    wb.save(path)
    return path


def tencent_csv(path: Path, answers: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    """腾讯问卷: 编号 and times, then 'N.题干' questions; the first on 0-10."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(
        [
            *("编号", "开始答题时间", "结束答题时间", "答题时长"),
            *("1.您对支付环节的满意度(0-10)", "2.您对配送环节的评价", "3.其他意见"),
        ]
    )
    for n, row in enumerate(answers):
        writer.writerow(
            [n + 1, "2025-09-03 08:00:00", "2025-09-03 08:03:00", "180", *row, "" if n else "慢"]
        )
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


# --- hostile and broken files ------------------------------------------------------


def xml_bomb_xlsx(path: Path, tmp: Path) -> Path:
    """A real workbook whose data sheet declares the billion-laughs entities and uses them."""
    plain = tmp / "plain.xlsx"
    interview_xlsx(plain)
    with zipfile.ZipFile(plain) as z:
        sheet = z.read("xl/worksheets/sheet2.xml").decode()
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    doctype = f"<!DOCTYPE worksheet [{entities}]>"
    declared = sheet.startswith("<?xml")
    sheet = sheet.replace("?>", "?>" + doctype, 1) if declared else doctype + sheet
    sheet = sheet.replace("<t>", "<t>&lol9;", 1)
    _rewrite_member(plain, path, "xl/worksheets/sheet2.xml", sheet.encode())
    return path


def zip_bomb_xlsx(path: Path, tmp: Path) -> Path:
    """A workbook whose sheet would expand to 64 MB from a few tens of KB."""
    plain = tmp / "plain2.xlsx"
    interview_xlsx(plain)
    payload = b'<?xml version="1.0"?><worksheet><sheetData>' + b" " * (64 << 20)
    _rewrite_member(plain, path, "xl/worksheets/sheet2.xml", payload + b"</sheetData></worksheet>")
    return path


def encrypted_xlsx(path: Path) -> Path:
    """What Excel writes for a password-protected xlsx: an OLE container holding
    the EncryptionInfo and EncryptedPackage streams (the directory entry names)."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    names = b"".join(
        n.encode("utf-16-le").ljust(64, b"\0") for n in ("EncryptionInfo", "EncryptedPackage")
    )
    path.write_bytes(header + names + bytes(2048))
    return path


def _rewrite_member(src: Path, dst: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == name else zin.read(info))
