"""``journeycanvas import`` on the command line: results, --into, and every bad input.

A failed import must say what is wrong in one sentence naming the file, exit
non-zero, write no output, and leave an --into journey byte for byte as it was.
"""

from __future__ import annotations

import json
import zipfile

import pytest
from sheet_fixtures import (
    INTERVIEW_ROWS,
    encrypted_xlsx,
    interview_xlsx,
    long_csv,
    qualtrics_csv,
    tencent_csv,
    xml_bomb_xlsx,
    zip_bomb_xlsx,
)

from journeycanvas.app.cli import main
from journeycanvas.canvas.model import Card, Journey, Lane, LaneKind, Stage
from journeycanvas.io import journey_file


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def summary_of(capsys, path) -> dict[tuple[str, str], tuple[int, float]]:
    code, out, _ = run(capsys, "summary", path, "--json")
    assert code == 0
    data = json.loads(out)
    return {
        (s["name"], t["title"]): (t["responses"], t["score"])
        for s in data["stages"]
        for t in s["touchpoints"]
    }


def mean(values, lo, hi):
    scores = [-2 + 4 * (v - lo) / (hi - lo) for v in values]
    return sum(scores) / len(scores)


def test_import_writes_a_journey_with_counts_and_means(tmp_path, capsys):
    sheet = interview_xlsx(tmp_path / "访谈.xlsx")
    out = tmp_path / "out.journey"
    code, stdout, err = run(capsys, "import", sheet, "-o", out)
    assert code == 0, err
    assert (
        "imported 10 scored responses and 1 unscored quote on 6 touchpoints in 3 stages" in stdout
    )
    got = summary_of(capsys, out)
    assert got[("购买", "支付")][0] == 3
    assert got[("购买", "支付")][1] == pytest.approx(mean([1, 2, 1], 1, 7), abs=0.005)
    assert got[("使用", "客服")] == (0, None)


def test_into_accumulates_a_second_wave_and_leaves_base_untouched(tmp_path, capsys):
    wave1 = interview_xlsx(tmp_path / "wave1.xlsx")
    more = [("P09", "购买", "支付", "App", 7, "这次很顺利"), ("P10", "忠诚", "会员", "App", 6, "")]
    wave2 = long_csv(tmp_path / "wave2.csv", more, "gb18030")
    first, second = tmp_path / "first.journey", tmp_path / "second.journey"
    assert run(capsys, "import", wave1, "-o", first)[0] == 0
    before = first.read_bytes()
    code, _, err = run(capsys, "import", wave2, "--into", first, "-o", second, "--scale", "1-7")
    assert code == 0, err
    assert first.read_bytes() == before
    got = summary_of(capsys, second)
    assert got[("购买", "支付")][0] == 4
    assert got[("购买", "支付")][1] == pytest.approx(mean([1, 2, 1, 7], 1, 7), abs=0.005)
    assert got[("忠诚", "会员")] == (1, pytest.approx(mean([6], 1, 7), abs=0.005))
    journey = journey_file.load(second)
    assert [s.name for s in journey.stages] == ["认知", "购买", "使用", "忠诚"]
    assert len([c for c in journey.cards if c.title == "支付" and not c.suggested]) == 1
    assert len(journey.imports) == 2
    # The curve point of 支付 was updated, not duplicated.
    pay = next(c for c in journey.cards if c.title == "支付" and not c.suggested)
    linked = [p for p in journey.emotion_points if p.card_id == pay.id]
    assert len(linked) == 1 and linked[0].score == pytest.approx(pay.score)


def test_importing_the_same_file_twice_is_refused(tmp_path, capsys):
    sheet = interview_xlsx(tmp_path / "访谈.xlsx")
    first, second = tmp_path / "a.journey", tmp_path / "b.journey"
    assert run(capsys, "import", sheet, "-o", first)[0] == 0
    before = first.read_bytes()
    code, _, err = run(capsys, "import", sheet, "--into", first, "-o", second)
    assert code == 1
    assert err.strip() == (
        f"访谈.xlsx: this file was already imported into the journey on "
        f"{journey_file.load(first).imports[0].imported_at[:10]}; importing it again would "
        "count its answers twice (--replace imports it anew)."
    )
    assert not second.exists() and first.read_bytes() == before


def _base_journey(path):
    stages = [Stage(name="购买"), Stage(name="使用")]
    lane = Lane(name="接触点", kind=LaneKind.TOUCHPOINTS)
    cards = [
        Card(stage_id=stages[0].id, lane_id=lane.id, title="支付"),
        Card(stage_id=stages[1].id, lane_id=lane.id, title="配送"),
    ]
    journey_file.save(
        Journey(title="电商", language="zh", stages=stages, lanes=[lane], cards=cards), path
    )
    return path


