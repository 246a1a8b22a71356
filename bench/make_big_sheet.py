"""A big, deterministic interview coding sheet for the import benchmark.

100,000 rows in the long layout (one row per participant and touchpoint) under a
title row, on the second sheet after an instructions sheet — the shape
docs/ARCHITECTURE.md describes, only larger. Seeded, so every run imports the same
file. Written with openpyxl's write-only mode (writing is what openpyxl is for).

    python bench/make_big_sheet.py -o /tmp/big.xlsx --rows 100000
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import openpyxl

STAGES = {
    "认知": ["短视频广告", "朋友推荐", "搜索结果", "应用商店"],
    "考虑": ["商品详情页", "用户评价", "比价", "客服咨询"],
    "购买": ["购物车", "优惠券", "支付", "下单确认"],
    "使用": ["配送", "开箱", "安装", "售后"],
    "忠诚": ["会员积分", "复购提醒", "推荐好友", "评价晒单"],
}
CHANNELS = ["App", "小程序", "网站", "电话", "门店"]
QUOTES = [
    "页面加载太慢了，等了半天",
    "客服回复很及时，问题解决了",
    "优惠规则看不懂",
    "支付失败了两次才成功",
    "包装很好，没有破损",
    "Delivery was two days late.",
    "Easy to find what I wanted.",
    "",
]


def make(path: Path, rows: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    points = [(s, t) for s, ts in STAGES.items() for t in ts]
    wb = openpyxl.Workbook(write_only=True)
    notes = wb.create_sheet("说明")
    notes.append(["每位受访者每个接触点一行；评分 1 = 非常不满意，5 = 非常满意。"])
    ws = wb.create_sheet("访谈编码")
    ws.append(["用户访谈编码表（基准测试）"])
    ws.append([])
    ws.append(["受访者编号", "阶段", "接触点", "渠道", "评分(1-5)", "原话"])
    for i in range(rows):
        stage, point = points[i % len(points)]
        score = rng.choice((1, 2, 3, 4, 5)) if rng.random() > 0.03 else None
        quote = rng.choice(QUOTES) if rng.random() < 0.4 else ""
        ws.append([f"P{i // len(points):05d}", stage, point, rng.choice(CHANNELS), score, quote])
    wb.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("big_sheet.xlsx"))
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    make(args.output, args.rows)
    print(f"{args.output}: {args.rows:,} rows, {args.output.stat().st_size / 2**20:.1f} MB")


if __name__ == "__main__":
    main()
