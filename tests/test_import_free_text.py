"""Wide survey exports keep what respondents wrote, and columns are found by any of their names.

Each export (tests/survey_exports.py) says what every respondent scored and
wrote; the evidence behind every imported score must carry that respondent's
own words — their general comment, and their words about that touchpoint.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from survey_exports import EXPORTS, Export, qualtrics_current, qualtrics_legacy, wjx

from journeycanvas.app.cli import main
from journeycanvas.canvas.model import Journey
from journeycanvas.io import journey_file
from journeycanvas.io.importers.importer import ImportOptions, import_sheet
from journeycanvas.io.importers.mapping import FREE_TEXT
from journeycanvas.io.importers.wide_layout import NO_SCORE


def cards_of(journey: Journey, stage: str) -> dict[str, list]:
    st = next(s for s in journey.stages if s.name == stage)
    return {c.title: c.evidence for c in journey.touchpoint_cards(st.id)}


def assert_words_kept(journey: Journey, export: Export) -> None:
    lo, hi = export.scale
    cards = cards_of(journey, export.stage)
    assert set(cards) == set(export.touchpoints)
    for k, point in enumerate(export.touchpoints):
        scored = [e for e in cards[point] if e.score is not None]
        quotes = [e for e in cards[point] if e.score is None]
        people = range(len(export.respondents))
        want = [
            (export.respondents[n], export.text(n, point), -2 + 4 * (s[k] - lo) / (hi - lo))
            for n, s in zip(people, export.scores, strict=True)
            if s[k] is not None
        ]
        assert [(e.respondent, e.text, pytest.approx(e.score)) for e in scored] == want, point
        unscored = [
            (export.respondents[n], export.text(n, point))
            for n, s in zip(people, export.scores, strict=True)
            if s[k] is None and export.about.get(point, [""] * len(s))[n]
        ]
        assert [(e.respondent, e.text) for e in quotes] == unscored, point


@pytest.mark.parametrize("name", list(EXPORTS))
def test_every_score_carries_the_respondents_own_words(tmp_path, name):
    file_name, build = EXPORTS[name]
    export = build(tmp_path / file_name)
    journey, _, plan = import_sheet(export.path)
    assert plan.mapping.layout == "wide"
    assert_words_kept(journey, export)
    # The words are really there, not blank throughout.
    said = {e.text for c in journey.cards for e in c.evidence}
    assert set(g for g in export.general if g) <= {t.split(" / ")[-1] for t in said}


def test_free_text_is_recognised_by_answers_alone(tmp_path):
    """Microsoft Forms' "Your experience in a sentence": no telling word, long varied answers."""
    file_name, build = EXPORTS["microsoft-forms"]
    export = build(tmp_path / file_name)
    _, _, plan = import_sheet(export.path)
    col = next(c for c in plan.mapping.header.columns if c.header.startswith("Your experience"))
    assert plan.mapping.roles[col.index] == "comment"
    assert plan.mapping.how[col.index] == FREE_TEXT


def test_free_text_is_recognised_by_a_qualtrics_text_id(tmp_path):
    """A text-entry question with a plain label and short answers: only QID2_TEXT tells."""
    ids = ["ResponseId", "Q1_1", "Q1_2", "Q2"]
    texts = ["Response ID", "Rate - Sign up", "Rate - Checkout", "Last words"]
    imports = ["_recordId", "QID1_1", "QID1_2", "QID2_TEXT"]
    rows = [ids, texts, [json.dumps({"ImportId": i}) for i in imports]]
    rows += [["R_1", "5", "1", "ok"], ["R_2", "4", "2", "meh"], ["R_3", "1", "5", "ok"]]
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path = tmp_path / "q.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    journey, _, _ = import_sheet(path)
    evidence = cards_of(journey, "Survey")["Sign up"]
    assert [(e.respondent, e.text) for e in evidence] == [
        ("R_1", "ok"),
        ("R_2", "meh"),
        ("R_3", "ok"),
    ]


