"""Build the bundled templates and sample journeys in resources/templates.

The templates are data, written by this script from the model API, so that they
always validate against the current model and can be regenerated after a schema
change. Every object gets a readable, deterministic id, so running the script
twice writes byte-identical files::

    python tools/build_templates.py                 # writes resources/templates/*.journey
    python tools/build_templates.py --out /tmp/t    # writes somewhere else
    python tools/build_templates.py --check         # exit 1 when a bundled file is stale

The samples are written once, with every text as a (Chinese, English) pair, and
built into a ``-zh`` and an ``-en`` journey with the same structure and the same
ids. Emotion points linked to a touchpoint card take the mean score of that
card's evidence, so the curve and the evidence always agree.
"""

# The samples are prose: long sentences stay on one line rather than being split.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import struct
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from journeycanvas.canvas.curve_edits import LINE_ORDER, PALETTE
from journeycanvas.canvas.model import (
    Card,
    Curve,
    CurveKind,
    EmotionPoint,
    Evidence,
    Experiment,
    ExperimentMeasure,
    ImportRecord,
    Improvement,
    ImprovementStatus,
    Journey,
    Kpi,
    KpiDirection,
    Lane,
    LaneKind,
    Link,
    Measurement,
    Metric,
    Persona,
    Segment,
    Stage,
    Step,
    Trigger,
    Variant,
)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "templates"
SUFFIX = ".journey"

LANGUAGES = ("zh", "en")
Text = tuple[str, str]  # (Chinese, English)

#: The standard lanes in NN/g order: kind, short code for ids, Chinese and English name.
LANES: list[tuple[LaneKind, str, Text]] = [
    (LaneKind.ACTIONS, "act", ("行为", "Actions")),
    (LaneKind.TOUCHPOINTS, "tp", ("接触点", "Touchpoints")),
    (LaneKind.CHANNELS, "ch", ("渠道", "Channels")),
    (LaneKind.THOUGHTS, "th", ("想法", "Thoughts")),
    (LaneKind.EMOTIONS, "emo", ("情感", "Emotions")),
    (LaneKind.PAIN_POINTS, "pain", ("痛点", "Pain points")),
    (LaneKind.OPPORTUNITIES, "opp", ("机会", "Opportunities")),
    (LaneKind.NEEDS, "need", ("需求与期望", "Needs & expectations")),
    (LaneKind.OWNERS, "own", ("负责部门", "Owners")),
    (LaneKind.METRICS, "met", ("指标", "Metrics")),
]

#: The default five stages: id slug, name, description.
DEFAULT_STAGES: list[tuple[str, Text, Text]] = [
    (
        "awareness",
        ("认知", "Awareness"),
        (
            "客户意识到需求，第一次接触到品牌。",
            "The customer realises a need and first hears of you.",
        ),
    ),
    (
        "consideration",
        ("考虑", "Consideration"),
        ("了解、比较不同的选择。", "They research and compare the options."),
    ),
    (
        "purchase",
        ("购买", "Purchase"),
        ("做出决定，下单并支付。", "They decide, order and pay."),
    ),
    (
        "use",
        ("使用", "Use"),
        (
            "收到并使用产品或服务，需要时获得支持。",
            "They receive and use the product or service, and get support when needed.",
        ),
    ),
    (
        "loyalty",
        ("忠诚", "Loyalty"),
        (
            "复购、续费、推荐给他人，或者流失。",
            "They come back, renew and recommend you, or leave.",
        ),
    ),
]

HIGHLIGHT = "#F28B82"


def pick(text: Text, lang: str) -> str:
    return text[LANGUAGES.index(lang)]


def lane_id(kind: LaneKind) -> str:
    return "lane-" + kind.value.replace("_", "-")


def standard_lanes(lang: str, kinds: Sequence[LaneKind] | None = None) -> list[Lane]:
    return [
        Lane(id=lane_id(kind), name=pick(name, lang), kind=kind)
        for kind, _code, name in LANES
        if kinds is None or kind in kinds
    ]


def placeholder_persona(lang: str) -> Persona:
    return Persona(
        id="persona-1",
        name=pick(("客户画像", "Persona"), lang),
        segment=Segment.CUSTOMER,
        description=pick(
            (
                "谁在经历这段旅程？写下他们的背景、场景和目标。",
                "Who is on this journey? Describe their background, situation and goals.",
            ),
            lang,
        ),
    )


AS_IS: Text = ("现状", "As-is")
TO_BE: Text = ("目标", "To-be")


def placeholder_curve(lang: str) -> Curve:
    """The one curve a new journey starts with: the placeholder persona's as-is."""
    return Curve(
        id="curve-1",
        name=pick(AS_IS, lang),
        kind=CurveKind.AS_IS,
        persona_id="persona-1",
        color=PALETTE[0],
        line=LINE_ORDER[0],
    )


# --- the blank and default templates ----------------------------------------


def blank(lang: str) -> Journey:
    return Journey(
        id=f"journey-blank-{lang}",
        title=pick(("未命名旅程", "Untitled journey"), lang),
        language=lang,
        personas=[placeholder_persona(lang)],
        curves=[placeholder_curve(lang)],
        stages=[
            Stage(id=f"stage-{i}", name=pick((f"阶段 {i}", f"Stage {i}"), lang))
            for i in range(1, 4)
        ],
        lanes=standard_lanes(lang, [LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS]),
    )


def default(lang: str) -> Journey:
    return Journey(
        id=f"journey-default-{lang}",
        title=pick(("客户旅程", "Customer journey"), lang),
        language=lang,
        personas=[placeholder_persona(lang)],
        curves=[placeholder_curve(lang)],
        stages=[
            Stage(id=f"stage-{slug}", name=pick(name, lang), description=pick(desc, lang))
            for slug, name, desc in DEFAULT_STAGES
        ],
        lanes=standard_lanes(lang),
    )


# --- the samples: specs written once in both languages ------------------------


@dataclass(frozen=True)
class EvidenceSpec:
    score: float
    respondent: str  # "P.." rows of the interview coding sheet, "R.." rows of the survey
    text: Text


@dataclass(frozen=True)
class CardSpec:
    title: Text
    body: Text
    channel: Text | None = None
    owner: Text | None = None
    evidence: tuple[EvidenceSpec, ...] = ()
    metrics: tuple[tuple[Text, Text], ...] = ()  # (name, value)
    color: str | None = None


def n(zh_title: str, en_title: str, zh_body: str, en_body: str, color: str | None = None):
    """A plain note."""
    return CardSpec((zh_title, en_title), (zh_body, en_body), color=color)


def hi(zh_title: str, en_title: str, zh_body: str, en_body: str) -> CardSpec:
    """A highlighted note: the one or two cards the story turns on."""
    return n(zh_title, en_title, zh_body, en_body, color=HIGHLIGHT)


def tp(
    title: Text,
    body: Text,
    channel: Text,
    owner: Text,
    *evidence: tuple[float, str, str, str],
) -> CardSpec:
    """A touchpoint card with its channel, owner and the customers' own words."""
    return CardSpec(
        title,
        body,
        channel=channel,
        owner=owner,
        evidence=tuple(EvidenceSpec(s, r, (zh, en)) for s, r, zh, en in evidence),
    )


def m(
    zh_title: str,
    en_title: str,
    zh_body: str,
    en_body: str,
    *metrics: tuple[str, str, str | Text],
) -> CardSpec:
    """A metrics card; a value is one string, or a (Chinese, English) pair."""
    return CardSpec(
        (zh_title, en_title),
        (zh_body, en_body),
        metrics=tuple(
            ((zh, en), value if isinstance(value, tuple) else (value, value))
            for zh, en, value in metrics
        ),
    )


@dataclass(frozen=True)
class StageSpec:
    slug: str  # the stage id is "stage-<slug>"
    code: str  # short code used in card ids
    name: Text
    description: Text


@dataclass(frozen=True)
class PointSpec:
    stage: str  # StageSpec.code
    position: float
    touchpoint: int  # 1-based index of the touchpoint card in that stage
    label: Text


@dataclass(frozen=True)
class CurveSpec:
    """A hand-drawn curve besides the story's as-is curve: (stage code, position,
    score, label) per point; ``persona`` 0 is the story's persona, 1 the second."""

    code: str
    name: Text
    kind: CurveKind
    persona: int
    points: tuple[tuple[str, float, float, Text], ...]


@dataclass
class Story:
    key: str  # file name part, e.g. "ecommerce"
    code: str  # id part, e.g. "ec"
    title: Text
    scenario: Text
    persona: dict[str, object]
    stages: list[StageSpec]
    cells: dict[str, dict[LaneKind, list[CardSpec]]]
    curve: list[PointSpec]
    interviews: tuple[str, Text]  # file, sheet
    survey: str  # csv file
    extra: dict[str, object] = field(default_factory=dict)
    #: A second persona (same keys as ``persona``) and curves besides the as-is one.
    persona2: dict[str, object] | None = None
    curves: tuple[CurveSpec, ...] = ()


def story_persona(p: dict[str, object], ident: str, lang: str) -> Persona:
    return Persona(
        id=ident,
        name=pick(p["name"], lang),
        segment=p["segment"],
        description=pick(p["description"], lang),
        goals=[pick(t, lang) for t in p["goals"]],
        needs=[pick(t, lang) for t in p["needs"]],
        pains=[pick(t, lang) for t in p["pains"]],
        quote=pick(p["quote"], lang),
    )


def story_curves(
    story: Story, personas: list[Persona], lang: str
) -> tuple[list[Curve], list[EmotionPoint]]:
    """The as-is curve of the story's persona first, then the story's other curves
    with their hand-placed points, each curve in a look of its own."""
    codes = {s.code: s for s in story.stages}
    first = Curve(
        id=f"curve-{story.code}-as-is",
        name=pick(AS_IS, lang),
        kind=CurveKind.AS_IS,
        persona_id=personas[0].id,
        color=PALETTE[0],
        line=LINE_ORDER[0],
    )
    curves, points = [first], []
    for i, spec in enumerate(story.curves, start=1):
        who = personas[spec.persona]
        curve = Curve(
            id=f"curve-{story.code}-{spec.code}",
            name=pick(spec.name, lang),
            kind=spec.kind,
            persona_id=who.id,
            color=PALETTE[i % len(PALETTE)],
            line=LINE_ORDER[i % len(LINE_ORDER)],
        )
        curves.append(curve)
        for k, (stage, position, score, label) in enumerate(spec.points, start=1):
            points.append(
                EmotionPoint(
                    id=f"ep-{story.code}-{spec.code}-{k}",
                    stage_id=f"stage-{codes[stage].slug}",
                    position=position,
                    score=score,
                    label=pick(label, lang),
                    curve_id=curve.id,
                )
            )
    return curves, points


def to_be_against_as_is(curves: list[Curve], persona_id: str) -> list[str]:
    """The persona's to-be minus its as-is (the first curve), printed per stage."""
    to_be = [c for c in curves[1:] if c.kind == CurveKind.TO_BE and c.persona_id == persona_id]
    return [to_be[0].id, curves[0].id] if to_be else []


def build_story(story: Story, lang: str) -> Journey:
    persona = story_persona(story.persona, f"persona-{story.code}", lang)
    personas = [persona]
    if story.persona2 is not None:
        personas.append(story_persona(story.persona2, f"persona-{story.code}-2", lang))
    curves, more_points = story_curves(story, personas, lang)
    stages = [
        Stage(id=f"stage-{s.slug}", name=pick(s.name, lang), description=pick(s.description, lang))
        for s in story.stages
    ]
    rows = {"P": 1, "R": 1}  # header in row 1, data from row 2, in order of appearance
    cards: list[Card] = []
    scores: dict[str, float] = {}
    for spec_stage, stage in zip(story.stages, stages, strict=True):
        cell_specs = story.cells[spec_stage.code]
        unknown = set(cell_specs) - {kind for kind, _c, _n in LANES}
        if unknown:
            raise ValueError(f"{story.key}/{spec_stage.code}: unknown lanes {unknown}")
        for kind, code, _name in LANES:
            for i, spec in enumerate(cell_specs.get(kind, []), start=1):
                card_id = f"card-{story.code}-{spec_stage.code}-{code}-{i}"
                evidence = []
                for j, ev in enumerate(spec.evidence, start=1):
                    kind_of_row = ev.respondent[0]
                    rows[kind_of_row] += 1
                    if kind_of_row == "P":
                        source, sheet = story.interviews[0], pick(story.interviews[1], lang)
                    else:
                        source, sheet = story.survey, ""
                    evidence.append(
                        Evidence(
                            id=f"ev-{story.code}-{spec_stage.code}-{code}-{i}-{j}",
                            text=pick(ev.text, lang),
                            score=ev.score,
                            source=source,
                            sheet=sheet,
                            row=rows[kind_of_row],
                            respondent=ev.respondent,
                        )
                    )
                card = Card(
                    id=card_id,
                    stage_id=stage.id,
                    lane_id=lane_id(kind),
                    title=pick(spec.title, lang),
                    body=pick(spec.body, lang),
                    color=spec.color,
                    channel=pick(spec.channel, lang) if spec.channel else "",
                    owner=pick(spec.owner, lang) if spec.owner else "",
                    evidence=evidence,
                    metrics=[
                        Metric(name=pick(name, lang), value=pick(value, lang))
                        for name, value in spec.metrics
                    ],
                )
                if card.score is not None:
                    scores[card.id] = round(card.score, 1)
                cards.append(card)
    codes = {s.code: s for s in story.stages}
    points = []
    for k, point in enumerate(story.curve, start=1):
        card_id = f"card-{story.code}-{point.stage}-tp-{point.touchpoint}"
        if card_id not in scores:
            raise ValueError(f"{story.key}: emotion point {k} links to {card_id}, no scored card")
        points.append(
            EmotionPoint(
                id=f"ep-{story.code}-{k}",
                stage_id=f"stage-{codes[point.stage].slug}",
                position=point.position,
                score=scores[card_id],
                label=pick(point.label, lang),
                card_id=card_id,
                curve_id=curves[0].id,
            )
        )
    return Journey(
        id=f"journey-sample-{story.key}-{lang}",
        title=pick(story.title, lang),
        scenario=pick(story.scenario, lang),
        language=lang,
        personas=personas,
        stages=stages,
        lanes=standard_lanes(lang),
        cards=cards,
        curves=curves,
        comparison=to_be_against_as_is(curves, persona.id),
        emotion_points=points + more_points,
    )


A = LaneKind.ACTIONS
TP = LaneKind.TOUCHPOINTS
CH = LaneKind.CHANNELS
TH = LaneKind.THOUGHTS
EMO = LaneKind.EMOTIONS
PAIN = LaneKind.PAIN_POINTS
OPP = LaneKind.OPPORTUNITIES
NEED = LaneKind.NEEDS
OWN = LaneKind.OWNERS
MET = LaneKind.METRICS


# --- sample 1: e-commerce, shoppers browse but do not buy ----------------------

_EC_APP = ("商城 App", "Store app")
_EC_OPS = ("电商运营部", "E-commerce team")
_EC_PRODUCT = ("电商产品部", "E-commerce product team")
_EC_MKT = ("品牌市场部", "Brand marketing")
_EC_CRM = ("用户运营部", "CRM team")

