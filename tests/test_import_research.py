"""Numbers you can trust: re-imports counted once, waves, segments, intervals, sources.

Every expected count and mean here is computed in the test from the rows it
writes, never copied from the program's output.
"""

from __future__ import annotations

import csv
import json
import math
import statistics
from pathlib import Path

from evidence_forms import as_objects

from journeycanvas.app.cli import main
from journeycanvas.io import journey_file

LONG_HEADER = ["阶段", "接触点", "评分(1-5)", "原话"]
FIRST = [
    ["购买", "支付", 2, "太慢了"],
    ["购买", "支付", 2, "太慢了"],  # the same words twice, from two people
    ["购买", "支付", 4, ""],
    ["购买", "配送", 5, "很快"],
    ["购买", "配送", 3, ""],
]
NEW = [
    ["购买", "支付", 2, "太慢了"],  # a third person says it again: one new answer
    ["购买", "支付", 1, "失败两次"],
    ["购买", "配送", 4, ""],
]


def write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def touchpoints(capsys, path: Path) -> dict[str, dict]:
    code, out, _ = run(capsys, "summary", path, "--json")
    assert code == 0
    return {t["title"]: t for s in json.loads(out)["stages"] for t in s["touchpoints"]}


def score(answer: float, lo: float = 1, hi: float = 5) -> float:
    return -2 + 4 * (answer - lo) / (hi - lo)


def expected(rows: list[list], point: str, col: int = 2) -> tuple[int, float]:
    values = [score(r[col]) for r in rows if r[1] == point]
    return len(values), statistics.fmean(values)


def test_a_cumulative_export_without_respondents_adds_only_its_new_rows(tmp_path, capsys):
    march = write_csv(tmp_path / "survey-2026-03.csv", LONG_HEADER, FIRST)
    april = write_csv(tmp_path / "survey-2026-04.csv", LONG_HEADER, FIRST + NEW)
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    assert run(capsys, "import", march, "-o", a)[0] == 0
    code, out, _ = run(capsys, "import", april, "--into", a, "-o", b)
    assert code == 0
    assert "5 rows already in the journey were skipped, 3 new" in out

    found = touchpoints(capsys, b)
    for point in ("支付", "配送"):
        n, mean = expected(FIRST + NEW, point)
        assert found[point]["responses"] == n
        assert math.isclose(found[point]["score"], mean, abs_tol=0.01)
        first_n, first_mean = expected(FIRST, point)
        new_n, new_mean = expected(NEW, point)
        waves = found[point]["waves"]
        assert [w["name"] for w in waves] == ["survey-2026-03", "survey-2026-04"]
        assert [w["responses"] for w in waves] == [first_n, new_n]
        assert math.isclose(waves[0]["score"], first_mean, abs_tol=0.01)
        assert math.isclose(waves[1]["score"], new_mean, abs_tol=0.01)


WIDE_HEADER = ["Response ID", "Customer type", "Rating - Checkout", "Rating - Delivery"]
PEOPLE = [
    ["R1", "New", 1, 5],
    ["R2", "New", 2, 4],
    ["R3", "Returning", 5, 5],
    ["R4", "Returning", 4, ""],
    ["R5", "New", 3, 2],
]
MORE = [
    ["R6", "Returning", 5, 4],
    ["R7", "New", 1, 1],
]


def test_a_cumulative_export_with_respondents_counts_each_answer_once(tmp_path, capsys):
    first = write_csv(tmp_path / "wave1.csv", WIDE_HEADER, PEOPLE)
    # The later export lists people newest first; respondents are matched, not rows.
    second = write_csv(tmp_path / "wave2.csv", WIDE_HEADER, (PEOPLE + MORE)[::-1])
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    assert run(capsys, "import", first, "-o", a)[0] == 0
    code, out, _ = run(capsys, "import", second, "--into", a, "-o", b, "--wave", "May")
    assert code == 0, _
    assert "5 rows already in the journey were skipped, 2 new" in out

    found = touchpoints(capsys, b)
    everyone = PEOPLE + MORE
    for col, point in ((2, "Checkout"), (3, "Delivery")):
        values = [score(r[col]) for r in everyone if r[col] != ""]
        assert found[point]["responses"] == len(values)
        assert math.isclose(found[point]["score"], statistics.fmean(values), abs_tol=0.01)
        waves = found[point]["waves"]
        assert [w["name"] for w in waves] == ["wave1", "May"]
        assert waves[1]["responses"] == sum(1 for r in MORE if r[col] != "")