def test_words_without_any_score_are_counted_as_left_out(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(
        "Timestamp,Rate: Sign up,Anything else?\n"
        "2025/09/01 10:00,5,Lovely\n"
        "2025/09/01 11:00,,I gave up before signing up\n"
        "2025/09/01 12:00,1,Too slow\n",
        encoding="utf-8",
    )
    journey, collected, _ = import_sheet(path)
    assert [e.text for e in cards_of(journey, "Survey")["Rate: Sign up"]] == ["Lovely", "Too slow"]
    assert collected.skipped == {NO_SCORE: [3]}


def test_a_free_text_question_can_be_sent_to_one_touchpoint(tmp_path):
    """--question on a free-text column says where its words go; it stays a comment."""
    export = qualtrics_current(tmp_path / "q.csv")
    options = ImportOptions()
    journey, _, plan = import_sheet(export.path, options)
    q2 = next(c.index for c in plan.mapping.header.columns if "Q2" in c.names)
    journey, _, plan = import_sheet(
        export.path, ImportOptions(questions={q2: ("Survey", "Checkout")})
    )
    assert plan.mapping.roles[q2] == "comment"
    cards = cards_of(journey, "Survey")
    assert [e.text for e in cards["Checkout"]] == export.general
    assert all(e.text == "" for e in cards["Sign up"] + cards["Delivery"])


def test_an_unanswered_follow_up_right_of_a_question_belongs_to_it(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(
        "Timestamp,How was paying?,Why?,How was delivery?\n"
        "2025/09/01 10:00,1,card declined twice,5\n"
        "2025/09/01 11:00,5,,1\n",
        encoding="utf-8",
    )
    journey, _, _ = import_sheet(path)
    cards = cards_of(journey, "Survey")
    assert [e.text for e in cards["How was paying?"]] == ["card declined twice", ""]
    assert [e.text for e in cards["How was delivery?"]] == ["", ""]


def test_a_long_interview_sheet_leaves_unnamed_text_columns_alone(tmp_path):
    """Recognising free text by its answers is for survey exports only."""
    path = tmp_path / "long.csv"
    path.write_text(
        "Participant,Stage,Touchpoint,Rating,Notes by the interviewer\n"
        "P1,Buy,Pay,2,She sighed and said it was too slow\n"
        "P2,Buy,Pay,5,He did not remember the payment step at all\n"
        "P3,Buy,Pay,1,Nothing to add here from the interviewer\n",
        encoding="utf-8",
    )
    journey, _, plan = import_sheet(path)
    assert plan.mapping.layout == "long"
    assert all(e.text == "" for c in journey.cards for e in c.evidence)


# --- naming columns on the command line -------------------------------------------


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def summary_of(capsys, path) -> dict[tuple[str, str], int]:
    assert main(["summary", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return {
        (s["name"], t["title"]): t["responses"] for s in data["stages"] for t in s["touchpoints"]
    }


def test_question_finds_a_column_by_its_id_in_the_first_of_two_header_rows(tmp_path, capsys):
    export = qualtrics_legacy(tmp_path / "legacy.csv")
    out = tmp_path / "out.journey"
    code, _, err = run(capsys, "import", export.path, "-o", out, "--question", "Q1_2=Buy/Pay")
    assert code == 0, err
    got = summary_of(capsys, out)
    assert got[("Buy", "Pay")] == 4
    assert got[("Survey", "Sign up")] == 4 and got[("Survey", "Delivery")] == 3


def test_question_finds_columns_by_id_in_the_first_or_importid_row_of_three(tmp_path, capsys):
    export = qualtrics_current(tmp_path / "q.csv")
    out = tmp_path / "out.journey"
    code, _, err = run(
        capsys, "import", export.path, "-o", out,
        "--question", "Q1_1=Start/Sign up", "--question", "QID1_3=Use/Delivery",
        "--map", "comment=Why did you give these ratings?",
    )  # fmt: skip
    assert code == 0, err
    got = summary_of(capsys, out)
    assert got == {("Start", "Sign up"): 4, ("Survey", "Checkout"): 4, ("Use", "Delivery"): 3}


def test_an_ambiguous_column_name_is_refused_naming_the_candidates(tmp_path, capsys):
    path = tmp_path / "twice.csv"
    path.write_text(
        "Timestamp,Rate: Pay,Comments,Rate: Ship,Comments\n2025/09/01,5,good,4,fine\n"
        "2025/09/02,1,bad,5,slow\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.journey"
    code, _, err = run(capsys, "import", path, "-o", out, "--map", "comment=Comments")
    assert code != 0 and not out.exists()
    assert "2 columns are named 'Comments': C (Comments), E (Comments)" in err
    assert "letter" in err
    code, _, err = run(capsys, "import", path, "-o", out, "--map", "comment=E")
    assert code == 0, err


def test_a_free_text_column_found_by_its_words_goes_to_the_touchpoint_they_name(tmp_path):
    export = wjx(tmp_path / "问卷星.xlsx")
    _, _, plan = import_sheet(export.path)
    by_header = {c.header: c.index for c in plan.mapping.header.columns}
    assert plan.texts[by_header["5、您对【支付】环节有什么意见？"]] == ("问卷", "支付")
    assert plan.texts[by_header["4、您还有什么建议？"]] is None


def test_a_multi_select_question_is_not_taken_for_free_text(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(
        "序号,1、您对【支付】环节的满意度,2、您希望改进哪些方面？,3、其他建议\n"
        "1,非常满意,物流┋价格,希望多一些优惠活动\n"
        "2,非常不满意,价格┋客服,支付页面总是卡住\n"
        "3,一般,物流,\n",
        encoding="utf-8",
    )
    journey, _, plan = import_sheet(path)
    assert plan.mapping.roles[2] == "ignore" and plan.mapping.roles[3] == "comment"
    texts = [e.text for e in cards_of(journey, "问卷")["支付"]]
    assert texts == ["希望多一些优惠活动", "支付页面总是卡住", ""]


def test_a_why_after_a_matrix_is_about_all_of_its_rows(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text(
        "Timestamp,Rate each step [Sign up],Rate each step [Checkout],Why?\n"
        "2025/09/01 10:00,1,5,slow at every step\n"
        "2025/09/01 11:00,5,1,\n",
        encoding="utf-8",
    )
    journey, _, _ = import_sheet(path)
    cards = cards_of(journey, "Survey")
    assert [e.text for e in cards["Sign up"]] == ["slow at every step", ""]
    assert [e.text for e in cards["Checkout"]] == ["slow at every step", ""]


def test_a_touchpoint_is_named_by_whole_words_only(tmp_path):
    """The touchpoint "App" is not named by "How happy …"; "Delivery" is by "delivery?"."""
    path = tmp_path / "f.csv"
    path.write_text(
        "Timestamp,Rate [App],Rate [Delivery],How happy are you? Tell us more,"
        "Comments on delivery\n"
        "2025/09/01 10:00,1,5,Very happy with it,Came early\n"
        "2025/09/01 11:00,5,1,Not so much,\n",
        encoding="utf-8",
    )
    _, _, plan = import_sheet(path)
    assert sorted(plan.texts.items()) == [(3, None), (4, ("Survey", "Delivery"))]


def test_the_command_line_report_says_free_text_was_kept(tmp_path, capsys):
    export = wjx(tmp_path / "问卷星.xlsx")
    out = tmp_path / "out.journey"
    code, stdout, err = run(capsys, "import", export.path, "-o", out)
    assert code == 0, err
    assert "with the words of 2 free-text columns as evidence text" in stdout


def test_map_finds_a_column_by_an_id_in_any_header_row(tmp_path, capsys):
    """--map names a column by its id in the ImportId row (Qualtrics' _recordId) or in
    the first of two header rows (legacy V1), as well as by its label."""
    current = qualtrics_current(tmp_path / "q.csv")
    legacy = qualtrics_legacy(tmp_path / "legacy.csv")
    for export, ref in ((current, "_recordId"), (legacy, "V1"), (legacy, "ResponseID")):
        out = tmp_path / f"{ref}.journey"
        code, _, err = run(
            capsys, "import", export.path, "-o", out, "--force", "--map", f"respondent={ref}"
        )
        assert code == 0, err
        journey = journey_file.load(out)
        people = {e.respondent for c in journey.cards for e in c.evidence}
        assert people == set(export.respondents), ref
    # A name in no header row is refused, naming it.
    code, _, err = run(capsys, "import", current.path, "-o", tmp_path / "x.journey",
                       "--map", "respondent=QID99")  # fmt: skip
    assert code != 0 and "QID99" in err