ECOMMERCE = Story(
    key="ecommerce",
    code="ec",
    title=("禾木家居商城：新客从浏览到首单", "Hemu Home store: from browsing to a first order"),
    scenario=(
        "新客被种草后进入品牌商城 App，反复浏览空气炸锅却迟迟不下单。访谈和埋点数据都指向同一个原因："
        "商品详情不清楚、没有评价，浏览到下单的转化率只有 2.1%。",
        "New shoppers come to the Hemu Home app after seeing the air fryer on social media, "
        "look at it again and again, and still don't buy. Interviews and analytics point the "
        "same way: unclear product pages and no reviews. Only 2.1% of visits end in an order.",
    ),
    persona={
        "name": ("林晓", "Emma Clarke"),
        "segment": Segment.PROSPECT,
        "description": (
            "29 岁，在上海一家互联网公司做产品运营，刚搬进租的一居室，想添几件小家电。"
            "下班后用手机逛，习惯先看评价再下单。",
            "29, a product manager at a tech company in Manchester. She has just moved into a "
            "one-bedroom flat and wants a few small appliances. She shops on her phone after "
            "work and always reads the reviews first.",
        ),
        "goals": [
            (
                "买到适合一个人用、好清洗的空气炸锅",
                "Find an air fryer for one that's easy to clean",
            ),
            ("不踩雷，预算 500 元以内", "Avoid a bad buy and stay under £60"),
            ("周末前收到货", "Have it delivered before the weekend"),
        ],
        "needs": [
            ("清楚的尺寸、容量和功率", "Clear size, capacity and power specs"),
            ("真实买家的评价和晒图", "Honest reviews and photos from real buyers"),
            ("一目了然的退换货规则", "A returns policy she can understand at a glance"),
        ],
        "pains": [
            (
                "详情页全是宣传图，找不到关键参数",
                "Product pages are all banners; the specs are hard to find",
            ),
            (
                "新品没有评价，不敢当第一个买",
                "No reviews on new products, so she won't be the first to buy",
            ),
            ("客服回复慢，问题得不到确定答复", "Slow customer service with no clear answers"),
        ],
        "quote": (
            "没有评价的东西，我一般不敢当第一个吃螃蟹的人。",
            "If nobody's reviewed it yet, I'm not going to be the first to take the risk.",
        ),
    },
    stages=[
        StageSpec(
            "awareness",
            "aw",
            ("认知", "Awareness"),
            (
                "在社交媒体上被种草，第一次听说这个品牌。",
                "Sees the product on social media and first hears of the brand.",
            ),
        ),
        StageSpec(
            "consideration",
            "co",
            ("考虑", "Consideration"),
            (
                "进 App 看详情页、找评价、问客服，决定买不买。",
                "Reads the product page, looks for reviews and asks questions before deciding.",
            ),
        ),
        StageSpec(
            "purchase",
            "pu",
            ("购买", "Purchase"),
            ("加购、领券、下单、支付。", "Adds to basket, applies a coupon, orders and pays."),
        ),
        StageSpec(
            "use",
            "us",
            ("使用", "Use"),
            ("收货、开箱、第一次使用。", "Receives, unboxes and uses it for the first time."),
        ),
        StageSpec(
            "loyalty",
            "lo",
            ("忠诚", "Loyalty"),
            ("写评价、复购、推荐给朋友。", "Reviews, buys again and recommends it to friends."),
        ),
    ],
    cells={
        "aw": {
            A: [
                n(
                    "刷到种草视频",
                    "Watches a creator video",
                    "在抖音刷到美食博主用空气炸锅做鸡翅，顺手点了关注。",
                    "Sees a food creator make chicken wings in the air fryer on TikTok and follows her.",
                ),
                n(
                    "搜索品牌口碑",
                    "Searches the brand",
                    "去小红书搜品牌名，想看看别人怎么说。",
                    "Searches the brand on Instagram and Google to see what people say.",
                ),
            ],
            TP: [
                tp(
                    ("达人种草视频", "Creator video"),
                    (
                        "合作达人发布的 60 秒测评视频，挂商城 App 链接。",
                        "A 60-second review by a partner creator, linking to the app.",
                    ),
                    ("抖音", "TikTok"),
                    _EC_MKT,
                    (
                        1,
                        "P03",
                        "视频里炸出来的鸡翅看着太香了，一下就被种草了。",
                        "The wings in the video looked amazing. I wanted one straight away.",
                    ),
                    (
                        1,
                        "P07",
                        "博主说特别好清洗，这点戳中我了。",
                        "She said it's really easy to clean, which is exactly what I care about.",
                    ),
                    (
                        0,
                        "P11",
                        "一看就是广告，不过拍得还不错。",
                        "Obviously an ad, but nicely shot.",
                    ),
                    (
                        2,
                        "P05",
                        "看完马上去搜了，之前完全没听过这个牌子。",
                        "I looked it up right after. I'd never heard of the brand before.",
                    ),
                ),
                tp(
                    ("小红书笔记", "Social posts"),
                    (
                        "品牌账号和少量用户发布的图文笔记。",
                        "Posts by the brand's account and a handful of customers.",
                    ),
                    ("小红书", "Instagram"),
                    _EC_MKT,
                    (
                        0,
                        "P02",
                        "笔记不多，翻来翻去就那几篇。",
                        "There are only a few posts; I kept seeing the same ones.",
                    ),
                    (
                        -1,
                        "P09",
                        "有几篇一看就是品牌自己发的，可信度一般。",
                        "Some were clearly posted by the brand itself, so I didn't really trust them.",
                    ),
                    (
                        1,
                        "P03",
                        "有人晒了用它烤蛋挞，挺心动的。",
                        "Someone posted egg tarts they'd made in it. That was tempting.",
                    ),
                ),
            ],
            CH: [
                n(
                    "抖音、小红书",
                    "TikTok, Instagram",
                    "短视频和图文笔记带来大部分新客。",
                    "Short videos and social posts bring in most new shoppers.",
                )
            ],
            TH: [
                n(
                    "看着挺好用",
                    "Looks handy",
                    "“一个人住，有这个做饭应该方便很多。”",
                    "“Living on my own, this could make cooking so much easier.”",
                )
            ],
            EMO: [
                n(
                    "好奇、心动",
                    "Curious, tempted",
                    "对产品有好感，但对品牌还不了解。",
                    "Likes the product but knows nothing about the brand yet.",
                )
            ],
            PAIN: [
                n(
                    "站外口碑少",
                    "Little word of mouth",
                    "除了达人视频，很难找到普通用户的真实分享。",
                    "Apart from creator videos there is hardly anything from ordinary customers.",
                )
            ],
            OPP: [
                n(
                    "鼓励买家晒单",
                    "Encourage customer posts",
                    "晒单返券，鼓励老客在小红书分享真实体验。",
                    "Give a voucher to customers who post honest photos and reviews.",
                )
            ],
            NEED: [
                n(
                    "可信的口碑",
                    "Opinions she can trust",
                    "想听听和自己一样的普通人怎么说。",
                    "Wants to hear from people like her, not just influencers.",
                )
            ],
            OWN: [
                n(
                    "品牌市场部",
                    "Brand marketing",
                    "负责达人合作和内容投放。",
                    "Runs creator partnerships and paid social.",
                )
            ],
            MET: [
                m(
                    "种草效率",
                    "Reach to visit",
                    "内容曝光带来多少进店。",
                    "How well content turns views into store visits.",
                    ("视频播放量", "Video views", ("120 万", "1.2M")),
                    ("点击进店率", "Click-through to the app", "3.4%"),
                )
            ],
        },
        "co": {
            A: [
                n(
                    "反复看详情页",
                    "Reads the product page",
                    "打开详情页来回滑了好几遍，找容量和尺寸。",
                    "Scrolls up and down the product page several times looking for capacity and size.",
                ),
                n(
                    "去别家比价",
                    "Compares elsewhere",
                    "切到天猫看同价位的其他品牌，比参数和评价。",
                    "Switches to Amazon to compare similar models on specs and reviews.",
                ),
                n(
                    "问客服",
                    "Asks a question",
                    "问客服炸篮能不能放洗碗机。",
                    "Asks customer service whether the basket is dishwasher-safe.",
                ),
            ],
            TP: [
                tp(
                    ("商品详情页", "Product page"),
                    (
                        "以大图海报为主，参数藏在最底部的一张图片里。",
                        "Mostly large lifestyle banners; the specs are an image at the very bottom.",
                    ),
                    _EC_APP,
                    _EC_OPS,
                    (
                        -2,
                        "P03",
                        "翻到最底下才找到容量，还是张图片，字小得根本看不清。",
                        "I had to scroll right to the bottom to find the capacity, and it was an image with tiny text.",
                    ),
                    (
                        -1,
                        "P07",
                        "全是氛围图，我只想知道能不能放进我家橱柜。",
                        "It's all mood shots. I just wanted to know if it fits in my kitchen cupboard.",
                    ),
                    (
                        -2,
                        "P11",
                        "一个地方写 1500W，另一个地方写 1350W，到底哪个对？",
                        "One place says 1500W and another says 1350W. Which is it?",
                    ),
                    (
                        -1,
                        "P02",
                        "没写炸篮是什么涂层，我挺在意这个的。",
                        "It doesn't say what the basket coating is, and that matters to me.",
                    ),
                    (
                        0,
                        "P09",
                        "图拍得挺好看，就是信息太少。",
                        "The photos are nice, there's just not much information.",
                    ),
                ),
                tp(
                    ("商品评价区", "Reviews section"),
                    (
                        "新品上架两个月，评价区仍显示“暂无评价”。",
                        "Two months after launch the reviews section still says “No reviews yet”.",
                    ),
                    _EC_APP,
                    _EC_OPS,
                    (
                        -2,
                        "P05",
                        "一条评价都没有，我怎么知道好不好用？",
                        "Not a single review. How am I supposed to know if it's any good?",
                    ),
                    (
                        -2,
                        "P03",
                        "没有评价的东西，我一般不敢当第一个吃螃蟹的人。",
                        "If nobody's reviewed it yet, I'm not going to be the first to take the risk.",
                    ),
                    (
                        -1,
                        "P08",
                        "同类产品别的平台都有几千条评价，这里是空的，有点奇怪。",
                        "Similar products have thousands of reviews elsewhere. Empty here feels odd.",
                    ),
                    (
                        -1,
                        "R0412",
                        "希望能看到买家秀，特别是实际大小。",
                        "I'd like to see customer photos, especially to judge the real size.",
                    ),
                ),
                tp(
                    ("在线客服", "Live chat"),
                    (
                        "工作日 9–18 点有人工客服，其余时间是机器人。",
                        "Human agents 9am to 6pm on weekdays, a bot the rest of the time.",
                    ),
                    ("App 内客服", "In-app chat"),
                    ("客服中心", "Customer service"),
                    (
                        -1,
                        "P07",
                        "晚上十点问的，机器人只会甩链接。",
                        "I asked at 10pm and the bot just kept sending me links.",
                    ),
                    (
                        0,
                        "P02",
                        "第二天人工回了，说能进洗碗机，但没说哪些部件可以。",
                        "Someone replied the next day and said it's dishwasher-safe, but not which parts.",
                    ),
                    (
                        -1,
                        "P11",
                        "问功率到底是多少，客服也说要去确认一下。",
                        "I asked which power rating was right and even they had to go and check.",
                    ),
                ),
            ],
            CH: [
                n(
                    "商城 App、天猫",
                    "Store app, Amazon",
                    "在品牌 App 里看，到大平台上比价。",
                    "Browses in the brand's app and compares prices on a marketplace.",
                )
            ],
            TH: [
                n(
                    "参数在哪？",
                    "Where are the specs?",
                    "“容量到底多大？放得进橱柜吗？”",
                    "“How big is it actually? Will it fit in the cupboard?”",
                ),
                n(
                    "怕踩雷",
                    "Afraid of a bad buy",
                    "“一条评价都没有，不会是智商税吧？”",
                    "“No reviews at all. Is this just a gimmick?”",
                ),
            ],
            EMO: [
                n(
                    "犹豫、不信任",
                    "Hesitant, distrustful",
                    "从心动变成怀疑，开始去别家看。",
                    "Interest turns into doubt and she starts looking elsewhere.",
                )
            ],
            PAIN: [
                hi(
                    "商品详情不清楚",
                    "Unclear product page",
                    "关键参数藏在图片里，前后数据还对不上。",
                    "Key specs are hidden in images and contradict each other.",
                ),
                hi(
                    "没有评价",
                    "No reviews",
                    "评价区是空的，没有真实买家的证据。",
                    "The reviews section is empty: no proof from real buyers.",
                ),
            ],
            OPP: [
                n(
                    "结构化参数表",
                    "Clear spec table",
                    "每个 SKU 在首屏下方放文字参数表，各处数据统一。",
                    "Give every SKU a plain-text spec table near the top and keep the numbers consistent.",
                ),
                n(
                    "首批体验官",
                    "Early reviewer programme",
                    "邀请 200 位老客免费试用，发布带图的真实评价。",
                    "Invite 200 existing customers to try it free and post honest reviews with photos.",
                ),
            ],
            NEED: [
                n(
                    "一眼看懂参数",
                    "Specs at a glance",
                    "尺寸、容量、功率、材质在首屏就能看到。",
                    "Size, capacity, power and materials visible without scrolling.",
                )
            ],
            OWN: [
                n(
                    "电商运营、客服",
                    "E-commerce, customer service",
                    "详情页内容归电商运营，详情页转化率是他们的 KPI；答疑归客服。",
                    "The e-commerce team owns product pages and their conversion KPI; customer service answers questions.",
                )
            ],
            MET: [
                m(
                    "详情页表现",
                    "Product page performance",
                    "大量访问停在详情页就流失了。",
                    "Many visits end on the product page.",
                    ("加购率", "Add-to-basket rate", "4.8%"),
                    ("详情页跳出率", "Product page bounce rate", "71%"),
                    ("浏览到下单转化率", "Visit-to-order conversion", "2.1%"),
                )
            ],
        },
        "pu": {
            A: [
                n(
                    "等券下单",
                    "Waits for a deal",
                    "等到满减活动，用新人券下了单。",
                    "Waits for a sale and orders with a new-customer coupon.",
                ),
                n("完成支付", "Pays", "用微信支付付款。", "Pays with Apple Pay."),
            ],
            TP: [
                tp(
                    ("购物车与结算", "Basket and checkout"),
                    (
                        "结算页要重新填地址，运费到最后一步才显示。",
                        "Checkout asks for the address again and shows delivery costs only at the last step.",
                    ),
                    _EC_APP,
                    _EC_PRODUCT,
                    (
                        -1,
                        "P05",
                        "运费到最后才冒出来，感觉被套路了。",
                        "Delivery costs only showed up at the end. Felt like a trick.",
                    ),
                    (
                        1,
                        "P03",
                        "新人券直接抵了 50，挺划算的。",
                        "The new-customer coupon took £8 off, which was a good deal.",
                    ),
                    (
                        0,
                        "P09",
                        "地址又要填一遍，有点烦，不过还好。",
                        "Had to type my address again. A bit annoying, but fine.",
                    ),
                    (
                        1,
                        "R0388",
                        "支付挺顺的，一次就成功了。",
                        "Payment was smooth and worked first time.",
                    ),
                ),
                tp(
                    ("下单确认通知", "Order confirmation"),
                    (
                        "支付后推送订单确认和预计送达时间。",
                        "After payment a notification confirms the order and the delivery date.",
                    ),
                    ("App 推送、短信", "Push notification, SMS"),
                    _EC_PRODUCT,
                    (
                        1,
                        "P07",
                        "马上收到确认，写着周五前送到，心里踏实了。",
                        "Got a confirmation straight away saying it'd arrive by Friday. That reassured me.",
                    ),
                    (
                        1,
                        "P02",
                        "短信里有物流链接，很方便。",
                        "The text had a tracking link, really handy.",
                    ),
                    (
                        0,
                        "P11",
                        "推送有点多，刚下完单又推了三条活动。",
                        "Too many notifications: three promotions right after I ordered.",
                    ),
                ),
            ],
            CH: [
                n(
                    "商城 App",
                    "Store app",
                    "下单和支付都在 App 里完成。",
                    "Ordering and payment happen in the app.",
                )
            ],
            TH: [
                n(
                    "赶上优惠了",
                    "Caught the deal",
                    "“有券还包邮，那就试试吧。”",
                    "“With the coupon and free delivery, I'll give it a go.”",
                )
            ],
            EMO: [
                n(
                    "稍微放心",
                    "Cautiously relieved",
                    "优惠抵消了一部分顾虑，但还是担心质量。",
                    "The discount eases some doubts, though she still worries about quality.",
                )
            ],
            PAIN: [
                n(
                    "运费后置",
                    "Hidden delivery costs",
                    "运费到最后一步才显示，让人觉得被套路。",
                    "Delivery costs appear only at the final step and feel like a trick.",
                )
            ],
            OPP: [
                n(
                    "提前显示到手价",
                    "Show the final price",
                    "在详情页直接显示券后到手价和运费。",
                    "Show the price after coupons, delivery included, on the product page.",
                )
            ],
            NEED: [
                n(
                    "价格透明",
                    "Transparent pricing",
                    "下单前就知道总共要付多少。",
                    "Knows the total before checkout.",
                )
            ],
            OWN: [
                n(
                    "电商产品部",
                    "E-commerce product team",
                    "负责购物车、结算和支付流程。",
                    "Owns the basket, checkout and payment flow.",
                )
            ],
            MET: [
                m(
                    "结算转化",
                    "Checkout conversion",
                    "从加购到支付的漏斗。",
                    "The funnel from basket to payment.",
                    ("结算完成率", "Checkout completion", "63%"),
                    ("购物车放弃率", "Basket abandonment", "37%"),
                )
            ],
        },
        "us": {
            A: [
                n(
                    "开箱试用",
                    "Unboxes and tries it",
                    "到货当晚就炸了一份薯条。",
                    "Makes chips the evening it arrives.",
                ),
                n(
                    "查食谱",
                    "Looks up recipes",
                    "找不同食材的温度和时间。",
                    "Looks up temperatures and times for different foods.",
                ),
            ],
            TP: [
                tp(
                    ("配送与开箱", "Delivery and unboxing"),
                    (
                        "次日达，箱子里附一张快速上手卡。",
                        "Next-day delivery, with a quick-start card in the box.",
                    ),
                    ("顺丰快递", "Courier"),
                    ("供应链与物流部", "Supply chain & logistics"),
                    (
                        2,
                        "P03",
                        "第二天就到了，包装挺用心的。",
                        "It arrived the next day and the packaging was lovely.",
                    ),
                    (
                        1,
                        "P05",
                        "比想象中小巧，橱柜刚好放得下。",
                        "Smaller than I expected. Fits the cupboard perfectly.",
                    ),
                    (
                        1,
                        "P09",
                        "上手卡很实用，不用翻说明书。",
                        "The quick-start card was useful; no need to dig through the manual.",
                    ),
                    (
                        -1,
                        "P11",
                        "泡沫塞得太多了，不太环保。",
                        "Far too much foam, not very eco-friendly.",
                    ),
                ),
                tp(
                    ("电子食谱", "Recipe guide"),
                    (
                        "扫码进入 App 里的食谱专区。",
                        "A QR code opens the recipe section in the app.",
                    ),
                    _EC_APP,
                    ("内容运营组", "Content team"),
                    (
                        2,
                        "P07",
                        "食谱写了温度和时间，照着做一次就成功。",
                        "The recipes give time and temperature. Got it right first time.",
                    ),
                    (1, "P02", "希望多一些一人份的菜谱。", "I'd love more recipes for one."),
                    (
                        1,
                        "P03",
                        "做出来的鸡翅比视频里还好吃。",
                        "The wings came out even better than in the video.",
                    ),
                ),
            ],
            CH: [
                n(
                    "快递、商城 App",
                    "Courier, store app",
                    "实物体验加上 App 里的食谱内容。",
                    "The product itself plus recipes in the app.",
                )
            ],
            TH: [
                n(
                    "比想象中好",
                    "Better than expected",
                    "“早知道这么好用，就不纠结那么久了。”",
                    "“If I'd known it was this good, I wouldn't have agonised for so long.”",
                )
            ],
            EMO: [
                n(
                    "惊喜、满意",
                    "Pleasantly surprised",
                    "产品本身超出预期，情绪明显回升。",
                    "The product beats her expectations and her mood lifts.",
                )
            ],
            PAIN: [
                n("包装不环保", "Wasteful packaging", "泡沫填充太多。", "Too much foam filling.")
            ],
            OPP: [
                n(
                    "把好体验变成评价",
                    "Turn delight into reviews",
                    "首次使用 3 天后邀请评价，附晒图指引。",
                    "Ask for a review three days after first use, with tips for adding photos.",
                )
            ],
            NEED: [
                n(
                    "快速上手",
                    "Quick start",
                    "不看说明书也能做出第一道菜。",
                    "Can cook a first dish without reading the manual.",
                )
            ],
            OWN: [
                n(
                    "物流部、内容运营组",
                    "Logistics, content team",
                    "配送体验归物流，食谱内容归内容运营。",
                    "Logistics owns delivery; the content team owns recipes.",
                )
            ],
            MET: [
                m(
                    "使用体验",
                    "First use",
                    "收货后 7 天内的反馈。",
                    "Feedback in the first seven days after delivery.",
                    ("准时送达率", "On-time delivery", "96%"),
                    ("7 天退货率", "7-day return rate", "1.8%"),
                )
            ],
        },
        "lo": {
            A: [
                n(
                    "写评价",
                    "Writes a review",
                    "收到返券提醒后，写了第一条带图评价。",
                    "Writes her first review with photos after a voucher reminder.",
                ),
                n(
                    "推荐给同事",
                    "Tells colleagues",
                    "午饭时给同事看自己做的鸡翅照片。",
                    "Shows colleagues photos of her wings at lunch.",
                ),
            ],
            TP: [
                tp(
                    ("评价邀请", "Review request"),
                    (
                        "收货 7 天后推送评价邀请，带图评价返 10 元券。",
                        "Seven days after delivery a notification asks for a review, with a voucher for photo reviews.",
                    ),
                    ("App 推送", "Push notification"),
                    _EC_CRM,
                    (
                        1,
                        "P03",
                        "券不多，但能帮到后面买的人，我愿意写。",
                        "The voucher's small, but I'm happy to write one if it helps the next person.",
                    ),
                    (
                        -1,
                        "P07",
                        "评价页要填的东西太多，写到一半就放弃了。",
                        "The review form asked for too much. I gave up halfway.",
                    ),
                    (
                        1,
                        "P05",
                        "看到自己的评价被置顶了，还挺有成就感。",
                        "My review got pinned to the top. That felt good.",
                    ),
                ),
                tp(
                    ("会员复购", "Member offers"),
                    (
                        "会员积分可换配件，定期推送新品。",
                        "Members earn points for accessories and hear about new products.",
                    ),
                    ("App、企业微信", "App, email"),
                    _EC_CRM,
                    (
                        1,
                        "P02",
                        "积分换了烘焙纸，挺实用。",
                        "Used my points on baking paper. Very practical.",
                    ),
                    (
                        -1,
                        "P09",
                        "推送太频繁了，我已经关掉通知。",
                        "Too many messages. I've turned notifications off.",
                    ),
                    (
                        1,
                        "P11",
                        "要是出一人份的电饭煲，我还会买。",
                        "If they make a rice cooker for one, I'd buy it.",
                    ),
                ),
                tp(
                    ("回访电话", "Follow-up call"),
                    (
                        "收货后客服中心打电话回访满意度，顺带介绍会员活动。",
                        "After delivery the service centre calls to ask about satisfaction and mentions member offers.",
                    ),
                    ("客服热线", "Phone"),
                    ("客服中心", "Service centre"),
                    (
                        -2,
                        "P07",
                        "刚收货就接到回访电话，问的全是推销。",
                        "A call came right after delivery, and it was all sales talk.",
                    ),
                    (
                        -1,
                        "P05",
                        "电话里问我满不满意，但说了问题也没人跟进。",
                        "They asked if I was happy, but nobody followed up on what I said.",
                    ),
                    (
                        -2,
                        "P11",
                        "上班时间打来，我直接挂了。",
                        "They called during work. I hung up.",
                    ),
                    (
                        -1,
                        "P03",
                        "回访可以，但发条消息就够了。",
                        "Checking in is fine, but a message would do.",
                    ),
                ),
            ],
            CH: [
                n(
                    "App、企业微信、朋友圈",
                    "App, email, word of mouth",
                    "老客运营加口碑传播。",
                    "Customer retention plus word of mouth.",
                )
            ],
            TH: [
                n(
                    "愿意推荐",
                    "Happy to recommend",
                    "“东西不错，就是一开始太难判断了。”",
                    "“It's a good product. It was just hard to tell at the start.”",
                )
            ],
            EMO: [
                n(
                    "认可、愿意分享",
                    "Approving, keen to share",
                    "开始信任品牌，复购要看有没有合适的新品。",
                    "She trusts the brand now; buying again depends on new products.",
                )
            ],
            PAIN: [
                n(
                    "评价流程繁琐",
                    "Tedious review form",
                    "评价页必填项多，很多人中途放弃。",
                    "Too many required fields; many people give up halfway.",
                )
            ],
            OPP: [
                n(
                    "一键评价",
                    "One-tap reviews",
                    "一键打分加可选晒图，评价同步到详情页首屏。",
                    "One-tap rating plus optional photos, shown at the top of the product page.",
                )
            ],
            NEED: [
                n(
                    "分享被看见",
                    "Recognition",
                    "希望自己的分享有用、被人看到。",
                    "Wants her review to be useful and seen.",
                )
            ],
            OWN: [
                n(
                    "用户运营部",
                    "CRM team",
                    "负责会员、评价激励和复购。",
                    "Owns membership, review incentives and repeat purchases.",
                )
            ],
            MET: [
                m(
                    "忠诚度",
                    "Loyalty",
                    "老客的推荐和复购。",
                    "Referrals and repeat purchases.",
                    ("NPS", "NPS", "+32"),
                    ("90 天复购率", "90-day repeat rate", "14%"),
                    ("带图评价率", "Photo review rate", "6%"),
                )
            ],
        },
    },
    curve=[
        PointSpec("aw", 0.3, 1, ("被种草", "Gets interested")),
        PointSpec("aw", 0.75, 2, ("口碑太少", "Few real opinions")),
        PointSpec("co", 0.2, 1, ("找不到参数", "Can't find the specs")),
        PointSpec("co", 0.5, 2, ("一条评价都没有", "No reviews at all")),
        PointSpec("co", 0.8, 3, ("客服答不上来", "Chat can't answer")),
        PointSpec("pu", 0.35, 1, ("领券下单", "Orders with a coupon")),
        PointSpec("pu", 0.75, 2, ("收到确认", "Order confirmed")),
        PointSpec("us", 0.3, 1, ("第二天到货", "Arrives next day")),
        PointSpec("us", 0.7, 2, ("第一次就做成功", "First dish works")),
        PointSpec("lo", 0.3, 1, ("写下评价", "Writes a review")),
        PointSpec("lo", 0.7, 2, ("推送太多", "Too many messages")),
    ],
    interviews=("interviews-2026-10.xlsx", ("访谈编码", "Coding")),
    survey="post-visit-survey-2026-09.csv",
    persona2={
        "name": ("陈建国", "David Chen"),
        "segment": Segment.CUSTOMER,
        "description": (
            "41 岁，两个孩子的父亲，在商城买过三次。知道要什么，只想快点买完、准时收到。",
            "41, a father of two who has ordered from the store three times. He knows what "
            "he wants and only wants to buy it quickly and have it arrive on time.",
        ),
        "goals": [
            ("几分钟内再买一次常用的东西", "Reorder the usual things in minutes"),
            ("用上会员积分和优惠", "Use his member points and offers"),
        ],
        "needs": [
            ("记住上次的地址和付款方式", "His last address and payment remembered"),
            ("准确的送达时间", "An accurate delivery time"),
        ],
        "pains": [
            ("每次都要重新找商品", "Has to search for the product every time"),
            ("积分规则看不懂", "Can't follow the points rules"),
        ],
        "quote": (
            "我是老客户了，别让我每次都从头来一遍。",
            "I've bought here before; don't make me start from scratch every time.",
        ),
    },
    curves=(
        CurveSpec(
            "to-be",
            TO_BE,
            CurveKind.TO_BE,
            0,
            (
                ("aw", 0.3, 1.0, ("被种草", "Gets interested")),
                ("co", 0.5, 1.0, ("参数和评价一目了然", "Specs and reviews at a glance")),
                ("pu", 0.5, 1.5, ("一步下单", "One-step checkout")),
                ("us", 0.5, 2.0, ("第一次就做成功", "First dish works")),
                ("lo", 0.5, 1.5, ("推荐给朋友", "Recommends it")),
            ),
        ),
        CurveSpec(
            "returning-as-is",
            AS_IS,
            CurveKind.AS_IS,
            1,
            (
                ("aw", 0.5, 0.5, ("收到会员推送", "Gets a member offer")),
                ("co", 0.5, -0.5, ("又要重新搜索", "Searches all over again")),
                ("pu", 0.5, -1.0, ("积分用不上", "Points won't apply")),
                ("us", 0.5, 1.0, ("准时到货", "Arrives on time")),
                ("lo", 0.5, 0.0, ("推送太多", "Too many messages")),
            ),
        ),
        CurveSpec(
            "returning-to-be",
            TO_BE,
            CurveKind.TO_BE,
            1,
            (
                ("aw", 0.5, 1.0, ("个性化提醒", "A timely reminder")),
                ("co", 0.5, 1.0, ("一键再买", "Reorder in one tap")),
                ("pu", 0.5, 1.5, ("积分自动抵扣", "Points applied automatically")),
                ("us", 0.5, 1.5, ("准时到货", "Arrives on time")),
                ("lo", 0.5, 1.0, ("只收想要的消息", "Only wanted messages")),
            ),
        ),
    ),
)


