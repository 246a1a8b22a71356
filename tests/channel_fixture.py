"""A small journey whose channel answers are known by hand (tests/test_channel_analysis.py).

Three stages; each touchpoint card names its channel the way a team might
("商城 App", "mobile app", "App" are one channel). Scores by respondent:

    stage     card (channel)           r1  r2  r3  r4  r5  r6  r7  r8  r9 r10 r11 r12
    s1 浏览    t-page  (商城 App)        1   2   1   2
               t-ad    (百度)                            0   1
    s2 购买    t-cart  (mobile app)      1   2   2   1   2
               t-call  (电话)                                -2  -1  -2  -1
               t-shop  (门店)                                                1   0   1
    s3 售后    t-chat  (在线客服)        -1  -2  -1
               t-help  (App)                        1   2
"""

from __future__ import annotations

from journeycanvas.canvas.model import Card, Evidence, Journey, Lane, LaneKind, Stage

CARDS: list[tuple[str, str, str, str, list[tuple[str, float]]]] = [
    ("t-page", "s1", "商品详情页", "商城 App", [("r1", 1), ("r2", 2), ("r3", 1), ("r4", 2)]),
    ("t-ad", "s1", "搜索广告", "百度", [("r5", 0), ("r6", 1)]),
    (
        "t-cart",
        "s2",
        "购物车",
        "mobile app",
        [("r1", 1), ("r2", 2), ("r3", 2), ("r4", 1), ("r5", 2)],
    ),
    ("t-call", "s2", "电话下单", "电话", [("r6", -2), ("r7", -1), ("r8", -2), ("r9", -1)]),
    ("t-shop", "s2", "门店自提", "门店", [("r10", 1), ("r11", 0), ("r12", 1)]),
    ("t-chat", "s3", "在线咨询", "在线客服", [("r1", -1), ("r2", -2), ("r3", -1)]),
    ("t-help", "s3", "帮助中心", "App", [("r4", 1), ("r5", 2)]),
]


def channel_journey() -> Journey:
    stages = [Stage(id="s1", name="浏览"), Stage(id="s2", name="购买"), Stage(id="s3", name="售后")]
    lanes = [
        Lane(id="l-tp", name="接触点", kind=LaneKind.TOUCHPOINTS),
        Lane(id="l-pain", name="痛点", kind=LaneKind.PAIN_POINTS),
    ]
    cards = [
        Card(
            id=cid,
            stage_id=stage,
            lane_id="l-tp",
            title=title,
            channel=channel,
            evidence=[
                Evidence(id=f"ev-{cid}-{who}", score=score, respondent=who, text=f"{who} said")
                for who, score in answers
            ],
        )
        for cid, stage, title, channel, answers in CARDS
    ]
    return Journey(title="渠道测试", language="zh", stages=stages, lanes=lanes, cards=cards)
