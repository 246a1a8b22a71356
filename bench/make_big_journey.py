"""A big, deterministic journey for the speed benchmark: 40 stages, 2,000 cards.

Deterministic (a seeded generator, fixed ids) so two runs measure the same map
and a regression shows as a change in the figures, not in the input.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from journeycanvas.canvas.model import (
    Card,
    EmotionPoint,
    Evidence,
    Journey,
    Lane,
    LaneKind,
    Persona,
    Stage,
)
from journeycanvas.io import journey_file

STAGES = 40
CARDS = 2000
_WORDS_EN = [
    "customer",
    "finds",
    "review",
    "price",
    "delivery",
    "support",
    "app",
    "login",
    "payment",
    "wait",
    "confusing",
    "fast",
    "helpful",
    "store",
    "coupon",
    "refund",
    "return",
    "account",
    "password",
    "checkout",
    "search",
    "filter",
]
_WORDS_ZH = list("顾客找不到评价价格配送客服登录支付等待退款优惠券搜索筛选会员积分门店")


def _text(rng: random.Random, words: int) -> str:
    en = " ".join(rng.choice(_WORDS_EN) for _ in range(words))
    zh = "".join(rng.choice(_WORDS_ZH) for _ in range(rng.randint(2, 8)))
    return f"{zh} {en}"


def make_big_journey(stages: int = STAGES, cards: int = CARDS, seed: int = 7) -> Journey:
    rng = random.Random(seed)
    stage_list = [Stage(id=f"s{i:03d}", name=f"阶段 {i + 1} Stage {i + 1}") for i in range(stages)]
    kinds = [k for k in LaneKind if k != LaneKind.EMOTIONS]
    lanes = [Lane(id=f"l-{k.value}", name=k.value.replace("_", " "), kind=k) for k in kinds]
    lanes.insert(4, Lane(id="l-emotions", name="emotions", kind=LaneKind.EMOTIONS))
    card_lanes = [lane for lane in lanes if lane.kind != LaneKind.EMOTIONS]
    card_list = []
    for n in range(cards):
        stage = stage_list[n % stages]
        lane = card_lanes[(n // stages) % len(card_lanes)]
        evidence = []
        if lane.kind == LaneKind.TOUCHPOINTS:
            evidence = [
                Evidence(id=f"ev{n}-{k}", text=_text(rng, 4), score=rng.choice([-2, -1, 0, 1, 2]))
                for k in range(3)
            ]
        card_list.append(
            Card(
                id=f"c{n:05d}",
                stage_id=stage.id,
                lane_id=lane.id,
                title=_text(rng, rng.randint(2, 6)),
                body=_text(rng, rng.randint(0, 12)) if n % 3 else "",
                evidence=evidence,
            )
        )
    points = [
        EmotionPoint(id=f"ep{i:03d}", stage_id=s.id, position=0.5, score=rng.choice([-2, -1, 1, 2]))
        for i, s in enumerate(stage_list)
    ]
    return Journey(
        id="journey-big",
        title="Big benchmark journey 大旅程",
        scenario="40 stages, 2,000 cards",
        language="zh",
        personas=[Persona(id="persona-1", name="小王", goals=["省时间"], quote="我要看真实评价")],
        stages=stage_list,
        lanes=lanes,
        cards=card_list,
        emotion_points=points,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("big.journey"))
    args = parser.parse_args()
    journey_file.save(make_big_journey(), args.output)
    print(args.output)


if __name__ == "__main__":
    main()