# --- sample 2: bank loan, a complicated form and a long wait ----------------------

_BK_APP = ("手机银行 App", "Mobile banking app")
_BK_DIGITAL = ("数字银行部", "Digital banking")
_BK_LENDING = ("零售信贷部", "Business lending")
_BK_OPS = ("运营中心", "Operations")

BANK_LOAN = Story(
    key="bank-loan",
    code="loan",
    title=(
        "华兴银行小微经营贷：从了解到还款",
        "Northgate Bank small business loan: from research to repayment",
    ),
    scenario=(
        "社区烘焙店老板需要 20 万元经营贷来换烤箱、重新装修。线上申请表复杂，提交后审批等了 9 个工作日，"
        "进度不透明，客户在等待期间开始向其他银行申请。",
        "A neighbourhood bakery owner needs a £25,000 business loan for a new oven and a refit. "
        "The online form is complicated, and after submitting he waits nine working days for a "
        "decision with no idea of progress, so he starts applying to other banks.",
    ),
    persona={
        "name": ("陈刚", "Tom Harris"),
        "segment": Segment.CUSTOMER,
        "description": (
            "36 岁，在杭州开了一家社区烘焙店，有 4 名员工，店铺流水一直走华兴银行的账户。"
            "白天在店里忙，只能用碎片时间在手机上办事。",
            "36, runs a neighbourhood bakery in Leeds with four staff, and has banked with "
            "Northgate since he opened. He's in the shop all day and deals with paperwork on "
            "his phone in spare moments.",
        ),
        "goals": [
            (
                "两周内拿到钱，赶在旺季前装修完",
                "Get the money within two weeks and finish the refit before the busy season",
            ),
            (
                "利率和还款方式清楚，不被隐藏费用坑",
                "Understand the rate and repayments, with no hidden fees",
            ),
            ("尽量用手机办，少跑网点", "Do it all on his phone without visiting a branch"),
        ],
        "needs": [
            ("提前知道要准备哪些材料", "Know which documents to prepare up front"),
            ("随时能查到审批进度", "See where his application is at any time"),
            ("生意好时能提前还款", "Repay early when business is good"),
        ],
        "pains": [
            (
                "申请表 40 多个字段，很多信息重复填",
                "A form with over 40 fields, many asking for details the bank already has",
            ),
            ("上传材料老是失败，只能重来", "Uploads keep failing and he has to start again"),
            (
                "提交后一周没消息，不知道卡在哪",
                "A week of silence after submitting, with no idea what's holding it up",
            ),
        ],
        "quote": (
            "表填了一个多小时，交上去就石沉大海，我都不知道要不要去找别家了。",
            "I spent over an hour on the form, then heard nothing. I didn't know whether to start trying other banks.",
        ),
    },
    stages=[
        StageSpec(
            "research",
            "rs",
            ("了解", "Research"),
            (
                "比较利率和条件，看自己能不能贷。",
                "Compares rates and conditions and checks whether he qualifies.",
            ),
        ),
        StageSpec(
            "application",
            "ap",
            ("申请", "Application"),
            (
                "在 App 里填申请表、上传材料。",
                "Fills in the form and uploads documents in the app.",
            ),
        ),
        StageSpec(
            "approval",
            "av",
            ("审批", "Approval"),
            (
                "等待审批结果，必要时补交材料。",
                "Waits for a decision and sends more documents if asked.",
            ),
        ),
        StageSpec(
            "disbursement",
            "ds",
            ("放款", "Disbursement"),
            ("电子签约，资金到账。", "Signs the agreement electronically and receives the funds."),
        ),
        StageSpec(
            "repayment",
            "rp",
            ("还款", "Repayment"),
            (
                "按月还款，考虑提前还款或续贷。",
                "Repays monthly and considers repaying early or borrowing again.",
            ),
        ),
    ],
    cells={
        "rs": {
            A: [
                n(
                    "比较各家利率",
                    "Compares rates",
                    "在几家银行 App 和贷款比价平台上比利率和额度。",
                    "Compares rates and limits in bank apps and on comparison sites.",
                ),
                n(
                    "问客户经理",
                    "Asks his banker",
                    "给开户行的客户经理发微信问条件。",
                    "Emails his relationship manager to ask about the criteria.",
                ),
            ],
            TP: [
                tp(
                    ("App 贷款产品页", "Loan page in the app"),
                    (
                        "突出“年化利率 3.45% 起”和“最快当天放款”。",
                        "Headlines “from 3.45% APR” and “funds as soon as the same day”.",
                    ),
                    _BK_APP,
                    _BK_LENDING,
                    (
                        1,
                        "P04",
                        "利率写的 3.45% 起，第一眼挺有吸引力。",
                        "From 3.45% looked attractive at first glance.",
                    ),
                    (
                        -1,
                        "P01",
                        "“起”字特别小，我自己能拿到多少根本看不出来。",
                        "The “from” is in tiny print. I couldn't tell what rate I'd actually get.",
                    ),
                    (
                        0,
                        "P06",
                        "材料清单要点好几层才找得到。",
                        "The document checklist was buried several taps deep.",
                    ),
                    (
                        1,
                        "R0215",
                        "能线上申请，不用跑网点，这点挺好。",
                        "You can apply online without going to a branch, which is great.",
                    ),
                ),
                tp(
                    ("客户经理咨询", "Relationship manager"),
                    (
                        "客户经理在微信上答疑，发来产品介绍。",
                        "His relationship manager answers questions and sends a product sheet.",
                    ),
                    ("微信", "Phone, email"),
                    ("网点", "Branch network"),
                    (
                        2,
                        "P04",
                        "客户经理回得很快，还帮我估了个大概额度。",
                        "My banker replied quickly and even estimated how much I could borrow.",
                    ),
                    (
                        1,
                        "P08",
                        "有个熟人能问，心里踏实一点。",
                        "Having someone I know to ask made me feel better.",
                    ),
                    (
                        0,
                        "P01",
                        "审批要多久他也说不准，说看情况。",
                        "He couldn't say how long approval would take. “It depends.”",
                    ),
                ),
            ],
            CH: [
                n(
                    "App、微信、比价平台",
                    "App, phone, comparison sites",
                    "以线上比价为主，熟人渠道补充信任。",
                    "Mostly online comparison, with a trusted contact for reassurance.",
                )
            ],
            TH: [
                n(
                    "利率真这么低？",
                    "Is that rate real?",
                    "“3.45% 起，我这种小店能拿到吗？”",
                    "“From 3.45%. Would a small shop like mine actually get that?”",
                )
            ],
            EMO: [
                n(
                    "期待、谨慎",
                    "Hopeful, cautious",
                    "目标明确，但对条件还有疑虑。",
                    "Has a clear goal but doubts about the terms.",
                )
            ],
            PAIN: [
                n(
                    "实际利率不透明",
                    "Unclear real rate",
                    "只展示最低利率，估不出自己的利率和额度。",
                    "Only the lowest rate is shown; he can't estimate his own rate or limit.",
                )
            ],
            OPP: [
                n(
                    "额度利率试算",
                    "Quick eligibility check",
                    "填营业额等 3 项信息，马上给出额度和利率区间，不查征信。",
                    "Enter three facts such as turnover and see an indicative limit and rate, with no credit check.",
                )
            ],
            NEED: [
                n(
                    "提前知道结果",
                    "Know the likely outcome",
                    "申请前就知道大概能贷多少、要准备什么。",
                    "Knows roughly what he can borrow and what to prepare before applying.",
                )
            ],
            OWN: [
                n(
                    "零售信贷部、网点",
                    "Business lending, branches",
                    "产品和定价归零售信贷部，线下咨询归网点。",
                    "Business lending owns product and pricing; branches give advice.",
                )
            ],
            MET: [
                m(
                    "获客",
                    "Acquisition",
                    "从产品页到发起申请。",
                    "From product page to a started application.",
                    ("产品页访问", "Product page visits", ("8.6 万", "86k")),
                    ("发起申请率", "Application start rate", "11%"),
                )
            ],
        },
        "ap": {
            A: [
                n(
                    "填写申请表",
                    "Fills in the form",
                    "在手机上填 6 步、43 个字段的申请表。",
                    "Fills in a six-step, 43-field form on his phone.",
                ),
                n(
                    "上传材料",
                    "Uploads documents",
                    "拍营业执照、银行流水和租赁合同上传。",
                    "Photographs and uploads his business registration, bank statements and lease.",
                ),
                n(
                    "超时后重填",
                    "Starts over",
                    "第一次填到一半超时，隔天重新开始。",
                    "Times out halfway the first time and starts again the next day.",
                ),
            ],
            TP: [
                tp(
                    ("线上申请表", "Online application form"),
                    (
                        "6 步 43 个字段，15 分钟无操作自动退出且不保存。",
                        "Six steps, 43 fields; it logs out after 15 idle minutes and saves nothing.",
                    ),
                    _BK_APP,
                    _BK_DIGITAL,
                    (
                        -2,
                        "P01",
                        "填到第五步超时了，全清空了，我差点把手机扔了。",
                        "It timed out at step five and wiped everything. I nearly threw my phone.",
                    ),
                    (
                        -2,
                        "P04",
                        "开户时给过的信息又要填一遍，银行明明都有。",
                        "It asked for details I gave when I opened the account. The bank already has them.",
                    ),
                    (
                        -1,
                        "P06",
                        "“经营主体类型”这种词我看不懂，也没有解释。",
                        "I didn't understand terms like “business entity type”, and nothing explained them.",
                    ),
                    (-2, "P08", "前前后后花了一个多小时。", "All in, it took over an hour."),
                    (
                        -1,
                        "R0233",
                        "手机上填这么长的表太累了，希望能在电脑上接着填。",
                        "A form this long is exhausting on a phone. Let me finish it on a computer.",
                    ),
                ),
                tp(
                    ("材料上传", "Document upload"),
                    ("每个文件限 2MB，只支持 JPG。", "Each file is limited to 2 MB, JPG only."),
                    _BK_APP,
                    _BK_DIGITAL,
                    (
                        -2,
                        "P01",
                        "流水是 PDF，传不上去，只能一页页截图。",
                        "My statements were PDFs and wouldn't upload, so I screenshotted every page.",
                    ),
                    (
                        -1,
                        "P08",
                        "照片太大被拒了，也不告诉我怎么压缩。",
                        "Photos were rejected as too large, with no hint on how to shrink them.",
                    ),
                    (
                        0,
                        "P04",
                        "营业执照识别挺准，自动填了店名。",
                        "It read my registration certificate correctly and filled in the shop name.",
                    ),
                ),
            ],
            CH: [
                n(
                    "手机银行 App",
                    "Mobile banking app",
                    "只能在 App 里申请，没有网页版。",
                    "Applications are app-only; there is no web version.",
                )
            ],
            TH: [
                n(
                    "怎么又要填？",
                    "Why again?",
                    "“这些信息银行不是早就有了吗？”",
                    "“Doesn't the bank already have all this?”",
                )
            ],
            EMO: [
                n(
                    "烦躁、疲惫",
                    "Frustrated, worn out",
                    "填表时间远超预期，好几次想放弃。",
                    "The form takes far longer than expected; he nearly quits several times.",
                )
            ],
            PAIN: [
                hi(
                    "申请表太复杂",
                    "Form too complicated",
                    "43 个字段、信息重复填、超时不保存。",
                    "43 fields, repeated questions and nothing saved on time-out.",
                ),
                n(
                    "上传格式受限",
                    "Upload restrictions",
                    "不支持 PDF，文件大小限制太严。",
                    "No PDFs and strict file size limits.",
                ),
            ],
            OPP: [
                n(
                    "预填与自动保存",
                    "Pre-fill and autosave",
                    "用已有客户信息预填，字段减到 15 个以内，每一步自动保存。",
                    "Pre-fill from what the bank knows, cut to under 15 fields, and save every step.",
                ),
                n(
                    "授权读取流水",
                    "Use the bank's own data",
                    "客户授权后直接读取本行流水，免上传。",
                    "With consent, read statements held at the bank instead of asking for uploads.",
                ),
            ],
            NEED: [
                n(
                    "少填、能暂停",
                    "Less typing, can pause",
                    "只填银行没有的信息，随时能停下来再继续。",
                    "Is only asked what the bank doesn't know, and can stop and carry on later.",
                )
            ],
            OWN: [
                n(
                    "数字银行部",
                    "Digital banking",
                    "负责 App 申请流程和上传组件，申请完成率是其 KPI。",
                    "Owns the in-app application flow and uploads; completion rate is their KPI.",
                )
            ],
            MET: [
                m(
                    "申请完成",
                    "Application completion",
                    "从发起到提交的漏斗。",
                    "The funnel from start to submission.",
                    ("申请完成率", "Completion rate", "38%"),
                    ("平均填写时长", "Average time to complete", ("52 分钟", "52 min")),
                    ("超时放弃率", "Time-out drop-off", "27%"),
                )
            ],
        },
        "av": {
            A: [
                n(
                    "等审批结果",
                    "Waits for a decision",
                    "提交后每天打开 App 看状态。",
                    "Checks the app every day after submitting.",
                ),
                n(
                    "打电话催进度",
                    "Chases by phone",
                    "第 6 天打客服电话问进度。",
                    "Calls the helpline on day six to chase.",
                ),
            ],
            TP: [
                tp(
                    ("审批进度页", "Application status page"),
                    (
                        "状态一直是“审核中”，没有预计时间。",
                        "The status just says “Under review”, with no expected date.",
                    ),
                    _BK_APP,
                    _BK_DIGITAL,
                    (
                        -2,
                        "P01",
                        "一个礼拜都是“审核中”，到底审到哪一步了？",
                        "“Under review” for a whole week. At what stage, exactly?",
                    ),
                    (
                        -2,
                        "P06",
                        "装修师傅都约好了，钱不到位只能一直往后拖。",
                        "I'd already booked the builders. Without the money I had to keep putting them off.",
                    ),
                    (
                        -1,
                        "P08",
                        "哪怕告诉我还要几天，我也好安排。",
                        "Even just telling me how many more days would have let me plan.",
                    ),
                    (
                        -2,
                        "R0251",
                        "等太久了，我同时去另一家银行申请了。",
                        "It took too long, so I applied at another bank at the same time.",
                    ),
                ),
                tp(
                    ("客服热线", "Helpline"),
                    (
                        "客服系统里也只能看到“审核中”，给不出时间。",
                        "Agents also see only “Under review” and can't give a date.",
                    ),
                    ("95xxx 客服热线", "Phone helpline"),
                    ("客户服务中心", "Contact centre"),
                    (
                        -1,
                        "P01",
                        "排队等了 12 分钟，结果客服说她也查不到。",
                        "I was on hold for 12 minutes, then she said she couldn't see anything either.",
                    ),
                    (
                        -1,
                        "P04",
                        "客服态度挺好，就是没有实质信息。",
                        "Friendly enough, but no actual information.",
                    ),
                    (
                        -2,
                        "P06",
                        "说会有人回电，结果一直没人打来。",
                        "They said someone would call me back. No one ever did.",
                    ),
                ),
                tp(
                    ("补充材料通知", "Request for documents"),
                    (
                        "第 8 天发短信，要求补交近 6 个月完税证明。",
                        "On day eight a text asks for six months of tax records.",
                    ),
                    ("短信", "SMS"),
                    ("信贷审批部", "Credit risk"),
                    (
                        -2,
                        "P08",
                        "第 8 天才说缺材料，早说我第一天就交了。",
                        "Day eight before they said something was missing. I'd have sent it on day one.",
                    ),
                    (
                        -1,
                        "P04",
                        "短信没说清楚要哪种证明，又得打电话问。",
                        "The text didn't say which document, so I had to call again.",
                    ),
                    (0, "P01", "好歹有点动静了。", "At least something was happening."),
                ),
            ],
            CH: [
                n(
                    "App、电话、短信",
                    "App, phone, SMS",
                    "客户在几个渠道之间来回确认。",
                    "He chases across several channels.",
                )
            ],
            TH: [
                n(
                    "是不是被拒了？",
                    "Have I been rejected?",
                    "“这么久没消息，是不是没戏了？”",
                    "“No news for this long. Maybe it's a no?”",
                ),
                n(
                    "要不要换一家",
                    "Try another bank?",
                    "“再等下去旺季就过了。”",
                    "“If I wait any longer I'll miss the busy season.”",
                ),
            ],
            EMO: [
                n(
                    "焦虑、失去耐心",
                    "Anxious, impatient",
                    "整段旅程的最低点，开始同时申请别的银行。",
                    "The lowest point of the journey; he starts applying elsewhere.",
                )
            ],
            PAIN: [
                hi(
                    "审批等太久",
                    "Approval takes too long",
                    "平均 9 个工作日，进度不透明。",
                    "Nine working days on average, with no visibility.",
                ),
                n(
                    "补材料通知太晚",
                    "Late document requests",
                    "缺材料到审批后期才通知。",
                    "Missing documents are flagged late in the review.",
                ),
            ],
            OPP: [
                n(
                    "进度可视化",
                    "Visible progress",
                    "像查快递一样显示审批节点和预计完成日期。",
                    "Show each review step and an expected date, like parcel tracking.",
                ),
                n(
                    "提交时预审材料",
                    "Check documents up front",
                    "提交时自动检查材料是否齐全，缺什么当场提示。",
                    "Check documents automatically on submission and flag gaps straight away.",
                ),
            ],
            NEED: [
                n(
                    "知道还要等多久",
                    "Know how long",
                    "一个靠谱的预计时间，加上主动的进度通知。",
                    "A believable expected date and updates without having to ask.",
                )
            ],
            OWN: [
                n(
                    "信贷审批、客服",
                    "Credit risk, contact centre",
                    "审批时效归信贷审批部，进度答疑归客服。",
                    "Credit risk owns turnaround time; the contact centre answers status queries.",
                )
            ],
            MET: [
                m(
                    "审批时效",
                    "Approval turnaround",
                    "从提交到出结果。",
                    "From submission to decision.",
                    ("平均审批时长", "Average turnaround", ("9 个工作日", "9 working days")),
                    ("每笔申请进度来电", "Status calls per application", "2.4"),
                    ("审批期流失率", "Drop-out during review", "18%"),
                )
            ],
        },
        "ds": {
            A: [
                n(
                    "电子签约",
                    "Signs online",
                    "在 App 里电子签约，刷脸确认。",
                    "Signs in the app and confirms with face ID.",
                ),
                n(
                    "付烤箱定金",
                    "Pays the oven deposit",
                    "收到到账短信后马上付了烤箱定金。",
                    "Pays the deposit on the oven as soon as the money lands.",
                ),
            ],
            TP: [
                tp(
                    ("电子签约", "E-signature"),
                    (
                        "合同 12 页，关键条款有高亮摘要。",
                        "A 12-page agreement with a highlighted summary of the key terms.",
                    ),
                    _BK_APP,
                    _BK_LENDING,
                    (
                        1,
                        "P04",
                        "签约几分钟就搞定了，比我想的简单。",
                        "Signing took a few minutes. Easier than I expected.",
                    ),
                    (
                        1,
                        "P06",
                        "条款摘要挺清楚，利率、期限一眼就能看到。",
                        "The summary was clear: rate and term right there.",
                    ),
                    (
                        -1,
                        "P01",
                        "最后利率是 4.2%，比宣传的高不少。",
                        "The final rate was 4.2%, quite a bit higher than advertised.",
                    ),
                ),
                tp(
                    ("到账通知", "Funds received"),
                    (
                        "签约后 2 小时内放款，并短信通知。",
                        "Funds are paid within two hours of signing, confirmed by text.",
                    ),
                    ("短信", "SMS"),
                    _BK_OPS,
                    (
                        2,
                        "P04",
                        "签完两个小时钱就到了，终于松了口气。",
                        "The money arrived two hours after signing. Finally, some relief.",
                    ),
                    (2, "P08", "到账很快，这一步没得说。", "Quick payout, no complaints there."),
                    (
                        1,
                        "P06",
                        "短信里写清楚了第一次还款日。",
                        "The text gave the first repayment date clearly.",
                    ),
                ),
            ],
            CH: [
                n(
                    "手机银行 App、短信",
                    "App, SMS",
                    "签约和到账全部线上完成。",
                    "Signing and payout are fully online.",
                )
            ],
            TH: [
                n(
                    "终于到了",
                    "Finally",
                    "“最后这么快，前面怎么那么慢？”",
                    "“If the end is this fast, why was the rest so slow?”",
                )
            ],
            EMO: [
                n(
                    "如释重负",
                    "Relieved",
                    "情绪快速回升，但对利率有点不满。",
                    "His mood recovers fast, though he's unhappy about the rate.",
                )
            ],
            PAIN: [
                n(
                    "利率与宣传不符",
                    "Rate above the advert",
                    "实际利率明显高于宣传的“起”价。",
                    "The actual rate is well above the advertised “from” rate.",
                )
            ],
            OPP: [
                n(
                    "审批时讲清利率",
                    "Explain the rate early",
                    "审批通过时说明利率怎么定的，并附还款计划。",
                    "Explain how the rate was set, with a repayment plan, when the loan is approved.",
                )
            ],
            NEED: [
                n(
                    "钱快速到位",
                    "Fast access to funds",
                    "批下来当天就能用钱。",
                    "Can use the money the day it's approved.",
                )
            ],
            OWN: [
                n(
                    "零售信贷、运营",
                    "Lending, operations",
                    "定价和合同归零售信贷部，放款归运营中心。",
                    "Business lending owns pricing and the contract; operations pays out.",
                )
            ],
            MET: [
                m(
                    "放款",
                    "Disbursement",
                    "审批通过后的签约和放款。",
                    "Signing and payout after approval.",
                    ("签约到放款时长", "Signing to payout", ("2 小时", "2 hours")),
                    ("签约转化率", "Approved to signed", "86%"),
                )
            ],
        },
        "rp": {
            A: [
                n(
                    "设置自动还款",
                    "Sets up auto-repayment",
                    "绑定店铺收款账户，每月自动扣款。",
                    "Links his business account for monthly automatic repayments.",
                ),
                n(
                    "想提前还一部分",
                    "Wants to repay early",
                    "旺季过后想提前还 5 万。",
                    "After the busy season he wants to pay back £6,000 early.",
                ),
            ],
            TP: [
                tp(
                    ("还款提醒", "Repayment reminder"),
                    (
                        "还款日前 3 天发短信和 App 提醒。",
                        "Text and app reminders three days before each payment.",
                    ),
                    ("短信、App 推送", "SMS, push notification"),
                    _BK_OPS,
                    (
                        1,
                        "P04",
                        "提醒挺及时的，从来没逾期过。",
                        "The reminders are timely. I've never missed a payment.",
                    ),
                    (
                        0,
                        "P08",
                        "每个月两条提醒，有点多，能接受。",
                        "Two reminders a month is a bit much, but fine.",
                    ),
                    (1, "R0270", "自动扣款很省心。", "Automatic repayments take the hassle away."),
                ),
                tp(
                    ("提前还款", "Early repayment"),
                    (
                        "需要到网点柜台办理，收 1% 违约金。",
                        "Has to be done at a branch, with a 1% early repayment fee.",
                    ),
                    ("网点柜台", "Branch"),
                    _BK_LENDING,
                    (
                        -1,
                        "P06",
                        "App 上办不了，还得请半天假去网点。",
                        "Can't do it in the app. I had to take half a day off to go to a branch.",
                    ),
                    (
                        -1,
                        "P01",
                        "签约时没注意违约金，提前还钱还要被罚。",
                        "I missed the fee when I signed. Paying back early and getting charged for it.",
                    ),
                    (0, "P04", "柜员挺专业，办得挺快。", "The cashier was professional and quick."),
                ),
            ],
            CH: [
                n(
                    "App、短信、网点",
                    "App, SMS, branch",
                    "日常还款在线上，提前还款又回到线下。",
                    "Regular repayments are online; early repayment goes back to the branch.",
                )
            ],
            TH: [
                n(
                    "下次还找他们吗",
                    "Would I come back?",
                    "“钱是批了，但下次得看看别家是不是更快。”",
                    "“They came through, but next time I'll check whether someone else is faster.”",
                )
            ],
            EMO: [
                n(
                    "平稳，略有不满",
                    "Settled, a bit let down",
                    "还款顺利，提前还款的体验拉低了好感。",
                    "Repayments are smooth; early repayment spoils the impression.",
                )
            ],
            PAIN: [
                n(
                    "提前还款跑网点",
                    "Branch visit to repay",
                    "线上不能提前还款，还要交违约金。",
                    "Early repayment isn't available online and comes with a fee.",
                )
            ],
            OPP: [
                n(
                    "线上提前还款",
                    "Repay early in the app",
                    "App 内一键提前还款，费用提前讲清楚。",
                    "One-tap early repayment in the app, with the fee shown up front.",
                ),
                n(
                    "续贷预审",
                    "Pre-approved top-up",
                    "按时还款 6 期后主动提供续贷额度。",
                    "Offer a pre-approved top-up after six on-time payments.",
                ),
            ],
            NEED: [
                n(
                    "灵活还款",
                    "Flexible repayment",
                    "生意好的时候能随时多还一点。",
                    "Can pay extra whenever business is good.",
                )
            ],
            OWN: [
                n(
                    "零售信贷、运营",
                    "Lending, operations",
                    "还款规则归零售信贷部，扣款和提醒归运营中心。",
                    "Business lending sets repayment rules; operations runs collections and reminders.",
                )
            ],
            MET: [
                m(
                    "贷后",
                    "After the loan",
                    "还款和续贷情况。",
                    "Repayment and renewal.",
                    ("按时还款率", "On-time repayment", "98.7%"),
                    ("续贷率", "Renewal rate", "22%"),
                    ("NPS", "NPS", "-8"),
                )
            ],
        },
    },
    curve=[
        PointSpec("rs", 0.35, 1, ("看到低利率", "Sees a low rate")),
        PointSpec("rs", 0.75, 2, ("客户经理帮忙估额度", "Banker gives an estimate")),
        PointSpec("ap", 0.3, 1, ("超时被清空", "Form times out")),
        PointSpec("ap", 0.75, 2, ("PDF 传不上", "PDF won't upload")),
        PointSpec("av", 0.25, 1, ("一直“审核中”", "Stuck “Under review”")),
        PointSpec("av", 0.55, 2, ("客服也查不到", "Helpline can't help")),
        PointSpec("av", 0.85, 3, ("第 8 天才要材料", "Documents asked on day 8")),
        PointSpec("ds", 0.3, 1, ("签约", "Signs")),
        PointSpec("ds", 0.7, 2, ("钱到账了", "Money arrives")),
        PointSpec("rp", 0.3, 1, ("自动还款", "Auto-repayments")),
        PointSpec("rp", 0.75, 2, ("提前还款要跑网点", "Branch visit to repay")),
    ],
    interviews=("loan-interviews-2026-08.xlsx", ("访谈编码", "Coding")),
    survey="nps-survey-2026-q3.csv",
)


