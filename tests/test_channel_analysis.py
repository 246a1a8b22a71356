"""The omnichannel analysis, checked against answers worked out independently here.

Means and Welch's t and degrees of freedom are computed in the test from the
fixture's table (tests/channel_fixture.py) with their textbook formulas; the
p-values are checked against closed forms of the t distribution (df = 1, 2),
textbook critical values, a numerical integral of the t density, and scipy
when the test venv happens to have it.
"""

from __future__ import annotations

import math
from statistics import fmean, variance

import pytest
from channel_fixture import channel_journey

from journeycanvas.canvas.analysis.channel_names import channel_key, display_name, split_channels
from journeycanvas.canvas.analysis.channels import channel_matrix, channels_summary
from journeycanvas.canvas.model import Evidence
from journeycanvas.canvas.student_t import regularized_beta, t_two_sided_p, welch_test


def hand_welch(a: list[float], b: list[float]) -> tuple[float, float, float]:
    """(difference, t, df) by the textbook formulas."""
    sa, sb = variance(a) / len(a), variance(b) / len(b)
    t = (fmean(a) - fmean(b)) / math.sqrt(sa + sb)
    df = (sa + sb) ** 2 / (sa**2 / (len(a) - 1) + sb**2 / (len(b) - 1))
    return fmean(a) - fmean(b), t, df


def integrated_p(t: float, df: float, steps: int = 20000) -> float:
    """2 * P(T > |t|) by Simpson's rule on the t density, after x = |t| + u / (1 - u)."""
    c = math.gamma((df + 1) / 2) / (math.sqrt(df * math.pi) * math.gamma(df / 2))

    def f(u: float) -> float:
        if u >= 1.0:
            return 0.0
        x = abs(t) + u / (1 - u)
        return c * (1 + x * x / df) ** (-(df + 1) / 2) / (1 - u) ** 2

    h = 1.0 / steps
    total = f(0) + f(1) + sum((4 if i % 2 else 2) * f(i * h) for i in range(1, steps))
    return 2 * total * h / 3


# --- channel names ------------------------------------------------------------------


def test_app_store_app_and_mobile_app_are_one_channel():
    assert {channel_key(t) for t in ("App", "商城 App", "mobile app", "Store app", "ＡＰＰ")} == {
        "app"
    }
    assert display_name("mobile app", "zh") == "App"
    assert display_name("电话", "en") == "Phone"
    assert display_name("  某个小众论坛 ", "zh") == "某个小众论坛"  # unknown: kept as typed


def test_a_card_naming_two_channels_is_split():
    assert split_channels("App 推送、短信") == ["App 推送", "短信"]
    assert split_channels("Push notification, SMS") == ["Push notification", "SMS"]


# --- the t distribution ------------------------------------------------------------


@pytest.mark.parametrize("t", [0.3, 1.0, 2.5, 7.0])
def test_t_tail_matches_the_closed_forms_for_one_and_two_degrees_of_freedom(t):
    assert t_two_sided_p(t, 1) == pytest.approx(1 - 2 / math.pi * math.atan(t), abs=1e-12)
    assert t_two_sided_p(t, 2) == pytest.approx(1 - t / math.sqrt(2 + t * t), abs=1e-12)


@pytest.mark.parametrize(
    ("t", "df", "p"),
    # Two-sided critical values from a printed t table.
    [(2.228, 10, 0.05), (3.169, 10, 0.01), (2.086, 20, 0.05), (1.96, 1e6, 0.05), (12.706, 1, 0.05)],
)
def test_t_tail_matches_a_printed_table(t, df, p):
    assert t_two_sided_p(t, df) == pytest.approx(p, abs=5e-4)


@pytest.mark.parametrize(("t", "df"), [(0.8, 3.3), (2.4, 7.9), (4.1, 5.5), (1.2, 30.0)])
def test_t_tail_matches_a_numerical_integral_at_fractional_df(t, df):
    assert t_two_sided_p(t, df) == pytest.approx(integrated_p(t, df), rel=1e-6)


def test_regularized_beta_edges_and_symmetry():
    assert regularized_beta(2.0, 3.0, 0.0) == 0.0 and regularized_beta(2.0, 3.0, 1.0) == 1.0
    # I_x(a, b) = 1 - I_{1-x}(b, a); I_x(1, 1) = x.
    assert regularized_beta(2.5, 0.5, 0.3) == pytest.approx(1 - regularized_beta(0.5, 2.5, 0.7))
    assert regularized_beta(1.0, 1.0, 0.37) == pytest.approx(0.37)