def test_tencent_questions_naming_a_touchpoint_of_the_base_map_to_it(tmp_path, capsys):
    answers = [[0, "5 = 非常满意"], [3, "4 = 满意"], [10, "1 = 非常不满意"], ["", "2 = 不满意"]]
    sheet = tencent_csv(tmp_path / "腾讯问卷.csv", answers, "gb18030")
    base = _base_journey(tmp_path / "base.journey")
    out = tmp_path / "out.journey"
    code, _, err = run(capsys, "import", sheet, "--into", base, "-o", out)
    assert code == 0, err
    got = summary_of(capsys, out)
    assert set(got) == {("购买", "支付"), ("使用", "配送")}
    assert got[("购买", "支付")] == (3, pytest.approx(mean([0, 3, 10], 0, 10), abs=0.005))
    assert got[("使用", "配送")] == (4, pytest.approx(mean([5, 4, 1, 2], 1, 5), abs=0.005))


def test_question_option_maps_a_column_onto_a_new_touchpoint(tmp_path, capsys):
    answers = [["Satisfied", "Very dissatisfied", "Satisfied"], ["Satisfied", "Dissatisfied", ""]]
    sheet = qualtrics_csv(tmp_path / "q.csv", answers, ["", ""])
    out = tmp_path / "out.journey"
    code, _, err = run(
        capsys,
        "import",
        sheet,
        "-o",
        out,
        "--question",
        "Q1_2=Purchase/Pay",
        "--question",
        "L=Use/Delivery",
    )
    assert code == 0, err
    got = summary_of(capsys, out)
    assert got[("Purchase", "Pay")] == (2, pytest.approx(mean([1, 2], 1, 5), abs=0.005))
    assert got[("Use", "Delivery")] == (1, pytest.approx(mean([4], 1, 5), abs=0.005))