# --- sample 3: online course, free trial lessons do not convert -------------------

_OC_APP = ("学习 App", "Learning app")
_OC_CURRICULUM = ("教研部", "Curriculum team")
_OC_SUCCESS = ("学习服务部", "Student success")
_OC_ADMISSIONS = ("课程顾问部", "Admissions")
_OC_GROWTH = ("增长市场部", "Growth marketing")
_OC_RETENTION = ("用户运营部", "Retention team")

ONLINE_COURSE = Story(
    key="online-course",
    code="oc",
    title=(
        "知行课堂数据分析训练营：试听到付费",
        "Brightpath data analytics bootcamp: from free trial to paid",
    ),
    scenario=(
        "想转行的职场人被“零基础 SQL + Python 实战”的广告吸引，领了 3 节免费试听，"
        "结果试听讲的全是 Excel 基础，和预期对不上。试听到付费的转化率只有 3.2%；"
        "真正报名的学员对正式课评价却很高。",
        "Career changers sign up for three free lessons after ads promising “hands-on SQL and "
        "Python, no experience needed”, then find the trial is all Excel basics. Only 3.2% of "
        "trial users go on to pay, yet students who do enrol rate the full course highly.",
    ),
    persona={
        "name": ("周婷", "Sarah Mitchell"),
        "segment": Segment.PROSPECT,
        "description": (
            "31 岁，在一家快消外企做市场专员，经常加班。每天和报表打交道，想在半年内转型做数据分析。",
            "31, a marketing executive at a consumer goods company who often works late. "
            "She spends her days in reports and wants to move into data analysis within six months.",
        ),
        "goals": [
            ("半年内转岗做数据分析师", "Move into a data analyst role within six months"),
            ("学会 SQL 和 Python，做出作品集", "Learn SQL and Python and build a portfolio"),
            ("学习时间能配合加班", "Fit studying around long working hours"),
        ],
        "needs": [
            ("课程内容对得上岗位要求", "Course content that matches what employers ask for"),
            ("试听就能看到真实的实战内容", "A trial that shows the real, hands-on content"),
            ("有人答疑，有同伴督促", "Someone to answer questions and peers to keep her going"),
        ],
        "pains": [
            (
                "试听讲的都是 Excel 基础，和宣传的实战不符",
                "The free lessons were Excel basics, not the hands-on work that was advertised",
            ),
            ("不知道正式课到底学什么", "No clear idea what the full course covers"),
            (
                "5999 元不便宜，怕买了学不完",
                "At £799 it isn't cheap, and she's afraid of not finishing",
            ),
        ],
        "quote": (
            "试听讲的我都会，想看的实战一节都没有，我凭什么相信正式课不一样？",
            "I already knew everything in the free lessons. Not one hands-on case, so why would I believe the paid course is any different?",
        ),
    },
    stages=[
        StageSpec(
            "discover",
            "dc",
            ("发现", "Discover"),
            (
                "看到转行故事和课程广告，领取免费试听。",
                "Comes across career-change stories and ads, and signs up for the free trial.",
            ),
        ),
        StageSpec(
            "free-trial",
            "tr",
            ("试听", "Free trial"),
            (
                "听 3 节免费试听课，加入试听群。",
                "Watches three free lessons and joins the trial group.",
            ),
        ),
        StageSpec(
            "decide",
            "de",
            ("决策", "Decide"),
            (
                "对比其他课程，和顾问沟通，决定是否报名。",
                "Compares other courses, talks to an adviser and decides whether to enrol.",
            ),
        ),
        StageSpec(
            "learn",
            "le",
            ("学习", "Learn"),
            ("12 周直播课、项目作业和答疑。", "Twelve weeks of live classes, projects and Q&A."),
        ),
        StageSpec(
            "renew",
            "rn",
            ("续费", "Renew"),
            (
                "结课后考虑进阶课，推荐给朋友。",
                "Considers the advanced course after graduating and recommends it to friends.",
            ),
        ),
    ],
    cells={
        "dc": {
            A: [
                n(
                    "搜转行经验",
                    "Researches the switch",
                    "在知乎搜“市场转数据分析”，看过来人的经验。",
                    "Reads stories from people who moved from marketing into data.",
                ),
                n(
                    "扫码领试听",
                    "Signs up for the trial",
                    "在公众号文章里看到训练营广告，扫码领了试听。",
                    "Sees a bootcamp ad in a post and signs up for the free lessons.",
                ),
            ],
            TP: [
                tp(
                    ("公众号软文", "Sponsored article"),
                    (
                        "讲学员 3 个月转行成功的故事，文末扫码领 3 节免费试听。",
                        "A story about a student who switched careers in three months, ending with a sign-up for three free lessons.",
                    ),
                    ("微信公众号", "LinkedIn"),
                    _OC_GROWTH,
                    (
                        1,
                        "P02",
                        "学员的经历跟我太像了，一下就有代入感。",
                        "The student's story was so like mine, I could picture myself there.",
                    ),
                    (
                        1,
                        "P05",
                        "写着“零基础 SQL + Python 实战”，正是我想要的。",
                        "It said “hands-on SQL and Python, no experience needed”. Exactly what I wanted.",
                    ),
                    (
                        0,
                        "P09",
                        "这种成功案例看多了，半信半疑吧。",
                        "I've seen plenty of these success stories. Half convinced.",
                    ),
                    (
                        1,
                        "P12",
                        "免费试听没门槛，就先领了再说。",
                        "The free trial had no strings attached, so I just signed up.",
                    ),
                ),
                tp(
                    ("课程落地页", "Course landing page"),
                    (
                        "列出 12 周大纲、讲师背景和就业数据。",
                        "Lists the 12-week syllabus, the instructors and job outcomes.",
                    ),
                    ("H5 页面", "Website"),
                    _OC_GROWTH,
                    (
                        1,
                        "P05",
                        "大纲看着很全，有电商和零售的实战项目。",
                        "The syllabus looked thorough, with e-commerce and retail projects.",
                    ),
                    (
                        0,
                        "P02",
                        "就业率 92% 不知道是怎么算出来的。",
                        "No idea how they worked out a 92% job rate.",
                    ),
                    (
                        1,
                        "P07",
                        "讲师都是大厂出来的，多少有点信心。",
                        "The instructors came from big tech firms, which gave me some confidence.",
                    ),
                ),
            ],
            CH: [
                n(
                    "公众号、知乎",
                    "LinkedIn, Reddit",
                    "内容种草加扫码留资。",
                    "Content marketing plus sign-up forms.",
                )
            ],
            TH: [
                n(
                    "这就是我要的",
                    "Just what I need",
                    "“零基础也能做实战项目，听起来正合适。”",
                    "“Hands-on projects with no experience needed. Sounds perfect.”",
                )
            ],
            EMO: [
                n(
                    "充满期待",
                    "Hopeful",
                    "对转行有憧憬，对课程期待很高。",
                    "Excited about a new career and expecting a lot from the course.",
                )
            ],
            PAIN: [
                n(
                    "宣传承诺过高",
                    "Over-promising ads",
                    "“3 个月转行”把预期抬得太高。",
                    "“Switch careers in three months” sets expectations too high.",
                )
            ],
            OPP: [
                n(
                    "宣传与试听一致",
                    "Match ads to the trial",
                    "广告承诺的实战内容，在试听课里真实呈现。",
                    "Make sure the hands-on work promised in ads is in the trial.",
                )
            ],
            NEED: [
                n(
                    "确认方向",
                    "Confidence in the path",
                    "想先确认数据分析是不是适合自己。",
                    "Wants to know whether data analysis is right for her.",
                )
            ],
            OWN: [
                n(
                    "增长市场部",
                    "Growth marketing",
                    "负责投放、落地页和留资。",
                    "Owns ads, landing pages and sign-ups.",
                )
            ],
            MET: [
                m(
                    "获客",
                    "Acquisition",
                    "从投放到领取试听。",
                    "From ad to free-trial sign-up.",
                    ("获客成本", "Cost per lead", ("¥86", "£9.50")),
                    ("试听领取率", "Trial sign-up rate", "7.5%"),
                )
            ],
        },
        "tr": {
            A: [
                n(
                    "听试听课",
                    "Watches the lessons",
                    "下班后分两个晚上听完 3 节试听课。",
                    "Watches the three lessons over two evenings after work.",
                ),
                n(
                    "在群里提问",
                    "Asks in the group",
                    "在试听群里问什么时候讲 SQL。",
                    "Asks in the trial group when SQL will be covered.",
                ),
            ],
            TP: [
                tp(
                    ("试听课程", "Trial lessons"),
                    (
                        "3 节录播课：什么是数据分析、Excel 函数、数据透视表。",
                        "Three recorded lessons: what data analysis is, Excel functions and pivot tables.",
                    ),
                    _OC_APP,
                    _OC_CURRICULUM,
                    (
                        -2,
                        "P05",
                        "讲的都是 Excel 基础，我工作里天天用，一点新东西都没有。",
                        "It was all Excel basics I use at work every day. Nothing new at all.",
                    ),
                    (
                        -2,
                        "P02",
                        "宣传说 SQL + Python 实战，试听里一行代码都没有。",
                        "The ad said hands-on SQL and Python. There wasn't a single line of code.",
                    ),
                    (
                        -1,
                        "P07",
                        "老师讲得还行，就是节奏太慢，开 1.5 倍速都嫌慢。",
                        "The teacher was OK, but so slow, even at 1.5x speed.",
                    ),
                    (
                        -1,
                        "P12",
                        "案例用的是编的数据，看不出和实际工作有什么关系。",
                        "The examples used made-up data. I couldn't see how it related to real work.",
                    ),
                    (
                        -1,
                        "P09",
                        "对完全零基础的人可能有用，对我没什么用。",
                        "Maybe useful for complete beginners, but not for me.",
                    ),
                    (
                        -2,
                        "R0107",
                        "听完试听就把 App 卸了。",
                        "Uninstalled the app straight after the trial.",
                    ),
                ),
                tp(
                    ("试听群与助教", "Trial group and TA"),
                    (
                        "助教每天在群里推课程和优惠信息。",
                        "A teaching assistant posts lessons and offers in the group every day.",
                    ),
                    ("微信群", "Group chat"),
                    _OC_SUCCESS,
                    (
                        -1,
                        "P02",
                        "问什么时候讲 SQL，助教只回了一句“正式课有”。",
                        "I asked when SQL would come up and the TA just said “in the full course”.",
                    ),
                    (
                        -2,
                        "P05",
                        "群里全是催报名的优惠，没人讨论学习。",
                        "The group was all sign-up offers. Nobody talked about learning.",
                    ),
                    (
                        0,
                        "P09",
                        "有个同学分享了学习笔记，还挺有用。",
                        "One student shared their notes, which was quite useful.",
                    ),
                ),
            ],
            CH: [
                n(
                    "学习 App、微信群",
                    "Learning app, group chat",
                    "录播试听加社群运营。",
                    "Recorded lessons plus a community group.",
                )
            ],
            TH: [
                n(
                    "和说的不一样",
                    "Not as promised",
                    "“说好的实战呢？这些我都会。”",
                    "“Where's the hands-on stuff? I know all this.”",
                ),
                n(
                    "正式课也这样？",
                    "Is the course the same?",
                    "“试听都这样，正式课能好到哪去？”",
                    "“If the trial's like this, why would the paid course be better?”",
                ),
            ],
            EMO: [
                n(
                    "失望",
                    "Disappointed",
                    "期待落空，整段旅程的最低点。",
                    "Her expectations crash: the low point of the journey.",
                )
            ],
            PAIN: [
                hi(
                    "试听与预期不符",
                    "Trial misses expectations",
                    "宣传讲实战，试听只有 Excel 基础。",
                    "The ads promise hands-on coding; the trial covers only Excel basics.",
                ),
                n(
                    "社群只推销",
                    "Group is all sales",
                    "试听群变成广告群，问题没人认真回答。",
                    "The trial group turns into an ad channel and questions go unanswered.",
                ),
            ],
            OPP: [
                n(
                    "按目标分流试听",
                    "Trial by goal",
                    "报名时问学习目标，给转行的人安排 SQL 实战试听课。",
                    "Ask about goals at sign-up and give career changers a hands-on SQL lesson.",
                ),
                n(
                    "试听做真实小项目",
                    "A real mini-project",
                    "试听最后一节用真实电商数据做一份分析报告。",
                    "End the trial with a short analysis of real e-commerce data.",
                ),
            ],
            NEED: [
                n(
                    "看到真实水平",
                    "See the real level",
                    "试听能代表正式课的难度和内容。",
                    "The trial reflects the content and level of the full course.",
                )
            ],
            OWN: [
                n(
                    "教研部、学习服务部",
                    "Curriculum, student success",
                    "试听内容归教研部，社群运营归学习服务部。",
                    "The curriculum team owns the trial lessons; student success runs the group.",
                )
            ],
            MET: [
                m(
                    "试听表现",
                    "Trial performance",
                    "试听完课和转化情况。",
                    "Trial completion and conversion.",
                    ("试听完课率", "Trial completion rate", "41%"),
                    ("试听到付费转化率", "Trial-to-paid conversion", "3.2%"),
                    ("试听满意度", "Trial satisfaction", "2.9 / 5"),
                )
            ],
        },
        "de": {
            A: [
                n(
                    "对比其他课程",
                    "Compares courses",
                    "在 B 站和其他平台找类似课程，比大纲和价格。",
                    "Compares syllabuses and prices on other platforms.",
                ),
                n(
                    "约顾问通话",
                    "Books an adviser call",
                    "预约了 1 对 1 学习规划电话。",
                    "Books a one-to-one call with a course adviser.",
                ),
            ],
            TP: [
                tp(
                    ("学习规划通话", "Adviser call"),
                    (
                        "30 分钟电话，了解背景后推荐班型。",
                        "A 30-minute call about her background, ending with a recommended plan.",
                    ),
                    ("电话", "Phone"),
                    _OC_ADMISSIONS,
                    (
                        1,
                        "P05",
                        "规划师给我看了正式课的 SQL 项目截图，这才有点信心。",
                        "The adviser showed me screenshots of the SQL projects in the course. That finally gave me some confidence.",
                    ),
                    (
                        -1,
                        "P02",
                        "感觉还是在推销，一直强调今天报名有优惠。",
                        "It still felt like a sales call. She kept pushing today's discount.",
                    ),
                    (
                        1,
                        "P12",
                        "她说 7 天内不满意可以退款，我才决定试试。",
                        "She said I could get a refund within seven days, so I decided to give it a go.",
                    ),
                    (
                        0,
                        "P07",
                        "问到就业推荐，回答比较含糊。",
                        "When I asked about job referrals, the answer was vague.",
                    ),
                ),
                tp(
                    ("报名支付页", "Enrolment and payment"),
                    ("5999 元，可分 12 期免息。", "£799, or 12 interest-free monthly payments."),
                    _OC_APP,
                    _OC_ADMISSIONS,
                    (
                        0,
                        "P05",
                        "分期能接受，但价格确实不便宜。",
                        "Paying monthly is fine, but it's definitely not cheap.",
                    ),
                    (
                        -1,
                        "P02",
                        "退款规则藏在很长的协议里，找了半天。",
                        "The refund policy was buried in a long agreement. Took ages to find.",
                    ),
                    (1, "P12", "支付流程很顺。", "Payment went smoothly."),
                ),
            ],
            CH: [
                n(
                    "电话、学习 App",
                    "Phone, learning app",
                    "顾问电话促成决定，在 App 里付款。",
                    "An adviser call tips the decision; payment is in the app.",
                )
            ],
            TH: [
                n(
                    "值不值这个价？",
                    "Is it worth it?",
                    "“如果正式课还是这样，钱就打水漂了。”",
                    "“If the full course is the same, that's money down the drain.”",
                )
            ],
            EMO: [
                n(
                    "纠结",
                    "Torn",
                    "情绪有所回升，但心里还是没底。",
                    "Feels a little better, but still unsure.",
                )
            ],
            PAIN: [
                n(
                    "打电话才看到实战",
                    "Real content hidden",
                    "正式课的实战内容只有在顾问电话里才能看到。",
                    "The hands-on content is only shown during the adviser call.",
                )
            ],
            OPP: [
                n(
                    "公开课程样例",
                    "Publish course samples",
                    "在课程页公开 2 个正式课项目的完整样例。",
                    "Publish two complete sample projects from the full course on the course page.",
                )
            ],
            NEED: [
                n(
                    "降低决策风险",
                    "Lower the risk",
                    "清楚的退款规则和真实的课程样例。",
                    "A clear refund policy and real course samples.",
                )
            ],
            OWN: [
                n(
                    "课程顾问部",
                    "Admissions",
                    "负责规划通话、报名和退款说明。",
                    "Owns adviser calls, enrolment and explaining refunds.",
                )
            ],
            MET: [
                m(
                    "决策转化",
                    "Decision conversion",
                    "从试听到付费的关键环节。",
                    "The key step from trial to paid.",
                    ("规划通话预约率", "Adviser call booking rate", "12%"),
                    ("通话后报名率", "Enrolment after a call", "27%"),
                )
            ],
        },
        "le": {
            A: [
                n(
                    "每周学习",
                    "Studies weekly",
                    "每周 3 个晚上上课，周末写作业。",
                    "Studies three evenings a week and does assignments at the weekend.",
                ),
                n(
                    "提交项目",
                    "Submits projects",
                    "完成第一个电商数据的 SQL 分析项目。",
                    "Finishes her first SQL project on e-commerce data.",
                ),
            ],
            TP: [
                tp(
                    ("直播课与项目", "Live classes and projects"),
                    (
                        "每周 2 次直播，项目作业用真实业务数据。",
                        "Two live classes a week, with projects on real business data.",
                    ),
                    _OC_APP,
                    _OC_CURRICULUM,
                    (
                        2,
                        "P05",
                        "正式课的项目是真实战，第一周就开始写 SQL 了。",
                        "The projects are genuinely hands-on. I was writing SQL in week one.",
                    ),
                    (
                        1,
                        "P12",
                        "直播能当场提问，比录播强太多。",
                        "Being able to ask questions live is so much better than recordings.",
                    ),
                    (
                        -1,
                        "P07",
                        "加班就赶不上直播，回放要等一天才上线。",
                        "When I work late I miss the live class, and the replay takes a day to go up.",
                    ),
                    (
                        1,
                        "P02",
                        "要是试听就是这个水平，我早就报了。",
                        "If the trial had been like this, I'd have signed up straight away.",
                    ),
                ),
                tp(
                    ("作业批改与答疑", "Feedback and Q&A"),
                    (
                        "助教 48 小时内批改作业并写点评。",
                        "Teaching assistants mark assignments within 48 hours, with comments.",
                    ),
                    _OC_APP,
                    _OC_SUCCESS,
                    (
                        2,
                        "P05",
                        "点评特别细，连我写 SQL 的习惯都帮我改了。",
                        "The feedback was detailed. They even fixed my SQL habits.",
                    ),
                    (
                        1,
                        "P09",
                        "提问基本当天就有回复。",
                        "Questions usually get answered the same day.",
                    ),
                    (
                        0,
                        "P07",
                        "有时候不同助教说法不一样。",
                        "Sometimes different TAs say different things.",
                    ),
                ),
            ],
            CH: [
                n(
                    "学习 App",
                    "Learning app",
                    "直播、回放、作业都在 App 里。",
                    "Live classes, replays and assignments are all in the app.",
                )
            ],
            TH: [
                n(
                    "这才是想学的",
                    "This is what I wanted",
                    "“早知道正式课是这样，我就不纠结了。”",
                    "“If I'd known the course was like this, I wouldn't have hesitated.”",
                )
            ],
            EMO: [
                n(
                    "投入、有成就感",
                    "Engaged, proud",
                    "情绪明显回升，学习走上正轨。",
                    "Her mood rises sharply as the learning gets on track.",
                )
            ],
            PAIN: [
                n(
                    "回放上线慢",
                    "Slow replays",
                    "加班错过直播，要等一天才能看回放。",
                    "After missing a live class she waits a day for the replay.",
                )
            ],
            OPP: [
                n(
                    "学员作品进试听",
                    "Student work in the trial",
                    "把优秀学员的项目放进试听课，让新人看到真实产出。",
                    "Show top student projects in the trial so newcomers see real results.",
                )
            ],
            NEED: [
                n(
                    "灵活学习",
                    "Flexible learning",
                    "能配合加班节奏，随时补课。",
                    "Can fit study around overtime and catch up any time.",
                )
            ],
            OWN: [
                n(
                    "教研部、学习服务部",
                    "Curriculum, student success",
                    "内容和项目归教研部，批改答疑归学习服务部。",
                    "The curriculum team owns content and projects; student success handles marking and Q&A.",
                )
            ],
            MET: [
                m(
                    "学习效果",
                    "Learning outcomes",
                    "正式课的学习数据。",
                    "Data from the paid course.",
                    ("周活跃学习率", "Weekly active learners", "78%"),
                    ("项目提交率", "Project submission rate", "84%"),
                    ("课程满意度", "Course satisfaction", "4.6 / 5"),
                )
            ],
        },
        "rn": {
            A: [
                n(
                    "看进阶课",
                    "Looks at the next course",
                    "结课后看 Python 进阶课的介绍。",
                    "Looks at the advanced Python course after graduating.",
                ),
                n(
                    "推荐给同事",
                    "Recommends a colleague",
                    "把课程推荐给同样想转行的同事。",
                    "Recommends the course to a colleague who also wants to switch.",
                ),
            ],
            TP: [
                tp(
                    ("结课与进阶推荐", "Graduation offer"),
                    (
                        "发结课证书，老学员报进阶课 8 折。",
                        "A certificate plus 20% off the advanced course for graduates.",
                    ),
                    ("学习 App、短信", "App, email"),
                    _OC_RETENTION,
                    (1, "P05", "老学员优惠挺有诚意的。", "The graduate discount felt genuine."),
                    (
                        0,
                        "P12",
                        "进阶课试听又是从概念讲起，有点担心重蹈覆辙。",
                        "The advanced trial starts with theory all over again. I'm worried it's the same story.",
                    ),
                    (
                        1,
                        "P02",
                        "证书对找工作多少有点用。",
                        "The certificate helps a bit with job hunting.",
                    ),
                ),
                tp(
                    ("转介绍活动", "Referral programme"),
                    (
                        "推荐好友报名，双方各抵 500 元学费。",
                        "Refer a friend and you both get £60 off.",
                    ),
                    ("微信分享", "Share link"),
                    _OC_RETENTION,
                    (
                        1,
                        "P05",
                        "同事报名了，我也拿到了抵扣。",
                        "My colleague signed up and I got the discount too.",
                    ),
                    (
                        -1,
                        "P09",
                        "分享海报太像广告，不好意思发朋友圈。",
                        "The share image looks like an ad. I'd be embarrassed to post it.",
                    ),
                    (
                        1,
                        "P07",
                        "我会推荐，但会提醒她别拿试听当真。",
                        "I'd recommend it, but I'd tell her not to judge it by the trial.",
                    ),
                ),
            ],
            CH: [
                n(
                    "学习 App、微信",
                    "App, email, referrals",
                    "老学员续费和口碑传播。",
                    "Renewals and word of mouth from graduates.",
                )
            ],
            TH: [
                n(
                    "值得推荐",
                    "Worth recommending",
                    "“课是好课，就是试听把人劝退了。”",
                    "“It's a good course. The trial just puts people off.”",
                )
            ],
            EMO: [
                n(
                    "认可但谨慎",
                    "Positive but wary",
                    "愿意推荐，对进阶课还有顾虑。",
                    "Happy to recommend it, but wary of the advanced course.",
                )
            ],
            PAIN: [
                n(
                    "进阶试听老问题",
                    "Same trial problem",
                    "进阶课试听同样从概念讲起。",
                    "The advanced trial starts with theory too.",
                )
            ],
            OPP: [
                n(
                    "让学员现身说法",
                    "Let graduates speak",
                    "邀请结课学员在试听群分享项目和转行经历。",
                    "Invite graduates to share their projects and career stories in trial groups.",
                )
            ],
            NEED: [
                n(
                    "持续成长",
                    "Keep growing",
                    "有清晰的进阶路径和就业支持。",
                    "A clear path to the next level, and help finding a job.",
                )
            ],
            OWN: [
                n(
                    "用户运营部",
                    "Retention team",
                    "负责续费、转介绍和老学员社群。",
                    "Owns renewals, referrals and the alumni community.",
                )
            ],
            MET: [
                m(
                    "续费与口碑",
                    "Renewal and referral",
                    "老学员带来的价值。",
                    "Value from graduates.",
                    ("续费率", "Renewal rate", "19%"),
                    ("转介绍新生占比", "New students from referrals", "11%"),
                    ("NPS", "NPS", "+41"),
                )
            ],
        },
    },
    curve=[
        PointSpec("dc", 0.3, 1, ("被转行故事打动", "Inspired by a success story")),
        PointSpec("dc", 0.75, 2, ("大纲看着很全", "Syllabus looks thorough")),
        PointSpec("tr", 0.35, 1, ("试听全是 Excel 基础", "Trial is Excel basics")),
        PointSpec("tr", 0.75, 2, ("群里只有推销", "Group is all sales")),
        PointSpec("de", 0.35, 1, ("看到实战项目", "Sees the real projects")),
        PointSpec("de", 0.75, 2, ("犹豫后报名", "Enrols, still unsure")),
        PointSpec("le", 0.3, 1, ("第一周就写 SQL", "Writing SQL in week one")),
        PointSpec("le", 0.7, 2, ("点评很细", "Detailed feedback")),
        PointSpec("rn", 0.3, 1, ("结课", "Graduates")),
        PointSpec("rn", 0.7, 2, ("推荐同事", "Refers a colleague")),
    ],
    interviews=("trial-interviews-2026-11.xlsx", ("访谈编码", "Coding")),
    survey="trial-exit-survey-2026-11.csv",
)