def test_segments_from_a_detected_column_and_from_segment(tmp_path, capsys):
    sheet = write_csv(tmp_path / "people.csv", WIDE_HEADER, PEOPLE)
    out = tmp_path / "a.journey"
    assert run(capsys, "import", sheet, "-o", out)[0] == 0
    found = touchpoints(capsys, out)["Checkout"]["segments"]
    for group in found:
        values = [score(r[2]) for r in PEOPLE if r[1] == group["name"]]
        assert group["responses"] == len(values)
        assert math.isclose(group["score"], statistics.fmean(values), abs_tol=0.01)
    assert sorted(g["name"] for g in found) == ["New", "Returning"]

    # A Chinese export with 客户类型, and a column named by --segment.
    zh = write_csv(
        tmp_path / "客户.csv",
        ["编号", "客户类型", "地区", "【支付】满意度(1-5)"],
        [["1", "企业", "华东", 2], ["2", "个人", "华北", 5], ["3", "企业", "华北", 1]],
    )
    out_zh, out_region = tmp_path / "zh.journey", tmp_path / "region.journey"
    assert run(capsys, "import", zh, "-o", out_zh)[0] == 0
    groups = {g["name"]: g for g in touchpoints(capsys, out_zh)["支付"]["segments"]}
    assert groups["企业"]["responses"] == 2
    assert math.isclose(groups["企业"]["score"], (score(2) + score(1)) / 2, abs_tol=0.01)
    assert groups["个人"]["responses"] == 1
    assert run(capsys, "import", zh, "-o", out_region, "--segment", "地区")[0] == 0
    groups = {g["name"]: g for g in touchpoints(capsys, out_region)["支付"]["segments"]}
    assert {k: v["responses"] for k, v in groups.items()} == {"华东": 1, "华北": 2}


#: t(0.975) for 4 and 6 degrees of freedom, from a printed table.
T_975 = {4: 2.7764, 6: 2.4469}


def test_ci95_is_the_student_t_interval(tmp_path, capsys):
    sheet = write_csv(tmp_path / "people.csv", WIDE_HEADER, PEOPLE + MORE)
    out = tmp_path / "a.journey"
    assert run(capsys, "import", sheet, "-o", out)[0] == 0
    found = touchpoints(capsys, out)
    values = [score(r[2]) for r in PEOPLE + MORE]
    half = T_975[len(values) - 1] * statistics.stdev(values) / math.sqrt(len(values))
    low, high = found["Checkout"]["ci95"]
    assert math.isclose(low, statistics.fmean(values) - half, abs_tol=0.01)
    assert math.isclose(high, statistics.fmean(values) + half, abs_tol=0.01)


def test_ci95_is_null_below_two_answers(tmp_path, capsys):
    sheet = write_csv(tmp_path / "one.csv", LONG_HEADER, [["购买", "支付", 2, "慢"]])
    out = tmp_path / "a.journey"
    assert run(capsys, "import", sheet, "-o", out)[0] == 0
    assert touchpoints(capsys, out)["支付"]["ci95"] is None


def test_replace_swaps_what_the_same_source_contributed(tmp_path, capsys):
    sheet = tmp_path / "coding.csv"
    write_csv(sheet, LONG_HEADER, FIRST)
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    assert run(capsys, "import", sheet, "-o", a)[0] == 0
    corrected = [["购买", "支付", 5, "其实还行"], ["购买", "配送", 1, "丢件"]]
    write_csv(sheet, LONG_HEADER, corrected)
    code, out, _ = run(capsys, "import", sheet, "--into", a, "-o", b, "--replace")
    assert code == 0, _
    assert "replaced the earlier import of coding.csv" in out
    found = touchpoints(capsys, b)
    assert (found["支付"]["responses"], found["支付"]["score"]) == (1, score(5))
    assert (found["配送"]["responses"], found["配送"]["score"]) == (1, score(1))
    journey = journey_file.load(b)
    assert len(journey.imports) == 1
    assert [e.answer for c in journey.cards for e in c.evidence] == ["5", "1"]


def test_a_sheet_wholly_in_the_journey_imports_nothing(tmp_path, capsys):
    march = write_csv(tmp_path / "m.csv", LONG_HEADER, FIRST)
    again = write_csv(tmp_path / "m-copy.csv", LONG_HEADER, FIRST[::-1])
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    assert run(capsys, "import", march, "-o", a)[0] == 0
    code, _, err = run(capsys, "import", again, "--into", a, "-o", b)
    assert code == 1 and not b.exists()
    assert "all 5 rows of the sheet" in err and "already in the journey" in err


def test_evidence_keeps_the_original_answer_scale_and_row(tmp_path, capsys):
    sheet = write_csv(tmp_path / "people.csv", WIDE_HEADER, PEOPLE)
    out = tmp_path / "a.journey"
    assert run(capsys, "import", sheet, "-o", out)[0] == 0
    journey = journey_file.load(out)
    checkout = next(c for c in journey.cards if c.title == "Checkout")
    first = checkout.evidence[0]
    assert (first.answer, first.scale, first.score) == ("1", "1-5", -2.0)
    assert (first.respondent, first.segment, first.source, first.row) == (
        "R1",
        "New",
        "people.csv",
        2,
    )
    assert first.import_id == journey.imports[0].id
    assert all(p.data for p in journey.emotion_points)