def test_map_option_names_columns_by_header_letter_or_number(tmp_path, capsys):
    sheet = tmp_path / "odd.csv"
    sheet.write_text(
        "Who,Where,What,Mark,Said\nA1,Buy,Pay,2,too slow\nA2,Buy,Pay,4,\nA3,Use,Ship,5,fine\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.journey"
    # Unknown headers: the 1-5 column alone looks like one survey question.
    code, _, err = run(capsys, "import", sheet, "-o", out)
    assert code == 0, err
    assert summary_of(capsys, out) == {
        ("Survey", "Mark"): (3, pytest.approx(mean([2, 4, 5], 1, 5), abs=0.005))
    }
    code, _, err = run(
        capsys, "import", sheet, "-o", out, "--force", "--map", "stage=B", "--map", "touchpoint=3",
        "--map", "score=Mark", "--map", "comment=E",
    )  # fmt: skip
    assert code == 0, err
    got = summary_of(capsys, out)
    assert got == {
        ("Buy", "Pay"): (2, pytest.approx(mean([2, 4], 1, 5), abs=0.005)),
        ("Use", "Ship"): (1, pytest.approx(2.0)),
    }


# --- bad input ------------------------------------------------------------------


def _truncated(tmp_path):
    good = interview_xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(good[: len(good) // 2])
    return path


def _not_workbook(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x01\x02")
    return path


def _empty(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    return path


def _header_only(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text("受访者,阶段,接触点,评分,原话\n\n", encoding="utf-8")
    return path


def _no_score(tmp_path):
    path = tmp_path / "noscore.csv"
    path.write_text(
        "受访者,阶段,接触点,原话\nP1,购买,支付,太慢\nP2,购买,支付,还行\n", encoding="utf-8"
    )
    return path


def _unknown_labels(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text(
        "受访者,阶段,接触点,评分\nP1,购买,支付,满意\nP2,购买,支付,还行吧\nP3,使用,配送,超赞\n",
        encoding="utf-8",
    )
    return path


def _too_many_rows(tmp_path):
    rows = [(f"P{i}", "购买", "支付", "", i % 5 + 1, "") for i in range(60)]
    return long_csv(tmp_path / "big.csv", rows, "utf-8")


def _binary_csv(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(bytes(range(256)) * 8)
    return path


BAD_INPUTS = {
    "not a workbook": (
        _not_workbook,
        [],
        "report.xlsx: it is not a workbook: a .xlsx file is an Excel or OpenDocument archive, "
        "and this one holds other data.",
    ),
    "truncated workbook": (
        _truncated,
        [],
        "cut.xlsx: the workbook is damaged or cut off (its zip directory cannot be read).",
    ),
    "encrypted workbook": (
        lambda t: encrypted_xlsx(t / "secret.xlsx"),
        [],
        "secret.xlsx: the workbook is protected with a password; save a copy without one and "
        "import that.",
    ),
    "xml bomb": (
        lambda t: xml_bomb_xlsx(t / "lol.xlsx", t),
        [],
        "lol.xlsx: its part 'xl/worksheets/sheet2.xml' declares XML entities, as an XML bomb does; "
        "it was not read.",
    ),
    "zip bomb": (
        lambda t: zip_bomb_xlsx(t / "zip.xlsx", t),
        [],
        "zip.xlsx: its part 'xl/worksheets/sheet2.xml' would expand {ratio} times, to 64 MB, "
        "which only a zip bomb does.",
    ),
    "empty file": (_empty, [], "empty.csv: the file is empty."),
    "header without data": (
        _header_only,
        [],
        "header.csv: the sheet 'header' has a header (row 1) but no data rows below it.",
    ),
    "no score column": (
        _no_score,
        [],
        "noscore.csv: no column of the sheet 'noscore' holds scores (the columns are A (受访者), "
        "B (阶段), C (接触点), D (原话)); name the score column with --map score=COLUMN.",
    ),
    "unknown labels": (
        _unknown_labels,
        [],
        "labels.csv: the score column D (评分) of the sheet 'labels' holds answers that are not "
        "on a known scale: '超赞', '还行吧'.",
    ),
    "too many rows": (
        _too_many_rows,
        ["--max-rows", "50"],
        "big.csv: the sheet 'big' has 51 rows, more than the limit of 50 rows.",
    ),
    "binary file named csv": (
        _binary_csv,
        [],
        "data.csv: it is not a text CSV file: it holds binary data, or text in an encoding "
        "other than UTF-8, GBK/GB18030 or UTF-16.",
    ),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_sentence_nonzero_and_writes_nothing(tmp_path, capsys, case):
    make, extra, message = BAD_INPUTS[case]
    sheet = make(tmp_path)
    base = _base_journey(tmp_path / "base.journey")
    before = base.read_bytes()
    out = tmp_path / "out.journey"
    code, stdout, err = run(capsys, "import", sheet, "--into", base, "-o", out, *extra)
    assert code == 1
    if "{ratio}" in message:
        with zipfile.ZipFile(sheet) as z:
            info = z.getinfo("xl/worksheets/sheet2.xml")
        message = message.format(ratio=f"{info.file_size / info.compress_size:,.0f}")
    assert err.strip() == message
    assert "Traceback" not in err and stdout == ""
    assert not out.exists()
    assert base.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".journey", ".bak")) == [
        "base.journey"
    ]


def test_default_row_limit_is_one_million_and_said_in_help(capsys):
    from journeycanvas.io.importers.reading import DEFAULT_MAX_ROWS

    assert DEFAULT_MAX_ROWS == 1_000_000
    code, out, _ = run(capsys, "import", "--help")
    assert code == 0 and "1,000,000" in out


def test_ambiguous_scale_names_the_column_and_asks_for_scale(tmp_path, capsys):
    rows = [(f"P{i}", "购买", "支付", "", i % 3 + 1, "") for i in range(6)]
    sheet = long_csv(tmp_path / "few.csv", rows, "utf-8")
    code, _, err = run(capsys, "import", sheet, "-o", tmp_path / "o.journey")
    assert code == 1
    assert err.strip() == (
        "few.csv: the score column E (Rating) of the sheet 'few' holds only answers from 1 to 3, "
        "which fits 1-5, 1-7 and 0-10 alike; give the scale with --scale."
    )
    assert run(capsys, "import", sheet, "-o", tmp_path / "o.journey", "--scale", "1-5")[0] == 0


def test_existing_output_is_not_replaced_without_force(tmp_path, capsys):
    sheet = long_csv(tmp_path / "s.csv", INTERVIEW_ROWS, "utf-8")
    out = tmp_path / "out.journey"
    out.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "import", sheet, "-o", out)
    assert code == 1 and "already exists" in err and out.read_text(encoding="utf-8") == "keep me"


def test_a_mermaid_file_goes_to_the_mermaid_importer(tmp_path, capsys):
    good = tmp_path / "j.mmd"
    good.write_text("journey\n  title 网购\n  section 购买\n    支付: 2: 我\n", encoding="utf-8")
    out = tmp_path / "out.journey"
    code, _, err = run(capsys, "import", good, "-o", out)
    assert code == 0, err
    assert [s.name for s in journey_file.load(out).stages] == ["购买"]
    bad = tmp_path / "bad.mmd"
    bad.write_text("not a diagram\n", encoding="utf-8")
    code, _, err = run(capsys, "import", bad, "-o", tmp_path / "bad.journey")
    assert code == 1 and "bad.mmd: " in err and not (tmp_path / "bad.journey").exists()


def test_every_column_role_can_be_given_with_map():
    """--map offers every role a column can have (a question is named by --question)."""
    from journeycanvas.app.cli_import import ROLE_NAMES
    from journeycanvas.io.importers.mapping import ROLES

    assert sorted(ROLE_NAMES) == sorted(r for r in ROLES if r != "question")