STORIES = [ECOMMERCE, BANK_LOAN, ONLINE_COURSE]


# --- the service blueprint: the bank loan seen from behind the counter -----------

EVID = LaneKind.PHYSICAL_EVIDENCE
FRONT = LaneKind.FRONTSTAGE
BACK = LaneKind.BACKSTAGE
SUPP = LaneKind.SUPPORT

#: Blueprint lanes, top to bottom: kind, id code, name.
BLUEPRINT_LANES: list[tuple[LaneKind, str, Text]] = [
    (EVID, "evidence", ("有形展示", "Physical evidence")),
    (A, "actions", ("客户行为", "Customer actions")),
    (FRONT, "frontstage", ("前台行为", "Frontstage actions")),
    (BACK, "backstage", ("后台行为", "Backstage actions")),
    (SUPP, "support", ("支持流程", "Support processes")),
    (EMO, "emotions", ("情感", "Emotions")),
]

#: Stages and their steps: (slug, name, [(step slug, name, moment of truth)]).
BLUEPRINT_STAGES: list[tuple[str, Text, list[tuple[str, Text, bool]]]] = [
    (
        "research",
        ("了解", "Research"),
        [
            ("view", ("查看产品", "View the product"), False),
            ("estimate", ("试算额度", "Estimate"), False),
        ],
    ),
    (
        "apply",
        ("申请", "Apply"),
        [
            ("form", ("填写申请", "Fill in the form"), False),
            ("upload", ("上传材料", "Upload documents"), False),
            ("submit", ("提交申请", "Submit"), True),
        ],
    ),
    (
        "review",
        ("审批", "Review"),
        [
            ("wait", ("等待审批", "Wait"), False),
            ("more", ("补充材料", "More documents"), False),
            ("decision", ("获得结果", "Decision"), True),
        ],
    ),
    (
        "payout",
        ("放款", "Payout"),
        [("sign", ("签约", "Sign"), False), ("funds", ("到账", "Funds arrive"), False)],
    ),
]


