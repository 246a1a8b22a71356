"""Importing the spreadsheets people really have: every layout, encoding and scale.

Expected counts and means are computed here from the fixture's raw answers with
the linear mapping s = -2 + 4 (v - lo) / (hi - lo), independently of the importer.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from sheet_fixtures import (
    AGREE_EN,
    INTERVIEW_ROWS,
    LIKERT_EN,
    LIKERT_ZH,
    interview_xlsx,
    long_csv,
    qualtrics_csv,
    surveymonkey_xlsx,
    wjx_xlsx,
)

from journeycanvas.canvas.model import Evidence, LaneKind, summary
from journeycanvas.io.importers.errors import SheetImportError
from journeycanvas.io.importers.importer import ImportOptions, import_sheet
from journeycanvas.io.importers.scales import Scale


def expected(answers, lo: float, hi: float) -> dict[tuple[str, str], tuple[int, float]]:
    """(stage, touchpoint) -> (responses, mean score) from raw (stage, touchpoint, value)."""
    groups: dict[tuple[str, str], list[float]] = defaultdict(list)
    for stage, point, value in answers:
        if value is None:
            groups.setdefault((stage, point), [])
            continue
        groups[(stage, point)].append(-2 + 4 * (value - lo) / (hi - lo))
    return {k: (len(v), sum(v) / len(v) if v else None) for k, v in groups.items()}


def got(journey) -> dict[tuple[str, str], tuple[int, float]]:
    return {
        (stage["name"], tp["title"]): (tp["responses"], tp["score"])
        for stage in summary(journey)["stages"]
        for tp in stage["touchpoints"]
    }


def assert_same(actual, wanted) -> None:
    assert set(actual) == set(wanted)
    for key, (count, mean) in wanted.items():
        assert actual[key][0] == count, key
        if mean is None:
            assert actual[key][1] is None, key
        else:
            assert actual[key][1] == pytest.approx(mean, abs=0.005), key


INTERVIEW_TRUTH = [(r[1], r[2], r[4]) for r in INTERVIEW_ROWS]


# --- long layout ------------------------------------------------------------------


def test_interview_sheet_on_second_sheet_under_title_and_blank_row(tmp_path):
    path = interview_xlsx(tmp_path / "访谈.xlsx")
    journey, _, plan = import_sheet(path)
    assert plan.source.table.sheet == "访谈编码"
    assert plan.mapping.layout == "long"
    assert_same(got(journey), expected(INTERVIEW_TRUTH, 1, 7))
    # Stages and touchpoints in the order first met.
    assert [s.name for s in journey.stages] == ["认知", "购买", "使用"]
    assert [c["title"] for c in summary(journey)["stages"][0]["touchpoints"]] == [
        "短视频广告",
        "朋友推荐",
    ]


def test_evidence_keeps_source_sheet_row_respondent_and_quote(tmp_path):
    path = interview_xlsx(tmp_path / "访谈.xlsx")
    journey, _, _ = import_sheet(path)
    pay = next(c for c in journey.cards if c.title == "支付")
    first = pay.evidence[0]
    # Title row 1, blank row 2, header row 3, data from row 4; a blank row after the 4th.
    assert (first.source, first.sheet, first.row, first.respondent) == (
        "访谈.xlsx",
        "访谈编码",
        9,
        "P02",
    )
    assert first.text == "支付总是失败，扣款两次"
    # Evidence is made without re-validation for speed: it must be what validation makes.
    assert Evidence.model_validate(first.model_dump()) == first
    assert journey.model_validate(journey.model_dump()) == journey
    assert first.score == pytest.approx(-2.0)
    quote_only = next(c for c in journey.cards if c.title == "客服")
    assert quote_only.responses == 0 and quote_only.evidence[0].text == "电话一直占线"
    assert next(c for c in journey.cards if c.title == "短视频广告").channel == "抖音"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_in_every_encoding_and_delimiter(tmp_path, encoding, delimiter):
    path = long_csv(tmp_path / "codes.csv", INTERVIEW_ROWS, encoding, delimiter)
    journey, _, plan = import_sheet(path)
    assert [plan.mapping.roles[i] for i in range(6)] == [
        "respondent",
        "stage",
        "touchpoint",
        "channel",
        "score",
        "comment",
    ]
    # The scale (1-7) comes from the values alone here: the header has no hint.
    assert_same(got(journey), expected(INTERVIEW_TRUTH, 1, 7))
    assert any(e.text == "广告太多了，很烦" for c in journey.cards for e in c.evidence)


def _rows_with(values):
    stages = ["认知", "购买", "使用"]
    points = ["广告", "支付", "配送"]
    return [
        (f"R{i}", stages[i % 3], points[i % 3], "", v, f"comment {i}") for i, v in enumerate(values)
    ]


LABEL_CASES = {
    "zh satisfaction": (LIKERT_ZH, lambda i: LIKERT_ZH[i - 1], 5),
    "zh agreement": (
        None,
        lambda i: ["非常不同意", "不同意", "一般", "同意", "非常同意"][i - 1],
        5,
    ),
    "en satisfaction": (LIKERT_EN, lambda i: LIKERT_EN[i - 1], 5),
    "en agreement": (AGREE_EN, lambda i: AGREE_EN[i - 1], 5),
    "prefixed en": (None, lambda i: f"{i} - {LIKERT_EN[i - 1]}", 5),
    "prefixed zh": (None, lambda i: f"{i} = {LIKERT_ZH[i - 1]}", 5),
    "circled": (None, lambda i: "①②③④⑤"[i - 1], 5),
    "1-5 numbers": (None, lambda i: i, 5),
    "1-7 numbers": (None, lambda i: i + 2, 7),
}


@pytest.mark.parametrize("case", list(LABEL_CASES))
def test_every_scale_maps_linearly_onto_minus_two_plus_two(tmp_path, case):
    _, label, top = LABEL_CASES[case]
    places = [1, 2, 3, 4, 5, 5, 4, 1, 2]
    rows = _rows_with([label(p) for p in places])
    path = long_csv(tmp_path / "scale.csv", rows, "utf-8")
    journey, collected, _ = import_sheet(path)
    values = [p + 2 if case == "1-7 numbers" else p for p in places]
    truth = [(r[1], r[2], v) for r, v in zip(rows, values, strict=True)]
    assert_same(got(journey), expected(truth, 1, top))
    assert {str(s) for s in collected.scales.values()} == {f"1-{top}"}


def test_zero_to_ten_scale_from_values_and_header_hint(tmp_path):
    rows = _rows_with([0, 10, 7, 3, 9, 8])
    path = long_csv(tmp_path / "nps.csv", rows, "utf-8")
    journey, _, _ = import_sheet(path)
    assert_same(got(journey), expected([(r[1], r[2], r[4]) for r in rows], 0, 10))
    # Only 1..4 answered: a header hint decides; without it the import asks.
    rows = _rows_with([1, 2, 3, 4, 2, 1])
    path = interview_xlsx(tmp_path / "hint.xlsx", rows, header_hint="（1-5分）")
    journey, _, _ = import_sheet(path)
    assert_same(got(journey), expected([(r[1], r[2], r[4]) for r in rows], 1, 5))


def test_an_ambiguous_scale_is_reported_and_scale_option_decides(tmp_path):
    rows = _rows_with([1, 2, 3, 2, 1, 3])
    path = long_csv(tmp_path / "few.csv", rows, "utf-8")
    with pytest.raises(SheetImportError, match="fits 1-5, 1-7 and 0-10 alike"):
        import_sheet(path)
    journey, _, _ = import_sheet(path, ImportOptions(scale=Scale(1, 7)))
    assert_same(got(journey), expected([(r[1], r[2], r[4]) for r in rows], 1, 7))


# --- wide layout ------------------------------------------------------------------


def test_wjx_export_questions_map_to_bracketed_touchpoints_metadata_ignored(tmp_path):
    answers = [
        ["满意", "非常不满意", "一般"],
        ["非常满意", "不满意", "(跳过)"],
        ["一般", "非常不满意", "满意"],
        ["满意", "不满意", "非常满意"],
    ]
    advice = ["支付太麻烦", "", "付款失败", "(跳过)"]
    path = wjx_xlsx(tmp_path / "问卷星.xlsx", answers, advice)
    journey, _, plan = import_sheet(path)
    assert plan.mapping.layout == "wide"
    assert [c.header for c in plan.mapping.columns_with("question")] == [
        "1、您对【下单】环节的满意度",
        "2、您对【支付】环节的满意度",
        "3、您对【配送】环节的满意度",
    ]
    truth = [
        ("问卷", point, LIKERT_ZH.index(a) + 1 if a in LIKERT_ZH else None)
        for row in answers
        for point, a in zip(["下单", "支付", "配送"], row, strict=True)
    ]
    assert_same(got(journey), expected(truth, 1, 5))
    assert journey.language == "zh"


def test_qualtrics_three_header_rows_and_text_choices(tmp_path):
    answers = [
        ["Very satisfied", "Very dissatisfied", "Satisfied"],
        ["Satisfied", "Dissatisfied", ""],
        ["Neither satisfied nor dissatisfied", "Very dissatisfied", "Very satisfied"],
    ]
    path = qualtrics_csv(tmp_path / "qualtrics.csv", answers, ["", "slow", "card declined"])
    journey, _, plan = import_sheet(path)
    assert plan.mapping.header.rows == (0, 1, 2)
    assert len(plan.mapping.columns_with("question")) == 3
    names = ["Finding a product", "Checkout", "Delivery"]
    truth = [
        ("Survey", n, LIKERT_EN.index(a) + 1 if a else None)
        for row in answers
        for n, a in zip(names, row, strict=True)
    ]
    assert_same(got(journey), expected(truth, 1, 5))


def test_surveymonkey_two_header_rows_with_prefixed_labels(tmp_path):
    answers = [
        ["5 - Strongly agree", "2 - Disagree", "1 - Strongly disagree"],
        ["4 - Agree", "1 - Strongly disagree", "2 - Disagree"],
        ["5 - Strongly agree", "3 - Neither agree nor disagree", "1 - Strongly disagree"],
    ]
    path = surveymonkey_xlsx(tmp_path / "monkey.xlsx", answers)
    journey, _, plan = import_sheet(path)
    assert plan.mapping.header.rows == (0, 1)
    assert [c.header for c in plan.mapping.columns_with("question")] == [
        "How much do you agree: the step was easy - Sign up",
        "How much do you agree: the step was easy - Top up",
        "How much do you agree: the step was easy - Withdraw",
    ]
    truth = [
        ("Survey", n, int(a[0]))
        for row in answers
        for n, a in zip(["Sign up", "Top up", "Withdraw"], row, strict=True)
    ]
    assert_same(got(journey), expected(truth, 1, 5))


def test_emotion_curve_has_one_point_per_touchpoint_at_its_mean(tmp_path):
    journey, _, _ = import_sheet(interview_xlsx(tmp_path / "访谈.xlsx"))
    scored = [c for c in journey.cards if c.responses]
    points = {p.card_id: p for p in journey.emotion_points}
    assert set(points) == {c.id for c in scored}
    for card in scored:
        assert points[card.id].score == pytest.approx(card.score)
        assert points[card.id].stage_id == card.stage_id


def test_worst_touchpoints_get_suggested_pain_points_with_negative_quotes(tmp_path):
    journey, _, _ = import_sheet(interview_xlsx(tmp_path / "访谈.xlsx"))
    pain_lane = journey.lanes_of(LaneKind.PAIN_POINTS)[0]
    suggested = [c for c in journey.cards if c.lane_id == pain_lane.id]
    # Only 支付 (1, 2, 1 on 1-7: mean -1.78, 3 responses) is bad enough and has enough answers.
    assert [(c.title, c.suggested) for c in suggested] == [("支付", True)]
    body = suggested[0].body
    assert "支付总是失败，扣款两次" in body and "银行卡绑不上" in body and "付款页面卡死" in body
    assert "新人券很划算" not in body
