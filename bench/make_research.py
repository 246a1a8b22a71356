"""Inputs of ``bench_research.py``: a 100,000-answer survey sheet and its journey.

A long-running survey: 1,000 touchpoints in 40 stages, 100 respondents each, every
answer scored 1-5 with a quote, in seven columns (respondent, stage, touchpoint,
channel, score, quote, date). The journey is what ``journeycanvas import`` makes of
that sheet, so it carries everything an import gives evidence (original answer,
scale, respondent, import link, dedup keys): about 20 MB in format 11 (evidence
tables; 46 MB as format 10's objects). Seeded,
never committed: made on demand in a temporary folder.

    python bench/make_research.py -o /tmp/research   # writes survey.xlsx, research.journey
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import openpyxl

STAGES = 40
TOUCHPOINTS = 1000
ROWS = 100_000
CHANNELS = ["App", "小程序", "网站", "电话", "门店"]
QUOTES = [
    "页面加载太慢了，等了半天才出来",
    "客服回复很及时，问题很快解决了",
    "优惠规则看不懂，不知道能不能叠加",
    "支付失败了两次才成功，很担心扣了两次钱",
    "包装很好，没有破损，送货员也很有礼貌",
    "Delivery was two days late and nobody told me.",
    "Easy to find what I wanted, the filters work well.",
    "The app logged me out in the middle of checkout.",
]


def make_sheet(path: Path, rows: int = ROWS, seed: int = 17) -> Path:
    """The survey as one header row and ``rows`` answers (openpyxl write-only mode)."""
    rng = random.Random(seed)
    per_stage = TOUCHPOINTS // STAGES
    points = [
        (f"阶段{s + 1:02d}", f"接触点 {s + 1:02d}-{t + 1:02d}")
        for s in range(STAGES)
        for t in range(per_stage)
    ]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("answers")
    ws.append(["受访者编号", "阶段", "接触点", "渠道", "评分(1-5)", "原话", "日期"])
    for i in range(rows):
        stage, point = points[i % len(points)]
        quote = f"{rng.choice(QUOTES)} #{i}"
        day = f"2026-{1 + (i // 10000) % 12:02d}-{1 + i % 28:02d}"
        ws.append(
            [
                f"R{i // len(points):05d}",
                stage,
                point,
                rng.choice(CHANNELS),
                rng.randint(1, 5),
                quote,
                day,
            ]
        )
    wb.save(path)
    return path


def make(folder: Path, rows: int = ROWS) -> tuple[Path, Path]:
    """``folder``/survey.xlsx and ``folder``/research.journey (imported from it)."""
    from journeycanvas.app.cli import main as cli

    folder.mkdir(parents=True, exist_ok=True)
    sheet = make_sheet(folder / "survey.xlsx", rows)
    journey = folder / "research.journey"
    if cli(["import", str(sheet), "-o", str(journey), "--force"]) != 0:
        raise SystemExit("the import of the benchmark sheet failed")
    return sheet, journey


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("research"))
    parser.add_argument("--rows", type=int, default=ROWS)
    args = parser.parse_args()
    sheet, journey = make(args.output, args.rows)
    print(f"{sheet}: {sheet.stat().st_size / 2**20:.1f} MB")
    print(f"{journey}: {journey.stat().st_size / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