@dataclass(frozen=True)
class BlueprintCard:
    code: str  # the card id is "card-bp-<code>"
    lane: LaneKind
    step: str  # step slug
    title: Text
    body: Text
    span: int = 1
    moment: bool = False


BLUEPRINT_CARDS: list[BlueprintCard] = [
    # physical evidence
    BlueprintCard(
        "ev-page",
        EVID,
        "view",
        ("产品页与利率表", "Product page, rate table"),
        ("App 里的经营贷介绍", "The business loan page in the app"),
    ),
    BlueprintCard(
        "ev-form",
        EVID,
        "form",
        ("40 个字段的表单", "A 40-field form"),
        ("多处重复填写", "Many fields asked twice"),
    ),
    BlueprintCard(
        "ev-sms",
        EVID,
        "wait",
        ("受理短信", "'Received' text"),
        ("之后 9 天再无消息", "Then nine days of silence"),
        span=2,
    ),
    BlueprintCard(
        "ev-letter",
        EVID,
        "decision",
        ("审批结果通知", "Decision notice"),
        ("App 推送与短信", "Push message and text"),
    ),
    BlueprintCard(
        "ev-contract",
        EVID,
        "sign",
        ("电子合同", "E-contract"),
        ("手机上签署", "Signed on the phone"),
    ),
    # customer actions
    BlueprintCard(
        "act-view",
        A,
        "view",
        ("浏览经营贷", "Reads about the loan"),
        ("利率是否划算", "Is the rate fair?"),
    ),
    BlueprintCard(
        "act-estimate",
        A,
        "estimate",
        ("试算额度", "Tries the calculator"),
        ("想知道能贷多少", "How much can he get?"),
    ),
    BlueprintCard(
        "act-form",
        A,
        "form",
        ("填写申请表", "Fills in the form"),
        ("在店里抽空填", "Between customers"),
    ),
    BlueprintCard(
        "act-upload",
        A,
        "upload",
        ("拍照上传材料", "Photographs documents"),
        ("营业执照、流水", "Licence, statements"),
    ),
    BlueprintCard(
        "act-submit",
        A,
        "submit",
        ("提交申请", "Submits"),
        ("希望尽快有结果", "Hopes for a quick answer"),
        moment=True,
    ),
    BlueprintCard(
        "act-wait",
        A,
        "wait",
        ("等待并致电客服", "Waits, calls the hotline"),
        ("两次询问进度", "Asks twice about progress"),
        span=2,
    ),
    BlueprintCard(
        "act-decision",
        A,
        "decision",
        ("收到审批结果", "Gets the decision"),
        ("额度与利率", "Amount and rate"),
    ),
    BlueprintCard(
        "act-sign", A, "sign", ("签署合同", "Signs the contract"), ("在手机上完成", "On his phone")
    ),
    BlueprintCard(
        "act-funds",
        A,
        "funds",
        ("查看到账", "Checks the account"),
        ("订购新烤箱", "Orders the oven"),
    ),
    # frontstage
    BlueprintCard(
        "fr-calc",
        FRONT,
        "view",
        ("App 产品页与试算器", "App page and calculator"),
        ("即时显示参考额度", "Shows an indicative amount"),
        span=2,
    ),
    BlueprintCard(
        "fr-form",
        FRONT,
        "form",
        ("预填申请表", "Pre-filled form"),
        ("已有信息自动带出", "Known details filled in"),
    ),
    BlueprintCard(
        "fr-upload",
        FRONT,
        "upload",
        ("材料上传与检查", "Upload with checks"),
        ("当场提示缺页", "Flags missing pages at once"),
    ),
    BlueprintCard(
        "fr-confirm",
        FRONT,
        "submit",
        ("提交确认页", "Confirmation screen"),
        ("给出预计审批时间", "Gives the expected date"),
    ),
    BlueprintCard(
        "fr-hotline",
        FRONT,
        "wait",
        ("客服热线", "Hotline agent"),
        ("只能说\u201c在审核中\u201d", "Can only say 'in review'"),
    ),
    BlueprintCard(
        "fr-rm",
        FRONT,
        "more",
        ("客户经理来电", "Relationship manager calls"),
        ("请补充近 6 个月流水", "Asks for 6 months of statements"),
    ),
    BlueprintCard(
        "fr-result",
        FRONT,
        "decision",
        ("审批结果推送", "Decision message"),
        ("额度、利率、下一步", "Amount, rate, next step"),
        moment=True,
    ),
    BlueprintCard(
        "fr-esign",
        FRONT,
        "sign",
        ("App 电子签约", "E-signing in the app"),
        ("人脸识别后签署", "Face check, then sign"),
    ),
    # backstage
    BlueprintCard(
        "bk-prefill",
        BACK,
        "form",
        ("调取账户信息预填", "Pre-fill from account data"),
        ("数字银行部", "Digital banking"),
    ),
    BlueprintCard(
        "bk-docs",
        BACK,
        "upload",
        ("材料初审", "Document check"),
        ("运营中心 24 小时内", "Operations, within 24 h"),
        span=2,
    ),
    BlueprintCard(
        "bk-credit",
        BACK,
        "wait",
        ("信贷审查", "Credit review"),
        ("零售信贷部", "Business lending"),
        span=2,
    ),
    BlueprintCard(
        "bk-letter",
        BACK,
        "decision",
        ("生成审批结论", "Decision issued"),
        ("系统生成通知", "Notice generated"),
    ),
    BlueprintCard(
        "bk-payout",
        BACK,
        "sign",
        ("合同与放款", "Contract and payout"),
        ("运营中心放款", "Operations pay out"),
        span=2,
    ),
    # support processes
    BlueprintCard(
        "sp-scoring",
        SUPP,
        "view",
        ("授信评分模型", "Credit scoring model"),
        ("按流水估算额度", "Estimates from turnover"),
        span=2,
    ),
    BlueprintCard(
        "sp-los",
        SUPP,
        "form",
        ("贷款审批系统", "Loan origination system"),
        ("申请从提交到结论的状态", "Holds each application's status"),
        span=6,
    ),
    BlueprintCard(
        "sp-core",
        SUPP,
        "sign",
        ("核心银行系统", "Core banking"),
        ("开立贷款账户、入账", "Opens the loan, pays in"),
        span=2,
    ),
]