def test_the_report_names_the_stages_and_touchpoints_it_creates(tmp_path, capsys):
    march = write_csv(tmp_path / "m.csv", LONG_HEADER, FIRST)
    later = write_csv(
        tmp_path / "later.csv",
        LONG_HEADER,
        [["Billing", "Invoice", 2, ""], ["购买", "退款", 1, ""], ["购买", "支付", 3, ""]],
    )
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    code, out, _ = run(capsys, "import", march, "-o", a)
    assert "created" not in out  # a new journey: everything is new
    code, out, _ = run(capsys, "import", later, "--into", a, "-o", b)
    assert code == 0
    assert "created the stage 'Billing'; created the touchpoint '退款'." in out


def test_a_numeric_matrix_question_decides_its_scale_as_a_whole(tmp_path, capsys):
    from sheet_fixtures import qualtrics_csv

    # "Delivery" (Q1_3) holds only 1-4, but Q1_1 and Q1_2 of the same question reach 5.
    answers = [["5", "2", "1"], ["4", "5", "4"], ["3", "1", "2"], ["1", "3", "3"]]
    sheet = qualtrics_csv(tmp_path / "qualtrics.csv", answers, ["", "", "", ""])
    out = tmp_path / "a.journey"
    code, report, err = run(capsys, "import", sheet, "-o", out)
    assert code == 0, err
    assert "scale 1-5" in report
    found = touchpoints(capsys, out)
    delivery = [score(int(r[2])) for r in answers]
    assert math.isclose(found["Delivery"]["score"], statistics.fmean(delivery), abs_tol=0.01)

    # When the whole question stays within 1-4, it is still a guess: refused, as before.
    low = [["1", "2", "1"], ["4", "3", "4"]]
    sheet = qualtrics_csv(tmp_path / "low.csv", low, ["", ""])
    code, _, err = run(capsys, "import", sheet, "-o", tmp_path / "b.journey")
    assert code == 1 and "fits 1-5, 1-7 and 0-10 alike" in err


def test_a_journey_from_format_1_recognises_its_respondents_on_re_import(tmp_path, capsys):
    """An old journey's import kept respondents but no keys: the migration derives them."""
    import json

    sheet = write_csv(tmp_path / "wave1.csv", WIDE_HEADER, PEOPLE)
    a = tmp_path / "a.journey"
    assert run(capsys, "import", sheet, "-o", a)[0] == 0
    doc = as_objects(json.loads(a.read_text(encoding="utf-8")))
    doc["schema_version"] = 1  # as format 1 wrote it: no ids, keys or links
    for record in doc["imports"]:
        for key in ("id", "wave", "wave_date", "columns", "keys", "skipped"):
            record.pop(key)
    for card in doc["cards"]:
        for ev in card["evidence"]:
            for key in ("answer", "scale", "segment", "import_id"):
                ev.pop(key, None)  # a field no answer set is not a column
    old = tmp_path / "old.journey"
    old.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    later = write_csv(tmp_path / "wave2.csv", WIDE_HEADER, PEOPLE + MORE)
    code, out, _ = run(capsys, "import", later, "--into", old, "-o", tmp_path / "b.journey")
    assert code == 0
    assert "5 rows already in the journey were skipped, 2 new" in out


def test_a_suggested_pain_point_states_the_current_numbers_after_a_new_wave(tmp_path, capsys):
    bad = [["购买", "支付", 1, "太慢"], ["购买", "支付", 2, ""], ["购买", "支付", 1, ""]]
    better = [["购买", "支付", 5, ""], ["购买", "支付", 5, ""], ["购买", "支付", 4, ""]]
    first = write_csv(tmp_path / "w1.csv", LONG_HEADER, bad)
    second = write_csv(tmp_path / "w2.csv", LONG_HEADER, bad + better)
    a, b = tmp_path / "a.journey", tmp_path / "b.journey"
    assert run(capsys, "import", first, "-o", a)[0] == 0
    assert run(capsys, "import", second, "--into", a, "-o", b)[0] == 0
    journey = journey_file.load(b)
    (suggestion,) = [c for c in journey.cards if c.suggested]
    mean = statistics.fmean(score(r[2]) for r in bad + better)
    assert suggestion.body.startswith(f"支付：平均 {mean:+.2f}（6 条评分）")


def test_removing_an_import_takes_its_suggestions_and_points_along(tmp_path):
    from journeycanvas.io.importers import aggregate, importer

    bad = [["购买", "支付", 1, "太慢"], ["购买", "支付", 2, ""], ["购买", "支付", 1, ""]]
    ok = [["购买", "配送", 4, ""]]
    first, _, _ = importer.import_sheet(write_csv(tmp_path / "w1.csv", LONG_HEADER, bad))
    both, _, _ = importer.import_sheet(write_csv(tmp_path / "w2.csv", LONG_HEADER, ok), base=first)
    assert [c.title for c in both.cards if c.suggested] == ["支付"]
    left = aggregate.remove_imports(both, {both.imports[0].id})
    assert [c.title for c in left.cards if c.suggested] == []  # no answers behind it now
    assert [r.source for r in left.imports] == ["w2.csv"]
    titles = {c.id: c.title for c in left.cards}
    assert [titles[p.card_id] for p in left.emotion_points] == ["配送"]
    assert both.imports[0].id in {r.id for r in both.imports}  # the given journey unchanged