def test_welch_against_scipy_when_it_is_installed():
    stats = pytest.importorskip("scipy.stats")
    a, b = [1.0, 2.0, 2.0, 1.0, 2.0], [-2.0, -1.0, -2.0, -1.0, 0.5]
    ours, theirs = welch_test(a, b), stats.ttest_ind(a, b, equal_var=False)
    assert ours.t == pytest.approx(theirs.statistic) and ours.p == pytest.approx(theirs.pvalue)


def test_welch_cannot_be_computed_without_spread_or_with_one_answer():
    assert welch_test([1.0], [1.0, 2.0]) is None
    assert welch_test([1.0, 1.0], [2.0, 2.0]) is None


# --- the matrix ------------------------------------------------------------------


def test_matrix_cells_hold_the_touchpoints_and_the_mean_with_n():
    m = channel_matrix(channel_journey())
    assert [(c.key, c.name) for c in m.channels] == [
        ("app", "App"),
        ("search", "搜索引擎"),
        ("hotline", "客服热线"),
        ("store", "门店"),
        ("live_chat", "在线客服"),
    ]
    expected = {
        ("app", "s1"): (["t-page"], [1, 2, 1, 2]),
        ("search", "s1"): (["t-ad"], [0, 1]),
        ("app", "s2"): (["t-cart"], [1, 2, 2, 1, 2]),
        ("hotline", "s2"): (["t-call"], [-2, -1, -2, -1]),
        ("store", "s2"): (["t-shop"], [1, 0, 1]),
        ("live_chat", "s3"): (["t-chat"], [-1, -2, -1]),
        ("app", "s3"): (["t-help"], [1, 2]),
    }
    assert set(m.cells) == set(expected)
    for key, (cards, scores) in expected.items():
        cell = m.cells[key]
        assert cell.card_ids == cards
        assert cell.responses == len(scores)
        assert cell.score == pytest.approx(sum(scores) / len(scores))
    assert m.cell("hotline", "s1") is None  # a channel not used at that stage


def test_an_answers_own_channel_wins_over_its_cards():
    j = channel_journey()
    card = j.card("t-cart")
    own = Evidence(id="ev-own", score=-2.0, respondent="r13", channel="门店")
    j = j.model_copy(
        update={
            "cards": [
                c.model_copy(update={"evidence": [*c.evidence, own]}) if c.id == card.id else c
                for c in j.cards
            ]
        }
    )
    m = channel_matrix(j)
    assert sorted(m.cells[("store", "s2")].scores) == [-2, 0, 1, 1]
    assert m.cells[("app", "s2")].responses == 5
    assert set(m.cells[("store", "s2")].card_ids) == {"t-shop", "t-cart"}


def test_consistency_flags_are_the_channels_welch_sets_apart():
    m = channel_matrix(channel_journey())
    got = {(f.stage_id, f.channel): f for f in m.flags}
    # s1: App [1,2,1,2] against search [0,1] has p = 0.24: not flagged.
    # s2: three channels; each against the other two.
    app, call, shop = [1, 2, 2, 1, 2], [-2, -1, -2, -1], [1, 0, 1]
    for channel, mine, others in (("app", app, call + shop), ("hotline", call, app + shop)):
        diff, t, df = hand_welch(mine, others)
        flag = got.pop(("s2", channel))
        assert flag.difference == pytest.approx(diff)
        assert flag.test.t == pytest.approx(t) and flag.test.df == pytest.approx(df)
        assert flag.p == pytest.approx(integrated_p(t, df), rel=1e-5)
        assert flag.p < 0.05
        assert (flag.responses, flag.others_responses) == (len(mine), len(others))
    _d, t, df = hand_welch(shop, app + call)
    assert integrated_p(t, df) > 0.05  # the store is not set apart
    # s3: live chat [-1,-2,-1] against App [1,2]; two channels: flagged once, on the lower.
    flag = got.pop(("s3", "live_chat"))
    diff, t, df = hand_welch([-1, -2, -1], [1, 2])
    assert (flag.difference, flag.test.df) == (pytest.approx(diff), pytest.approx(df))
    assert got == {}