#: Links between cards: from code, to code, label.
BLUEPRINT_LINKS: list[tuple[str, str, Text]] = [
    ("sp-scoring", "fr-calc", ("参考额度", "indicative amount")),
    ("bk-prefill", "fr-form", ("预填", "pre-fill")),
    ("bk-docs", "fr-rm", ("缺材料", "missing papers")),
    ("bk-credit", "bk-letter", ("", "")),
    ("bk-letter", "fr-result", ("通知", "notify")),
    ("bk-payout", "fr-esign", ("", "")),
    ("act-submit", "fr-confirm", ("", "")),
]

#: The curve, one point per step: step slug, score, label.
BLUEPRINT_CURVE: list[tuple[str, float, Text]] = [
    ("view", 1.0, ("产品看起来合适", "Looks right")),
    ("form", -1.0, ("表单太长", "Form too long")),
    ("submit", 0.0, ("提交了，松口气", "Submitted, relieved")),
    ("wait", -2.0, ("9 天没有消息", "Nine days, no news")),
    ("decision", 1.0, ("终于批了", "Approved at last")),
    ("funds", 2.0, ("钱到了", "The money is in")),
]


def blueprint(lang: str) -> Journey:
    """The bank loan as a service blueprint: steps, the three lines and links."""
    p = BANK_LOAN.persona
    persona = Persona(
        id="persona-bp",
        name=pick(p["name"], lang),
        segment=p["segment"],
        description=pick(p["description"], lang),
        quote=pick(p["quote"], lang),
    )
    stages = []
    stage_of: dict[str, str] = {}
    for slug, name, steps in BLUEPRINT_STAGES:
        stage = Stage(
            id=f"stage-bp-{slug}",
            name=pick(name, lang),
            steps=[
                Step(id=f"step-bp-{step}", name=pick(step_name, lang), moment_of_truth=moment)
                for step, step_name, moment in steps
            ],
        )
        stages.append(stage)
        for step, _n, _m in steps:
            stage_of[step] = stage.id
    lane_ids = {kind: f"lane-bp-{code}" for kind, code, _n in BLUEPRINT_LANES}
    cards = [
        Card(
            id=f"card-bp-{c.code}",
            stage_id=stage_of[c.step],
            step_id=f"step-bp-{c.step}",
            lane_id=lane_ids[c.lane],
            title=pick(c.title, lang),
            body=pick(c.body, lang),
            span=c.span,
            moment_of_truth=c.moment,
        )
        for c in BLUEPRINT_CARDS
    ]
    links = [
        Link(
            id=f"link-bp-{i}",
            from_card=f"card-bp-{a}",
            to_card=f"card-bp-{b}",
            label=pick(label, lang),
        )
        for i, (a, b, label) in enumerate(BLUEPRINT_LINKS, start=1)
    ]
    points = [
        EmotionPoint(
            id=f"ep-bp-{i}",
            stage_id=stage_of[step],
            step_id=f"step-bp-{step}",
            position=0.5,
            score=score,
            label=pick(label, lang),
            curve_id="curve-bp-as-is",
        )
        for i, (step, score, label) in enumerate(BLUEPRINT_CURVE, start=1)
    ]
    # The customer's one curve, theirs and as-is (issue 15's curves).
    curve = Curve(
        id="curve-bp-as-is",
        name=pick(AS_IS, lang),
        kind=CurveKind.AS_IS,
        persona_id=persona.id,
        color=PALETTE[0],
        line=LINE_ORDER[0],
    )
    return Journey(
        id=f"journey-blueprint-bank-loan-{lang}",
        title=pick(("小微经营贷服务蓝图", "Small business loan: service blueprint"), lang),
        scenario=pick(BANK_LOAN.scenario, lang),
        language=lang,
        personas=[persona],
        stages=stages,
        lanes=[
            Lane(id=lane_ids[kind], name=pick(name, lang), kind=kind)
            for kind, _c, name in BLUEPRINT_LANES
        ],
        cards=cards,
        curves=[curve],
        emotion_points=points,
        links=links,
    )


# --- building and writing -------------------------------------------------------


#: The e-commerce sample's improvements: opportunity card -> (status, owner, due, done on,
#: customer value, business value, effort, pain cards it answers, note).
EC_IMPROVEMENTS: dict[str, tuple] = {
    "card-ec-pu-opp-1": (
        ImprovementStatus.DONE,
        ("结算组", "Checkout team"),
        "2024-04-30",
        "2024-04-22",
        85,
        80,
        2,
        ("card-ec-pu-pain-1",),
        ("商品页直接显示含运费的到手价。", "Product pages show the price with delivery."),
    ),
    "card-ec-co-opp-1": (
        ImprovementStatus.IN_PROGRESS,
        ("商品运营", "Merchandising"),
        "2024-06-15",
        "",
        70,
        55,
        3,
        ("card-ec-co-pain-1",),
        ("先做销量前 50 的商品。", "Top 50 products first."),
    ),
    "card-ec-lo-opp-1": (
        ImprovementStatus.PLANNED,
        ("App 团队", "App team"),
        "2024-07-31",
        "",
        60,
        75,
        2,
        ("card-ec-lo-pain-1", "card-ec-co-pain-2"),
        ("", ""),
    ),
    "card-ec-co-opp-2": (
        ImprovementStatus.IDEA,
        ("市场部", "Marketing"),
        "",
        "",
        65,
        40,
        4,
        ("card-ec-co-pain-2",),
        ("", ""),
    ),
}


#: One A/B test in the e-commerce sample: card -> (variants (name, visitors, conversions),
#: winner); the first variant is the control.
EC_EXPERIMENTS: dict[str, tuple] = {
    "card-ec-pu-opp-1": (
        ((("旧页面", "Old page"), 2400, 96), (("到手价", "Final price"), 2380, 131)),
        ("到手价", "Final price"),
    ),
}


#: The KPI of the checkout metric card: checkout completion in %, measured monthly.
EC_KPI = Kpi(
    unit="%",
    direction=KpiDirection.HIGHER,
    baseline=58,
    target=70,
    measurements=[
        Measurement(date=d, value=v)
        for d, v in (
            ("2024-01-31", 58),
            ("2024-02-29", 57),
            ("2024-03-31", 59),
            ("2024-04-30", 63),
            ("2024-05-31", 66),
            ("2024-06-30", 68),
        )
    ],
)


#: Two dated waves of the e-commerce checkout survey, either side of the day the final
#: price went onto the product pages (card-ec-pu-opp-1, done 2024-04-22): import id ->
#: (file, wave date).
EC_WAVES: dict[str, tuple[str, str]] = {
    "import-ec-checkout-1": ("checkout-survey-2024-03.xlsx", "2024-03-25"),
    "import-ec-checkout-2": ("checkout-survey-2024-05.xlsx", "2024-05-27"),
}

#: The checkout touchpoint's answers from those waves (score, respondent, zh, en, wave),
#: replacing its undated ones, so the map shows the score before and after the fix. The
#: mean stays 0.2 to one decimal, the emotion point's score.
EC_WAVE_ANSWERS: dict[str, tuple[tuple, ...]] = {
    "card-ec-pu-tp-1": (
        (-1, "R0112", "运费到最后才冒出来，感觉被套路了。",
         "Delivery costs only showed up at the end. Felt like a trick.", "import-ec-checkout-1"),
        (0, "R0127", "地址又要填一遍，有点烦，不过还好。",
         "Had to type my address again. A bit annoying, but fine.", "import-ec-checkout-1"),
        (-1, "R0140", "到最后一步才知道要 12 块运费，差点不买了。",
         "Found the £4 delivery only at the last step and nearly gave up.", "import-ec-checkout-1"),
        (1, "R0503", "商品页就写了到手价，结算时没有意外。",
         "The product page showed the final price, so no surprises at checkout.",
         "import-ec-checkout-2"),
        (1, "R0517", "新人券直接抵了 50，挺划算的。",
         "The new-customer coupon took £8 off, which was a good deal.", "import-ec-checkout-2"),
        (1, "R0529", "支付挺顺的，一次就成功了。",
         "Payment was smooth and worked first time.", "import-ec-checkout-2"),
    ),
}


def with_waves(journey: Journey, lang: str) -> Journey:
    """The e-commerce sample's checkout touchpoint answered in two dated survey waves,
    and the done improvement naming it by its evidence, so the touchpoint card shows the
    score before and after the fix with Welch's verdict (canvas/before_after.py)."""
    imports = [
        ImportRecord(
            id=ident,
            sha256=hashlib.sha256(source.encode()).hexdigest(),
            source=source,
            rows=3,
            wave=date[:7],
            wave_date=date,
        )
        for ident, (source, date) in EC_WAVES.items()
    ]
    named: list[str] = []
    cards = []
    for card in journey.cards:
        answers = EC_WAVE_ANSWERS.get(card.id)
        if answers is not None:
            rows = {ident: 1 for ident in EC_WAVES}
            evidence = []
            for i, (score, respondent, zh, en, wave) in enumerate(answers, start=1):
                rows[wave] += 1
                evidence.append(
                    Evidence(
                        id=f"ev-ec-pu-tp-1-{i}",
                        text=pick((zh, en), lang),
                        score=score,
                        source=EC_WAVES[wave][0],
                        row=rows[wave],
                        respondent=respondent,
                        import_id=wave,
                    )
                )
            named.append(evidence[0].id)  # the complaint the improvement answers
            card = card.model_copy(update={"evidence": evidence})
        cards.append(card)
    out = []
    for card in cards:
        if card.id == "card-ec-pu-opp-1" and card.improvement is not None:
            imp = card.improvement.model_copy(update={"evidence": named})
            card = card.model_copy(update={"improvement": imp})
        out.append(card)
    return journey.model_copy(update={"cards": out, "imports": imports})


#: The e-commerce sample's planned automations, on a triggers lane below the standard
#: ones: stage code -> (title, body, channel, event, delay, action, segment), zh and en.
EC_TRIGGERS: dict[str, tuple[Text, ...]] = {
    "pu": (
        ("购物车提醒", "Basket reminder"),
        ("放弃结算的顾客收到一次提醒，附上到手价。", "Shoppers who leave checkout get one reminder with the final price."),
        ("App 推送", "Push notification"),
        ("购物车放弃", "basket abandoned"),
        ("30 分钟", "30 min"),
        ("推送含到手价的提醒", "send a reminder with the final price"),
        ("新客", "new customers"),
    ),
    "us": (
        ("邀请评价", "Review request"),
        ("签收三天后请顾客写评价，帮下一位顾客做决定。", "Three days after delivery, ask for a review that helps the next shopper."),
        ("短信", "SMS"),
        ("订单签收", "order delivered"),
        ("3 天", "3 days"),
        ("邀请写评价", "ask for a review"),
        ("", ""),
    ),
}


def with_triggers(journey: Journey, lang: str) -> Journey:
    """The e-commerce sample with a triggers lane (个性化规则与触发机制): a basket
    reminder and a review request, drawn on the map and listed in the action plan."""
    lane = Lane(id=lane_id(LaneKind.TRIGGERS), name=("触发规则", "Triggers")[LANGUAGES.index(lang)],
                kind=LaneKind.TRIGGERS)
    cards = [
        Card(
            id=f"card-ec-{code}-trg-1",
            stage_id=next(s.id for s in journey.stages if s.id == f"stage-{slug}"),
            lane_id=lane.id,
            title=pick(title, lang),
            body=pick(body, lang),
            channel=pick(channel, lang),
            trigger=Trigger(
                event=pick(event, lang),
                delay=pick(delay, lang),
                action=pick(action, lang),
                segment=pick(segment, lang),
            ),
        )
        for code, slug in (("pu", "purchase"), ("us", "use"))
        for title, body, channel, event, delay, action, segment in [EC_TRIGGERS[code]]
    ]
    return journey.model_copy(
        update={"lanes": [*journey.lanes, lane], "cards": [*journey.cards, *cards]}
    )


#: The KPI links of the samples: improvement card -> the metric cards it should move.
EC_KPI_LINKS = {"card-ec-pu-opp-1": ("card-ec-pu-met-1",)}


#: The bank-loan sample: what the team decided about the application and approval.
LOAN_IMPROVEMENTS: dict[str, tuple] = {
    "card-loan-ap-opp-1": (
        ImprovementStatus.DONE,
        ("数字渠道组", "Digital channels"),
        "2024-05-31",
        "2024-05-20",
        80,
        75,
        2,
        ("card-loan-ap-pain-1",),
        ("表单分三步，每步自动保存。", "The form in three steps, each saved as you go."),
    ),
    "card-loan-av-opp-1": (
        ImprovementStatus.IN_PROGRESS,
        ("审批运营", "Credit operations"),
        "2024-08-31",
        "",
        70,
        55,
        3,
        ("card-loan-av-pain-1", "card-loan-av-pain-2"),
        ("短信和 App 同步推送每个审批节点。", "Every review step pushed by SMS and in the app."),
    ),
    "card-loan-rs-opp-1": (
        ImprovementStatus.PLANNED,
        ("产品部", "Product team"),
        "2024-09-30",
        "",
        65,
        70,
        2,
        ("card-loan-rs-pain-1",),
        ("", ""),
    ),
    "card-loan-rp-opp-2": (
        ImprovementStatus.IDEA,
        ("零售信贷", "Retail lending"),
        "",
        "",
        45,
        80,
        4,
        (),
        ("", ""),
    ),
}

LOAN_EXPERIMENTS: dict[str, tuple] = {
    "card-loan-ap-opp-1": (
        ((("旧表单", "Old form"), 1800, 684), (("分步表单", "Step-by-step form"), 1790, 823)),
        ("分步表单", "Step-by-step form"),
    ),
}

LOAN_KPIS = {
    "card-loan-ap-met-1": Kpi(
        unit="%",
        direction=KpiDirection.HIGHER,
        baseline=38,
        target=55,
        measurements=[
            Measurement(date=d, value=v)
            for d, v in (
                ("2024-01-31", 38),
                ("2024-02-29", 37),
                ("2024-03-31", 39),
                ("2024-04-30", 41),
                ("2024-05-31", 47),
                ("2024-06-30", 52),
            )
        ],
    )
}
LOAN_KPI_LINKS = {"card-loan-ap-opp-1": ("card-loan-ap-met-1",)}


#: The online-course sample: the trial is where buyers are won or lost.
COURSE_IMPROVEMENTS: dict[str, tuple] = {
    "card-oc-tr-opp-1": (
        ImprovementStatus.DONE,
        ("教研组", "Curriculum team"),
        "2024-04-15",
        "2024-04-08",
        80,
        70,
        3,
        ("card-oc-tr-pain-1",),
        ("报名时问目标，按目标分三条试听路线。", "Ask the goal at sign-up; three trial routes."),
    ),
    "card-oc-tr-opp-2": (
        ImprovementStatus.PLANNED,
        ("教研组", "Curriculum team"),
        "2024-07-31",
        "",
        75,
        60,
        4,
        ("card-oc-tr-pain-1",),
        ("", ""),
    ),
    "card-oc-de-opp-1": (
        ImprovementStatus.IN_PROGRESS,
        ("市场部", "Marketing"),
        "2024-06-30",
        "",
        60,
        65,
        2,
        ("card-oc-de-pain-1",),
        ("每门课公开两节完整课。", "Two full lessons of every course in the open."),
    ),
    "card-oc-le-opp-1": (
        ImprovementStatus.IDEA,
        ("运营组", "Operations"),
        "",
        "",
        50,
        45,
        2,
        (),
        ("", ""),
    ),
}

#: Measured by the trial's satisfaction score (1-5): means, SDs and ns, so Welch decides.
COURSE_EXPERIMENTS: dict[str, tuple] = {
    "card-oc-tr-opp-1": (
        (
            (("统一试听", "One trial"), 2.9, 1.1, 140),
            (("按目标试听", "Trial by goal"), 3.6, 1.0, 152),
        ),
        ("按目标试听", "Trial by goal"),
    ),
}

COURSE_KPIS = {
    "card-oc-tr-met-1": Kpi(
        unit="%",
        direction=KpiDirection.HIGHER,
        baseline=3.2,
        target=5,
        measurements=[
            Measurement(date=d, value=v)
            for d, v in (
                ("2024-01-31", 3.2),
                ("2024-02-29", 3.1),
                ("2024-03-31", 3.3),
                ("2024-04-30", 3.9),
                ("2024-05-31", 4.4),
                ("2024-06-30", 4.8),
            )
        ],
    )
}
COURSE_KPI_LINKS = {"card-oc-tr-opp-1": ("card-oc-tr-met-1",)}

#: story key -> (improvements, experiments, KPIs by metric card, KPI links)
SAMPLE_IMPROVEMENTS: dict[str, tuple] = {
    "ecommerce": (EC_IMPROVEMENTS, EC_EXPERIMENTS, {"card-ec-pu-met-1": EC_KPI}, EC_KPI_LINKS),
    "bank-loan": (LOAN_IMPROVEMENTS, LOAN_EXPERIMENTS, LOAN_KPIS, LOAN_KPI_LINKS),
    "online-course": (COURSE_IMPROVEMENTS, COURSE_EXPERIMENTS, COURSE_KPIS, COURSE_KPI_LINKS),
}


def with_improvements(journey: Journey, key: str, lang: str) -> Journey:
    """The sample with some opportunities made improvements, scored and owned, a KPI
    with measurements on a metric card, and one A/B experiment."""
    table, tests, kpis, links = SAMPLE_IMPROVEMENTS[key]
    cards = []
    for card in journey.cards:
        found = table.get(card.id)
        if card.id in kpis:
            card = card.model_copy(update={"kpi": kpis[card.id]})
        if found is not None:
            status, owner, due, done, customer, business, effort, pains, note = found
            card = card.model_copy(
                update={
                    "owner": pick(owner, lang),
                    "improvement": Improvement(
                        status=status,
                        due=due,
                        done_on=done,
                        customer_value=customer,
                        business_value=business,
                        effort=effort,
                        pains=list(pains),
                        kpis=list(links.get(card.id, ())),
                        note=pick(note, lang),
                        experiment=_experiment(tests.get(card.id), lang),
                    ),
                }
            )
        cards.append(card)
    return journey.model_copy(update={"cards": cards})


def _experiment(found: tuple | None, lang: str) -> Experiment | None:
    """Variants as (name, visitors, conversions), or (name, mean, SD, n) for mean scores."""
    if found is None:
        return None
    variants, winner = found
    if len(variants[0]) == 4:
        return Experiment(
            measure=ExperimentMeasure.MEAN,
            variants=[
                Variant(name=pick(name, lang), mean=mean, sd=sd, n=n)
                for name, mean, sd, n in variants
            ],
            winner=pick(winner, lang),
        )
    return Experiment(
        variants=[
            Variant(name=pick(name, lang), visitors=n, conversions=x) for name, n, x in variants
        ],
        winner=pick(winner, lang),
    )


def sketch_png(accent: tuple[int, int, int]) -> str:
    """A small storyboard frame drawn pixel by pixel (a phone screen: a header bar, a
    picture block, text lines, a button in the accent colour) as a PNG data: URI, so
    every sample shows a card with a picture and the build needs no image files."""
    width, height = 240, 150
    page, ink, grey, pale = (250, 250, 250), (55, 71, 79), (176, 190, 197), (224, 230, 233)

    def colour(x: int, y: int) -> tuple[int, int, int]:
        if y < 18:
            return ink  # the app's header bar
        if 28 <= y < 96 and 12 <= x < 110:
            return pale if (x // 12 + y // 12) % 2 else grey  # the product picture
        for top, right in ((32, 220), (46, 200), (60, 210), (74, 170)):
            if top <= y < top + 6 and 122 <= x < right:
                return grey  # lines of text
        if 110 <= y < 134 and 122 <= x < 222:
            return accent  # the button
        return page

    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in colour(x, y)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    png = b"\x89PNG\r\n\x1a\n" + chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    )
    png += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def with_picture(journey: Journey) -> Journey:
    """The first touchpoint of the second stage carries a storyboard frame."""
    lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    stage = journey.stages[1].id if len(journey.stages) > 1 else None
    target = next((c for c in journey.cards if c.lane_id in lanes and c.stage_id == stage), None)
    if target is None:
        return journey
    picture = sketch_png((255, 143, 0))
    cards = [c.model_copy(update={"image": picture}) if c is target else c for c in journey.cards]
    return journey.model_copy(update={"cards": cards})


def templates() -> dict[str, Journey]:
    """Every bundled template by name, in a stable order."""
    out: dict[str, Journey] = {}
    for lang in LANGUAGES[::-1]:
        out[f"blank-{lang}"] = blank(lang)
    for lang in LANGUAGES[::-1]:
        out[f"default-{lang}"] = default(lang)
    for story in STORIES:
        for lang in LANGUAGES:
            journey = build_story(story, lang)
            if story.key in SAMPLE_IMPROVEMENTS:
                journey = with_improvements(journey, story.key, lang)
            if story.key == "ecommerce":
                journey = with_triggers(with_waves(journey, lang), lang)
            out[f"sample-{story.key}-{lang}"] = with_picture(journey)
    for lang in LANGUAGES:
        out[f"blueprint-bank-loan-{lang}"] = blueprint(lang)
    return out


def _dumps(journey: Journey) -> str:
    """The file text: the project's writer when it exists, plain JSON until then."""
    try:
        from journeycanvas.io import journey_file

        dumps = journey_file.dumps
    except (ImportError, AttributeError):
        data = journey.model_dump(mode="json")
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    text = dumps(journey)
    return text.decode("utf-8") if isinstance(text, bytes) else text


def _write(journey: Journey, path: Path) -> None:
    path.write_text(_dumps(journey), encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"folder to write to (default {DEFAULT_OUT})"
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when a file in --out differs from what would be written",
    )
    args = parser.parse_args(argv)
    stale = []
    if not args.check:
        args.out.mkdir(parents=True, exist_ok=True)
    for name, journey in templates().items():
        path = args.out / f"{name}{SUFFIX}"
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != _dumps(journey):
                stale.append(name)
            continue
        _write(journey, path)
        print(
            f"{path}: {len(journey.stages)} stages, {len(journey.lanes)} lanes, "
            f"{len(journey.cards)} cards, {len(journey.emotion_points)} points"
        )
    if stale:
        print(f"out of date in {args.out}: {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