def test_channel_switches_compare_the_score_after_a_switch_with_staying():
    s = channel_matrix(channel_journey()).switches
    # r1-r3: App, App, live chat (stay, then switch); r4: App throughout;
    # r5: search then App then App; r6: search then phone; r7-r12: one stage only.
    assert {k: v for k, v in s.per_respondent.items() if v} == {
        "r1": 1,
        "r2": 1,
        "r3": 1,
        "r5": 1,
        "r6": 1,
    }
    assert sorted(s.after_switch) == sorted([-1, -2, -1, 2, -2])
    assert sorted(s.after_stay) == sorted([1, 2, 2, 1, 1, 2])
    diff, t, df = hand_welch([-1, -2, -1, 2, -2], [1, 2, 2, 1, 1, 2])
    assert s.comparison.difference == pytest.approx(diff) == pytest.approx(-0.8 - 1.5)
    assert s.comparison.t == pytest.approx(t) and s.comparison.df == pytest.approx(df)
    # One break: App at s2 to live chat at s3, three respondents, from 5/3 down to -4/3.
    assert [(b.from_stage, b.to_stage, b.from_channel, b.to_channel) for b in s.breaks] == [
        ("s2", "s3", "app", "live_chat")
    ]
    assert s.breaks[0].responses == 3 and s.breaks[0].change == pytest.approx(-3.0)


def test_summary_lists_every_channel_with_every_stage():
    out = channels_summary(channel_journey())
    assert out[0] == {
        "name": "App",
        "stages": [
            {"stage": "浏览", "responses": 4, "score": 1.5},
            {"stage": "购买", "responses": 5, "score": 1.6},
            {"stage": "售后", "responses": 2, "score": 1.5},
        ],
    }
    assert out[2]["stages"][0] == {"stage": "浏览", "responses": 0, "score": None}


# --- the user's edits -------------------------------------------------------------


def test_renaming_a_channel_rewrites_the_cards_and_merging_joins_the_rows():
    from journeycanvas.canvas.channel_edits import rename_channel

    before = channel_journey()
    after = rename_channel(before, "app", "禾木 App")
    assert [after.card(c).channel for c in ("t-page", "t-cart", "t-help")] == ["禾木 App"] * 3
    assert before.card("t-page").channel == "商城 App"  # copy on write
    assert "禾木app" in {c.key for c in channel_matrix(after).channels}
    merged = rename_channel(before, "store", "电话")  # the store row joins the phone row
    m = channel_matrix(merged)
    assert "store" not in {c.key for c in m.channels}
    assert sorted(m.cells[("hotline", "s2")].scores) == [-2, -2, -1, -1, 0, 1, 1]
    assert rename_channel(before, "app", "  ") is before


def test_renaming_one_of_two_channels_on_a_card_keeps_the_other():
    from journeycanvas.canvas.channel_edits import rename_channel
    from journeycanvas.canvas.edits import update_card

    j = update_card(channel_journey(), "t-call", channel="电话、短信")
    assert rename_channel(j, "sms", "邮件").card("t-call").channel == "电话、邮件"
    assert rename_channel(j, "sms", "热线").card("t-call").channel == "电话"  # merged: once


def test_a_flag_becomes_a_pain_point_once():
    from journeycanvas.canvas.channel_edits import add_flag_as_pain_point

    j = channel_journey()
    m = channel_matrix(j)
    flag = m.flag("hotline", "s2")
    after, card_id = add_flag_as_pain_point(j, flag, m.channel_name("hotline"))
    card = after.card(card_id)
    assert (card.stage_id, card.lane_id, card.title) == ("s2", "l-pain", "客服热线体验不一致")
    assert "-1.50" in card.body and "Welch" in card.body and not card.suggested
    again, none = add_flag_as_pain_point(after, flag, "客服热线")
    assert again is after and none is None


# --- the page -----------------------------------------------------------------------


def test_the_page_draws_every_cell_the_flags_and_the_break_arrow():
    from journeycanvas.canvas.analysis.channel_page import channel_page, words_for

    j = channel_journey()
    page = channel_page(j, channel_matrix(j), words_for("en"))
    assert len(page.cells) == 5 * 3  # every channel at every stage, empty ones too
    flagged = {(c.channel, c.stage_id) for c in page.cells if c.flagged}
    assert flagged == {("app", "s2"), ("hotline", "s2"), ("live_chat", "s3")}
    cell = next(c for c in page.cells if (c.channel, c.stage_id) == ("hotline", "s2"))
    texts = [r.text for r in cell.texts]
    assert texts[0] == "−1.50" and "n = 4" in texts and "电话下单" in texts
    r = cell.rect
    assert page.cell_at(r.x + r.w / 2, r.y + r.h / 2) is cell
    (arrow,) = page.arrows
    start = next(c for c in page.cells if (c.channel, c.stage_id) == ("app", "s2")).rect
    end = next(c for c in page.cells if (c.channel, c.stage_id) == ("live_chat", "s3")).rect
    assert (arrow.x1, arrow.x2) == (start.right, end.x)
    assert [t.text for t in arrow.label.texts] == ["−3.00", "n = 3"]
    notes = " ".join(r.text for r in page.notes)
    assert "5 of 12 respondents" in notes
    assert "App (购买) → 在线客服 (售后)" in notes
